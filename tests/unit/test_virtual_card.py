"""The BELPIC emulator answers every APDU case like a real T=0 card, in-process."""

from __future__ import annotations

import pytest

from kiosk.cardreader.errors import CardRemovedError
from kiosk.cardreader.virtual import CardProfile, Faults, VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.model import ATR_APPLET_17, ATR_APPLET_18

SELECT_APPLET = bytes.fromhex("00A404000FA00000003029057000AD13100101FF")
SELECT_APPLET_0C = bytes.fromhex("00A4040C0FA00000003029057000AD13100101FF")
GET_CARD_DATA = bytes.fromhex("80E400001C")
GET_CARD_DATA_18 = bytes.fromhex("80E400011F")

ID_FILE = bytes(range(1, 180))  # 179 bytes: the observed 6C B3 transcript
PHOTO = bytes((i * 7) & 0xFF for i in range(3 * 252))  # a multiple of the chunk size
RRN = b"\x30\x82" + bytes(300)


def _card_data(applet: int) -> bytes:
    return bytes(range(16)) + bytes(
        (0x01, 0x02, 0x03, 0x04, 0x05, applet, 0x00, 0x03, 0, 0x21, 1, 0x0F)
    )


def _profile(applet: int = 0x17) -> CardProfile:
    return CardProfile(
        name="unit",
        atr=ATR_APPLET_18 if applet >= 0x18 else ATR_APPLET_17,
        card_data=_card_data(applet),
        files={0x4031: ID_FILE, 0x4035: PHOTO, 0x503C: RRN},
    )


def select_fid(fid: int) -> bytes:
    return bytes((0x00, 0xA4, 0x02, 0x0C, 0x02)) + fid.to_bytes(2, "big")


def read(offset: int, le: int) -> bytes:
    return bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, le & 0xFF))


@pytest.fixture
def card() -> VirtualCard:
    return VirtualCard(_profile())


def run(card: VirtualCard, *apdus: bytes) -> bytes:
    response = b""
    for apdu in apdus:
        response = card.process(apdu)
    return response


# -- SELECT -------------------------------------------------------------------------------


@pytest.mark.parametrize("apdu", [SELECT_APPLET, SELECT_APPLET_0C])
def test_select_applet_by_aid(card: VirtualCard, apdu: bytes) -> None:
    assert card.process(apdu) == b"\x90\x00"


def test_select_unknown_aid_is_not_found(card: VirtualCard) -> None:
    assert card.process(bytes.fromhex("00A404000CA000000177FFFFFFFFFFFFFF")) == b"\x6a\x82"


def test_ef_is_not_found_before_its_df_is_current(card: VirtualCard) -> None:
    assert run(card, SELECT_APPLET, select_fid(0x4031)) == b"\x6a\x82"


def test_select_walks_mf_df_ef(card: VirtualCard) -> None:
    assert card.process(select_fid(0x3F00)) == b"\x90\x00"
    assert card.process(select_fid(0xDF01)) == b"\x90\x00"
    assert card.process(select_fid(0x4031)) == b"\x90\x00"
    assert card.process(read(0, 0xB3)) == ID_FILE + b"\x90\x00"
    # A sibling EF in the same DF is selectable directly; an EF of the other DF is not.
    assert card.process(select_fid(0x4035)) == b"\x90\x00"
    assert card.process(select_fid(0x503C)) == b"\x6a\x82"
    assert card.process(select_fid(0xDF00)) == b"\x90\x00"
    assert card.process(select_fid(0x503C)) == b"\x90\x00"


def test_failed_select_keeps_the_current_file(card: VirtualCard) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4031))
    assert card.process(select_fid(0x4039)) == b"\x6a\x82"
    assert card.process(read(0, 1)) == ID_FILE[:1] + b"\x90\x00"


def test_missing_file_is_not_found(card: VirtualCard) -> None:
    assert run(card, select_fid(0xDF01), select_fid(0x4033)) == b"\x6a\x82"


