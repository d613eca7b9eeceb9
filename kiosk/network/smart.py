"""SMART Backend Services login (HL7 SMART App Launch, "Backend Services"): the kiosk gets an
access token with the OAuth 2.0 client-credentials grant, authenticated by a client assertion
(``private_key_jwt``) that it signs with its own key (:mod:`kiosk.network.identity`).

* :class:`SmartTokenSource` asks the token endpoint for a token and keeps it until shortly
  before it expires. The exchange with the token endpoint is bounded (the answer's size, the
  whole exchange's time: :mod:`kiosk.outbox.bounds`) and every refusal
  becomes a :class:`~kiosk.network.errors.NetworkAuthError` with a stable code and a message
  that says what to fix: unknown client, key not registered (bad signature), scope refused,
  clock skew, endpoint down (the only transient one).
* :class:`SmartDeliveryClient` puts that token on the queue's FHIR client
  (:class:`kiosk.outbox.delivery.FhirClient`) for the sync worker. A 401 from the FHIR server
  drops the token, fetches one new token and retries once; a second refusal, or a refused
  login, is an ``AuthFailed`` and the worker pauses the queue as it always did ("auth-paused");
  an unreachable token endpoint is a transient failure (the worker backs off). Records stay
  pending either way.

``requests`` is imported on first use, like in the delivery client.
"""

from __future__ import annotations

import email.utils
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.outbox.bounds import (
    AnswerError,
    AnswerTooLarge,
    DeadlineExceeded,
    RequestCancelled,
    Watchdog,
    fetch,
)
from kiosk.outbox.delivery import (
    AuthFailed,
    Outcome,
    TransientFailure,
    json_object,
    transport_error,
)
from kiosk.outbox.endpoint import make_endpoint

from .errors import (
    ClientRejected,
    ClockSkew,
    NetworkAuthError,
    ScopeRefused,
    TokenEndpointDown,
    TokenRefused,
)

if TYPE_CHECKING:
    import requests

    from kiosk.outbox.delivery import FhirClient

    from .identity import KioskIdentity

__all__ = ["AccessToken", "SmartDeliveryClient", "SmartTokenSource"]

