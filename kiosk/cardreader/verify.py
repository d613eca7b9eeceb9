"""Checking that eID card data really comes from the National Register, as the eID viewer does.

The National Register (RRN) signs the identity file, and the address file together with that
signature; the identity file holds the hash of the photo. The RRN certificate on the card must
be issued by a pinned Belgian root. Decision rule (eid-card.md §3, eid-mw ``certhelpers.c``):

* RSA RRN key: PKCS#1 v1.5, hash chosen by the photo-hash length (20 B SHA-1, 32 B SHA-256,
  48 B SHA-384); with a SHA-1 photo hash, SHA-256 is tried too (re-signed CA3 cards).
* EC RRN key: ECDSA with SHA-384; the signature file is DER plus zero padding, so it is cut
  to the DER length first.
* Address signature: over the address file without its trailing zero bytes, followed by the
  identity-signature file exactly as read (padding included).
* Basic public key (applet 1.8, EF 4040): its SHA-384 must equal identity tag 0x1A, which the
  identity signature covers (card content v5.4 §6.2.7, 1.8 manual §5.2); it must be a P-384
  key. That proves the key belongs to the card the National Register issued; that the card in
  the reader holds its private half is the challenge, :func:`verify_card_signature`
  (:class:`CardCloneError` when it fails).

Every failure raises :class:`CardDataInvalidError` naming the check, or
:class:`UnknownRootError`; messages never contain card contents.

The RRN certificate belongs to the National Register, not to the citizen, and many cards carry
the same one (the sample dumps include pairs), so the outcome of the certificate checks (parsed,
issued by a trusted root, fit to sign) is kept in a small LRU cache keyed by the certificate's
exact bytes: the next card with that certificate skips the chain signature (an ECDSA P-384
verification, ~0.4 ms, on recent cards). Only successes are cached, a hit still needs its root
among the caller's ``roots``, and the cache holds public certificates only. The signatures over
the card's own files, the photo hash and the validity period are checked on every read.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, encode_dss_signature
from cryptography.x509.oid import NameOID

from kiosk.cardreader.errors import CardCloneError, CardDataInvalidError, UnknownRootError
from kiosk.cardreader.tlv import parse_tlv

__all__ = [
    "Verification",
    "basic_public_key",
    "check_basic_key",
    "clear_certificate_cache",
    "load_trusted_roots",
    "trim_der",
    "verify_card_data",
    "verify_card_signature",
]

log = logging.getLogger(__name__)

_PHOTO_HASH_TAG = 0x11
_BASIC_KEY_HASH_TAG = 0x1A
_P384_COORDINATE = 48  # bytes of r, s and the challenge (a SHA-384 digest)
_HASH_BY_LENGTH: dict[int, hashes.HashAlgorithm] = {
    20: hashes.SHA1(),
    32: hashes.SHA256(),
    48: hashes.SHA384(),
}
# Distinct RRN certificates a kiosk meets are few; 16 entries (DER + key) stay under ~50 KB.
_CACHE_SIZE = 16


@dataclass(frozen=True, slots=True)
class Verification:
    """What was checked and with what. Holds no personal data."""

    root_common_name: str
    rrn_key_type: Literal["rsa", "ec"]
    signature_hash: str  # hash of the identity/address signatures: "sha1", "sha256", "sha384"
    photo_hash: str  # algorithm of the photo hash in the identity file
    photo_checked: bool
    address_checked: bool
    # The RRN certificate's validity period covered ``now``. Informational: the data stays
    # authentic after the certificate expires (the viewer does not refuse such cards either).
    rrn_certificate_current: bool
    rrn_certificate_not_after: datetime
    # The basic public key (EF 4040) matched identity tag 0x1A: the card's authenticity can be
    # proven by a challenge. False: no key given (applet 1.7 and older have none).
    basic_key_checked: bool = False


@dataclass(frozen=True, slots=True)
class _CheckedCertificate:
    """An RRN certificate that passed every certificate check against ``root``."""

    root: x509.Certificate
    root_common_name: str
    key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey
    not_before: datetime
    not_after: datetime


_checked: OrderedDict[bytes, _CheckedCertificate] = OrderedDict()
_checked_lock = threading.Lock()


def clear_certificate_cache() -> None:
    """Forget every RRN certificate checked so far (tests and benchmarks measure a first read)."""
    with _checked_lock:
        _checked.clear()


def _der_length(data: bytes, what: str) -> int:
    """Total length (header + content) of the DER element that starts ``data``."""
    if len(data) < 2 or data[0] != 0x30:
        raise CardDataInvalidError(f"{what} is not DER-encoded")
    first = data[1]
    if first < 0x80:
        header, length = 2, first
    else:
        count = first & 0x7F
        # 0x80 is BER's indefinite length (not DER); more than 4 length bytes is nonsense here.
        if count == 0 or count > 4 or len(data) < 2 + count:
            raise CardDataInvalidError(f"{what} has an invalid DER length")
        header, length = 2 + count, int.from_bytes(data[2 : 2 + count], "big")
    if header + length > len(data):
        raise CardDataInvalidError(f"{what} is truncated")
    return header + length


def trim_der(data: bytes) -> bytes:
    """Cut a certificate file (DER followed by zero padding) to its DER length.

    An empty or all-zero file means "no certificate" and gives ``b""``. Raises
    :class:`CardDataInvalidError` if the data does not start with a DER SEQUENCE that fits.
    """
    data = bytes(data)
    if not any(data):
        return b""
    return data[: _der_length(data, "certificate file")]


@cache
def _pinned_roots() -> tuple[x509.Certificate, ...]:
    folder = resources.files(__package__).joinpath("roots")
    roots: list[x509.Certificate] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".pem"):
            roots.extend(x509.load_pem_x509_certificates(entry.read_bytes()))
    if not roots:
        raise RuntimeError("no pinned Belgian root certificates in the package: broken install")
    return tuple(roots)


def load_trusted_roots(
    extra: Iterable[bytes | str | os.PathLike[str]] = (),
) -> tuple[x509.Certificate, ...]:
    """The pinned production Belgian roots (CA2, CA3, CA4, CA4 re-issue, CA6), plus ``extra``.

    ``extra`` items are PEM or DER certificates as ``bytes`` (a DER card file with its zero
    padding is fine) or paths to such files; they exist so that test cards can be verified
    and must never be configured on a production kiosk. Raises ``ValueError`` for an extra
    item that holds no certificate.
    """
    roots = list(_pinned_roots())
    for item in extra:
        if isinstance(item, bytes | bytearray):
            raw, origin = bytes(item), "extra root given as bytes"
        else:
            path = Path(item)
            raw, origin = path.read_bytes(), f"extra root file {path.name}"
        roots.extend(_load_certificates(raw, origin))
    return tuple(roots)


def _load_certificates(raw: bytes, origin: str) -> list[x509.Certificate]:
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificates(raw)
        return [x509.load_der_x509_certificate(trim_der(raw))]
    except (ValueError, CardDataInvalidError) as exc:
        raise ValueError(f"{origin}: not a PEM or DER certificate") from exc


def verify_card_data(
    *,
    identity_file: bytes,
    identity_signature: bytes,
    rrn_certificate: bytes,
    roots: Sequence[x509.Certificate],
    photo: bytes | None = None,
    address_file: bytes | None = None,
    address_signature: bytes | None = None,
    basic_key: bytes | None = None,
    now: datetime | None = None,
) -> Verification:
    """Verify the files read from one card. Returns what was checked, or raises.

    ``rrn_certificate`` is the EF 503C file as read (zero padding is trimmed here).
    ``address_file`` and ``address_signature`` go together. ``basic_key`` is EF 4040 as read;
    like the photo, it is checked when given (against identity tag 0x1A, which must then be
    there). Raises :class:`UnknownRootError` if the RRN certificate was not issued by one of
    ``roots``, :class:`CardDataInvalidError` for anything else that does not match.
    """
    if (address_file is None) != (address_signature is None):
        raise ValueError("address_file and address_signature must be given together")
    identity_file, identity_signature = bytes(identity_file), bytes(identity_signature)

    checked = _checked_rrn_certificate(trim_der(rrn_certificate), roots)
    key = checked.key
    photo_hash = _photo_hash(identity_file)
    photo_algorithm = _HASH_BY_LENGTH[len(photo_hash)]

    if isinstance(key, rsa.RSAPublicKey):
        key_type: Literal["rsa", "ec"] = "rsa"
        # Re-signed CA3 cards keep their SHA-1 photo hash but carry SHA-256 signatures.
        candidates = [photo_algorithm]
        if isinstance(photo_algorithm, hashes.SHA1):
            candidates.append(hashes.SHA256())
    else:
        key_type, candidates = "ec", [hashes.SHA384()]

    algorithm = next(
        (a for a in candidates if _signature_ok(key, identity_signature, identity_file, a)),
        None,
    )
    if algorithm is None:
        raise CardDataInvalidError("identity signature does not match the identity file")

    if photo is not None:
        digest = hashes.Hash(photo_algorithm)
        digest.update(bytes(photo))
        if not hmac.compare_digest(digest.finalize(), photo_hash):
            raise CardDataInvalidError("photo does not match the photo hash in the identity file")

    if address_file is not None and address_signature is not None:
        # Stripped address + the full identity-signature file: what the RRN really signs
        # (the spec's "padding retained" wording is wrong, see certhelpers.c).
        signed = bytes(address_file).rstrip(b"\x00") + identity_signature
        if not _signature_ok(key, bytes(address_signature), signed, algorithm):
            raise CardDataInvalidError("address signature does not match the address file")

    if basic_key is not None:
        check_basic_key(identity_file, bytes(basic_key))

    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = checked.not_before <= moment <= checked.not_after
    if not current:
        log.warning("RRN certificate is outside its validity period; card data still authentic")
    result = Verification(
        root_common_name=checked.root_common_name,
        rrn_key_type=key_type,
        signature_hash=algorithm.name,
        photo_hash=photo_algorithm.name,
        photo_checked=photo is not None,
        address_checked=address_file is not None,
        rrn_certificate_current=current,
        rrn_certificate_not_after=checked.not_after,
        basic_key_checked=basic_key is not None,
    )
    log.info(
        "card data verified: root %r, %s key, %s signatures, photo %s, address %s, basic key %s",
        result.root_common_name,
        key_type,
        result.signature_hash,
        "checked" if result.photo_checked else "not given",
        "checked" if result.address_checked else "not given",
        "checked" if result.basic_key_checked else "not given",
    )
    return result


def check_basic_key(identity_file: bytes, basic_key: bytes) -> None:
    """``basic_key`` (EF 4040) is the P-384 key whose SHA-384 the identity file holds in tag
    0x1A; :class:`CardDataInvalidError` otherwise. The identity file's own signature is
    :func:`verify_card_data`'s to check."""
    values = [value for tag, value in parse_tlv(identity_file) if tag == _BASIC_KEY_HASH_TAG]
    if len(values) != 1:
        raise CardDataInvalidError(
            "basic public key given, but the identity file holds no single hash of it (tag 0x1A)"
        )
    digest = hashes.Hash(hashes.SHA384())
    digest.update(basic_key)
    if not hmac.compare_digest(digest.finalize(), values[0]):
        raise CardDataInvalidError(
            "basic public key (file 4040) does not match its hash in the identity file"
        )
    basic_public_key(basic_key)


