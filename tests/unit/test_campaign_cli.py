"""``kiosk-campaign``'s arguments and exit statuses (the fetching and the page are tested apart)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.campaign.cli import main
from tests.fhir_server import free_port


def test_from_after_to_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["report", "--endpoint", "https://x/fhir", "--out", str(tmp_path)]
    assert main([*argv, "--from", "2026-03-20", "--to", "2026-03-19"]) == 2
    assert "--from is after --to" in capsys.readouterr().err


def test_an_endpoint_that_is_not_http_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["report", "--endpoint", "file:///etc", "--out", str(tmp_path)]) == 2


def test_a_bad_day_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["report", "--endpoint", "https://x", "--out", str(tmp_path), "--from", "14/03"])
    assert exited.value.code == 2


def test_an_unreachable_server_fails_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_CAMPAIGN_TOKEN", "secret-token")
    endpoint = f"http://127.0.0.1:{free_port()}/fhir"
    assert main(["report", "--endpoint", endpoint, "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "the search failed (ConnectionError)" in err and "secret-token" not in err
    assert not (tmp_path / "out").exists()
