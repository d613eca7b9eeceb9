"""Errors of the network login, each with a stable code and a message for the volunteer or the
installer that says what failed and what to do. Messages never carry a token, a key or a
client assertion."""

from __future__ import annotations

from kiosk.errors import KioskError

__all__ = [
    "ClientCertificateError",
    "ClientRejected",
    "ClockSkew",
    "IdentityError",
    "NetworkAuthError",
    "ScopeRefused",
    "TokenEndpointDown",
    "TokenRefused",
]


class NetworkAuthError(KioskError):
    """The kiosk could not get a token. ``transient``: it may pass by itself (the endpoint is
    down), so the queue backs off; otherwise a person must fix the set-up and the queue pauses.
    ``status`` is the token endpoint's HTTP status (0 when it did not answer)."""

    code = "network-auth"
    transient = False

    def __init__(self, message: str, *, status: int = 0, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class TokenEndpointDown(NetworkAuthError):
    """No usable answer from the token endpoint (connection, timeout, 5xx, garbage)."""

    code = "token-endpoint-down"
    transient = True


class ClientRejected(NetworkAuthError):
    """``invalid_client``: the network does not know this client id (``unknown-client``) or the
    assertion's signature does not match the key it registered (``invalid-client``)."""

    code = "invalid-client"


class ScopeRefused(NetworkAuthError):
    """``invalid_scope``: the network does not grant the scopes the kiosk asks for."""

    code = "scope-refused"


class ClockSkew(NetworkAuthError):
    """The kiosk's clock is so far from the network's that its assertions look expired or
    not yet valid."""

    code = "clock-skew"


class TokenRefused(NetworkAuthError):
    """Any other refusal by the token endpoint (e.g. ``unauthorized_client``)."""

    code = "token-refused"


class ClientCertificateError(NetworkAuthError):
    """The TLS client certificate cannot be used with this kiosk's key: issued for another key
    (``client-cert-mismatch``) or unreadable (``client-cert-unreadable``)."""

    code = "client-cert-unusable"


class IdentityError(KioskError):
    """The kiosk's own key pair cannot be had (missing, damaged, sealed under another queue key)."""

    code = "identity-unavailable"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
