"""The kiosk's own key pair (ECDSA P-384): how the network recognises this kiosk.

The key is generated on the kiosk and its private half never leaves it. It is kept the way the
queue key keeps data: sealed (AES-256-GCM) under a sub-key of the queue's data key
(:class:`kiosk.outbox.keys.DataKey`), which itself lives in an allow-listed OS keyring or is
wrapped under the operator's passphrase. So there is one secret to protect, one place it is
protected, and no second key store to get wrong. The sealed key sits in
``network-identity.json`` next to the queue.

The network registers the public half: :meth:`KioskIdentity.jwks` (a JWK Set with one ES384
signing key whose ``kid`` is its RFC 7638 thumbprint). :func:`rotate_identity` replaces the
key; the new JWKS must then be registered before the kiosk can log in again.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.files import ensure_private_dir, write_file_atomically
from kiosk.outbox.keys import DataKey

from .errors import IdentityError

__all__ = [
    "ALG",
    "IDENTITY_FILE_NAME",
    "KioskIdentity",
    "load_identity",
    "load_or_create_identity",
    "rotate_identity",
]

log = logging.getLogger(__name__)

ALG = "ES384"
IDENTITY_FILE_NAME = "network-identity.json"
FILE_FORMAT = "ehealth-kiosk-network-identity"
FILE_VERSION = 1
_SEAL_LABEL = b"ehealth-kiosk/network/identity-key v1"


@dataclass(frozen=True, eq=False)
class KioskIdentity:
    """The kiosk's key pair in memory; its ``repr`` shows the key id only."""

    private_key: ec.EllipticCurvePrivateKey = field(repr=False)
    created_at: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.private_key.curve, ec.SECP384R1):
            raise ValueError("the kiosk's key is ECDSA P-384")

    @classmethod
    def generate(cls, *, now: float | None = None) -> KioskIdentity:
        return cls(
            ec.generate_private_key(ec.SECP384R1()), round(time.time() if now is None else now)
        )

    def _jose_key(self) -> Any:
        from joserfc.jwk import ECKey

        return ECKey.import_key(self.private_key)

    @property
    def thumbprint(self) -> str:
        """The RFC 7638 SHA-256 thumbprint of the public key (base64url); also its ``kid``."""
        return str(self._jose_key().thumbprint())

    @property
    def kid(self) -> str:
        return self.thumbprint

    def public_jwk(self) -> dict[str, Any]:
        """The public key as a JWK, ready for the network to register."""
        jwk = dict(self._jose_key().as_dict(private=False))
        jwk.update({"alg": ALG, "use": "sig", "key_ops": ["verify"], "kid": self.kid})
        return jwk

    def jwks(self) -> dict[str, Any]:
        """The JWK Set to register (SMART Backend Services: the client's ``jwks``)."""
        return {"keys": [self.public_jwk()]}

    def sign_jwt(self, claims: dict[str, Any]) -> str:
        """A compact JWS (ES384, ``kid`` = thumbprint, ``typ`` JWT) over ``claims``."""
        from joserfc import jwt

        header = {"alg": ALG, "kid": self.kid, "typ": "JWT"}
        return str(jwt.encode(header, claims, self._jose_key(), algorithms=[ALG]))

    def __reduce__(self) -> Any:
        raise TypeError("a KioskIdentity cannot be pickled (it holds the private key)")


def identity_path(data_dir: Path) -> Path:
    return Path(data_dir) / IDENTITY_FILE_NAME


