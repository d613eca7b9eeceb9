"""``kiosk --self-test``: can this laptop run the kiosk? One line per check, no display needed.

A volunteer or an installer runs it on a stand laptop (the bundle: ``kiosk --self-test``, on
Windows ``kiosk-console --self-test``). Each check is a small function returning a
:class:`CheckResult`; the output is one line each::

    OK    settings: defaults (no settings file at /home/stand/.config/ehealth-kiosk/kiosk.toml)
    OK    qt: offscreen platform, a 320x80 widget shown and grabbed (Qt 6.11.3)
    FAIL  pcsc: PC/SC service not running (SCardEstablishContext: 0x8010001D ...): start pcscd
    WARN  endpoint: https://fhir.example.org/fhir not reachable (...): submissions wait in the queue

Exit status 0 when no check FAILs, 1 otherwise. WARN is for what a stand can live with: no
card reader plugged in yet, no secure keyring (a passphrase each morning), the endpoint not
reachable (the queue waits). A production kiosk that is not provisioned FAILs: no stand or
kiosk id, no endpoint, no credentials for its ``auth``, no export key, no operator PIN, or a
clock before the build date or more than 5 minutes off the endpoint's ``Date`` header
(:mod:`kiosk.provision.readiness`; each line names the ``kiosk provision`` option to use).
The PC/SC service missing FAILs on a real stand
and WARNs with ``--demo`` (or ``demo = true`` in the settings), which reads specimen cards.

The checks of the UI (Qt starts, the translations load) are in :mod:`kiosk.ui.selftest_checks`:
nothing outside ``kiosk/ui/`` imports Qt. ``kiosk --self-test`` (:mod:`kiosk.main`) passes them
in (``ui_checks``); they run first. No check prints personal data; none needs a card.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.check_result import DETAIL_MAX, CheckResult, Status

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.network.identity import KioskIdentity
    from kiosk.provision.readiness import ServerClock
    from kiosk.speech.backend import Backend

__all__ = [
    "DETAIL_MAX",
    "Check",
    "CheckResult",
    "Status",
    "check_data_dir",
    "check_endpoint",
    "check_keyring",
    "check_network_login",
    "check_pcsc",
    "check_roots",
    "check_speech",
    "main",
    "run_checks",
]

ENDPOINT_TIMEOUT_S = (3.0, 5.0)  # connect, read: a self-test must not hang on a dead network
LOW_DISK_BYTES = 200 * 1024 * 1024


def _ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.OK, detail)


def _warn(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.WARN, detail)


def _fail(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.FAIL, detail)


#: A check as :func:`run_checks` runs it: its name (for the line if the check itself breaks)
#: and the function.
Check = tuple[str, Callable[[], CheckResult]]


# ---------------------------------------------------------------- the kiosk's resources


def check_roots() -> CheckResult:
    """The pinned Belgian root certificates load (without them no card verifies)."""
    from cryptography.x509.oid import NameOID

    from kiosk.cardreader.verify import load_trusted_roots

    try:
        roots = load_trusted_roots()
    except (RuntimeError, ValueError, OSError) as exc:
        return _fail("roots", f"the pinned root certificates do not load: {exc}")
    names = []
    for root in roots:
        common = root.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        names.append(str(common[0].value) if common else "?")
    return _ok("roots", f"{len(roots)} pinned root certificates ({', '.join(names)})")


# ---------------------------------------------------------------- the machine


def check_pcsc(*, demo: bool, list_readers: Callable[[], list[str]] | None = None) -> CheckResult:
    """The PC/SC service answers and lists the readers. No service: FAIL, or WARN in demo mode."""
    unavailable = _warn if demo else _fail
    hint = " (demo mode reads specimen cards, so it can run without)" if demo else ""
    if list_readers is None:
        try:
            from kiosk.cardreader import pcsc
        except ImportError as exc:  # pyscard could not load the host's PC/SC library
            return unavailable("pcsc", f"the PC/SC library cannot be loaded: {exc}{hint}")
        list_readers = pcsc.list_readers
    from kiosk.cardreader.errors import CardError, NoPcscServiceError

    try:
        readers = list_readers()
    except NoPcscServiceError as exc:
        start = "start the Smart Card service" if sys.platform == "win32" else "start pcscd"
        return unavailable("pcsc", f"{exc}: {start}{hint}")
    except CardError as exc:
        return unavailable("pcsc", f"the PC/SC service did not answer properly: {exc}{hint}")
    if not readers:
        return _warn("pcsc", "the PC/SC service answers; no card reader is connected")
    return _ok("pcsc", f"{len(readers)} reader(s): {', '.join(readers)}")


def check_keyring(data_dir: Path, *, backend: object | None = None) -> CheckResult:
    """The keyring backend is one of the accepted secure ones; a passphrase is needed otherwise."""
    from kiosk.outbox.keys import key_protection, secure_keyring_available
    from kiosk.outbox.records import OutboxError

    if backend is None:
        import keyring

        backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    try:
        protection = key_protection(data_dir)
    except (OutboxError, OSError, ValueError) as exc:
        return _fail("keyring", f"the queue's key file cannot be read: {exc}")
    secure = secure_keyring_available(backend)
    if protection == "passphrase":
        return _ok("keyring", f"the queue key is protected by a passphrase (keyring: {name})")
    if secure:
        return _ok("keyring", f"{name} is an accepted secure store")
    if protection == "keyring":
        return _fail(
            "keyring",
            f"the queue key is in the OS keyring, but the active backend {name} is not an "
            "accepted secure store: the queue cannot be opened",
        )
    return _warn(
        "keyring",
        f"{name} is not an accepted secure store: the queue key will need a passphrase "
        "at every start",
    )


def check_data_dir(data_dir: Path) -> CheckResult:
    """The data folder can be created, written, synced and cleaned, and has room."""
    from kiosk.files import ensure_private_dir

    probe = data_dir / f".kiosk-self-test-{os.getpid()}.tmp"
    created = False
    try:
        ensure_private_dir(data_dir)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        created = True
        try:
            os.write(fd, b"kiosk self-test\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        probe.unlink()
        created = False
        free = shutil.disk_usage(data_dir).free
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                probe.unlink()
        return _fail("data-dir", f"{data_dir} is not writable: {exc.strerror or exc}")
    if free < LOW_DISK_BYTES:
        return _warn("data-dir", f"{data_dir} is writable but only {free // 2**20} MB are free")
    return _ok("data-dir", f"{data_dir} is writable ({free // 2**20} MB free)")


def check_endpoint(
    settings: KioskSettings,
    *,
    session: object | None = None,
    data_dir: Path | None = None,
    server_clock: ServerClock | None = None,
) -> CheckResult:
    """The configured FHIR endpoint answers ``GET [base]/metadata`` (TLS verified, with the
    client certificate when ``auth = mtls``: the handshake is part of the check). Offline is a
    WARN: submissions wait in the queue. Not configured FAILs a production kiosk (it is not
    provisioned). ``server_clock`` records the endpoint's ``Date`` header (the clock check)."""
    if settings.demo:
        return _ok("endpoint", "demo mode: submissions never leave the kiosk")
    if not settings.endpoint:
        return _fail("endpoint", "no endpoint configured: run `kiosk provision --endpoint URL`")
    from kiosk.network.clients import fhir_client
    from kiosk.network.errors import NetworkAuthError
    from kiosk.outbox.endpoint import EndpointError

    identity = None
    if settings.auth == "mtls" and not settings.client_key:
        loaded = _network_identity("endpoint", data_dir or _data_dir(settings))
        if isinstance(loaded, CheckResult):
            return loaded
        identity = loaded
    try:
        if server_clock is not None and session is None:
            session = _dated_session(settings, identity, server_clock)
        client = fhir_client(
            settings,
            identity,
            timeout=ENDPOINT_TIMEOUT_S,
            session=session,  # type: ignore[arg-type]
        )
    except NetworkAuthError as exc:
        return _fail("endpoint", f"{exc.code}: {exc.message}")
    except (EndpointError, ValueError) as exc:
        return _fail("endpoint", f"the endpoint setting is unusable: {exc}")
    # The client logs why a probe failed; the self-test's line carries it.
    reasons = _Collect()
    delivery_log = logging.getLogger("kiosk.outbox.delivery")
    level, propagate = delivery_log.level, delivery_log.propagate
    delivery_log.addHandler(reasons)
    delivery_log.setLevel(logging.INFO)
    delivery_log.propagate = False
    try:
        with client:
            reachable = client.probe()
    finally:
        delivery_log.removeHandler(reasons)
        delivery_log.setLevel(level)
        delivery_log.propagate = propagate
    if reachable:
        return _ok("endpoint", f"{client.base_url} answered with a CapabilityStatement")
    why = reasons.messages[-1] if reasons.messages else "no answer"
    return _warn(
        "endpoint", f"{client.base_url} not reachable ({why}): submissions wait in the queue"
    )


