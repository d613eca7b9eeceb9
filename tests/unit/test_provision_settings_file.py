"""The settings file as ``kiosk provision`` edits it: only the keys given change; comments,
other keys and the ``[portal_urls]`` table stay; a refused result leaves the file as it was."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.config.errors import ConfigError
from kiosk.provision.settings_file import HEADER, edit_text, write_settings

BEFORE = """\
# Ixelles stand
stand_id = "old"   # set by hand
languages = [
    "nl",  # first
    "fr",
]
inactivity_s = 90

[portal_urls]
nl = "https://example.be/nl"
"""


def test_a_key_is_replaced_where_it_stands_and_its_comment_kept() -> None:
    text = edit_text(BEFORE, {"stand_id": "ixelles"})
    assert text == BEFORE.replace(
        'stand_id = "old"   # set by hand', 'stand_id = "ixelles"  # set by hand'
    )


def test_a_multi_line_list_is_replaced_whole() -> None:
    text = edit_text(BEFORE, {"languages": ["fr", "de"]})
    assert 'languages = ["fr", "de"]\ninactivity_s = 90' in text
    assert tomllib.loads(text)["languages"] == ["fr", "de"]
    assert "# first" not in text and "# Ixelles stand" in text


def test_a_new_key_goes_before_the_first_table() -> None:
    text = edit_text(BEFORE, {"kiosk_id": "k1", "endpoint": "https://fhir.example.org/fhir"})
    doc = tomllib.loads(text)
    assert doc["kiosk_id"] == "k1" and doc["portal_urls"] == {"nl": "https://example.be/nl"}
    assert text.index("kiosk_id") < text.index("[portal_urls]")


def test_a_key_inside_a_table_is_not_taken_for_a_setting() -> None:
    text = '[portal_urls]\nnl = "https://example.be/nl"\n'
    assert tomllib.loads(edit_text(text, {"nl": "x"}))["nl"] == "x"  # top level, not the table's


def test_windows_paths_and_quotes_survive() -> None:
    path = r"C:\Kiosk\network-export-key.pem"
    assert tomllib.loads(edit_text("", {"export_public_key": path}))["export_public_key"] == path
    name = 'Ixelles "centre"'
    assert tomllib.loads(edit_text("", {"stand_name": name}))["stand_name"] == name


def test_a_new_file_gets_a_header_and_a_refused_value_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    settings = write_settings(path, {"stand_id": "ixelles"})
    assert settings.stand_id == "ixelles" and path.read_text().startswith(HEADER)
    before = path.read_bytes()
    with pytest.raises(ConfigError):
        write_settings(path, {"inactivity_s": 5})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]  # no probe left behind
