"""A throw-away test PKI that plays the National Register for specimen cards.

Each process generates, once per algorithm, a root CA (``CN=Virtual eID TEST Root CA``) and an
RRN certificate (``CN=Virtual RRN``) issued by it, and signs identity and address files the way
the National Register does: RSA-2048 with PKCS#1 v1.5/SHA-256 (applet 1.7 era) or ECDSA P-384
with SHA-384 whose DER signature is zero-padded to a fixed file length (applet 1.8 and
re-keyed 1.7). The keys never leave the process; the root is exported as PEM so another
process can be told to trust it (``kiosk-card read --trust-root``).

It also makes the cards' own basic keys (applet 1.8 PrK#1, answering INTERNAL AUTHENTICATE):
:func:`basic_key` derives one from a seed, :func:`basic_key_file` gives its file 4040.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

Algorithm = Literal["rsa", "ec"]

ROOT_NAME = "Virtual eID TEST Root CA"
RRN_NAME = "Virtual RRN"
# EC signature files have a fixed length on cards; 256 bytes in the applet 1.7 EC-rekeyed dumps.
EC_SIGNATURE_FILE_SIZE = 256
# Fixed certificate validity so that profiles do not depend on when the PKI was generated.
_NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(2060, 1, 1, tzinfo=dt.UTC)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def _new_key(algorithm: Algorithm) -> PrivateKey:
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP384R1())


def _hash(algorithm: Algorithm) -> hashes.SHA256 | hashes.SHA384:
    return hashes.SHA256() if algorithm == "rsa" else hashes.SHA384()


def _name(common_name: str, organisation: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(parts)


@dataclass(frozen=True, repr=False)
class VirtualPki:
    """Root CA and RRN signer of one algorithm; ``sign`` produces card signature files."""

    algorithm: Algorithm
    root_cert: x509.Certificate
    rrn_cert: x509.Certificate
    _rrn_key: PrivateKey

    def __repr__(self) -> str:
        return f"VirtualPki(algorithm={self.algorithm!r})"

    @property
    def root_pem(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.PEM)

    @property
    def root_der(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.DER)

    @property
    def rrn_der(self) -> bytes:
        return self.rrn_cert.public_bytes(serialization.Encoding.DER)

    def sign(self, data: bytes) -> bytes:
        """The content of a signature file (4032/4034) over ``data``."""
        key = self._rrn_key
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        der = key.sign(data, ec.ECDSA(hashes.SHA384()))
        return der.ljust(EC_SIGNATURE_FILE_SIZE, b"\x00")


def _build(algorithm: Algorithm) -> VirtualPki:
    root_key = _new_key(algorithm)
    rrn_key = _new_key(algorithm)
    md = _hash(algorithm)
    root_name = _name(ROOT_NAME)
    root_ski = x509.SubjectKeyIdentifier.from_public_key(root_key.public_key())
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(root_ski, critical=False)
        .sign(root_key, md)
    )
    rrn = (
        x509.CertificateBuilder()
        .subject_name(_name(RRN_NAME, "Virtual RRN TEST"))
        .issuer_name(root_name)
        .public_key(rrn_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski),
            critical=False,
        )
        .sign(root_key, md)
    )
    return VirtualPki(algorithm=algorithm, root_cert=root, rrn_cert=rrn, _rrn_key=rrn_key)


_cache: dict[str, VirtualPki] = {}
_cache_lock = threading.Lock()


def virtual_pki(algorithm: Algorithm) -> VirtualPki:
    """This process's test PKI for ``algorithm`` (generated on first use; RSA takes ~0.1-1 s)."""
    with _cache_lock:
        pki = _cache.get(algorithm)
        if pki is None:
            pki = _cache[algorithm] = _build(algorithm)
        return pki


# Order of the P-384 group: a private scalar must be in [1, n - 1].
_P384_ORDER = int(
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "C7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973",
    16,
)


def basic_key(seed: str) -> ec.EllipticCurvePrivateKey:
    """The P-384 basic key (PrK#1) of a specimen card, derived from ``seed``.

    Unlike the RRN keys above it is the same in every process, so runs are reproducible: a
    specimen has the same file 4040 (and tag 0x1A) every time, as a real card keeps its key
    for life. The seed is public, so the key is no secret: test cards only.
    """
    digest = hashlib.sha512(b"virtual-eid-basic-key:" + seed.encode("utf-8")).digest()
    scalar = int.from_bytes(digest, "big") % (_P384_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP384R1())


def basic_key_file(key: ec.EllipticCurvePrivateKey) -> bytes:
    """EF(PuK#1 Basic) 4040 of an applet 1.8 card: the DER SubjectPublicKeyInfo of ``key``
    (120 bytes for P-384, card content v5.4 §6.2.7)."""
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
