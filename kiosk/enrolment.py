"""The enrolment a citizen completes at the kiosk: typed, immutable and validated on construction.

An :class:`Enrolment` is everything the kiosk captured for one visitor: who they are (read from
their eID), their decision on the national informed consent, optional trusted persons and
excluded care providers, where and when it happened, and the eID-reading proof. It is built
once (:meth:`Enrolment.capture` mints the submission id and the timestamp), turned into FHIR
bytes by :func:`kiosk.fhir.bundle.build_bundle`, and never changed afterwards.

Rules enforced here, with the reason (see ``shared/reference/consent-domain.md``):

* Minors under 16 cannot register themselves (§1.2): ``under-16``. When the birth date is not
  fully known, the latest date compatible with what is known is used, so a doubtful case is
  refused rather than accepted; with no birth year at all it is refused (``age-unknown``).
  The age is taken on the UTC capture date, never later than the Brussels date, so the rule
  errs by a few hours on the strict side.
* A refusal records only the refusal (``refusal-with-choices``): a trusted person helps manage a
  shared record and an exclusion restricts access to it; neither means anything without consent,
  and BHN requires the patient's own consent before a trusted person is registered (§1.5).
* A trusted person is not the citizen (``trusted-person-is-citizen``) and is named once
  (``duplicate-trusted-person``); an excluded provider is named once (``duplicate-exclusion``).

Privacy: no ``repr``/``str``/exception of this module shows a national number, name, card or
birth date or NIHII number. :class:`EnrolmentError` carries a stable
``code`` that the UI maps to a translated text.
"""

from __future__ import annotations

import calendar
import dataclasses
import enum
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, TypeGuard

from kiosk.errors import KioskError
from kiosk.evidence import Authenticity, CardEvidence

Language = Literal["nl", "fr", "en", "de"]
Source = Literal["card", "typed"]

#: The kiosk's languages; Brussels needs FR and NL with equal prominence (consent-domain.md §4).
LANGUAGES: tuple[Language, ...] = ("nl", "fr", "en", "de")


def is_language(value: str) -> TypeGuard[Language]:
    """Whether ``value`` is one of the kiosk's :data:`LANGUAGES`."""
    return value in LANGUAGES


MINIMUM_AGE = 16
_MAX_NAME = 200
_SEPARATORS = re.compile(r"[\s.\-/]")
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Belgian eID: 12 digits. Foreigner cards: "B" + 9 digits or 9 digits (eid-card.md §2.2, tag 0x01).
_TYPED_CARD = re.compile(r"^(\d{12}|B\d{9}|\d{9})$")
# Read from a card we only require something card-number-like: the file is signed anyway.
_READ_CARD = re.compile(r"^[A-Z0-9]{8,16}$")
# The NIHII check digits: 97 - (first 6 digits mod 97) for most professions; a published
# physician number follows the same rule with 89 instead. Other variants may exist, hence
# ``Exclusion.check_digits_confirmed``.
NIHII_CHECK_MODULI: tuple[int, ...] = (97, 89)
# The card is read a little before the citizen confirms; allow the clock to step back (NTP).
_CLOCK_SKEW = timedelta(minutes=5)


# Every code EnrolmentError can carry. Citizen-facing ones need a translation in the UI; the
# invalid-enrolment/-submission-id/-stand-id/-kiosk-id/-timestamp/-proof ones mean a bug or a
# bad configuration and are shown to volunteers as such.
ERROR_CODES: frozenset[str] = frozenset(
    {
        "age-unknown",
        "card-number-check-digits",
        "duplicate-exclusion",
        "duplicate-trusted-person",
        "invalid-birth-date",
        "invalid-card-number",
        "invalid-decision",
        "invalid-enrolment",
        "invalid-kiosk-id",
        "invalid-language",
        "invalid-name",
        "invalid-national-number",
        "invalid-proof",
        "invalid-nihii",
        "invalid-source",
        "invalid-stand-id",
        "invalid-submission-id",
        "invalid-timestamp",
        "nihii-check-digits",
        "refusal-with-choices",
        "trusted-person-is-citizen",
        "under-16",
    }
)


class EnrolmentError(KioskError, ValueError):
    """An enrolment rule was broken. ``code`` is stable; the message never holds personal data.

    ``index`` is the position in ``trusted_persons`` or ``exclusions`` when the error is about
    one of them, so the UI can point at the right line.
    """

    def __init__(self, code: str, index: int | None = None) -> None:
        super().__init__(code if index is None else f"{code} (item {index})")
        self.code = code
        self.index = index


class ConsentDecision(enum.StrEnum):
    """The citizen's answer to the national informed consent."""

    GIVEN = "given"
    REFUSED = "refused"


