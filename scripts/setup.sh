#!/usr/bin/env bash
# Prepare this checkout on Debian 12 / Ubuntu 22.04+: system packages (apt) and a
# virtual environment in .venv with the kiosk installed in editable mode.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # PC/SC: the daemon, the virtual reader driver, and what pyscard builds with
  pcscd vsmartcard-vpcd libpcsclite-dev swig gcc
  # Qt runtime (offscreen and xcb) and fonts, a virtual screen for screenshots
  libgl1 libegl1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 fontconfig fonts-dejavu-core
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  xvfb xauth
  # The stand: the kiosk compositor and its X server (tests/frozen/test_stand.py runs the .deb)
  cage xwayland
  # Spoken guidance (kiosk/speech): the offline speech engine and its voices
  espeak-ng
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

find_python() {
  for p in "${KIOSK_PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$p" ] && command -v "$p" >/dev/null 2>&1 && python_ok "$p" && { command -v "$p"; return; }
  done
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
PY=$(find_python || true)
if [ -z "$PY" ]; then missing+=(python3.11 python3.11-venv python3.11-dev); fi
if [ -n "$PY" ] && [ "${PY#/usr/bin/}" != "$PY" ]; then
  # A distribution Python needs its venv and header packages (pyscard compiles).
  ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  for pkg in "python${ver}-venv" "python${ver}-dev"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing system packages (${missing[*]}) and no apt-get; see README for other systems" >&2
    exit 1
  fi
  echo "setup: installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  PY=$(find_python)
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -e "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,report]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
bash scripts/build-translations.sh
