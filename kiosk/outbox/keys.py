"""The outbox data key: 32 random bytes that never rest on disk in plaintext.

A kiosk has one data key, made the first time the queue is set up, and a small JSON key file
next to the database (``outbox-key.json``) that says how the key is protected:

* ``keyring``: the key sits in the OS keyring, but only if the active backend is on an
  allow-list of secure stores (Windows Credential Manager, macOS Keychain, Secret Service,
  KWallet). ``keyrings.alt`` file backends, ``fail``, ``null`` and a chainer holding only such
  backends are refused: they would leave citizens' data one base64 step from plaintext.
* ``passphrase``: the key is wrapped (AES-256-GCM) with a key derived by scrypt from a
  passphrase a volunteer enters at the start of the day; the file holds salt, scrypt
  parameters, nonce and the wrapped key.

There is no fallback to plaintext, and no path here deletes or rewrites queued data: a missing
or wrong key is an :class:`OutboxKeyError` that tells the volunteer what to do.

Entry points: :func:`load_or_create_key` (kiosk start-up), :func:`load_key` (tools that must
never create a key, e.g. ``kiosk-queue``), :func:`secure_keyring_available`.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.files import ensure_private_dir, write_file_atomically

from .records import (
    DB_FILE_NAME,
    KEY_FILE_NAME,
    OutboxEnvironmentError,
    OutboxKeyError,
    PassphraseRequired,
)

log = logging.getLogger(__name__)

KEY_LEN = 32
KEYRING_SERVICE = "ehealth-kiosk outbox"
KEY_FILE_FORMAT = "ehealth-kiosk-outbox-key"
KEY_FILE_VERSION = 1

#: Fully qualified class names of keyring backends that keep secrets in a real OS secret store.
SECURE_KEYRING_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",  # the same Secret Service, reached through libsecret
        "keyring.backends.kwallet.DBusKeyring",
    }
)

# n=2**16 took ~0.22 s on the project's reference machine (2**15: 0.11 s, 2**17: 0.48 s).
DEFAULT_SCRYPT_N = 2**16
MIN_SCRYPT_N = 2**14
_MAX_SCRYPT = {"n": 2**20, "r": 32, "p": 16}  # refuse key files that would exhaust memory
MIN_PASSPHRASE_LEN = 8

_WRAP_AD = b"ehealth-kiosk/outbox/key-wrap v1\x00"

Protection = Literal["auto", "keyring", "passphrase"]

_KEEP = "Queued submissions are kept."


@dataclass(frozen=True, eq=False)
class DataKey:
    """The queue's data key, in memory only. Its ``repr`` never shows the material."""

    key_id: int
    material: bytes = field(repr=False)
    source: str = "memory"

    def __post_init__(self) -> None:
        if not isinstance(self.material, bytes) or len(self.material) != KEY_LEN:
            raise ValueError("a data key is exactly 32 bytes")
        if not 1 <= self.key_id <= 255:
            raise ValueError("key id must be within 1..255")

    @classmethod
    def generate(cls, *, key_id: int = 1, source: str = "memory") -> DataKey:
        """A fresh random key (tests, benchmarks, and the first set-up of a kiosk)."""
        return cls(key_id, secrets.token_bytes(KEY_LEN), source)

    def subkey(self, label: bytes) -> bytes:
        """A 32-byte key for one purpose, so no two uses ever share key material."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(
            self.material
        )

    def __repr__(self) -> str:
        return f"DataKey(key_id={self.key_id}, source={self.source!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a DataKey cannot be pickled (it would leave memory in plaintext)")


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _resolve_secure_backend(backend: Any | None, allowed: frozenset[str]) -> Any | None:
    """The secure backend to use, or None. A chainer is unwrapped to its best allowed member so a
    write never lands in an insecure store that happens to rank higher in the chain."""
    if backend is None:
        import keyring  # deferred: a slow import (~55 ms), not needed on the passphrase path

        backend = keyring.get_keyring()
    if _backend_name(backend) in allowed:
        return backend
    members = getattr(backend, "backends", None)
    if _backend_name(backend) == "keyring.backends.chainer.ChainerBackend" and members:
        for member in members:
            if _backend_name(member) in allowed:
                return member
    return None


def secure_keyring_available(
    backend: Any | None = None, *, allowed: frozenset[str] = SECURE_KEYRING_BACKENDS
) -> bool:
    """True when the given (default: active) keyring backend is, or chains to, a secure store."""
    return _resolve_secure_backend(backend, allowed) is not None


def secure_keyring_backend(
    backend: Any | None = None, *, allowed: frozenset[str] = SECURE_KEYRING_BACKENDS
) -> Any | None:
    """The secure keyring backend to keep a secret in (the given or active one, or the best
    allowed member of a chainer), or None when there is no secure store."""
    return _resolve_secure_backend(backend, allowed)


def key_file_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE_NAME


def key_protection(data_dir: Path) -> str | None:
    """How this data folder's key is protected (``"keyring"``/``"passphrase"``),
    None if no key yet.
    """
    path = key_file_path(data_dir)
    if not path.exists():
        return None
    return str(_read_key_file(path)["protection"])


def load_key(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    keyring_backend: Any | None = None,
    allowed_backends: frozenset[str] = SECURE_KEYRING_BACKENDS,
) -> DataKey:
    """Load the existing key of ``data_dir``; never creates one.

    Raises :class:`PassphraseRequired` when the key is passphrase-wrapped and none was given,
    :class:`OutboxKeyError` for every other reason the key cannot be had (no key file, wrong
    passphrase, keyring locked or gone). Nothing on disk changes either way.
    """
    path = key_file_path(data_dir)
    if not path.exists():
        raise OutboxKeyError(
            f"no queue key file in {Path(data_dir)}; if this kiosk had a queue, restore "
            f"{KEY_FILE_NAME} from its backup into that folder. {_KEEP}",
            code="key_file_missing",
        )
    doc = _read_key_file(path)
    if doc["protection"] == "passphrase":
        return _unwrap_with_passphrase(doc, passphrase)
    return _load_from_keyring(doc, keyring_backend, allowed_backends)


def load_or_create_key(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    keyring_backend: Any | None = None,
    allowed_backends: frozenset[str] = SECURE_KEYRING_BACKENDS,
    protection: Protection = "auto",
    scrypt_n: int = DEFAULT_SCRYPT_N,
) -> DataKey:
    """Load the key of ``data_dir``, or make one on the very first start of a kiosk.

    A new key goes to the secure keyring when there is one (``protection="auto"``) and is
    otherwise wrapped with ``passphrase``; ``protection`` forces one or the other. A key is only
    created when neither a key file nor a queue database exists: a database without its key file
    means the key file was lost, and making a new key would strand the queued submissions.
    """
    data_dir = Path(data_dir)
    if key_file_path(data_dir).exists():
        return load_key(
            data_dir,
            passphrase=passphrase,
            keyring_backend=keyring_backend,
            allowed_backends=allowed_backends,
        )
    if (data_dir / DB_FILE_NAME).exists():
        raise OutboxKeyError(
            f"the queue database in {data_dir} has no key file next to it; restore "
            f"{KEY_FILE_NAME} from the kiosk's backup (a new key could not read it). {_KEEP}",
            code="key_file_missing",
        )
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        raise OutboxEnvironmentError(
            f"cannot create the queue folder {data_dir}: {exc.strerror}", code="storage_unavailable"
        ) from None
    backend = None
    if protection in ("auto", "keyring"):
        backend = _resolve_secure_backend(keyring_backend, allowed_backends)
        if backend is None and protection == "keyring":
            raise OutboxKeyError(
                "no secure system keyring is available; set up the kiosk with a queue passphrase",
                code="insecure_keyring",
            )
    if backend is not None:
        return _create_in_keyring(data_dir, backend)
    if passphrase is None:
        raise PassphraseRequired(
            "no secure system keyring is available: choose a queue passphrase for this kiosk "
            "(volunteers will enter it at the start of each day)"
        )
    return _create_with_passphrase(data_dir, passphrase, scrypt_n)


# -- key file ---------------------------------------------------------------------------------


def _read_key_file(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_bytes())
    except OSError as exc:
        raise OutboxKeyError(
            f"cannot read the queue key file {path}: {exc.strerror}. {_KEEP}",
            code="key_file_unreadable",
        ) from None
    except ValueError:
        doc = None
    if (
        not isinstance(doc, dict)
        or doc.get("format") != KEY_FILE_FORMAT
        or doc.get("protection") not in ("keyring", "passphrase")
        or not isinstance(doc.get("key_id"), int)
    ):
        raise OutboxKeyError(
            f"the queue key file {path} is damaged; restore it from the kiosk's backup. {_KEEP}",
            code="key_file_damaged",
        )
    if doc.get("version", 0) > KEY_FILE_VERSION:
        raise OutboxKeyError(
            f"the queue key file {path} was written by a newer kiosk version; "
            f"update this kiosk. {_KEEP}",
            code="key_file_too_new",
        )
    return doc


def _write_key_file(data_dir: Path, doc: dict[str, Any]) -> None:
    """Write the key file once. Raises FileExistsError when another process won the race."""
    body = json.dumps(doc, indent=2, sort_keys=True).encode("ascii") + b"\n"
    try:
        write_file_atomically(key_file_path(data_dir), body, replace=False)
    except FileExistsError:
        raise
    except OSError as exc:
        raise OutboxEnvironmentError(
            f"cannot write the queue key file in {data_dir}: {exc.strerror}",
            code="storage_unavailable",
        ) from None


def _new_doc(key_id: int, protection: str) -> dict[str, Any]:
    return {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "key_id": key_id,
        "created_at": round(time.time()),
        "protection": protection,
    }


# -- keyring ----------------------------------------------------------------------------------


def _create_in_keyring(data_dir: Path, backend: Any) -> DataKey:
    key = DataKey.generate(source="keyring")
    username = f"data-key-{secrets.token_hex(8)}"
    encoded = base64.b64encode(key.material).decode("ascii")
    try:
        backend.set_password(KEYRING_SERVICE, username, encoded)
        stored = backend.get_password(KEYRING_SERVICE, username)
    except Exception as exc:  # backends raise their own types (dbus, win32, keyring.errors)
        raise OutboxKeyError(
            f"the system keyring refused to store the queue key ({type(exc).__name__}); unlock the "
            "keyring or set the kiosk up with a queue passphrase",
            code="keyring_unavailable",
        ) from None
    if stored != encoded:
        raise OutboxKeyError(
            "the system keyring did not keep the queue key; "
            "set the kiosk up with a queue passphrase",
            code="keyring_unavailable",
        )
    doc = _new_doc(key.key_id, "keyring")
    doc["keyring"] = {
        "service": KEYRING_SERVICE,
        "username": username,
        "backend": _backend_name(backend),
    }
    try:
        _write_key_file(data_dir, doc)
    except FileExistsError:
        _forget_keyring_entry(backend, username)
        log.info("another process created the queue key first; using that one")
        return load_key(
            data_dir, keyring_backend=backend, allowed_backends=frozenset({_backend_name(backend)})
        )
    except OutboxEnvironmentError:
        _forget_keyring_entry(backend, username)
        raise
    log.info("created a new queue key in the system keyring (%s)", _backend_name(backend))
    return key


def _forget_keyring_entry(backend: Any, username: str) -> None:
    try:
        backend.delete_password(KEYRING_SERVICE, username)
    except Exception:  # an orphaned entry holds no data; nothing more to do
        log.warning("could not remove an unused queue key entry from the keyring")


def _load_from_keyring(
    doc: dict[str, Any], backend: Any | None, allowed: frozenset[str]
) -> DataKey:
    entry = doc.get("keyring")
    if not isinstance(entry, dict) or not isinstance(entry.get("username"), str):
        raise OutboxKeyError(
            f"the queue key file is damaged; restore it from the kiosk's backup. {_KEEP}",
            code="key_file_damaged",
        )
    secure = _resolve_secure_backend(backend, allowed)
    if secure is None:
        raise OutboxKeyError(
            "the queue key is kept in the system keyring, which is not available now: log in to "
            f"the kiosk's desktop session so the keyring unlocks, then restart. {_KEEP}",
            code="keyring_unavailable",
        )
    try:
        encoded = secure.get_password(entry.get("service", KEYRING_SERVICE), entry["username"])
    except Exception as exc:
        raise OutboxKeyError(
            f"the system keyring could not be read ({type(exc).__name__}): "
            f"unlock it and restart. {_KEEP}",
            code="keyring_locked",
        ) from None
    if encoded is None:
        raise OutboxKeyError(
            "the queue key is missing from the system keyring "
            "(another user account, or the keyring was reset): "
            f"log in as the kiosk's usual account or restore the keyring. {_KEEP}",
            code="keyring_entry_missing",
        )
    try:
        material = base64.b64decode(encoded, validate=True)
        return DataKey(doc["key_id"], material, "keyring")
    except ValueError:
        raise OutboxKeyError(
            f"the queue key in the system keyring is damaged. {_KEEP}", code="key_damaged"
        ) from None


# -- passphrase -------------------------------------------------------------------------------


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed on two keyboards may arrive composed or decomposed.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))


def _create_with_passphrase(data_dir: Path, passphrase: str, scrypt_n: int) -> DataKey:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise OutboxKeyError(
            f"the queue passphrase must have at least {MIN_PASSPHRASE_LEN} characters",
            code="passphrase_too_short",
        )
    if scrypt_n < MIN_SCRYPT_N or scrypt_n & (scrypt_n - 1):
        raise ValueError("scrypt n must be a power of two >= 2**14")
    key = DataKey.generate(source="passphrase")
    salt, nonce, r, p = os.urandom(16), os.urandom(12), 8, 1
    wrapped = AESGCM(_kek(passphrase, salt, scrypt_n, r, p)).encrypt(
        nonce, key.material, _WRAP_AD + bytes((key.key_id,))
    )
    doc = _new_doc(key.key_id, "passphrase")
    doc["kdf"] = {"name": "scrypt", "salt": _b64(salt), "n": scrypt_n, "r": r, "p": p}
    doc["wrap"] = {"alg": "AES-256-GCM", "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}
    try:
        _write_key_file(data_dir, doc)
    except FileExistsError:
        log.info("another process created the queue key first; using that one")
        return load_key(data_dir, passphrase=passphrase)
    log.info("created a new passphrase-protected queue key")
    return key


def _unwrap_with_passphrase(doc: dict[str, Any], passphrase: str | None) -> DataKey:
    if passphrase is None:
        raise PassphraseRequired(
            f"enter the queue passphrase chosen when this kiosk was set up. {_KEEP}"
        )
    try:
        kdf, wrap = doc["kdf"], doc["wrap"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt, nonce, wrapped = (
            _unb64(kdf["salt"]),
            _unb64(wrap["nonce"]),
            _unb64(wrap["wrapped_key"]),
        )
        if (
            kdf.get("name") != "scrypt"
            or n > _MAX_SCRYPT["n"]
            or r > _MAX_SCRYPT["r"]
            or p > _MAX_SCRYPT["p"]
        ):
            raise ValueError("unsupported key derivation")
    except (KeyError, TypeError, ValueError):
        raise OutboxKeyError(
            f"the queue key file is damaged; restore it from the kiosk's backup. {_KEEP}",
            code="key_file_damaged",
        ) from None
    try:
        kek = _kek(passphrase, salt, n, r, p)
        material = AESGCM(kek).decrypt(nonce, wrapped, _WRAP_AD + bytes((doc["key_id"],)))
        return DataKey(doc["key_id"], material, "passphrase")
    except (ValueError, OverflowError):
        raise OutboxKeyError(
            f"the queue key file is damaged; restore it from the kiosk's backup. {_KEEP}",
            code="key_file_damaged",
        ) from None
    except InvalidTag:
        raise OutboxKeyError(
            "wrong queue passphrase: enter the passphrase chosen when this kiosk was set up. "
            f"{_KEEP}",
            code="wrong_passphrase",
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)
