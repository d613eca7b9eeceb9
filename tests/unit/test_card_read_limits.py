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

from kiosk.cardreader.belpic import BELPIC_AID
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


# -- the hostile modes themselves, at the APDU level -------------------------------------------

SELECT_APPLET = bytes.fromhex("00A4040C0F") + BELPIC_AID
SELECT_ID_DF = bytes.fromhex("00A4020C02DF01")
SELECT_IDENTITY = bytes.fromhex("00A4020C024031")
READ_FIRST_BLOCK = bytes.fromhex("00B00000FC")


def test_tiny_chunks_hand_out_the_whole_answer_four_bytes_at_a_time() -> None:
    profile = build_profile("nl-citizen")
    card = VirtualCard(profile).with_faults(Faults(get_response_chunk=4))
    assert card.process(bytes.fromhex("80E400001C")) == b"\x61\x04"
    data = b""
    while True:
        response = card.process(bytes.fromhex("00C0000004"))
        data += response[:-2]
        if response[-2:] == b"\x90\x00":
            break
        assert response[-2:] == b"\x61\x04"
    assert data == profile.card_data


def test_reask_answers_6c_with_the_asked_length_then_the_block() -> None:
    profile = build_profile("nl-citizen")
    card = VirtualCard(profile).with_faults(Faults(reask_length=True, endless_files=True))
    for apdu in (SELECT_APPLET, SELECT_ID_DF, SELECT_IDENTITY):
        assert card.process(apdu) == b"\x90\x00"
    assert card.process(READ_FIRST_BLOCK) == b"\x6c\xfc"
    response = card.process(READ_FIRST_BLOCK)
    assert response[-2:] == b"\x90\x00"
    assert response[:-2] == profile.files[0x4031].ljust(0xFC, b"\x00")[:0xFC]


def test_old_applet_and_endless_files_change_only_what_they_say() -> None:
    profile = build_profile("applet18")
    hostile = VirtualCard(profile).with_faults(Faults(old_applet=True, endless_files=True))
    assert hostile.profile.applet_version == 0x10
    assert len(hostile.profile.files[0x4035]) == 0x8000
    assert hostile.profile.files[0x503C] == profile.files[0x503C]


def test_mute_after_select_holds_back_every_later_answer() -> None:
    clock = FakeClock()
    transport = VirtualTransport(
        VirtualCard(build_profile("kids")), Faults(mute_after_select_s=60.0), sleep=clock.advance
    )
    transport.transmit(SELECT_APPLET)
    assert clock.now == 1000.0
    transport.transmit(bytes.fromhex("80E400001C"))
    assert clock.now == 1060.0