def _dated_session(
    settings: KioskSettings, identity: KioskIdentity | None, server_clock: ServerClock
) -> object:
    """The session :func:`~kiosk.network.clients.fhir_client` would make, with a hook that
    keeps the endpoint's ``Date`` header."""
    import requests

    session: requests.Session
    if settings.auth == "mtls" and settings.client_cert and not settings.client_key:
        from kiosk.network.tls import client_tls_session

        assert identity is not None  # loaded above for exactly this case
        session = client_tls_session(identity, settings.client_cert, settings.ca_bundle)
    else:
        from kiosk.outbox.watched_http import watched_session

        session = watched_session()
    session.hooks["response"].append(server_clock.hook)
    return session


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# ---------------------------------------------------------------- running them


def check_network_login(settings: KioskSettings, data_dir: Path) -> CheckResult:
    """With ``auth = "smart"``: open the kiosk's network key (secure keyring, or the queue
    passphrase in ``KIOSK_QUEUE_PASSPHRASE``; never a prompt) and fetch a real token, naming
    exactly what failed: unknown client, key not registered, scope refused, clock skew, token
    endpoint down or its TLS certificate not trusted. With ``auth = "bearer-from-keyring"``: a
    token is stored in a secure keyring (never shown)."""
    from kiosk.network.clients import token_source
    from kiosk.network.errors import NetworkAuthError

    name = "network-login"
    if settings.auth == "bearer-from-keyring":
        from kiosk.network.bearer import load_bearer_token

        try:
            load_bearer_token(data_dir)
        except NetworkAuthError as exc:
            return _fail(name, f"{exc.code}: {exc.message}")
        return _ok(name, "a bearer token is stored in the secure keyring (not checked online)")
    if settings.token_url is None or settings.client_id is None:
        return _fail(name, "auth = smart needs token_url and client_id")
    loaded = _network_identity(name, data_dir)
    if isinstance(loaded, CheckResult):
        return loaded
    identity = loaded
    tokens = token_source(settings, identity, timeout=ENDPOINT_TIMEOUT_S)
    try:
        with contextlib.closing(tokens):
            token = tokens.access_token()
    except NetworkAuthError as exc:
        return _fail(name, f"{exc.code}: {exc.message}")
    return _ok(
        name,
        f"token for client id {settings.client_id!r} (key {identity.kid}): "
        f"granted {token.scope!r} for {token.expires_in:.0f} s",
    )


