"""A hostile server on 127.0.0.1 for the delivery tests: per path, it answers like a FHIR server
(or a token endpoint) or misbehaves on purpose, the way an attacker on the stand's network
would: a 100 MB answer (or 100 KB that inflate to 100 MB), an answer trickled one byte at a
time (in its headers or its body), a redirect to itself, or no answer at all.

Each request it served is recorded (:class:`Served`: path, bytes of the answer sent, whether
the whole answer went out), so a test can tell that the client hung up early without timing
anything. ``began`` is set when a misbehaving answer starts (the client is then in flight).
Trickled and silent answers wait on the server's own closing event, so :meth:`close` ends them.
"""

from __future__ import annotations

import enum
import functools
import gzip
import json
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.tls_ca import LoopbackPki

MB = 1024 * 1024


class Mode(enum.StrEnum):
    OK = "ok"  # a well-formed answer at once
    HUGE = "huge"  # 200 with a body of ``huge_bytes``, chunked (no Content-Length to refuse)
    HUGE_DECLARED = "huge-declared"  # the same with an honest Content-Length
    GZIP_BOMB = "gzip-bomb"  # ``huge_bytes`` of spaces gzipped into about 100 KB
    TRICKLE_HEADERS = "trickle-headers"  # the status line, then header bytes one at a time
    TRICKLE_BODY = "trickle-body"  # headers, then leading JSON whitespace one byte at a time
    SILENT = "silent"  # reads the request and never answers
    REDIRECT = "redirect"  # 302 to itself


@functools.cache
def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b" " * size, compresslevel=9)


def capability_statement() -> bytes:
    return json.dumps({"resourceType": "CapabilityStatement", "status": "active"}).encode()


def transaction_response(entries: int = 5) -> bytes:
    return json.dumps(
        {
            "resourceType": "Bundle",
            "type": "transaction-response",
            "entry": [
                {"response": {"status": "201 Created", "location": f"Consent/c{i}/_history/1"}}
                for i in range(entries)
            ],
        }
    ).encode()


def token_answer() -> bytes:
    return json.dumps({"access_token": "t0k", "token_type": "Bearer", "expires_in": 300}).encode()


@dataclass
class Served:
    path: str
    mode: Mode
    sent: int = 0  # bytes of the answer (headers included) the client accepted
    complete: bool = False  # the whole answer went out


class HostileServer:
    """``modes`` maps a path (``/fhir/metadata``, ``/fhir``, ``/token``) to a :class:`Mode`;
    other paths get 404. ``trickle_bytes`` bytes are trickled, one per ``trickle_s``, before
    the well-formed answer; ``trickle_bytes=None`` trickles until the server is closed. With
    ``tls`` it speaks only TLS, with the server certificate of that test PKI."""

    def __init__(
        self,
        modes: dict[str, Mode],
        *,
        huge_bytes: int = 100 * MB,
        trickle_s: float = 0.2,
        trickle_bytes: int | None = 40,
        tls: LoopbackPki | None = None,
    ) -> None:
        self.modes = modes
        self.huge_bytes = huge_bytes
        self.trickle_s = trickle_s
        self.trickle_bytes = trickle_bytes
        self.closing = threading.Event()
        self.began = threading.Event()
        self.served: list[Served] = []
        if Mode.GZIP_BOMB in modes.values():
            gzip_bomb(huge_bytes)  # made now, not while a test measures the client's memory
        self._done = threading.Condition()
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        port = self._server.server_address[1]
        scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(tls.server_cert, tls.server_key)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            scheme = "https"
        self.origin = f"{scheme}://127.0.0.1:{port}"
        self.base_url = f"{self.origin}/fhir"
        self.token_url = f"{self.origin}/token"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="hostile-server",
            daemon=True,
        )

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.closing.set()
        self._server.shutdown()
        self._server.server_close()

    def wait_served(self, count: int, timeout: float = 30.0) -> list[Served]:
        """The first ``count`` answers, once their handlers have finished (client gone or not)."""
        with self._done:
            ok = self._done.wait_for(lambda: len(self.served) >= count, timeout)
        assert ok, f"the server finished {len(self.served)} answers, not {count}"
        return self.served[:count]

    def _record(self, served: Served) -> None:
        with self._done:
            self.served.append(served)
            self._done.notify_all()

    def body_for(self, path: str) -> bytes:
        if path.endswith("/metadata"):
            return capability_statement()
        if path.endswith("/token"):
            return token_answer()
        return transaction_response()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-answer are the point of this server


