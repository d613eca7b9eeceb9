"""The HTTP client that posts queued transaction Bundles to the network's FHIR server and sorts
each answer into what the sync worker must do next.

Exactly-once rests on the Bundle, not on this client: every entry is a conditional create
(``request.ifNoneExist``), so re-posting a submission whose first answer was lost creates
nothing new. This module therefore only has to classify honestly:

==========================================  ===================  ===============================
answer                                       outcome              worker action
==========================================  ===================  ===============================
200/201 transaction-response, entries 2xx    :class:`Delivered`   mark delivered
401, 403                                     :class:`AuthFailed`  pause the queue, alert
409, 412, 422, other 4xx                     :class:`Rejected`    quarantine, go on with the next
429, 503                                     :class:`RetryLater`  honour Retry-After, end round
other 5xx, 408, 425, 3xx, timeouts, resets,  :class:`Transient-   back off with jitter, end round
TLS errors, malformed or foreign answers,      Failure`
answers too large or too slow, a stop
==========================================  ===================  ===============================

Every exchange is bounded (:mod:`kiosk.outbox.bounds`): at most :data:`MAX_ANSWER_BYTES` of an
answer are read, the whole exchange has a deadline, and :meth:`FhirClient.cancel` ends one in
flight from another thread. Redirects are never followed.

Nothing here logs or returns Bundle content: server diagnostics are scrubbed of every value
the Bundle carries before they become a :class:`Rejected` reason. ``requests`` is imported
on first use, so importing this module stays cheap on the kiosk's start-up path.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.outbox.bounds import Answer, AnswerError, Watchdog, fetch
from kiosk.outbox.endpoint import make_endpoint

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
REASON_MAX = 200
DEFAULT_TIMEOUT = (5.0, 30.0)
#: The most of an answer read: a CapabilityStatement or a transaction-response is far smaller.
MAX_ANSWER_BYTES = 2 * 1024 * 1024
#: Added to the connect and read timeouts for the default deadline of a whole exchange.
ANSWER_GRACE_S = 10.0


@dataclass(frozen=True)
class Delivered:
    """The server applied the whole transaction; ``server_ids`` are its ``Type/id`` answers."""

    server_ids: tuple[str, ...]
    status: int = 200


@dataclass(frozen=True)
class Rejected:
    """The server refused this record for good; a volunteer must look (never retried blindly)."""

    reason: str
    status: int


@dataclass(frozen=True)
class AuthFailed:
    """Our credentials were refused: no record can go until the token is fixed."""

    status: int
    reason: str = "authentication refused"
    code: str = "auth-refused"  # a network login's own code (kiosk.network.errors) when it failed


@dataclass(frozen=True)
class RetryLater:
    """The server asked us to slow down (429/503); ``retry_after_s`` is None without a delay."""

    retry_after_s: float | None
    status: int


@dataclass(frozen=True)
class TransientFailure:
    """The network or the server failed in a way that may pass; ``error`` is non-personal.
    ``code`` is stable: ``transient``, or an :class:`~kiosk.outbox.bounds.AnswerError`'s code
    (``answer-too-large``, ``deadline-exceeded``, ``request-cancelled``)."""

    error: str
    code: str = "transient"


Outcome = Delivered | Rejected | AuthFailed | RetryLater | TransientFailure


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or ``None``."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    import email.utils  # ~20 ms (it pulls in socket): only when a server sends an HTTP-date

    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


class FhirClient:
    """Posts transaction Bundles to one FHIR base URL over a ``requests.Session``.

    ``timeout`` is ``(connect_s, read_s)``, and ``deadline_s`` bounds a whole exchange
    (default: both timeouts and :data:`ANSWER_GRACE_S`); answers are read up to
    ``max_answer_bytes``. TLS verification is always on: ``ca_bundle`` may name a network's
    private CA; ``client_cert`` (certificate and key files) is shown to a server that asks for
    one (mutual TLS). The bearer ``token`` can be replaced with :meth:`set_token`. One client
    belongs to one thread (the sync worker); :meth:`cancel` may be called from any thread.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        ca_bundle: str | None = None,
        client_cert: tuple[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        deadline_s: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        endpoint = make_endpoint(base_url, ca_bundle)
        self._cert = client_cert  # (certificate, key) PEM paths for mutual TLS
        self.base_url = endpoint.base_url
        self._timeout = timeout
        self._deadline_s = sum(timeout) + ANSWER_GRACE_S if deadline_s is None else deadline_s
        self._max_answer_bytes = max_answer_bytes
        self._watchdog = Watchdog()
        self._clock = clock
        self._token = token
        if session is None:
            from kiosk.outbox.watched_http import watched_session

            session = watched_session()
        # Set on the session so nothing (not even a caller's session) can send with verify=False,
        # and passed with each request: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in the
        # environment override a session's verify, which would drop the network's CA bundle.
        session.verify = self._verify = endpoint.verify
        self._session = session

    def __repr__(self) -> str:
        return f"FhirClient({self.base_url!r}, token={'set' if self._token else 'none'})"

    def set_token(self, token: str | None) -> None:
        self._token = token

    def close(self) -> None:
        self._session.close()

    def cancel(self) -> None:
        """End the request in flight at once and refuse every later one (any thread): for
        stopping the sync worker. Its outcome is a transient ``request-cancelled``."""
        self._watchdog.cancel()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _headers(self, *, body: bool) -> dict[str, str]:
        headers = {"Accept": FHIR_JSON}
        if body:
            headers["Content-Type"] = f"{FHIR_JSON}; charset=utf-8"
            # The answer need not echo the resources (personal data) back: locations suffice.
            headers["Prefer"] = "return=minimal"
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        return headers

    def probe(self) -> bool:
        """True if our endpoint answers ``GET [base]/metadata`` with a CapabilityStatement.

        The OS's idea of connectivity is not trusted: a captive portal or a foreign server
        answering 200 with HTML counts as unreachable.
        """
        import requests

        try:
            answer = self._fetch(
                lambda: self._session.get(
                    f"{self.base_url}/metadata",
                    headers=self._headers(body=False),
                    timeout=self._timeout,
                    verify=self._verify,
                    cert=self._cert,
                    allow_redirects=False,
                    stream=True,
                )
            )
        except AnswerError as exc:
            log.info("FHIR endpoint probe failed: %s (%s)", exc, exc.code)
            return False
        except (requests.RequestException, OSError) as exc:
            log.info("FHIR endpoint probe failed: %s", transport_error(exc))
            return False
        if answer.status != 200:
            log.info("FHIR endpoint probe: HTTP %d", answer.status)
            return False
        document = json_object(answer.body)
        return document is not None and document.get("resourceType") == "CapabilityStatement"

    def post_transaction(self, bundle: bytes) -> Outcome:
        """Post one transaction Bundle and classify the answer. Never raises for I/O."""
        import requests

        try:
            answer = self._fetch(
                lambda: self._session.post(
                    self.base_url,
                    data=bundle,
                    headers=self._headers(body=True),
                    timeout=self._timeout,
                    verify=self._verify,
                    cert=self._cert,
                    allow_redirects=False,
                    stream=True,
                )
            )
        except AnswerError as exc:
            return TransientFailure(str(exc), code=exc.code)
        except (requests.RequestException, OSError) as exc:
            return TransientFailure(transport_error(exc))
        retry_after = answer.headers.get("Retry-After")
        return classify(answer.status, answer.body, retry_after, bundle, now=self._clock())

    def _fetch(self, send: Callable[[], requests.Response]) -> Answer:
        return fetch(
            send, self._watchdog, deadline_s=self._deadline_s, limit=self._max_answer_bytes
        )


def classify(
    status: int, content: bytes, retry_after: str | None, bundle: bytes, *, now: float
) -> Outcome:
    """Map one HTTP answer to an :data:`Outcome` (pure; the heart of this module)."""
    if status in (200, 201):
        return _classify_success(status, content, bundle)
    if status in (401, 403):
        return AuthFailed(status=status, reason=f"HTTP {status}: authentication refused")
    if status in (429, 503):
        return RetryLater(retry_after_s=parse_retry_after(retry_after, now), status=status)
    if status in (408, 425):
        return TransientFailure(f"HTTP {status}")
    if 400 <= status < 500:
        return Rejected(reason=_rejection_reason(status, content, bundle), status=status)
    if 300 <= status < 400:
        return TransientFailure(f"unexpected redirect HTTP {status} (captive portal?)")
    return TransientFailure(f"HTTP {status}")


def _classify_success(status: int, content: bytes, bundle: bytes) -> Outcome:
    document = json_object(content)
    if document is None:
        return TransientFailure(f"HTTP {status} without a FHIR JSON body (captive portal?)")
    if document.get("resourceType") != "Bundle" or document.get("type") != "transaction-response":
        return TransientFailure(f"HTTP {status} but not a transaction-response Bundle")
    entries = document.get("entry")
    if not isinstance(entries, list):
        return TransientFailure(f"HTTP {status}: transaction-response without entries")
    sent = _entry_count(bundle)
    if sent is not None and len(entries) != sent:
        return TransientFailure(f"transaction-response has {len(entries)} entries for {sent} sent")
    server_ids: list[str] = []
    for index, entry in enumerate(entries):
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(response, dict):
            return TransientFailure(f"transaction-response entry {index} has no response")
        entry_status = _status_code(response.get("status"))
        if entry_status is None:
            return TransientFailure(f"transaction-response entry {index} has no status")
        if entry_status not in (200, 201):
            if 400 <= entry_status < 500:
                reason = _rejection_reason(entry_status, _outcome_bytes(response), bundle)
                return Rejected(reason=f"entry {index}: {reason}", status=entry_status)
            return TransientFailure(f"transaction-response entry {index}: HTTP {entry_status}")
        location = response.get("location")
        if isinstance(location, str) and location:
            server_ids.append(_type_and_id(location))
    return Delivered(server_ids=tuple(server_ids), status=status)


def json_object(content: bytes) -> dict[str, Any] | None:
    """``content`` as a JSON object, or None when it is not one (a server's answer, a Bundle)."""
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    return document if isinstance(document, dict) else None


def _entry_count(bundle: bytes) -> int | None:
    document = json_object(bundle)
    entries = document.get("entry") if document else None
    return len(entries) if isinstance(entries, list) else None


def _status_code(value: object) -> int | None:
    match = re.match(r"\s*(\d{3})\b", value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def _type_and_id(location: str) -> str:
    """``http://h/fhir/Consent/abc/_history/1`` -> ``Consent/abc`` (server ids are opaque)."""
    path = location.split("?", 1)[0].split("/_history", 1)[0].rstrip("/")
    segments = path.split("/")
    return "/".join(segments[-2:]) if len(segments) >= 2 else path


def _outcome_bytes(response: dict[str, Any]) -> bytes:
    outcome = response.get("outcome")
    return json.dumps(outcome).encode() if isinstance(outcome, dict) else b""


def transport_error(exc: BaseException) -> str:
    """A short non-personal name for a transport failure (never ``str(exc)``: it may hold URLs)."""
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error (check the kiosk clock and the CA bundle)"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connect timeout"
    if isinstance(exc, requests.exceptions.Timeout):
        return "read timeout"
    if isinstance(exc, requests.exceptions.ConnectionError):
        return "connection failed or reset"
    return f"transport error ({type(exc).__name__})"


# Scrubbing server diagnostics: servers quote the offending values back, and validators print
# "input_value=..."; any of those may be a national number or a name.
_PERSONAL_KEYS = frozenset(
    {
        "value",
        "family",
        "given",
        "text",
        "display",
        "ifNoneExist",
        "fullUrl",
        "reference",
        "birthDate",
        "line",
        "city",
        "postalCode",
        "data",
        "prefix",
        "suffix",
    }
)
_NAME_KEYS = frozenset({"family", "given", "prefix", "suffix", "line", "city"})
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
_INPUT_VALUE = re.compile(r"input_value=[^,\]\)]*")
_NUMBERISH = re.compile(r"\d[\d .\-/:]{3,}\d")
_CODE = re.compile(r"^[a-z][a-z-]{0,40}$")


def _rejection_reason(status: int, content: bytes, bundle: bytes) -> str:
    code, diagnostics = _first_issue(json_object(content))
    reason = f"HTTP {status}"
    if code:
        reason += f" {code}"
    if diagnostics:
        reason += f": {scrub(diagnostics, _personal_strings(bundle))}"
    return reason[:REASON_MAX]


def _first_issue(outcome: dict[str, Any] | None) -> tuple[str, str]:
    if not outcome or outcome.get("resourceType") != "OperationOutcome":
        return "", ""
    issues = outcome.get("issue")
    first = issues[0] if isinstance(issues, list) and issues and isinstance(issues[0], dict) else {}
    code = first.get("code")
    diagnostics = first.get("diagnostics")
    return (
        code if isinstance(code, str) and _CODE.match(code) else "",
        diagnostics if isinstance(diagnostics, str) else "",
    )


def _personal_strings(bundle: bytes) -> list[str]:
    found: set[str] = set()

    def walk(node: object, key: str | None) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str) and key in _PERSONAL_KEYS and len(node) >= 2:
            found.add(node)
            if key in _NAME_KEYS:
                found.update(part for part in node.split() if len(part) >= 2)
            elif key == "ifNoneExist":
                found.update(m for m in re.findall(r"\|([^&]+)", node) if len(m) >= 2)

    walk(json_object(bundle), None)
    return sorted(found, key=len, reverse=True)


def scrub(text: str, personal: Iterable[str] = ()) -> str:
    """Remove from ``text`` everything that could be citizen data; keep the server's wording."""
    for value in personal:
        text = text.replace(value, "…")
    text = _INPUT_VALUE.sub("input_value=…", text)
    text = _QUOTED.sub("'…'", text)
    text = _NUMBERISH.sub("…", text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:REASON_MAX]
