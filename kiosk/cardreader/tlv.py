"""Parser for the simple TLV encoding of the eID identity and address files (EF 4031, 4033).

The encoding (eID content spec v5.4 §6.1, eid-mw ``common/tlvbuffer.cpp``): a 1-byte tag, a
length made of bytes that are summed while they are ``0xFF`` (``FF 03`` = 258), then the value.
Tag ``0x00`` ("file structure version") may only come first; a later ``0x00`` tag is the start
of the zero padding that fills the fixed-size file, and ends the data.

Errors never quote the tag or length that failed: once a length is corrupted, the "tags" and
"lengths" that follow are characters of the citizen's data read at the wrong place.
"""

from __future__ import annotations

from kiosk.cardreader.errors import CardDataInvalidError

__all__ = ["parse_tlv"]


def parse_tlv(data: bytes | bytearray | memoryview) -> list[tuple[int, bytes]]:
    """Split a BELPIC TLV file into ``(tag, value)`` pairs, in file order.

    A leading tag ``0x00`` is returned like any other entry (it is the file structure version);
    an all-zero or empty file gives ``[]``. Anything after the start of the zero padding is
    ignored, as eid-mw does: the signatures, not the parser, vouch for those bytes.

    Raises :class:`CardDataInvalidError` if a length or value runs past the end of ``data``;
    no other exception for any ``bytes`` input.
    """
    data = bytes(data)
    end = len(data)
    items: list[tuple[int, bytes]] = []
    pos = 0
    while pos < end:
        tag = data[pos]
        # Tag 0 is the version only as the very first entry; an all-zero file is empty,
        # not a version entry followed by padding.
        if tag == 0x00 and (pos > 0 or not any(data)):
            break
        pos += 1
        length = 0
        while True:
            if pos >= end:
                raise CardDataInvalidError("TLV data truncated: the last entry has no length")
            chunk = data[pos]
            pos += 1
            length += chunk
            if chunk != 0xFF:
                break
        if pos + length > end:
            raise CardDataInvalidError("TLV data truncated: an entry runs past the end of the file")
        items.append((tag, data[pos : pos + length]))
        pos += length
    return items
