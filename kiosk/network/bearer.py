"""``auth = "bearer-from-keyring"``: a long-lived access token the network issued to this kiosk,
kept in the OS keyring, never in a file.

Some networks hand out a static bearer token instead of registering a key (SMART) or issuing a
certificate (mTLS). The token is as good as a password, so it goes only into a *secure* keyring
(the same allow-list as the queue key, :data:`kiosk.outbox.keys.SECURE_KEYRING_BACKENDS`): no
plaintext file backend, no settings file. ``kiosk network set-token`` stores it (read from
standard input, never echoed, never logged); :class:`KeyringBearerClient` puts it on the FHIR
client, and reads it again when the queue resumes after a pause, so replacing a refused token
needs no restart.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.outbox.delivery import AuthFailed, Outcome
from kiosk.outbox.keys import SECURE_KEYRING_BACKENDS, secure_keyring_backend

from .errors import NetworkAuthError

if TYPE_CHECKING:
    from kiosk.outbox.delivery import FhirClient

__all__ = ["KeyringBearerClient", "load_bearer_token", "store_bearer_token"]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ehealth-kiosk-network-bearer"
MAX_TOKEN_CHARS = 8192


class BearerTokenError(NetworkAuthError):
    """No usable bearer token: none stored (``bearer-missing``), no secure keyring
    (``bearer-no-secure-keyring``), or not a token (``bearer-invalid``)."""

    code = "bearer-missing"


def _username(data_dir: Path) -> str:
    # One token per kiosk data folder: two kiosks under one account do not share a token.
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"bearer-{digest}"


def _backend(backend: Any | None, allowed: frozenset[str]) -> Any:
    secure = secure_keyring_backend(backend, allowed=allowed)
    if secure is None:
        raise BearerTokenError(
            "no secure OS keyring on this machine: a bearer token cannot be kept safely here; "
            "use auth = smart or mtls",
            code="bearer-no-secure-keyring",
        )
    return secure


def _check(token: str) -> str:
    token = token.strip()
    if not token or len(token) > MAX_TOKEN_CHARS or not token.isprintable() or " " in token:
        raise BearerTokenError(
            "that is not a bearer token (one line of printable characters, no spaces)",
            code="bearer-invalid",
        )
    return token


def store_bearer_token(
    data_dir: Path,
    token: str,
    *,
    backend: Any | None = None,
    allowed: frozenset[str] = SECURE_KEYRING_BACKENDS,
) -> None:
    """Keep ``token`` in the secure keyring for the kiosk whose data folder is ``data_dir``."""
    _backend(backend, allowed).set_password(KEYRING_SERVICE, _username(data_dir), _check(token))


def load_bearer_token(
    data_dir: Path,
    *,
    backend: Any | None = None,
    allowed: frozenset[str] = SECURE_KEYRING_BACKENDS,
) -> str:
    """The stored token; raises :class:`BearerTokenError` when there is none to use."""
    token = _backend(backend, allowed).get_password(KEYRING_SERVICE, _username(data_dir))
    if not token:
        raise BearerTokenError(
            "no bearer token is stored for this kiosk: run `kiosk network set-token`",
            code="bearer-missing",
        )
    return _check(token)


class KeyringBearerClient:
    """The sync worker's client for ``bearer-from-keyring``: the FHIR client with the stored
    token. A refused (or missing) token pauses the queue as any refused login does; the next
    post after that reads the keyring again, so a volunteer who stored a new token only has to
    resume the queue."""

    def __init__(
        self,
        client: FhirClient,
        data_dir: Path,
        *,
        backend: Any | None = None,
        allowed: frozenset[str] = SECURE_KEYRING_BACKENDS,
    ) -> None:
        self._client = client
        self._data_dir = data_dir
        self._backend, self._allowed = backend, allowed
        self._problem: BearerTokenError | None = None
        self._stale = True  # read the keyring before the next post

    def _load(self) -> None:
        try:
            self._client.set_token(
                load_bearer_token(self._data_dir, backend=self._backend, allowed=self._allowed)
            )
            self._problem = None
        except BearerTokenError as exc:
            log.warning("no usable bearer token (%s)", exc.code)
            self._client.set_token(None)
            self._problem = exc

    def probe(self) -> bool:
        return self._client.probe()

    def post_transaction(self, bundle: bytes) -> Outcome:
        if self._stale:
            self._load()
        if self._problem is not None:
            self._stale = True
            return AuthFailed(status=401, reason=self._problem.message, code=self._problem.code)
        outcome = self._client.post_transaction(bundle)
        self._stale = isinstance(outcome, AuthFailed)
        return outcome

    def set_token(self, token: str | None) -> None:
        self._stale = True

    def cancel(self) -> None:
        """End a post in flight (the sync worker is stopping)."""
        self._client.cancel()

    def close(self) -> None:
        self._client.close()
