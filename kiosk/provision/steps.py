"""What ``kiosk provision`` does besides the settings file: the queue key, the kiosk's network
key, the operator PIN, copying the network's files, and what the network must register.

Nothing here asks anything: secrets arrive as arguments (:mod:`.cli` reads them). Each step
keeps what exists: an existing queue key is opened, never replaced (the queue stays readable);
the network key is made only when there is none; the PIN is replaced only when asked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.files import ensure_private_dir, write_file_atomically

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.network.identity import KioskIdentity
    from kiosk.outbox.keys import DataKey

__all__ = [
    "COPIED_NAMES",
    "copy_into",
    "ensure_identity",
    "open_queue_key",
    "pin_state",
    "registration",
    "set_pin",
]

#: the file names the network's files get in the settings folder (setting name -> file name)
COPIED_NAMES = {
    "export_public_key": "network-export-key.pem",
    "client_cert": "client-cert.pem",
    "ca_bundle": "network-ca.pem",
}


def copy_into(folder: Path, name: str, source: Path) -> str:
    """Copy the file for setting ``name`` into the settings ``folder`` (atomically); returns the
    name to write in the settings (relative to the file's folder). A file already there with
    the same bytes is left alone."""
    target = Path(folder) / COPIED_NAMES[name]
    data = Path(source).read_bytes()
    if Path(source).resolve() != target.resolve():
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != data:
            write_file_atomically(target, data, mode=0o644)
    return target.name


def open_queue_key(
    data_dir: Path,
    passphrase: str | None,
    *,
    keyring_backend: Any | None = None,
    allowed_backends: frozenset[str] | None = None,
) -> DataKey:
    """The queue's key: the existing one (never replaced), else a new one in the secure keyring,
    else wrapped with ``passphrase``. Raises the outbox's key errors (``PassphraseRequired``
    when a passphrase is needed and none was given)."""
    from kiosk.outbox.keys import SECURE_KEYRING_BACKENDS, load_or_create_key

    return load_or_create_key(
        data_dir,
        passphrase=passphrase,
        keyring_backend=keyring_backend,
        allowed_backends=allowed_backends or SECURE_KEYRING_BACKENDS,
    )


def ensure_identity(data_dir: Path, key: DataKey) -> tuple[KioskIdentity, bool]:
    """The kiosk's network key, and whether it was made now."""
    from kiosk.network.identity import identity_path, load_or_create_identity

    made = not identity_path(data_dir).exists()
    return load_or_create_identity(data_dir, key), made


def pin_state(data_dir: Path, key: DataKey) -> str:
    """``missing``, ``ok`` (sealed under ``key``), or the PIN store's refusal code."""
    from kiosk.operator.pin import PIN_FILE_NAME, SEAL_KEY_LABEL, PinError, PinStore

    seal = key.subkey(SEAL_KEY_LABEL)
    store = PinStore(
        Path(data_dir) / PIN_FILE_NAME, seal_key=lambda: seal, provisioned=lambda: False
    )
    try:
        if not store.is_set():
            return "missing"
        PinStore(store.path, seal_key=lambda: seal, provisioned=lambda: True).is_set()
    except PinError as exc:
        return exc.code
    return "ok"


def set_pin(data_dir: Path, key: DataKey, pin: str) -> None:
    """Make ``pin`` the operator PIN, sealed under ``key``; replaces any record at once.

    The new record is made by :meth:`PinStore.set_first` in a fresh file next to the real one,
    then renamed over it: there is never a moment without a PIN record. Raises ``PinError``
    (``weak``: see :func:`kiosk.operator.pin.pin_problem`)."""
    from kiosk.files import fsync_dir
    from kiosk.operator.pin import PIN_FILE_NAME, SEAL_KEY_LABEL, PinError, PinStore

    ensure_private_dir(Path(data_dir))
    seal = key.subkey(SEAL_KEY_LABEL)
    fresh = Path(data_dir) / f".{PIN_FILE_NAME}.provision"
    fresh.unlink(missing_ok=True)
    try:
        PinStore(fresh, seal_key=lambda: seal, provisioned=lambda: False).set_first(pin)
        os.replace(fresh, Path(data_dir) / PIN_FILE_NAME)
        fsync_dir(Path(data_dir))
    except OSError as exc:
        raise PinError(
            "storage", f"the operator PIN file cannot be written ({exc.strerror})"
        ) from None
    finally:
        fresh.unlink(missing_ok=True)


def registration(
    settings: KioskSettings, identity: KioskIdentity, *, common_name: str | None = None
) -> str:
    """What the network must register for this kiosk, as text to print: the JWK Set and its
    thumbprint (it signs every submission, and is the SMART login key), and for ``mtls`` a
    certificate request unless ``client_cert`` already holds a certificate for this key."""
    lines = [
        f"Register this kiosk with the network (stand {settings.stand_id}, "
        f"kiosk {settings.kiosk_id}):",
        "",
        "Public key (JWK Set): it signs every submission"
        + (f"; SMART client id {settings.client_id!r}" if settings.auth == "smart" else ""),
        json.dumps(identity.jwks(), indent=2),
        f"thumbprint (RFC 7638, the key's kid): {identity.thumbprint}",
    ]
    if settings.auth == "mtls" and not settings.client_key and not _cert_fits(settings, identity):
        from kiosk.network.tls import certificate_request

        name = common_name or f"{settings.stand_id}.{settings.kiosk_id}"
        lines += [
            "",
            f"TLS client certificate request (auth = mtls, CN={name}): the network's CA signs",
            "it; run `kiosk provision --client-cert FILE` with the certificate it returns.",
            certificate_request(identity, name).decode("ascii").rstrip(),
        ]
    return "\n".join(lines)


def _cert_fits(settings: KioskSettings, identity: KioskIdentity) -> bool:
    from cryptography import x509

    if not settings.client_cert:
        return False
    try:
        cert = x509.load_pem_x509_certificate(Path(settings.client_cert).read_bytes())
    except (OSError, ValueError):
        return False
    return bool(cert.public_key() == identity.private_key.public_key())
