"""The enrolment rules: each error code, normalisation, and redaction of personal data.

All national numbers here are fictitious with valid check digits (``67063029659`` is the
published Lampaert test card; the others are computed by :func:`make_nn`).
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

import kiosk.enrolment
from kiosk.enrolment import (
    ERROR_CODES,
    Citizen,
    ConsentDecision,
    EidProof,
    Enrolment,
    EnrolmentError,
    Exclusion,
    TrustedPerson,
    card_number_check_ok,
    citizen_from_card,
    nihii_check_digits_ok,
    proof_from_card,
)

NOW = datetime(2026, 3, 14, 9, 42, tzinfo=UTC)
CITIZEN_NN = "67063029659"
TRUSTED_NN = "85073003328"


def make_nn(born: date, serial: int = 1) -> str:
    """A national number with valid check digits (the 2000 rule for births from 2000)."""
    base = f"{born:%y%m%d}{serial:03d}"
    number = int(("2" if born.year >= 2000 else "") + base)
    return f"{base}{97 - number % 97:02d}"


def make_card_number(first10: str) -> str:
    """A 12-digit Belgian eID card number with valid check digits."""
    return f"{first10}{int(first10) % 97 or 97:02d}"


def make_nihii(base6: str, qualification: str = "004", modulus: int = 97) -> str:
    return f"{base6}{modulus - int(base6) % modulus:02d}{qualification}"


def make_citizen(**overrides: object) -> Citizen:
    values: dict[str, object] = {
        "national_number": CITIZEN_NN,
        "surname": "Lampaert",
        "first_names": "Martine Hilde",
        "birth_date": date(1967, 6, 30),
        "language": "nl",
    }
    values.update(overrides)
    return Citizen(**values)  # type: ignore[arg-type]


def make_proof(**overrides: object) -> EidProof:
    values: dict[str, object] = {
        "card_number": "592000155079",
        "read_at": NOW - timedelta(minutes=2),
    }
    values.update(overrides)
    return EidProof(**values)  # type: ignore[arg-type]


def make_trusted(**overrides: object) -> TrustedPerson:
    values: dict[str, object] = {
        "national_number": TRUSTED_NN,
        "eid_card_number": "592-0001550-79",
        "surname": "Peeters",
        "first_names": "An",
        "source": "typed",
    }
    values.update(overrides)
    return TrustedPerson(**values)  # type: ignore[arg-type]


def make_enrolment(**overrides: object) -> Enrolment:
    values: dict[str, object] = {
        "citizen": make_citizen(),
        "decision": ConsentDecision.GIVEN,
        "proof": make_proof(),
        "stand_id": "stand-ixelles",
        "kiosk_id": "kiosk-07",
        "now": NOW,
    }
    values.update(overrides)
    return Enrolment.capture(**values)  # type: ignore[arg-type]


def error_code(excinfo: pytest.ExceptionInfo[EnrolmentError]) -> str:
    return excinfo.value.code


# --- number helpers -------------------------------------------------------------------------


def test_generated_numbers_pass_the_reference_validators() -> None:
    from stdnum.be import eid, nn

    assert nn.is_valid(make_nn(date(1990, 1, 2), 17))
    assert nn.is_valid(make_nn(date(2004, 5, 6), 2))
    assert eid.is_valid(make_card_number("1234567890"))
    assert make_nn(date(1967, 6, 30), 296) == CITIZEN_NN


def test_card_number_check() -> None:
    assert card_number_check_ok("592000155079")
    assert not card_number_check_ok("592000155078")
    assert not card_number_check_ok("000001241600")  # specimen card: check digits violated
    # Foreigner formats, from the two foreigner test cards in eid-samples.
    assert card_number_check_ok("B021329690")
    assert card_number_check_ok("288231759")
    assert not card_number_check_ok("B021329691")
    assert not card_number_check_ok("288231758")


def test_nihii_check_digits_known_rules() -> None:
    assert nihii_check_digits_ok("10829059000")  # 97 rule (hl7-be example number, 8 -> 11)
    assert nihii_check_digits_ok("10185748004")  # 89 rule (a published physician number)
    assert not nihii_check_digits_ok("19999999001")  # the worked example's made-up number
    assert nihii_check_digits_ok(make_nihii("123456"))
    assert nihii_check_digits_ok(make_nihii("123456", modulus=89))


# --- Citizen --------------------------------------------------------------------------------


def test_citizen_normalises_inputs() -> None:
    citizen = make_citizen(
        national_number="67.06.30-296.59", surname="  Van  den Bossche ", first_names="Rene\u0301"
    )
    assert citizen.national_number == CITIZEN_NN
    assert citizen.surname == "Van den Bossche"
    assert citizen.first_names == "Ren\u00e9"  # NFC


def test_citizen_accepts_a_bis_number() -> None:
    base = "904402001"  # month 04 + 40: BIS number, sex known
    bis = f"{base}{97 - int(base) % 97:02d}"
    assert make_citizen(national_number=bis, birth_date=None).national_number == bis


@pytest.mark.parametrize(
    "number", ["67063029658", "6706302965", "670630296599", "6706302965X", "", None, 67063029659]
)
def test_citizen_rejects_invalid_national_numbers(number: object) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_citizen(national_number=number)
    assert error_code(excinfo) == "invalid-national-number"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("surname", "   ", "invalid-name"),
        ("surname", "Lampaert\x00", "invalid-name"),
        ("surname", "x" * 201, "invalid-name"),
        ("first_names", None, "invalid-name"),
        ("language", "it", "invalid-language"),
        ("birth_date", "1967-06-30", "invalid-birth-date"),
        ("birth_date", datetime(1967, 6, 30, tzinfo=UTC), "invalid-birth-date"),
    ],
)
def test_citizen_field_errors(field: str, value: object, code: str) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_citizen(**{field: value})
    assert error_code(excinfo) == code


def test_citizen_may_have_no_first_names() -> None:
    assert make_citizen(first_names="").first_names == ""


def test_citizen_is_frozen() -> None:
    citizen = make_citizen()
    with pytest.raises(dataclasses.FrozenInstanceError):
        citizen.surname = "Other"  # type: ignore[misc]


# --- TrustedPerson --------------------------------------------------------------------------


def test_typed_trusted_person_card_number_is_normalised() -> None:
    person = make_trusted(eid_card_number=" 592-0001550-79 ", national_number="85.07.30-033.28")
    assert person.eid_card_number == "592000155079"
    assert person.national_number == TRUSTED_NN


@pytest.mark.parametrize("number", ["B 0213296 90", "b021329690", "288231759"])
def test_typed_foreigner_card_numbers_are_accepted(number: str) -> None:
    assert (
        make_trusted(eid_card_number=number).eid_card_number.upper()
        == number.replace(" ", "").upper()
    )


@pytest.mark.parametrize("number", ["592000155078", "000001241600", "B021329691"])
def test_typed_card_number_with_wrong_check_digits_is_a_typing_error(number: str) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_trusted(eid_card_number=number)
    assert error_code(excinfo) == "card-number-check-digits"


@pytest.mark.parametrize("number", ["59200015507", "5920001550790", "X92000155079", "", "B12"])
def test_typed_card_number_with_wrong_format(number: str) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_trusted(eid_card_number=number)
    assert error_code(excinfo) == "invalid-card-number"


def test_card_number_read_from_a_specimen_card_is_accepted() -> None:
    person = make_trusted(eid_card_number="000001241600", source="card")
    assert person.eid_card_number == "000001241600"


def test_read_card_number_still_needs_a_card_number_shape() -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_trusted(eid_card_number="12", source="card")
    assert error_code(excinfo) == "invalid-card-number"


def test_trusted_person_source_and_number_errors() -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_trusted(source="phone")
    assert error_code(excinfo) == "invalid-source"
    with pytest.raises(EnrolmentError) as excinfo:
        make_trusted(national_number="85073003329")
    assert error_code(excinfo) == "invalid-national-number"


# --- Exclusion ------------------------------------------------------------------------------


def test_exclusion_normalises_and_keeps_an_optional_name() -> None:
    exclusion = Exclusion("1.08290.59.000", display_name="  Dr.  Dupont ")
    assert exclusion.nihii == "10829059000"
    assert exclusion.display_name == "Dr. Dupont"
    assert Exclusion("10829059000", display_name="  ").display_name is None


@pytest.mark.parametrize("number", ["1082905900", "108290590001", "1082905900A", "00000000000", ""])
def test_exclusion_format_is_strict(number: str) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        Exclusion(number)
    assert error_code(excinfo) == "invalid-nihii"
    with pytest.raises(EnrolmentError):
        Exclusion(number, check_digits_confirmed=True)


def test_exclusion_check_digits_need_confirmation_when_unknown() -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        Exclusion("19999999001")
    assert error_code(excinfo) == "nihii-check-digits"
    assert Exclusion("19999999001", check_digits_confirmed=True).nihii == "19999999001"


# --- EidProof -------------------------------------------------------------------------------


def test_proof_normalises_the_time() -> None:
    brussels = timezone(timedelta(hours=1))
    proof = make_proof(read_at=datetime(2026, 3, 14, 10, 40, tzinfo=brussels))
    assert proof.read_at == datetime(2026, 3, 14, 9, 40, tzinfo=UTC)
    assert proof.read_at.tzinfo is UTC


def test_the_proof_is_the_card_number_only() -> None:
    """No copy of the card's files, chip number or anything else travels as the proof, unless
    the network asked for the card's evidence (``evidence = "card"``)."""
    assert EidProof.__slots__ == ("card_number", "read_at", "authenticity", "card_evidence")
    proof = make_proof()
    assert proof.card_evidence is None and proof.authenticity == "not-provable"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("card_number", "1", "invalid-card-number"),
        ("read_at", datetime(2026, 3, 14, 9, 40), "invalid-timestamp"),
    ],
)
def test_proof_field_errors(field: str, value: object, code: str) -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_proof(**{field: value})
    assert error_code(excinfo) == code


