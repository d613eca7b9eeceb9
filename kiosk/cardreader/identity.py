"""The citizen's identity and address as read from the eID (EF 4031 and EF 4033).

:func:`parse_identity` and :func:`parse_address` turn the raw files into immutable, typed
values and raise only :class:`~kiosk.cardreader.errors.CardDataInvalidError`. They do not
check signatures (that is :mod:`kiosk.cardreader.verify`), so they never reject signed data on a
matter of taste: an odd birth date, an unknown document type or a national number that fails
its checksum are kept and reported, not refused. ``repr()`` of these objects never shows a
name, number or date of birth: they end up in logs and tracebacks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from stdnum.be import bis, nn

from kiosk.cardreader.errors import CardDataInvalidError
from kiosk.cardreader.identity_fields import (
    BirthDate,
    DocumentType,
    parse_birth_date,
    parse_card_date,
)
from kiosk.cardreader.tlv import parse_tlv

__all__ = [
    "Address",
    "BirthDate",
    "DocumentType",
    "Identity",
    "parse_address",
    "parse_identity",
]

log = logging.getLogger(__name__)

# Tag -> attribute for the plain text fields of EF(ID#RN) (ID_ADRESSE v5 table, eid-card.md §2.2).
_ID_TEXT = {
    0x01: "card_number",
    0x05: "issuing_municipality",
    0x06: "national_number",
    0x07: "surname",
    0x08: "first_names",
    0x09: "third_name_initial",
    0x0A: "nationality",
    0x0B: "birth_place",
    0x0E: "nobility",
    0x10: "special_status",
    0x12: "duplicate",
    0x13: "special_organization",
    0x15: "date_and_country_of_protection",
    0x16: "work_permit_mention",
    0x17: "employer_vat_1",
    0x18: "employer_vat_2",
    0x19: "regional_file_number",
    0x1B: "brexit_mention_1",
    0x1C: "brexit_mention_2",
    0x1D: "card_a_mention_1",
    0x1E: "card_a_mention_2",
    0x1F: "card_eu_start_date",
}
_ID_MANDATORY = {
    0x01: "card number",
    0x03: "validity begin date",
    0x04: "validity end date",
    0x06: "national number",
    0x07: "surname",
}
_ADDRESS_TEXT = {0x01: "street_and_number", 0x02: "zip_code", 0x03: "municipality"}

_FEMALE = frozenset({"F", "V", "W"})  # French, Dutch (vrouw) and German (weiblich) cards


@dataclass(frozen=True, slots=True, repr=False)
class Identity:
    """Everything in the identity file, typed. Text fields are ``""`` when absent."""

    card_number: str
    chip_number: bytes
    validity_begin: date
    validity_end: date
    issuing_municipality: str
    national_number: str
    surname: str
    first_names: str
    third_name_initial: str
    nationality: str
    birth_place: str
    birth_date: BirthDate
    gender: str | None  # "M" or "F"; None if the card says something else
    gender_raw: str
    nobility: str
    document_type: DocumentType
    special_status: str
    photo_hash: bytes
    duplicate: str
    special_organization: str
    member_of_family: bool
    date_and_country_of_protection: str
    work_permit_mention: str
    employer_vat_1: str
    employer_vat_2: str
    regional_file_number: str
    basic_key_hash: bytes | None
    brexit_mention_1: str
    brexit_mention_2: str
    card_a_mention_1: str
    card_a_mention_2: str
    card_eu_start_date: str
    file_structure_version: bytes | None
    national_number_valid: bool
    national_number_kind: str | None  # "nn" (National Register) or "bis" (BIS register)
    unknown_tags: tuple[tuple[int, bytes], ...]

    def expired(self, today: date) -> bool:
        """The card's validity ended before ``today``."""
        return today > self.validity_end

    def age_on(self, day: date) -> int | None:
        """Age in completed years on ``day``; ``None`` if the birth date does not tell."""
        return self.birth_date.age_on(day)

    @property
    def masked_national_number(self) -> str:
        """The national number with all but its last two digits hidden: ``••.••.••-•••.59``."""
        number = self.national_number
        if len(number) == 11 and number.isdigit():
            return f"••.••.••-•••.{number[-2:]}"
        return "•" * max(len(number) - 2, 0) + number[-2:]

    @property
    def card_eu_start(self) -> date | None:
        """Tag 0x1F as a date (EU registration / permanent stay), if present and well-formed."""
        return parse_card_date(self.card_eu_start_date)

    @property
    def white_cane(self) -> bool:
        """Special status says blind (codes 1 and 3)."""
        return self.special_status in ("1", "3")

    @property
    def extended_minority(self) -> bool:
        """Special status says extended minority (codes 2, 3 and 5)."""
        return self.special_status in ("2", "3", "5")

    @property
    def yellow_cane(self) -> bool:
        """Special status says partially sighted (codes 4 and 5)."""
        # Not a bit set: 5 is "yellow cane + extended minority" (ID_ADRESSE v5).
        return self.special_status in ("4", "5")

    def __repr__(self) -> str:
        return (
            f"Identity(document_type={self.document_type.code!r}, "
            f"kind={self.document_type.kind!r}, "
            f"national_number_valid={self.national_number_valid}, "
            f"birth_date_precision={self.birth_date.precision!r}, "
            f"unknown_tags={len(self.unknown_tags)})"
        )


