"""What the kiosk reads from an eID card and what leaves the kiosk, declared once, field by field.

This is the one place that says it. The FHIR builder (:mod:`kiosk.fhir.bundle`) puts into a
Bundle only what :data:`SENT` lists, at the element paths listed there; the privacy page
(:mod:`kiosk.ui.pages.privacy`) shows the citizen the ``label`` of every item of :data:`READ`
and :data:`SENT`, in their language, so the notice cannot drift from the code; and
``tests/unit/test_disclosure.py`` builds Bundles from every specimen card and fails on any
value at a path no field declares, or any card value the declaration does not send.

Why so little (consent-domain.md §0.9 and §4): the law on the national register number and
the Data Protection Authority ask to read from the eID only what is strictly needed and to
copy nothing unless a law requires it. The consent registers need the SSIN, the names and,
as the proof that the eID was read, the card number (KMEHR ``EID-CARDNO``, proof type
``eidreading``). So by default a submission carries no birth date, birth place, gender,
nationality, special status (a health-related mention: white or yellow cane, extended
minority), validity dates, address or photo, and no copy of the card's signed files.

The stand's ``evidence`` setting (:mod:`kiosk.evidence`) chooses between two forms. By
default ("minimal") the proof is the card number and whether the card proved it is the
genuine chip by signing the submission's challenge. With ``evidence = "card"`` a network that
re-verifies cards itself also receives the card's signed identity file (which holds the
fields above that are otherwise not sent: a white or yellow cane's special status too, since
the signature covers the whole file and cannot be kept without it; a card under extended
minority never gets that far), its signature, the RRN certificate, the basic
public key, the challenge and the card's signature of it: the fields whose ``only_with`` is
``"card"``, and the privacy page then shows the ``label_with_card`` of the items concerned.
The address and the photo are never sent in either form.

Reading: the card's identity file is read whole because the National Register's signature
covers the whole file; the kiosk verifies that signature and keeps only the fields of
:data:`READ`. The address file is never read, the photo only when the stand shows it.

Labels are English sources; the UI translates them (context ``PrivacyPage``). Items sharing
a label are shown once. No Qt here.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Literal

from kiosk.evidence import EvidenceForm

__all__ = [
    "NOT_READ",
    "READ",
    "SENT",
    "Origin",
    "ReadItem",
    "SentField",
    "declared_path",
    "labels",
    "read_labels",
    "sent",
]

#: Where a value comes from: the citizen's eID card, the citizen's choices on the screens
#: (typed, or read from a trusted person's card), or the kiosk itself.
Origin = Literal["card", "citizen", "kiosk"]


@dataclass(frozen=True)
class ReadItem:
    """One thing read from the citizen's card: where on the card, why, and whether it is sent."""

    id: str
    source: str  # the card file and tag (eid-card.md §2.2)
    purpose: str
    sent: bool  # whether it leaves the kiosk (then a SentField has the same ``card_item``)
    label: str  # the citizen-facing English source text
    only_if_photo_shown: bool = False
    label_with_card: str | None = None  # the label instead, with ``evidence = "card"``


@dataclass(frozen=True)
class SentField:
    """One value that leaves the kiosk in a submission's FHIR Bundle.

    ``paths`` are the element paths in the Bundle, resource-relative (``Patient.name.family``),
    list indices left out; ``Bundle.…`` for the Bundle's own elements and entries' requests.
    ``*`` matches any element names (``*.reference``).
    """

    id: str
    origin: Origin
    source: str
    paths: tuple[str, ...]
    purpose: str
    label: str
    card_item: str | None = None  # the ReadItem this value comes from, for card values
    only_with: EvidenceForm | None = None  # sent only under this ``evidence`` setting


