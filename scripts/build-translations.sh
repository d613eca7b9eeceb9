#!/usr/bin/env bash
# Compile the Qt translation sources i18n/kiosk_<lang>.ts into kiosk/ui/translations/*.qm
# (package data, loaded at run time and bundled by PyInstaller). Run by scripts/setup.sh.
# To refresh the sources after changing UI texts:
#   .venv/bin/pyside6-lupdate $(git ls-files 'kiosk/ui/*.py') -ts i18n/kiosk_*.ts -no-obsolete
set -euo pipefail
cd "$(dirname "$0")/.."
out=kiosk/ui/translations
mkdir -p "$out"
shopt -s nullglob
for ts in i18n/kiosk_*.ts; do
  qm="$out/$(basename "${ts%.ts}").qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
