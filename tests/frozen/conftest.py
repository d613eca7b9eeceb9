"""The frozen bundle's tests: one PyInstaller build per session, shared by every test.

The build takes about a minute, so it is marked ``frozen``: ``pytest -m "not frozen"`` skips it
on a developer's machine. Under ``CI=true`` it always runs, and a missing PyInstaller fails the
tests instead of skipping them.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 600


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the bundle cannot be built: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle built from this checkout by scripts/build-bundle.sh."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        _unavailable("PyInstaller is not installed (pip install -e '.[build]')")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            "bash",
            "scripts/build-bundle.sh",
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-tar",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"the bundle build failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
    folder = out / "dist" / "kiosk"
    assert (folder / "kiosk").is_file(), done.stdout
    return folder
