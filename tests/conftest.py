"""Shared test set-up: headless Qt by default, the eID sample folder, and the daemons the
suite starts itself (pcscd with the vpcd driver, the loopback FHIR server)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Without a display pytest-qt aborts; offscreen is the default, xvfb-run may override it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures_pcsc", "tests.fixtures_fhir"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(os.environ.get("KIOSK_EID_SAMPLES", ROOT.parent / "shared" / "eid-samples"))


@pytest.fixture(scope="session")
def samples() -> Path:
    """The real test-card dumps in ../shared/eid-samples (read in place, never copied)."""
    if not (SAMPLES / "INDEX.md").is_file():
        pytest.skip(f"eID sample folder not found at {SAMPLES} (set KIOSK_EID_SAMPLES)")
    return SAMPLES
