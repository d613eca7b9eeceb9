"""Nothing leaves the kiosk that kiosk/disclosure.py does not declare.

Bundles are built from every specimen card that can enrol, each with a trusted person read by
card, one typed, and two excluded care providers, in both evidence forms (``minimal``, and
``card`` with the card's signed files and challenge signature; 1.8 cards signed the submission's
challenge). Every element is walked and every attachment base64-decoded:

* a value that differs between two submissions of different people (so it is data, not a code
  of the kiosk) must sit at an element path that a declared field names;
* no value of the card outside the declaration (birth date, birth place, gender, nationality,
  special status, validity dates, issuing municipality, chip number, address, photo, the signed
  files) appears anywhere, as text or base64-encoded; with ``card`` evidence, only inside the
  declared copies of the card's signed files, and the address and photo nowhere.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from kiosk import disclosure
from kiosk.cardreader.reader import CardRead, authenticate_card, read_card
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile
from kiosk.enrolment import (
    ConsentDecision,
    Enrolment,
    EnrolmentError,
    Exclusion,
    TrustedPerson,
    citizen_from_card,
    proof_from_card,
    with_card_signature,
)
from kiosk.evidence import submission_challenge
from kiosk.fhir import build_bundle
from kiosk.fhir.signature import sign_bundle
from kiosk.network.identity import KioskIdentity
from tests.helpers.specimens import NIHII_1, NIHII_2, NIHII_3, TYPED, specimen_read

NOW = datetime.now(UTC).replace(microsecond=0)
OTHER_TYPED = {
    "national_number": "87021114211",
    "card_number": "591234567829",
    "surname": "Wouters",
    "first_names": "Els",
}


def _index_free(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path)


def leaves(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every scalar of a JSON document with its path (``a.b[0].c``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from leaves(value, f"{path}[{i}]")
    else:
        yield path, node


def element_paths(bundle: dict[str, Any]) -> dict[str, Any]:
    """Each leaf under its declaration-style path: ``Patient.name[0].family`` for a resource's
    elements, ``Bundle.entry[2].request.ifNoneExist`` for the Bundle's own; indices kept so two
    Bundles of the same shape line up."""
    out: dict[str, Any] = {}
    for i, entry in enumerate(bundle["entry"]):
        resource = entry["resource"]
        for path, value in leaves(resource):
            out[f"{resource['resourceType']}#{i}.{path}"] = value
        for key in ("fullUrl", "request"):
            for path, value in leaves(entry[key], f"Bundle.entry[{i}].{key}"):
                out[path] = value
    for key, value in bundle.items():
        if key != "entry":
            for path, leaf in leaves(value, f"Bundle.{key}"):
                out[path] = leaf
    return out


def declared(key: str, evidence: Any = "minimal") -> bool:
    return disclosure.declared_path(_index_free(re.sub(r"#\d+", "", key)), evidence)


def _without_attachments(text: str, document: Any) -> str:
    """The Bundle's text with every attachment's base64 ``data`` cut out (searched decoded)."""
    for path, value in leaves(document):
        if path.endswith(".data"):
            text = text.replace(value, "")
    return text


def address_texts(card: CardRead) -> list[bytes]:
    """The address's texts, which never leave the kiosk whatever the evidence setting."""
    values = []
    if card.address is not None:
        a = card.address
        values += [v.encode() for v in (a.street_and_number, a.municipality) if len(v) >= 3]
    return values


def decoded_attachments(document: Any) -> list[bytes]:
    """The decoded ``data`` of every attachment (any ``data`` element) in the document."""
    found = []
    for path, value in leaves(document):
        if path.endswith(".data") or path == "data":
            try:
                found.append(base64.b64decode(value, validate=True))
            except (binascii.Error, TypeError, ValueError):
                pytest.fail(f"attachment at {path} is not base64")
    return found


def _inserted(name: str) -> tuple[CardRead, VirtualTransport]:
    profile = build_profile(name)
    roots = [profile.trust_root_pem] if profile.trust_root_pem else []
    transport = VirtualTransport(VirtualCard(profile))
    return read_card(transport, photo=True, address=True, extra_roots=roots), transport


