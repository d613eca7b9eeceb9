"""``kiosk provision``: make this computer a stand's kiosk, or change what it was set up with.

Interactive (the default, in a terminal): one question per setting, the operator PIN and, where
no secure keyring exists, the queue passphrase typed twice without echo. Scripted roll-outs use
``--non-interactive`` with flags and/or ``--answers FILE`` (TOML, the settings file's keys);
secrets come from the environment (``KIOSK_OPERATOR_PIN``, ``KIOSK_QUEUE_PASSPHRASE``,
``KIOSK_BEARER_TOKEN``) or, with ``--secrets-stdin``, from ``NAME=value`` lines on standard
input: never from the command line, where other users and the shell history would see them.

It writes only the settings given into the settings file (:mod:`.settings_file`: the file is
edited in place, other keys and comments kept), copies the network's files into its folder,
opens the queue key (made on the first run; an existing one is never replaced, so the queue
stays readable), makes the kiosk's network key if there is none, sets the operator PIN when
there is none or ``--set-pin`` asks, runs the self-test and prints what the network must
register. Running it again changes only what it is asked to.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .answers import FILE_SETTINGS, SECRET_ENV, Answers, AnswersError, read_answers, read_secrets
from .interview import ConsoleTerminal, Terminal, ask_new_secret, interview, value_problem

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.outbox.keys import DataKey
    from kiosk.selftest import Check

__all__ = ["EXIT_CODES", "main"]

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_SECRET = 3
EXIT_KEY = 4
EXIT_STORAGE = 5
EXIT_SELF_TEST = 6
EXIT_INTERRUPTED = 130

EXIT_CODES = f"""exit codes:
  {EXIT_OK}  provisioned, and the self-test passed
  {EXIT_BUG}  internal error (a bug: please report it)
  {EXIT_USAGE}  wrong usage or a refused value (flag, answers file, setting): nothing was written
  {EXIT_SECRET}  a secret is missing or refused: the PIN (KIOSK_OPERATOR_PIN), the queue passphrase
     (KIOSK_QUEUE_PASSPHRASE) or the bearer token; the settings given were written
  {EXIT_KEY}  the queue key or the kiosk's network key cannot be opened (wrong passphrase, keyring
     locked, damaged key file): the queue and its key are left as they were
  {EXIT_STORAGE}  a file could not be written (settings, PIN, keys): disk full or read-only
  {EXIT_SELF_TEST}  provisioned, but the self-test FAILed: its lines say what to do
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C or end of input): each step is whole or not done
"""

_FLAGS = {
    "stand_id": ("--stand-id", "ID", "the stand's id"),
    "stand_name": ("--stand-name", "NAME", "the stand's name shown in the header"),
    "kiosk_id": ("--kiosk-id", "ID", "this kiosk's id at the stand"),
    "endpoint": ("--endpoint", "URL", "the network's FHIR base URL"),
    "auth": ("--auth", "KIND", "none, smart, mtls or bearer-from-keyring"),
    "token_url": ("--token-url", "URL", "the OAuth token URL (smart)"),
    "client_id": ("--client-id", "ID", "the client id the network registered (smart)"),
    "scopes": ("--scopes", "SCOPES", "the scopes asked for, space-separated (smart)"),
    "client_cert": ("--client-cert", "FILE", "the TLS client certificate, PEM (mtls; copied)"),
    "ca_bundle": ("--ca-bundle", "FILE", "the network's CA bundle, PEM (copied)"),
    "export_public_key": ("--export-key", "FILE", "the network's export public key (copied)"),
    "languages": ("--languages", "LIST", "the languages offered, comma-separated, e.g. fr,nl"),
    "default_language": ("--default-language", "LANG", "the welcome page's language"),
    "data_dir": ("--data-dir", "DIR", "where the queue and its keys live (absolute)"),
}


class ProvisionFailed(Exception):
    """A step failed; ``status`` is the exit code, the message says why and what to do."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk provision",
        description="Set this computer up as a stand's kiosk (or change its set-up): settings, "
        "queue key, network key, operator PIN; then the self-test and what the network must "
        "register. Secrets come from the environment or standard input, never from options: "
        + ", ".join(SECRET_ENV.values())
        + ".",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="the settings file to write")
    parser.add_argument(
        "--non-interactive", action="store_true", help="ask nothing (scripted roll-outs)"
    )
    parser.add_argument("--answers", type=Path, metavar="FILE", help="a TOML file of answers")
    for name, (flag, metavar, help_text) in _FLAGS.items():
        parser.add_argument(flag, dest=name, metavar=metavar, help=help_text)
    parser.add_argument(
        "--set-pin", action="store_true", help="set a new operator PIN even if one is set"
    )
    parser.add_argument(
        "--csr-common-name", metavar="NAME", help="the CN of the mtls certificate request"
    )
    parser.add_argument(
        "--secrets-stdin",
        action="store_true",
        help="read NAME=value lines for the secrets from standard input",
    )
    parser.add_argument("--skip-self-test", action="store_true", help="do not run the self-test")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    terminal: Terminal | None = None,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    keyring_backend: Any | None = None,
    allowed_backends: frozenset[str] | None = None,
    ui_checks: Sequence[Check] = (),
) -> int:
    """Run the command; the keyword arguments replace the terminal, the environment, standard
    input and the keyring (tests, scripted transcripts)."""
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    stdin = sys.stdin if stdin is None else stdin
    if not args.non_interactive and terminal is None and not stdin.isatty():
        print(
            "error: standard input is not a terminal: use --non-interactive "
            "(with flags, --answers and the secrets in the environment)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    run = Provisioning(
        args,
        terminal=None if args.non_interactive else (terminal or ConsoleTerminal()),
        environ=os.environ if environ is None else environ,
        stdin=stdin,
        keyring_backend=keyring_backend,
        allowed_backends=allowed_backends,
        ui_checks=ui_checks,
    )
    try:
        return run.run()
    except ProvisionFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    except (KeyboardInterrupt, EOFError):
        print("\ninterrupted: the steps done so far are kept, nothing is half-written")
        return EXIT_INTERRUPTED


