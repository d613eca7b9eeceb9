"""``kiosk provision``: the scripted form end to end in a temporary folder (a passphrase, no
secure keyring), the interactive form with injected answers, running it again, and every exit
code's cause."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from kiosk.config.loader import load_config
from kiosk.network.identity import identity_path, load_identity
from kiosk.operator.pin import MIN_SCRYPT_N, PIN_FILE_NAME, SEAL_KEY_LABEL, PinStore
from kiosk.outbox.keys import key_file_path, key_protection, load_key
from kiosk.provision import cli
from kiosk.provision.cli import main

PASSPHRASE = "correct horse battery"
PIN = "402719"
INSECURE = type("Keyring", (), {"__module__": "keyring.backends.fail"})()


class Stand:
    """A temporary stand: its settings file, data folder and the network's files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = root / "etc" / "kiosk.toml"
        self.data = root / "data"
        self.usb = root / "usb"
        self.usb.mkdir()
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.export_key = self.usb / "network-export.pem"
        self.export_key.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )

    def flags(self, **extra: str) -> list[str]:
        values = {
            "--config": str(self.config),
            "--stand-id": "ixelles",
            "--stand-name": "Ixelles town hall",
            "--kiosk-id": "k1",
            "--endpoint": "https://fhir.example.org/fhir",
            "--auth": "smart",
            "--token-url": "https://fhir.example.org/token",
            "--client-id": "kiosk-ixelles-1",
            "--export-key": str(self.export_key),
            "--languages": "fr,nl",
            "--data-dir": str(self.data),
            **extra,
        }
        return [item for pair in values.items() for item in pair]

    def run(self, *argv: str, env: dict[str, str] | None = None, **kwargs: Any) -> int:
        environ = {"KIOSK_QUEUE_PASSPHRASE": PASSPHRASE, **(env or {})}
        return main(list(argv), environ=environ, keyring_backend=INSECURE, **kwargs)

    def pin_ok(self, pin: str) -> bool:
        key = load_key(self.data, passphrase=PASSPHRASE)
        seal = key.subkey(SEAL_KEY_LABEL)
        store = PinStore.in_folder(self.data, seal_key=lambda: seal, provisioned=lambda: True)
        return store.check(pin).ok


@pytest.fixture
def stand(tmp_path: Path) -> Stand:
    return Stand(tmp_path)


# ---------------------------------------------------------------- the scripted form


