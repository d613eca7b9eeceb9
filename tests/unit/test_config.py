"""The stand's settings file: defaults, every kind of bad value with its precise message and
line, unknown keys, syntax errors, trust roots in production, and the precedence of the file,
the volunteer's choices and the command line."""

from __future__ import annotations

import datetime
import json
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from kiosk.config import ConfigError, KioskSettings, LoadedConfig, load_config, loader
from kiosk.config.kinds import render
from kiosk.config.loader import key_lines
from kiosk.config.overrides import FILE_NAME, load_overrides, save_override
from kiosk.config.schema import SETTINGS, by_key


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the real user's config or data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv(loader.ENV_VAR, raising=False)
    monkeypatch.setattr(loader, "default_config_path", lambda: home / "config" / "kiosk.toml")
    monkeypatch.setattr(loader, "default_data_dir", lambda: home / "data")
    return home


@pytest.fixture(scope="module")
def pem_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed test root, an RSA public key and a file that is neither."""
    folder = tmp_path_factory.mktemp("pem")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Root CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (folder / "root.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    (folder / "export.pem").write_bytes(
        rsa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    (folder / "junk.pem").write_text("-----BEGIN CERTIFICATE-----\nnot base64\n", "ascii")
    return folder


def write(folder: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


# --- defaults -------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SETTINGS, ids=lambda s: s.name)
def test_every_default_is_the_documented_one_and_obeys_its_own_rule(spec) -> None:
    settings = KioskSettings()
    assert getattr(settings, spec.name) == spec.default
    assert spec.kind.parse(spec.default_toml(), None) == spec.default
    assert spec.doc and spec.kind.type_name
    doc = (Path(__file__).parents[2] / "docs" / "configuration.md").read_text("utf-8")
    row = next(
        line
        for line in doc.splitlines()
        if line.startswith((f"| `{spec.key}`", f"| `[{spec.key}]`"))
    )
    default = spec.default_toml()
    shown = (
        [f"{k} = {render(v)}" for k, v in default.items()] if spec.is_table else [render(default)]
    )
    assert all(part in row for part in shown)


def test_the_defaults_are_todays_behaviour() -> None:
    s = KioskSettings()
    assert (s.production, s.demo, s.endpoint, s.languages, s.default_language) == (
        True,
        False,
        None,
        ("nl", "fr", "en", "de"),
        "fr",
    )
    assert (s.inactivity_s, s.warning_s, s.receipt_s, s.max_queue_age_s) == (60, 15, 20, 7 * 86400)
    assert (s.trust_roots, s.hide_cursor, s.screen, s.show_photo, s.data_dir) == (
        (),
        False,
        0,
        True,
        None,
    )


def test_no_file_means_every_setting_is_a_default() -> None:
    loaded = load_config()
    assert isinstance(loaded, LoadedConfig)
    assert loaded.path is None
    assert loaded.settings == KioskSettings()
    assert set(loaded.sources.values()) == {"default"}
    assert set(loaded.sources) == {s.name for s in SETTINGS}


def test_the_default_path_is_read_when_it_exists(_isolated: Path) -> None:
    (_isolated / "config").mkdir()
    write(_isolated / "config", 'stand_name = "Etterbeek"\n')
    loaded = load_config()
    assert loaded.settings.stand_name == "Etterbeek"
    assert loaded.path == _isolated / "config" / "kiosk.toml"


def test_kiosk_config_env_var_naming_a_missing_file_is_an_error(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.undo()  # the real default_config_path, which honours the variable
    monkeypatch.setenv(loader.ENV_VAR, str(tmp_path / "absent.toml"))
    monkeypatch.setattr(loader, "default_data_dir", lambda: tmp_path / "data")
    with pytest.raises(ConfigError, match="does not exist"):
        load_config()


def test_flow_config_carries_the_times() -> None:
    flow = KioskSettings(inactivity_s=120, warning_s=30, receipt_s=45, stand_id="s1").flow_config()
    assert (flow.inactivity_s, flow.warning_s, flow.ending_s, flow.stand_id) == (120, 30, 45, "s1")


def test_a_full_file_sets_every_value(tmp_path: Path, pem_dir: Path) -> None:
    path = write(
        tmp_path,
        f"""\
