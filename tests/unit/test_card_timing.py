"""The virtual card's time model: ATR -> rate, APDU -> characters on the T=0 wire -> seconds."""

from __future__ import annotations

import pytest

from kiosk.cardreader.virtual.model import ATR_APPLET_17, ATR_APPLET_18
from kiosk.cardreader.virtual.timing import (
    AtrParameters,
    ReaderTiming,
    parse_atr,
    t0_characters,
)

READ_252 = bytes.fromhex("00B00000FC")
SELECT_4031 = bytes.fromhex("00A4020C024031")
OK = bytes.fromhex("9000")


def test_applet_17_atr_offers_fi_372_di_4() -> None:
    # 3B 98 13 ...: T0 = 98 announces TA1 and TD1; TA1 = 13; TD1 = 40 names T=0 and a TC2.
    expected = AtrParameters(fi=372, di=4, extra_guard_time=0, protocols=(0,))
    assert parse_atr(ATR_APPLET_17) == expected


def test_applet_18_atr_offers_fi_512_di_32() -> None:
    # 3B 7F 96 00 00 ...: T0 = 7F announces TA1 TB1 TC1 and no TD1 (T=0 only); TC1 = 00.
    expected = AtrParameters(fi=512, di=32, extra_guard_time=0, protocols=(0,))
    assert parse_atr(ATR_APPLET_18) == expected


def test_etu_and_character_time_at_4_mhz() -> None:
    applet17 = ReaderTiming().for_card(ATR_APPLET_17)
    applet18 = ReaderTiming().for_card(ATR_APPLET_18)
    assert applet17.etu_s == pytest.approx(372 / 4 / 4e6)  # 23.25 µs
    assert applet17.character_s == pytest.approx(279e-6)  # 12 etu
    assert applet18.etu_s == pytest.approx(4e-6)  # 512 / 32 = 16 clock cycles
    assert applet18.character_s == pytest.approx(48e-6)


def test_clock_frequency_scales_the_etu() -> None:
    assert ReaderTiming(clock_hz=4.8e6).for_card(ATR_APPLET_18).etu_s == pytest.approx(16 / 4.8e6)


def test_without_ta1_the_default_rate_applies() -> None:
    atr = bytes.fromhex("3B 02 14 50")  # no interface bytes, two historical bytes
    assert parse_atr(atr) == AtrParameters()
    assert ReaderTiming().for_card(atr).etu_s == pytest.approx(372 / 4e6)


def test_tc1_without_ta1_adds_extra_guard_time() -> None:
    atr = bytes.fromhex("3B 65 00 02 01 02 03 04 05")  # TB1 = 00, TC1 = 02, five historical bytes
    assert parse_atr(atr) == AtrParameters(fi=372, di=1, extra_guard_time=2, protocols=(0,))
    assert ReaderTiming().for_card(atr).character_etu == 14


def test_a_chain_of_td_bytes_is_followed() -> None:
    # A T=1 card as pcsc_scan decodes it (LudovicRousseau/CCID#196): TA1 = 18 -> Fi 372, Di 12;
    # TC1 = FF (no extra guard time); TD1 = 81, TD2 = B1 (T=1, with TA3 TB3 TD3), TD3 = 1F (T=15).
    atr = bytes.fromhex("3B D5 18 FF 81 B1 FE 45 1F C3 80 73 C8 21 10 6F")
    assert parse_atr(atr) == AtrParameters(fi=372, di=12, extra_guard_time=255, protocols=(1, 15))
    assert ReaderTiming().for_card(atr).character_etu == 12


@pytest.mark.parametrize(
    ("atr", "message"),
    [
        ("3B", "at least"),
        ("3A 00", "convention"),
        ("3B 10 71", "reserved"),  # FI = 7 is reserved
        ("3B 10 1A", "reserved"),  # DI = A is reserved
        ("3B 90 11", "ends inside"),  # TD1 announced, missing
    ],
)
def test_malformed_atrs_are_refused(atr: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_atr(bytes.fromhex(atr))


@pytest.mark.parametrize(
    ("command", "response", "characters"),
    [
        # case 2: header, INS acknowledgement, 252 data bytes, SW
        (READ_252, bytes(252) + OK, 5 + 1 + 252 + 2),
        # the card asks for another Le: header and SW only
        (READ_252, bytes.fromhex("6CB6"), 5 + 2),
        # case 3: header, acknowledgement, 2 data bytes, SW
        (SELECT_4031, OK, 5 + 1 + 2 + 2),
        # case 1: P3 = 00 is added on the wire
        (bytes.fromhex("00A4040C"), OK, 5 + 2),
        # case 4: Le is not sent; one acknowledgement each way
        (bytes.fromhex("00A40400023F0000"), bytes(10) + OK, 5 + 1 + 2 + 1 + 10 + 2),
    ],
)
def test_t0_characters(command: bytes, response: bytes, characters: int) -> None:
    assert t0_characters(command, response) == characters


def test_a_252_byte_read_takes_73_ms_on_applet_17_and_13_ms_on_applet_18() -> None:
    response = bytes(252) + OK
    applet17 = ReaderTiming().for_card(ATR_APPLET_17)
    applet18 = ReaderTiming().for_card(ATR_APPLET_18)
    assert applet17.wire_s(READ_252, response) == pytest.approx(260 * 279e-6)  # 72.54 ms
    assert applet17.apdu_s(READ_252, response) == pytest.approx(0.001 + 260 * 279e-6)
    assert applet18.apdu_s(READ_252, response) == pytest.approx(0.001 + 260 * 48e-6)  # 13.48 ms


def test_the_command_overhead_is_a_parameter() -> None:
    timing = ReaderTiming(command_overhead_s=0.005).for_card(ATR_APPLET_18)
    assert timing.apdu_s(SELECT_4031, OK) == pytest.approx(0.005 + 10 * 48e-6)