def _set(obj: object, name: str, value: Any) -> None:
    """Normalise a field of a frozen dataclass in ``__post_init__``."""
    object.__setattr__(obj, name, value)


def _clean_name(value: object, *, required: bool) -> str:
    """NFC-normalised, whitespace-collapsed name; typed names may arrive decomposed."""
    if not isinstance(value, str):
        raise EnrolmentError("invalid-name")
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if (required and not text) or len(text) > _MAX_NAME:
        raise EnrolmentError("invalid-name")
    if any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise EnrolmentError("invalid-name")
    return text


def normalise_national_number(value: object) -> str:
    """The 11-digit national (or BIS) number, separators removed; ``invalid-national-number``."""
    if not isinstance(value, str):
        raise EnrolmentError("invalid-national-number")
    # Imported here, not at the top: stdnum.util imports ssl and pydoc (~40 ms of start-up).
    from stdnum.be import ssn as be_ssn

    number = _SEPARATORS.sub("", value)
    if len(number) != 11 or not number.isdigit() or not be_ssn.is_valid(number):
        raise EnrolmentError("invalid-national-number")
    return number


def card_number_check_ok(number: str) -> bool:
    """Whether a compact card number's check digits are right.

    12-digit Belgian eID numbers use ``stdnum.be.eid`` (last 2 = first 10 mod 97, 0 -> 97).
    Foreigner numbers (``B`` + 9 digits, or 9 digits) follow the same rule on their first 7
    digits; that is inferred from the two foreigner test cards in eid-samples, not from a spec.
    """
    if len(number) == 12:
        from stdnum.be import eid as be_eid  # lazily: see normalise_national_number

        return bool(be_eid.is_valid(number))
    digits = number[1:] if number.startswith("B") else number
    if len(digits) != 9 or not digits.isdigit():
        return False
    return (int(digits[:7]) % 97 or 97) == int(digits[7:])


def nihii_check_digits_ok(nihii: str) -> bool:
    """Whether an 11-digit NIHII number's check digits (positions 7-8) follow a known rule."""
    base, check = int(nihii[:6]), int(nihii[6:8])
    return any(m - base % m == check for m in NIHII_CHECK_MODULI)


def _aware_utc(value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise EnrolmentError("invalid-timestamp")
    return value.astimezone(UTC)


@dataclass(frozen=True, slots=True, repr=False)
class Citizen:
    """The person enrolling, as read from their eID (``language``: chosen at the kiosk).

    ``birth_date`` is here only for the age rule checked at capture; it is never sent.
    """

    national_number: str
    surname: str
    first_names: str
    birth_date: date | None
    language: Language

    def __post_init__(self) -> None:
        _set(self, "national_number", normalise_national_number(self.national_number))
        _set(self, "surname", _clean_name(self.surname, required=True))
        _set(self, "first_names", _clean_name(self.first_names, required=False))
        if self.birth_date is not None and (
            not isinstance(self.birth_date, date) or isinstance(self.birth_date, datetime)
        ):
            raise EnrolmentError("invalid-birth-date")
        if self.language not in LANGUAGES:
            raise EnrolmentError("invalid-language")

    def latest_possible_birth_date(self) -> date | None:
        """The birth date, or the latest date the national number allows when it is partial."""
        if self.birth_date is not None:
            return self.birth_date
        from stdnum.be import ssn as be_ssn  # lazily: see normalise_national_number

        year = be_ssn.get_birth_year(self.national_number)
        if year is None:
            return None
        month = be_ssn.get_birth_month(self.national_number) or 12
        exact = be_ssn.get_birth_date(self.national_number)
        return exact or date(year, month, calendar.monthrange(year, month)[1])

    def __repr__(self) -> str:
        return f"Citizen(<redacted>, language={self.language!r})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True, repr=False)
class TrustedPerson:
    """A trusted person (vertrouwenspersoon / personne de confiance) the citizen designates.

    BHN registers them by national number + eID card number (consent-domain.md §1.5).
    ``source="card"``: their card was read at the kiosk; its number is accepted as read because
    the card data is signed (specimen cards break the check digits, eid-card.md §7).
    ``source="typed"``: a failing check is a typing error (``card-number-check-digits``).
    """

    national_number: str
    eid_card_number: str
    surname: str
    first_names: str
    source: Source

    def __post_init__(self) -> None:
        _set(self, "national_number", normalise_national_number(self.national_number))
        if self.source not in ("card", "typed"):
            raise EnrolmentError("invalid-source")
        if not isinstance(self.eid_card_number, str):
            raise EnrolmentError("invalid-card-number")
        number = _SEPARATORS.sub("", self.eid_card_number).upper()
        if self.source == "typed":
            if not _TYPED_CARD.match(number):
                raise EnrolmentError("invalid-card-number")
            if not card_number_check_ok(number):
                raise EnrolmentError("card-number-check-digits")
        elif not _READ_CARD.match(number):
            raise EnrolmentError("invalid-card-number")
        _set(self, "eid_card_number", number)
        _set(self, "surname", _clean_name(self.surname, required=True))
        _set(self, "first_names", _clean_name(self.first_names, required=False))

    def __repr__(self) -> str:
        return f"TrustedPerson(<redacted>, source={self.source!r})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True, repr=False)
class Exclusion:
    """A care provider the citizen excludes from access, by NIHII (RIZIV/INAMI) number.

    The format is checked strictly (11 digits). The check digits are checked against the known
    rules (:data:`NIHII_CHECK_MODULI`); because other profession-specific variants may exist, a
    failing check raises ``nihii-check-digits`` unless the citizen confirmed on screen that the
    number is exactly as printed (``check_digits_confirmed=True``).
    """

    nihii: str
    display_name: str | None = None
    check_digits_confirmed: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.nihii, str):
            raise EnrolmentError("invalid-nihii")
        number = _SEPARATORS.sub("", self.nihii)
        if len(number) != 11 or not number.isdigit() or int(number) == 0:
            raise EnrolmentError("invalid-nihii")
        if not self.check_digits_confirmed and not nihii_check_digits_ok(number):
            raise EnrolmentError("nihii-check-digits")
        _set(self, "nihii", number)
        if self.display_name is not None:
            name = _clean_name(self.display_name, required=False)
            _set(self, "display_name", name or None)

    def __repr__(self) -> str:
        return f"Exclusion(<redacted>, named={self.display_name is not None})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True, repr=False)