def basic_public_key(basic_key: bytes) -> ec.EllipticCurvePublicKey:
    """The P-384 public key in EF 4040 (a DER SubjectPublicKeyInfo); raises
    :class:`CardDataInvalidError` if it is anything else."""
    try:
        key = serialization.load_der_public_key(bytes(basic_key))
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise CardDataInvalidError("basic public key (file 4040) is not a public key") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP384R1):
        raise CardDataInvalidError("basic public key (file 4040) is not a P-384 key")
    return key


def verify_card_signature(basic_key: bytes, challenge: bytes, signature: bytes) -> None:
    """Check the card's answer to INTERNAL AUTHENTICATE: ``signature`` (raw ``r || s``, 96
    bytes) is an ECDSA P-384 signature of ``challenge`` by the key in ``basic_key`` (EF 4040).

    The card signs the 48-byte challenge as it is, as a SHA-384 digest computed off-card
    (1.8 manual §6.11: "an off-card hash to be signed by the applet"; eid-viewer verifies
    with ``ECDSA_do_verify`` over the raw challenge, ``verify.c``), so it is verified as a
    prehashed digest, not hashed again. Raises :class:`CardCloneError` when the signature
    does not verify, :class:`CardDataInvalidError` if ``basic_key`` is not a P-384 key, and
    ``ValueError`` if the challenge is not 48 bytes.
    """
    if len(challenge) != _P384_COORDINATE:
        raise ValueError(f"the challenge must be {_P384_COORDINATE} bytes (a SHA-384 digest)")
    key = basic_public_key(basic_key)
    if len(signature) != 2 * _P384_COORDINATE:
        raise CardCloneError(
            f"the card answered the challenge with {len(signature)} bytes, not an r || s pair"
        )
    r = int.from_bytes(signature[:_P384_COORDINATE], "big")
    s = int.from_bytes(signature[_P384_COORDINATE:], "big")
    try:
        key.verify(
            encode_dss_signature(r, s), bytes(challenge), ec.ECDSA(Prehashed(hashes.SHA384()))
        )
    except InvalidSignature as exc:
        raise CardCloneError(
            "the card's signature of the challenge does not verify with its basic public key"
        ) from exc


