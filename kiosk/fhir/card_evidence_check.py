"""The network's check of a submission's card evidence (``evidence = "card"``), before delivery.

The kiosk signature (:mod:`kiosk.fhir.signature`) says which registered kiosk built a Bundle.
Card evidence lets the network check the card itself instead of taking the kiosk's word for it:
:func:`verify_card_evidence` does what :mod:`kiosk.fhir.card_evidence` tells a hub to do, with
the kiosk's own card checks (:mod:`kiosk.cardreader.verify`, :mod:`kiosk.cardreader.identity`)
and the kiosk's own challenge (:func:`kiosk.evidence.submission_challenge`), in this order:

1. the RRN certificate is issued by one of ``roots`` and signs the identity file;
2. the signed identity file is the card of this Bundle: its national number is the Patient's
   SSIN and its card number the Provenance entity's (the eID reading);
3. a card whose identity file names a basic key (tag 0x1A, applet 1.8) carries that key
   (SHA-384 of it is the tag) and its signature of the challenge, so "authenticity not provable"
   cannot hide a clone;
4. the challenge is the one rebuilt from this Bundle: its submission id
   (``Bundle.identifier.value`` without ``urn:uuid:``), the informed Consent's decision
   (``active``: given, ``rejected``: refused), the RelatedPersons' SSIN and card number and the
   excluded care providers' NIHII numbers, each in Bundle order (the order the kiosk wrote them);
5. the card's signature (the Source Signature whose ``who`` is the Patient) verifies with the
   basic key.

A Bundle in the minimal form (no card file, no card signature) passes untouched: the kiosk
signature stays the gate. Anything else raises :class:`CardEvidenceError`, whose stable
``code`` names the check (:data:`CODES`). Messages never hold a value of the Bundle.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.enrolment import ConsentDecision
from kiosk.errors import KioskError
from kiosk.evidence import CardEvidence, submission_challenge
from kiosk.fhir import card_evidence as ce
from kiosk.fhir import identifiers as ids

if TYPE_CHECKING:
    from cryptography import x509

    from kiosk.cardreader.identity import Identity

__all__ = ["CODES", "CardEvidenceError", "verify_card_evidence"]

Json = dict[str, Any]

MALFORMED = "card-evidence-malformed"
UNTRUSTED_ROOT = "card-evidence-untrusted-root"
FORGED = "card-evidence-forged"
OTHER_HOLDER = "card-evidence-other-holder"
BASIC_KEY = "card-evidence-basic-key"
UNPROVEN = "card-evidence-unproven"
WRONG_CHALLENGE = "card-evidence-wrong-challenge"
CLONE = "card-evidence-clone"

#: Each code and what it means.
CODES = {
    MALFORMED: "the card evidence is incomplete, inconsistent or not readable",
    UNTRUSTED_ROOT: "the RRN certificate is not issued by a trusted root",
    FORGED: "the identity file is not the one the RRN certificate signed",
    OTHER_HOLDER: "the signed identity file is of another person or card than the Bundle's",
    BASIC_KEY: "the basic public key is not the one the signed identity file names",
    UNPROVEN: "a card with a basic key did not sign this submission's challenge",
    WRONG_CHALLENGE: "the challenge is not the one of this Bundle's content",
    CLONE: "the card's signature of the challenge does not verify with its basic key",
}

_SOURCE_SIGNATURE = "1.2.840.10065.1.12.1.14"
_ATTACHMENTS = {
    ce.IDENTITY_FILE_URL: "identity_file",
    ce.IDENTITY_SIGNATURE_URL: "identity_signature",
    ce.RRN_CERTIFICATE_URL: "rrn_certificate",
    ce.BASIC_KEY_URL: "basic_key",
    ce.CHALLENGE_URL: "challenge",
}


class CardEvidenceError(KioskError):
    """A submission's card evidence does not hold; ``code`` says which check (:data:`CODES`)."""

    code = MALFORMED

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(detail or CODES[code])
        self.code = code


def verify_card_evidence(bundle_bytes: bytes, roots: Sequence[x509.Certificate]) -> None:
    """Check the card evidence of a submission Bundle against ``roots`` (the Belgian roots:
    :func:`kiosk.cardreader.verify.load_trusted_roots`), as the module doc says; returns quietly
    for a Bundle without card evidence, raises :class:`CardEvidenceError` otherwise. A Bundle
    about no person (a kiosk's daily figures: no Patient) has no card to prove."""
    document = _parse_json(bundle_bytes)
    if not _about_a_person(document):
        return
    bundle = _Bundle.parse(document)
    evidence = bundle.card_evidence()
    if evidence is None:
        return
    identity = _signed_identity(evidence, roots)
    if bundle.patient_ssins() != [identity.national_number]:
        raise CardEvidenceError(OTHER_HOLDER, "the Patient's SSIN is not the signed identity's")
    if bundle.card_number() != identity.card_number:
        raise CardEvidenceError(OTHER_HOLDER, "the eID reading's card number is not the card's")
    if identity.basic_key_hash is not None and evidence.challenge is None:
        raise CardEvidenceError(UNPROVEN)
    if evidence.basic_key is not None:
        _check_basic_key(evidence)
    if evidence.challenge is None or evidence.challenge_signature is None:
        return  # an applet 1.7 card: its files are proven, its chip cannot be
    if evidence.challenge != submission_challenge(bundle.submission()):
        raise CardEvidenceError(WRONG_CHALLENGE)
    _check_card_signature(evidence)