log = logging.getLogger(__name__)

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
#: The spec allows at most 5 minutes; a little less leaves room for the network's clock.
ASSERTION_LIFETIME_S = 240
DEFAULT_TIMEOUT = (5.0, 15.0)
MAX_ANSWER_BYTES = 64 * 1024
#: The whole exchange must end within this (the read timeout is per read: a server dripping
#: bytes would otherwise hold the sync worker for as long as it likes).
MAX_ANSWER_S = 20.0
#: A token is renewed this long before it expires (at most a fifth of its lifetime).
REFRESH_MARGIN_S = 60.0
#: Clocks further apart than this make the network refuse assertions: say so.
CLOCK_SKEW_LIMIT_S = 60.0
DETAIL_MAX = 160


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and when to stop using it (``refresh_at``, by the monotonic clock)."""

    value: str = field(repr=False)
    expires_in: float
    refresh_at: float
    scope: str


class SmartTokenSource:
    """Fetches and caches access tokens for one client at one token endpoint. Thread-safe."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        scopes: str,
        identity: KioskIdentity,
        *,
        ca_bundle: str | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline_s: float = MAX_ANSWER_S,
    ) -> None:
        endpoint = make_endpoint(token_url, ca_bundle)  # https, or http to loopback only
        self.token_url = endpoint.base_url
        self.client_id = client_id
        self.scopes = scopes
        self._identity = identity
        self._clock = clock  # wall time: the assertion's iat/exp, the clock-skew check
        self._monotonic = monotonic  # the cache: immune to the wall clock being set
        self._timeout = timeout
        self._deadline_s = deadline_s
        self._watchdog = Watchdog()
        if session is None:
            from kiosk.outbox.watched_http import watched_session

            session = watched_session()
        # Never False; passed with each request too (see kiosk.outbox.delivery.FhirClient).
        session.verify = self._verify = endpoint.verify
        self._session = session
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        #: how many answers the token endpoint gave (the tests count logins with it)
        self.fetched = 0

    def __repr__(self) -> str:
        return f"SmartTokenSource({self.token_url!r}, client_id={self.client_id!r})"

    def close(self) -> None:
        self._session.close()

    def cancel(self) -> None:
        """End a login in flight at once and refuse every later one (any thread): for stopping
        the sync worker."""
        self._watchdog.cancel()

    def client_assertion(self) -> str:
        """A fresh signed client assertion: iss = sub = client id, aud = token URL, unique jti."""
        now = int(self._clock())
        claims = {
            "iss": self.client_id,
            "sub": self.client_id,
            "aud": self.token_url,
            "iat": now,
            "exp": now + ASSERTION_LIFETIME_S,
            "jti": secrets.token_urlsafe(24),
        }
        return self._identity.sign_jwt(claims)

    def token(self) -> str:
        """A valid access token: the cached one, or a new one when it is about to expire."""
        return self.access_token().value

    def access_token(self) -> AccessToken:
        """:meth:`token` with what the network granted (scope, lifetime)."""
        with self._lock:
            cached = self._token
            if cached is None or self._monotonic() >= cached.refresh_at:
                cached = self._token = self._fetch()
            return cached

    def invalidate(self) -> None:
        """Forget the cached token (the server refused it); the next :meth:`token` fetches."""
        with self._lock:
            self._token = None

    def _fetch(self) -> AccessToken:
        import requests

        form = {
            "grant_type": "client_credentials",
            "scope": self.scopes,
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": self.client_assertion(),
        }
        try:
            answer = fetch(
                lambda: self._session.post(
                    self.token_url,
                    data=form,
                    headers={"Accept": "application/json"},
                    timeout=self._timeout,
                    verify=self._verify,
                    allow_redirects=False,
                    stream=True,
                ),
                self._watchdog,
                deadline_s=self._deadline_s,
                limit=MAX_ANSWER_BYTES,
            )
        except RequestCancelled as exc:
            raise TokenEndpointDown(_unusable_answer(exc), code=exc.code) from None
        except AnswerError as exc:
            raise TokenEndpointDown(_unusable_answer(exc)) from None
        except requests.RequestException as exc:
            raise TokenEndpointDown(
                f"the token endpoint did not answer ({transport_error(exc)}); "
                "submissions wait in the queue"
            ) from None
        except OSError:  # a reset while reading the body
            raise TokenEndpointDown("the token endpoint's answer was cut off") from None
        self.fetched += 1
        if answer.status == 200:
            return self._parse_token(answer.body)
        raise self._refusal(answer.status, answer.body, answer.headers.get("Date"))

    def _parse_token(self, body: bytes) -> AccessToken:
        doc = json_object(body)
        value = doc.get("access_token") if doc else None
        token_type = doc.get("token_type") if doc else None
        expires_in = doc.get("expires_in", 300) if doc else None
        if (
            doc is None
            or not isinstance(value, str)
            or not value
            or not isinstance(token_type, str)
            or token_type.lower() != "bearer"
            or not isinstance(expires_in, int | float)
            or isinstance(expires_in, bool)
            or expires_in <= 0
        ):
            raise TokenEndpointDown(
                "the token endpoint answered 200 without a bearer token (captive portal?)"
            )
        margin = min(REFRESH_MARGIN_S, expires_in / 5)
        scope = doc.get("scope")
        return AccessToken(
            value=value,
            expires_in=float(expires_in),
            refresh_at=self._monotonic() + expires_in - margin,
            scope=scope if isinstance(scope, str) else self.scopes,
        )

    def _refusal(self, status: int, body: bytes, date: str | None) -> NetworkAuthError:
        if status >= 500 or status in (408, 429) or 300 <= status < 400:
            return TokenEndpointDown(
                f"the token endpoint answered HTTP {status}; submissions wait in the queue",
                status=status,
            )
        doc = json_object(body) or {}
        error = doc.get("error") if isinstance(doc.get("error"), str) else ""
        detail = _detail(doc.get("error_description"))
        server_says = f" (the network says: {detail})" if detail else ""
        skew = self._skew(date)
        if error in ("invalid_client", "invalid_grant") and skew is not None:
            direction = "ahead of" if skew > 0 else "behind"
            return ClockSkew(
                f"the kiosk's clock is {abs(skew):.0f} s {direction} the network's, so its signed "
                f"login looks expired or not yet valid: set the kiosk's clock (NTP){server_says}",
                status=status,
            )
        if error == "invalid_client":
            if "unknown" in detail.lower() or "not found" in detail.lower():
                return ClientRejected(
                    f"the network does not know client id {self.client_id!r}: ask it to register "
                    f"this kiosk (`kiosk network register` prints its key){server_says}",
                    status=status,
                    code="unknown-client",
                )
            return ClientRejected(
                f"the network refused this kiosk's signed login for client id "
                f"{self.client_id!r} (invalid_client: the key it registered is not this "
                f"kiosk's key {self._identity.kid}, e.g. after a key rotation; register the key "
                f"`kiosk network register` prints){server_says}",
                status=status,
            )
        if error == "invalid_scope":
            return ScopeRefused(
                f"the network refused the scopes {self.scopes!r}: ask it to grant them, or set "
                f"scopes to what it grants{server_says}",
                status=status,
            )
        what = error or f"HTTP {status}"
        return TokenRefused(
            f"the token endpoint refused the login ({what}){server_says}", status=status
        )

    def _skew(self, date: str | None) -> float | None:
        """Our clock minus the network's, when the answer's Date shows they are too far apart."""
        if not date:
            return None
        try:
            theirs = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError, IndexError):
            return None
        skew = self._clock() - theirs
        return skew if abs(skew) > CLOCK_SKEW_LIMIT_S else None


