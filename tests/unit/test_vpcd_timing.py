"""The vpcd bridge with a time model: it asks the model about every APDU it answers and holds
the answer back by what is left of that time. A fake vpcd (a loopback listener speaking the
vpcd framing) stands in for pcscd, and fake clock and sleep stand in for time: no daemon, no
timing assertion."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator

import pytest

from kiosk.cardreader.virtual import VirtualCard, build_profile
from kiosk.cardreader.virtual.model import ATR_APPLET_18
from kiosk.cardreader.virtual.timing import ReaderTiming
from kiosk.cardreader.virtual.vpcd import VpcdBridge

SELECT_APPLET = bytes.fromhex("00A404000FA00000003029057000AD13100101FF")
GET_CARD_DATA = bytes.fromhex("80E400001C")


class SpyTiming:
    """A ReaderTiming look-alike: records the ATR and each (command, response) it is asked about."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.atrs: list[bytes] = []
        self.asked: list[tuple[bytes, bytes]] = []

    def for_card(self, atr: bytes) -> SpyTiming:
        self.atrs.append(bytes(atr))
        return self

    def apdu_s(self, command: bytes, response: bytes) -> float:
        self.asked.append((bytes(command), bytes(response)))
        return self.seconds


class StepClock:
    """Each call is ``step`` seconds later than the one before."""

    def __init__(self, step: float) -> None:
        self.now = 100.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def fake_vpcd() -> Iterator[socket.socket]:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(10)
        yield server


def _exchange(link: socket.socket, payload: bytes) -> bytes:
    link.sendall(len(payload).to_bytes(2, "big") + payload)
    size = int.from_bytes(_read(link, 2), "big")
    return _read(link, size)


def _read(link: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = link.recv(size - len(data))
        assert chunk, "the bridge closed the connection"
        data += chunk
    return data


def _bridge(server: socket.socket, **options: object) -> VpcdBridge:
    card = VirtualCard(build_profile("applet18"))
    port = server.getsockname()[1]
    options.setdefault("retry_interval_s", 0.05)
    return VpcdBridge(card, "127.0.0.1", port, **options)  # type: ignore[arg-type]


def test_the_bridge_asks_the_model_about_each_apdu_and_sleeps_what_is_left(
    fake_vpcd: socket.socket,
) -> None:
    spy = SpyTiming(seconds=0.010)
    sleeps: list[float] = []
    bridge = _bridge(fake_vpcd, timing=spy, clock=StepClock(0.001), sleep=sleeps.append)
    bridge.start()
    try:
        link, _ = fake_vpcd.accept()
        with link:
            assert _exchange(link, bytes([4])) == ATR_APPLET_18  # control code: no APDU
            select = _exchange(link, SELECT_APPLET)
            card_data = _exchange(link, GET_CARD_DATA)
    finally:
        bridge.stop()
    assert select == bytes.fromhex("9000")
    assert len(card_data) == 28 + 2
    assert spy.atrs == [ATR_APPLET_18]
    # Exactly the bytes that went over the link, both ways: the model counts from these.
    assert spy.asked == [(SELECT_APPLET, select), (GET_CARD_DATA, card_data)]
    # Arrival read at t, the check at t + 1 ms: 10 ms - 1 ms is left to wait.
    assert sleeps == pytest.approx([0.009, 0.009])


def test_a_real_model_gives_the_modelled_apdu_time(fake_vpcd: socket.socket) -> None:
    sleeps: list[float] = []
    bridge = _bridge(fake_vpcd, timing=ReaderTiming(), clock=StepClock(0.0), sleep=sleeps.append)
    bridge.start()
    try:
        link, _ = fake_vpcd.accept()
        with link:
            card_data = _exchange(link, GET_CARD_DATA)
    finally:
        bridge.stop()
    # 5 header + 1 acknowledgement + 28 data + 2 SW characters of 48 µs, plus 1 ms.
    assert card_data[-2:] == bytes.fromhex("9000")
    assert sleeps == pytest.approx([0.001 + 36 * 48e-6])


def test_no_wait_when_the_time_has_already_passed(fake_vpcd: socket.socket) -> None:
    sleeps: list[float] = []
    bridge = _bridge(
        fake_vpcd, timing=SpyTiming(seconds=0.001), clock=StepClock(0.002), sleep=sleeps.append
    )
    bridge.start()
    try:
        link, _ = fake_vpcd.accept()
        with link:
            _exchange(link, SELECT_APPLET)
    finally:
        bridge.stop()
    assert sleeps == []


def test_without_a_model_the_bridge_never_waits(fake_vpcd: socket.socket) -> None:
    sleeps: list[float] = []
    bridge = _bridge(fake_vpcd, clock=StepClock(0.001), sleep=sleeps.append)
    bridge.start()
    try:
        link, _ = fake_vpcd.accept()
        with link:
            assert _exchange(link, SELECT_APPLET) == bytes.fromhex("9000")
    finally:
        bridge.stop()
    assert sleeps == []


def test_a_card_whose_atr_the_model_cannot_read_is_refused_at_once() -> None:
    profile = dataclasses.replace(build_profile("applet18"), atr=bytes.fromhex("3B 10 71"))
    card = VirtualCard(profile)
    with pytest.raises(ValueError, match="reserved"):
        VpcdBridge(card, timing=ReaderTiming())