stand_id = "ixelles-1"
stand_name = "Ixelles town hall"
kiosk_id = "k.2"
production = false
demo = true
endpoint = "https://fhir.example.be/fhir/"
ca_bundle = '{pem_dir / "root.pem"}'
max_queue_age_days = 0.5
export_public_key = '{pem_dir / "export.pem"}'
data_dir = '{tmp_path / "data"}'
languages = ["fr", "nl"]
default_language = "nl"
inactivity_s = 90
warning_s = 20.5
receipt_s = 30
show_photo = false
hide_cursor = true
screen = 1
trust_roots = ['{pem_dir / "root.pem"}']

[portal_urls]
nl = "https://portal.example.be/nl"
""",
    )
    s = load_config(path).settings
    assert (s.stand_id, s.stand_name, s.kiosk_id, s.production, s.demo) == (
        "ixelles-1",
        "Ixelles town hall",
        "k.2",
        False,
        True,
    )
    assert s.endpoint == "https://fhir.example.be/fhir"  # normalised by the endpoint policy
    assert (
        s.ca_bundle == str(pem_dir / "root.pem") and s.export_public_key == pem_dir / "export.pem"
    )
    assert (s.max_queue_age_s, s.data_dir) == (43200, tmp_path / "data")
    assert (s.languages, s.default_language) == (("fr", "nl"), "nl")
    assert (s.inactivity_s, s.warning_s, s.receipt_s) == (90, 20.5, 30)
    assert (s.show_photo, s.hide_cursor, s.screen) == (False, True, 1)
    assert s.trust_roots == (pem_dir / "root.pem",)
    assert s.portal_urls["nl"] == "https://portal.example.be/nl"
    assert s.portal_urls["fr"] == "https://www.reseausantebruxellois.be"  # not in the file: default


def test_relative_paths_resolve_against_the_files_folder(
    tmp_path: Path, pem_dir: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(
        pem_dir,
        'production = false\ntrust_roots = ["root.pem"]\nca_bundle = "root.pem"\n',
        "rel.toml",
    )
    s = load_config(path).settings
    assert s.trust_roots == (pem_dir / "root.pem",)
    assert s.ca_bundle == str(pem_dir / "root.pem")


def test_an_empty_string_means_not_set(tmp_path: Path) -> None:
    s = load_config(write(tmp_path, 'endpoint = ""\nca_bundle = ""\ndata_dir = ""\n')).settings
    assert (s.endpoint, s.ca_bundle, s.data_dir) == (None, None, None)


def test_a_windows_notepad_file_with_bom_and_crlf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes('\ufeffstand_name = "Bruxelles"\r\nscreen = 1\r\n'.encode())
    loaded = load_config(path)
    assert (loaded.settings.stand_name, loaded.settings.screen) == ("Bruxelles", 1)
    assert loaded.sources["screen"] == f"{path}:2"


# --- bad values -----------------------------------------------------------------------------

NUMBER = "must be a number of seconds between"
ID = "must be 1 to 64 letters, digits, dots, dashes or underscores in quotes, got"
BAD = [
    ('stand_id = "a b"', "stand_id", f'{ID} "a b"'),
    ("stand_id = 5", "stand_id", f"{ID} 5"),
    ('stand_id = ""', "stand_id", f'{ID} ""'),
    (f'stand_id = "{"x" * 65}"', "stand_id", ID),
    ('kiosk_id = "k/1"', "kiosk_id", f'{ID} "k/1"'),
    ('stand_name = ""', "stand_name", 'must be 1 to 60 printable characters in quotes, got ""'),
    (f'stand_name = "{"x" * 61}"', "stand_name", "must be 1 to 60 printable characters"),
    ('stand_name = "a\\tb"', "stand_name", "must be 1 to 60 printable characters"),
    (
        'stand_name = "   "',
        "stand_name",
        'must be 1 to 60 printable characters in quotes, got "   "',
    ),
    ('production = "yes"', "production", 'must be true or false, got "yes"'),
    ("production = 1", "production", "must be true or false, got 1"),
    ('demo = "true"', "demo", 'must be true or false, got "true" (write it without quotes)'),
    ("show_photo = 0", "show_photo", "must be true or false, got 0"),
    ('hide_cursor = "no"', "hide_cursor", 'must be true or false, got "no"'),
    ('speech = "on"', "speech", "must be one of"),
    ("speech_rate = 1000", "speech_rate", "between 80 and 300"),
    ("speech_volume = -1", "speech_volume", "between 0 and 100"),
    ('speech_at_start = "yes"', "speech_at_start", "must be true or false"),
    (
        'endpoint = "http://fhir.example.be"',
        "endpoint",
        "plain http:// is refused for a non-loopback host",
    ),
    ('endpoint = "ftp://fhir.example.be"', "endpoint", "must start with https://"),
    ('endpoint = "https://"', "endpoint", "has no host"),
    ("endpoint = 443", "endpoint", "must be an https:// address in quotes, got 443"),
    ('ca_bundle = "missing.pem"', "ca_bundle", '"missing.pem" is not a readable file'),
    ('ca_bundle = "{pem}/junk.pem"', "ca_bundle", "is not a PEM X.509 certificate file"),
    ('ca_bundle = "{pem}/export.pem"', "ca_bundle", "is not a PEM X.509 certificate file"),
    (
        "max_queue_age_days = 0",
        "max_queue_age_days",
        "must be a number of days between 1/24 and 90, got 0",
    ),
    (
        "max_queue_age_days = 0.04",
        "max_queue_age_days",
        "must be a number of days between 1/24 and 90, got 0.04",
    ),
    (
        "max_queue_age_days = 91",
        "max_queue_age_days",
        "must be a number of days between 1/24 and 90, got 91",
    ),
    ('max_queue_age_days = "7"', "max_queue_age_days", 'got "7" (write it without quotes)'),
    (
        'export_public_key = "{pem}/root.pem"',
        "export_public_key",
        "is not a PEM RSA public key file",
    ),
    ('export_public_key = "nowhere.pem"', "export_public_key", "is not a readable file"),
    (
        'data_dir = "relative/queue"',
        "data_dir",
        'must be an absolute folder path in quotes, got "relative/queue"',
    ),
    ("data_dir = 5", "data_dir", "must be an absolute folder path in quotes, got 5"),
    ("languages = []", "languages", "must list at least one language (nl, fr, en, de)"),
    ('languages = ["fr", "nl", "fr"]', "languages", '"fr" is listed twice'),
    ('languages = ["fr", "es"]', "languages", 'unknown language "es" (choose from nl, fr, en, de)'),
    ('languages = "fr"', "languages", 'must be a list of languages like ["nl", "fr"], got "fr"'),
    ('languages = ["nl", "en"]', "languages", 'must include default_language ("fr")'),
    (
        'default_language = "es"',
        "default_language",
        'must be one of nl, fr, en, de in quotes, got "es"',
    ),
    (
        'default_language = "FR"',
        "default_language",
        'must be one of nl, fr, en, de in quotes, got "FR"',
    ),
    ("inactivity_s = 14", "inactivity_s", f"{NUMBER} 15 and 3600, got 14"),
    ("inactivity_s = 3601", "inactivity_s", f"{NUMBER} 15 and 3600, got 3601"),
    (
        'inactivity_s = "60"',
        "inactivity_s",
        f'{NUMBER} 15 and 3600, got "60" (write it without quotes)',
    ),
    ("inactivity_s = true", "inactivity_s", f"{NUMBER} 15 and 3600, got true"),
    ("inactivity_s = nan", "inactivity_s", f"{NUMBER} 15 and 3600, got nan"),
    ('inactivity_s = "abc"', "inactivity_s", f'{NUMBER} 15 and 3600, got "abc"'),
    ("inactivity_s = 15", "inactivity_s", "must be longer than warning_s (15 seconds), got 15"),
    ("warning_s = 4", "warning_s", f"{NUMBER} 5 and 60, got 4"),
    ("warning_s = 61", "warning_s", f"{NUMBER} 5 and 60, got 61"),
    ("warning_s = 60", "warning_s", "must be shorter than inactivity_s (60 seconds), got 60"),
    ("receipt_s = 4.5", "receipt_s", f"{NUMBER} 5 and 300, got 4.5"),
    ("receipt_s = 301", "receipt_s", f"{NUMBER} 5 and 300, got 301"),
    ("screen = -1", "screen", "must be a whole number of at least 0, got -1"),
    ("screen = 1.0", "screen", "must be a whole number of at least 0, got 1.0"),
    ('screen = "0"', "screen", 'got "0" (write it without quotes)'),
    (
        'trust_roots = ["{pem}/root.pem"]',
        "trust_roots",
        "test trust roots are not allowed in production mode; "
        "set production = false on a test stand",
    ),
    ('trust_roots = "{pem}/root.pem"', "trust_roots", "must be a list of file paths"),
    ('trust_roots = ["{pem}/junk.pem"]', "trust_roots", "is not a PEM X.509 certificate file"),
    ('portal_urls = "https://x.be"', "portal_urls", "must be a table"),
    (
        'auth = "oauth"',
        "auth",
        'must be one of none, smart, mtls, bearer-from-keyring in quotes, got "oauth"',
    ),
    ('evidence = "full"', "evidence", 'must be one of minimal, card in quotes, got "full"'),
    ("evidence = true", "evidence", "must be one of minimal, card in quotes"),
    ('auth = "smart"', "auth", "auth = smart needs token_url"),
    ('auth = "mtls"', "auth", "auth = mtls needs client_cert"),
    ('token_url = "http://auth.example.be/t"', "token_url", "plain http:// is refused"),
    ('token_url = "https://a.example.be/t"', "token_url", "is only used when auth = smart"),
    ('client_id = "kiosk 1"', "client_id", "must be 1 to 255 printable characters"),
    ('scopes = "system/Consent.c  x"', "scopes", "scopes separated by single spaces"),
    ('client_cert = "{pem}/junk.pem"', "client_cert", "is not a PEM X.509 certificate file"),
    ('client_key = "{pem}/root.pem"', "client_key", "is not a PEM private key file"),
]


@pytest.mark.parametrize(("line", "key", "problem"), BAD, ids=[case[0][:40] for case in BAD])
def test_a_bad_value_names_file_line_key_and_problem(
    tmp_path: Path, pem_dir: Path, line: str, key: str, problem: str
) -> None:
    path = write(tmp_path, f"# a stand\n\n{line.replace('{pem}', str(pem_dir))}\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    error = raised.value
    assert (error.key, error.line, error.path) == (key, 3, path)
    assert str(error) == f"{path}:3: {key}: {error.problem}"
    assert problem.replace("{pem}", str(pem_dir)) in error.problem


def test_every_setting_has_bad_value_cases() -> None:
    assert {key for _, key, _ in BAD} == {s.key for s in SETTINGS}


def test_the_contract_example_message(tmp_path: Path) -> None:
    path = write(tmp_path, "\n" * 11 + 'inactivity_s = "abc"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert (
        str(raised.value)
        == f'{path}:12: inactivity_s: must be a number of seconds between 15 and 3600, got "abc"'
    )
    assert "without quotes" not in str(raised.value)  # only for text that is a number


def test_the_endpoint_is_never_quoted_back(tmp_path: Path) -> None:
    path = write(tmp_path, 'endpoint = "https://volunteer:s3cret@fhir.example.be"\n')
    with pytest.raises(ConfigError, match="credentials") as raised:
        load_config(path)
    assert "s3cret" not in str(raised.value) and "volunteer" not in str(raised.value)


@pytest.mark.parametrize(
    ("table", "line", "key", "problem"),
    [
        (
            'nl = "https://a.be"\nes = "https://b.be"',
            6,
            "portal_urls.es",
            "unknown language (choose from nl, fr, en, de)",
        ),
        (
            'nl = "http://a.be"',
            5,
            "portal_urls.nl",
            'must be an https:// address, got "http://a.be"',
        ),
        ('fr = "https://user:pw@a.be"', 5, "portal_urls.fr", "must be an https:// address"),
        ("de = 5", 5, "portal_urls.de", "must be an https:// address in quotes, got 5"),
        ('de = "https:// a.be"', 5, "portal_urls.de", "must be an https:// address"),
        (
            'nl = "https://a.be"\ndemo = true',
            6,
            "portal_urls.demo",
            "demo is a setting: move it above the [portal_urls] section",
        ),
    ],
)
def test_a_bad_portal_address_points_at_its_line(
    tmp_path: Path, table: str, line: int, key: str, problem: str
) -> None:
    path = write(tmp_path, f'stand_id = "s"\n\n# portals\n[portal_urls]\n{table}\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert (raised.value.key, raised.value.line) == (key, line)
    assert problem in raised.value.problem


def test_a_rule_between_settings_points_at_the_line_the_file_wrote(
    tmp_path: Path, pem_dir: Path
) -> None:
    path = write(tmp_path, f'trust_roots = ["{pem_dir}/root.pem"]\nproduction = true\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert (raised.value.key, raised.value.line) == ("trust_roots", 1)  # both written: the first
    path = write(tmp_path, "inactivity_s = 30\nwarning_s = 30\n")
    with pytest.raises(ConfigError, match="warning_s: must be shorter than inactivity_s") as raised:
        load_config(path)
    assert raised.value.line == 2


def test_acceptance_stand_accepts_a_real_test_root(tmp_path: Path, pem_dir: Path) -> None:
    path = write(tmp_path, f'production = false\ntrust_roots = ["{pem_dir}/root.pem"]\n')
    loaded = load_config(path)
    assert loaded.settings.trust_roots == (pem_dir / "root.pem",)
    assert loaded.sources["trust_roots"] == f"{path}:2"


def test_settings_built_in_code_obey_the_same_rules(pem_dir: Path) -> None:
    with pytest.raises(
        ConfigError, match="^trust_roots: test trust roots are not allowed in production"
    ):
        KioskSettings(trust_roots=(pem_dir / "root.pem",))
    assert KioskSettings(production=False, trust_roots=(pem_dir / "root.pem",)).trust_roots
    with pytest.raises(ValueError, match="^default_language: must be one of"):
        KioskSettings(default_language="es")
    with pytest.raises(ConfigError, match="^inactivity_s: must be a number of seconds"):
        KioskSettings(inactivity_s="60")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="^warning_s: must be shorter"):
        KioskSettings(inactivity_s=20, warning_s=20)


# --- unknown keys and syntax ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "key", "problem"),
    [
        ("inactivty_s = 60", "inactivty_s", 'unknown setting; did you mean "inactivity_s"?'),
        ("stand_nam = 'x'", "stand_nam", 'unknown setting; did you mean "stand_name"?'),
        (
            "max_queue_age_s = 7",
            "max_queue_age_s",
            'unknown setting; did you mean "max_queue_age_days"?',
        ),
        ("colour = 'blue'", "colour", "unknown setting (docs/configuration.md lists them all)"),
        ("[network]\nendpoint = 'https://a.be'", "network", "unknown setting"),
        ("screen.index = 1", "screen", "must be a whole number of at least 0, got a table"),
    ],
)
def test_an_unknown_key_is_named_with_a_suggestion(
    tmp_path: Path, line: str, key: str, problem: str
) -> None:
    path = write(tmp_path, f"demo = false\n{line}\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert (raised.value.key, raised.value.line) == (key, 2)
    assert raised.value.problem.startswith(problem)


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (
            "demo = false\nstand_name = Ixelles\n",
            2,
            "syntax error: Invalid value (column 14); text must be in quotes",
        ),
        ('demo = false\n\ndata_dir = "C:\\kiosk"\n', 3, "write Windows paths in single quotes"),
        ("demo = false\ndemo = true\n", 2, "syntax error: Cannot overwrite a value"),
        ('languages = ["nl",\n', 2, "syntax error"),
        ("[portal_urls\n", 1, "syntax error"),
    ],
)
def test_a_syntax_error_keeps_its_line(tmp_path: Path, text: str, line: int, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.line == line and raised.value.key is None
    assert problem in raised.value.problem
    assert str(raised.value).startswith(f"{path}:{line}: syntax error: ")


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes('demo = false\nstand_name = "Li\u00e8ge"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8") as raised:
        load_config(path)
    assert raised.value.line == 2


def test_a_folder_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(tmp_path)


def test_key_lines_follow_sections_dotted_keys_and_skip_multiline_strings() -> None:
    text = (
        "a = 1\n"  # 1
        "b.c = 2\n"  # 2
        '"quoted key" = 3\n'  # 3
        'm = """\n'  # 4
        "fake = 1\n"  # 5 (inside a string)
        '"""\n'  # 6
        "[t] # a table\n"  # 7
        "x = { y = 1 }\n"  # 8
        "[ 'u'.v ]\n"  # 9
        "w = 2\n"  # 10
    )
    lines = key_lines(text)
    assert lines == {
        "a": 1,
        "b": 2,
        "b.c": 2,
        "quoted key": 3,
        "m": 4,
        "t": 7,
        "t.x": 8,
        "u": 9,
        "u.v": 9,
        "u.v.w": 10,
    }


