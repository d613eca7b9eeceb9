"""What a production kiosk needs before it faces the public, asked two ways.

* :func:`provisioning_gaps`: the touchscreen's gate (:mod:`kiosk.ui.app`). A production kiosk
  without a stand id, a kiosk id, an endpoint or an operator PIN record shows "this kiosk is
  not set up yet" instead of the welcome page, so nobody at the stand can choose the PIN.
  Cheap: it reads the settings and looks for one file.
* the self-test's lines (:func:`provisioning_checks`, run by :mod:`kiosk.selftest` on a
  production kiosk): the same, plus the credentials its ``auth`` needs, the network's export
  key and the clock. Each FAIL says what to run.

The stand and kiosk ids count as "not set" while they hold their declared defaults
(``demo-stand``, ``kiosk``): ``kiosk provision`` refuses those values.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.check_result import CheckResult, Status

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.outbox.keys import DataKey

__all__ = [
    "CLOCK_TOLERANCE_S",
    "PROVISION",
    "ServerClock",
    "check_clock",
    "check_credentials",
    "check_export_key",
    "check_operator_pin",
    "check_stand",
    "provisioning_checks",
    "provisioning_gaps",
    "unset_ids",
]

#: the command the network's IT person runs (shown on the touchscreen and in the self-test)
PROVISION = "kiosk provision"
#: how far the kiosk's clock may be from the endpoint's before the self-test fails
CLOCK_TOLERANCE_S = 300.0


def unset_ids(settings: KioskSettings) -> list[str]:
    """The keys among ``stand_id`` and ``kiosk_id`` that still hold their declared default."""
    from kiosk.config.schema import by_name

    return [
        name
        for name in ("stand_id", "kiosk_id")
        if getattr(settings, name) == by_name[name].default
    ]


def _data_dir(settings: KioskSettings) -> Path:
    from kiosk.files import default_data_dir

    return settings.data_dir or default_data_dir()


def _pin_path(settings: KioskSettings) -> Path:
    from kiosk.operator.pin import PIN_FILE_NAME

    return _data_dir(settings) / PIN_FILE_NAME


def provisioning_gaps(settings: KioskSettings) -> tuple[str, ...]:
    """What keeps this kiosk from facing the public: ``stand_id``, ``kiosk_id``, ``endpoint``,
    ``operator_pin`` (no PIN record). Empty in demo mode, and on a provisioned kiosk."""
    if settings.demo:
        return ()
    gaps = unset_ids(settings)
    if not settings.endpoint:
        gaps.append("endpoint")
    if not _pin_path(settings).is_file():
        gaps.append("operator_pin")
    return tuple(gaps)


# ---------------------------------------------------------------- the self-test's lines


def _result(name: str, status: str, detail: str) -> CheckResult:
    return CheckResult(name, Status(status), detail)


def check_stand(settings: KioskSettings) -> CheckResult:
    """The stand id and the kiosk id are set (not their defaults)."""
    missing = unset_ids(settings)
    if missing:
        flags = " ".join(f"--{name.replace('_', '-')} ID" for name in missing)
        return _result(
            "stand",
            "FAIL",
            f"{' and '.join(missing)} not set: run `{PROVISION}` (or `{PROVISION} {flags}`)",
        )
    return _result(
        "stand",
        "OK",
        f"stand {settings.stand_id} ({settings.stand_name}), kiosk {settings.kiosk_id}",
    )


def check_export_key(settings: KioskSettings) -> CheckResult:
    """The network's export public key is configured (the settings check already read it)."""
    if settings.export_public_key is None:
        return _result(
            "export-key",
            "FAIL",
            "no export_public_key: a queue that cannot reach the network cannot be exported; "
            f"run `{PROVISION} --export-key FILE` with the network's public key",
        )
    from cryptography.hazmat.primitives import hashes, serialization

    key = serialization.load_pem_public_key(Path(settings.export_public_key).read_bytes())
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashes.Hash(hashes.SHA256())
    digest.update(der)
    return _result(
        "export-key",
        "OK",
        f"{settings.export_public_key} (SHA-256 {digest.finalize().hex()[:16]})",
    )


def _queue_key(data_dir: Path) -> DataKey | str:
    """The queue's data key, or why it is not at hand (never a prompt)."""
    from kiosk.errors import KioskError
    from kiosk.outbox.cli import PASSPHRASE_ENV
    from kiosk.outbox.keys import load_key
    from kiosk.outbox.records import PassphraseRequired

    try:
        return load_key(data_dir, passphrase=os.environ.get(PASSPHRASE_ENV))
    except PassphraseRequired:
        return f"set {PASSPHRASE_ENV} to the queue passphrase to check it"
    except KioskError as exc:
        return f"the queue key is unavailable ({exc.code}): {exc}"


def check_operator_pin(settings: KioskSettings) -> CheckResult:
    """An operator PIN record exists and, when the queue key is at hand, its seal holds."""
    from kiosk.operator.pin import SEAL_KEY_LABEL, PinError, PinStore

    path = _pin_path(settings)
    if not path.is_file():
        return _result(
            "operator-pin",
            "FAIL",
            f"no operator PIN is set ({path} is missing): run `{PROVISION} --set-pin`",
        )
    key = _queue_key(_data_dir(settings))
    if isinstance(key, str):
        return _result("operator-pin", "WARN", f"a PIN record exists; its seal is unchecked: {key}")
    seal = key.subkey(SEAL_KEY_LABEL)
    store = PinStore(path, seal_key=lambda: seal, provisioned=lambda: True)
    try:
        store.is_set()
    except PinError as exc:
        return _result(
            "operator-pin", "FAIL", f"{exc.code}: {exc} (`{PROVISION} --set-pin` sets a new one)"
        )
    return _result("operator-pin", "OK", "a sealed operator PIN is set")