def _checked_rrn_certificate(der: bytes, roots: Sequence[x509.Certificate]) -> _CheckedCertificate:
    """The certificate checks, from the cache when these exact bytes passed them before under
    a root that is among ``roots``."""
    with _checked_lock:
        hit = _checked.get(der)
        if hit is not None and hit.root in roots:
            _checked.move_to_end(der)
            return hit
    certificate = _load_rrn_certificate(der)
    root = _issuing_root(certificate, roots)
    _check_signing_certificate(certificate)
    try:
        key = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise CardDataInvalidError("RRN certificate has an unsupported key type") from exc
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise CardDataInvalidError("RRN certificate has an unsupported key type")
    checked = _CheckedCertificate(
        root=root,
        root_common_name=_common_name(root),
        key=key,
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )
    with _checked_lock:
        _checked[der] = checked
        _checked.move_to_end(der)
        while len(_checked) > _CACHE_SIZE:
            _checked.popitem(last=False)
    return checked


def _load_rrn_certificate(der: bytes) -> x509.Certificate:
    if not der:
        raise CardDataInvalidError("RRN certificate file is empty")
    try:
        certificate = x509.load_der_x509_certificate(der)
        # cryptography parses fields lazily: touch the ones used later so that a corrupt
        # certificate fails here, with this message, and not deep inside a check.
        certificate.issuer, certificate.subject, certificate.not_valid_after_utc  # noqa: B018
        certificate.not_valid_before_utc, certificate.extensions  # noqa: B018
    except (
        ValueError,
        x509.InvalidVersion,
        x509.DuplicateExtension,
        x509.UnsupportedGeneralNameType,
    ) as exc:
        raise CardDataInvalidError("RRN certificate is not a valid X.509 certificate") from exc
    return certificate