# --- precedence and the volunteer's choices ------------------------------------------------


def test_precedence_default_file_operator_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write(
        tmp_path, f'data_dir = "{data}"\ndefault_language = "nl"\ndemo = true\nscreen = 1\n'
    )
    save_override(data, "default_language", "de")
    save_override(data, "demo", False)
    loaded = load_config(path, overrides={"demo": True, "screen": 2})
    s = loaded.settings
    assert (s.default_language, s.demo, s.screen, s.inactivity_s) == ("de", True, 2, 60)
    assert loaded.sources["data_dir"] == f"{path}:1"
    assert loaded.sources["default_language"] == "operator"
    assert loaded.sources["demo"] == "command line"
    assert loaded.sources["screen"] == "command line"
    assert loaded.sources["inactivity_s"] == "default"
    assert load_config(path, data_dir_overrides=False).settings.default_language == "nl"


def test_operator_choices_live_in_the_default_data_folder_without_data_dir(_isolated: Path) -> None:
    save_override(_isolated / "data", "demo", True)
    loaded = load_config()
    assert (loaded.settings.demo, loaded.sources["demo"]) == (True, "operator")


def test_a_bad_command_line_value_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(overrides={"default_language": "es"})
    assert (
        str(raised.value)
        == 'command line: default_language: must be one of nl, fr, en, de in quotes, got "es"'
    )
    assert raised.value.path is None and raised.value.origin == "command line"
    with pytest.raises(ConfigError, match="^command line: colour: unknown setting"):
        load_config(overrides={"colour": "blue"})
    path = write(tmp_path, 'languages = ["nl", "fr"]\n')
    with pytest.raises(
        ConfigError,
        match=r"^command line: default_language: must be one of the languages offered "
        r'\(nl, fr\), got "de"',
    ):
        load_config(path, overrides={"default_language": "de"})


