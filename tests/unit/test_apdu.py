"""The T=0 command layer: GET RESPONSE chains, 6C re-issues, status-word errors, counting."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cardreader.apdu import CountingTransport, Response, command_name, send, status_error
from kiosk.cardreader.errors import CardReadError, CardRemovedError, NotAnEidCardError

READ = bytes.fromhex("00B00000FC")
GET_CARD_DATA = bytes.fromhex("80E400001C")


class ScriptedTransport:
    """Answers each command with the next scripted response and checks the command sent."""

    def __init__(self, script: Sequence[tuple[str, str]]) -> None:
        self._script = [(bytes.fromhex(c), bytes.fromhex(r)) for c, r in script]
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        assert self._script, f"unexpected extra command {apdu.hex()}"
        expected, response = self._script.pop(0)
        assert apdu == expected, f"sent {apdu.hex()}, expected {expected.hex()}"
        self.sent.append(apdu)
        return response[:-2], response[-2], response[-1]

    def atr(self) -> bytes:
        return b"\x3b"

    @property
    def done(self) -> bool:
        return not self._script


def test_plain_response_is_returned_as_is() -> None:
    transport = ScriptedTransport([("00B00000FC", "0102" + "9000")])
    data, sw = send(transport, READ)
    assert (data, sw) == (b"\x01\x02", 0x9000)
    assert transport.done


def test_61xx_is_followed_by_chained_get_responses() -> None:
    transport = ScriptedTransport([
        ("80E400001C", "6110"),
        ("00C0000010", "AA" * 16 + "6105"),
        ("00C0000005", "BB" * 5 + "9000"),
    ])  # fmt: skip
    response = send(transport, GET_CARD_DATA)
    assert response.data == b"\xaa" * 16 + b"\xbb" * 5
    assert response.ok
    assert transport.done


def test_6cxx_reissues_the_same_command_with_the_right_le() -> None:
    transport = ScriptedTransport([("00B00000FC", "6CB3"), ("00B00000B3", "11" * 0xB3 + "9000")])
    slept: list[float] = []
    data, sw = send(transport, READ, reissue_delay_s=0.05, sleep=slept.append)
    assert len(data) == 0xB3 and sw == 0x9000
    assert slept == [0.05]
    assert transport.done


def test_no_pause_before_a_reissue_unless_asked() -> None:
    transport = ScriptedTransport([("00B00000FC", "6C04"), ("00B0000004", "01020304" + "9000")])
    slept: list[float] = []
    assert send(transport, READ, sleep=slept.append).data == b"\x01\x02\x03\x04"
    assert slept == []


def test_6c_then_61_is_handled_like_a_real_card_behind_a_t0_reader() -> None:
    transport = ScriptedTransport([
        ("00B00000FC", "6C03"),
        ("00B0000003", "6103"),
        ("00C0000003", "0A0B0C9000"),
    ])  # fmt: skip
    assert send(transport, READ) == Response(b"\x0a\x0b\x0c", 0x9000)


def test_a_second_6c_is_an_error_not_a_loop() -> None:
    transport = ScriptedTransport([("00B00000FC", "6C10"), ("00B0000010", "6C08")])
    with pytest.raises(CardReadError, match="6C"):
        send(transport, READ)


def test_6c_on_a_command_with_data_is_an_error() -> None:
    select = bytes.fromhex("00A4020C024031")
    transport = ScriptedTransport([("00A4020C024031", "6C10")])
    with pytest.raises(CardReadError, match="SELECT"):
        send(transport, select)


def test_a_get_response_chain_that_never_ends_is_an_error() -> None:
    transport = ScriptedTransport([("80E400001C", "6101")] + [("00C0000001", "006101")] * 64)
    with pytest.raises(CardReadError, match="GET RESPONSE"):
        send(transport, GET_CARD_DATA)


@pytest.mark.parametrize("sw", ["6A82", "6B00", "6982", "6D00"])
def test_other_status_words_are_returned_for_the_caller_to_judge(sw: str) -> None:
    transport = ScriptedTransport([("00B00000FC", sw)])
    assert send(transport, READ) == Response(b"", int(sw, 16))


def test_transport_errors_pass_through() -> None:
    class Gone:
        def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
            raise CardRemovedError("gone")

        def atr(self) -> bytes:
            return b""

    with pytest.raises(CardRemovedError):
        send(Gone(), READ)


@pytest.mark.parametrize(
    ("sw", "error", "meaning"),
    [
        (0x6D00, NotAnEidCardError, "not activated"),
        (0x6E00, NotAnEidCardError, "class not supported"),
        (0x6A82, CardReadError, "file not found"),
        (0x6982, CardReadError, "security status"),
        (0x6B00, CardReadError, "offset outside"),
        (0x6F00, CardReadError, "unexpected status"),
    ],
)
def test_status_words_map_to_typed_errors(sw: int, error: type, meaning: str) -> None:
    result = status_error(READ, sw)
    assert type(result) is error
    assert f"{sw:04X}" in result.detail
    assert meaning in result.detail
    assert "READ BINARY" in result.detail


def test_counting_transport_counts_get_responses_and_reissues() -> None:
    inner = ScriptedTransport([
        ("00B00000FC", "6C05"),
        ("00B0000005", "6105"),
        ("00C0000005", "01020304059000"),
    ])  # fmt: skip
    counting = CountingTransport(inner, record=True)
    send(counting, READ)
    assert counting.count == 3
    assert counting.sent == inner.sent


def test_response_repr_shows_no_data() -> None:
    response = Response(b"Jansen 67063029659", 0x9000)
    assert "Jansen" not in repr(response) and "6706" not in str(response)
    assert "9000" in repr(response)


def test_command_names() -> None:
    assert command_name(READ) == "READ BINARY"
    assert command_name(bytes.fromhex("00A4020C024031")) == "SELECT"
    assert command_name(b"\x00") == "malformed command"


class FileCard:
    """A transparent file behind a T=0 card: 6C xx when Le passes the end, optionally 61 xx."""

    def __init__(self, content: bytes, *, get_response: bool) -> None:
        self.content = content
        self.get_response = get_response
        self.pending = b""

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        if apdu[1] == 0xC0:
            data, self.pending = self.pending, b""
            return data, 0x90, 0x00
        offset, le = (apdu[2] << 8) | apdu[3], apdu[4]
        remaining = len(self.content) - offset
        if remaining <= 0:
            return b"", 0x6B, 0x00
        if le > remaining:
            return b"", 0x6C, remaining
        data = self.content[offset : offset + le]
        if self.get_response:
            self.pending = data
            return b"", 0x61, len(data)
        return data, 0x90, 0x00

    def atr(self) -> bytes:
        return b""


@given(size=st.integers(min_value=1, max_value=600), get_response=st.booleans())
def test_chunked_reads_through_send_rebuild_any_file(size: int, get_response: bool) -> None:
    content = bytes((i * 31 + 7) & 0xFF for i in range(size))
    card = FileCard(content, get_response=get_response)
    counting = CountingTransport(card)
    out = b""
    while True:
        apdu = bytes((0x00, 0xB0, len(out) >> 8, len(out) & 0xFF, 0xFC))
        data, sw = send(counting, apdu)
        if sw == 0x6B00:
            break
        assert sw == 0x9000
        out += data
        if len(data) < 0xFC:
            break
    assert out == content
    full, rest = divmod(size, 0xFC)
    per_block = 2 if get_response else 1
    # Each full block, then either a 6C + re-issue for the rest or one 6B00 read at the end.
    expected = full * per_block + ((1 + per_block) if rest else 1)
    assert counting.count == expected