def _read(name: str) -> CardRead:
    return _inserted(name)[0]


def as_sent(
    enrolment: Enrolment, card: CardRead, transport: VirtualTransport, evidence: str
) -> Enrolment:
    """``enrolment`` as the flow sends it under ``evidence``: the card files with ``card``, and
    the card's signature of the submission's challenge when it has a basic key."""
    proof = enrolment.proof
    if evidence == "card":
        proof = proof_from_card(card, proof.read_at, with_files=True)
    if card.basic_key is not None:
        challenge = submission_challenge(enrolment)
        signature = authenticate_card(transport, card.basic_key, challenge)
        proof = with_card_signature(proof, challenge, signature)
    return dataclasses.replace(enrolment, proof=proof)


def _trusted_by_card(name: str) -> TrustedPerson:
    i = specimen_read(name).identity
    return TrustedPerson(i.national_number, i.card_number, i.surname, i.first_names, "card")


def _typed(values: Any) -> TrustedPerson:
    return TrustedPerson(
        values["national_number"],
        values["card_number"],
        values["surname"],
        values["first_names"],
        "typed",
    )


def enrolment_for(
    card: CardRead,
    *,
    by_card: str,
    typed: Any,
    nihiis: tuple[str, str],
    language: str = "nl",
    stand_id: str = "stand-a",
    kiosk_id: str = "kiosk-a",
    **kw: Any,
) -> Enrolment:
    return Enrolment.capture(
        citizen=citizen_from_card(card, language),  # type: ignore[arg-type]
        stand_id=stand_id,
        kiosk_id=kiosk_id,
        decision=ConsentDecision.GIVEN,
        proof=proof_from_card(card, kw.pop("read_at", NOW - timedelta(minutes=2))),
        trusted_persons=(_trusted_by_card(by_card), _typed(typed)),
        exclusions=(Exclusion(nihiis[0], display_name="Dr. Specimen"), Exclusion(nihiis[1])),
        now=kw.pop("now", NOW),
        **kw,
    )


def forbidden_values(card: CardRead) -> list[str]:
    """What the card holds and the declaration does not send, as the kiosk could write it."""
    i = card.identity
    values = [
        i.birth_date.raw,
        i.birth_place,
        i.nationality,
        i.issuing_municipality,
        i.gender_raw,
        i.special_status,
        i.nobility,
        i.validity_begin.isoformat(),
        i.validity_end.isoformat(),
        i.validity_begin.strftime("%d.%m.%Y"),
        i.validity_end.strftime("%d.%m.%Y"),
        i.chip_number.hex(),
        i.chip_number.hex().upper(),
    ]
    born = i.birth_date
    if born.year and born.month and born.day:
        values += [f"{born.year:04d}-{born.month:02d}-{born.day:02d}"]
    if card.address is not None:
        a = card.address
        values += [a.street_and_number, a.zip_code, a.municipality]
    # A one-letter code ("M", special status "0") cannot be searched for as text: the element
    # path check catches those, as any value at an undeclared place.
    return [v.strip() for v in values if v and len(v.strip()) >= 3]


def forbidden_bytes(card: CardRead) -> list[bytes]:
    files = [card.identity_file, card.identity_signature, card.rrn_certificate]
    files += [f for f in (card.photo, card.address_file, card.basic_key) if f]
    return files


#: Every specimen card but the ten-year-old's (a child cannot enrol: see the test below).
ENROLLABLE = [name for name in PROFILES if name != "kids"]


def test_only_the_child_specimen_cannot_enrol() -> None:
    with pytest.raises(EnrolmentError) as refused:
        enrolment_for(_read("kids"), by_card="nl-citizen", typed=TYPED, nihiis=(NIHII_1, NIHII_2))
    assert refused.value.code == "under-16"
    assert len(ENROLLABLE) >= 6


