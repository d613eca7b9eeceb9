"""Byte encodings of the BELPIC identity data: TLV files, printed dates, numbers, card data.

Used to build specimen cards; the encodings follow what real cards hold (see
``reference/eid-card.md`` §2): 1-byte tags and lengths (``FF`` = "add 255 and continue"),
UTF-8 values, a zero-padded fixed-size address file, birth dates in the card's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

ADDRESS_FILE_SIZE = 117

# Month abbreviations printed in tag 0x0C, by card language (ID_ADRESSE v5 §3).
_MONTHS = {
    "nl": ("JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"),
    "fr": ("JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"),
    "de": ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"),
}

# Tags of the identity file EF(ID#RN) 4031.
TAG_CARD_NUMBER = 0x01
TAG_CHIP_NUMBER = 0x02
TAG_VALIDITY_BEGIN = 0x03
TAG_VALIDITY_END = 0x04
TAG_ISSUING_MUNICIPALITY = 0x05
TAG_NATIONAL_NUMBER = 0x06
TAG_SURNAME = 0x07
TAG_FIRST_NAMES = 0x08
TAG_THIRD_INITIAL = 0x09
TAG_NATIONALITY = 0x0A
TAG_BIRTH_PLACE = 0x0B
TAG_BIRTH_DATE = 0x0C
TAG_SEX = 0x0D
TAG_NOBILITY = 0x0E
TAG_DOCUMENT_TYPE = 0x0F
TAG_SPECIAL_STATUS = 0x10
TAG_PHOTO_HASH = 0x11
TAG_DUPLICATE = 0x12
TAG_SPECIAL_ORGANIZATION = 0x13
TAG_BASIC_KEY_HASH = 0x1A


def encode_length(length: int) -> bytes:
    """BELPIC TLV length: one byte below 255, else ``FF`` per 255 and a final byte."""
    if length < 0:
        raise ValueError("negative length")
    out = bytearray()
    while length >= 0xFF:
        out.append(0xFF)
        length -= 0xFF
    out.append(length)
    return bytes(out)


def encode_tlv(fields: Iterable[tuple[int, bytes | str]]) -> bytes:
    """Concatenate ``(tag, value)`` pairs; strings are UTF-8. Tags must ascend, as on cards."""
    out = bytearray()
    previous = -1
    for tag, value in fields:
        if not 0 <= tag <= 0xFF or tag <= previous:
            raise ValueError(f"TLV tags must be single bytes in ascending order (tag 0x{tag:02X})")
        previous = tag
        raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
        out.append(tag)
        out += encode_length(len(raw))
        out += raw
    return bytes(out)


def birth_date_text(day: date, language: str) -> str:
    """Tag 0x0C as printed by cards: ``12 MAAR 1951`` (nl), ``03 AOUT 1948`` (fr),
    ``22.DEZ. 1960`` (de)."""
    month = _MONTHS[language][day.month - 1]
    if language == "de":
        return f"{day.day:02d}.{month}. {day.year}"
    return f"{day.day:02d} {month} {day.year}"


def card_date_text(day: date) -> str:
    """Validity dates (tags 0x03, 0x04): ``DD.MM.YYYY``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def national_number(birth: date, counter: int) -> str:
    """The 11-digit national register number for a birth date and day counter
    (odd counter = male, even = female); births from 2000 use the ``2`` prefix rule."""
    if not 1 <= counter <= 998:
        raise ValueError("day counter must be 1..998")
    base = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{counter:03d}"
    number = int(base) + (2_000_000_000 if birth.year >= 2000 else 0)
    return f"{base}{97 - number % 97:02d}"


def _mod97(digits: str) -> str:
    check = int(digits) % 97
    return f"{check or 97:02d}"


def belgian_card_number(serial: int) -> str:
    """A 12-digit Belgian eID card number: 10 digits then their mod-97 check (0 -> 97)."""
    digits = f"{serial % 10**10:010d}"
    return digits + _mod97(digits)


def foreigner_card_number(serial: int) -> str:
    """A foreigner card number: ``B``, 7 digits, then their mod-97 check (as ``B021329690``)."""
    digits = f"{serial % 10**7:07d}"
    return "B" + digits + _mod97(digits)


def address_file(street_and_number: str, zip_code: str, municipality: str) -> bytes:
    """EF(ID#Address) 4033: three TLVs, zero-padded to the fixed file size."""
    content = encode_tlv([(0x01, street_and_number), (0x02, zip_code), (0x03, municipality)])
    if len(content) > ADDRESS_FILE_SIZE:
        raise ValueError("address does not fit the address file")
    return content.ljust(ADDRESS_FILE_SIZE, b"\x00")


def card_data(serial: bytes, applet_version: int) -> bytes:
    """The 28-byte GET CARD DATA block (P2=00) for applet 1.7 or 1.8, life cycle PERSONALIZED."""
    if len(serial) != 16:
        raise ValueError("the chip serial is 16 bytes")
    if applet_version >= 0x18:
        # component, OS number/version, softmask number/version, applet 1.8, global OS 0001,
        # interface 00, no PKCS#1 v2, key exchange 02, life cycle 0F.
        tail = bytes.fromhex("D0 02 05 51 02 18 00 01 00 00 02 0F")
    else:
        tail = bytes.fromhex("D0 01 05 41 01 17 00 03 00 21 01 0F")
    return serial + tail


def pad(content: bytes, zeros: int) -> bytes:
    """Append the zero padding cards put after certificates and signatures."""
    return content + bytes(zeros)