class SmartDeliveryClient:
    """The sync worker's client (``ClientLike``): the FHIR client with a SMART access token,
    one token refresh and retry on 401. See the module docstring."""

    def __init__(self, client: FhirClient, tokens: SmartTokenSource) -> None:
        self._client = client
        self._tokens = tokens

    def __repr__(self) -> str:
        return f"SmartDeliveryClient({self._client!r}, {self._tokens!r})"

    @property
    def tokens(self) -> SmartTokenSource:
        return self._tokens

    def probe(self) -> bool:
        return self._client.probe()  # [base]/metadata needs no token

    def post_transaction(self, bundle: bytes) -> Outcome:
        problem = self._use_token()
        if problem is not None:
            return problem
        outcome = self._client.post_transaction(bundle)
        if isinstance(outcome, AuthFailed) and outcome.status == 401:
            # The token expired early or was revoked: one new token, one more try.
            log.info("the FHIR server refused the access token (401): fetching a new one")
            self._tokens.invalidate()
            problem = self._use_token()
            if problem is not None:
                return problem
            outcome = self._client.post_transaction(bundle)
        return outcome

    def set_token(self, token: str | None) -> None:
        """The worker resumes after a volunteer fixed the set-up: log in afresh next time."""
        self._tokens.invalidate()

    def close(self) -> None:
        self._client.close()
        self._tokens.close()

    def cancel(self) -> None:
        """End a login or a post in flight and refuse later ones (any thread; see
        :meth:`kiosk.outbox.delivery.FhirClient.cancel`)."""
        self._tokens.cancel()
        self._client.cancel()

    def _use_token(self) -> Outcome | None:
        try:
            self._client.set_token(self._tokens.token())
        except NetworkAuthError as exc:
            log.warning("network login failed (%s)", exc.code)
            if exc.transient:
                return TransientFailure(exc.message, code=exc.code)
            return AuthFailed(status=exc.status or 401, reason=exc.message, code=exc.code)
        return None


def _unusable_answer(exc: AnswerError) -> str:
    """Why an exchange with the token endpoint was ended (as a ``token-endpoint-down``, but for
    a stop, which keeps its own ``request-cancelled``)."""
    if isinstance(exc, AnswerTooLarge):
        return "the token endpoint's answer is too large (not a token)"
    if isinstance(exc, DeadlineExceeded):
        return f"the token endpoint's answer is too slow to arrive ({exc.seconds:g} s deadline)"
    if isinstance(exc, RequestCancelled):
        return "the login was ended: the sync worker is stopping"
    return str(exc)


def _detail(value: object) -> str:
    """The server's error description, printable and short (it is shown to a volunteer)."""
    if not isinstance(value, str):
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(text.split())[:DETAIL_MAX]
