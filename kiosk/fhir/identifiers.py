"""Identifier systems, code systems and the derivation of per-entry identifiers.

Every resource a submission creates gets an identifier derived with UUIDv5 from the ONE
submission UUID minted at capture, so the same submission always yields the same identifiers
(a replay is a no-op at the server) and two submissions never share one.

Real and demo submissions use disjoint namespaces (:class:`Namespaces`): a demo Patient is
conditioned on a demo SSIN system, so a demo run with a specimen card can never match, reuse
or touch a real Patient, Device or Consent.

The receipt's reference code (:func:`reference_code`) is derived from the same submission UUID.

The ``kiosk.example.be`` URLs are placeholders (as in consent-domain.md §2.4) for the code
systems and naming systems Abrumet or the project will publish; they live only here.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

# Belgian federal core (hl7-be/core 2.1.2) naming systems and profiles.
SSIN_SYSTEM = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin"
NIHDI_SYSTEM = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi"
BE_PATIENT_PROFILE = (
    "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-patient"
)
BE_CONSENT_PROFILE = (
    "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-Consent"
)

# HL7 terminology.
RFC3986_SYSTEM = "urn:ietf:rfc:3986"
BCP47_SYSTEM = "urn:ietf:bcp:47"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction"
LOINC = "http://loinc.org"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
V3_ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass"
V3_PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
V3_DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
DEVICE_NAME_TYPE = "user-friendly-name"

# The HL7 "test health data" code: the standard tag for data that is not about real care.
DEMO_TAG = {"system": V3_ACT_REASON, "code": "HTEST", "display": "test health data"}

# Local (placeholder) systems.
_LOCAL = "https://kiosk.example.be/fhir"
CONSENT_KIND = f"{_LOCAL}/CodeSystem/consent-kind"
REPRESENTATION_ROLE = f"{_LOCAL}/CodeSystem/representation-role"
EID_CARD_NUMBER_SYSTEM = f"{_LOCAL}/NamingSystem/be-eid-card-number"
STAND_SYSTEM = f"{_LOCAL}/NamingSystem/stand"
# The KMEHR proof types (CD-PROOFTYPE: eidreading, sisreading, ...) until a FHIR system exists;
# the eID card number (KMEHR id scheme EID-CARDNO) with type "eidreading" is the proof.
PROOF_TYPE = f"{_LOCAL}/CodeSystem/kmehr-cd-prooftype"


@dataclass(frozen=True)
class Namespaces:
    """The identifier systems one kind of submission (real or demo) conditions its entries on."""

    ssin: str
    submission: str
    kiosk: str
    # R4 Provenance has no identifier: it is conditioned on a meta.tag from this system.
    provenance_tag: str
    # The receipt's reference code, an identifier of the informed Consent: the helpdesk finds
    # the submission with one search (Consent?identifier=<system>|ABCD-EF23).
    reference: str


REAL = Namespaces(
    ssin=SSIN_SYSTEM,
    submission=RFC3986_SYSTEM,
    kiosk=f"{_LOCAL}/NamingSystem/kiosk",
    provenance_tag=f"{_LOCAL}/CodeSystem/submission-provenance",
    reference=f"{_LOCAL}/NamingSystem/kiosk-reference",
)
DEMO = Namespaces(
    ssin=f"{_LOCAL}/NamingSystem/demo/ssin",
    submission=f"{_LOCAL}/NamingSystem/demo/submission",
    kiosk=f"{_LOCAL}/NamingSystem/demo/kiosk",
    provenance_tag=f"{_LOCAL}/CodeSystem/demo/submission-provenance",
    reference=f"{_LOCAL}/NamingSystem/demo/kiosk-reference",
)


def namespaces(demo: bool) -> Namespaces:
    return DEMO if demo else REAL


def derived_uuid(submission_id: str, key: str) -> str:
    """The UUIDv5 of ``key`` in the namespace of the submission UUID (stable, collision-free).

    Keys are structural ("patient", "trusted-person/0/consent", ...), never personal data.
    """
    return str(uuid.uuid5(uuid.UUID(submission_id), key))


def urn(value: str) -> str:
    return f"urn:uuid:{value}"


def token(system: str, value: str) -> str:
    """A FHIR token search value ``system|value``."""
    return f"{system}|{value}"


def reference_code(submission_id: str) -> str:
    """The receipt's reference: the first 40 bits of the submission UUID in RFC 4648 base32,
    grouped 4-4 (``ABCD-EF23``).

    Short enough to copy by hand, and the network can find the submission from it (the UUID is
    in the Bundle). The base32 alphabet has no 0, 1, 8 or 9, so O/0, I/1 and B/8 cannot be
    confused. The first five bytes of a version-4 UUID are all random.
    """
    text = base64.b32encode(uuid.UUID(submission_id).bytes[:5]).decode("ascii")
    return f"{text[:4]}-{text[4:]}"
