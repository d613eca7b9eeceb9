"""The demo reader: a MonitorBackend over in-process virtual cards, driven by the real monitor."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from kiosk.cardreader.errors import (
    CardDataInvalidError,
    CardReadError,
    NoCardError,
    NoReaderError,
    NotAnEidCardError,
)
from kiosk.cardreader.monitor import (
    CardInserted,
    CardMonitor,
    CardReadDone,
    CardReadFailed,
    CardRemoved,
    MonitorEvent,
    ReaderAdded,
    ReaderRemoved,
)
from kiosk.cardreader.virtual.backend import DEFAULT_READER, VirtualBackend
from kiosk.cardreader.virtual.profiles import build_profile

WAIT_S = 10.0  # a generous bound for a busy machine; events normally arrive in milliseconds


class Events:
    """Collects monitor events from the worker thread."""

    def __init__(self) -> None:
        self.queue: queue.Queue[MonitorEvent] = queue.Queue()

    def __call__(self, event: MonitorEvent) -> None:
        self.queue.put(event)

    def next(self) -> MonitorEvent:
        return self.queue.get(timeout=WAIT_S)


@pytest.fixture
def backend() -> VirtualBackend:
    return VirtualBackend()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def monitor(backend: VirtualBackend, events: Events) -> Iterator[CardMonitor]:
    mon = CardMonitor(backend, events, poll_timeout_s=5.0)
    mon.start()
    yield mon
    mon.stop(timeout_s=WAIT_S)
    assert not mon.running


def test_insert_and_remove_produce_the_monitor_events(
    backend: VirtualBackend, monitor: CardMonitor, events: Events
) -> None:
    assert events.next() == ReaderAdded(DEFAULT_READER)
    backend.insert("nl-citizen")
    assert events.next() == CardInserted(DEFAULT_READER)
    assert backend.inserted == "nl-citizen"
    backend.remove()
    assert events.next() == CardRemoved(DEFAULT_READER)
    assert backend.inserted is None


def test_swapping_cards_between_two_polls_is_a_removal_and_an_insertion(
    backend: VirtualBackend, monitor: CardMonitor, events: Events
) -> None:
    assert events.next() == ReaderAdded(DEFAULT_READER)
    backend.insert("nl-citizen")
    assert events.next() == CardInserted(DEFAULT_READER)
    backend.insert("fr-citizen")  # no removal in between: another token
    assert events.next() == CardRemoved(DEFAULT_READER)
    assert events.next() == CardInserted(DEFAULT_READER)


def test_a_card_present_at_start_is_reported_after_the_reader(events: Events) -> None:
    backend = VirtualBackend()
    backend.insert("fr-citizen")
    mon = CardMonitor(backend, events, poll_timeout_s=5.0)
    mon.start()
    try:
        assert events.next() == ReaderAdded(DEFAULT_READER)
        assert events.next() == CardInserted(DEFAULT_READER)
    finally:
        mon.stop(timeout_s=WAIT_S)


def test_unplugging_the_reader_takes_the_card_with_it(
    backend: VirtualBackend, monitor: CardMonitor, events: Events
) -> None:
    assert events.next() == ReaderAdded(DEFAULT_READER)
    backend.insert("nl-citizen")
    assert events.next() == CardInserted(DEFAULT_READER)
    backend.unplug()
    assert events.next() == CardRemoved(DEFAULT_READER)
    assert events.next() == ReaderRemoved(DEFAULT_READER)
    assert not backend.connected and backend.inserted is None
    backend.plug()
    assert events.next() == ReaderAdded(DEFAULT_READER)


def test_a_requested_read_is_verified_and_matches_the_specimen(
    backend: VirtualBackend, monitor: CardMonitor, events: Events
) -> None:
    assert events.next() == ReaderAdded(DEFAULT_READER)
    backend.insert("nl-citizen")
    assert events.next() == CardInserted(DEFAULT_READER)
    monitor.request_read(DEFAULT_READER, photo=True)
    done = events.next()
    assert isinstance(done, CardReadDone)
    specimen = build_profile("nl-citizen").specimen
    assert specimen is not None
    identity = done.result.identity
    assert (identity.national_number, identity.surname) == (
        specimen.national_number,
        specimen.surname,
    )
    assert done.result.photo == specimen.photo
    assert done.result.address is None  # never read unless asked
    assert specimen.surname not in repr(done)


@pytest.mark.parametrize(
    ("options", "code"),
    [({"damaged": True}, "data-invalid"), ({"inactive": True}, "not-an-eid")],
)
def test_faulty_cards_fail_the_read_with_their_code(
    backend: VirtualBackend,
    monitor: CardMonitor,
    events: Events,
    options: dict[str, bool],
    code: str,
) -> None:
    assert events.next() == ReaderAdded(DEFAULT_READER)
    backend.insert("nl-citizen", **options)
    assert events.next() == CardInserted(DEFAULT_READER)
    monitor.request_read(DEFAULT_READER)
    failed = events.next()
    assert isinstance(failed, CardReadFailed)
    assert failed.code == code


def test_read_errors_without_a_card_or_reader(backend: VirtualBackend) -> None:
    with pytest.raises(NoCardError):
        backend.read(DEFAULT_READER, photo=False, address=False)
    with pytest.raises(NoReaderError):
        backend.read("another reader", photo=False, address=False)
    backend.insert("nl-citizen", damaged=True)
    with pytest.raises(CardDataInvalidError):
        backend.read(DEFAULT_READER, photo=False, address=False)
    backend.insert("kids", inactive=True)
    with pytest.raises(NotAnEidCardError):
        backend.read(DEFAULT_READER, photo=False, address=False)
    backend.unplug()
    with pytest.raises(NoReaderError):
        backend.read(DEFAULT_READER, photo=False, address=False)


def test_abort_fails_the_next_read(backend: VirtualBackend) -> None:
    backend.insert("nl-citizen")
    backend.abort()
    with pytest.raises(CardReadError):
        backend.read(DEFAULT_READER, photo=False, address=False)


def test_wake_cuts_a_snapshot_wait_short(backend: VirtualBackend) -> None:
    assert backend.snapshot(0.0) == {DEFAULT_READER: None}  # the first snapshot: no wait
    returned = threading.Event()

    def wait() -> None:
        backend.snapshot(3600.0)
        returned.set()

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    backend.wake()
    assert returned.wait(WAIT_S)


def test_nothing_personal_in_repr(backend: VirtualBackend) -> None:
    backend.insert("nl-citizen")
    specimen = build_profile("nl-citizen").specimen
    assert specimen is not None
    text = repr(backend)
    for secret in (specimen.surname, specimen.national_number, specimen.card_number):
        assert secret not in text


def test_latency_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="latency_s"):
        VirtualBackend(latency_s=-1)
