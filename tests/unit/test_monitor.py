"""CardMonitor with a fake backend: events in order, reads on the worker thread, service loss
and return, and a prompt stop. No sleeps: the fake blocks on a condition, tests wait on one."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator

import pytest

from kiosk.cardreader.errors import CardReadError, CardRemovedError, NoPcscServiceError
from kiosk.cardreader.monitor import (
    CardInserted,
    CardMonitor,
    CardReadDone,
    CardReadFailed,
    CardRemoved,
    MonitorEvent,
    ReaderAdded,
    ReaderRemoved,
    ServiceAvailable,
    ServiceUnavailable,
)

WAIT_S = 5.0  # generous deadline for an event that should come at once
READER = "ACS ACR38U 00 00"
OTHER = "Virtual PCD 00 01"


class FakeBackend:
    """Serves queued snapshots (or exceptions) one per ``snapshot`` call; blocks when none is
    queued until one is pushed, :meth:`wake` is called, or the timeout passes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: deque[dict[str, int | None] | Exception] = deque()
        self._current: dict[str, int | None] = {}
        self._woken = False
        self.read_impl: Callable[[str, bool, bool], object] = lambda r, p, a: f"result:{r}:{p}:{a}"
        self.threads: set[int] = set()
        self.aborted = threading.Event()
        self.closed = threading.Event()
        self.timeouts: list[float] = []

    def push(self, item: dict[str, int | None] | Exception) -> None:
        with self._cond:
            self._queue.append(item)
            self._cond.notify_all()

    def snapshot(self, timeout_s: float) -> dict[str, int | None]:
        self.threads.add(threading.get_ident())
        self.timeouts.append(timeout_s)
        with self._cond:
            self._cond.wait_for(lambda: self._queue or self._woken, timeout_s)
            self._woken = False
            if self._queue:
                item = self._queue.popleft()
                if isinstance(item, Exception):
                    raise item
                self._current = item
            return dict(self._current)

    def wake(self) -> None:
        with self._cond:
            self._woken = True
            self._cond.notify_all()

    def read(self, reader: str, *, photo: bool, address: bool) -> object:
        self.threads.add(threading.get_ident())
        return self.read_impl(reader, photo, address)

    def abort(self) -> None:
        self.aborted.set()

    def close(self) -> None:
        self.closed.set()