def test_a_scripted_run_provisions_a_blank_kiosk(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    status = stand.run(
        "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK, out
    settings = load_config(stand.config, data_dir_overrides=False).settings
    assert (settings.stand_id, settings.kiosk_id, settings.auth) == ("ixelles", "k1", "smart")
    assert settings.languages == ("fr", "nl") and settings.data_dir == stand.data
    # The network's key is copied next to the settings: the USB stick can go.
    copied = stand.config.parent / "network-export-key.pem"
    assert settings.export_public_key == copied
    assert copied.read_bytes() == stand.export_key.read_bytes()
    # The queue key is passphrase-wrapped (no secure keyring), the network key sealed under it.
    assert key_protection(stand.data) == "passphrase"
    key = load_key(stand.data, passphrase=PASSPHRASE)
    identity = load_identity(stand.data, key)
    assert stand.pin_ok(PIN)
    # What the network registers: the JWK Set and the thumbprint.
    start = out.index('{\n  "keys"')
    jwks = json.loads(out[start : out.index("\n}\n", start) + 2])
    assert jwks == identity.jwks()
    assert f"thumbprint (RFC 7638, the key's kid): {identity.thumbprint}" in out
    assert "kiosk-ixelles-1" in out
    # No secret is printed.
    assert PIN not in out and PASSPHRASE not in out


def test_running_it_again_changes_only_what_is_asked(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        stand.run(
            "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
        )
        == cli.EXIT_OK
    )
    stand.config.write_text(
        stand.config.read_text().replace("stand_id =", "# the town hall's stand\nstand_id =")
        + "\n# the volunteers asked for this\ninactivity_s = 90  # seconds\n"
    )
    kept = {p.name: p.read_bytes() for p in stand.data.iterdir()}
    capsys.readouterr()
    status = stand.run(
        "--non-interactive",
        "--skip-self-test",
        "--config",
        str(stand.config),
        "--stand-name",
        "Ixelles, salle des mariages",
        env={"KIOSK_OPERATOR_PIN": "583920"},  # ignored: a PIN is set and --set-pin not given
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK, out
    assert {p.name: p.read_bytes() for p in stand.data.iterdir()} == kept  # queue, keys, PIN
    text = stand.config.read_text()
    assert 'stand_name = "Ixelles, salle des mariages"' in text
    assert '# the town hall\'s stand\nstand_id = "ixelles"' in text
    assert "inactivity_s = 90  # seconds" in text
    assert "KIOSK_OPERATOR_PIN is used with --set-pin" in out
    assert stand.pin_ok(PIN)


def test_set_pin_replaces_the_pin_and_keeps_the_queue_key(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        stand.run(
            "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
        )
        == cli.EXIT_OK
    )
    queue_key = key_file_path(stand.data).read_bytes()
    network_key = identity_path(stand.data).read_bytes()
    status = stand.run(
        "--non-interactive",
        "--skip-self-test",
        "--config",
        str(stand.config),
        "--set-pin",
        "--secrets-stdin",
        stdin=io.StringIO("KIOSK_OPERATOR_PIN=583920\n"),
    )
    assert status == cli.EXIT_OK
    assert stand.pin_ok("583920") and not stand.pin_ok(PIN)
    assert key_file_path(stand.data).read_bytes() == queue_key
    assert identity_path(stand.data).read_bytes() == network_key


def test_an_answers_file_works_and_refuses_secrets(stand: Stand) -> None:
    answers = stand.root / "answers.toml"
    answers.write_text(
        'stand_id = "ixelles"\nkiosk_id = "k2"\nendpoint = "https://fhir.example.org/fhir"\n'
        f'export_public_key = "usb/{stand.export_key.name}"\n'
        f"data_dir = {json.dumps(str(stand.data))}\n"
    )
    argv = ["--non-interactive", "--skip-self-test", "--config", str(stand.config)]
    status = stand.run(*argv, "--answers", str(answers), env={"KIOSK_OPERATOR_PIN": PIN})
    assert status == cli.EXIT_OK
    assert load_config(stand.config, data_dir_overrides=False).settings.kiosk_id == "k2"
    answers.write_text(f'operator_pin = "{PIN}"\n')
    assert stand.run(*argv, "--answers", str(answers)) == cli.EXIT_USAGE


def test_a_refused_value_writes_nothing(stand: Stand, capsys: pytest.CaptureFixture[str]) -> None:
    status = stand.run(
        "--non-interactive",
        *stand.flags(**{"--endpoint": "http://fhir.example.org/fhir"}),
        env={"KIOSK_OPERATOR_PIN": PIN},
    )
    assert status == cli.EXIT_USAGE
    assert "endpoint" in capsys.readouterr().err
    assert not stand.config.exists() and not stand.data.exists()


def test_the_placeholder_ids_are_refused(stand: Stand) -> None:
    status = stand.run("--non-interactive", *stand.flags(**{"--stand-id": "demo-stand"}))
    assert status == cli.EXIT_USAGE


def test_settings_that_break_a_rule_together_leave_the_file_unchanged(stand: Stand) -> None:
    stand.config.parent.mkdir(parents=True)
    stand.config.write_text('stand_name = "kept"\n')
    status = stand.run(
        "--non-interactive",
        "--config",
        str(stand.config),
        "--auth",
        "smart",  # without token_url and client_id
    )
    assert status == cli.EXIT_USAGE
    assert stand.config.read_text() == 'stand_name = "kept"\n'


@pytest.mark.parametrize(
    ("env", "wanted"),
    [
        ({}, "KIOSK_OPERATOR_PIN"),  # no PIN given
        ({"KIOSK_OPERATOR_PIN": "123456"}, "not allowed"),  # a weak one
    ],
)
def test_a_missing_or_weak_pin_is_exit_3(
    stand: Stand, capsys: pytest.CaptureFixture[str], env: dict[str, str], wanted: str
) -> None:
    status = stand.run("--non-interactive", "--skip-self-test", *stand.flags(), env=env)
    assert status == cli.EXIT_SECRET
    assert wanted in capsys.readouterr().err
    assert not (stand.data / PIN_FILE_NAME).exists()


def test_no_passphrase_and_no_keyring_is_exit_3(stand: Stand) -> None:
    status = main(
        ["--non-interactive", "--skip-self-test", *stand.flags()],
        environ={"KIOSK_OPERATOR_PIN": PIN},
        keyring_backend=INSECURE,
    )
    assert status == cli.EXIT_SECRET
    assert not key_file_path(stand.data).exists()


def test_a_wrong_passphrase_is_exit_4_and_keeps_the_queue_key(stand: Stand) -> None:
    assert (
        stand.run(
            "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
        )
        == cli.EXIT_OK
    )
    before = key_file_path(stand.data).read_bytes()
    status = stand.run(
        "--non-interactive",
        "--skip-self-test",
        "--config",
        str(stand.config),
        env={"KIOSK_QUEUE_PASSPHRASE": "not the passphrase"},
    )
    assert status == cli.EXIT_KEY
    assert key_file_path(stand.data).read_bytes() == before


def test_an_altered_pin_record_needs_set_pin(stand: Stand) -> None:
    assert (
        stand.run(
            "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
        )
        == cli.EXIT_OK
    )
    # Someone with write access replaces the record with an unsealed PIN of their own.
    pin_file = stand.data / PIN_FILE_NAME
    pin_file.unlink()
    PinStore(pin_file, scrypt_n=MIN_SCRYPT_N).set_first("918273")
    argv = ["--non-interactive", "--skip-self-test", "--config", str(stand.config)]
    assert stand.run(*argv) == cli.EXIT_SECRET
    assert stand.run(*argv, env={"KIOSK_OPERATOR_PIN": PIN}) == cli.EXIT_OK
    assert stand.pin_ok(PIN)


def test_secrets_never_come_from_the_command_line() -> None:
    assert main(["--non-interactive", "--pin", PIN]) == cli.EXIT_USAGE
    assert main(["--non-interactive", "--passphrase", PASSPHRASE]) == cli.EXIT_USAGE


def test_without_a_terminal_it_asks_for_the_scripted_form(stand: Stand) -> None:
    status = main(["--config", str(stand.config)], stdin=io.StringIO(""), environ={})
    assert status == cli.EXIT_USAGE


def test_mtls_prints_a_certificate_request_for_the_kiosks_own_key(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    from cryptography import x509

    flags = stand.flags(**{"--auth": "mtls"})
    for flag in ("--token-url", "--client-id"):
        at = flags.index(flag)
        del flags[at : at + 2]
    ca = stand.root / "ca.pem"
    ca.write_bytes(_self_signed())
    status = stand.run(
        "--non-interactive",
        "--skip-self-test",
        *flags,
        "--client-cert",
        str(ca),  # a certificate for another key: a request is printed
        env={"KIOSK_OPERATOR_PIN": PIN},
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK, out
    pem = out[out.index("-----BEGIN CERTIFICATE REQUEST-----") :]
    request = x509.load_pem_x509_csr(pem.encode())
    identity = load_identity(stand.data, load_key(stand.data, passphrase=PASSPHRASE))
    assert request.public_key() == identity.private_key.public_key()
    assert "CN=ixelles.k1" in out


def _self_signed() -> bytes:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP384R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "someone else")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA384())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


# ---------------------------------------------------------------- the interactive form


class ScriptedTerminal:
    """Answers the questions in order; records what was asked and whether it echoed."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def _next(self, prompt: str, kind: str) -> str:
        self.asked.append((kind, prompt))
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def ask(self, prompt: str) -> str:
        return self._next(prompt, "echo")

    def secret(self, prompt: str) -> str:
        return self._next(prompt, "hidden")


INTERACTIVE = [
    "ixelles",  # stand id
    "Ixelles town hall",  # stand name
    "k1",  # kiosk id
    "https://fhir.example.org/fhir",  # endpoint
    "smart",  # auth
    "https://fhir.example.org/token",  # token url
    "kiosk-ixelles-1",  # client id
    "",  # scopes: keep
    "",  # CA bundle: none
    "EXPORT",  # export key (replaced by the path)
    "fr,nl",  # languages
    "",  # default language: keep fr
]


def test_the_interactive_form_asks_everything_and_hides_the_secrets(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = [str(stand.export_key) if a == "EXPORT" else a for a in INTERACTIVE]
    answers += [PASSPHRASE, PASSPHRASE]  # no keyring: a new queue passphrase, twice
    answers += ["123456", PIN, "402791", PIN, PIN]  # weak, then a mismatch, then right
    terminal = ScriptedTerminal(answers)
    status = main(
        ["--config", str(stand.config), "--data-dir", str(stand.data), "--skip-self-test"],
        terminal=terminal,
        environ={},
        keyring_backend=INSECURE,
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK, out
    assert terminal.answers == []
    hidden = [prompt for kind, prompt in terminal.asked if kind == "hidden"]
    assert hidden == [
        "New queue passphrase (not shown): ",
        "The queue passphrase again: ",
        "New operator PIN (not shown): ",
        "New operator PIN (not shown): ",
        "The operator PIN again: ",
        "New operator PIN (not shown): ",
        "The operator PIN again: ",
    ]
    assert "too easy to guess" in out and "differ" in out
    assert stand.pin_ok(PIN)
    settings = load_config(stand.config, data_dir_overrides=False).settings
    assert (settings.stand_id, settings.client_id) == ("ixelles", "kiosk-ixelles-1")
    assert PIN not in out and PASSPHRASE not in out


def test_the_interactive_form_refuses_a_bad_answer_and_asks_again(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = [str(stand.export_key) if a == "EXPORT" else a for a in INTERACTIVE]
    answers[0:1] = ["demo-stand", "ixelles town hall!", "ixelles"]  # placeholder, bad, good
    answers += [PASSPHRASE, PASSPHRASE, PIN, PIN]
    status = main(
        ["--config", str(stand.config), "--data-dir", str(stand.data), "--skip-self-test"],
        terminal=ScriptedTerminal(answers),
        environ={},
        keyring_backend=INSECURE,
    )
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK, out
    assert "placeholder" in out and "stand_id must be 1 to 64 letters" in out


def test_a_second_interactive_run_keeps_everything_on_enter(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        stand.run(
            "--non-interactive", "--skip-self-test", *stand.flags(), env={"KIOSK_OPERATOR_PIN": PIN}
        )
        == cli.EXIT_OK
    )
    text = stand.config.read_text()
    kept = {p.name: p.read_bytes() for p in stand.data.iterdir()}
    capsys.readouterr()
    # Enter for every question, the passphrase to open the queue, "no" to a new PIN.
    terminal = ScriptedTerminal([""] * 12 + [PASSPHRASE, ""])
    status = main(
        ["--config", str(stand.config), "--skip-self-test"],
        terminal=terminal,
        environ={},
        keyring_backend=INSECURE,
    )
    assert status == cli.EXIT_OK, capsys.readouterr().out
    assert terminal.answers == []
    assert stand.config.read_text() == text
    assert {p.name: p.read_bytes() for p in stand.data.iterdir()} == kept
    assert "nothing changed" in capsys.readouterr().out


def test_end_of_input_is_an_interruption(stand: Stand) -> None:
    status = main(
        ["--config", str(stand.config)], terminal=ScriptedTerminal(["ixelles"]), environ={}
    )
    assert status == cli.EXIT_INTERRUPTED
    assert not stand.config.exists()


def test_the_final_self_test_checks_the_sealed_files_with_the_passphrase_just_typed(
    stand: Stand, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_QUEUE_PASSPHRASE", raising=False)
    answers = [str(stand.export_key) if a == "EXPORT" else a for a in INTERACTIVE]
    answers += [PASSPHRASE, PASSPHRASE, PIN, PIN]
    main(
        ["--config", str(stand.config), "--data-dir", str(stand.data)],
        terminal=ScriptedTerminal(answers),
        environ={},
        keyring_backend=INSECURE,
    )
    out = capsys.readouterr().out
    lines = {line.split()[1]: line for line in out.splitlines() if line[:5].strip() in _STATUSES}
    assert lines["operator-pin:"].startswith("OK"), out
    assert "set KIOSK_QUEUE_PASSPHRASE" not in out
    assert "KIOSK_QUEUE_PASSPHRASE" not in os.environ  # and gone again afterwards


_STATUSES = {"OK", "WARN", "FAIL"}
