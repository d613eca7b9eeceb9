"""Policy for the configured FHIR endpoint: which base URLs the kiosk may send consent to.

Consent records are health data in transit, so the rule is strict and has no switch:
``https://`` is always allowed (TLS verification stays on; a network's private CA bundle may
be named), plain ``http://`` only to a loopback host (tests, a local relay on the same
machine). Everything else is refused with a message that names the rule, never the URL
(a URL may carry credentials).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from urllib.parse import urlsplit


class EndpointError(ValueError):
    """The configured FHIR endpoint breaks the policy. The message is safe to log and show."""


@dataclass(frozen=True)
class Endpoint:
    """A validated FHIR base URL (no trailing slash) and the CA bundle to verify it with."""

    base_url: str
    ca_bundle: str | None = None

    @property
    def verify(self) -> str | bool:
        """The value for ``requests``' ``verify``: a CA bundle path or ``True``, never ``False``."""
        return self.ca_bundle or True


def is_loopback_host(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1 (also as an IPv4-mapped IPv6 address)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def validate_base_url(url: str) -> str:
    """Return ``url`` normalised (no trailing slash) or raise :class:`EndpointError`."""
    if not isinstance(url, str) or not url.strip():
        raise EndpointError("the FHIR base URL is empty")
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        raise EndpointError("the FHIR base URL contains whitespace or control characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise EndpointError("the FHIR base URL is malformed (host or port)") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise EndpointError("the FHIR base URL must start with https://")
    if not host:
        raise EndpointError("the FHIR base URL has no host")
    if parts.username is not None or parts.password is not None:
        # Credentials in a URL end up in logs and proxies; the token goes in a header instead.
        raise EndpointError("the FHIR base URL must not contain credentials (user:password@)")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise EndpointError("the FHIR base URL must not have a query or fragment")
    if scheme == "http" and not is_loopback_host(host):
        raise EndpointError(
            "plain http:// is refused for a non-loopback host: use https:// "
            "(http:// is only allowed for localhost, 127.0.0.0/8 and ::1)"
        )
    return url.rstrip("/")


def validate_ca_bundle(path: str | os.PathLike[str] | None) -> str | None:
    """Return the CA bundle path if it names a readable file, ``None`` for the system store."""
    if path is None or str(path) == "":
        return None
    text = os.fspath(path)
    if not os.path.isfile(text) or not os.access(text, os.R_OK):
        raise EndpointError("the configured CA bundle is not a readable file")
    return text


def make_endpoint(url: str, ca_bundle: str | os.PathLike[str] | None = None) -> Endpoint:
    """Validate a configured base URL and CA bundle together."""
    return Endpoint(base_url=validate_base_url(url), ca_bundle=validate_ca_bundle(ca_bundle))
