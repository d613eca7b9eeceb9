"""``kiosk-card read --virtual``: the in-process specimen read used by the demo command."""

from __future__ import annotations

import json

import pytest

from kiosk.cardreader import cli
from kiosk.cardreader.errors import NoReaderError
from kiosk.cardreader.virtual.profiles import build_profile


def test_virtual_read_prints_verified_masked_identity(capsys: pytest.CaptureFixture[str]) -> None:
    specimen = build_profile("fr-citizen").specimen
    assert cli.main(["read", "--virtual", "fr-citizen", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reader"] == "virtual:fr-citizen"
    assert data["identity"]["surname"] == specimen.surname
    assert data["identity"]["national_number"].endswith(specimen.national_number[-2:])
    assert specimen.national_number not in json.dumps(data)
    assert data["verification"]["root"] == "Virtual eID TEST Root CA"
    assert data["expired"] is False


def test_virtual_read_of_an_expired_card_warns_and_succeeds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["read", "--virtual", "expired"]) == 0
    assert "expired on" in capsys.readouterr().err


def test_unknown_virtual_profile_is_a_no_reader_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["read", "--virtual", "nope"]) == NoReaderError.exit_code
    assert "no-reader" in capsys.readouterr().err


def test_virtual_and_reader_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["read", "--virtual", "nl-citizen", "--reader", "x"])
    assert exit_info.value.code == 2
