"""No character of a card's data in any log line or exception text from parsing (issue 13).

A corrupted TLV length made the parser read data as tags and lengths and quote them: "tag 0x39
declares 53 bytes" was the "95" of a birth year. Here every specimen profile's identity and
address files are corrupted (lengths set, bytes flipped at any position, files truncated) and
parsed; every log record and every exception text (str, repr, args, the whole cause/context
chain) must hold no run of two characters of the identity's values, written out or encoded
as numbers (a decimal or ``0x`` number in 0..255 read back as the character it codes).

The profiles' letters are swapped for "canary" letters (Q X Z J) first, keeping the layout:
names then cannot be confused with English words in our own messages ("er", "en"); digits
(national number, dates, card number, postcode) stay as they are.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cardreader.belpic import FID_ADDRESS, FID_ID
from kiosk.cardreader.errors import CardError
from kiosk.cardreader.identity import parse_address, parse_identity
from kiosk.cardreader.reader import read_card
from kiosk.cardreader.tlv import parse_tlv
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.encode import encode_tlv
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

# Text fields whose letters become canary letters (identity; address street and municipality).
_IDENTITY_TEXT_TAGS = {0x05, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C}
_ADDRESS_TEXT_TAGS = {0x01, 0x03}
# The values that must never show: card number, validity dates, issuing municipality, national
# number, names, nationality, birth place and date; street, postcode, municipality.
_IDENTITY_SECRET_TAGS = {0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0A, 0x0B, 0x0C}
_ADDRESS_SECRET_TAGS = {0x01, 0x02, 0x03}
_CANARY_UPPER, _CANARY_LOWER = "QXZJ", "qxzj"


def _canary(text: str) -> str:
    return "".join(
        (_CANARY_UPPER if char.isupper() else _CANARY_LOWER)[ord(char) % 4]
        if char.isalpha()
        else char
        for char in text
    )


def _canary_file(data: bytes, text_tags: set[int]) -> bytes:
    fields = parse_tlv(data)
    swapped = [
        (tag, _canary(value.decode("utf-8")).encode() if tag in text_tags else value)
        for tag, value in fields
    ]
    content = encode_tlv(swapped)
    return content.ljust(len(data), b"\x00")


@functools.cache
def _files(name: str) -> tuple[bytes, bytes, frozenset[str]]:
    """The canary identity and address files of a profile, and the 2-character windows of
    their values."""
    profile = build_profile(name)
    identity = _canary_file(profile.files[FID_ID], _IDENTITY_TEXT_TAGS)
    address = _canary_file(profile.files[FID_ADDRESS], _ADDRESS_TEXT_TAGS)
    values = [v for t, v in parse_tlv(identity) if t in _IDENTITY_SECRET_TAGS]
    values += [v for t, v in parse_tlv(address) if t in _ADDRESS_SECRET_TAGS]
    windows = set()
    for value in values:
        text = value.decode("utf-8")
        for i in range(len(text) - 1):
            pair = text[i : i + 2]
            if pair.isalnum():
                windows.add(pair)
    return identity, address, frozenset(windows)


def _length_positions(data: bytes) -> list[int]:
    """Where the length bytes of the file's TLV entries are."""
    positions, pos = [], 0
    for _tag, value in parse_tlv(data):
        pos += 1
        positions.append(pos)
        pos += 1 + len(value)
    return positions


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _captured() -> Iterator[_Records]:
    handler = _Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _exception_texts(error: BaseException) -> list[str]:
    texts: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        exc = pending.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        texts += [str(exc), repr(exc), repr(exc.args), str(getattr(exc, "detail", ""))]
        pending += [exc.__cause__, exc.__context__]
    return texts


def _record_texts(records: list[logging.LogRecord]) -> list[str]:
    """The rendered message, the exception text, and every argument that is text or bytes
    (numeric arguments are checked as the message renders them)."""
    texts: list[str] = []
    for record in records:
        texts += [record.getMessage(), record.exc_text or ""]
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        texts += [repr(arg) for arg in args if isinstance(arg, str | bytes | bytearray)]
    return texts