def test_overrides_round_trip_atomically_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    assert load_overrides(data) == {}
    assert not data.exists()  # reading creates nothing
    save_override(data, "default_language", "nl")
    save_override(data, "demo", True)
    save_override(data, "default_language", "en")
    assert load_overrides(data) == {"default_language": "en", "demo": True}
    assert json.loads((data / FILE_NAME).read_text("utf-8")) == {
        "default_language": "en",
        "demo": True,
    }
    assert [p.name for p in data.iterdir()] == [FILE_NAME]  # no temp file left behind


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("stand_id", "other", "cannot be changed from the volunteer panel"),
        ("endpoint", "https://a.be", "cannot be changed from the volunteer panel"),
        ("default_language", "es", "must be one of nl, fr, en, de"),
        ("demo", "yes", "must be true or false"),
    ],
)
def test_only_language_and_demo_can_be_overridden(
    tmp_path: Path, key: str, value: object, problem: str
) -> None:
    with pytest.raises(ConfigError, match=problem):
        save_override(tmp_path, key, value)
    assert not (tmp_path / FILE_NAME).exists()


def test_an_override_no_longer_valid_is_ignored_with_a_warning(tmp_path: Path, caplog) -> None:
    data = tmp_path / "data"
    save_override(data, "default_language", "de")
    path = write(tmp_path, f'data_dir = "{data}"\nlanguages = ["nl", "fr"]\n')
    with caplog.at_level(logging.WARNING, logger="kiosk.config"):
        loaded = load_config(path)
    assert (loaded.settings.default_language, loaded.sources["default_language"]) == (
        "fr",
        "default",
    )
    assert "default language" in caplog.text


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2]", b'{"stand_id": "x", "demo": "yes"}', b"\xff\xfe"]
)
def test_a_damaged_overrides_file_is_ignored(tmp_path: Path, content: bytes, caplog) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="kiosk.config"):
        assert load_overrides(tmp_path) == {}
    assert caplog.records