def _make_handler(server: HostileServer) -> type[BaseHTTPRequestHandler]:
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
            if length:
                self.rfile.read(length)
            path = self.path.split("?", 1)[0]
            mode = server.modes.get(path)
            served = Served(path, mode or Mode.OK)
            self.close_connection = True
            try:
                if mode is None:
                    self._send(served, self._head("404 Not Found", {"Content-Length": "0"}))
                else:
                    if mode is not Mode.OK:
                        server.began.set()
                    self._serve(mode, served, server.body_for(path))
                served.complete = True
            except OSError:
                pass  # the client hung up
            finally:
                server._record(served)

        def _send(self, served: Served, data: bytes) -> None:
            self.wfile.write(data)
            served.sent += len(data)

        def _head(self, status: str, headers: dict[str, str]) -> bytes:
            # Every connection is closed after its answer (close_connection): say so, or a
            # client reuses it for its next request and, if that happens before our close
            # reaches it (a loaded machine), the request fails as "connection reset".
            headers = {**headers, "Connection": "close"}
            lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
            return ("\r\n".join(lines) + "\r\n\r\n").encode()

        def _trickle(self, served: Served, byte: bytes) -> None:
            count = 0
            while server.trickle_bytes is None or count < server.trickle_bytes:
                if server.closing.wait(server.trickle_s):
                    raise OSError("the server is closing")
                self._send(served, byte)
                count += 1

        def _serve(self, mode: Mode, served: Served, body: bytes) -> None:
            json_type = {"Content-Type": "application/fhir+json"}
            if mode is Mode.OK:
                head = self._head("200 OK", {**json_type, "Content-Length": str(len(body))})
                self._send(served, head + body)
            elif mode in (Mode.HUGE, Mode.HUGE_DECLARED):
                self._huge(served, chunked=mode is Mode.HUGE)
            elif mode is Mode.GZIP_BOMB:
                bomb = gzip_bomb(server.huge_bytes)
                headers = {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}
                self._send(served, self._head("200 OK", {**json_type, **headers}) + bomb)
            elif mode is Mode.TRICKLE_HEADERS:
                self._send(served, b"HTTP/1.1 200 OK\r\nX-Padding: ")
                self._trickle(served, b"a")
                head = self._head("", {**json_type, "Content-Length": str(len(body))})
                self._send(served, head.removeprefix(b"HTTP/1.1 ") + body)
            elif mode is Mode.TRICKLE_BODY:
                padding = server.trickle_bytes or 0
                length = {"Content-Length": str(padding + len(body))}
                if server.trickle_bytes is None:
                    length = {}  # no length: the body runs until the server closes
                self._send(served, self._head("200 OK", {**json_type, **length}))
                self._trickle(served, b" ")
                self._send(served, body)
            elif mode is Mode.SILENT:
                server.closing.wait()
                raise OSError("the server is closing")
            elif mode is Mode.REDIRECT:
                location = f"{server.origin}{self.path}"
                self._send(
                    served, self._head("302 Found", {"Location": location, "Content-Length": "0"})
                )

        def _huge(self, served: Served, *, chunked: bool) -> None:
            piece = b" " * (64 * 1024)
            framing = (
                {"Transfer-Encoding": "chunked"}
                if chunked
                else {"Content-Length": str(server.huge_bytes)}
            )
            self._send(
                served, self._head("200 OK", {"Content-Type": "application/fhir+json", **framing})
            )
            remaining = server.huge_bytes
            while remaining > 0 and not server.closing.is_set():
                data = piece[: min(len(piece), remaining)]
                if chunked:
                    self._send(served, f"{len(data):x}\r\n".encode() + data + b"\r\n")
                else:
                    self._send(served, data)
                remaining -= len(data)
            if chunked:
                self._send(served, b"0\r\n\r\n")

    return Handler