_NUMBER = re.compile(r"0x([0-9A-Fa-f]{1,2})\b|\b(\d{1,3})\b")


def _decoded(text: str) -> str:
    """The numbers of ``text`` that could code a byte, read back as characters."""
    chars = []
    for hex_digits, decimal in _NUMBER.findall(text):
        value = int(hex_digits, 16) if hex_digits else int(decimal)
        if value < 256:
            chars.append(chr(value))
    return "".join(chars)


def _assert_no_leak(texts: list[str], windows: frozenset[str]) -> None:
    for text in texts:
        decoded = _decoded(text)
        leaked = sorted(w for w in windows if w in text or w in decoded)
        # The message is shown only for a failure; it is the leak itself, of canary data.
        assert not leaked, f"card data {leaked} in {text!r}"


def _parse_all(data: bytes) -> list[str]:
    texts: list[str] = []
    with _captured() as handler:
        for parse in (parse_tlv, parse_identity, parse_address):
            try:
                parse(data)
            except CardError as error:
                texts += _exception_texts(error)
    return texts + _record_texts(handler.records)


_Edit = tuple[str, int, int]


@st.composite
def _corruption(draw: st.DrawFn) -> tuple[str, bool, list[_Edit]]:
    name = draw(st.sampled_from(sorted(PROFILES)))
    address = draw(st.booleans())
    identity_file, address_file, _ = _files(name)
    data = address_file if address else identity_file
    lengths = _length_positions(data)
    edit = st.one_of(
        st.tuples(st.just("length"), st.sampled_from(lengths), st.integers(0, 255)),
        st.tuples(st.just("set"), st.integers(0, len(data) - 1), st.integers(0, 255)),
        st.tuples(st.just("flip"), st.integers(0, len(data) - 1), st.just(0xFF)),
        st.tuples(st.just("truncate"), st.integers(0, len(data)), st.just(0)),
    )
    return name, address, draw(st.lists(edit, min_size=1, max_size=3))


def _apply(data: bytes, edits: list[_Edit]) -> bytes:
    out = bytearray(data)
    for kind, position, value in edits:
        if kind == "truncate":
            del out[position:]
        elif position < len(out):
            out[position] = out[position] ^ 0xFF if kind == "flip" else value
    return bytes(out)


@settings(max_examples=400, deadline=None)
@given(_corruption())
def test_parsing_a_corrupted_file_never_shows_its_data(
    corruption: tuple[str, bool, list[_Edit]],
) -> None:
    name, address, edits = corruption
    identity_file, address_file, windows = _files(name)
    data = _apply(address_file if address else identity_file, edits)
    _assert_no_leak(_parse_all(data), windows)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_length_of_every_profile_set_to_every_digit(name: str) -> None:
    """Deterministic sweep of the attack: each length byte set to the code of each digit and
    letter-like value, so the parser reads the data that follows as tags and lengths."""
    identity_file, address_file, windows = _files(name)
    for data in (identity_file, address_file):
        for position in _length_positions(data):
            for value in (*range(0x30, 0x3A), 0x00, 0x01, 0x7F, 0xFE, 0xFF):
                _assert_no_leak(_parse_all(_apply(data, [("set", position, value)])), windows)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_a_full_read_of_a_corrupted_card_logs_no_data(name: str) -> None:
    """Through read_card (belpic, verify, identity), every length of the identity file cut."""
    profile = build_profile(name)
    identity_file, _address_file, windows = _files(name)
    canary = profile.with_files({FID_ID: identity_file})
    for position in _length_positions(identity_file):
        corrupted = canary.with_files({FID_ID: _apply(identity_file, [("set", position, 0x35)])})
        texts: list[str] = []
        with _captured() as handler:
            try:
                read_card(
                    VirtualTransport(VirtualCard(corrupted)),
                    address=True,
                    extra_roots=[profile.trust_root_pem or b""],
                )
            except CardError as error:
                texts += _exception_texts(error)
        _assert_no_leak(texts + _record_texts(handler.records), windows)