def test_the_schema_keys_are_unique_and_match_the_fields() -> None:
    assert len(by_key) == len(SETTINGS)
    assert [s.name for s in SETTINGS][:3] == ["stand_id", "stand_name", "kiosk_id"]


# --- hostile files: devices, pipes, huge files, absurd keys -----------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe with a writer waiting in a thread: a reader that blocks on it gets an empty
    file (the writer closes at once) instead of hanging the test; teardown frees the writer."""
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    writer = threading.Thread(target=lambda: os.close(os.open(path, os.O_WRONLY)), daemon=True)
    writer.start()
    yield path
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer's open() return
    writer.join()
    os.close(reader)


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
needs_dev = pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev on this system")


@needs_fifo
def test_a_pipe_as_the_settings_file_is_refused_without_waiting(fifo: Path) -> None:
    with pytest.raises(ConfigError, match="not a regular file") as raised:
        load_config(fifo)
    assert str(raised.value).startswith(f"{fifo}: the settings file cannot be read")


@needs_dev
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_as_the_settings_file_is_refused(device: str) -> None:
    with pytest.raises(ConfigError, match="not a regular file") as raised:
        load_config(Path(device))
    assert str(raised.value).startswith(f"{device}: ")


def test_a_settings_file_over_a_megabyte_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, 'stand_name = "Ixelles"\n' + "# padding\n" * 110_000)
    with pytest.raises(ConfigError, match=r"too large \(1\.0 MB; at most 1\.0 MB\)") as raised:
        load_config(path)
    assert raised.value.line is None


def test_a_key_of_twenty_thousand_parts_is_refused_at_once(tmp_path: Path) -> None:
    # Parsed, this 40 KB line took 11 s and 1.5 GB.
    path = write(tmp_path, "demo = false\nx" + ".y" * 20_000 + " = 1\n")
    with pytest.raises(ConfigError, match="more than 16 dotted parts") as raised:
        load_config(path)
    assert raised.value.line == 2
    header = write(tmp_path, "[a" + ".b" * 100 + "]\n", "header.toml")
    with pytest.raises(ConfigError, match="dotted parts"):
        load_config(header)


def test_dots_in_values_strings_and_comments_are_not_key_parts(tmp_path: Path) -> None:
    dots = "." * 40
    path = write(
        tmp_path,
        f"# {dots}\nstand_name = \"a{dots}b\" # {dots}\nkiosk_id = '{dots}'\n"
        f'stand_id = """\n{dots}"""\n',
    )
    settings = load_config(path).settings
    assert (settings.stand_name, settings.kiosk_id) == (f"a{dots}b", dots)


@pytest.mark.parametrize(
    "text", ['stand_name = "Ixelles\n', "stand_name = 'Ixelles\n", 'stand_name = "Ix\nelles"\n']
)
def test_an_unterminated_string_gets_no_windows_path_hint(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError, match="syntax error") as raised:
        load_config(write(tmp_path, text))
    assert "Windows" not in raised.value.problem
    assert "must end with the same quote on the same line" in raised.value.problem


@pytest.mark.parametrize("key", ["ca_bundle", "client_cert", "client_key", "export_public_key"])
def test_a_file_a_setting_names_must_be_a_small_regular_file(tmp_path: Path, key: str) -> None:
    big = tmp_path / "big.pem"
    big.write_bytes(b"-----BEGIN CERTIFICATE-----\n" + b"A" * (1024 * 1024))
    for target, problem in [
        (big, "is too large"),
        (tmp_path, "is a folder"),
        *([(Path("/dev/zero"), "not a regular file")] if Path("/dev/zero").exists() else []),
    ]:
        path = write(tmp_path, f"production = false\n{key} = '{target}'\n")
        with pytest.raises(ConfigError, match=problem) as raised:
            load_config(path)
        assert (raised.value.key, raised.value.line) == (key, 2)


@needs_fifo
def test_a_pipe_as_the_ca_bundle_or_a_trust_root_is_refused(tmp_path: Path, fifo: Path) -> None:
    for text in (f"ca_bundle = '{fifo}'\n", f"production = false\ntrust_roots = ['{fifo}']\n"):
        with pytest.raises(ConfigError, match="not a regular file"):
            load_config(write(tmp_path, text))
