"""Mutual TLS with the kiosk's own key: the certificate request, and the HTTPS session that
shows the network's certificate for that key.

For ``auth = "mtls"`` the network's CA issues the kiosk a client certificate. Its private key
is the kiosk's network key (:mod:`kiosk.network.identity`): generated on the kiosk, sealed under
the queue key, never written anywhere in the clear. ``kiosk network csr`` prints a PKCS#10
request signed with it; the network signs it and the certificate's path goes in
``client_cert``. (A key kept elsewhere can still be named in ``client_key``; then that file is
the key and the kiosk's own key is not used.)

Python's :mod:`ssl` loads a private key only from a file, so :func:`client_tls_session` hands
it over as an *encrypted* PKCS#8 file in a private temporary folder, with a random password that
exists only in memory, and deletes it as soon as the TLS context has read it. The context
verifies the server as always (the network's CA bundle or the system's CAs, host name checked)
and is given to ``requests`` through a transport adapter.
"""

from __future__ import annotations

import os
import secrets
import ssl
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID
from requests.adapters import HTTPAdapter

from .errors import ClientCertificateError

if TYPE_CHECKING:
    from .identity import KioskIdentity

__all__ = ["certificate_request", "client_tls_context", "client_tls_session"]


def certificate_request(identity: KioskIdentity, common_name: str) -> bytes:
    """A PEM PKCS#10 request for a TLS client certificate, signed with the kiosk's key."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
        .sign(identity.private_key, hashes.SHA384())
    )
    return request.public_bytes(serialization.Encoding.PEM)


def client_tls_context(
    identity: KioskIdentity, cert_path: str, ca_bundle: str | None
) -> ssl.SSLContext:
    """A verifying TLS client context that presents ``cert_path`` with the kiosk's own key.

    Raises :class:`ClientCertificateError` (``client-cert-mismatch``) when the certificate was
    issued for another key, and (``client-cert-unreadable``) when it cannot be read.
    """
    try:
        certificate = x509.load_pem_x509_certificate(Path(cert_path).read_bytes())
    except (OSError, ValueError) as exc:
        raise ClientCertificateError(
            f"the client certificate {cert_path} cannot be read ({type(exc).__name__})",
            code="client-cert-unreadable",
        ) from None
    if certificate.public_key() != identity.private_key.public_key():
        raise ClientCertificateError(
            f"the client certificate {cert_path} was issued for another key, not this kiosk's "
            f"network key {identity.kid}: send the network the request from `kiosk network csr`",
            code="client-cert-mismatch",
        )
    context = ssl.create_default_context(cafile=ca_bundle)
    password = secrets.token_bytes(32)
    sealed = identity.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    with tempfile.TemporaryDirectory(prefix="kiosk-tls-") as folder:
        key_path = Path(folder) / "key.pem"
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
        context.load_cert_chain(cert_path, key_path, password=password)
    return context


def client_tls_session(
    identity: KioskIdentity, cert_path: str, ca_bundle: str | None
) -> requests.Session:
    """A ``requests`` session whose HTTPS connections use :func:`client_tls_context`."""
    context = client_tls_context(identity, cert_path, ca_bundle)
    session = requests.Session()
    session.mount("https://", _ContextAdapter(context))
    return session


class _ContextAdapter(HTTPAdapter):
    """A transport adapter that connects with one given :class:`ssl.SSLContext`."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def build_connection_pool_key_attributes(
        self, request: Any, verify: Any, cert: Any = None
    ) -> Any:
        host, given = super().build_connection_pool_key_attributes(request, verify, cert)
        # The context already trusts the network's CA and requires a verified server.
        pool: dict[str, Any] = {
            name: value
            for name, value in given.items()
            if name not in ("ca_certs", "ca_cert_dir", "cert_file", "key_file")
        }
        pool["ssl_context"] = self._context
        pool["cert_reqs"] = "CERT_REQUIRED"
        return host, pool
