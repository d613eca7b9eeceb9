"""``kiosk config show|check`` through the ``kiosk`` front door, the generated documentation and
the example file, and a fuzz test: whatever text a volunteer saves, checking it raises only
ConfigError."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kiosk.config
from kiosk.config import ConfigError, load_config, loader
from kiosk.config.docs import render_markdown
from kiosk.config.overrides import save_override
from kiosk.config.schema import SETTINGS
from kiosk.main import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = Path(kiosk.config.__file__).parent / "example.toml"


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the real user's config or data folder."""
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.delenv(loader.ENV_VAR, raising=False)
    monkeypatch.setattr(loader, "default_config_path", lambda: folder / "kiosk.toml")
    monkeypatch.setattr(loader, "default_data_dir", lambda: folder / "data")
    return folder


def test_check_accepts_the_example_file(capsys) -> None:
    assert main(["config", "check", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out == f"OK: {EXAMPLE}\n" and err == ""


def test_the_example_file_mentions_every_setting() -> None:
    text = EXAMPLE.read_text("utf-8")
    for spec in SETTINGS:
        pattern = rf"^\[{spec.key}\]$" if spec.is_table else rf"^(# )?{spec.key} = "
        assert re.search(pattern, text, re.MULTILINE), spec.key


def test_the_committed_documentation_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "configuration.md").read_text("utf-8")
    assert committed == render_markdown(), "run: python -m kiosk.config.docs docs/configuration.md"
    for spec in SETTINGS:
        assert spec.doc in committed


def test_check_reports_the_problem_with_exit_code_2(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('stand_id = "ixelles"\nreceipt_s = 2\n', "utf-8")
    assert main(["config", "check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err == f"error: {path}:2: receipt_s: must be a number of seconds between 5 and 300, got 2\n"
    )


def test_check_of_a_missing_file_fails(tmp_path: Path, capsys) -> None:
    assert main(["config", "check", str(tmp_path / "nope.toml")]) == 2
    assert "the settings file does not exist" in capsys.readouterr().err


def test_check_ignores_the_volunteers_choices(tmp_path: Path, home: Path, capsys) -> None:
    save_override(home / "data", "default_language", "de")
    path = tmp_path / "kiosk.toml"
    path.write_text('languages = ["nl", "fr"]\n', "utf-8")
    assert main(["config", "check", str(path)]) == 0


def test_show_prints_every_setting_with_its_value_and_source(
    tmp_path: Path, home: Path, capsys
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('# stand\nstand_name = "Schaerbeek"\nmax_queue_age_days = 2\n', "utf-8")
    save_override(home / "data", "demo", True)
    assert main(["config", "show", "--config", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"# settings file: {path}"
    rows = {line.split()[0]: line for line in lines[1:]}
    assert list(rows) == [s.key for s in SETTINGS]
    assert re.fullmatch(
        rf'stand_name += "Schaerbeek" +# {re.escape(str(path))}:2', rows["stand_name"]
    )
    assert re.fullmatch(
        rf"max_queue_age_days += 2 +# {re.escape(str(path))}:3", rows["max_queue_age_days"]
    )
    assert re.fullmatch(r"demo += true +# operator", rows["demo"])
    assert re.fullmatch(r"inactivity_s += 60 +# default", rows["inactivity_s"])
    assert re.fullmatch(r"endpoint += \(not set\) +# default", rows["endpoint"])


def test_show_without_a_file_says_defaults(home: Path, capsys) -> None:
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# no settings file ({home / 'kiosk.toml'} does not exist): defaults\n")
    assert out.count("# default\n") == len(SETTINGS)


def test_show_json(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('languages = ["fr", "nl"]\n', "utf-8")
    assert main(["config", "show", "--config", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["path"] == str(path)
    assert doc["settings"]["languages"] == {
        "setting": "languages",
        "value": ["fr", "nl"],
        "source": f"{path}:1",
    }
    assert doc["settings"]["max_queue_age_days"] == {
        "setting": "max_queue_age_s",
        "value": 7,
        "source": "default",
    }
    assert doc["settings"]["endpoint"]["value"] is None
    assert set(doc["settings"]) == {s.key for s in SETTINGS}


def test_show_of_a_bad_file_fails_like_the_kiosk(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("screen = -2\n", "utf-8")
    assert main(["config", "show", "--config", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and f"{path}:1: screen: " in captured.err


@pytest.mark.parametrize(
    ("argv", "code", "expected"),
    [
        (["config", "--help"], 0, "check"),
        (["config", "show", "--help"], 0, "source"),
        (["config", "check", "--help"], 0, "exit code 2"),
        (["config"], 2, "required"),
        (["config", "frobnicate"], 2, "invalid choice"),
        (["config", "check"], 2, "FILE"),
    ],
)
def test_help_and_usage_errors_return_codes(
    argv: list[str], code: int, expected: str, capsys
) -> None:
    assert main(argv) == code
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err


_VALUES = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=True).map(lambda f: repr(f).lower()),
    st.sampled_from(
        [
            "true",
            "false",
            '""',
            "[]",
            "{}",
            '["nl", "fr"]',
            '["es"]',
            "'C:\\x'",
            '"C:\\x"',
            '"https://a.be"',
            '"http://a.be"',
            "1979-05-27",
            "inf",
            "[[1]]",
            '{ nl = "x" }',
        ]
    ),
    st.text(max_size=12).map(lambda t: json.dumps(t)),
    st.text(max_size=12),
)
_KEYS = st.one_of(
    st.sampled_from([s.key for s in SETTINGS] + ["portal_urls.nl", "a.b", '"q"']),
    st.text(max_size=8),
)
_LINES = st.one_of(
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.sampled_from(["[portal_urls]", "[[x]]", "[stand]", "# comment", "", '"""', "[", "="]),
    st.text(max_size=20),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=8).map("\n".join))
def test_any_text_gives_settings_or_a_config_error_nothing_else(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kiosk.toml"
        path.write_text(text, "utf-8", errors="surrogatepass")
        try:
            loaded = load_config(path, data_dir_overrides=False)
        except ConfigError as exc:
            assert str(exc).startswith(str(path))
            assert exc.line is None or 1 <= exc.line <= text.count("\n") + 1
        else:
            assert loaded.path == path


def test_deeply_nested_arrays_are_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("languages = " + "[" * 5000 + "]" * 5000 + "\n", "utf-8")
    with pytest.raises(ConfigError):
        load_config(path, data_dir_overrides=False)
