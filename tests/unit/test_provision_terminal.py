"""``kiosk provision`` in a real pseudo-terminal: the questions as the IT person sees them, and
the PIN and the queue passphrase never echoed (getpass turns the terminal's echo off)."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.config.loader import load_config

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")

PASSPHRASE = "correct horse battery"
PIN = "402719"
WAIT_S = 60.0


class PtySession:
    """A child process on a pseudo-terminal; :meth:`answer` waits for a prompt, then types."""

    def __init__(self, argv: Sequence[str], env: dict[str, str]) -> None:
        import pty

        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.seen = b""

    def expect(self, text: str) -> None:
        """Read until ``text`` has appeared (select waits on the terminal: no sleeping)."""
        wanted = text.encode()
        while wanted not in self.seen:
            ready, _, _ = select.select([self.master], [], [], WAIT_S)
            assert ready, f"no {text!r} within {WAIT_S} s; so far:\n{self.transcript()}"
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the child closed the terminal
                chunk = b""
            assert chunk, f"ended before {text!r}:\n{self.transcript()}"
            self.seen += chunk

    def answer(self, prompt: str, typed: str) -> None:
        self.expect(prompt)
        os.write(self.master, typed.encode() + b"\n")

    def finish(self) -> int:
        while True:
            ready, _, _ = select.select([self.master], [], [], WAIT_S)
            assert ready, f"the command did not end:\n{self.transcript()}"
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk
        os.close(self.master)
        return self.process.wait(timeout=WAIT_S)

    def transcript(self) -> str:
        return self.seen.decode("utf-8", "replace").replace("\r\n", "\n")


def run_interactive(root: Path, *, self_test: bool) -> tuple[int, str]:
    """Provision a blank kiosk in ``root`` as the IT person would, answering in a terminal."""
    export = root / "usb" / "network-export.pem"
    export.parent.mkdir(parents=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    export.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no secure keyring here
        "QT_QPA_PLATFORM": "offscreen",
    }
    for secret in ("KIOSK_QUEUE_PASSPHRASE", "KIOSK_OPERATOR_PIN", "KIOSK_BEARER_TOKEN"):
        env.pop(secret, None)
    argv = [sys.executable, "-m", "kiosk.main", "provision"]
    argv += ["--config", str(root / "etc" / "kiosk.toml"), "--data-dir", str(root / "data")]
    if not self_test:
        argv.append("--skip-self-test")
    session = PtySession(argv, env)
    session.answer("Stand id", "ixelles")
    session.answer("Stand name", "Ixelles town hall")
    session.answer("Kiosk id", "k1")
    session.answer("FHIR base URL", "https://fhir.example.org/fhir")
    session.answer("How the kiosk logs in", "smart")
    session.answer("OAuth token URL", "https://fhir.example.org/token")
    session.answer("Client id", "kiosk-ixelles-1")
    session.answer("Scopes", "")
    session.answer("CA bundle", "")
    session.answer("export public key", str(export))
    session.answer("Languages offered", "fr,nl")
    session.answer("Language of the welcome page", "")
    session.answer("New queue passphrase (not shown): ", PASSPHRASE)
    session.answer("The queue passphrase again: ", PASSPHRASE)
    session.answer("New operator PIN (not shown): ", PIN)
    session.answer("The operator PIN again: ", PIN)
    status = session.finish()
    return status, session.transcript()


def test_an_interactive_run_in_a_terminal_never_shows_a_secret(tmp_path: Path) -> None:
    status, transcript = run_interactive(tmp_path, self_test=False)
    assert status == 0, transcript
    assert PIN not in transcript and PASSPHRASE not in transcript
    # What was typed for an ordinary question is echoed back by the terminal.
    assert re.search(r"Stand id \(.*\) \[demo-stand\]: ixelles\n", transcript), transcript
    assert "operator PIN set" in transcript and "thumbprint (RFC 7638" in transcript
    settings = load_config(tmp_path / "etc" / "kiosk.toml", data_dir_overrides=False).settings
    assert (settings.stand_id, settings.kiosk_id) == ("ixelles", "k1")