def load_identity(data_dir: Path, data_key: DataKey) -> KioskIdentity:
    """The kiosk's key pair from ``data_dir``, unsealed with the queue's ``data_key``.
    Never creates one: raises :class:`IdentityError` when there is none or it cannot be read."""
    path = identity_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IdentityError(
            f"this kiosk has no network key yet in {Path(data_dir)}: run `kiosk network register`",
            code="identity-missing",
        ) from None
    except OSError as exc:
        raise IdentityError(
            f"cannot read the kiosk's network key file {path}: {exc.strerror}",
            code="identity-unreadable",
        ) from None
    damaged = IdentityError(
        f"the kiosk's network key file {path} is damaged: restore it from the kiosk's backup, or "
        "make a new key with `kiosk network rotate-key` and register it with the network",
        code="identity-damaged",
    )
    try:
        doc = json.loads(raw)
        if doc.get("format") != FILE_FORMAT or not isinstance(doc.get("key_id"), int):
            raise ValueError("not a kiosk identity file")
        if doc.get("version", 0) > FILE_VERSION:
            raise IdentityError(
                f"the kiosk's network key file {path} was written by a newer kiosk version; "
                "update this kiosk",
                code="identity-too-new",
            )
        nonce, sealed = bytes.fromhex(doc["nonce"]), bytes.fromhex(doc["sealed_key"])
        created_at = int(doc["created_at"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise damaged from None
    if doc["key_id"] != data_key.key_id:
        raise IdentityError(
            "the kiosk's network key was sealed under another queue key (was the queue key "
            "file replaced?): restore the matching files, or rotate the network key",
            code="identity-wrong-queue-key",
        )
    try:
        der = AESGCM(data_key.subkey(_SEAL_LABEL)).decrypt(nonce, sealed, _ad(doc))
    except InvalidTag:
        raise damaged from None
    private = serialization.load_der_private_key(der, password=None)
    if not isinstance(private, ec.EllipticCurvePrivateKey):
        raise damaged
    identity = KioskIdentity(private, created_at)
    if identity.thumbprint != doc.get("kid"):
        raise damaged
    return identity


def load_or_create_identity(data_dir: Path, data_key: DataKey) -> KioskIdentity:
    """The kiosk's key pair; made (and sealed) on first use."""
    if identity_path(data_dir).exists():
        return load_identity(data_dir, data_key)
    identity = KioskIdentity.generate()
    try:
        _save(data_dir, data_key, identity, replace=False)
    except FileExistsError:  # another process made one first: use that one
        return load_identity(data_dir, data_key)
    log.info("created the kiosk's network key %s", identity.kid)
    return identity


def rotate_identity(data_dir: Path, data_key: DataKey) -> KioskIdentity:
    """Replace the kiosk's key pair with a new one (atomically) and return it. The network must
    register the new public key: until then it refuses the kiosk's logins (the queue pauses,
    nothing is lost)."""
    identity = KioskIdentity.generate()
    _save(data_dir, data_key, identity, replace=True)
    log.info("rotated the kiosk's network key; the new key is %s", identity.kid)
    return identity


def _ad(doc: dict[str, Any]) -> bytes:
    # The sealed key is bound to its file's public facts: a swapped kid or date fails to open.
    return _SEAL_LABEL + json.dumps(
        [doc["key_id"], doc["kid"], doc["created_at"]], separators=(",", ":")
    ).encode("ascii")


def _save(data_dir: Path, data_key: DataKey, identity: KioskIdentity, *, replace: bool) -> None:
    ensure_private_dir(Path(data_dir))
    der = identity.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    doc: dict[str, Any] = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "key_id": data_key.key_id,
        "kid": identity.kid,
        "alg": ALG,
        "created_at": identity.created_at,
    }
    nonce = os.urandom(12)
    doc["nonce"] = nonce.hex()
    doc["sealed_key"] = AESGCM(data_key.subkey(_SEAL_LABEL)).encrypt(nonce, der, _ad(doc)).hex()
    body = json.dumps(doc, indent=2, sort_keys=True).encode("ascii") + b"\n"
    try:
        write_file_atomically(identity_path(data_dir), body, replace=replace)
    except FileExistsError:
        raise
    except OSError as exc:
        raise IdentityError(
            f"cannot write the kiosk's network key file in {data_dir}: {exc.strerror}",
            code="storage_unavailable",
        ) from None