@pytest.mark.parametrize(
    "path", ["3F00DF014031", "DF014031", "3F00DF00503C", "DF00503C"], ids=lambda p: p
)
def test_select_by_path_with_and_without_mf(card: VirtualCard, path: str) -> None:
    body = bytes.fromhex(path)
    assert card.process(bytes((0x00, 0xA4, 0x08, 0x0C, len(body))) + body) == b"\x90\x00"
    expected = ID_FILE if path.endswith("4031") else RRN
    assert card.process(read(0, 4)) == expected[:4] + b"\x90\x00"


@pytest.mark.parametrize("path", ["3F004031", "DF01503C", "DF014031DF01", "DF01DF00"])
def test_select_by_wrong_path_is_not_found(card: VirtualCard, path: str) -> None:
    body = bytes.fromhex(path)
    assert card.process(bytes((0x00, 0xA4, 0x08, 0x0C, len(body))) + body) == b"\x6a\x82"


def test_select_path_to_a_df_leaves_no_current_ef(card: VirtualCard) -> None:
    assert card.process(bytes.fromhex("00A4080C043F00DF01")) == b"\x90\x00"
    assert card.process(read(0, 1)) == b"\x69\x86"
    assert card.process(select_fid(0x4031)) == b"\x90\x00"


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("00A4020C034031FF", "6A87"),  # Lc inconsistent with select-by-FID
        ("00A4080C033F00DF", "6A87"),  # odd path length
        ("00A4030C024031", "6A86"),  # unsupported P1
        ("00A40200024031", "6A86"),  # FCI requested: the card never returns one
        ("00A4020C", "6700"),  # no data at all
        ("00A4020C02", "6700"),  # Lc announced, data missing
    ],
)
def test_select_parameter_errors(card: VirtualCard, apdu: str, sw: str) -> None:
    assert card.process(bytes.fromhex(apdu)) == bytes.fromhex(sw)


# -- READ BINARY ----------------------------------------------------------------------------


def test_read_binary_reports_exact_length_with_6c(card: VirtualCard) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4031))
    assert card.process(read(0, 0xFC)) == b"\x6c\xb3"
    assert card.process(read(0, 0xB3)) == ID_FILE + b"\x90\x00"
    assert card.process(read(100, 0xFC)) == bytes((0x6C, len(ID_FILE) - 100))
    assert card.process(read(100, 10)) == ID_FILE[100:110] + b"\x90\x00"


def test_read_binary_le_zero_means_256(card: VirtualCard) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4035))
    assert card.process(read(0, 0)) == PHOTO[:256] + b"\x90\x00"
    assert card.process(read(len(PHOTO) - 100, 0)) == b"\x6c\x64"


def test_file_of_whole_chunks_ends_with_6b00(card: VirtualCard) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4035))
    data = b""
    offset = 0
    while True:
        response = card.process(read(offset, 0xFC))
        if response == b"\x6b\x00":
            break
        assert response[-2:] == b"\x90\x00"
        data += response[:-2]
        offset += 0xFC
    assert data == PHOTO
    assert offset == len(PHOTO)
    assert card.process(read(0x7F00, 1)) == b"\x6b\x00"


def test_read_binary_without_current_ef(card: VirtualCard) -> None:
    assert card.process(read(0, 4)) == b"\x69\x86"
    assert run(card, select_fid(0xDF01), read(0, 4)) == b"\x69\x86"


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [("00B00000", "6700"), ("00B0000001AA", "6700"), ("00B0800001", "6B00")],
)
def test_read_binary_parameter_errors(card: VirtualCard, apdu: str, sw: str) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4031))
    assert card.process(bytes.fromhex(apdu)) == bytes.fromhex(sw)


