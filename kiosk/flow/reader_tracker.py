"""Card monitor events into the flow, card reads out of it, and the reader's state: the card/flow
bookkeeping of :class:`kiosk.ui.bridges.ReaderLink`, without Qt.

:class:`ReaderTracker` keeps which readers there are and which hold a card, turns the monitor's
events into flow events (``card_inserted``, ``card_removed``, ``card_read``, ``card_failed``),
asks the monitor for a read whenever the flow enters a reading step, and says what the reader
is doing (:class:`~kiosk.cardreader.reader_state.ReaderState`). A read result reaches the flow
only if no card moved since it was asked for and no newer read was asked for: a stale result of
a pulled card must not land on the next one.

It runs on one thread (the GUI thread in the kiosk) and is driven by calls: the Qt side forwards
the monitor's events to :meth:`ReaderTracker.handle` through a queued signal, and supplies the
two things it cannot do itself: ``defer`` (run a callable soon, after the current flow event)
and ``on_state`` (the state changed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.cardreader import monitor as m
from kiosk.cardreader.errors import NoCardError, NoReaderError
from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow.steps import BUSY, Step

if TYPE_CHECKING:
    from kiosk.flow.machine import EnrolmentFlow

__all__ = ["ReaderTracker"]

log = logging.getLogger(__name__)

#: Steps that wait for a card: a reader unplugged there is shown at once.
_WAITING_FOR_CARD = frozenset({Step.INSERT_CARD, Step.SWAP_INSERT_OTHER, Step.SWAP_REINSERT_OWN})


class ReaderTracker:
    """The readers, their cards and the reads asked for, between the card monitor and ``flow``.

    Args:
        flow: the visit; the tracker observes its steps until :meth:`close`.
        request_read: the monitor's :meth:`~kiosk.cardreader.monitor.CardMonitor.request_read`,
            called as ``request_read(reader, photo=...)``.
        photo: whether the citizen's own read includes the photo (never a trusted person's).
        defer: runs a callable soon, outside the flow event being handled (the Qt side: a
            zero-delay timer). Used to report "no card" for a reading step entered with none,
            so that the flow's other observers still see that step first.
        on_state: called with the new state whenever it changes.
    """

    def __init__(
        self,
        flow: EnrolmentFlow,
        request_read: Callable[..., None],
        *,
        photo: bool,
        defer: Callable[[Callable[[], None]], None],
        on_state: Callable[[ReaderState], None] = lambda state: None,
    ) -> None:
        self._flow = flow
        self._request_read = request_read
        self._photo = photo
        self._defer = defer
        self._on_state = on_state
        self._readers: dict[str, bool] = {}  # reader -> holds a card
        self._service = True
        self._started = False
        self._moves = 0  # card insertions and removals seen so far
        self._pending: list[tuple[str, int]] = []  # (reader, moves when asked), oldest first
        self._state = ReaderState.STARTING
        flow.add_observer(self._on_step)

    @property
    def state(self) -> ReaderState:
        return self._state

    @property
    def photo(self) -> bool:
        """Whether the citizen's own read asks for the photo."""
        return self._photo

    @property
    def card_reader(self) -> str | None:
        """The reader that holds a card (the visit's: the flow wipes it when the card goes)."""
        return next((name for name, card in self._readers.items() if card), None)

    def close(self) -> None:
        """Stop observing the flow."""
        self._flow.remove_observer(self._on_step)

    def handle(self, event: m.MonitorEvent) -> None:
        """One event of the card monitor."""
        self._started = True
        if isinstance(event, m.ReaderAdded):
            self._readers[event.reader] = False
        elif isinstance(event, m.ReaderRemoved):
            self._readers.pop(event.reader, None)
            if not self._readers and self._flow.step in _WAITING_FOR_CARD:
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

    def _read_finished(self, event: m.CardReadDone | m.CardReadFailed) -> None:
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
            reader = self.card_reader
            if reader is None:
                # Not from inside the flow's own event: other observers still see this step.
                self._defer(lambda: self._no_card(new))
                return
            self._pending.append((reader, self._moves))
            # The photo only for the citizen's own identity page, never for a trusted person.
            self._request_read(reader, photo=self._photo and new is Step.READING)
        self._update_state()

    def _no_card(self, step: Step) -> None:
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
            self._on_state(state)
