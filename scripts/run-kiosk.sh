#!/usr/bin/env bash
# Set up (apt + .venv, only what is missing) and start the kiosk in demo mode: a virtual eID
# card in-process (a panel inserts or removes specimen cards), no reader and no network needed,
# built-in defaults. Extra arguments go to the kiosk (e.g. --windowed, --language nl).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "run-kiosk: no display found; reading a specimen eID card in the terminal instead." >&2
  echo "run-kiosk: (on a desktop, this command opens the kiosk window)" >&2
  exec .venv/bin/kiosk-card read --virtual nl-citizen
fi
exec .venv/bin/kiosk --demo "$@"
