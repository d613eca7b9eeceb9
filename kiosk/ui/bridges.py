"""Where worker threads meet the GUI thread: queued-signal bridges and the one background helper.

* :class:`CardBridge` — :class:`~kiosk.cardreader.monitor.CardMonitor` calls :meth:`CardBridge.post`
  on its worker thread; :attr:`CardBridge.received` fires on the GUI thread.
* :class:`SyncBridge` — the same for :class:`~kiosk.outbox.sync.SyncWorker`'s ``on_change``.
* :class:`Background` — "run ``fn`` off the GUI thread, then call back on it": everything slow
  that is not the card reader or the sync worker (opening the queue, warming up imports).
* :class:`ReaderLink` — turns card events into flow events (``card_inserted``, ``card_read``...),
  asks the monitor for a read when the flow starts one, and keeps the reader state the status
  strip and the card pages show.

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

from kiosk.flow.steps import BUSY, Step
from kiosk.ui.reader_state import ReaderState

if TYPE_CHECKING:
    from kiosk.cardreader.monitor import MonitorEvent
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
    """Card events into the flow, reads out of it. Lives on the GUI thread.

    ``request_read(reader, photo=...)`` is the monitor's :meth:`request_read`. A read is asked
    for whenever the flow enters a reading step; a result is handed to the flow only if no card
    moved since it was asked for (a stale result of a pulled card must not land on the next
    one).

    Signals:
        state_changed(str): a :class:`ReaderState` value.
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
        self._flow = flow
        self._request_read = request_read
        self._photo = photo
        self._readers: dict[str, bool] = {}  # reader -> holds a card
        self._service = True
        self._started = False
        self._moves = 0  # card insertions and removals seen so far
        self._pending: list[tuple[str, int]] = []  # (reader, moves when asked), oldest first
        self._state = ReaderState.STARTING
        bridge.received.connect(self.handle)
        flow.add_observer(self._on_step)  # observers run on the GUI thread: flow events do

    @property
    def state(self) -> ReaderState:
        return self._state

    def close(self) -> None:
        self._flow.remove_observer(self._on_step)

    @Slot(object)
    def handle(self, event: MonitorEvent) -> None:
        """One monitor event, on the GUI thread."""
        from kiosk.cardreader import monitor as m

        self._started = True
        if isinstance(event, m.ReaderAdded):
            self._readers[event.reader] = False
        elif isinstance(event, m.ReaderRemoved):
            self._readers.pop(event.reader, None)
            if not self._readers and self._flow.step in _WAITING_FOR_CARD:
                from kiosk.cardreader.errors import NoReaderError

                self._flow.card_failed(NoReaderError("the reader was disconnected"))
        elif isinstance(event, m.CardInserted):
            self._readers[event.reader] = True
            self._moves += 1
            self._flow.card_inserted()
        elif isinstance(event, m.CardRemoved):
            self._readers[event.reader] = False
            self._moves += 1
            self._flow.card_removed()
        elif isinstance(event, m.ServiceUnavailable):
            self._service = False
            self._readers.clear()
        elif isinstance(event, m.ServiceAvailable):
            self._service = True
        elif isinstance(event, (m.CardReadDone, m.CardReadFailed)):
            self._read_finished(event)
        self._update_state()

    def _read_finished(self, event: Any) -> None:
        from kiosk.cardreader import monitor as m

        if not self._pending:
            return
        _reader, moves = self._pending.pop(0)
        if self._pending or moves != self._moves:
            log.info("card read result dropped: the card moved or a newer read was asked for")
            return
        if isinstance(event, m.CardReadDone):
            self._flow.card_read(event.result)
        else:
            self._flow.card_failed(event.error)

    def _on_step(self, old: Step, new: Step) -> None:
        if new in BUSY and new is not old:
            reader = next((name for name, card in self._readers.items() if card), None)
            if reader is None:
                # Not from inside the flow's own event: other observers still see this step.
                QTimer.singleShot(0, lambda: self._no_card(new))
                return
            self._pending.append((reader, self._moves))
            # The photo only for the citizen's own identity page, never for a trusted person.
            self._request_read(reader, photo=self._photo and new is Step.READING)
        self._update_state()

    def _no_card(self, step: Step) -> None:
        from kiosk.cardreader.errors import NoCardError

        if self._flow.step is step:
            self._flow.card_failed(NoCardError("no reader holds a card"))

    def _update_state(self) -> None:
        if not self._started:
            state = ReaderState.STARTING
        elif not self._service:
            state = ReaderState.NO_SERVICE
        elif not self._readers:
            state = ReaderState.NO_READER
        elif self._pending:
            state = ReaderState.READING
        elif any(self._readers.values()):
            state = ReaderState.CARD
        else:
            state = ReaderState.READY
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)


#: Steps that wait for a card: a reader unplugged there is shown at once.
_WAITING_FOR_CARD = frozenset({Step.INSERT_CARD, Step.SWAP_INSERT_OTHER, Step.SWAP_REINSERT_OWN})