class Provisioning:
    """One run of the command (see the module)."""

    def __init__(
        self,
        args: argparse.Namespace,
        *,
        terminal: Terminal | None,
        environ: Mapping[str, str],
        stdin: TextIO,
        keyring_backend: Any | None,
        allowed_backends: frozenset[str] | None,
        ui_checks: Sequence[Check],
    ) -> None:
        self.args, self.terminal = args, terminal
        self.environ, self.stdin = environ, stdin
        self.keyring_backend, self.allowed_backends = keyring_backend, allowed_backends
        self.ui_checks = ui_checks
        self.done: list[str] = []
        self.passphrase: str | None = None  # typed in this run: the final self-test uses it

    def run(self) -> int:
        from kiosk.config.loader import default_config_path

        path = self.args.config or default_config_path()
        answers = self._answers()
        current = self._current(path)
        if self.terminal is not None:
            print(f"Setting up this kiosk; the settings file is {path}")
            interview(self.terminal, current, answers)
        settings = self._write_settings(path, answers, current)
        data_dir = self._data_dir(settings)
        key = self._queue_key(data_dir, answers)
        identity = self._network_key(data_dir, key)
        self._bearer_token(settings, data_dir, answers)
        self._pin(data_dir, key, answers)
        print("\n" + "; ".join(self.done) if self.done else "\nnothing changed")
        failed = self._self_test(settings)
        from .steps import registration

        print("\n" + registration(settings, identity, common_name=answers.csr_common_name))
        return EXIT_SELF_TEST if failed else EXIT_OK

    # ---------------------------------------------------------------- answers and settings

    def _answers(self) -> Answers:
        try:
            answers = read_answers(self.args.answers) if self.args.answers else Answers()
            for name in _FLAGS:
                value = getattr(self.args, name)
                if value is not None:
                    answers.settings[name] = (
                        [v.strip() for v in value.split(",")] if name == "languages" else value
                    )
            answers.set_pin |= self.args.set_pin
            answers.csr_common_name = self.args.csr_common_name or answers.csr_common_name
            answers.secrets = read_secrets(
                self.environ, self.stdin if self.args.secrets_stdin else None
            )
        except AnswersError as exc:
            raise ProvisionFailed(EXIT_USAGE, str(exc)) from None
        for name, value in answers.settings.items():
            problem = value_problem(name, value)
            if problem is not None:
                raise ProvisionFailed(EXIT_USAGE, problem)
        return answers

    def _current(self, path: Path) -> KioskSettings:
        from kiosk.config.errors import ConfigError
        from kiosk.config.loader import load_config
        from kiosk.config.settings import KioskSettings

        if not path.exists():
            return KioskSettings()
        try:
            return load_config(path, data_dir_overrides=False).settings
        except ConfigError as exc:
            raise ProvisionFailed(
                EXIT_USAGE, f"the settings file is not valid, fix it first: {exc}"
            ) from None

    def _write_settings(
        self, path: Path, answers: Answers, current: KioskSettings
    ) -> KioskSettings:
        from kiosk.config.errors import ConfigError
        from kiosk.config.schema import by_name

        from .settings_file import write_settings
        from .steps import copy_into

        values: dict[str, Any] = {}
        for name, value in answers.settings.items():
            if name in FILE_SETTINGS and value:
                try:
                    value = copy_into(path.absolute().parent, name, Path(value))
                except OSError as exc:
                    raise ProvisionFailed(
                        EXIT_STORAGE, f"cannot copy {value} next to the settings: {exc.strerror}"
                    ) from None
            values[by_name[name].key] = value
        try:
            settings = write_settings(path, values)
        except ConfigError as exc:
            raise ProvisionFailed(
                EXIT_USAGE,
                f"refused, the settings file is unchanged: {exc.problem}"
                + (f" ({exc.key})" if exc.key else ""),
            ) from None
        except OSError as exc:
            raise ProvisionFailed(
                EXIT_STORAGE, f"cannot write {path}: {exc.strerror or exc}"
            ) from None
        changed = [
            by_name[n].key for n in answers.settings if getattr(settings, n) != getattr(current, n)
        ]
        if changed:
            self.done.append(f"settings written to {path} ({', '.join(changed)})")
        return settings

    def _data_dir(self, settings: KioskSettings) -> Path:
        from kiosk.files import default_data_dir

        return settings.data_dir or default_data_dir()

    # ---------------------------------------------------------------- keys and secrets

    def _queue_key(self, data_dir: Path, answers: Answers) -> DataKey:
        from kiosk.errors import KioskError
        from kiosk.outbox.keys import MIN_PASSPHRASE_LEN, key_file_path
        from kiosk.outbox.records import OutboxEnvironmentError, OutboxKeyError, PassphraseRequired

        from .steps import open_queue_key

        existed = key_file_path(data_dir).exists()
        passphrase = answers.secrets.get("passphrase")
        for _ in range(3):
            try:
                key = open_queue_key(
                    data_dir,
                    passphrase,
                    keyring_backend=self.keyring_backend,
                    allowed_backends=self.allowed_backends,
                )
                break
            except PassphraseRequired:
                if self.terminal is None:
                    raise ProvisionFailed(
                        EXIT_SECRET,
                        "the queue key needs a passphrase (no secure keyring here): set "
                        f"{SECRET_ENV['passphrase']}",
                    ) from None
                if existed:
                    passphrase = self.terminal.secret("Queue passphrase (not shown): ")
                    continue
                print("No secure keyring on this computer: the queue key needs a passphrase,")
                print("which volunteers will type at the start of each day.")
                passphrase = ask_new_secret(
                    self.terminal,
                    "queue passphrase",
                    lambda p: (
                        None
                        if len(p) >= MIN_PASSPHRASE_LEN
                        else f"at least {MIN_PASSPHRASE_LEN} characters"
                    ),
                )
                if passphrase is None:
                    raise ProvisionFailed(EXIT_SECRET, "no queue passphrase chosen") from None
            except KioskError as exc:
                if isinstance(exc, OutboxEnvironmentError) and not isinstance(exc, OutboxKeyError):
                    raise ProvisionFailed(EXIT_STORAGE, f"{exc.code}: {exc}") from None
                if exc.code == "wrong_passphrase" and self.terminal is not None and existed:
                    print("  wrong passphrase")
                    passphrase = None
                    continue
                status = EXIT_SECRET if exc.code == "passphrase_too_short" else EXIT_KEY
                raise ProvisionFailed(status, f"{exc.code}: {exc}") from None
        else:
            raise ProvisionFailed(EXIT_KEY, "the queue key could not be opened")
        if not existed:
            self.done.append(f"queue key made ({key.source}) in {data_dir}")
        self.passphrase = passphrase
        return key

    def _network_key(self, data_dir: Path, key: DataKey) -> Any:
        from kiosk.errors import KioskError

        from .steps import ensure_identity

        try:
            identity, made = ensure_identity(data_dir, key)
        except KioskError as exc:
            raise ProvisionFailed(EXIT_KEY, f"{exc.code}: {exc}") from None
        if made:
            self.done.append(f"network key made ({identity.kid})")
        return identity

    def _bearer_token(self, settings: KioskSettings, data_dir: Path, answers: Answers) -> None:
        if settings.auth != "bearer-from-keyring":
            return
        from kiosk.errors import KioskError
        from kiosk.network.bearer import load_bearer_token, store_bearer_token

        allowed = {"allowed": self.allowed_backends} if self.allowed_backends else {}
        token = answers.secrets.get("bearer_token")
        if token is None and self.terminal is not None:
            try:
                load_bearer_token(data_dir, backend=self.keyring_backend, **allowed)
                stored = True
            except KioskError:
                stored = False
            keep = " (Enter keeps the stored one)" if stored else ""
            token = self.terminal.secret(f"Bearer token from the network{keep}, not shown: ")
            token = token or None
        if token is None:
            return
        try:
            store_bearer_token(data_dir, token, backend=self.keyring_backend, **allowed)
        except KioskError as exc:
            raise ProvisionFailed(EXIT_SECRET, f"{exc.code}: {exc}") from None
        self.done.append("bearer token stored in the secure keyring")

    def _pin(self, data_dir: Path, key: DataKey, answers: Answers) -> None:
        from kiosk.operator.pin import PinError, pin_problem

        from .steps import pin_state, set_pin

        state = pin_state(data_dir, key)
        reason = {"ok": None, "missing": "no operator PIN is set yet"}.get(
            state, f"the operator PIN record cannot be used ({state})"
        )
        wanted = answers.set_pin
        if state == "ok" and not wanted and self.terminal is not None:
            typed = self.terminal.ask("An operator PIN is set. Set a new one? [y/N]: ")
            wanted = typed.strip().lower() in ("y", "yes", "j", "ja", "o", "oui")
        if state == "ok" and not wanted:
            if "pin" in answers.secrets:
                print(f"note: a PIN is already set; {SECRET_ENV['pin']} is used with --set-pin")
            return
        pin = answers.secrets.get("pin")
        if pin is None and self.terminal is not None:
            if reason:
                print(reason + ": choose the volunteers' operator PIN (6 to 12 digits).")
            pin = ask_new_secret(self.terminal, "operator PIN", _pin_refusal)
        if pin is None:
            raise ProvisionFailed(
                EXIT_SECRET,
                f"{reason or 'a new PIN was asked for'}: set {SECRET_ENV['pin']} "
                "(6 to 12 digits; never on the command line)",
            )
        problem = pin_problem(pin)
        if problem is not None:
            raise ProvisionFailed(EXIT_SECRET, f"this operator PIN is not allowed ({problem})")
        try:
            set_pin(data_dir, key, pin)
        except PinError as exc:
            raise ProvisionFailed(EXIT_STORAGE, f"{exc.code}: {exc}") from None
        self.done.append("operator PIN set" if state == "missing" else "operator PIN replaced")

    # ---------------------------------------------------------------- the self-test

    def _self_test(self, settings: KioskSettings) -> bool:
        if self.args.skip_self_test:
            print("self-test skipped (--skip-self-test)")
            return False
        from kiosk.selftest import Status, run_checks

        print("\nself-test:")
        with _passphrase_for_checks(self.passphrase):
            results = run_checks(settings, self.ui_checks)
        failed = [r.name for r in results if r.status is Status.FAIL]
        print(f"self-test: {'FAILED (' + ', '.join(failed) + ')' if failed else 'passed'}")
        return bool(failed)


@contextlib.contextmanager
def _passphrase_for_checks(passphrase: str | None) -> Iterator[None]:
    """The queue passphrase typed in this run, for the self-test's checks of the sealed files
    (they read it from the environment, as at a stand), and gone again afterwards."""
    from kiosk.outbox.cli import PASSPHRASE_ENV

    if passphrase is None or PASSPHRASE_ENV in os.environ:
        yield
        return
    os.environ[PASSPHRASE_ENV] = passphrase
    try:
        yield
    finally:
        os.environ.pop(PASSPHRASE_ENV, None)


def _pin_refusal(pin: str) -> str | None:
    from kiosk.operator.pin import pin_problem

    problem = pin_problem(pin)
    texts = {
        "digits": "digits only",
        "length": "6 to 12 digits",
        "same": "not one digit repeated",
        "sequence": "not a run like 123456",
        "repeated": "not a repeated block like 121212",
    }
    return None if problem is None else f"too easy to guess or wrong length: {texts[problem]}"