def check_credentials(settings: KioskSettings) -> CheckResult:
    """What ``auth`` needs is here: the kiosk's network key (smart, mtls without client_key),
    a client certificate for that key (mtls), a stored token (bearer-from-keyring)."""
    from kiosk.errors import KioskError

    name, data_dir = "credentials", _data_dir(settings)
    if settings.auth == "none":
        return _result(
            name,
            "WARN",
            "auth = none: the kiosk sends without logging in; fine only if the network "
            f"accepts it by other means (`{PROVISION} --auth smart|mtls|bearer-from-keyring`)",
        )
    if settings.auth == "bearer-from-keyring":
        from kiosk.network.bearer import load_bearer_token

        try:
            load_bearer_token(data_dir)
        except KioskError as exc:
            return _result(
                name, "FAIL", f"{exc.code}: {exc} (`{PROVISION}` with KIOSK_BEARER_TOKEN set)"
            )
        return _result(name, "OK", "a bearer token is stored in the secure keyring")
    if settings.auth == "mtls" and settings.client_key:
        return _result(name, "OK", f"client certificate {settings.client_cert} with its own key")
    from kiosk.network.identity import identity_path, load_identity

    if not identity_path(data_dir).is_file():
        return _result(
            name,
            "FAIL",
            f"this kiosk has no network key yet: run `{PROVISION}` and register what it prints",
        )
    key = _queue_key(data_dir)
    if isinstance(key, str):
        return _result(name, "WARN", f"the network key exists; unchecked: {key}")
    try:
        identity = load_identity(data_dir, key)
    except KioskError as exc:
        return _result(name, "FAIL", f"{exc.code}: {exc}")
    if settings.auth == "smart":
        return _result(
            name, "OK", f"network key {identity.kid} for client id {settings.client_id!r}"
        )
    from kiosk.network.tls import client_tls_context

    assert settings.client_cert is not None  # the settings refuse mtls without it
    try:
        client_tls_context(identity, settings.client_cert, settings.ca_bundle)
    except KioskError as exc:
        return _result(name, "FAIL", f"{exc.code}: {exc}")
    return _result(
        name, "OK", f"client certificate {settings.client_cert} is for key {identity.kid}"
    )


@dataclass
class ServerClock:
    """The endpoint's clock as its HTTP ``Date`` header gave it (a ``requests`` response hook
    on the self-test's session), with this machine's clock at that moment."""

    clock: Callable[[], float] = time.time
    offsets: list[float] = field(default_factory=list)

    def hook(self, response: Any, *args: Any, **kwargs: Any) -> None:
        from email.utils import parsedate_to_datetime

        date = response.headers.get("Date")
        if not date:
            return
        with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
            self.offsets.append(self.clock() - parsedate_to_datetime(date).timestamp())

    @property
    def offset(self) -> float | None:
        """Seconds this machine is ahead of the endpoint (negative: behind), or None."""
        return self.offsets[-1] if self.offsets else None


def check_clock(
    server: ServerClock | None = None,
    *,
    clock: Callable[[], float] = time.time,
    not_before: float | None = None,
) -> CheckResult:
    """The clock is not before the build date and, when the endpoint answered, within
    :data:`CLOCK_TOLERANCE_S` of its ``Date`` header. A wrong clock breaks TLS, token lifetimes
    and the dates in every submission."""
    import datetime as dt

    from kiosk.version import build_date

    built = build_date()
    floor = not_before if not_before is not None else _midnight(built)
    now = clock()
    fix = "set the date and time (and turn on network time: timedatectl set-ntp true)"
    if now < floor:
        shown = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return _result(
            "clock", "FAIL", f"the clock says {shown}, before this kiosk was built ({built}): {fix}"
        )
    offset = server.offset if server is not None else None
    if offset is None:
        return _result(
            "clock", "OK", f"after the build date ({built}); the endpoint's not compared"
        )
    if abs(offset) > CLOCK_TOLERANCE_S:
        way = "ahead of" if offset > 0 else "behind"
        return _result(
            "clock", "FAIL", f"the clock is {abs(offset) / 60:.0f} min {way} the endpoint's: {fix}"
        )
    return _result("clock", "OK", f"within {abs(offset):.0f} s of the endpoint's clock")


def _midnight(day: Any) -> float:
    import datetime as dt

    return dt.datetime.combine(day, dt.time(), dt.UTC).timestamp()


def provisioning_checks(
    settings: KioskSettings, server: ServerClock
) -> list[tuple[str, Callable[[], CheckResult]]]:
    """The self-test's provisioning checks for a production kiosk, in the order printed."""
    return [
        ("stand", lambda: check_stand(settings)),
        ("credentials", lambda: check_credentials(settings)),
        ("export-key", lambda: check_export_key(settings)),
        ("operator-pin", lambda: check_operator_pin(settings)),
        ("clock", lambda: check_clock(server)),
    ]