def test_reset_forgets_the_selection(card: VirtualCard) -> None:
    run(card, select_fid(0xDF01), select_fid(0x4031))
    card.power_on()
    assert card.process(read(0, 1)) == b"\x69\x86"
    assert card.process(select_fid(0x4031)) == b"\x6a\x82"


# -- GET CARD DATA, GET RESPONSE, errors ------------------------------------------------------


def test_get_card_data(card: VirtualCard) -> None:
    assert card.process(GET_CARD_DATA) == _card_data(0x17) + b"\x90\x00"
    assert card.process(bytes.fromhex("80E4000000")) == b"\x6c\x1c"
    assert card.process(bytes.fromhex("80E4000010")) == b"\x6c\x1c"
    # Applet 1.7 only knows the backward compatible P2=00.
    assert card.process(GET_CARD_DATA_18) == b"\x6b\x00"
    assert card.process(bytes.fromhex("80E401001C")) == b"\x6b\x00"


def test_get_card_data_applet_18() -> None:
    card = VirtualCard(_profile(0x18))
    assert card.process(GET_CARD_DATA) == _card_data(0x18) + b"\x90\x00"
    assert card.process(GET_CARD_DATA_18) == _card_data(0x18) + b"\x03\xff\xff\x90\x00"
    assert card.process(bytes.fromhex("80E401001C")) == b"\x6b\x00"
    assert card.process(bytes.fromhex("80E400011C")) == b"\x6c\x1f"


def test_get_response_with_nothing_pending(card: VirtualCard) -> None:
    assert card.process(bytes.fromhex("00C0000010")) == b"\x69\x85"


def test_t0_get_response_mode_delivers_through_get_response() -> None:
    card = VirtualCard(_profile(), t0_get_response=True)
    assert card.process(SELECT_APPLET) == b"\x90\x00"
    assert card.process(GET_CARD_DATA) == b"\x61\x1c"
    assert card.process(bytes.fromhex("00C000001C")) == _card_data(0x17) + b"\x90\x00"
    assert card.process(bytes.fromhex("00C000001C")) == b"\x69\x85"
    run(card, select_fid(0xDF01), select_fid(0x4031))
    # A wrong Le is still corrected with 6C first.
    assert card.process(read(0, 0xFC)) == b"\x6c\xb3"
    assert card.process(read(0, 0xB3)) == b"\x61\xb3"
    # GET RESPONSE in pieces: 61 xx says how much is left, a too-long Le gets 6C.
    assert card.process(bytes.fromhex("00C0000064")) == ID_FILE[:100] + b"\x61\x4f"
    assert card.process(bytes.fromhex("00C00000FF")) == b"\x6c\x4f"
    assert card.process(bytes.fromhex("00C000004F")) == ID_FILE[100:] + b"\x90\x00"


def test_t0_pending_data_is_dropped_by_another_command() -> None:
    card = VirtualCard(_profile(), t0_get_response=True)
    assert card.process(GET_CARD_DATA) == b"\x61\x1c"
    assert card.process(select_fid(0xDF01)) == b"\x90\x00"
    assert card.process(bytes.fromhex("00C000001C")) == b"\x69\x85"


def test_t0_mode_full_256_byte_chunk() -> None:
    card = VirtualCard(_profile(), t0_get_response=True)
    run(card, select_fid(0xDF01), select_fid(0x4035))
    assert card.process(read(0, 0)) == b"\x61\x00"
    assert card.process(bytes.fromhex("00C0000000")) == PHOTO[:256] + b"\x90\x00"


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        ("00E400001C", "6E00"),  # GET CARD DATA is proprietary: CLA 80
        ("80A4020C024031", "6E00"),  # SELECT is ISO: CLA 00
        ("A0A4020C024031", "6E00"),  # unsupported class
        ("0084000008", "6D00"),  # GET CHALLENGE: not on BELPIC
        ("00CA000000", "6D00"),
        ("00", "6700"),
        ("80E60000", "9000"),  # LOG OFF
    ],
)
def test_class_and_instruction_errors(card: VirtualCard, apdu: str, sw: str) -> None:
    assert card.process(bytes.fromhex(apdu)) == bytes.fromhex(sw)


