"""The card reader through a real PC/SC stack: pyscard -> private pcscd -> vpcd -> virtual card.

Pulling the card after any number of commands ends the read in CardRemovedError (never another
error, never a hang); the monitor reports reader and card events in order and reads on its
thread; the error mapping holds against pcscd's real return codes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography import x509
from smartcard import scard

from kiosk.cardreader import pcsc
from kiosk.cardreader.errors import (
    CardDataInvalidError,
    CardReadError,
    CardRemovedError,
    NoCardError,
    NoPcscServiceError,
    NoReaderError,
    NotAnEidCardError,
    UnknownRootError,
)
from kiosk.cardreader.monitor import (
    CardInserted,
    CardMonitor,
    CardReadDone,
    CardRemoved,
    MonitorEvent,
    ReaderAdded,
)
from kiosk.cardreader.verify import load_trusted_roots
from kiosk.cardreader.virtual import CardProfile, Faults, VirtualCard
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.cardreader.virtual.vpcd import VpcdBridge
from tests.fixtures_pcsc import VirtualReader
from tests.pcscd_helper import SECOND_READER, PrivatePcscd

pytestmark = pytest.mark.pcsc

WAIT_S = 10.0


def roots_for(profile: CardProfile) -> tuple[x509.Certificate, ...]:
    assert profile.trust_root_pem is not None
    return load_trusted_roots([profile.trust_root_pem])


def test_windows_hello_virtual_readers_are_never_used() -> None:
    assert not pcsc._usable("Windows Hello for Business 1")
    assert not pcsc._usable("Microsoft Windows Hello for Business Virtual Smart Card 0")
    assert pcsc._usable("Alcor Micro USB Smart Card Reader 0")


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("SCARD_E_NO_SMARTCARD", NoCardError),
        ("SCARD_W_REMOVED_CARD", NoCardError),
        ("SCARD_E_UNKNOWN_READER", NoReaderError),
        ("SCARD_E_READER_UNAVAILABLE", NoReaderError),
        ("SCARD_W_UNRESPONSIVE_CARD", NotAnEidCardError),
        ("SCARD_W_UNPOWERED_CARD", NotAnEidCardError),
        ("SCARD_E_NO_SERVICE", NoPcscServiceError),
        ("SCARD_E_SHARING_VIOLATION", CardReadError),
    ],
)
def test_connect_return_codes_map_to_typed_errors(code: str, error: type) -> None:
    mapped = pcsc._connect_error("Some Reader", getattr(scard, code))
    assert type(mapped) is error
    assert f"0x{getattr(scard, code) & 0xFFFFFFFF:08X}" in mapped.detail


def test_both_virtual_readers_are_listed(pcscd: PrivatePcscd) -> None:
    assert pcsc.list_readers()[:2] == [pcscd.reader, SECOND_READER]


@pytest.mark.parametrize("name", ["nl-citizen", "applet18"])
def test_a_full_read_through_pcscd_matches_the_card(
    serve_card: Callable[..., VirtualReader], name: str, caplog: pytest.LogCaptureFixture
) -> None:
    profile = build_profile(name)
    served = serve_card(profile)
    with caplog.at_level(logging.INFO, logger="kiosk.cardreader.pcsc"):
        result = pcsc.read_from_reader(
            served.reader, photo=True, address=True, roots=roots_for(profile)
        )
    assert result.identity_file == profile.files[0x4031]
    assert result.photo == profile.files[0x4035]
    assert result.address_file == profile.files[0x4033]
    # The card saw exactly our commands, plus one only when the transport re-sent the first
    # command after connect (a reader/pcscd hiccup under load; the card may have seen both).
    retried = any("retrying once" in r.getMessage() for r in caplog.records)
    assert served.bridge.apdu_count == result.apdu_count + (1 if retried else 0) or (
        retried and served.bridge.apdu_count == result.apdu_count
    )


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_pulling_the_card_after_any_command_ends_in_card_removed(pcscd: PrivatePcscd) -> None:
    """k = 0 .. n-1: the card leaves before answering command k+1; k = n: right after the
    last answer, when the read already has everything (it stands). Two readers take turns
    so that pcscd's insertion poll of one overlaps the read on the other. (Every k for the
    RSA profiles too runs in-process in tests/unit/test_belpic_reader.py.)"""
    profile = build_profile("applet18")
    roots = roots_for(profile)
    slots = [(pcscd.reader, pcscd.port), (SECOND_READER, pcscd.port + 1)]
    bridges: list[VpcdBridge] = []

    def insert(k: int) -> VpcdBridge:
        reader, port = slots[k % 2]
        assert pcsc.wait_for_card(reader, present=False, timeout_s=WAIT_S)
        bridge = VpcdBridge(VirtualCard(profile), "127.0.0.1", port, Faults(remove_after=k))
        bridges.append(bridge)
        bridge.start()
        return bridge

    try:
        full = insert(10**6)  # no removal: learn the length of a full read
        assert pcsc.wait_for_card(slots[0][0], timeout_s=WAIT_S)
        total = pcsc.read_from_reader(slots[0][0], photo=True, address=True, roots=roots).apdu_count
        full.stop()
        outcomes: dict[int, str] = {}
        pending = insert(0)
        for k in range(total + 1):
            reader = slots[k % 2][0]
            bridge = pending
            assert pcsc.wait_for_card(reader, timeout_s=WAIT_S), pcscd.log_tail()
            if k < total:
                pending = insert(k + 1)
            try:
                pcsc.read_from_reader(reader, photo=True, address=True, roots=roots)
                outcomes[k] = "read"
            except CardRemovedError:
                outcomes[k] = "removed"
            assert bridge.apdu_count == min(k, total)
            bridge.stop()
        assert outcomes == {k: "removed" for k in range(total)} | {total: "read"}
    finally:
        for bridge in bridges:
            bridge.stop()
        for reader, _port in slots:
            pcsc.wait_for_card(reader, present=False, timeout_s=WAIT_S)


def test_an_inactive_card_is_not_an_eid(serve_card: Callable[..., VirtualReader]) -> None:
    served = serve_card(build_profile("nl-citizen"), inactive=True)
    with pytest.raises(NotAnEidCardError, match="not activated"):
        pcsc.read_from_reader(served.reader)


def test_a_forged_file_is_refused_through_pcscd(serve_card: Callable[..., VirtualReader]) -> None:
    profile = build_profile("fr-citizen")
    served = serve_card(profile, Faults(flip_byte=(0x4031, 60)))
    with pytest.raises(CardDataInvalidError):
        pcsc.read_from_reader(served.reader, roots=roots_for(profile))


def test_an_empty_reader_has_no_card(pcscd: PrivatePcscd) -> None:
    assert pcsc.wait_for_card(SECOND_READER, present=False, timeout_s=WAIT_S)
    with pytest.raises(NoCardError):
        pcsc.connect(SECOND_READER)


def test_an_unknown_reader_is_no_reader(pcscd: PrivatePcscd) -> None:
    with pytest.raises(NoReaderError):
        pcsc.connect("No Such Reader 00 00")


def test_the_transport_reports_the_atr_and_closes(serve_card: Callable[..., VirtualReader]) -> None:
    profile = build_profile("kids")
    served = serve_card(profile)
    with pcsc.connect(served.reader) as transport, transport.transaction():
        assert transport.atr() == profile.atr
        select = bytes.fromhex("00A4040C0FA00000003029057000AD13100101FF")
        assert transport.transmit(select) == (b"", 0x90, 0x00)
        data, sw1, sw2 = transport.transmit(bytes.fromhex("80E400001C"))
        assert (data, sw1, sw2) == (profile.card_data, 0x90, 0x00)
    assert "closed" in repr(transport)


class Events:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.items: list[MonitorEvent] = []

    def __call__(self, event: MonitorEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[MonitorEvent], bool]) -> MonitorEvent:
        with self._cond:
            found: list[MonitorEvent] = []

            def seen() -> bool:
                found[:] = [event for event in self.items if predicate(event)]
                return bool(found)

            assert self._cond.wait_for(seen, WAIT_S), f"not seen; events: {self.items}"
            return found[0]


@pytest.fixture
def monitored(pcscd: PrivatePcscd) -> Iterator[tuple[CardMonitor, Events, pcsc.PcscBackend]]:
    events = Events()
    profile = build_profile("de-citizen")
    backend = pcsc.PcscBackend(roots=roots_for(profile))
    monitor = CardMonitor(backend, events)
    monitor.start()
    yield monitor, events, backend
    monitor.stop(timeout_s=1.0)
    assert not monitor.running


def test_monitor_reports_insert_read_remove_insert_in_order(
    pcscd: PrivatePcscd, monitored: tuple[CardMonitor, Events, pcsc.PcscBackend]
) -> None:
    monitor, events, _backend = monitored
    profile = build_profile("de-citizen")
    events.wait_for(lambda e: e == ReaderAdded(SECOND_READER))
    assert pcsc.wait_for_card(pcscd.reader, present=False, timeout_s=WAIT_S)
    bridge = VpcdBridge(VirtualCard(profile), "127.0.0.1", pcscd.port)
    bridge.start()
    try:
        events.wait_for(lambda e: e == CardInserted(pcscd.reader))
        monitor.request_read(pcscd.reader, photo=True)
        done = events.wait_for(lambda e: isinstance(e, CardReadDone))
        assert isinstance(done, CardReadDone)
        assert done.result.photo == profile.files[0x4035]
        bridge.remove()
        events.wait_for(lambda e: e == CardRemoved(pcscd.reader))
        bridge.insert()
        events.wait_for(
            lambda e: len([x for x in events.items if x == CardInserted(pcscd.reader)]) == 2
        )
    finally:
        bridge.stop()
    ours = [e for e in events.items if getattr(e, "reader", None) == pcscd.reader]
    assert [type(e).__name__ for e in ours] == [
        "ReaderAdded", "CardInserted", "CardReadDone", "CardRemoved", "CardInserted",
    ]  # fmt: skip
    assert pcsc.wait_for_card(pcscd.reader, present=False, timeout_s=WAIT_S)


def test_an_acceptance_stand_reads_test_cards_with_its_configured_trust_roots(
    serve_card: Callable[..., VirtualReader], tmp_path: Path
) -> None:
    from kiosk.config.settings import KioskSettings
    from kiosk.services import Services

    profile = build_profile("fr-citizen")
    served = serve_card(profile)
    root = tmp_path / "test-root.pem"
    root.write_bytes(profile.trust_root_pem)
    # A production kiosk knows only the Belgian roots: the specimen card's root is unknown.
    with pytest.raises(UnknownRootError):
        Services(KioskSettings()).card_backend().read(served.reader)
    acceptance = KioskSettings(production=False, trust_roots=(root,))
    result = Services(acceptance).card_backend().read(served.reader)
    assert result.identity_file == profile.files[0x4031]