def _parse_json(bundle_bytes: bytes) -> Any:
    try:
        return json.loads(bundle_bytes)
    except (ValueError, UnicodeDecodeError):
        raise _malformed("the submission is not JSON") from None


def _about_a_person(document: Any) -> bool:
    """Whether the Bundle has a Patient entry (anything but a Bundle counts as one: the strict
    parse then says what is wrong with it)."""
    entries = document.get("entry") if isinstance(document, dict) else None
    return not isinstance(entries, list) or any(
        isinstance(e, dict) and _get(e, "resource", "resourceType") == "Patient" for e in entries
    )


def _signed_identity(evidence: CardEvidence, roots: Sequence[x509.Certificate]) -> Identity:
    """The identity file, parsed once the RRN certificate under ``roots`` signed it."""
    from kiosk.cardreader.errors import CardDataInvalidError, UnknownRootError
    from kiosk.cardreader.identity import parse_identity
    from kiosk.cardreader.verify import verify_card_data

    try:
        verify_card_data(
            identity_file=evidence.identity_file,
            identity_signature=evidence.identity_signature,
            rrn_certificate=evidence.rrn_certificate,
            roots=roots,
        )
    except UnknownRootError:
        raise CardEvidenceError(UNTRUSTED_ROOT) from None
    except CardDataInvalidError:
        raise CardEvidenceError(FORGED) from None
    try:
        return parse_identity(evidence.identity_file)
    except CardDataInvalidError:
        raise CardEvidenceError(FORGED, "the signed identity file cannot be parsed") from None


def _check_basic_key(evidence: CardEvidence) -> None:
    """The basic key is the one the (already verified) identity file names in tag 0x1A, a
    P-384 key: the kiosk's own rule."""
    from kiosk.cardreader.errors import CardDataInvalidError
    from kiosk.cardreader.verify import check_basic_key

    assert evidence.basic_key is not None
    try:
        check_basic_key(evidence.identity_file, evidence.basic_key)
    except CardDataInvalidError:
        raise CardEvidenceError(BASIC_KEY) from None


def _check_card_signature(evidence: CardEvidence) -> None:
    from kiosk.cardreader.errors import CardCloneError, CardDataInvalidError
    from kiosk.cardreader.verify import verify_card_signature

    assert evidence.basic_key is not None
    assert evidence.challenge is not None and evidence.challenge_signature is not None
    try:
        verify_card_signature(evidence.basic_key, evidence.challenge, evidence.challenge_signature)
    except CardCloneError:
        raise CardEvidenceError(CLONE) from None
    except (CardDataInvalidError, ValueError):
        raise CardEvidenceError(BASIC_KEY) from None


# -- reading the Bundle ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Trusted:
    national_number: str
    eid_card_number: str


@dataclass(frozen=True)
class _Excluded:
    nihii: str


@dataclass(frozen=True)
class _Submission:
    """What :func:`submission_challenge` reads of an enrolment, rebuilt from a Bundle."""

    submission_id: str
    decision: ConsentDecision
    trusted_persons: tuple[_Trusted, ...]
    exclusions: tuple[_Excluded, ...]


def _malformed(detail: str) -> CardEvidenceError:
    return CardEvidenceError(MALFORMED, detail)


def _get(node: Any, *path: str | int) -> Any:
    """``node[path[0]][path[1]]...``, or :class:`CardEvidenceError` when it is not there."""
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            raise _malformed(f"the Bundle has no {'.'.join(map(str, path))}") from None
    return node