class EidProof:
    """What proves the citizen's eID was read: its card number (KMEHR ``EID-CARDNO``, proof type
    ``eidreading``, consent-domain.md §1.3), when it was read (converted to UTC), and whether
    the card proved it is the genuine chip for this submission (``authenticity``, see
    :mod:`kiosk.evidence`: ``verified`` once it signed the submission's challenge).

    By default only these leave the kiosk (:mod:`kiosk.disclosure`). ``card_evidence`` (the
    card's signed files, its basic key and challenge signature) is set only when the stand's
    network asked for it (``evidence = "card"``).
    """

    card_number: str
    read_at: datetime
    authenticity: Authenticity = "not-provable"
    card_evidence: CardEvidence | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.card_number, str) or not _READ_CARD.match(self.card_number):
            raise EnrolmentError("invalid-card-number")
        _set(self, "read_at", _aware_utc(self.read_at))
        if self.authenticity not in ("verified", "not-provable"):
            raise EnrolmentError("invalid-proof")
        evidence = self.card_evidence
        if evidence is not None and not isinstance(evidence, CardEvidence):
            raise EnrolmentError("invalid-proof")
        if evidence is not None and (evidence.challenge is not None) != (
            self.authenticity == "verified"
        ):
            raise EnrolmentError("invalid-proof")

    def __repr__(self) -> str:
        return "EidProof(<redacted>)"

    __str__ = __repr__


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True, slots=True, repr=False)
class Enrolment:
    """One visitor's complete, validated enrolment; the input of the FHIR Bundle.

    ``demo`` marks a practice run with a specimen card: its Bundle is tagged and uses separate
    identifier namespaces so it can never mix with real submissions.
    """

    submission_id: str
    citizen: Citizen
    decision: ConsentDecision
    trusted_persons: tuple[TrustedPerson, ...]
    exclusions: tuple[Exclusion, ...]
    stand_id: str
    kiosk_id: str
    captured_at: datetime
    proof: EidProof
    demo: bool = False

    @classmethod
    def capture(
        cls,
        *,
        citizen: Citizen,
        decision: ConsentDecision,
        proof: EidProof,
        stand_id: str,
        kiosk_id: str,
        trusted_persons: tuple[TrustedPerson, ...] | list[TrustedPerson] = (),
        exclusions: tuple[Exclusion, ...] | list[Exclusion] = (),
        demo: bool = False,
        now: datetime | None = None,
    ) -> Enrolment:
        """Mint the submission id (UUID4) and the capture time, and validate everything."""
        return cls(
            submission_id=str(uuid.uuid4()),
            citizen=citizen,
            decision=decision,
            trusted_persons=tuple(trusted_persons),
            exclusions=tuple(exclusions),
            stand_id=stand_id,
            kiosk_id=kiosk_id,
            captured_at=now if now is not None else datetime.now(UTC),
            proof=proof,
            demo=demo,
        )

    def __post_init__(self) -> None:
        self._check_types()
        _set(self, "captured_at", _aware_utc(self.captured_at))
        if self.proof.read_at > self.captured_at + _CLOCK_SKEW:
            raise EnrolmentError("invalid-timestamp")
        born = self.citizen.latest_possible_birth_date()
        if born is None:
            raise EnrolmentError("age-unknown")
        if _age_on(born, self.captured_at.date()) < MINIMUM_AGE:
            raise EnrolmentError("under-16")
        if self.decision is ConsentDecision.REFUSED and (self.trusted_persons or self.exclusions):
            raise EnrolmentError("refusal-with-choices")
        seen: set[str] = set()
        for i, person in enumerate(self.trusted_persons):
            if person.national_number == self.citizen.national_number:
                raise EnrolmentError("trusted-person-is-citizen", i)
            if person.national_number in seen:
                raise EnrolmentError("duplicate-trusted-person", i)
            seen.add(person.national_number)
        nihiis: set[str] = set()
        for i, exclusion in enumerate(self.exclusions):
            if exclusion.nihii in nihiis:
                raise EnrolmentError("duplicate-exclusion", i)
            nihiis.add(exclusion.nihii)

    def _check_types(self) -> None:
        try:
            parsed = uuid.UUID(self.submission_id)
        except (TypeError, ValueError, AttributeError):
            raise EnrolmentError("invalid-submission-id") from None
        if parsed.version != 4 or str(parsed) != self.submission_id:
            raise EnrolmentError("invalid-submission-id")
        if not isinstance(self.citizen, Citizen) or not isinstance(self.proof, EidProof):
            raise EnrolmentError("invalid-enrolment")
        if not isinstance(self.decision, ConsentDecision):
            raise EnrolmentError("invalid-decision")
        if not isinstance(self.trusted_persons, tuple) or not all(
            isinstance(p, TrustedPerson) for p in self.trusted_persons
        ):
            raise EnrolmentError("invalid-enrolment")
        if not isinstance(self.exclusions, tuple) or not all(
            isinstance(e, Exclusion) for e in self.exclusions
        ):
            raise EnrolmentError("invalid-enrolment")
        if not isinstance(self.stand_id, str) or not _SAFE_ID.match(self.stand_id):
            raise EnrolmentError("invalid-stand-id")
        if not isinstance(self.kiosk_id, str) or not _SAFE_ID.match(self.kiosk_id):
            raise EnrolmentError("invalid-kiosk-id")
        if not isinstance(self.demo, bool):
            raise EnrolmentError("invalid-enrolment")

    def __repr__(self) -> str:
        return (
            f"Enrolment(submission_id={self.submission_id!r}, decision={self.decision.value!r}, "
            f"trusted_persons={len(self.trusted_persons)}, exclusions={len(self.exclusions)}, "
            f"stand_id={self.stand_id!r}, kiosk_id={self.kiosk_id!r}, demo={self.demo})"
        )

    __str__ = __repr__


