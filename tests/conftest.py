"""Shared test set-up: headless Qt by default, the eID sample folder, and the daemons the
suite starts itself (pcscd with the vpcd driver, the loopback FHIR server)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display pytest-qt aborts; offscreen is the default, xvfb-run may override it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The kiosk keeps its queue, audit log, PIN and settings in the user's folders: the suite (and
# every child process it starts) gets folders of its own, so it never touches a real kiosk's.
_HOME = Path(tempfile.mkdtemp(prefix="kiosk-tests-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("KIOSK_CONFIG", None)

pytest_plugins = ["tests.fixtures_pcsc", "tests.fixtures_fhir"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(os.environ.get("KIOSK_EID_SAMPLES", ROOT.parent / "shared" / "eid-samples"))


@pytest.fixture(scope="session")
def samples() -> Path:
    """The real test-card dumps in ../shared/eid-samples (read in place, never copied)."""
    if not (SAMPLES / "INDEX.md").is_file():
        pytest.skip(f"eID sample folder not found at {SAMPLES} (set KIOSK_EID_SAMPLES)")
    return SAMPLES


@pytest.fixture
def no_secure_keyring() -> Iterator[None]:
    """The keyring of a headless machine (keyring's ``fail`` backend): the real queue needs a
    passphrase. The previous backend comes back afterwards."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
