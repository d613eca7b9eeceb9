"""A throw-away certificate authority for the loopback servers the suite starts over TLS: a
root (P-256), a server certificate for ``127.0.0.1`` / ``localhost`` and, for mutual TLS, a
client certificate. Made with ``cryptography`` in a scratch folder; nothing is installed in the
system's trust store: the kiosk is pointed at ``ca_path`` through its ``ca_bundle`` setting.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class LoopbackPki:
    ca_path: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    expired_cert: Path  # a client certificate of the same CA that expired yesterday
    expired_key: Path
    ca_key: Path  # to sign a kiosk's certificate request (:func:`sign_request`)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)


def _issue(
    subject: str,
    key: ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey,
    ca_key: ec.EllipticCurvePrivateKey,
    *,
    usage: x509.ObjectIdentifier,
    sans: list[x509.GeneralName] | None = None,
    expired: bool = False,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC) - (dt.timedelta(days=3) if expired else dt.timedelta(0))
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name("kiosk test CA"))
        .public_key(key.public_key() if isinstance(key, ec.EllipticCurvePrivateKey) else key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    return builder.sign(ca_key, hashes.SHA256())


def make_test_pki(folder: Path) -> LoopbackPki:
    """A root CA and a server and a client certificate signed by it, as PEM files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("kiosk test CA"))
        .issuer_name(_name("kiosk test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
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
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    pki = LoopbackPki(
        ca_path=folder / "ca.pem",
        server_cert=folder / "server.pem",
        server_key=folder / "server-key.pem",
        client_cert=folder / "client.pem",
        client_key=folder / "client-key.pem",
        expired_cert=folder / "expired.pem",
        expired_key=folder / "expired-key.pem",
        ca_key=folder / "ca-key.pem",
    )
    _write_key(ca_key, pki.ca_key)
    pki.ca_path.write_bytes(ca.public_bytes(pem))
    server_key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    server = _issue(
        "127.0.0.1", server_key, ca_key, usage=ExtendedKeyUsageOID.SERVER_AUTH, sans=sans
    )
    pki.server_cert.write_bytes(server.public_bytes(pem))
    _write_key(server_key, pki.server_key)
    client_key = ec.generate_private_key(ec.SECP256R1())
    client = _issue("test kiosk", client_key, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    pki.client_cert.write_bytes(client.public_bytes(pem))
    _write_key(client_key, pki.client_key)
    expired_key = ec.generate_private_key(ec.SECP256R1())
    expired = _issue(
        "expired kiosk", expired_key, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH, expired=True
    )
    pki.expired_cert.write_bytes(expired.public_bytes(pem))
    _write_key(expired_key, pki.expired_key)
    return pki


def sign_request(pki: LoopbackPki, request_pem: bytes, path: Path) -> Path:
    """Issue a client certificate for a PEM certificate request (as the network's CA would),
    checking the request's own signature first; written to ``path``."""
    request = x509.load_pem_x509_csr(request_pem)
    assert request.is_signature_valid
    ca_key = serialization.load_pem_private_key(pki.ca_key.read_bytes(), password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    public = request.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    common_name = request.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    certificate = _issue(str(common_name), public, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path