_NAMES_LABEL = "Your names and national number"
_CARD_NUMBER_LABEL = "The number of your identity card"
_PROOF_LABEL = "The number of your identity card, as proof that it was read"
_NATIONAL_NUMBER_LABEL = _NAMES_LABEL
_TRUSTED_LABEL = "Your trusted persons: names, national number and card number"
_EXCLUDED_LABEL = "The care providers you exclude: NIHII number and name"
_VERIFY_LABEL = "The card's electronic signatures, to check that it is genuine. They are not sent."
_KIOSK_LABEL = "The date, the time, this stand and this kiosk"
_AUTHENTIC_LABEL = "Whether your card proved that it is genuine"
_VERIFY_SENT_LABEL = (
    "The card's electronic signatures, to check that it is genuine. "
    "They are sent too, so that the network can check your card itself."
)
_BIRTH_IN_COPY_LABEL = (
    "Your date of birth, to check that you are 16 or older. "
    "It is sent only inside the signed copy of your card's identity file."
)
_CARD_COPY_LABEL = (
    "A signed copy of your card's identity file (it also holds your date and place of birth, "
    "gender, nationality, the card's dates and any mention of a white or yellow cane), its "
    "signatures and certificate, so that the network can check your card itself. Not your "
    "address, not your photo."
)
_STATUS_LABEL = (
    "Whether your card mentions a white or yellow cane or a legal representative, only for "
    "this visit. It is never stored or sent."
)
_STATUS_IN_COPY_LABEL = (
    "Whether your card mentions a white or yellow cane or a legal representative, only for "
    "this visit. It is sent only inside the signed copy of your card's identity file."
)

READ: tuple[ReadItem, ...] = (
    ReadItem(
        "card.national-number",
        "identity file (EF 4031) tag 0x06",
        "the SSIN that registers the consent",
        True,
        _NATIONAL_NUMBER_LABEL,
    ),
    ReadItem(
        "card.surname",
        "identity file tag 0x07",
        "shown for checking, and sent with the SSIN",
        True,
        _NAMES_LABEL,
    ),
    ReadItem(
        "card.first-names",
        "identity file tag 0x08",
        "shown for checking, and sent with the SSIN",
        True,
        _NAMES_LABEL,
    ),
    ReadItem(
        "card.birth-date",
        "identity file tag 0x0C",
        "the age rule only (16 or older, consent-domain.md §1.2); never sent or stored, "
        "except inside the signed identity file with evidence = card",
        False,
        "Your date of birth, only to check that you are 16 or older",
        label_with_card=_BIRTH_IN_COPY_LABEL,
    ),
    ReadItem(
        "card.special-status",
        "identity file tag 0x10",
        "adapts this visit only (kiosk.adaptations): a white cane turns speech and large type "
        "on, a yellow cane large type and high contrast; extended minority ends the visit "
        "(a legal representative registers), nothing kept or queued. Never logged, counted, "
        "stored or sent, except inside the signed identity file with evidence = card, which "
        "the National Register's signature covers whole (so only a cane's mention can be in "
        "it: a represented citizen's visit sends nothing)",
        False,
        _STATUS_LABEL,
        label_with_card=_STATUS_IN_COPY_LABEL,
    ),
    ReadItem(
        "card.card-number",
        "identity file tag 0x01",
        "the proof of the eID reading (KMEHR EID-CARDNO, proof type eidreading)",
        True,
        _CARD_NUMBER_LABEL,
    ),
    ReadItem(
        "card.identity-signature",
        "identity signature (EF 4032)",
        "verifies the identity file was signed by the National Register; "
        "sent only with evidence = card",
        False,
        _VERIFY_LABEL,
        label_with_card=_VERIFY_SENT_LABEL,
    ),
    ReadItem(
        "card.rrn-certificate",
        "RRN certificate (EF 503C)",
        "verifies that signature up to a Belgian root; sent only with evidence = card",
        False,
        _VERIFY_LABEL,
        label_with_card=_VERIFY_SENT_LABEL,
    ),
    ReadItem(
        "card.basic-key",
        "basic public key (EF 4040), its hash in identity file tag 0x1A (applet 1.8)",
        "proves the card is the genuine chip (not a clone); sent only with evidence = card",
        False,
        _VERIFY_LABEL,
        label_with_card=_VERIFY_SENT_LABEL,
    ),
    ReadItem(
        "card.photo",
        "photo (EF 4035), checked against identity file tag 0x11",
        "shown on the identity screen only, when the stand enables it; never stored or sent",
        False,
        "Your photo, only to show it on this screen. It is never stored or sent.",
        only_if_photo_shown=True,
    ),
)

#: Never read from the card, whatever the settings: (id, source, label).
NOT_READ: tuple[tuple[str, str, str], ...] = (
    ("card.address", "address file (EF 4033)", "We do not read your address."),
)