class Events:
    """Collects events from the worker thread; tests wait for a count with a deadline."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.items: list[MonitorEvent] = []

    def __call__(self, event: MonitorEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def wait(self, count: int) -> list[MonitorEvent]:
        with self._cond:
            ok = self._cond.wait_for(lambda: len(self.items) >= count, WAIT_S)
            assert ok, f"expected {count} events, got {self.items}"
            return list(self.items)


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def monitor(backend: FakeBackend, events: Events) -> Iterator[CardMonitor]:
    # A long poll timeout: anything that happens promptly is due to wake-ups, not polling.
    card_monitor = CardMonitor(backend, events, poll_timeout_s=30.0, retry_s=30.0)
    card_monitor.start()
    yield card_monitor
    card_monitor.stop()


def test_reader_and_card_present_at_start(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    backend.push({READER: 1, OTHER: None})
    assert events.wait(3) == [ReaderAdded(READER), CardInserted(READER), ReaderAdded(OTHER)]


def test_insert_remove_insert_again_in_order(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    for snapshot in ({READER: None}, {READER: 1}, {READER: None}, {READER: 2}):
        backend.push(snapshot)
    assert events.wait(4) == [
        ReaderAdded(READER),
        CardInserted(READER),
        CardRemoved(READER),
        CardInserted(READER),
    ]


def test_a_swapped_card_is_a_removal_then_an_insertion(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    backend.push({READER: 7})
    backend.push({READER: 8})
    assert events.wait(4)[2:] == [CardRemoved(READER), CardInserted(READER)]


def test_unplugging_a_reader_with_a_card(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    backend.push({READER: 1, OTHER: None})
    backend.push({OTHER: None})
    assert events.wait(5)[3:] == [CardRemoved(READER), ReaderRemoved(READER)]


def test_service_loss_is_reported_once_and_its_return_too(
    backend: FakeBackend, events: Events
) -> None:
    card_monitor = CardMonitor(backend, events, poll_timeout_s=30.0, retry_s=0.0)
    backend.push({READER: 1})
    for _ in range(3):
        backend.push(NoPcscServiceError("pcscd stopped"))
    backend.push({READER: None})
    card_monitor.start()
    try:
        assert events.wait(7) == [
            ReaderAdded(READER),
            CardInserted(READER),
            CardRemoved(READER),
            ReaderRemoved(READER),
            ServiceUnavailable(),
            ServiceAvailable(),
            ReaderAdded(READER),
        ]
    finally:
        card_monitor.stop()


def test_reads_run_on_the_monitor_thread_and_report_their_result(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    backend.push({READER: 1})
    events.wait(2)
    monitor.request_read(READER, photo=True)
    monitor.request_read(READER, address=True)
    done = events.wait(4)[2:]
    assert done == [
        CardReadDone(READER, f"result:{READER}:True:False"),  # type: ignore[arg-type]
        CardReadDone(READER, f"result:{READER}:False:True"),  # type: ignore[arg-type]
    ]
    assert len(backend.threads) == 1
    assert threading.get_ident() not in backend.threads


def test_a_failed_read_is_an_event_and_events_go_on(
    backend: FakeBackend, events: Events, monitor: CardMonitor
) -> None:
    def fail(reader: str, photo: bool, address: bool) -> object:
        raise CardRemovedError("card removed during a command")

    backend.read_impl = fail
    backend.push({READER: 1})
    events.wait(2)
    monitor.request_read(READER)
    failed = events.wait(3)[2]
    assert isinstance(failed, CardReadFailed)
    assert failed.code == "card-removed" and isinstance(failed.error, CardRemovedError)
    backend.push({READER: None})
    assert events.wait(4)[3] == CardRemoved(READER)


def test_a_bug_in_a_read_is_reported_without_its_message(
    backend: FakeBackend, events: Events, monitor: CardMonitor, caplog: pytest.LogCaptureFixture
) -> None:
    # Built at run time: the logged frames show source lines, which must not be what leaks.
    secret = "-".join(("Peeters", "Specimen 51031201774"))  # noqa: FLY002

    def buggy(reader: str, photo: bool, address: bool) -> object:
        raise KeyError(secret)

    backend.read_impl = buggy
    monitor.request_read(READER)
    failed = events.wait(1)[0]
    assert isinstance(failed, CardReadFailed) and failed.code == "internal-error"
    assert "Peeters" not in repr(failed) and "51031201774" not in str(failed)
    assert "Peeters" not in caplog.text and "KeyError" in caplog.text
    backend.push({READER: 1})
    assert events.wait(3)[1:] == [ReaderAdded(READER), CardInserted(READER)]


def test_a_listener_that_raises_does_not_stop_the_events(backend: FakeBackend) -> None:
    seen = Events()

    def listener(event: MonitorEvent) -> None:
        seen(event)
        raise RuntimeError("listener bug")

    card_monitor = CardMonitor(backend, listener, poll_timeout_s=30.0)
    card_monitor.start()
    try:
        backend.push({READER: 1})
        assert seen.wait(2) == [ReaderAdded(READER), CardInserted(READER)]
    finally:
        card_monitor.stop()


def test_stop_wakes_a_long_wait_and_closes_the_backend(
    backend: FakeBackend, events: Events
) -> None:
    card_monitor = CardMonitor(backend, events, poll_timeout_s=30.0)
    card_monitor.start()
    backend.push({READER: None})
    events.wait(1)
    card_monitor.stop(timeout_s=1.0)
    assert not card_monitor.running
    assert backend.closed.is_set()


def test_stop_aborts_a_read_in_progress(backend: FakeBackend, events: Events) -> None:
    started = threading.Event()

    def slow(reader: str, photo: bool, address: bool) -> object:
        started.set()
        assert backend.aborted.wait(WAIT_S)
        raise CardReadError("read aborted: the card monitor is stopping")

    backend.read_impl = slow
    card_monitor = CardMonitor(backend, events, poll_timeout_s=30.0)
    card_monitor.start()
    card_monitor.request_read(READER)
    assert started.wait(WAIT_S)
    card_monitor.stop(timeout_s=1.0)
    assert not card_monitor.running
    assert backend.closed.is_set()


def test_requests_after_stop_are_ignored(backend: FakeBackend, events: Events) -> None:
    card_monitor = CardMonitor(backend, events, poll_timeout_s=30.0)
    card_monitor.start()
    card_monitor.stop()
    card_monitor.request_read(READER)
    assert events.items == []


def test_a_monitor_starts_once(monitor: CardMonitor) -> None:
    with pytest.raises(RuntimeError):
        monitor.start()


def test_event_reprs_name_only_readers() -> None:
    failed = CardReadFailed(READER, CardReadError("SELECT failed: SW 6A82 (file not found)"))
    assert repr(failed) == (
        f"CardReadFailed(reader={READER!r}, error=CardReadError, code='read-error')"
    )
    assert repr(CardInserted(READER)) == f"CardInserted(reader={READER!r})"
