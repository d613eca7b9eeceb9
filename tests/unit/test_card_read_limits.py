"""A read is bounded: hostile virtual cards that kept one read (and the card-monitor thread)
busy for minutes now end in a read error within the budget, and the monitor reads the next card.

Before the bound (issue 13), in-process: 4-byte GET RESPONSE chunks over 32 KiB files took
41,851 APDUs; 6C on every block with an applet 1.0 claim took 1,329 APDUs and 33 s of pauses;
a card mute for 60 s after SELECT, 2,280 s; 2 s per APDU, 78 s. The clock here is fake: the
card's delays and the reader's pauses advance it, nothing really waits.
"""

from __future__ import annotations

import queue

import pytest

from kiosk.cardreader.errors import CardReadError, ReadLimitError
from kiosk.cardreader.monitor import CardMonitor, CardReadDone, CardReadFailed, MonitorEvent
from kiosk.cardreader.reader import read_card
from kiosk.cardreader.transport import READ_LIMITS
from kiosk.cardreader.virtual.backend import DEFAULT_READER, VirtualBackend
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.model import Faults
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile
from kiosk.cardreader.virtual.timing import ReaderTiming
from tests.helpers.clocks import FakeClock

WAIT_S = 10.0

HOSTILE = {
    "tiny GET RESPONSE chunks": Faults(get_response_chunk=4),
    "tiny chunks, endless files": Faults(get_response_chunk=4, endless_files=True),
    "6C on every block, applet 1.0, endless files": Faults(
        reask_length=True, old_applet=True, endless_files=True
    ),
    "mute after SELECT": Faults(mute_after_select_s=60.0),
    "2 s per APDU": Faults(latency_s=2.0),
}


@pytest.mark.parametrize("faults", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_card_ends_in_a_read_error_within_the_budget(faults: Faults) -> None:
    profile = build_profile("nl-citizen")
    clock = FakeClock()
    transport = VirtualTransport(VirtualCard(profile), faults, sleep=clock.advance)
    with pytest.raises(ReadLimitError) as caught:
        read_card(
            transport,
            photo=True,
            address=True,
            extra_roots=[profile.trust_root_pem],
            clock=clock,
            sleep=clock.advance,
        )
    assert caught.value.code == "read-error"
    assert isinstance(caught.value, CardReadError)
    assert len(transport.sent) <= READ_LIMITS.max_apdus
    # The command that crosses the deadline is the last one: at most one delay past it.
    one_delay = faults.latency_s + faults.mute_after_select_s + 0.05
    assert clock.now - 1000.0 <= READ_LIMITS.max_seconds + one_delay


@pytest.mark.parametrize("t0_get_response", [False, True])
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_genuine_profile_reads_with_ten_times_margin(
    name: str, t0_get_response: bool
) -> None:
    """The measurement behind ReadLimits: a full read (photo, address) of every profile stays
    under a tenth of the APDU budget and, in the timing model, of the time budget."""
    profile = build_profile(name)
    transport = VirtualTransport(VirtualCard(profile, t0_get_response=t0_get_response))
    result = read_card(transport, photo=True, address=True, extra_roots=[profile.trust_root_pem])
    assert result.apdu_count * 10 <= READ_LIMITS.max_apdus
    timing = ReaderTiming().for_card(profile.atr)
    card = VirtualCard(profile, t0_get_response=t0_get_response)
    modelled_s = sum(timing.apdu_s(apdu, card.process(apdu)) for apdu in transport.sent)
    assert modelled_s * 10 <= READ_LIMITS.max_seconds


def test_a_card_that_only_reasks_every_length_still_reads() -> None:
    """Two commands per block is annoying, not hostile: well within the budget."""
    profile = build_profile("fr-citizen")
    transport = VirtualTransport(VirtualCard(profile), Faults(reask_length=True))
    result = read_card(transport, photo=True, extra_roots=[profile.trust_root_pem])
    assert result.photo == profile.files[0x4035]


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[MonitorEvent] = queue.Queue()

    def __call__(self, event: MonitorEvent) -> None:
        self.queue.put(event)

    def next_read(self) -> MonitorEvent:
        while True:
            event = self.queue.get(timeout=WAIT_S)
            if isinstance(event, CardReadDone | CardReadFailed):
                return event


@pytest.mark.parametrize("faults", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_monitor_is_free_for_the_next_card_after_a_hostile_one(faults: Faults) -> None:
    clock = FakeClock()
    backend = VirtualBackend(clock=clock, sleep=clock.advance)
    events = Events()
    monitor = CardMonitor(backend, events, poll_timeout_s=5.0)
    monitor.start()
    try:
        backend.insert("nl-citizen", faults=faults)
        monitor.request_read(DEFAULT_READER, photo=True, address=True)
        failed = events.next_read()
        assert isinstance(failed, CardReadFailed)
        assert failed.code == "read-error"
        backend.insert("de-citizen")
        monitor.request_read(DEFAULT_READER, photo=True)
        done = events.next_read()
        assert isinstance(done, CardReadDone)
        assert done.result.photo == build_profile("de-citizen").files[0x4035]
    finally:
        monitor.stop(timeout_s=WAIT_S)
    assert not monitor.running
