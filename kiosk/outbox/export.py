"""Encrypted export files: queued submissions carried on a USB stick from a stand that never gets
a network to a machine that can deliver them.

The file is sealed to the network's public key, so the kiosk (and whoever finds the stick)
cannot read it back: a fresh AES-256-GCM file key encrypts everything, and that key is wrapped
with RSA-OAEP-SHA256, the scheme ODK Collect uses for encrypted forms. Nothing personal is in
the clear, not even how many submissions the file holds.

Sealing proves nothing about who wrote the file: the network's key is public, every kiosk has
it. So the kiosk also signs the whole content with its own key (:mod:`kiosk.network.identity`,
ECDSA P-384 with SHA-384) and names that key by its ``kid`` (RFC 7638 thumbprint); the importer
checks it against the network's registered kiosk keys. One signature covers the manifest and
every bundle, so a file cannot be spliced from two. Each Bundle also carries its own signature
(:mod:`kiosk.fhir.signature`), checked one by one at import. Layout (integers big-endian)::

    header   magic "KIOSKQX\\0" | version u8 (2) | algorithm u8 (1) |
             SHA-256 of the recipient's public key (32) | wrapped key length u16 | wrapped key |
             nonce (12)
    body     sealed length u64 | AES-256-GCM(file key, nonce, plain, associated data = header)

    plain    signed | signature length u16 | signature (DER ECDSA P-384 SHA-384 over signed)
    signed   "KQXP" | created_at f64 | kid length u8 | kid (ASCII) | count u32 |
             count x (id length u16 | id | flags u8 (bit 0 demo) | SHA-256 of bundle | length u32)
             | the bundles, concatenated in manifest order

Version 1 files (the same without kid and signature) are refused: nothing says a kiosk wrote
them. Exporting changes nothing in the queue but ``exported_at``: records stay until the network
acknowledges them, and importing a file twice (or importing and then syncing) is harmless
because every Bundle entry is a conditional create. A Bundle queued before the kiosk signed its
Bundles is signed when it is exported (it comes out of the kiosk's own sealed queue).
"""

from __future__ import annotations

import hashlib
import logging
import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.files import write_file_atomically

from .records import ExportError, OutboxEnvironmentError

if TYPE_CHECKING:
    from kiosk.fhir.signature import RegisteredKeys
    from kiosk.network.identity import KioskIdentity

    from .store import Outbox

log = logging.getLogger(__name__)

MAGIC = b"KIOSKQX\x00"
PLAIN_MAGIC = b"KQXP"
VERSION = 2
UNSIGNED_VERSION = 1
ALG_RSA_OAEP_SHA256_AES256GCM = 1
MIN_RSA_BITS = 2048
MAX_FILE_BYTES = 1 << 31  # well above a day of enrolments; refuses to load garbage into memory

_OAEP = padding.OAEP(
    mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
)
_ECDSA = ec.ECDSA(hashes.SHA384())
_ENTRY = struct.Struct(">B32sI")

Record = tuple[str, bytes, bool]


@dataclass(frozen=True)
class OpenedExport:
    """An export file's content after every check: which registered kiosk key signed it (its
    ``kid``) and the records, ``(submission_id, bundle, demo)`` in file order."""

    kid: str
    records: list[Record]


def export_pending(
    outbox: Outbox,
    file: Path | str,
    network_public_key_pem: bytes,
    identity: KioskIdentity,
    *,
    overwrite: bool = False,
) -> int:
    """Write every pending and sending record to ONE file sealed to the network's public key and
    signed with the kiosk's key (``identity``).

    The file is written atomically (temp file, fsync, rename) and read back to check it reached
    the medium intact; only then do the records get ``exported_at``. Returns how many records the
    file holds; with nothing to export no file is written and 0 is returned. An existing file is
    only replaced with ``overwrite=True``.
    """
    public_key = _load_public_key(network_public_key_pem)
    records = outbox.undelivered_payloads()
    if not records:
        log.info("nothing to export: no undelivered submissions")
        return 0
    data = seal_records([(s, _signed(b, identity), d) for s, b, d in records], public_key, identity)
    path = Path(file)
    try:
        write_file_atomically(path, data, replace=overwrite)
    except FileExistsError:
        raise ExportError(
            f"{path} already exists; choose another file name", code="export_exists"
        ) from None
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        intact = hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()
        if not intact:
            path.unlink(missing_ok=True)
            raise ExportError(
                f"{path} did not read back as written; use another stick",
                code="export_verify_failed",
            )
    except OSError as exc:
        raise _write_error(path, exc) from None
    outbox.mark_exported([sid for sid, _, _ in records])
    log.info("exported %d submission(s), signed by kiosk key %s", len(records), identity.kid)
    return len(records)