# --- Enrolment ------------------------------------------------------------------------------


def test_capture_mints_a_uuid4_and_a_utc_time() -> None:
    first = make_enrolment(now=None)
    second = make_enrolment(now=None)
    assert uuid.UUID(first.submission_id).version == 4
    assert first.submission_id != second.submission_id
    assert first.captured_at.tzinfo is UTC
    assert abs(datetime.now(UTC) - first.captured_at) < timedelta(hours=1)


def test_capture_converts_aware_times_to_utc_and_refuses_naive_ones() -> None:
    brussels = timezone(timedelta(hours=2))
    enrolment = make_enrolment(now=datetime(2026, 6, 1, 12, 0, tzinfo=brussels))
    assert enrolment.captured_at == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(now=datetime(2026, 6, 1, 12, 0))
    assert error_code(excinfo) == "invalid-timestamp"


def test_capture_accepts_lists_and_stores_tuples() -> None:
    enrolment = make_enrolment(
        trusted_persons=[make_trusted()], exclusions=[Exclusion("10829059000")]
    )
    assert isinstance(enrolment.trusted_persons, tuple)
    assert isinstance(enrolment.exclusions, tuple)


def test_proof_read_well_after_capture_is_refused() -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(proof=make_proof(read_at=NOW + timedelta(minutes=30)))
    assert error_code(excinfo) == "invalid-timestamp"
    # A small step back of the clock between reading and confirming is tolerated.
    assert make_enrolment(proof=make_proof(read_at=NOW + timedelta(seconds=30)))


