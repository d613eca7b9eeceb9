"""The kiosk's version and the git commit it was built from: ``kiosk --version``.

A volunteer reads this line to the help desk, so it must be right in the three ways the kiosk
runs:

* from a checkout (``pip install -e``): the installed package metadata and ``git rev-parse``;
* from the PyInstaller bundle: ``kiosk/_build_info.json``, written by ``packaging/kiosk.spec``
  into the build folder (never into the source tree, so two builds cannot trip over it and a
  checkout never carries a stale one), records both; the bundle also carries the metadata;
* from an unpacked copy without git or metadata: the commit is "unknown", never a crash.

No Qt here: ``--version`` must answer on a machine where Qt cannot start.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from functools import cache
from importlib import metadata, resources
from pathlib import Path

__all__ = [
    "BUILD_INFO_FILE",
    "DIST_NAME",
    "SOURCE_DATE",
    "build_commit",
    "build_date",
    "describe",
    "main",
    "version",
]

DIST_NAME = "ehealth-kiosk"
UNKNOWN = "unknown"
GIT_TIMEOUT_S = 2.0  # a hung network file system must not hang --version


BUILD_INFO_FILE = "_build_info.json"

#: The day this source was last released (moved forward at each release): no kiosk running this
#: code can truly be at an earlier date, so a clock before it is wrong (``kiosk --self-test``).
SOURCE_DATE = datetime.date(2026, 12, 7)


def _build_info() -> tuple[str | None, str | None]:
    """(version, commit) recorded by the bundle build, or (None, None) outside a bundle."""
    try:
        text = (resources.files("kiosk") / BUILD_INFO_FILE).read_text(encoding="utf-8")
        record = json.loads(text)
    except (OSError, ValueError):
        return None, None
    if not isinstance(record, dict):
        return None, None
    version, commit = record.get("version"), record.get("commit")
    return (
        version if isinstance(version, str) and version else None,
        commit if isinstance(commit, str) and commit else None,
    )


@cache
def build_date() -> datetime.date:
    """The day this kiosk was built: the bundle's record (``"date"``, ISO) when later than
    :data:`SOURCE_DATE`, else :data:`SOURCE_DATE`."""
    try:
        text = (resources.files("kiosk") / BUILD_INFO_FILE).read_text(encoding="utf-8")
        recorded = json.loads(text).get("date")
        day = datetime.date.fromisoformat(recorded) if isinstance(recorded, str) else None
    except (OSError, ValueError, AttributeError):
        day = None
    return max(SOURCE_DATE, day) if day is not None else SOURCE_DATE


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache
def version() -> str:
    """The package version (``0.1.0``), from metadata, else the build record, else "unknown"."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return _build_info()[0] or UNKNOWN


def _git_commit(folder: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None  # no git on this machine, or it hung
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and commit else None


@cache
def build_commit() -> str:
    """The short git commit: the bundle's record when frozen, the checkout's HEAD from source
    (a stale record left by an interrupted build must not win), else "unknown"."""
    recorded = _build_info()[1]
    if _frozen():
        return recorded or UNKNOWN
    return _git_commit(Path(__file__).resolve().parents[1]) or recorded or UNKNOWN


def describe() -> str:
    """``kiosk 0.1.0 (commit 8cce14a)``."""
    return f"kiosk {version()} (commit {build_commit()})"


def main() -> int:
    print(describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
