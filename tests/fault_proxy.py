"""A fault-injecting HTTP proxy between the kiosk's FHIR client and the loopback FHIR server.

It forwards requests and, at a given rate drawn from a seeded RNG, answers with what a stand's
network and a busy server really do: 500 (before or after the server applied the request),
503 and 429 with ``Retry-After``, a captive portal's 200 HTML page, slow answers, connections
held past the client's read timeout, and connections reset without an answer. The ``*-after``
faults forward first: the server has created the resources but the client never learns it,
which is exactly what exactly-once delivery must survive.

Faults are bounded: at most ``max_faults``, only during ``fault_window_s``; after that the
proxy is transparent, and after ``lifetime_s`` it shuts itself down. With ``every_kind_first``
the first faults go through every kind once (in seeded order) so a test cannot pass without
meeting each of them. :meth:`FaultProxy.force` makes requests whose body carries a marker get a
fixed answer (401, 412, 422, ...), and ``require_token`` makes it answer 401 to any request
without that bearer token.
"""

from __future__ import annotations

import enum
import http.client
import json
import random
import socket
import struct
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Fault(enum.StrEnum):
    NONE = "none"
    ERROR_500 = "500"
    ERROR_500_AFTER = "500-after"
    RETRY_503 = "503"
    RETRY_429 = "429"
    CAPTIVE = "captive-portal"
    SLOW = "slow"
    TIMEOUT_BEFORE = "timeout-before"
    TIMEOUT_AFTER = "timeout-after"
    RESET_BEFORE = "reset-before"
    RESET_AFTER = "reset-after"


ALL_FAULTS = tuple(f for f in Fault if f is not Fault.NONE)
AFTER_FORWARD = frozenset({Fault.ERROR_500_AFTER, Fault.TIMEOUT_AFTER, Fault.RESET_AFTER})
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "host",
        "content-length",
    }
)


@dataclass
class _Forced:
    marker: bytes
    status: int
    body: bytes
    headers: dict[str, str]
    remaining: int | None


def operation_outcome(code: str, diagnostics: str) -> bytes:
    return json.dumps(
        {
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": code, "diagnostics": diagnostics}],
        }
    ).encode()