def test_sixteenth_birthday_is_the_first_day_allowed() -> None:
    born = date(2010, 3, 14)
    citizen = make_citizen(national_number=make_nn(born), birth_date=born)
    assert make_enrolment(citizen=citizen).citizen is citizen
    day_later = date(2010, 3, 15)
    young = make_citizen(national_number=make_nn(day_later), birth_date=day_later)
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(citizen=young)
    assert error_code(excinfo) == "under-16"


def test_age_is_taken_from_the_national_number_when_the_birth_date_is_missing() -> None:
    young = make_citizen(national_number=make_nn(date(2012, 1, 1)), birth_date=None)
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(citizen=young)
    assert error_code(excinfo) == "under-16"
    assert make_enrolment(citizen=make_citizen(birth_date=None))


def test_a_partial_birth_date_is_read_as_the_latest_possible_one() -> None:
    # Born in 2010, month unknown: could be 16 already, but only Dec 31 2010 is certain.
    base = "100000001"
    partial = f"{base}{97 - int('2' + base) % 97:02d}"
    citizen = make_citizen(national_number=partial, birth_date=None)
    assert citizen.latest_possible_birth_date() == date(2010, 12, 31)
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(citizen=citizen)
    assert error_code(excinfo) == "under-16"
    assert make_enrolment(citizen=citizen, now=datetime(2027, 1, 1, tzinfo=UTC))


def test_an_unknown_birth_date_is_refused() -> None:
    base = "000001001"  # fictitious date 1900/00/01: birth date unknown when issued
    unknown = f"{base}{97 - int(base) % 97:02d}"
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(citizen=make_citizen(national_number=unknown, birth_date=None))
    assert error_code(excinfo) == "age-unknown"


@pytest.mark.parametrize("kind", ["trusted", "exclusion"])
def test_a_refusal_records_only_the_refusal(kind: str) -> None:
    extra = (
        {"trusted_persons": (make_trusted(),)}
        if kind == "trusted"
        else {"exclusions": (Exclusion("10829059000"),)}
    )
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(decision=ConsentDecision.REFUSED, **extra)
    assert error_code(excinfo) == "refusal-with-choices"
    assert make_enrolment(decision=ConsentDecision.REFUSED).decision is ConsentDecision.REFUSED


def test_trusted_person_cannot_be_the_citizen() -> None:
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(trusted_persons=(make_trusted(national_number="67.06.30-296.59"),))
    assert error_code(excinfo) == "trusted-person-is-citizen"
    assert excinfo.value.index == 0


def test_duplicate_trusted_person() -> None:
    second = make_trusted(eid_card_number=make_card_number("1234567890"), surname="Other")
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(trusted_persons=(make_trusted(), second))
    assert error_code(excinfo) == "duplicate-trusted-person"
    assert excinfo.value.index == 1