@pytest.mark.parametrize("evidence", ["minimal", "card"])
@pytest.mark.parametrize("demo", [False, True], ids=["real", "demo"])
@pytest.mark.parametrize("name", ENROLLABLE)
def test_a_bundle_holds_only_what_the_declaration_sends(
    name: str, demo: bool, evidence: str
) -> None:
    card, transport = _inserted(name)
    by_card = "fr-citizen" if name == "nl-citizen" else "nl-citizen"
    enrolment = enrolment_for(
        card,
        by_card=by_card,
        typed=TYPED,
        nihiis=(NIHII_1, NIHII_2),
        language="fr",
        stand_id="stand-a",
        kiosk_id="kiosk-a",
        demo=demo,
    )
    # The same shape, all of it different: another person, other choices, place and time.
    enrolment = as_sent(enrolment, card, transport, evidence)
    twin_card, twin_transport = _inserted("de-citizen" if name != "de-citizen" else "foreigner")
    twin = enrolment_for(
        twin_card,
        by_card="applet18" if by_card != "applet18" else "expired",
        typed=OTHER_TYPED,
        nihiis=(NIHII_3, NIHII_1[:8] + "002"),
        language="nl",
        stand_id="stand-b",
        kiosk_id="kiosk-b",
        demo=demo,
        now=NOW - timedelta(hours=3),
        read_at=NOW - timedelta(hours=3, minutes=1),
    )
    twin = as_sent(twin, twin_card, twin_transport, evidence)
    # Signed as the kiosk queues them, each by its own kiosk's key.
    data = sign_bundle(build_bundle(enrolment), KioskIdentity.generate())
    document = json.loads(data)
    twin_data = sign_bundle(build_bundle(twin), KioskIdentity.generate())
    mine, theirs = element_paths(document), element_paths(json.loads(twin_data))

    # 1. Data (what differs between two people's submissions) only where declared.
    undeclared = sorted(
        key
        for key, value in mine.items()
        if theirs.get(key) != value and not declared(key, evidence)
    )
    assert undeclared == [], "values at paths kiosk/disclosure.py does not declare"

    # 2. Every declared card value of this citizen is there, at a declared path.
    i = card.identity
    for value in (i.national_number, i.surname, i.card_number):
        assert any(v == value and declared(k, evidence) for k, v in mine.items()), value
    authenticity = "verified" if card.basic_key is not None else "not-provable"
    assert authenticity in mine.values()

    # 3. Nothing else of the card, in any form, anywhere (decoded attachments too). With card
    # evidence the signed identity file travels whole (it holds those values), as declared.
    blobs = decoded_attachments(document)
    copies: list[bytes] = []
    if evidence == "card":
        copies = [card.identity_file, card.identity_signature, card.rrn_certificate]
        copies += [card.basic_key] if card.basic_key is not None else []
        assert all(copy in blobs for copy in copies), "the card evidence is incomplete"
        if card.basic_key is not None:
            whos = [s["who"]["reference"] for s in document["entry"][-1]["resource"]["signature"]]
            assert document["entry"][0]["fullUrl"] in whos  # the card's, by the Patient
    text = _without_attachments(data.decode("utf-8"), document)
    others = [blob for blob in blobs if blob not in copies]
    for value in forbidden_values(card):
        # As a whole word: the nationality "Belg" must not match the code text "Belgian eID".
        word = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
        assert not word.search(text), "an undeclared card value is in the Bundle"
        assert base64.b64encode(value.encode()).decode() not in text
        assert all(value.encode() not in blob for blob in others)
    for raw in forbidden_bytes(card):
        if raw in copies:
            continue
        assert base64.b64encode(raw).decode()[:40] not in data.decode("utf-8")
        assert all(raw[:32] not in blob for blob in blobs)
    for value in address_texts(card):
        # The issuing municipality in the identity file may be the address's municipality.
        assert all(value not in blob for blob in others)
    for raw in (card.photo, card.address_file):
        assert raw is None or all(raw[:32] not in blob for blob in blobs)
    for key in mine:
        leaf = _index_free(re.sub(r"#\d+", "", key))
        assert not re.search(r"birthDate|gender|address|photo|deceased|maritalStatus", leaf)