def _signed(bundle: bytes, identity: KioskIdentity) -> bytes:
    """The bundle as queued, or signed now if it was queued before the kiosk signed Bundles.
    One that cannot carry a signature goes as it is: the importer refuses it by its id."""
    from kiosk.fhir.signature import BundleSignatureError, is_signed, sign_bundle

    try:
        return bundle if is_signed(bundle) else sign_bundle(bundle, identity)
    except BundleSignatureError:
        return bundle


def seal_records(
    records: list[Record], public_key: rsa.RSAPublicKey, identity: KioskIdentity
) -> bytes:
    """The bytes of an export file holding ``records`` (submission_id, bundle, demo), signed
    with ``identity``'s key."""
    kid = identity.kid.encode("ascii")
    manifest = [PLAIN_MAGIC, struct.pack(">dB", time.time(), len(kid)), kid]
    manifest.append(struct.pack(">I", len(records)))
    for sid, bundle, demo in records:
        raw_id = sid.encode("utf-8")
        manifest.append(struct.pack(">H", len(raw_id)) + raw_id)
        manifest.append(_ENTRY.pack(1 if demo else 0, hashlib.sha256(bundle).digest(), len(bundle)))
    signed = b"".join(manifest) + b"".join(bundle for _, bundle, _ in records)
    signature = identity.private_key.sign(signed, _ECDSA)
    plain = signed + struct.pack(">H", len(signature)) + signature
    file_key = AESGCM.generate_key(bit_length=256)
    wrapped = public_key.encrypt(file_key, _OAEP)
    header = (
        MAGIC
        + bytes((VERSION, ALG_RSA_OAEP_SHA256_AES256GCM))
        + _fingerprint(public_key)
        + struct.pack(">H", len(wrapped))
        + wrapped
        + os.urandom(12)
    )
    sealed = AESGCM(file_key).encrypt(header[-12:], plain, header)
    return header + struct.pack(">Q", len(sealed)) + sealed


def import_export(
    file: Path | str,
    private_key_pem: bytes,
    kiosk_keys: RegisteredKeys,
    *,
    password: bytes | None = None,
) -> OpenedExport:
    """Open an export file with the network's private key and check that a kiosk whose key is
    in ``kiosk_keys`` signed it whole.

    Raises :class:`ExportError` with code ``not_an_export``, ``export_too_new``,
    ``export_unsigned`` (format 1: no kiosk signature), ``export_wrong_key``,
    ``export_damaged`` (altered or truncated), ``export_unknown_kiosk`` (signed by a key the
    network did not register) or ``export_not_genuine`` (the signature does not hold).
    The Bundles' own signatures are checked by the caller, one by one.
    """
    path = Path(file)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExportError(f"{path} is too large to be an export file", code="not_an_export")
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror}", code="export_unreadable") from None
    return open_records(data, load_private_key(private_key_pem, password), kiosk_keys)


def load_private_key(pem: bytes, password: bytes | None = None) -> rsa.RSAPrivateKey:
    """The network's RSA private key from PEM; :class:`ExportError` ``bad_private_key``."""
    try:
        private_key = serialization.load_pem_private_key(pem, password=password)
    except (ValueError, TypeError):
        raise ExportError(
            "the private key file cannot be read (wrong format or password)", code="bad_private_key"
        ) from None
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise ExportError("the private key is not an RSA key", code="bad_private_key")
    return private_key


def open_records(
    data: bytes, private_key: rsa.RSAPrivateKey, kiosk_keys: RegisteredKeys
) -> OpenedExport:
    """Decrypt and check the bytes of an export file (see :func:`import_export`)."""
    reader = _Reader(data)
    if reader.take(len(MAGIC)) != MAGIC:
        raise ExportError("this is not a kiosk export file", code="not_an_export")
    version, alg = reader.take(2)
    _check_format(version, alg)
    fingerprint = reader.take(32)
    if fingerprint != _fingerprint(private_key.public_key()):
        raise ExportError(
            "this export file was sealed for another network key", code="export_wrong_key"
        )
    (wrapped_len,) = struct.unpack(">H", reader.take(2))
    wrapped = reader.take(wrapped_len)
    nonce = reader.take(12)
    header = data[: reader.pos]
    (sealed_len,) = struct.unpack(">Q", reader.take(8))
    sealed = reader.take(sealed_len)
    if reader.pos != len(data):
        raise _damaged()
    try:
        file_key = private_key.decrypt(wrapped, _OAEP)
        plain = AESGCM(file_key).decrypt(nonce, sealed, header)
    except (ValueError, InvalidTag):
        raise _damaged() from None
    return _parse_plain(plain, kiosk_keys)