def _network_identity(name: str, data_dir: Path) -> KioskIdentity | CheckResult:
    """The kiosk's network key for a check, or the check's result saying why it is not there."""
    from kiosk.errors import KioskError
    from kiosk.network.identity import load_identity
    from kiosk.outbox.cli import PASSPHRASE_ENV
    from kiosk.outbox.keys import load_key
    from kiosk.outbox.records import PassphraseRequired

    try:
        key = load_key(data_dir, passphrase=os.environ.get(PASSPHRASE_ENV))
    except PassphraseRequired:
        return _warn(
            name, f"set {PASSPHRASE_ENV} to the queue passphrase to check the network login"
        )
    except KioskError as exc:
        return _fail(name, f"the queue key is unavailable ({exc.code}): {exc}")
    try:
        return load_identity(data_dir, key)
    except KioskError as exc:
        return _fail(name, f"{exc.code}: {exc}")


def check_speech(settings: KioskSettings, *, backend: Backend | None = None) -> CheckResult:
    """Spoken guidance: a speech engine with a voice for each kiosk language. Without one the
    read-aloud control is hidden: WARN (the kiosk runs, but not for blind visitors)."""
    from kiosk.flow.config import LANGUAGES
    from kiosk.speech.engine import open_backend

    name = "speech"
    if settings.speech == "disabled":
        return _ok(name, "spoken guidance switched off in the settings (speech = disabled)")
    found = backend if backend is not None else open_backend()
    hidden = ": the read-aloud control is hidden"
    if found is None:
        install = "SAPI 5 voices" if sys.platform == "win32" else "the espeak-ng package"
        return _warn(name, f"no speech engine (install {install}){hidden}")
    languages = found.languages()
    missing = [code for code in LANGUAGES if code not in languages]
    engine = getattr(found, "label", type(found).__name__)
    if len(missing) == len(LANGUAGES):
        return _warn(name, f"{engine} has no voice for {', '.join(LANGUAGES)}{hidden}")
    if missing:
        return _warn(name, f"{engine} has no voice for {', '.join(missing)}: not read aloud")
    return _ok(name, f"{engine} with voices for {', '.join(LANGUAGES)}")