def test_the_declaration_is_consistent() -> None:
    read_ids = {item.id for item in disclosure.READ}
    for sent in disclosure.SENT:
        assert sent.paths and sent.purpose and sent.label
        if sent.origin == "card" and sent.only_with is None:
            assert sent.card_item in read_ids, sent.id
    for item in disclosure.READ:
        minimal = disclosure.sent("minimal")
        assert item.sent == any(f.card_item == item.id for f in minimal), item.id
        # What only card evidence sends is said so on the privacy page in that form.
        if any(f.card_item == item.id for f in disclosure.sent("card")) and not item.sent:
            assert item.label_with_card is not None, item.id
    card_only = set(disclosure.sent("card")) - set(disclosure.sent("minimal"))
    assert {f.id for f in card_only} == {
        "evidence.identity-file",
        "evidence.identity-signature",
        "evidence.rrn-certificate",
        "evidence.basic-key",
        "evidence.challenge-signature",
    }
    # The kiosk's signature goes in both forms; the card's only with card evidence.
    kiosk_signature = next(f for f in disclosure.SENT if f.id == "kiosk.signature")
    assert kiosk_signature.only_with is None
    assert disclosure.declared_path("Provenance.signature.data", "minimal")
    assert not disclosure.declared_path(
        "Provenance.entity.extension.valueAttachment.data", "minimal"
    )
    assert disclosure.declared_path("Provenance.entity.extension.valueAttachment.data", "card")
    never = {"card.birth-date", "card.photo", "card.identity-signature", "card.rrn-certificate"}
    assert never <= {item.id for item in disclosure.READ if not item.sent}
    assert [n[0] for n in disclosure.NOT_READ] == ["card.address"]


# ---------------------------------------------------------------- the card's special status

#: The specimen cards with a special status (identity tag 0x10) and their codes.
STATUS_CARDS = {"white-cane": "1", "yellow-cane": "4", "extended-minority": "2"}


def _status_field(data: bytes) -> bytes | None:
    """The raw value of tag 0x10 in an identity file, or None where ``data`` is not one."""
    from kiosk.cardreader.tlv import parse_tlv

    try:
        fields = dict(parse_tlv(data))
    except Exception:  # noqa: BLE001 - not an identity file
        return None
    return fields.get(0x10)


@pytest.mark.parametrize("evidence", ["minimal", "card"])
@pytest.mark.parametrize("name", sorted(STATUS_CARDS))
def test_no_bundle_carries_the_special_status_but_inside_the_declared_identity_file(
    name: str, evidence: str
) -> None:
    card, transport = _inserted(name)
    assert card.identity.special_status == STATUS_CARDS[name]
    enrolment = as_sent(
        enrolment_for(card, by_card="nl-citizen", typed=TYPED, nihiis=(NIHII_1, NIHII_2)),
        card,
        transport,
        evidence,
    )
    # The same submission from the same card read without a status: not one byte differs. The
    # parsed status never reaches a Bundle; the identity file's bytes are the card's own.
    plain_identity = dataclasses.replace(card.identity, special_status="0")
    plain = dataclasses.replace(
        enrolment,
        citizen=citizen_from_card(dataclasses.replace(card, identity=plain_identity), "nl"),
    )
    data = build_bundle(enrolment)
    assert data == build_bundle(plain)
    document = json.loads(data)
    # Inside attachments only as the National Register signed it, in the identity file that
    # card evidence sends whole (its signature covers tag 0x10); never with minimal evidence.
    carriers = [blob for blob in decoded_attachments(document) if _status_field(blob)]
    if evidence == "minimal":
        assert carriers == []
    else:
        assert carriers == [card.identity_file]
        assert _status_field(card.identity_file) == STATUS_CARDS[name].encode()
        declared_ids = {f.id for f in disclosure.sent("card")}
        assert "evidence.identity-file" in declared_ids
    # The privacy page says so in both forms.
    item = next(i for i in disclosure.READ if i.id == "card.special-status")
    assert not item.sent and "never stored or sent" in item.label
    assert item.label_with_card is not None and "signed copy" in item.label_with_card
    copy_label = next(f for f in disclosure.SENT if f.id == "evidence.identity-file").label
    assert "white or yellow cane" in copy_label
