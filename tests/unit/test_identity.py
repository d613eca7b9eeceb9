"""Identity and address parsing on hand-built files: every tag, every odd value real cards carry,
the errors, and that nothing personal leaks through repr()/str()."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cardreader.errors import CardDataInvalidError
from kiosk.cardreader.identity import (
    Address,
    BirthDate,
    DocumentType,
    Identity,
    parse_address,
    parse_identity,
)
from kiosk.cardreader.identity_fields import parse_birth_date
from tests.unit.test_tlv import encode

NATIONAL_NUMBER = "67063029659"  # valid check digits (1900 rule); eid-card.md §7
BIS_NUMBER = "67463029648"  # month + 40: a BIS number, valid check digits
PHOTO_HASH = bytes(range(20))

BASE: dict[int, bytes] = {
    0x01: b"592000155079",
    0x02: bytes.fromhex("534C4250030701048584287C40821312"),
    0x03: b"01.03.2012",
    0x04: b"01.03.2017",
    0x05: b"Leuven",
    0x06: NATIONAL_NUMBER.encode(),
    0x07: b"Testperson",
    0x08: "Émile Zoë".encode(),
    0x09: b"J",
    0x0A: b"Belg",
    0x0B: b"Izegem",
    0x0C: b"30 JUN 1967",
    0x0D: b"V",
    0x0E: b"",
    0x0F: b"01",
    0x10: b"0",
    0x11: PHOTO_HASH,
}


def identity_file(fields: dict[int, bytes | None] | None = None, padding: int = 0) -> bytes:
    """BASE with ``fields`` overriding (a ``None`` value removes the tag), in tag order."""
    merged: dict[int, bytes | None] = {**BASE, **(fields or {})}
    items = [(tag, value) for tag, value in sorted(merged.items()) if value is not None]
    return encode(items) + bytes(padding)


def test_base_file_parses_every_field() -> None:
    ident = parse_identity(identity_file(padding=30))
    assert isinstance(ident, Identity)
    assert ident.card_number == "592000155079"
    assert ident.chip_number == BASE[0x02]
    assert ident.validity_begin == date(2012, 3, 1)
    assert ident.validity_end == date(2017, 3, 1)
    assert ident.issuing_municipality == "Leuven"
    assert ident.national_number == NATIONAL_NUMBER
    assert ident.national_number_valid is True
    assert ident.national_number_kind == "nn"
    assert ident.surname == "Testperson"
    assert ident.first_names == "Émile Zoë"
    assert ident.third_name_initial == "J"
    assert ident.nationality == "Belg"
    assert ident.birth_place == "Izegem"
    assert ident.birth_date.as_date() == date(1967, 6, 30)
    assert (ident.gender, ident.gender_raw) == ("F", "V")
    assert ident.nobility == ""
    assert ident.document_type == DocumentType("1")
    assert ident.document_type.kind == "belgian_citizen"
    assert ident.special_status == "0"
    assert ident.photo_hash == PHOTO_HASH
    assert ident.member_of_family is False
    assert ident.basic_key_hash is None
    assert ident.file_structure_version is None
    assert ident.duplicate == ident.special_organization == ident.work_permit_mention == ""
    assert ident.unknown_tags == ()


def test_all_optional_tags_up_to_0x1f() -> None:
    key_hash = bytes(range(48))
    ident = parse_identity(
        encode([(0x00, b"\x00\x02")])
        + identity_file(
            {
                0x12: b"02",
                0x13: b"5",
                0x14: b"",
                0x15: b"13.08.2014-IT",
                0x16: b"A",
                0x17: b"0123.456.789",
                0x18: b"0987.654.321",
                0x19: b"123456789012345678",
                0x1A: key_hash,
                0x1B: b"B",
                0x1C: b"C",
                0x1D: b"D",
                0x1E: b"K",
                0x1F: b"21.02.2022",
            }
        )
    )
    assert ident.file_structure_version == b"\x00\x02"
    assert ident.duplicate == "02"
    assert ident.special_organization == "5"
    assert ident.member_of_family is True
    assert ident.date_and_country_of_protection == "13.08.2014-IT"
    assert ident.work_permit_mention == "A"
    assert (ident.employer_vat_1, ident.employer_vat_2) == ("0123.456.789", "0987.654.321")
    assert ident.regional_file_number == "123456789012345678"
    assert ident.basic_key_hash == key_hash
    assert (ident.brexit_mention_1, ident.brexit_mention_2) == ("B", "C")
    assert (ident.card_a_mention_1, ident.card_a_mention_2) == ("D", "K")
    assert ident.card_eu_start_date == "21.02.2022"
    assert ident.card_eu_start == date(2022, 2, 21)


def test_unknown_tags_are_kept_raw() -> None:
    ident = parse_identity(identity_file({0x20: b"\x01\x02", 0x42: b"future"}))
    assert ident.unknown_tags == ((0x20, b"\x01\x02"), (0x42, b"future"))
    assert "unknown_tags=2" in repr(ident)


def test_text_is_stripped_of_trailing_spaces_and_zero_bytes() -> None:
    ident = parse_identity(identity_file({0x07: b"Testperson   ", 0x05: b"Leuven\x00\x00"}))
    assert (ident.surname, ident.issuing_municipality) == ("Testperson", "Leuven")


def test_non_utf8_text_is_decoded_as_latin1_rather_than_refused() -> None:
    ident = parse_identity(identity_file({0x0B: "Liège".encode("latin-1")}))
    assert ident.birth_place == "Liège"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("M", "M"), ("F", "F"), ("V", "F"), ("W", "F"), ("m", "M"), ("X", None), ("", None)],
)
def test_gender_is_normalised_and_raw_kept(raw: str, expected: str | None) -> None:
    ident = parse_identity(identity_file({0x0D: raw.encode()}))
    assert (ident.gender, ident.gender_raw) == (expected, raw)


@pytest.mark.parametrize(
    ("raw", "code", "kind", "foreigner", "kids"),
    [
        ("1", "1", "belgian_citizen", False, False),
        ("01", "1", "belgian_citizen", False, False),
        ("06", "6", "kids_card", False, True),
        ("7", "7", "bootstrap_card", False, False),
        ("8", "8", "habilitation_card", False, False),
        ("11", "11", "foreigner_a", True, False),
        ("16", "16", "foreigner_e_plus", True, False),
        ("19", "19", "european_blue_card_h", True, False),
        ("32", "32", "foreigner_eu_plus", True, False),
        ("33", "33", "foreigner_a_2021", True, False),
        ("61", "61", "kids_foreigner_eu", True, True),
        ("69", "69", "kids_foreigner_m", True, True),
        ("99", "99", None, False, False),
        ("42", "42", None, False, False),
        ("X7", "X7", None, False, False),
        ("", "", None, False, False),
    ],
)
def test_document_types(raw: str, code: str, kind: str | None, foreigner: bool, kids: bool) -> None:
    document = parse_identity(identity_file({0x0F: raw.encode()})).document_type
    assert (document.code, document.kind) == (code, kind)
    assert (document.is_foreigner, document.is_kids) == (foreigner, kids)
    assert document.is_known is (kind is not None)


def test_document_type_codes_compare_normalised() -> None:
    assert DocumentType("01") == DocumentType("1") == DocumentType(" 1")
    assert DocumentType("01").code == "1"
    assert hash(DocumentType("06")) == hash(DocumentType("6"))


@pytest.mark.parametrize(
    ("raw", "ymd"),
    [
        ("01 JAN 1971", (1971, 1, 1)),
        ("1 JAN 1971", (1971, 1, 1)),
        ("29 SEPT 1979", (1979, 9, 29)),
        ("24 MAAR 1969", (1969, 3, 24)),
        ("03 MEI 2001", (2001, 5, 3)),
        ("26 AVR  1975", (1975, 4, 26)),
        ("21 DEC  1981", (1981, 12, 21)),
        ("13.AUG. 1996", (1996, 8, 13)),
        ("22.DEZ. 1997", (1997, 12, 22)),
        ("22.DEZ.1997", (1997, 12, 22)),
        ("05.MÄR.2002", (2002, 3, 5)),
        ("05.MA\u0308R.2002", (2002, 3, 5)),  # decomposed umlaut
        ("10 FEV 1950", (1950, 2, 10)),
        ("10 AOUT 1950", (1950, 8, 10)),
        ("10 JUIL 1950", (1950, 7, 10)),
        ("10 OKT 1950", (1950, 10, 10)),
        ("10 oct 1950", (1950, 10, 10)),
        ("1971", (1971, None, None)),
        ("        1971", (1971, None, None)),
        ("   JAN 1971", (1971, 1, None)),
        ("00 JAN 1971", (1971, 1, None)),
        ("15     1971", (1971, None, 15)),
        ("15.   .1971", (1971, None, 15)),
        ("00 00 1971", (1971, None, None)),
        ("29 FEB 2000", (2000, 2, 29)),
    ],
)
def test_birth_date_formats(raw: str, ymd: tuple[int, int | None, int | None]) -> None:
    birth = parse_birth_date(raw)
    assert (birth.year, birth.month, birth.day) == ymd
    assert birth.raw == raw
    full = ymd[1] is not None and ymd[2] is not None
    assert (birth.as_date() is not None) is full


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "30 XYZ 1967",
        "32 JAN 1971",
        "29 FEB 2001",
        "1 JAN 71",
        "ABCD",
        "1 2 3 4",
        "0000",
        "123 JAN 1971",
    ],
)
def test_unparseable_birth_date_is_kept_raw_and_the_card_still_parses(raw: str) -> None:
    ident = parse_identity(identity_file({0x0C: raw.encode()}))
    assert ident.birth_date == BirthDate(raw)
    assert ident.birth_date.precision == "unknown"
    assert ident.birth_date.as_date() is None
    assert ident.age_on(date(2024, 1, 1)) is None
    assert ident.national_number_valid is True


def test_missing_birth_date_is_an_unknown_birth_date() -> None:
    ident = parse_identity(identity_file({0x0C: None}))
    assert ident.birth_date == BirthDate("")


@pytest.mark.parametrize(
    ("raw", "day", "age"),
    [
        ("30 JUN 1967", date(2024, 6, 29), 56),
        ("30 JUN 1967", date(2024, 6, 30), 57),
        ("29 FEB 2000", date(2018, 2, 28), 17),
        ("29 FEB 2000", date(2018, 3, 1), 18),
        ("1967", date(2024, 6, 30), None),  # 56 or 57: ambiguous
        ("1967", date(2024, 12, 31), 57),  # every day of 1967 is at least 57 years ago
        ("1967", date(2025, 1, 1), None),
        ("   JUN 1967", date(2024, 6, 15), None),
        ("   JUN 1967", date(2024, 7, 1), 57),
        ("   JUN 1967", date(2024, 5, 31), 56),
    ],
)
def test_age_is_given_only_when_the_known_part_of_the_date_decides_it(
    raw: str, day: date, age: int | None
) -> None:
    assert parse_identity(identity_file({0x0C: raw.encode()})).age_on(day) == age


def test_expiry_is_after_the_last_valid_day() -> None:
    ident = parse_identity(identity_file())
    assert ident.expired(date(2017, 3, 1)) is False
    assert ident.expired(date(2017, 3, 2)) is True
    assert ident.expired(date(2012, 3, 1)) is False


@pytest.mark.parametrize(
    ("number", "valid", "kind"),
    [
        (NATIONAL_NUMBER, True, "nn"),
        ("01050399963", True, "nn"),  # born 2001: the 2000 rule
        (BIS_NUMBER, True, "bis"),
        ("67063029658", False, None),  # wrong check digits
        ("71715100070", False, None),  # the specimen card's number (month 71)
        ("6706302965", False, None),  # 10 digits
        ("67.06.30-296.59", False, None),  # never formatted on the card
    ],
)
def test_national_number_checksum_is_reported_not_enforced(
    number: str, valid: bool, kind: str | None
) -> None:
    ident = parse_identity(identity_file({0x06: number.encode()}))
    assert ident.national_number == number
    assert (ident.national_number_valid, ident.national_number_kind) == (valid, kind)


def test_masked_national_number_shows_only_the_last_two_digits() -> None:
    ident = parse_identity(identity_file())
    assert ident.masked_national_number == "••.••.••-•••.59"
    odd = parse_identity(identity_file({0x06: b"B12345"}))
    assert odd.masked_national_number == "••••45"


@pytest.mark.parametrize(
    ("status", "white", "minority", "yellow"),
    [("0", False, False, False), ("1", True, False, False), ("2", False, True, False),
     ("3", True, True, False), ("4", False, False, True), ("5", False, True, True),
     ("", False, False, False), ("Z", False, False, False)],
)  # fmt: skip
def test_special_status_flags(status: str, white: bool, minority: bool, yellow: bool) -> None:
    ident = parse_identity(identity_file({0x10: status.encode()}))
    assert (ident.white_cane, ident.extended_minority, ident.yellow_cane) == (
        white,
        minority,
        yellow,
    )


@pytest.mark.parametrize(
    ("tag", "name"),
    [(0x01, "card number"), (0x03, "validity begin"), (0x04, "validity end"),
     (0x06, "national number"), (0x07, "surname")],
)  # fmt: skip
@pytest.mark.parametrize("value", [None, b"", b"   "])
def test_missing_mandatory_field_is_rejected(tag: int, name: str, value: bytes | None) -> None:
    with pytest.raises(CardDataInvalidError, match=name):
        parse_identity(identity_file({tag: value}))


@pytest.mark.parametrize("value", [b"2012-03-01", b"31.02.2012", b"1.3.12", b"01.03.2012x"])
def test_malformed_validity_date_is_rejected(value: bytes) -> None:
    with pytest.raises(CardDataInvalidError, match=r"DD\.MM\.YYYY") as info:
        parse_identity(identity_file({0x04: value}))
    assert value.decode() not in str(info.value)


def test_one_digit_day_and_month_in_validity_dates_are_accepted() -> None:
    assert parse_identity(identity_file({0x03: b"1.3.2012"})).validity_begin == date(2012, 3, 1)


def test_repeated_tag_is_rejected() -> None:
    data = identity_file() + encode([(0x07, b"Other")])
    with pytest.raises(CardDataInvalidError, match="a field appears twice"):
        parse_identity(data)


@pytest.mark.parametrize("data", [b"", bytes(179), b"\x01\x05AB", b"\xff" * 10])
def test_garbage_is_a_card_data_error(data: bytes) -> None:
    with pytest.raises(CardDataInvalidError):
        parse_identity(data)


SENSITIVE = [
    "592000155079",
    NATIONAL_NUMBER,
    "67.06.30",
    "Testperson",
    "Émile",
    "Leuven",
    "Izegem",
    "1967",
    "30 JUN",
    "2017",
    "534C",
]


def test_repr_and_str_hold_no_personal_data() -> None:
    ident = parse_identity(identity_file({0x14: b"", 0x15: b"13.08.2014-IT"}))
    for text in (repr(ident), str(ident), repr(ident.birth_date), str(ident.birth_date)):
        for secret in SENSITIVE:
            assert secret not in text, (secret, text)
    assert "belgian_citizen" in repr(ident)


def test_objects_inside_identity_do_not_leak_via_containers() -> None:
    ident = parse_identity(identity_file())
    text = repr([ident, {"birth": ident.birth_date}])
    assert not any(secret in text for secret in SENSITIVE)


def test_identity_is_immutable() -> None:
    ident = parse_identity(identity_file())
    with pytest.raises(AttributeError):
        ident.surname = "Other"  # type: ignore[misc]


ADDRESS = encode([(0x01, b"Sint-Jansbergsesteenweg 197   "), (0x02, b"3001"), (0x03, b"Leuven")])


def test_address_is_parsed_and_stripped() -> None:
    address = parse_address(ADDRESS + bytes(80))
    assert isinstance(address, Address)
    assert address.street_and_number == "Sint-Jansbergsesteenweg 197"
    assert (address.zip_code, address.municipality) == ("3001", "Leuven")
    assert address.unknown_tags == ()


def test_address_with_version_and_unknown_tag() -> None:
    address = parse_address(encode([(0x00, b"\x00\x01")]) + ADDRESS + encode([(0x04, b"x")]))
    assert address.municipality == "Leuven"
    assert address.unknown_tags == ((0x04, b"x"),)


def test_address_repr_is_redacted() -> None:
    address = parse_address(ADDRESS)
    for text in (repr(address), str(address)):
        assert "Sint" not in text and "3001" not in text and "Leuven" not in text


@pytest.mark.parametrize(
    "data", [b"", bytes(117), encode([(0x09, b"x")]), ADDRESS + encode([(0x02, b"1000")])]
)
def test_address_without_fields_or_with_repeats_is_rejected(data: bytes) -> None:
    with pytest.raises(CardDataInvalidError):
        parse_address(data)


@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_but_card_data_error(data: bytes) -> None:
    for parse in (parse_identity, parse_address):
        with contextlib.suppress(CardDataInvalidError):
            parse(data)


_field_values = st.one_of(
    st.binary(max_size=40),
    st.text(alphabet="AZaz09 .-éÄ", max_size=20).map(str.encode),
    st.sampled_from([b"01.02.2003", b"1 JAN 1971", b"13.AUG. 1996", b"", b"  ", b"\xff"]),
)


@given(
    st.dictionaries(st.integers(min_value=0, max_value=0x24), _field_values, max_size=12),
    st.booleans(),
)
def test_structured_random_files_give_a_value_or_card_data_error(
    fields: dict[int, bytes], keep_mandatory: bool
) -> None:
    # Random TLV files get past the TLV layer, so the field interpretation is exercised too.
    overrides: dict[int, bytes | None] = dict(fields)
    data = identity_file(overrides) if keep_mandatory else encode(sorted(fields.items()))
    for parse in (parse_identity, parse_address):
        try:
            result = parse(data)
        except CardDataInvalidError:
            continue
        repr(result)
        if isinstance(result, Identity):
            result.age_on(date(2024, 1, 1))
            assert result.masked_national_number.endswith(result.national_number[-2:])