def test_inactive_card_answers_6d00_after_applet_select() -> None:
    card = VirtualCard(_profile(), inactive=True)
    assert card.process(SELECT_APPLET) == b"\x90\x00"
    for apdu in (GET_CARD_DATA, select_fid(0x3F00), select_fid(0xDF01), read(0, 1)):
        assert card.process(apdu) == b"\x6d\x00"


def test_profile_is_immutable() -> None:
    profile = _profile()
    with pytest.raises(TypeError):
        profile.files[0x4031] = b"forged"  # type: ignore[index]
    with pytest.raises(AttributeError):
        profile.atr = b"\x3b"  # type: ignore[misc]


def test_profile_repr_shows_no_file_contents() -> None:
    text = repr(_profile())
    assert "4031" in text and "unit" in text
    assert ID_FILE[:8].hex() not in text and "\\x01\\x02" not in text


# -- VirtualTransport and faults ---------------------------------------------------------------


def test_transport_is_raw(card: VirtualCard) -> None:
    transport = VirtualTransport(card)
    assert transport.atr() == ATR_APPLET_17
    assert transport.transmit(SELECT_APPLET) == (b"", 0x90, 0x00)
    assert transport.transmit(select_fid(0xDF01)) == (b"", 0x90, 0x00)
    assert transport.transmit(select_fid(0x4031)) == (b"", 0x90, 0x00)
    assert transport.transmit(read(0, 0xFC)) == (b"", 0x6C, 0xB3)
    assert transport.transmit(read(0, 0xB3)) == (ID_FILE, 0x90, 0x00)
    assert transport.sent[0] == SELECT_APPLET and len(transport.sent) == 5


def test_transport_remove_after_fires_once(card: VirtualCard) -> None:
    transport = VirtualTransport(card, Faults(remove_after=2))
    transport.transmit(select_fid(0xDF01))
    transport.transmit(select_fid(0x4031))
    with pytest.raises(CardRemovedError):
        transport.transmit(read(0, 1))
    assert not transport.present
    with pytest.raises(CardRemovedError):
        transport.atr()
    transport.insert()
    # Re-insertion is a power-on: the selection is gone, and the fault does not fire again.
    assert transport.transmit(read(0, 1)) == (b"", 0x69, 0x86)
    for _ in range(5):
        transport.transmit(select_fid(0xDF01))
    assert transport.present


def test_transport_remove_and_insert_another_card(card: VirtualCard) -> None:
    transport = VirtualTransport(card)
    transport.remove()
    with pytest.raises(CardRemovedError):
        transport.transmit(SELECT_APPLET)
    other = VirtualCard(_profile(0x18))
    transport.insert(other)
    assert transport.atr() == ATR_APPLET_18


def test_flip_byte_fault_serves_a_corrupted_file(card: VirtualCard) -> None:
    transport = VirtualTransport(card, Faults(flip_byte=(0x4031, 5)))
    transport.transmit(select_fid(0xDF01))
    transport.transmit(select_fid(0x4031))
    data, _, _ = transport.transmit(read(0, 0xB3))
    assert data != ID_FILE
    assert [i for i in range(len(ID_FILE)) if data[i] != ID_FILE[i]] == [5]
    assert data[5] == ID_FILE[5] ^ 0xFF
    # The original card and profile are untouched.
    assert card.profile.files[0x4031] == ID_FILE


@pytest.mark.parametrize("flip", [(0x4033, 0), (0x4031, len(ID_FILE))])
def test_flip_byte_outside_the_card_is_rejected(card: VirtualCard, flip: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        VirtualTransport(card, Faults(flip_byte=flip))


def test_latency_fault_is_validated() -> None:
    with pytest.raises(ValueError):
        Faults(latency_s=-1)
