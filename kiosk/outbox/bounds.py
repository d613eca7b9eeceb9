"""Bounds on every HTTP exchange with the network, whatever the server does: how many bytes of
an answer are read, and how long the whole exchange may take.

``requests`` bounds connecting and each single read, not a whole answer: a server answering 200
with 100 MB made the kiosk hold all of it, and one sending a byte every 10 s kept a post busy
for as long as it liked (each byte restarts the read timeout). Here:

* :func:`fetch` sends one request with ``stream=True`` and reads the answer in chunks up to a
  byte cap (:class:`AnswerTooLarge`), refusing at once an answer whose ``Content-Length``
  already says it is too large;
* a :class:`Watchdog` gives each exchange an overall deadline. When it passes, or when another
  thread calls :meth:`Watchdog.cancel` (the sync worker is stopping), the sockets the exchange
  uses are shut down, so a read blocked in the headers or the body returns at once
  (:class:`DeadlineExceeded`, :class:`RequestCancelled`). The sockets are reported by the
  connections of :func:`kiosk.outbox.watched_http.watched_session` (through
  :func:`watch_socket`, on the thread running the exchange); with a session of another kind
  the deadline is still checked after every chunk.

The three errors are transient: nothing was delivered, the record stays pending and is posted
again later, which creates nothing new at the server (every Bundle entry is a conditional
create). Their messages are for volunteers and name no URL and no server data.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Protocol

from kiosk.errors import KioskError

__all__ = [
    "Answer",
    "AnswerError",
    "AnswerTooLarge",
    "DeadlineExceeded",
    "Exchange",
    "RequestCancelled",
    "Watchdog",
    "fetch",
    "watch_socket",
]

CHUNK_BYTES = 64 * 1024


class AnswerError(KioskError):
    """An exchange this module ended on purpose (transient: the record stays pending)."""

    code = "answer-error"


class AnswerTooLarge(AnswerError):
    """The answer is larger than any answer of ours (a captive portal, a hostile server)."""

    code = "answer-too-large"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"answer too large: the server sent more than {limit // 1024} KB, more than any "
            "answer the kiosk expects (captive portal or a misbehaving server?)"
        )
        self.limit = limit


class DeadlineExceeded(AnswerError):
    """The whole answer did not arrive in time (a dead or deliberately slow server)."""

    code = "deadline-exceeded"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"no complete answer within {seconds:g} s (deadline): the server is too slow"
        )
        self.seconds = seconds


class RequestCancelled(AnswerError):
    """The request was ended because the kiosk is stopping its sync worker."""

    code = "request-cancelled"

    def __init__(self) -> None:
        super().__init__("request ended: the sync worker is stopping")


_DEADLINE = "deadline"
_CANCELLED = "cancelled"
_current = threading.local()


class Exchange:
    """One request and its answer: a monotonic deadline, and the sockets to shut if it ends."""

    def __init__(self, deadline_s: float) -> None:
        self.deadline_s = deadline_s
        self._deadline = time.monotonic() + deadline_s
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._ended: str | None = None

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            ended = self._ended is not None
        if ended:
            _shut(sock)

    def end(self, why: str) -> None:
        """Shut the exchange's sockets (any thread): a blocked read in it returns at once."""
        with self._lock:
            if self._ended is None:
                self._ended = why
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def error(self) -> AnswerError | None:
        """Why the exchange is over (ended, or past its deadline), or None while it may go on."""
        if self._ended == _CANCELLED:
            return RequestCancelled()
        if self._ended == _DEADLINE or time.monotonic() > self._deadline:
            return DeadlineExceeded(self.deadline_s)
        return None

    def check(self) -> None:
        """Raise :meth:`error`, if any."""
        error = self.error()
        if error is not None:
            raise error


def _shut(sock: socket.socket) -> None:
    try:
        # socket.socket's own shutdown, also for a TLS socket: ssl's version would drop its TLS
        # state under the reading thread; this only makes the blocked read see the end.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed, or handed over to a TLS socket (which is watched too)


def watch_socket(sock: socket.socket) -> None:
    """Report a socket used by the exchange running on this thread (called by connections)."""
    exchange: Exchange | None = getattr(_current, "exchange", None)
    if exchange is not None:
        exchange.watch(sock)


class Watchdog:
    """The exchanges of one client: each gets a deadline; :meth:`cancel` ends them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._running: set[Exchange] = set()

    def cancel(self) -> None:
        """End the exchange in flight, if any, and refuse every later one (any thread): for
        stopping the thread that uses the client. It cannot be undone."""
        with self._lock:
            self._cancelled = True
            running = list(self._running)
        for exchange in running:
            exchange.end(_CANCELLED)

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @contextmanager
    def exchange(self, deadline_s: float) -> Iterator[Exchange]:
        """One exchange on this thread, ended by a timer when ``deadline_s`` have passed."""
        exchange = Exchange(deadline_s)
        with self._lock:
            if self._cancelled:
                raise RequestCancelled()
            self._running.add(exchange)
        timer = threading.Timer(deadline_s, exchange.end, args=(_DEADLINE,))
        timer.daemon = True
        timer.start()
        previous = getattr(_current, "exchange", None)
        _current.exchange = exchange
        try:
            yield exchange
        finally:
            _current.exchange = previous
            timer.cancel()
            with self._lock:
                self._running.discard(exchange)


class StreamedAnswer(Protocol):
    """What :func:`fetch` reads of a ``requests.Response`` opened with ``stream=True``."""

    status_code: int

    @property
    def headers(self) -> Mapping[str, str]: ...

    def iter_content(self, chunk_size: int) -> Iterator[bytes]: ...


@dataclass(frozen=True)
class Answer:
    """A whole answer, read within its bounds."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def fetch(
    send: Callable[[], AbstractContextManager[StreamedAnswer]],
    watchdog: Watchdog,
    *,
    deadline_s: float,
    limit: int,
) -> Answer:
    """Run ``send`` (a request made with ``stream=True``) and read its answer within
    ``limit`` bytes and ``deadline_s`` seconds.

    Raises an :class:`AnswerError`, or what ``send`` and reading raise (``requests``' errors,
    ``OSError``) when the network failed by itself.
    """
    with watchdog.exchange(deadline_s) as exchange:
        try:
            with send() as response:
                status, headers = response.status_code, response.headers
                body = _read_capped(response, exchange, limit)
        except Exception:
            ended = exchange.error()  # an exchange we ended is named so, not "connection reset"
            if ended is not None:
                raise ended from None  # (the transport error's text may hold the URL)
            raise
        exchange.check()  # ended while the last bytes came: an answer cut short is no answer
    return Answer(status, headers, body)


def _read_capped(response: StreamedAnswer, exchange: Exchange, limit: int) -> bytes:
    declared = str(response.headers.get("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise AnswerTooLarge(limit)
    body = bytearray()
    for chunk in response.iter_content(chunk_size=CHUNK_BYTES):
        body += chunk
        if len(body) > limit:
            raise AnswerTooLarge(limit)
        exchange.check()
    return bytes(body)
