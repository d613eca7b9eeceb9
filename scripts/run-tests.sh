#!/usr/bin/env bash
# Set up (apt + .venv, only what is missing) and run the whole test suite.
# The suite starts and stops its own daemons by pid: a private pcscd with the vpcd virtual
# reader driver, and a loopback FHIR server. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
