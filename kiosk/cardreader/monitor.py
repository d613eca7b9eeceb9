"""Reader and card events, and card reads, on one worker thread that owns all PC/SC I/O.

:class:`CardMonitor` runs a single thread. It waits for changes through a
:class:`MonitorBackend` (the real one is :class:`kiosk.cardreader.pcsc.PcscBackend`), compares
each snapshot with the previous one and reports, in order, :class:`ReaderAdded`,
:class:`ReaderRemoved`, :class:`CardInserted`, :class:`CardRemoved`, :class:`ServiceUnavailable`
and :class:`ServiceAvailable`. Reads requested with :meth:`CardMonitor.request_read` run on the
same thread, between two waits, and end in :class:`CardReadDone` or :class:`CardReadFailed`.
:meth:`CardMonitor.authenticate` (the card signs a submission's challenge) runs there too, and
answers through a :class:`~concurrent.futures.Future` rather than an event: its caller waits for
it (the flow's ``authenticate``).

Events are plain frozen dataclasses delivered by calling ``on_event`` on the worker thread; the
Qt shell forwards them to the GUI thread with queued signals. Their ``repr`` holds no personal
data (reader names are hardware names; a read result redacts itself).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Protocol

from kiosk.cardreader.errors import CardError, CardReadError, NoPcscServiceError
from kiosk.cardreader.reader import CardRead

__all__ = [
    "CardInserted",
    "CardMonitor",
    "CardReadDone",
    "CardReadFailed",
    "CardRemoved",
    "MonitorBackend",
    "MonitorEvent",
    "ReaderAdded",
    "ReaderRemoved",
    "ServiceAvailable",
    "ServiceUnavailable",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReaderAdded:
    reader: str


@dataclass(frozen=True)
class ReaderRemoved:
    reader: str


@dataclass(frozen=True)
class CardInserted:
    reader: str


@dataclass(frozen=True)
class CardRemoved:
    reader: str


@dataclass(frozen=True)
class ServiceUnavailable:
    """The PC/SC service is not running (or stopped); the monitor keeps retrying."""


@dataclass(frozen=True)
class ServiceAvailable:
    """The PC/SC service is back after a :class:`ServiceUnavailable`."""


@dataclass(frozen=True)
class CardReadDone:
    reader: str
    result: CardRead


@dataclass(frozen=True, repr=False)
class CardReadFailed:
    """A requested read failed. ``error`` is a :class:`CardError` for every expected failure;
    anything else is a bug, reported the same way so the UI can recover."""

    reader: str
    error: BaseException

    @property
    def code(self) -> str:
        return self.error.code if isinstance(self.error, CardError) else "internal-error"

    def __repr__(self) -> str:
        # Only the type and code: an unexpected exception's message could hold anything.
        return (
            f"CardReadFailed(reader={self.reader!r}, error={type(self.error).__name__}, "
            f"code={self.code!r})"
        )

    __str__ = __repr__


MonitorEvent = (
    ReaderAdded
    | ReaderRemoved
    | CardInserted
    | CardRemoved
    | ServiceUnavailable
    | ServiceAvailable
    | CardReadDone
    | CardReadFailed
)


class MonitorBackend(Protocol):
    """What the monitor needs from PC/SC. All methods but :meth:`wake` run on the worker."""

    def snapshot(self, timeout_s: float) -> Mapping[str, int | None]:
        """Wait up to ``timeout_s`` for a change (or :meth:`wake`), then return every reader
        with a token for its card (``None``: no card; a new token: another insertion).
        Raises :class:`NoPcscServiceError` when the service is not there."""
        ...

    def wake(self) -> None:
        """Cut a running :meth:`snapshot` wait short. Called from other threads."""
        ...

    def read(self, reader: str, *, photo: bool, address: bool) -> CardRead:
        """Read and verify the card in ``reader``."""
        ...

    def authenticate(self, reader: str, basic_key: bytes, challenge: bytes) -> bytes:
        """Have the card in ``reader`` sign ``challenge`` with its basic key (INTERNAL
        AUTHENTICATE, :func:`kiosk.cardreader.reader.authenticate_card`, signature verified);
        returns the raw ``r || s`` signature."""
        ...

    def abort(self) -> None:
        """Make a running :meth:`read` fail at its next command (the monitor is stopping).
        Called from other threads."""
        ...

    def close(self) -> None:
        """Release PC/SC resources; called on the worker when it ends."""
        ...


@dataclass(frozen=True)
class _ReadRequest:
    reader: str
    photo: bool
    address: bool


@dataclass(frozen=True, repr=False)
class _AuthRequest:
    reader: str
    basic_key: bytes
    challenge: bytes
    answer: Future[bytes]


class CardMonitor:
    """One worker thread for all PC/SC I/O: events in order, and reads on request.

    ``poll_timeout_s`` bounds each wait for a change (the worker also wakes on requests and on
    :meth:`stop`); ``retry_s`` is the pause between attempts while the service is down.
    """

    def __init__(
        self,
        backend: MonitorBackend,
        on_event: Callable[[MonitorEvent], None],
        *,
        poll_timeout_s: float = 0.5,
        retry_s: float = 1.0,
    ) -> None:
        self._backend = backend
        self._on_event = on_event
        self._poll_timeout_s = poll_timeout_s
        self._retry_s = retry_s
        self._lock = threading.Lock()
        self._wakeup = threading.Event()
        self._stopping = False
        self._requests: deque[_ReadRequest | _AuthRequest] = deque()
        self._thread: threading.Thread | None = None
        self._cards: dict[str, int | None] = {}
        self._service_up: bool | None = None

    def __repr__(self) -> str:
        return f"CardMonitor(running={self.running}, readers={len(self._cards)})"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("a CardMonitor can only be started once")
            self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 1.0) -> None:
        """Ask the worker to end and wait for it (at most ``timeout_s``). Pending read
        requests are dropped."""
        with self._lock:
            self._stopping = True
            dropped = list(self._requests)
            self._requests.clear()
            thread = self._thread
        for request in dropped:
            if isinstance(request, _AuthRequest):
                request.answer.set_exception(CardReadError("the card monitor is stopping"))
        self._wakeup.set()
        self._backend.abort()
        self._backend.wake()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)
            if thread.is_alive():
                log.warning("card monitor thread did not stop within %.1f s", timeout_s)

    def request_read(self, reader: str, *, photo: bool = False, address: bool = False) -> None:
        """Queue a read of the card in ``reader``; the result arrives as an event."""
        with self._lock:
            if self._stopping:
                return
            self._requests.append(_ReadRequest(reader, photo, address))
        self._wakeup.set()
        self._backend.wake()

    def authenticate(self, reader: str, basic_key: bytes, challenge: bytes) -> Future[bytes]:
        """Queue INTERNAL AUTHENTICATE of the card in ``reader`` on the worker (between two
        waits, after any read asked for before); the future holds the card's verified signature
        or the backend's error (:class:`CardError`; ``CardCloneError`` for a clone)."""
        answer: Future[bytes] = Future()
        with self._lock:
            if self._stopping:
                answer.set_exception(CardReadError("the card monitor is stopping"))
                return answer
            self._requests.append(_AuthRequest(reader, basic_key, challenge, answer))
        self._wakeup.set()
        self._backend.wake()
        return answer

    # -- the worker -------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping:
                self._wakeup.clear()
                self._run_requests()
                if self._stopping:
                    break
                self._poll()
        finally:
            try:
                self._backend.close()
            except Exception:  # closing must not hide the real end
                log.exception("closing the PC/SC backend failed")

    def _run_requests(self) -> None:
        while True:
            with self._lock:
                if self._stopping or not self._requests:
                    return
                request = self._requests.popleft()
            if isinstance(request, _AuthRequest):
                self._authenticate(request)
            else:
                self._emit(self._read(request))

    def _authenticate(self, request: _AuthRequest) -> None:
        if not request.answer.set_running_or_notify_cancel():
            return
        try:
            signature = self._backend.authenticate(
                request.reader, request.basic_key, request.challenge
            )
        except CardError as error:
            log.info("card challenge failed: %s", error.code)
            request.answer.set_exception(error)
        except Exception as error:  # noqa: BLE001 - a bug must not kill the worker
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error(
                "card challenge failed with an unexpected %s:\n%s", type(error).__name__, frames
            )
            request.answer.set_exception(error)
        else:
            request.answer.set_result(signature)

    def _read(self, request: _ReadRequest) -> MonitorEvent:
        try:
            result = self._backend.read(
                request.reader, photo=request.photo, address=request.address
            )
        except CardError as error:
            log.info("card read failed: %s (%s)", error.code, error.detail or "no detail")
            return CardReadFailed(request.reader, error)
        except Exception as error:  # noqa: BLE001 - a bug must not kill the worker
            # Frames only: the message of an unexpected exception could carry card data.
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("card read failed with an unexpected %s:\n%s", type(error).__name__, frames)
            return CardReadFailed(request.reader, error)
        return CardReadDone(request.reader, result)

    def _poll(self) -> None:
        # A request that came in after _run_requests: do not block (its wake() may have hit a
        # backend that was not waiting yet, which PC/SC ignores).
        timeout_s = 0.0 if self._wakeup.is_set() else self._poll_timeout_s
        try:
            snapshot = dict(self._backend.snapshot(timeout_s))
        except NoPcscServiceError as error:
            self._service_lost(error)
            self._wakeup.wait(self._retry_s)
            return
        except Exception as error:  # noqa: BLE001 - keep watching after a backend bug
            log.error("reader poll failed with an unexpected %s", type(error).__name__)
            self._wakeup.wait(self._retry_s)
            return
        if self._service_up is False:
            log.info("PC/SC service available again")
            self._emit(ServiceAvailable())
        self._service_up = True
        self._apply(snapshot)

    def _service_lost(self, error: NoPcscServiceError) -> None:
        if self._service_up is False:
            return
        log.warning("PC/SC service unavailable: %s", error.detail or error.code)
        self._apply({})
        self._service_up = False
        self._emit(ServiceUnavailable())

    def _apply(self, snapshot: Mapping[str, int | None]) -> None:
        before = self._cards
        for reader, card in before.items():
            if reader not in snapshot:
                if card is not None:
                    self._emit(CardRemoved(reader))
                self._emit(ReaderRemoved(reader))
        for reader, card in snapshot.items():
            if reader not in before:
                continue
            previous = before[reader]
            if previous == card:
                continue
            if previous is not None:
                self._emit(CardRemoved(reader))
            if card is not None:
                self._emit(CardInserted(reader))
        for reader, card in snapshot.items():
            if reader in before:
                continue
            self._emit(ReaderAdded(reader))
            if card is not None:
                self._emit(CardInserted(reader))
        self._cards = dict(snapshot)

    def _emit(self, event: MonitorEvent) -> None:
        log.debug("card event %r", event)
        try:
            self._on_event(event)
        except Exception as error:  # noqa: BLE001 - a faulty listener must not stop events
            log.error("card event listener raised %s", type(error).__name__)