def _check_format(version: int, alg: int) -> None:
    if version == UNSIGNED_VERSION:
        raise ExportError(
            "this export file (format 1) is not signed by a kiosk, so nothing says a kiosk wrote "
            "it; nothing was imported. Update the kiosk and export again",
            code="export_unsigned",
        )
    if version > VERSION:
        raise ExportError(
            f"export file format {version} is newer than this tool; update it",
            code="export_too_new",
        )
    if version != VERSION or alg != ALG_RSA_OAEP_SHA256_AES256GCM:
        raise ExportError(
            f"export file format {version}/{alg} is not one this tool knows",
            code="not_an_export",
        )


def _parse_plain(plain: bytes, kiosk_keys: RegisteredKeys) -> OpenedExport:
    reader = _Reader(plain)
    if reader.take(4) != PLAIN_MAGIC:
        raise _damaged()
    _created_at, kid_len = struct.unpack(">dB", reader.take(9))
    try:
        kid = reader.take(kid_len).decode("ascii")
    except UnicodeDecodeError:
        raise _damaged() from None
    (count,) = struct.unpack(">I", reader.take(4))
    manifest = []
    for _ in range(count):
        (id_len,) = struct.unpack(">H", reader.take(2))
        try:
            sid = reader.take(id_len).decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged() from None
        flags, digest, length = _ENTRY.unpack(reader.take(_ENTRY.size))
        manifest.append((sid, bool(flags & 1), digest, length))
    bundles = [reader.take(length) for _, _, _, length in manifest]
    signed_end = reader.pos
    (signature_len,) = struct.unpack(">H", reader.take(2))
    signature = reader.take(signature_len)
    if reader.pos != len(plain):
        raise _damaged()
    _check_signature(plain[:signed_end], signature, kid, kiosk_keys)
    records = []
    for (sid, demo, digest, _), bundle in zip(manifest, bundles, strict=True):
        if hashlib.sha256(bundle).digest() != digest:
            raise _damaged()
        records.append((sid, bundle, demo))
    return OpenedExport(kid, records)


def _check_signature(signed: bytes, signature: bytes, kid: str, kiosk_keys: RegisteredKeys) -> None:
    public_key = kiosk_keys.public_key(kid)
    if public_key is None:
        raise ExportError(
            f"this export file was signed by kiosk key {kid}, which is not in the registered "
            "kiosk keys; nothing was imported. Register the kiosk's key (kiosk network register) "
            "if the kiosk is genuine",
            code="export_unknown_kiosk",
        )
    try:
        public_key.verify(signature, signed, _ECDSA)
    except InvalidSignature:
        raise ExportError(
            "the export file's kiosk signature does not hold: it was altered or assembled from "
            "other files; nothing was imported",
            code="export_not_genuine",
        ) from None


class _Reader:
    """Bounds-checked reads: a truncated file is 'damaged', never an IndexError."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise _damaged()
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def _damaged() -> ExportError:
    return ExportError(
        "the export file was altered or is damaged; nothing was imported", code="export_damaged"
    )


def _fingerprint(public_key: rsa.RSAPublicKey) -> bytes:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).digest()


def _load_public_key(pem: bytes) -> rsa.RSAPublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise ExportError(
            "the network public key cannot be read (expected a PEM public key)",
            code="bad_network_key",
        ) from None
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < MIN_RSA_BITS:
        raise ExportError(
            f"the network key must be an RSA key of at least {MIN_RSA_BITS} bits",
            code="bad_network_key",
        )
    return key


def _write_error(path: Path, exc: OSError) -> OutboxEnvironmentError:
    import errno

    code = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EACCES: "read_only"}.get(
        exc.errno or 0, "storage_unavailable"
    )
    return OutboxEnvironmentError(
        f"cannot write the export file {path}: {exc.strerror}. Queued submissions are kept.",
        code=code,
    )
