#!/usr/bin/env bash
# Set up (apt + .venv, only what is missing), check format, lint and types, and run the whole
# test suite. The suite starts and stops its own daemons by pid: a private pcscd with the vpcd
# virtual reader driver, and a loopback FHIR server. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "run-tests: ruff format --check"
.venv/bin/ruff format --check --quiet
echo "run-tests: ruff check"
.venv/bin/ruff check --quiet
echo "run-tests: mypy (strict, kiosk/)"
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
