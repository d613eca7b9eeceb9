"""A hostile card through the real PC/SC stack (pyscard -> pcscd -> vpcd -> virtual card): its
read ends in a read error within the budget, and the monitor then reads a genuine card.

Before reads were bounded, a card answering in 4-byte GET RESPONSE chunks with 32 KiB files
kept the monitor's thread reading for tens of thousands of APDUs.
"""

from __future__ import annotations

import queue
from collections.abc import Callable

import pytest

from kiosk.cardreader import pcsc
from kiosk.cardreader.monitor import CardMonitor, CardReadDone, CardReadFailed, MonitorEvent
from kiosk.cardreader.transport import READ_LIMITS
from kiosk.cardreader.verify import load_trusted_roots
from kiosk.cardreader.virtual import Faults
from kiosk.cardreader.virtual.profiles import build_profile
from tests.fixtures_pcsc import VirtualReader

pytestmark = pytest.mark.pcsc

WAIT_S = 30.0


def test_the_monitor_reads_a_genuine_card_after_a_hostile_one(
    serve_card: Callable[..., VirtualReader],
) -> None:
    genuine = build_profile("de-citizen")
    assert genuine.trust_root_pem is not None
    backend = pcsc.PcscBackend(roots=load_trusted_roots([genuine.trust_root_pem]))
    events: queue.Queue[MonitorEvent] = queue.Queue()
    monitor = CardMonitor(backend, events.put)

    def next_read() -> MonitorEvent:
        while True:
            event = events.get(timeout=WAIT_S)
            if isinstance(event, CardReadDone | CardReadFailed):
                return event

    monitor.start()
    try:
        hostile = serve_card(
            build_profile("nl-citizen"), Faults(get_response_chunk=4, endless_files=True)
        )
        monitor.request_read(hostile.reader, photo=True, address=True)
        failed = next_read()
        assert isinstance(failed, CardReadFailed)
        assert failed.code == "read-error"
        assert hostile.bridge.apdu_count <= READ_LIMITS.max_apdus

        served = serve_card(genuine)
        monitor.request_read(served.reader, photo=True)
        done = next_read()
        assert isinstance(done, CardReadDone)
        assert done.result.photo == genuine.files[0x4035]
    finally:
        monitor.stop(timeout_s=5.0)
    assert not monitor.running
