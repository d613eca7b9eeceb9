#!/usr/bin/env bash
# Build the Linux kiosk bundle: dist/kiosk/ (one folder, start dist/kiosk/kiosk) and
# dist/kiosk-<version>-linux-<arch>.tar.gz. Prints the build time and the sizes.
#
#   bash scripts/build-bundle.sh [--dist DIR] [--work DIR] [--no-tar] [--clean]
#
# --dist/--work: where the bundle and PyInstaller's intermediate files go (default dist/ and
# build/pyinstaller/); --clean: ignore PyInstaller's cache (a release build should use it).
# Installs PyInstaller into .venv (the "build" extra) if it is missing; runs scripts/setup.sh
# first if there is no .venv. The spec (packaging/kiosk.spec) says what goes in and what is
# left out; on Windows run the spec directly (README).
set -euo pipefail
cd "$(dirname "$0")/.."

dist=dist
work=build/pyinstaller
tar=1
clean=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-tar) tar=0; shift ;;
    --clean) clean=(--clean); shift ;;
    *) echo "build-bundle: unknown option $1" >&2; exit 2 ;;
  esac
done

[ -x .venv/bin/python ] || bash scripts/setup.sh
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
  echo "build-bundle: installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q -e ".[build]"
fi
bash scripts/build-translations.sh

version=$(.venv/bin/python -c 'from kiosk.version import version; print(version())')
arch=$(uname -m)
started=$(date +%s.%N)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN "${clean[@]}" \
  --distpath "$dist" --workpath "$work" packaging/kiosk.spec
finished=$(date +%s.%N)

bundle="$dist/kiosk"
echo "build-bundle: built $bundle in $(awk "BEGIN { printf \"%.1f\", $finished - $started }") s"
echo "build-bundle: bundle size $(du -sm "$bundle" | cut -f1) MB unpacked (target <= 150 MB)"
if [ "$tar" = 1 ]; then
  archive="$dist/kiosk-$version-linux-$arch.tar.gz"
  tar -C "$dist" -czf "$archive" kiosk
  echo "build-bundle: $archive $(du -m "$archive" | cut -f1) MB"
fi
