"""The BELPIC simple-TLV parser: length extension, leading version tag, padding, truncation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cardreader.errors import CardDataInvalidError
from kiosk.cardreader.tlv import parse_tlv


def encode(items: list[tuple[int, bytes]]) -> bytes:
    """The inverse of parse_tlv, written from the spec (FF = add 255 and continue)."""
    out = bytearray()
    for tag, value in items:
        out.append(tag)
        remaining = len(value)
        while remaining >= 0xFF:
            out.append(0xFF)
            remaining -= 0xFF
        out.append(remaining)
        out += value
    return bytes(out)


def test_plain_fields_in_file_order() -> None:
    data = bytes.fromhex("01 03 414243 02 00 07 01 5A")
    assert parse_tlv(data) == [(0x01, b"ABC"), (0x02, b""), (0x07, b"Z")]


@pytest.mark.parametrize(
    ("length_bytes", "length"),
    [
        (b"\xfe", 254),
        (b"\xff\x00", 255),
        (b"\xff\x01", 256),
        (b"\xff\xff\x00", 510),
        (b"\xff\xff\x05", 515),
    ],
)
def test_ff_length_bytes_add_up(length_bytes: bytes, length: int) -> None:
    value = bytes(range(256)) * 3
    data = b"\x07" + length_bytes + value[:length] + b"\x08\x01X"
    assert parse_tlv(data) == [(0x07, value[:length]), (0x08, b"X")]


def test_leading_version_tag_is_returned() -> None:
    data = bytes.fromhex("00 02 0001 01 02 3132")
    assert parse_tlv(data) == [(0x00, b"\x00\x01"), (0x01, b"12")]


def test_zero_padding_ends_the_data() -> None:
    data = bytes.fromhex("01 02 3132 03 01 41") + bytes(84)
    assert parse_tlv(data) == [(0x01, b"12"), (0x03, b"A")]


def test_anything_after_the_padding_starts_is_ignored_like_eid_mw() -> None:
    # The signatures cover these bytes; the parser follows eid-mw and stops at the first 0 tag.
    data = bytes.fromhex("01 01 41 00 00 05 01 42")
    assert parse_tlv(data) == [(0x01, b"A")]


@pytest.mark.parametrize("data", [b"", bytes(1), bytes(121)])
def test_empty_or_all_zero_file_has_no_fields(data: bytes) -> None:
    assert parse_tlv(data) == []


@pytest.mark.parametrize(
    "data",
    [
        b"\x01",  # tag without length
        b"\x01\x05ABC",  # value shorter than declared
        b"\x01\xff",  # extended length cut off
        b"\x01\xff\xff",
        b"\x01\x01A\x02",  # second tag without length
        b"\x01\xff\x00" + b"A" * 254,
    ],
)
def test_truncation_is_a_card_data_error(data: bytes) -> None:
    with pytest.raises(CardDataInvalidError, match="truncated"):
        parse_tlv(data)


def test_error_message_quotes_neither_tag_nor_length_nor_contents() -> None:
    """After a corrupted length, the "tag" and "length" are characters of the data: here the
    ``95`` of a birth year read as tag 0x39, length 53 (issue 13)."""
    with pytest.raises(CardDataInvalidError) as info:
        parse_tlv(b"\x07\x06SECRET" + b"95")
    message = str(info.value)
    assert not any(leak in message for leak in ("SECRET", "0x39", "39", "53", "0x07", "9 "))


def test_accepts_bytearray_and_memoryview() -> None:
    raw = bytes.fromhex("01 01 41")
    assert parse_tlv(bytearray(raw)) == parse_tlv(memoryview(raw)) == [(0x01, b"A")]


@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_fields_or_card_data_error(data: bytes) -> None:
    try:
        items = parse_tlv(data)
    except CardDataInvalidError:
        return
    assert all(0 <= tag <= 0xFF and isinstance(value, bytes) for tag, value in items)
    assert sum(len(value) for _, value in items) <= len(data)


@given(
    st.lists(
        st.tuples(st.integers(min_value=1, max_value=0xFF), st.binary(max_size=700)),
        max_size=8,
    ),
    st.integers(min_value=0, max_value=100),
)
def test_encoded_fields_round_trip_with_padding(
    items: list[tuple[int, bytes]], padding: int
) -> None:
    assert parse_tlv(encode(items) + bytes(padding)) == items
