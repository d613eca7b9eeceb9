"""``kiosk --version``: the version and the commit, from a checkout, a bundle, or neither."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from kiosk import version as version_module
from kiosk.main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    version_module.version.cache_clear()
    version_module.build_commit.cache_clear()
    yield
    version_module.version.cache_clear()
    version_module.build_commit.cache_clear()


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the bundle's kiosk package folder, holding the build record."""
    monkeypatch.setattr(version_module.resources, "files", lambda package: tmp_path)
    return tmp_path / version_module.BUILD_INFO_FILE


def test_main_prints_the_version_and_the_commit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"kiosk \d+\.\d+\.\d+\S* \(commit [0-9a-f]{7,}\)\n", out), out
    assert metadata.version("ehealth-kiosk") in out


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_from_a_checkout_the_commit_is_the_checkouts_head() -> None:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert version_module.build_commit() == head


def test_from_a_checkout_git_wins_over_a_stale_build_record(
    record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record.write_text(json.dumps({"version": "0.0.1", "commit": "stale00"}))
    monkeypatch.setattr(version_module, "_git_commit", lambda folder: "fresh11")
    assert version_module.build_commit() == "fresh11"


def test_frozen_the_build_record_gives_the_commit(
    record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record.write_text(json.dumps({"version": "9.8.7", "commit": "abc1234-dirty"}))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(version_module, "_git_commit", lambda folder: pytest.fail("git asked"))
    monkeypatch.setattr(version_module.metadata, "version", _no_metadata)
    assert version_module.describe() == "kiosk 9.8.7 (commit abc1234-dirty)"


def test_frozen_without_a_record_the_commit_is_unknown(
    record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(version_module.metadata, "version", _no_metadata)
    assert version_module.describe() == "kiosk unknown (commit unknown)"


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"version": 3, "commit": ""}'])
def test_a_broken_record_is_ignored(
    record: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    record.write_text(content)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert version_module.build_commit() == "unknown"


@pytest.mark.parametrize(
    "failure", [FileNotFoundError("git"), subprocess.TimeoutExpired("git", 2.0)]
)
def test_without_git_or_with_a_hung_git_the_commit_is_unknown(
    record: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    def run(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(version_module.subprocess, "run", run)
    assert version_module.build_commit() == "unknown"


def test_outside_a_repository_the_commit_is_unknown(record: Path, tmp_path: Path) -> None:
    assert version_module._git_commit(tmp_path / "nowhere") is None
    assert version_module._git_commit(Path("/")) is None


def test_version_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "from kiosk.main import main\n"
        "assert main(['--version']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def _no_metadata(name: str) -> str:
    raise metadata.PackageNotFoundError(name)