def _decoded(extension: Json) -> bytes:
    try:
        data = base64.b64decode(_get(extension, "valueAttachment", "data"), validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise _malformed("a card evidence attachment is not base64") from None
    return data


@dataclass(frozen=True)
class _Bundle:
    """The parts of a submission Bundle the check reads."""

    document: Json
    namespaces: ids.Namespaces

    @classmethod
    def parse(cls, document: Any) -> _Bundle:
        """The submission Bundle in ``document`` (parsed JSON), or :class:`CardEvidenceError`."""
        if not isinstance(document, dict) or not isinstance(document.get("entry"), list):
            raise _malformed("the submission is not a Bundle")
        system = _get(document, "identifier", "system")
        if system not in (ids.REAL.submission, ids.DEMO.submission):
            raise _malformed("the Bundle's identifier is not a submission id")
        return cls(document, ids.namespaces(system == ids.DEMO.submission))

    def entries(self, kind: str) -> list[Json]:
        return [
            entry
            for entry in self.document["entry"]
            if isinstance(entry, dict) and _get(entry, "resource", "resourceType") == kind
        ]

    def single(self, kind: str) -> Json:
        found: Json = _one(self.entries(kind), kind)
        return found

    def entity(self) -> Json:
        entities = _get(self.single("Provenance"), "resource", "entity")
        if (
            not isinstance(entities, list)
            or len(entities) != 1
            or not isinstance(entities[0], dict)
        ):
            raise _malformed("the Provenance must have exactly one entity, the eID reading")
        entity: Json = entities[0]
        return entity

    def card_evidence(self) -> CardEvidence | None:
        """The card evidence on the Provenance, None in the minimal form."""
        provenance = _get(self.single("Provenance"), "resource")
        extensions = self.entity().get("extension", [])
        if not isinstance(extensions, list):
            raise _malformed("the eID reading's extensions are not a list")
        files: dict[str, bytes] = {}
        authenticity = None
        for extension in extensions:
            url = _get(extension, "url")
            if url == ce.AUTHENTICITY_URL:
                authenticity = _get(extension, "valueCoding", "code")
            elif url in _ATTACHMENTS:
                if _ATTACHMENTS[url] in files:
                    raise _malformed("a card evidence attachment is there twice")
                files[_ATTACHMENTS[url]] = _decoded(extension)
        all_signatures = provenance.get("signature", [])
        if not isinstance(all_signatures, list):
            raise _malformed("the Provenance's signature is not a list")
        signatures = [s for s in all_signatures if _SOURCE_SIGNATURE in _codes(s)]
        if not files and not signatures:
            return None
        if len(signatures) > 1:
            raise _malformed("the Provenance carries more than one card signature")
        if signatures:
            files["challenge_signature"] = self._card_signature(signatures[0])
        try:
            evidence = CardEvidence(**files)
        except (TypeError, ValueError):
            raise _malformed("the card evidence is incomplete or inconsistent") from None
        if authenticity != ("verified" if evidence.challenge is not None else "not-provable"):
            raise _malformed("the authenticity code does not match the card evidence")
        return evidence

    def _card_signature(self, signature: Any) -> bytes:
        if _get(signature, "who") != {"reference": _get(self.single("Patient"), "fullUrl")}:
            raise _malformed("the card signature's who is not the Patient")
        if _get(signature, "sigFormat") != ce.CARD_SIG_FORMAT:
            raise _malformed("the card signature's sigFormat is not the card's")
        try:
            return base64.b64decode(_get(signature, "data"), validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise _malformed("the card signature is not base64") from None

    def patient_ssins(self) -> list[str]:
        identifiers = _get(self.single("Patient"), "resource", "identifier")
        return self._values(identifiers, self.namespaces.ssin)

    def card_number(self) -> str:
        identifier = _get(self.entity(), "what", "identifier")
        if _get(identifier, "system") != ids.EID_CARD_NUMBER_SYSTEM:
            raise _malformed("the eID reading is not identified by a card number")
        return str(_get(identifier, "value"))

    def submission(self) -> _Submission:
        value = _get(self.document, "identifier", "value")
        if not isinstance(value, str) or not value.startswith("urn:uuid:"):
            raise _malformed("the Bundle's identifier is not a urn:uuid")
        consents = self.entries("Consent")
        informed = _one(self._consents(consents, "ehealth-informed-consent"), "informed Consent")
        status = _get(informed, "status")
        if status not in ("active", "rejected"):
            raise _malformed("the informed Consent is neither active nor rejected")
        trusted = []
        for entry in self.entries("RelatedPerson"):
            identifiers = _get(entry, "resource", "identifier")
            ssin = _one(self._values(identifiers, self.namespaces.ssin), "trusted person's SSIN")
            card = _one(self._values(identifiers, ids.EID_CARD_NUMBER_SYSTEM), "card number")
            trusted.append(_Trusted(ssin, card))
        excluded = [
            _Excluded(str(_get(c, "provision", "actor", 0, "reference", "identifier", "value")))
            for c in self._consents(consents, "therapeutic-exclusion")
        ]
        return _Submission(
            submission_id=value.removeprefix("urn:uuid:"),
            decision=ConsentDecision.GIVEN if status == "active" else ConsentDecision.REFUSED,
            trusted_persons=tuple(trusted),
            exclusions=tuple(excluded),
        )

    @staticmethod
    def _consents(entries: list[Json], kind: str) -> list[Json]:
        return [
            consent
            for consent in (_get(entry, "resource") for entry in entries)
            if any(
                (coding.get("system"), coding.get("code")) == (ids.CONSENT_KIND, kind)
                for category in _get(consent, "category")
                for coding in _get(category, "coding")
                if isinstance(coding, dict)
            )
        ]

    @staticmethod
    def _values(identifiers: Any, system: str) -> list[str]:
        if not isinstance(identifiers, list):
            raise _malformed("identifiers are not a list")
        return [
            str(_get(i, "value"))
            for i in identifiers
            if isinstance(i, dict) and i.get("system") == system
        ]


def _one(items: list[Any], what: str) -> Any:
    if len(items) != 1:
        raise _malformed(f"the Bundle must hold exactly one {what}")
    return items[0]


def _codes(signature: Any) -> set[str]:
    types = signature.get("type") if isinstance(signature, dict) else None
    if not isinstance(types, list):
        raise _malformed("a Provenance signature has no type")
    return {str(t.get("code")) for t in types if isinstance(t, dict)}