def test_duplicate_exclusion() -> None:
    exclusions = (Exclusion("10829059000"), Exclusion("10185748004"), Exclusion("1-08290-59-000"))
    with pytest.raises(EnrolmentError) as excinfo:
        make_enrolment(exclusions=exclusions)
    assert error_code(excinfo) == "duplicate-exclusion"
    assert excinfo.value.index == 2


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("submission_id", "not-a-uuid", "invalid-submission-id"),
        ("submission_id", str(uuid.uuid1()), "invalid-submission-id"),
        ("submission_id", str(uuid.uuid4()).upper(), "invalid-submission-id"),
        ("submission_id", None, "invalid-submission-id"),
        ("stand_id", "", "invalid-stand-id"),
        ("stand_id", "stand 1", "invalid-stand-id"),
        ("kiosk_id", "k|1", "invalid-kiosk-id"),
        ("kiosk_id", "k" * 65, "invalid-kiosk-id"),
        ("decision", "given", "invalid-decision"),
        ("trusted_persons", [make_trusted()], "invalid-enrolment"),
        ("exclusions", ("10829059000",), "invalid-enrolment"),
        ("demo", "yes", "invalid-enrolment"),
        ("citizen", None, "invalid-enrolment"),
    ],
)
def test_enrolment_field_errors(field: str, value: object, code: str) -> None:
    base = make_enrolment()
    with pytest.raises(EnrolmentError) as excinfo:
        dataclasses.replace(base, **{field: value})
    assert error_code(excinfo) == code


def test_error_codes_list_is_complete() -> None:
    source = Path(kiosk.enrolment.__file__).read_text("utf-8")
    raised = set(re.findall(r'EnrolmentError\("([a-z0-9-]+)"', source))
    assert raised == ERROR_CODES


# --- privacy --------------------------------------------------------------------------------

SECRETS = [
    CITIZEN_NN,
    "67.06.30",
    "Lampaert",
    "Martine",
    "1967",
    "592000155079",
    "534C4250",
    "534c4250",
    TRUSTED_NN,
    "Peeters",
    "10829059000",
    "Dupont",
]


def test_repr_and_str_hold_no_personal_data() -> None:
    exclusion = Exclusion("10829059000", display_name="Dr. Dupont")
    enrolment = make_enrolment(trusted_persons=(make_trusted(),), exclusions=(exclusion,))
    objects = [
        enrolment,
        enrolment.citizen,
        enrolment.proof,
        enrolment.trusted_persons[0],
        exclusion,
    ]
    texts = [f(o) for o in objects for f in (repr, str)] + [repr(objects)]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, (secret, text)
    assert "kiosk-07" in repr(enrolment) and enrolment.submission_id in repr(enrolment)
    assert repr(enrolment.proof) == "EidProof(<redacted>)"


def test_errors_hold_only_their_code() -> None:
    attempts = [
        lambda: make_citizen(national_number="67063029658"),
        lambda: make_citizen(surname="Lampaert\x00"),
        lambda: make_trusted(eid_card_number="592000155078"),
        lambda: Exclusion("10829058000"),
        lambda: make_enrolment(trusted_persons=(make_trusted(national_number=CITIZEN_NN),)),
    ]
    for attempt in attempts:
        with pytest.raises(EnrolmentError) as excinfo:
            attempt()
        text = str(excinfo.value) + repr(excinfo.value)
        for secret in [*SECRETS, "67063029658", "592000155078", "10829058000"]:
            assert secret not in text
        assert excinfo.value.code in text


# --- helpers from a card read ---------------------------------------------------------------


def _card_read() -> SimpleNamespace:
    identity = SimpleNamespace(
        national_number=CITIZEN_NN,
        surname="Lampaert",
        first_names="Martine Hilde",
        birth_date=SimpleNamespace(as_date=lambda: date(1967, 6, 30)),
        gender="V",
        birth_place="Brugge",
        nationality="Belg",
        card_number="592000155079",
        chip_number=bytes.fromhex("534C4250030701048584287C40821312"),
    )
    return SimpleNamespace(
        identity=identity,
        identity_file=b"\x01\x0c592000155079",
        identity_signature=b"sig",
        rrn_certificate=b"cert",
    )


def test_citizen_from_card_takes_only_the_declared_fields() -> None:
    citizen = citizen_from_card(_card_read(), "fr")
    assert citizen == make_citizen(language="fr")
    assert set(Citizen.__slots__) == {
        "national_number",
        "surname",
        "first_names",
        "birth_date",  # the age rule only; never sent
        "language",
    }


def test_proof_from_card() -> None:
    proof = proof_from_card(_card_read(), NOW)
    assert proof.card_number == "592000155079"
    assert proof.read_at == NOW
