"""The sync worker's client for the configured endpoint and ``auth``: one place that turns the
settings into a logged-in FHIR client, for the kiosk and for the self-test alike.

* ``none``: the plain :class:`~kiosk.outbox.delivery.FhirClient` (TLS verified, as always);
* ``mtls``: the client certificate on every connection, with the kiosk's own key
  (:mod:`kiosk.network.tls`) or, when ``client_key`` names one, that key file;
* ``smart``: SMART Backend Services logins signed with the kiosk's key (:mod:`.smart`);
* ``bearer-from-keyring``: the token kept in the OS keyring (:mod:`.bearer`).

When the credentials cannot be had (no kiosk key, a certificate for another key, no stored
token) every post is an ``AuthFailed`` naming the problem, and the probe does not get in its
way (a server requiring a client certificate would look "offline", hiding the real fault): the
queue pauses with that reason and keeps its records.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.outbox.delivery import DEFAULT_TIMEOUT, AuthFailed, FhirClient, Outcome

from .errors import NetworkAuthError

if TYPE_CHECKING:
    import requests

    from kiosk.config.settings import KioskSettings
    from kiosk.outbox.sync import ClientLike

    from .identity import KioskIdentity
    from .smart import SmartTokenSource

__all__ = ["delivery_client", "fhir_client", "token_source"]

log = logging.getLogger(__name__)


def token_source(
    settings: KioskSettings,
    identity: KioskIdentity,
    *,
    timeout: tuple[float, float] | None = None,
) -> SmartTokenSource:
    """The SMART token source for ``settings`` (``auth = smart``), signing with ``identity``."""
    from .smart import DEFAULT_TIMEOUT as TOKEN_TIMEOUT
    from .smart import SmartTokenSource

    assert settings.token_url is not None and settings.client_id is not None
    return SmartTokenSource(
        settings.token_url,
        settings.client_id,
        settings.scopes,
        identity,
        ca_bundle=settings.ca_bundle,
        timeout=timeout or TOKEN_TIMEOUT,
    )


def fhir_client(
    settings: KioskSettings,
    identity: KioskIdentity | None,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    session: requests.Session | None = None,
) -> FhirClient:
    """The FHIR client for the endpoint, with the TLS client certificate when ``auth = mtls``.

    Raises :class:`~kiosk.network.errors.NetworkAuthError` when mTLS needs the kiosk's key and
    it is missing, or the certificate does not belong to it; ``EndpointError`` for an unusable
    endpoint."""
    assert settings.endpoint is not None
    cert = None
    if settings.auth == "mtls" and settings.client_cert:
        if settings.client_key:
            cert = (settings.client_cert, settings.client_key)
        elif session is None:
            if identity is None:
                raise NetworkAuthError(
                    "this kiosk's network key is unavailable, so its client certificate "
                    "cannot be used: see the kiosk's log",
                    code="identity-unavailable",
                )
            from .tls import client_tls_session

            session = client_tls_session(identity, settings.client_cert, settings.ca_bundle)
    return FhirClient(
        settings.endpoint,
        ca_bundle=settings.ca_bundle,
        client_cert=cert,
        timeout=timeout,
        session=session,
    )


def delivery_client(
    settings: KioskSettings, identity: KioskIdentity | None, *, data_dir: Path | None = None
) -> ClientLike:
    """The sync worker's client for the configured endpoint and ``auth`` (see the module).
    ``data_dir`` names the kiosk whose bearer token to use (default: the settings' folder)."""
    assert settings.endpoint is not None
    try:
        client = fhir_client(settings, identity)
    except NetworkAuthError as exc:
        log.error("the TLS client certificate cannot be used (%s)", exc.code)
        plain = FhirClient(settings.endpoint, ca_bundle=settings.ca_bundle)
        return _Refused(plain, exc.message, exc.code)
    if settings.auth == "bearer-from-keyring":
        from kiosk.files import default_data_dir

        from .bearer import KeyringBearerClient

        folder = data_dir or settings.data_dir or default_data_dir()
        return KeyringBearerClient(client, folder)
    if settings.auth != "smart":
        return client
    if identity is None or settings.token_url is None or settings.client_id is None:
        return _Refused(
            client,
            "this kiosk's network key is unavailable: see the kiosk's log",
            "identity-unavailable",
        )
    from .smart import SmartDeliveryClient

    return SmartDeliveryClient(client, token_source(settings, identity))


class _Refused:
    """A client that cannot log in at all: every post is refused with the reason, so a
    volunteer sees it (the probe says yes: the problem is here, not on the network)."""

    def __init__(self, client: FhirClient, reason: str, code: str) -> None:
        self._client, self._reason, self._code = client, reason, code

    def probe(self) -> bool:
        return True

    def post_transaction(self, bundle: bytes) -> Outcome:
        return AuthFailed(status=401, reason=self._reason, code=self._code)

    def set_token(self, token: str | None) -> None:
        pass

    def cancel(self) -> None:
        self._client.cancel()

    def close(self) -> None:
        self._client.close()
