"""The eID card's evidence in a submission's Provenance, in a form a hub can verify.

Every Bundle's Provenance has one ``entity`` (role ``source``): the eID reading, identified by
the card number. On that entity the kiosk writes:

* always, an extension :data:`AUTHENTICITY_URL` whose ``valueCoding`` (system
  :data:`AUTHENTICITY_SYSTEM`) is ``verified`` (the card holding the read files signed this
  submission's challenge with its basic key, and the kiosk checked the signature against the
  key whose SHA-384 the signed identity file names) or ``not-provable`` (an applet 1.7 or older
  card: it has no basic key, so only its data is proven, not the chip);
* with ``evidence = "card"`` (:mod:`kiosk.evidence`), one extension per card item, each a
  ``valueAttachment`` with the raw bytes in ``data`` (base64): :data:`IDENTITY_FILE_URL` (EF
  4031 as read), :data:`IDENTITY_SIGNATURE_URL` (EF 4032), :data:`RRN_CERTIFICATE_URL` (EF
  503C, DER, ``application/pkix-cert``), and for a 1.8 card :data:`BASIC_KEY_URL` (EF 4040, a
  DER SubjectPublicKeyInfo, P-384) and :data:`CHALLENGE_URL` (the 48-byte challenge); and a
  ``Provenance.signature`` of type ASTM ``1.2.840.10065.1.12.1.14`` (source signature) whose
  ``who`` is the Patient (the card holder's card), ``sigFormat`` :data:`CARD_SIG_FORMAT` and
  ``data`` the card's raw ECDSA P-384 signature ``r || s`` (96 bytes).

How a hub re-verifies a ``card`` submission (``kiosk-queue import`` does it before delivering,
with :func:`~kiosk.fhir.card_evidence_check.verify_card_evidence`):

1. the RRN certificate chains to a Belgian eID root, and verifies the identity signature
   (RSA PKCS#1 v1.5; SHA-256 on applet 1.8) over the identity file;
2. the identity file's tag 0x01 is the card number of the entity's identifier, its tag 0x06
   the Patient's SSIN, and (1.8) its tag 0x1A is SHA-384 of the basic key: a card that has a
   basic key must have signed the challenge (``not-provable`` is for cards without one);
3. the challenge is :func:`kiosk.evidence.submission_challenge` rebuilt from the Bundle (the
   submission id is ``Bundle.identifier.value``; the decision, the trusted persons' numbers and
   the excluded NIHII numbers are in the Consents and RelatedPersons);
4. the signature verifies as ECDSA P-384 over the challenge taken as a prehashed SHA-384
   digest (the card does not hash it again), with the basic key.
"""

from __future__ import annotations

import base64
from typing import Any

from kiosk.enrolment import EidProof

Json = dict[str, Any]

_LOCAL = "https://kiosk.example.be/fhir"
AUTHENTICITY_URL = f"{_LOCAL}/StructureDefinition/eid-card-authenticity"
AUTHENTICITY_SYSTEM = f"{_LOCAL}/CodeSystem/eid-card-authenticity"
IDENTITY_FILE_URL = f"{_LOCAL}/StructureDefinition/eid-identity-file"
IDENTITY_SIGNATURE_URL = f"{_LOCAL}/StructureDefinition/eid-identity-signature"
RRN_CERTIFICATE_URL = f"{_LOCAL}/StructureDefinition/eid-rrn-certificate"
BASIC_KEY_URL = f"{_LOCAL}/StructureDefinition/eid-basic-public-key"
CHALLENGE_URL = f"{_LOCAL}/StructureDefinition/eid-challenge"
#: Raw ECDSA P-384 ``r || s`` over the challenge as a prehashed SHA-384 digest.
CARD_SIG_FORMAT = "application/octet-stream"
ASTM_SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013"

_DISPLAY = {
    "verified": "the card signed this submission's challenge with its basic key",
    "not-provable": "authenticity not provable (no basic key: applet 1.7 or older)",
}

_BINARY = "application/octet-stream"


def _attachment(url: str, data: bytes, content_type: str = _BINARY) -> Json:
    encoded = base64.b64encode(data).decode("ascii")
    return {"url": url, "valueAttachment": {"contentType": content_type, "data": encoded}}


def entity_extensions(proof: EidProof) -> list[Json]:
    """The extensions of the Provenance's eID-reading entity (see the module docstring)."""
    code = proof.authenticity
    found = [
        {
            "url": AUTHENTICITY_URL,
            "valueCoding": {"system": AUTHENTICITY_SYSTEM, "code": code, "display": _DISPLAY[code]},
        }
    ]
    evidence = proof.card_evidence
    if evidence is None:
        return found
    found += [
        _attachment(IDENTITY_FILE_URL, evidence.identity_file),
        _attachment(IDENTITY_SIGNATURE_URL, evidence.identity_signature),
        _attachment(RRN_CERTIFICATE_URL, evidence.rrn_certificate, "application/pkix-cert"),
    ]
    if evidence.basic_key is not None:
        found.append(_attachment(BASIC_KEY_URL, evidence.basic_key))
    if evidence.challenge is not None:
        found.append(_attachment(CHALLENGE_URL, evidence.challenge))
    return found


def card_signature(proof: EidProof, *, patient_url: str, when: str) -> Json | None:
    """The ``Provenance.signature`` of the card (``evidence = "card"`` and a verified card),
    else None."""
    evidence = proof.card_evidence
    if evidence is None or evidence.challenge_signature is None:
        return None
    return {
        "type": [
            {
                "system": ASTM_SIGNATURE_TYPE,
                "code": "1.2.840.10065.1.12.1.14",
                "display": "Source Signature",
            }
        ],
        "when": when,
        "who": {"reference": patient_url},
        "targetFormat": _BINARY,
        "sigFormat": CARD_SIG_FORMAT,
        "data": base64.b64encode(evidence.challenge_signature).decode("ascii"),
    }


__all__ = [
    "AUTHENTICITY_SYSTEM",
    "AUTHENTICITY_URL",
    "card_signature",
    "entity_extensions",
]