SENT: tuple[SentField, ...] = (
    SentField(
        "citizen.national-number",
        "card",
        "identity file tag 0x06",
        ("Patient.identifier.value", "Bundle.entry.request.ifNoneExist"),
        "identifies the citizen in the consent registers (SSIN); the Patient is conditional "
        "on it, so a second enrolment reuses the same Patient",
        _NATIONAL_NUMBER_LABEL,
        card_item="card.national-number",
    ),
    SentField(
        "citizen.surname",
        "card",
        "identity file tag 0x07",
        ("Patient.name.family",),
        "lets the network check that the SSIN belongs to this person",
        _NAMES_LABEL,
        card_item="card.surname",
    ),
    SentField(
        "citizen.first-names",
        "card",
        "identity file tag 0x08",
        ("Patient.name.given",),
        "lets the network check that the SSIN belongs to this person",
        _NAMES_LABEL,
        card_item="card.first-names",
    ),
    SentField(
        "citizen.language",
        "citizen",
        "the language chosen on the kiosk",
        ("Patient.communication.language.coding.code",),
        "the network writes to the citizen in their language",
        "The language you chose",
    ),
    SentField(
        "decision",
        "citizen",
        "the choice on the consent screen",
        ("Consent.status", "Consent.provision.type"),
        "the informed consent itself (only a consent given is sent; a refusal is only counted)",
        "Your decision on the informed consent",
    ),
    SentField(
        "trusted-person.national-number",
        "citizen",
        "typed, or read from the trusted person's card (tag 0x06)",
        ("RelatedPerson.identifier.value",),
        "BHN registers a trusted person by national number and card number",
        _TRUSTED_LABEL,
    ),
    SentField(
        "trusted-person.card-number",
        "citizen",
        "typed, or read from the trusted person's card (tag 0x01)",
        ("RelatedPerson.identifier.value",),
        "BHN registers a trusted person by national number and card number",
        _TRUSTED_LABEL,
    ),
    SentField(
        "trusted-person.surname",
        "citizen",
        "typed, or read from the trusted person's card (tag 0x07)",
        ("RelatedPerson.name.family",),
        "lets the network check the trusted person's national number",
        _TRUSTED_LABEL,
    ),
    SentField(
        "trusted-person.first-names",
        "citizen",
        "typed, or read from the trusted person's card (tag 0x08)",
        ("RelatedPerson.name.given",),
        "lets the network check the trusted person's national number",
        _TRUSTED_LABEL,
    ),
    SentField(
        "exclusion.nihii",
        "citizen",
        "typed on the exclusions screen",
        ("Consent.provision.actor.reference.identifier.value",),
        "the care provider the citizen excludes from their shared health record",
        _EXCLUDED_LABEL,
    ),
    SentField(
        "exclusion.name",
        "citizen",
        "typed on the exclusions screen (optional)",
        ("Consent.provision.actor.reference.display",),
        "helps the network confirm the NIHII number",
        _EXCLUDED_LABEL,
    ),
    SentField(
        "evidence.card-number",
        "card",
        "identity file tag 0x01",
        ("Provenance.entity.what.identifier.value",),
        "the proof of the eID reading: KMEHR EID-CARDNO, proof type eidreading",
        _PROOF_LABEL,
        card_item="card.card-number",
    ),
    SentField(
        "evidence.authenticity",
        "kiosk",
        "the card's answer to this submission's challenge (INTERNAL AUTHENTICATE, applet 1.8)",
        ("Provenance.entity.extension.url", "Provenance.entity.extension.valueCoding.*"),
        "verified: the card holding the read files signed this submission; not-provable: the "
        "card has no basic key (applet 1.7 and older)",
        _AUTHENTIC_LABEL,
    ),
    SentField(
        "evidence.identity-file",
        "card",
        "identity file (EF 4031), whole, as signed by the National Register",
        ("Provenance.entity.extension.url", "Provenance.entity.extension.valueAttachment.*"),
        "lets the network re-verify the card number and names against the RRN signature",
        _CARD_COPY_LABEL,
        only_with="card",
    ),
    SentField(
        "evidence.identity-signature",
        "card",
        "identity signature (EF 4032)",
        ("Provenance.entity.extension.url", "Provenance.entity.extension.valueAttachment.*"),
        "the National Register's signature over the identity file",
        _CARD_COPY_LABEL,
        card_item="card.identity-signature",
        only_with="card",
    ),
    SentField(
        "evidence.rrn-certificate",
        "card",
        "RRN certificate (EF 503C)",
        ("Provenance.entity.extension.url", "Provenance.entity.extension.valueAttachment.*"),
        "verifies that signature up to a Belgian root",
        _CARD_COPY_LABEL,
        card_item="card.rrn-certificate",
        only_with="card",
    ),
    SentField(
        "evidence.basic-key",
        "card",
        "basic public key (EF 4040), hashed in identity file tag 0x1A",
        ("Provenance.entity.extension.url", "Provenance.entity.extension.valueAttachment.*"),
        "verifies the card's signature of the challenge",
        _CARD_COPY_LABEL,
        card_item="card.basic-key",
        only_with="card",
    ),
    SentField(
        "evidence.challenge-signature",
        "card",
        "the challenge derived from this submission and the card's ECDSA signature of it",
        (
            "Provenance.entity.extension.url",
            "Provenance.entity.extension.valueAttachment.*",
            "Provenance.signature.*",
        ),
        "proves the genuine card was present for this submission",
        _CARD_COPY_LABEL,
        only_with="card",
    ),
    SentField(
        "kiosk.submission-id",
        "kiosk",
        "a random UUID minted at capture, and the identifiers derived from it",
        (
            "Bundle.identifier.value",
            "Bundle.entry.fullUrl",
            "Bundle.entry.request.ifNoneExist",
            "Consent.identifier.value",
            "Consent.patient.reference",
            "Consent.performer.reference",
            "Consent.provision.actor.reference.reference",
            "Consent.verification.verifiedWith.reference",
            "RelatedPerson.patient.reference",
            "Provenance.agent.who.reference",
            "Provenance.signature.who.reference",
            "Provenance.target.reference",
            "Provenance.meta.tag.code",
        ),
        "makes a replay a no-op at the server and links the entries of one submission",
        _KIOSK_LABEL,
    ),
    SentField(
        "kiosk.reference",
        "kiosk",
        "the receipt's reference code, derived from the submission UUID",
        ("Consent.identifier.value",),
        "the citizen's handle: the network's helpdesk finds the consent with one search",
        _KIOSK_LABEL,
    ),
    SentField(
        "kiosk.times",
        "kiosk",
        "the kiosk's clock: when the card was read and when the citizen confirmed",
        (
            "Bundle.timestamp",
            "Consent.dateTime",
            "Consent.provision.period.start",
            "Consent.verification.verificationDate",
            "Provenance.occurredDateTime",
            "Provenance.recorded",
        ),
        "the consent's sign date, and the time of the eID reading",
        _KIOSK_LABEL,
    ),
    SentField(
        "kiosk.stand",
        "kiosk",
        "the stand_id setting",
        ("Provenance.location.identifier.value", "Provenance.location.display"),
        "where the consent was registered",
        _KIOSK_LABEL,
    ),
    SentField(
        "kiosk.kiosk-id",
        "kiosk",
        "the kiosk_id setting",
        (
            "Device.identifier.value",
            "Device.deviceName.name",
            "Bundle.entry.request.ifNoneExist",
        ),
        "which kiosk registered the consent (the Provenance's enterer)",
        _KIOSK_LABEL,
    ),
    SentField(
        "kiosk.signature",
        "kiosk",
        "the kiosk's own key signs the Bundle (kiosk.fhir.signature): signing time, the kiosk "
        "Device, and the JWS (key id, signing time, signature); nothing of the citizen's",
        (
            "Provenance.signature.type.system",
            "Provenance.signature.type.code",
            "Provenance.signature.type.display",
            "Provenance.signature.when",
            "Provenance.signature.who.reference",
            "Provenance.signature.sigFormat",
            "Provenance.signature.data",
        ),
        "the network accepts only submissions that a kiosk it registered signed, unaltered",
        _KIOSK_LABEL,
    ),
)


def sent(evidence: EvidenceForm = "minimal") -> tuple[SentField, ...]:
    """The fields of :data:`SENT` that leave the kiosk under the ``evidence`` setting."""
    return tuple(f for f in SENT if f.only_with in (None, evidence))


def read_labels(evidence: EvidenceForm = "minimal") -> list[str]:
    """The labels of :data:`READ` as the privacy page shows them under ``evidence``."""
    chosen = [
        item.label_with_card if evidence == "card" and item.label_with_card else item.label
        for item in READ
    ]
    return list(dict.fromkeys(chosen))


def declared_path(path: str, evidence: EvidenceForm = "minimal") -> bool:
    """Whether a Bundle element path (indices left out) is one that :data:`SENT` declares
    under the ``evidence`` setting."""
    return any(fnmatch.fnmatchcase(path, pattern) for f in sent(evidence) for pattern in f.paths)


def labels(items: tuple[ReadItem, ...] | tuple[SentField, ...]) -> list[str]:
    """The distinct labels of ``items``, in declaration order (items sharing one show once)."""
    seen: list[str] = []
    for item in items:
        if item.label not in seen:
            seen.append(item.label)
    return seen
