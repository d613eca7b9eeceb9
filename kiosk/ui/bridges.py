"""Where worker threads meet the GUI thread: queued-signal bridges and the one background helper.

* :class:`CardBridge` — :class:`~kiosk.cardreader.monitor.CardMonitor` calls :meth:`CardBridge.post`
  on its worker thread; :attr:`CardBridge.received` fires on the GUI thread.
* :class:`SyncBridge` — the same for :class:`~kiosk.outbox.sync.SyncWorker`'s ``on_change``.
* :class:`Background` — "run ``fn`` off the GUI thread, then call back on it": everything slow
  that is not the card reader or the sync worker (opening the queue, warming up imports).
* :class:`ReaderLink` — the Qt side of :class:`~kiosk.flow.reader_tracker.ReaderTracker`, which
  turns card events into flow events (``card_inserted``, ``card_read``...), asks the monitor for
  a read when the flow starts one, and keeps the reader state the status strip and the card
  pages show; here only its timer and its signal.

Widgets never see a worker thread: each bridge re-emits through a queued connection to a slot
of an object living on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.flow.reader_tracker import ReaderTracker

if TYPE_CHECKING:
    from kiosk.cardreader.monitor import MonitorEvent
    from kiosk.cardreader.reader_state import ReaderState
    from kiosk.flow import EnrolmentFlow
    from kiosk.outbox.sync import SyncStatus

__all__ = ["Background", "CardBridge", "ReaderLink", "SyncBridge"]

log = logging.getLogger(__name__)


class CardBridge(QObject):
    """Card monitor events, from its worker thread to the GUI thread.

    Signals:
        received(object): a :data:`~kiosk.cardreader.monitor.MonitorEvent`, on the GUI thread.
    """

    received = Signal(object)  # not "event": that is QObject.event(), the event handler
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self.received, Qt.ConnectionType.QueuedConnection)

    def post(self, event: MonitorEvent) -> None:
        """Called on the monitor's thread (its ``on_event``)."""
        self._posted.emit(event)


class SyncBridge(QObject):
    """Sync worker status changes, from its thread to the GUI thread.

    Signals:
        status(object): a :class:`~kiosk.outbox.sync.SyncStatus`, on the GUI thread.
    """

    status = Signal(object)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self.status, Qt.ConnectionType.QueuedConnection)

    def post(self, status: SyncStatus) -> None:
        """Called on the sync worker's thread (its ``on_change``)."""
        self._posted.emit(status)


class Background(QObject):
    """Runs callables on a small thread pool; their outcome comes back on the GUI thread.

    ``run(fn, on_success=..., on_failure=...)``: ``fn()`` runs on a worker; then exactly one of
    ``on_success(result)`` / ``on_failure(exception)`` is called on the GUI thread. Without
    ``on_failure`` an exception is logged (its type and frames only: a message could hold
    anything). Callbacks are not called after :meth:`shutdown`.
    """

    _finished = Signal(object, object, object)  # callback, value, operation name

    def __init__(self, parent: QObject | None = None, *, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="kiosk-bg")
        self._closed = False
        self._lock = threading.Lock()
        self._running = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """Operations are running or their callbacks have not been delivered yet."""
        return self._running > 0

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        name: str = "background operation",
    ) -> Future[Any]:
        if self._closed:
            raise RuntimeError("the background helper is shut down")
        with self._lock:
            self._running += 1

        def work() -> Any:
            try:
                value = fn()
            except BaseException as error:  # any failure: reported on the GUI thread
                self._finished.emit(on_failure or _log_failure, error, name)
                raise
            self._finished.emit(on_success, value, name)
            return value

        return self._pool.submit(work)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, name: str) -> None:
        with self._lock:
            self._running -= 1
        if self._closed or callback is None:
            return
        try:
            callback(value)
        except Exception as error:  # noqa: BLE001 - a faulty callback must not stop the GUI
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("callback of %s raised %s:\n%s", name, type(error).__name__, frames)

    def shutdown(self, *, wait: bool = True) -> None:
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)


def _log_failure(error: BaseException) -> None:
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("background operation failed with %s:\n%s", type(error).__name__, frames)


class ReaderLink(QObject):
    """Card events into the flow, reads out of it
    (:class:`~kiosk.flow.reader_tracker.ReaderTracker`), on the GUI thread: the monitor's
    events arrive through ``bridge``'s queued signal.

    ``request_read(reader, photo=...)`` is the monitor's :meth:`request_read`.

    Signals:
        state_changed(str): a :class:`~kiosk.cardreader.reader_state.ReaderState` value.
    """

    state_changed = Signal(str)

    def __init__(
        self,
        flow: EnrolmentFlow,
        bridge: CardBridge,
        request_read: Callable[..., None],
        *,
        photo: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tracker = ReaderTracker(
            flow, request_read, photo=photo, defer=_soon, on_state=self._state_changed
        )
        bridge.received.connect(self.handle)

    @property
    def state(self) -> ReaderState:
        return self._tracker.state

    @property
    def photo(self) -> bool:
        return self._tracker.photo

    @property
    def card_reader(self) -> str | None:
        return self._tracker.card_reader

    def close(self) -> None:
        self._tracker.close()

    @Slot(object)
    def handle(self, event: MonitorEvent) -> None:
        """One monitor event, on the GUI thread."""
        self._tracker.handle(event)

    def _state_changed(self, state: ReaderState) -> None:
        self.state_changed.emit(state.value)


def _soon(fn: Callable[[], None]) -> None:
    """Run ``fn`` once the event loop is back (after the flow event being handled)."""
    QTimer.singleShot(0, fn)
