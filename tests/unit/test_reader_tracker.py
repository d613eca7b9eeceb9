"""The card/flow bookkeeping between the card monitor and the flow, without Qt: which reader holds
a card, which reads were asked for, which results reach the flow, and the reader's state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import pytest

from kiosk.cardreader.errors import CardReadError, NoCardError, NoReaderError
from kiosk.cardreader.monitor import (
    CardInserted,
    CardReadDone,
    CardReadFailed,
    CardRemoved,
    ReaderAdded,
    ReaderRemoved,
    ServiceAvailable,
    ServiceUnavailable,
)
from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import EnrolmentFlow, Step
from kiosk.flow.reader_tracker import ReaderTracker

READ_RESULT: Any = object()  # the tracker hands a result on without looking at it


class FakeFlow:
    """The flow as the tracker uses it: the step, observers, and the four card events."""

    def __init__(self, step: Step = Step.INSERT_CARD) -> None:
        self.step = step
        self.observers: list[Callable[[Step, Step], None]] = []
        self.calls: list[tuple[str, object]] = []

    def add_observer(self, observer: Callable[[Step, Step], None]) -> None:
        self.observers.append(observer)

    def remove_observer(self, observer: Callable[[Step, Step], None]) -> None:
        self.observers.remove(observer)

    def enter(self, step: Step) -> None:
        old, self.step = self.step, step
        for observer in list(self.observers):
            observer(old, step)

    def card_inserted(self) -> None:
        self.calls.append(("inserted", None))

    def card_removed(self) -> None:
        self.calls.append(("removed", None))

    def card_read(self, card: object) -> None:
        self.calls.append(("read", card))

    def card_failed(self, error: BaseException) -> None:
        self.calls.append(("failed", error))


class Harness:
    def __init__(self, *, photo: bool = True, step: Step = Step.INSERT_CARD) -> None:
        self.flow = FakeFlow(step)
        self.reads: list[tuple[str, bool]] = []
        self.deferred: list[Callable[[], None]] = []
        self.states: list[ReaderState] = []
        self.tracker = ReaderTracker(
            cast(EnrolmentFlow, self.flow),
            lambda reader, *, photo: self.reads.append((reader, photo)),
            photo=photo,
            defer=self.deferred.append,
            on_state=self.states.append,
        )

    def events(self, *events: Any) -> None:
        for event in events:
            self.tracker.handle(event)

    def run_deferred(self) -> None:
        pending, self.deferred = self.deferred, []
        for fn in pending:
            fn()


@pytest.fixture
def h() -> Harness:
    return Harness()


def test_the_state_follows_the_monitor(h: Harness) -> None:
    assert h.tracker.state is ReaderState.STARTING
    h.events(ReaderAdded("r"))
    assert h.tracker.state is ReaderState.READY
    h.events(CardInserted("r"))
    assert h.tracker.state is ReaderState.CARD
    h.events(CardRemoved("r"), ServiceUnavailable())
    assert h.tracker.state is ReaderState.NO_SERVICE
    h.events(ServiceAvailable())
    assert h.tracker.state is ReaderState.NO_READER  # the readers come back one by one
    assert h.states == [
        ReaderState.READY,
        ReaderState.CARD,
        ReaderState.READY,
        ReaderState.NO_SERVICE,
        ReaderState.NO_READER,
    ]  # changes only


def test_card_moves_reach_the_flow(h: Harness) -> None:
    h.events(ReaderAdded("r"), CardInserted("r"), CardRemoved("r"))
    assert h.flow.calls == [("inserted", None), ("removed", None)]


def test_a_reading_step_asks_the_reader_holding_the_card(h: Harness) -> None:
    h.events(ReaderAdded("empty"), ReaderAdded("r"), CardInserted("r"))
    h.flow.enter(Step.READING)
    assert h.reads == [("r", True)]
    assert h.tracker.state is ReaderState.READING


@pytest.mark.parametrize(
    ("photo", "step", "asked"),
    [
        (True, Step.READING, True),
        (False, Step.READING, False),
        (True, Step.SWAP_READING_OTHER, False),  # never a trusted person's photo
        (True, Step.SWAP_READING_OWN, False),
    ],
)
def test_the_photo_is_read_only_for_the_citizens_own_identity(
    photo: bool, step: Step, asked: bool
) -> None:
    h = Harness(photo=photo)
    h.events(ReaderAdded("r"), CardInserted("r"))
    h.flow.enter(step)
    assert h.reads == [("r", asked)]


def test_a_finished_read_reaches_the_flow(h: Harness) -> None:
    h.events(ReaderAdded("r"), CardInserted("r"))
    h.flow.enter(Step.READING)
    h.events(CardReadDone("r", READ_RESULT))
    assert h.flow.calls[-1] == ("read", READ_RESULT)
    assert h.tracker.state is ReaderState.CARD
    h.flow.enter(Step.SWAP_READING_OWN)
    error = CardReadError("a command failed")
    h.events(CardReadFailed("r", error))
    assert h.flow.calls[-1] == ("failed", error)


def test_a_result_is_dropped_when_the_card_moved_since_it_was_asked_for(h: Harness) -> None:
    h.events(ReaderAdded("r"), CardInserted("r"))
    h.flow.enter(Step.READING)
    h.events(CardRemoved("r"), CardInserted("r"), CardReadDone("r", READ_RESULT))
    assert ("read", READ_RESULT) not in h.flow.calls
    assert h.tracker.state is ReaderState.CARD  # the stale read is no longer pending


def test_only_the_newest_read_counts(h: Harness) -> None:
    h.events(ReaderAdded("r"), CardInserted("r"))
    h.flow.enter(Step.READING)
    h.flow.enter(Step.CARD_ERROR)
    h.flow.enter(Step.READING)
    first, second = object(), object()
    h.events(CardReadDone("r", first))
    assert h.tracker.state is ReaderState.READING
    h.events(CardReadDone("r", second))
    reads = [card for kind, card in h.flow.calls if kind == "read"]
    assert reads == [second]


def test_a_result_nobody_asked_for_is_ignored(h: Harness) -> None:
    h.events(ReaderAdded("r"), CardInserted("r"), CardReadDone("r", READ_RESULT))
    assert h.flow.calls == [("inserted", None)]


def test_a_reading_step_without_a_card_fails_once_the_step_is_seen(h: Harness) -> None:
    h.events(ReaderAdded("r"))
    h.flow.enter(Step.READING)
    assert h.reads == [] and h.flow.calls == []  # not from inside the flow's own event
    h.run_deferred()
    ((kind, error),) = h.flow.calls
    assert kind == "failed" and isinstance(error, NoCardError)


def test_no_card_is_not_reported_once_the_flow_moved_on(h: Harness) -> None:
    h.events(ReaderAdded("r"))
    h.flow.enter(Step.READING)
    h.flow.enter(Step.WELCOME)
    h.run_deferred()
    assert h.flow.calls == []


def test_unplugging_the_last_reader_while_a_card_is_awaited_fails_the_step(h: Harness) -> None:
    h.events(ReaderAdded("r"), ReaderRemoved("r"))
    ((kind, error),) = h.flow.calls
    assert kind == "failed" and isinstance(error, NoReaderError)
    assert h.tracker.state is ReaderState.NO_READER


def test_unplugging_the_reader_elsewhere_only_changes_the_state() -> None:
    h = Harness(step=Step.CONSENT)
    h.events(ReaderAdded("r"), ReaderRemoved("r"))
    assert h.flow.calls == [] and h.tracker.state is ReaderState.NO_READER


def test_close_stops_following_the_flow(h: Harness) -> None:
    assert h.flow.observers
    h.tracker.close()
    assert h.flow.observers == []


def test_with_the_real_flow_a_card_starts_a_read_and_a_failure_shows_its_code() -> None:
    def submit(enrolment: object) -> str:
        raise AssertionError("nothing is submitted here")

    flow = EnrolmentFlow(submit)
    reads: list[tuple[str, bool]] = []

    def request_read(reader: str, *, photo: bool) -> None:
        reads.append((reader, photo))

    tracker = ReaderTracker(flow, request_read, photo=True, defer=lambda fn: None)
    flow.start()
    flow.next()
    assert flow.step is Step.INSERT_CARD
    tracker.handle(ReaderAdded("r"))
    tracker.handle(CardInserted("r"))
    assert flow.step is Step.READING and reads == [("r", True)]
    tracker.handle(CardReadFailed("r", CardReadError("a command failed")))
    assert flow.step is Step.CARD_ERROR and flow.error_code == CardReadError.code
    tracker.close()