@dataclass(frozen=True, slots=True, repr=False)
class Address:
    """The address file. Fields are ``""`` when absent."""

    street_and_number: str
    zip_code: str
    municipality: str
    unknown_tags: tuple[tuple[int, bytes], ...] = ()

    def __repr__(self) -> str:
        return f"Address(<redacted>, unknown_tags={len(self.unknown_tags)})"


def parse_identity(data: bytes) -> Identity:
    """Parse EF(ID#RN). Raises :class:`CardDataInvalidError` on malformed TLV, a repeated tag,
    a missing card number, national number, surname or validity date, or a validity date
    that is not ``DD.MM.YYYY``."""
    fields = _unique_fields(parse_tlv(data), "identity")
    for tag, name in _ID_MANDATORY.items():
        if not fields.get(tag, b"").strip(b" \x00"):
            raise CardDataInvalidError(f"identity file: the {name} is missing")

    texts = {attr: _text(fields.get(tag, b""), "identity") for tag, attr in _ID_TEXT.items()}
    national_number = texts["national_number"]
    kind = _national_number_kind(national_number)
    gender_raw = _text(fields.get(0x0D, b""))
    gender = gender_raw.upper()
    unknown = tuple((tag, value) for tag, value in fields.items() if tag > 0x1F)
    if unknown:
        # Not how many: after a corrupted length, "tags" are data bytes read at the wrong place.
        log.info("identity file has tags this version does not know; kept raw")
    return Identity(
        **texts,
        chip_number=fields.get(0x02, b""),
        validity_begin=_validity_date(fields, 0x03),
        validity_end=_validity_date(fields, 0x04),
        birth_date=parse_birth_date(_text(fields.get(0x0C, b""))),
        gender="M" if gender == "M" else "F" if gender in _FEMALE else None,
        gender_raw=gender_raw,
        document_type=DocumentType(_text(fields.get(0x0F, b""))),
        photo_hash=fields.get(0x11, b""),
        member_of_family=0x14 in fields,
        basic_key_hash=fields.get(0x1A),
        file_structure_version=fields.get(0x00),
        national_number_valid=kind is not None,
        national_number_kind=kind,
        unknown_tags=unknown,
    )


def parse_address(data: bytes) -> Address:
    """Parse EF(ID#Address). Raises :class:`CardDataInvalidError` on malformed TLV, a repeated
    tag, or a file without any address field."""
    fields = _unique_fields(parse_tlv(data), "address")
    if not any(tag in fields for tag in _ADDRESS_TEXT):
        raise CardDataInvalidError("address file holds no address field")
    texts = {attr: _text(fields.get(tag, b""), "address") for tag, attr in _ADDRESS_TEXT.items()}
    unknown = tuple((tag, value) for tag, value in fields.items() if tag > 0x03)
    return Address(**texts, unknown_tags=unknown)


def _unique_fields(items: list[tuple[int, bytes]], file_name: str) -> dict[int, bytes]:
    fields: dict[int, bytes] = {}
    for tag, value in items:
        if tag in fields:
            # Two values for one field: no way to know which one the card means. The tag is not
            # named: in a misaligned file it is a character of the data.
            raise CardDataInvalidError(f"{file_name} file: a field appears twice")
        fields[tag] = value
    return fields


def _text(value: bytes, file_name: str = "identity") -> str:
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        # The spec says UTF-8; should an early card differ, show something rather than refuse
        # a card whose signature is fine. Latin-1 decodes any byte string.
        log.warning("%s file: a text field is not UTF-8; decoded as Latin-1", file_name)
        text = value.decode("latin-1")
    return text.rstrip(" \x00")


def _validity_date(fields: dict[int, bytes], tag: int) -> date:
    parsed = parse_card_date(_text(fields[tag]))
    if parsed is None:
        raise CardDataInvalidError(
            f"identity file: the {_ID_MANDATORY[tag]} is not a DD.MM.YYYY date"
        )
    return parsed


def _national_number_kind(number: str) -> str | None:
    if not (number.isascii() and number.isdigit() and len(number) == 11):
        return None
    if nn.is_valid(number):
        return "nn"
    if bis.is_valid(number):
        return "bis"
    return None