def _data_dir(settings: KioskSettings) -> Path:
    from kiosk.files import default_data_dir

    return settings.data_dir or default_data_dir()


def _load_settings(config: Path | None, demo: bool) -> tuple[KioskSettings, CheckResult]:
    from kiosk.config import ConfigError, KioskSettings, load_config

    overrides = {"demo": True} if demo else None
    try:
        loaded = load_config(config, overrides=overrides)
    except ConfigError as exc:
        return KioskSettings(demo=demo), _fail("settings", f"{exc} (the checks below use defaults)")
    where = f"from {loaded.path}" if loaded.path is not None else "defaults (no settings file)"
    return loaded.settings, _ok("settings", where + (", demo mode" if loaded.settings.demo else ""))


def run_checks(settings: KioskSettings, ui_checks: Sequence[Check] = ()) -> list[CheckResult]:
    """Every check but the settings', in the order they are printed: ``ui_checks`` first."""
    from kiosk.provision.readiness import ServerClock, provisioning_checks

    data_dir = _data_dir(settings)
    server_clock = ServerClock()
    checks: list[Check] = [
        *ui_checks,
        ("roots", check_roots),
        ("pcsc", lambda: check_pcsc(demo=settings.demo)),
        ("keyring", lambda: check_keyring(data_dir)),
        ("data-dir", lambda: check_data_dir(data_dir)),
        (
            "endpoint",
            lambda: check_endpoint(settings, data_dir=data_dir, server_clock=server_clock),
        ),
        ("speech", lambda: check_speech(settings)),
    ]
    if settings.auth in ("smart", "bearer-from-keyring") and not settings.demo:
        checks.append(("network-login", lambda: check_network_login(settings, data_dir)))
    if not settings.demo:  # a production kiosk must be provisioned (kiosk provision)
        checks.extend(provisioning_checks(settings, server_clock))
    results = []
    for name, check in checks:
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - a broken check must not hide the others
            result = _fail(name, f"the check itself failed: {type(exc).__name__}: {exc}")
        print(result.line(), flush=True)
        results.append(result)
    return results


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk --self-test",
        description="Check that this machine can run the kiosk; one line per check.",
    )
    parser.add_argument("--config", type=Path, help="the settings file (default: the stand's)")
    parser.add_argument("--demo", action="store_true", help="check for a demo stand")
    return parser


def main(argv: Sequence[str] | None = None, *, ui_checks: Sequence[Check] = ()) -> int:
    """Run the checks (``ui_checks`` first), print a line each and a summary; 1 if one FAILs."""
    args = _parser().parse_args(argv)
    # Library chatter would break the one-line-per-check output; real problems are in the lines.
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    settings, first = _load_settings(args.config, args.demo)
    print(first.line(), flush=True)
    results = [first, *run_checks(settings, ui_checks)]
    failed = [r.name for r in results if r.status is Status.FAIL]
    print(f"self-test: {'FAILED (' + ', '.join(failed) + ')' if failed else 'passed'}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