class FaultProxy:
    """Forwarding proxy on 127.0.0.1; ``base_url`` has the upstream's path (``.../fhir``)."""

    def __init__(
        self,
        upstream_base_url: str,
        *,
        rate: float = 0.0,
        seed: int = 0,
        kinds: tuple[Fault, ...] = ALL_FAULTS,
        every_kind_first: bool = True,
        max_faults: int = 1000,
        fault_window_s: float = 120.0,
        lifetime_s: float = 300.0,
        hold_s: float = 2.0,
        slow_s: float = 0.2,
        retry_after: str = "1",
        require_token: str | None = None,
    ) -> None:
        parts = urlsplit(upstream_base_url)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._rate = rate
        self._rng = random.Random(seed)
        self._kinds = kinds
        self._first = list(kinds) if every_kind_first else []
        self._rng.shuffle(self._first)
        self._max_faults = max_faults
        self._fault_window_s = fault_window_s
        self.hold_s = hold_s
        self.slow_s = slow_s
        self.retry_after = retry_after
        self.require_token = require_token
        self._lock = threading.Lock()
        self._forced: list[_Forced] = []
        self._stopping = threading.Event()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self.stats: Counter[str] = Counter()
        self.forwarded = 0  # requests the upstream server has answered (whatever the client saw)
        self.faults_injected = 0
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}{parts.path.rstrip('/')}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fault-proxy",
            daemon=True,
        )
        self._started_at: float | None = None
        self._timer = threading.Timer(lifetime_s, self.close)
        self._timer.daemon = True
        self._closed = False

    # ---- lifecycle ----
    def start(self) -> FaultProxy:
        import time

        self._started_at = time.monotonic()
        self._thread.start()
        self._timer.start()
        return self

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._stopping.set()  # releases held connections at once
        self._timer.cancel()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
        with self._idle:
            self._idle.wait_for(lambda: self._in_flight == 0, timeout=5.0)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- configuration ----
    def force(
        self,
        marker: str | bytes,
        status: int,
        *,
        code: str = "processing",
        diagnostics: str = "forced by the fault proxy",
        headers: dict[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer ``status`` (and an OperationOutcome) to requests whose body holds ``marker``."""
        raw = marker.encode() if isinstance(marker, str) else marker
        with self._lock:
            self._forced.append(
                _Forced(raw, status, operation_outcome(code, diagnostics), headers or {}, times)
            )

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self._rate = rate

    # ---- decisions (called by handler threads) ----
    def _decide(self, body: bytes, authorization: str | None) -> tuple[Fault, _Forced | None]:
        import time

        with self._lock:
            self._in_flight += 1
            if self.require_token is not None and authorization != f"Bearer {self.require_token}":
                self.stats["401-no-token"] += 1
                return Fault.NONE, _Forced(
                    b"", 401, operation_outcome("login", "token refused"), {}, None
                )
            for rule in self._forced:
                if rule.marker and rule.marker in body and rule.remaining != 0:
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    self.stats[f"forced-{rule.status}"] += 1
                    return Fault.NONE, rule
            elapsed = time.monotonic() - (self._started_at or time.monotonic())
            fault = Fault.NONE
            if (
                self.faults_injected < self._max_faults
                and elapsed < self._fault_window_s
                and self._rng.random() < self._rate
            ):
                fault = self._first.pop() if self._first else self._rng.choice(self._kinds)
                self.faults_injected += 1
            self.stats[fault.value] += 1
            return fault, None

    def wait_forwarded(self, count: int, timeout: float = 30.0) -> bool:
        """Wait until ``count`` requests have reached the server and been answered by it."""
        with self._idle:
            return self._idle.wait_for(lambda: self.forwarded >= count, timeout)

    def _done(self) -> None:
        with self._idle:
            self._in_flight -= 1
            self._idle.notify_all()

    def _forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(*self._upstream, timeout=60)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            answer = response.status, response.getheaders(), response.read()
        finally:
            connection.close()
        with self._idle:
            self.forwarded += 1
            self._idle.notify_all()
        return answer


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that give up (timeouts, a killed kiosk) are the point of this proxy, not errors.
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handle_error(request, client_address)


def _make_handler(proxy: FaultProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            self._handle()

        def do_POST(self) -> None:  # noqa: N802
            self._handle()

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            fault, forced = proxy._decide(body, self.headers.get("Authorization"))
            try:
                self._serve(fault, forced, body)
            except OSError:
                self.close_connection = True  # the client went away (e.g. after its timeout)
            finally:
                proxy._done()

        def _serve(self, fault: Fault, forced: _Forced | None, body: bytes) -> None:
            if forced is not None:
                self._answer(forced.status, forced.body, forced.headers)
                return
            if fault in (Fault.TIMEOUT_BEFORE, Fault.RESET_BEFORE):
                self._hang_up(fault)
                return
            if fault is Fault.ERROR_500:
                self._answer(500, operation_outcome("exception", "injected 500"))
                return
            if fault in (Fault.RETRY_503, Fault.RETRY_429):
                status = 503 if fault is Fault.RETRY_503 else 429
                self._answer(
                    status,
                    operation_outcome("throttled", "injected"),
                    {"Retry-After": proxy.retry_after},
                )
                return
            if fault is Fault.CAPTIVE:
                self._answer(
                    200, b"<html><body>Wi-Fi login</body></html>", content_type="text/html"
                )
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            status, upstream_headers, content = proxy._forward(
                self.command, self.path, headers, body
            )
            if fault in (Fault.TIMEOUT_AFTER, Fault.RESET_AFTER):
                self._hang_up(fault)
                return
            if fault is Fault.ERROR_500_AFTER:
                self._answer(500, operation_outcome("exception", "injected 500 after forwarding"))
                return
            if fault is Fault.SLOW:
                proxy._stopping.wait(proxy.slow_s)
            passthrough = {
                k: v
                for k, v in upstream_headers
                if k.lower() not in HOP_BY_HOP and k.lower() not in ("server", "date")
            }
            self._answer(status, content, passthrough, content_type=None)

        def _answer(
            self,
            status: int,
            content: bytes,
            headers: dict[str, str] | None = None,
            content_type: str | None = "application/fhir+json",
        ) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for key, value in (headers or {}).items():
                if key.lower() != "content-type" or not content_type:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def _hang_up(self, fault: Fault) -> None:
            self.close_connection = True
            if fault in (Fault.TIMEOUT_BEFORE, Fault.TIMEOUT_AFTER):
                proxy._stopping.wait(proxy.hold_s)  # past the client's read timeout
                return
            # RST instead of FIN: the client sees "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    return Handler
