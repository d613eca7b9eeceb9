"""The network's check of card evidence (:mod:`kiosk.fhir.card_evidence_check`): Bundles built
from the virtual specimen cards as the kiosk builds them pass; each part of the evidence changed
(before a kiosk signed it, so only this check can see it) is refused with its own code."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest
from cryptography import x509

from kiosk.cardreader.verify import load_trusted_roots
from kiosk.fhir import build_bundle, canonical_json
from kiosk.fhir import card_evidence as ce
from kiosk.fhir.card_evidence_check import CODES, CardEvidenceError, verify_card_evidence
from tests.helpers.card_evidence import TAMPERINGS, card_submission, inserted, tampered
from tests.unit.test_enrolment import make_enrolment


@pytest.fixture(scope="module")
def roots() -> tuple[x509.Certificate, ...]:
    """The Belgian roots and the test roots of the specimen cards (EC and RSA test PKI)."""
    return load_trusted_roots([inserted("applet18")[2], inserted("nl-citizen")[2]])


def _code(bundle: bytes, roots: tuple[x509.Certificate, ...]) -> str:
    with pytest.raises(CardEvidenceError) as refused:
        verify_card_evidence(bundle, roots)
    assert refused.value.code in CODES
    return refused.value.code


@pytest.mark.parametrize("demo", [False, True], ids=["real", "demo"])
@pytest.mark.parametrize("name", ["applet18", "nl-citizen", "foreigner"])
def test_card_evidence_as_the_kiosk_builds_it_passes(
    name: str, demo: bool, roots: tuple[x509.Certificate, ...]
) -> None:
    submission = card_submission(name, demo=demo)
    assert b"eid-identity-file" in submission.bundle
    assert (b"eid-challenge" in submission.bundle) == (name == "applet18")
    verify_card_evidence(submission.bundle, roots)


def test_a_minimal_bundle_passes_untouched(roots: tuple[x509.Certificate, ...]) -> None:
    """No card evidence to check: the kiosk signature stays the gate."""
    verify_card_evidence(build_bundle(make_enrolment()), roots)
    # A verified 1.8 card in the minimal form: its authenticity code, nothing to re-check.
    submission = card_submission("applet18")
    minimal = replace(submission.enrolment.proof, card_evidence=None)
    bundle = build_bundle(replace(submission.enrolment, proof=minimal))
    assert b'"code":"verified"' in bundle and b"eid-challenge" not in bundle
    verify_card_evidence(bundle, roots)


EXPECTED = {
    "identity file of another card": "card-evidence-forged",
    "identity files of another card": "card-evidence-other-holder",
    "challenge of another submission": "card-evidence-wrong-challenge",
    "challenge not of this bundle": "card-evidence-wrong-challenge",
    "clone's signature": "card-evidence-clone",
    "another person's SSIN in the Patient": "card-evidence-other-holder",
    "another card number in the entity": "card-evidence-other-holder",
    "basic key not the one in tag 0x1A": "card-evidence-basic-key",
    "challenge signature removed": "card-evidence-unproven",
}


def test_every_tampering_has_its_expected_code() -> None:
    assert set(EXPECTED) == set(TAMPERINGS)


@pytest.mark.parametrize("how", TAMPERINGS)
def test_tampered_card_evidence_is_refused_with_its_code(
    how: str, roots: tuple[x509.Certificate, ...]
) -> None:
    submission = card_submission("applet18")
    bundle = tampered(submission, how)
    assert bundle != submission.bundle
    assert _code(bundle, roots) == EXPECTED[how]


def test_a_card_under_a_root_not_trusted_is_refused() -> None:
    """Only the Belgian roots: the specimen cards' test root is not one of them."""
    assert _code(card_submission("applet18").bundle, load_trusted_roots()) == (
        "card-evidence-untrusted-root"
    )


def test_a_changed_byte_in_the_identity_signature_is_forged(
    roots: tuple[x509.Certificate, ...],
) -> None:
    submission = card_submission("nl-citizen")
    document = json.loads(submission.bundle)
    entity = document["entry"][-1]["resource"]["entity"][0]
    (extension,) = [e for e in entity["extension"] if e["url"] == ce.IDENTITY_SIGNATURE_URL]
    signature = bytearray(base64.b64decode(extension["valueAttachment"]["data"]))
    signature[10] ^= 0x01
    extension["valueAttachment"]["data"] = base64.b64encode(bytes(signature)).decode()
    assert _code(canonical_json(document), roots) == "card-evidence-forged"


def _provenance(document: dict[str, object]) -> dict[str, object]:
    entries = document["entry"]
    assert isinstance(entries, list)
    provenance: dict[str, object] = entries[-1]["resource"]
    return provenance


@pytest.mark.parametrize(
    "damage",
    [
        "card signature without the card files",
        "verified without a challenge",
        "card signature by someone else",
        "attachment not base64",
        "a card file twice",
    ],
)
def test_incomplete_or_inconsistent_evidence_is_malformed(
    damage: str, roots: tuple[x509.Certificate, ...]
) -> None:
    applet18, applet17 = card_submission("applet18"), card_submission("nl-citizen")
    document = json.loads(applet18.bundle)
    provenance = _provenance(document)
    entity = provenance["entity"][0]  # type: ignore[index]
    if damage == "card signature without the card files":
        entity["extension"] = entity["extension"][:1]
    elif damage == "verified without a challenge":  # a 1.7 card claimed verified
        document = json.loads(applet17.bundle)
        _provenance(document)["entity"][0]["extension"][0]["valueCoding"]["code"] = "verified"  # type: ignore[index]
    elif damage == "card signature by someone else":
        provenance["signature"][0]["who"] = {"reference": document["entry"][1]["fullUrl"]}  # type: ignore[index]
    elif damage == "attachment not base64":
        entity["extension"][1]["valueAttachment"]["data"] = "not base64!"
    else:
        entity["extension"].append(entity["extension"][1])
    assert _code(canonical_json(document), roots) == "card-evidence-malformed"