def _issuing_root(
    certificate: x509.Certificate, roots: Sequence[x509.Certificate]
) -> x509.Certificate:
    for root in roots:
        if root.subject != certificate.issuer:
            continue
        try:
            _check_certificate_signature(certificate, root)
        except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError):
            continue
        return root
    raise UnknownRootError("RRN certificate is not issued by a trusted Belgian root")


def _check_signing_certificate(certificate: x509.Certificate) -> None:
    # The roots also issue the Citizen/Foreigner CAs directly. Those keys could never sign
    # card data legitimately, so a CA certificate or one not meant for signing is refused
    # (stricter than the eID viewer; every RRN certificate seen says CA:FALSE and
    # digitalSignature + nonRepudiation). Missing extensions are tolerated.
    extensions = certificate.extensions
    try:
        constraints = extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is not None and constraints.ca:
        raise CardDataInvalidError("RRN certificate is a CA certificate, not a signing one")
    try:
        usage = extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise CardDataInvalidError("RRN certificate key usage does not allow signatures")


def _check_certificate_signature(certificate: x509.Certificate, issuer: x509.Certificate) -> None:
    # Done by hand rather than with verify_directly_issued_by(): cryptography refuses SHA-1
    # there, and the RRN certificates of older cards (and of the test cards) are SHA-1 signed.
    key = issuer.public_key()
    parameters = certificate.signature_algorithm_parameters
    if isinstance(key, rsa.RSAPublicKey) and isinstance(parameters, padding.PKCS1v15 | padding.PSS):
        algorithm = certificate.signature_hash_algorithm
        if algorithm is None:
            raise ValueError("RSA certificate signature without a hash")
        key.verify(certificate.signature, certificate.tbs_certificate_bytes, parameters, algorithm)
    elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(parameters, ec.ECDSA):
        key.verify(certificate.signature, certificate.tbs_certificate_bytes, parameters)
    else:
        raise TypeError("issuer key and certificate signature algorithm do not match")


def _photo_hash(identity_file: bytes) -> bytes:
    values = [value for tag, value in parse_tlv(identity_file) if tag == _PHOTO_HASH_TAG]
    if len(values) != 1:
        raise CardDataInvalidError("identity file must hold exactly one photo hash (tag 0x11)")
    if len(values[0]) not in _HASH_BY_LENGTH:
        raise CardDataInvalidError("photo hash in the identity file has an unknown length")
    return values[0]


def _signature_ok(
    key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey,
    signature: bytes,
    data: bytes,
    algorithm: hashes.HashAlgorithm,
) -> bool:
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        else:
            der = signature[: _der_length(signature, "EC signature")]
            key.verify(der, data, ec.ECDSA(algorithm))
    except (InvalidSignature, ValueError, CardDataInvalidError):
        return False
    return True


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()
