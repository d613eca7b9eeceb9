"""Submissions with card evidence (``evidence = "card"``) from the virtual specimen cards, and
the ways an attacker could change that evidence before a kiosk signs the Bundle.

:func:`card_submission` builds what the kiosk queues for a specimen card: the card read through
the virtual card's APDU transport, its signed files in the proof, and (applet 1.8) the card's own
answer to this submission's challenge, as the flow asks for it. :func:`tampered` changes one part
of the evidence in the Bundle's JSON; the kiosk signature is then made over the changed Bundle
(a compromised kiosk, or a change before signing), so only the card evidence check can see it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

from kiosk.cardreader.reader import CardRead, authenticate_card, read_card
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.pki import basic_key, basic_key_file
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.enrolment import (
    ConsentDecision,
    Enrolment,
    Exclusion,
    TrustedPerson,
    citizen_from_card,
    proof_from_card,
    with_card_signature,
)
from kiosk.evidence import submission_challenge
from kiosk.fhir import build_bundle
from kiosk.fhir import card_evidence as ce
from tests.helpers.specimens import NIHII_1, NIHII_2, TYPED

NOW = datetime.now(UTC).replace(microsecond=0)

#: The tampering :func:`tampered` knows, each named after what the attacker changed.
TAMPERINGS = (
    "identity file of another card",
    "identity files of another card",
    "challenge of another submission",
    "challenge not of this bundle",
    "clone's signature",
    "another person's SSIN in the Patient",
    "another card number in the entity",
    "basic key not the one in tag 0x1A",
    "challenge signature removed",
)


@dataclass(frozen=True)
class CardSubmission:
    """A submission as the kiosk builds it (not yet signed by the kiosk), and its card."""

    enrolment: Enrolment
    bundle: bytes
    card: CardRead
    trust_root_pem: bytes


def inserted(name: str) -> tuple[CardRead, VirtualTransport, bytes]:
    """A verified read of the specimen card ``name``, its transport, and its test root (PEM)."""
    profile = build_profile(name)
    roots = [profile.trust_root_pem] if profile.trust_root_pem else []
    transport = VirtualTransport(VirtualCard(profile))
    return read_card(transport, extra_roots=roots), transport, profile.trust_root_pem


def card_submission(name: str = "applet18", *, demo: bool = False) -> CardSubmission:
    """A submission of the specimen card ``name`` with its card evidence, a trusted person and
    an excluded care provider (so the challenge covers them); a fresh submission id per call."""
    card, transport, root = inserted(name)
    enrolment = Enrolment.capture(
        citizen=citizen_from_card(card, "nl"),  # type: ignore[arg-type]
        stand_id="stand-a",
        kiosk_id="kiosk-a",
        decision=ConsentDecision.GIVEN,
        proof=proof_from_card(card, NOW - timedelta(minutes=2), with_files=True),
        trusted_persons=(
            TrustedPerson(
                TYPED["national_number"],
                TYPED["card_number"],
                TYPED["surname"],
                TYPED["first_names"],
                "typed",
            ),
        ),
        exclusions=(Exclusion(NIHII_1, display_name="Dr. Specimen"), Exclusion(NIHII_2)),
        demo=demo,
        now=NOW,
    )
    if card.basic_key is not None:  # as the flow asks the card once the citizen confirms
        challenge = submission_challenge(enrolment)
        signature = authenticate_card(transport, card.basic_key, challenge)
        proof = with_card_signature(enrolment.proof, challenge, signature)
        enrolment = replace(enrolment, proof=proof)
    return CardSubmission(enrolment, build_bundle(enrolment), card, root)


def _entity(document: dict[str, Any]) -> dict[str, Any]:
    entity: dict[str, Any] = document["entry"][-1]["resource"]["entity"][0]
    return entity


def _set_attachment(document: dict[str, Any], url: str, data: bytes) -> None:
    for extension in _entity(document)["extension"]:
        if extension["url"] == url:
            extension["valueAttachment"]["data"] = base64.b64encode(data).decode("ascii")
            return
    raise AssertionError(f"no {url} on the entity")


def _card_signature(document: dict[str, Any]) -> dict[str, Any]:
    provenance = document["entry"][-1]["resource"]
    (found,) = [s for s in provenance["signature"] if s["sigFormat"] == ce.CARD_SIG_FORMAT]
    return dict(found)


def clone_signature(challenge: bytes, seed: str = "clone of applet18") -> bytes:
    """What a clone of the applet 1.8 specimen answers to ``challenge``: a signature with its
    own key (the cloner copied every file but could not copy the card's key)."""
    der = basic_key(seed).sign(challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
    r, s = decode_dss_signature(der)
    return r.to_bytes(48, "big") + s.to_bytes(48, "big")


def tampered(submission: CardSubmission, how: str) -> bytes:
    """``submission``'s Bundle with one part of its card evidence changed (:data:`TAMPERINGS`),
    as canonical JSON ready for a kiosk to sign."""
    from kiosk.fhir.bundle import canonical_json

    document = json.loads(submission.bundle)
    other_card = inserted("nl-citizen")[0]
    evidence = submission.enrolment.proof.card_evidence
    assert evidence is not None and evidence.challenge is not None
    if how == "identity file of another card":
        _set_attachment(document, ce.IDENTITY_FILE_URL, other_card.identity_file)
    elif how == "identity files of another card":  # a whole genuine set, signature and all
        _set_attachment(document, ce.IDENTITY_FILE_URL, other_card.identity_file)
        _set_attachment(document, ce.IDENTITY_SIGNATURE_URL, other_card.identity_signature)
        _set_attachment(document, ce.RRN_CERTIFICATE_URL, other_card.rrn_certificate)
    elif how == "challenge of another submission":  # the card's genuine answer, replayed
        other = card_submission("applet18")
        other_evidence = other.enrolment.proof.card_evidence
        assert other_evidence is not None and other_evidence.challenge is not None
        assert other_evidence.challenge_signature is not None
        _set_attachment(document, ce.CHALLENGE_URL, other_evidence.challenge)
        signature = _card_signature(document)
        provenance = document["entry"][-1]["resource"]
        provenance["signature"] = [
            {**signature, "data": base64.b64encode(other_evidence.challenge_signature).decode()}
        ]
    elif how == "challenge not of this bundle":  # the Bundle says something the card did not
        for entry in document["entry"]:
            resource = entry["resource"]
            if resource["resourceType"] == "RelatedPerson":
                resource["identifier"][1]["value"] = "591234567829"
    elif how == "clone's signature":
        signature = _card_signature(document)
        data = base64.b64encode(clone_signature(evidence.challenge)).decode("ascii")
        document["entry"][-1]["resource"]["signature"] = [{**signature, "data": data}]
    elif how == "another person's SSIN in the Patient":
        document["entry"][0]["resource"]["identifier"][0]["value"] = (
            other_card.identity.national_number
        )
    elif how == "another card number in the entity":
        _entity(document)["what"]["identifier"]["value"] = other_card.identity.card_number
    elif how == "basic key not the one in tag 0x1A":
        _set_attachment(document, ce.BASIC_KEY_URL, basic_key_file(basic_key("another key")))
    elif how == "challenge signature removed":  # a clone passed off as an applet 1.7 card
        provenance = document["entry"][-1]["resource"]
        del provenance["signature"]
        entity = _entity(document)
        entity["extension"] = [e for e in entity["extension"] if e["url"] != ce.CHALLENGE_URL]
        entity["extension"][0]["valueCoding"]["code"] = "not-provable"
    else:
        raise ValueError(f"unknown tampering {how!r}")
    return canonical_json(document)