def citizen_from_card(card_read: Any, language: Language) -> Citizen:
    """The :class:`Citizen` from a ``kiosk.cardreader`` ``CardRead`` (duck-typed, no import).

    Uses ``identity.national_number``, ``surname``, ``first_names`` and
    ``birth_date.as_date()`` (for the age rule only: it is never sent, see
    :mod:`kiosk.disclosure`); nothing else of the card.
    """
    identity = card_read.identity
    birth = getattr(identity, "birth_date", None)
    if birth is not None and not isinstance(birth, date):
        birth = birth.as_date()
    return Citizen(
        national_number=identity.national_number,
        surname=identity.surname,
        first_names=identity.first_names,
        birth_date=birth,
        language=language,
    )


def proof_from_card(card_read: Any, read_at: datetime, *, with_files: bool = False) -> EidProof:
    """The :class:`EidProof` from a ``CardRead``: the card number of its verified identity,
    authenticity not (yet) proven; ``with_files``: with the card's signed files and basic key
    (``evidence = "card"``), without any challenge yet."""
    evidence = None
    if with_files:
        evidence = CardEvidence(
            identity_file=bytes(card_read.identity_file),
            identity_signature=bytes(card_read.identity_signature),
            rrn_certificate=bytes(card_read.rrn_certificate),
            basic_key=None if card_read.basic_key is None else bytes(card_read.basic_key),
        )
    return EidProof(
        card_number=card_read.identity.card_number, read_at=read_at, card_evidence=evidence
    )


def with_card_signature(proof: EidProof, challenge: bytes, signature: bytes) -> EidProof:
    """``proof`` once the card signed ``challenge`` (already verified): ``verified``, and the
    challenge and signature added to its card evidence when it carries some."""
    evidence = proof.card_evidence
    if evidence is not None:
        evidence = dataclasses.replace(
            evidence, challenge=bytes(challenge), challenge_signature=bytes(signature)
        )
    return dataclasses.replace(proof, authenticity="verified", card_evidence=evidence)
