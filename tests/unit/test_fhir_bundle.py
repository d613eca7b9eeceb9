"""The FHIR transaction Bundle: shape, determinism, idempotency keys, demo marking, and that
our checks catch hand-broken bundles. Every built bundle also passes fhir.resources R4B."""

from __future__ import annotations

import base64
import copy
import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.enrolment import ConsentDecision, EidProof, Enrolment, Exclusion, TrustedPerson
from kiosk.fhir import BundleValidationError, build_bundle, bundle_identifiers, validate_bundle
from kiosk.fhir import identifiers as ids
from kiosk.fhir.card_evidence import AUTHENTICITY_SYSTEM, AUTHENTICITY_URL
from tests.unit.test_enrolment import (
    CITIZEN_NN,
    NOW,
    TRUSTED_NN,
    make_card_number,
    make_citizen,
    make_enrolment,
    make_nihii,
    make_nn,
    make_proof,
    make_trusted,
)

Json = dict[str, Any]


def parse(data: bytes) -> Json:
    return json.loads(data)


def resources(data: bytes, kind: str | None = None) -> list[Json]:
    found = [entry["resource"] for entry in parse(data)["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def consents_of(data: bytes, kind: str) -> list[Json]:
    return [
        c
        for c in resources(data, "Consent")
        if any(cat["coding"][0]["code"] == kind for cat in c["category"])
    ]


def full_enrolment(**overrides: object) -> Enrolment:
    values: dict[str, object] = {
        "trusted_persons": (
            make_trusted(),
            make_trusted(
                national_number=make_nn(date(1970, 2, 3), 44),
                eid_card_number=make_card_number("1234567890"),
                surname="D'Hondt",
                first_names="Françoise",
                source="card",
            ),
        ),
        "exclusions": (
            Exclusion("10829059000", display_name="Dr. Dupont"),
            Exclusion("10185748004"),
            Exclusion("19999999001", check_digits_confirmed=True),
        ),
    }
    values.update(overrides)
    return make_enrolment(**values)


@pytest.fixture(scope="module")
def full() -> bytes:
    return build_bundle(full_enrolment())


# --- shape ----------------------------------------------------------------------------------


def test_bundle_parses_with_r4b(full: bytes) -> None:
    bundle = Bundle.model_validate_json(full)
    assert bundle.type == "transaction"
    assert [e.resource.get_resource_type() for e in bundle.entry] == [
        "Patient",
        "Device",
        "RelatedPerson",
        "RelatedPerson",
        "Consent",
        "Consent",
        "Consent",
        "Consent",
        "Consent",
        "Consent",
        "Provenance",
    ]


def test_every_entry_is_a_conditional_create(full: bytes) -> None:
    entries = parse(full)["entry"]
    for entry in entries:
        request = entry["request"]
        assert request["method"] == "POST"
        assert request["url"] == entry["resource"]["resourceType"]
        assert request["ifNoneExist"]
        assert entry["fullUrl"].startswith("urn:uuid:")
    assert len({e["fullUrl"] for e in entries}) == len(entries)
    assert len({e["request"]["ifNoneExist"] for e in entries}) == len(entries)


def test_patient_is_conditional_on_the_ssin(full: bytes) -> None:
    entry = parse(full)["entry"][0]
    patient = entry["resource"]
    assert patient["identifier"] == [
        {"use": "official", "system": ids.SSIN_SYSTEM, "value": CITIZEN_NN}
    ]
    assert entry["request"]["ifNoneExist"] == f"identifier={ids.SSIN_SYSTEM}|{CITIZEN_NN}"
    assert patient["name"] == [
        {"use": "official", "family": "Lampaert", "given": ["Martine", "Hilde"]}
    ]
    assert patient["communication"][0]["language"]["coding"][0]["code"] == "nl-BE"
    assert "birthDate" not in patient and "gender" not in patient  # data minimisation


def test_informed_consent_given(full: bytes) -> None:
    (consent,) = consents_of(full, "ehealth-informed-consent")
    patient_url = parse(full)["entry"][0]["fullUrl"]
    assert consent["status"] == "active"
    assert consent["patient"] == {"reference": patient_url}
    assert consent["policyRule"]["coding"][0]["code"] == "OPTIN"
    assert consent["provision"]["type"] == "permit"
    assert {a["coding"][0]["code"] for a in consent["provision"]["action"]} == {
        "access",
        "disclose",
    }
    assert consent["dateTime"] == "2026-03-14T09:42:00Z"
    assert consent["verification"][0]["verifiedWith"] == {"reference": patient_url}
    assert consent["meta"]["profile"] == [ids.BE_CONSENT_PROFILE]


def test_refused_consent_is_rejected_and_alone() -> None:
    data = build_bundle(make_enrolment(decision=ConsentDecision.REFUSED))
    assert [r["resourceType"] for r in resources(data)] == [
        "Patient",
        "Device",
        "Consent",
        "Provenance",
    ]
    (consent,) = resources(data, "Consent")
    assert consent["status"] == "rejected"
    assert consent["policyRule"]["coding"][0]["code"] == "OPTIN"
    assert "provision" not in consent
    validate_bundle(data)


def test_trusted_persons_by_typing_and_by_card(full: bytes) -> None:
    related = resources(full, "RelatedPerson")
    designations = consents_of(full, "trusted-person-designation")
    urls = {
        e["resource"]["identifier"][-1]["value"]: e["fullUrl"] for e in parse(full)["entry"][2:4]
    }
    assert [r["identifier"][0]["value"] for r in related] == [
        TRUSTED_NN,
        make_nn(date(1970, 2, 3), 44),
    ]
    assert [r["identifier"][1] for r in related] == [
        {"system": ids.EID_CARD_NUMBER_SYSTEM, "value": "592000155079"},
        {"system": ids.EID_CARD_NUMBER_SYSTEM, "value": make_card_number("1234567890")},
    ]
    assert related[1]["name"] == [{"family": "D'Hondt", "given": ["Françoise"]}]
    for person, consent in zip(related, designations, strict=True):
        url = urls[person["identifier"][-1]["value"]]
        actor = consent["provision"]["actor"][0]
        assert actor["reference"] == {"reference": url}
        assert actor["role"]["coding"][0]["code"] == "AGNT"
        assert consent["provision"]["type"] == "permit"
    # Only the person whose card was read at the kiosk is recorded as verified with them.
    assert "verification" not in designations[0]
    assert designations[1]["verification"][0]["verifiedWith"] == {
        "reference": urls[related[1]["identifier"][-1]["value"]]
    }


def test_exclusions_deny_access_by_nihii(full: bytes) -> None:
    exclusions = consents_of(full, "therapeutic-exclusion")
    actors = [c["provision"]["actor"][0]["reference"] for c in exclusions]
    assert [a["identifier"] for a in actors] == [
        {"system": ids.NIHDI_SYSTEM, "value": v}
        for v in ("10829059000", "10185748004", "19999999001")
    ]
    assert actors[0]["display"] == "Dr. Dupont" and "display" not in actors[1]
    for consent in exclusions:
        assert consent["provision"]["type"] == "deny"
        assert consent["policyRule"]["coding"][0]["code"] == "OPTOUT"
        assert consent["provision"]["actor"][0]["role"]["coding"][0]["code"] == "IRCP"


def test_provenance_carries_the_proof_and_the_kiosk(full: bytes) -> None:
    enrolment_proof = make_proof()
    entries = parse(full)["entry"]
    (provenance,) = resources(full, "Provenance")
    assert [t["reference"] for t in provenance["target"]] == [e["fullUrl"] for e in entries[2:-1]]
    assert provenance["recorded"] == "2026-03-14T09:42:00Z"
    assert provenance["occurredDateTime"] == "2026-03-14T09:40:00Z"
    assert provenance["location"]["identifier"] == {
        "system": ids.STAND_SYSTEM,
        "value": "stand-ixelles",
    }
    who = {a["type"]["coding"][0]["code"]: a["who"]["reference"] for a in provenance["agent"]}
    assert who == {"author": entries[0]["fullUrl"], "enterer": entries[1]["fullUrl"]}
    device = entries[1]["resource"]
    assert device["identifier"] == [{"system": ids.REAL.kiosk, "value": "kiosk-07"}]
    (entity,) = provenance["entity"]
    assert entity["role"] == "source"
    # The Belgian proof of an eID reading: the card number (KMEHR EID-CARDNO, eidreading).
    assert entity["what"]["identifier"] == {
        "type": {
            "coding": [{"system": ids.PROOF_TYPE, "code": "eidreading", "display": "eID reading"}]
        },
        "system": ids.EID_CARD_NUMBER_SYSTEM,
        "value": enrolment_proof.card_number,
    }
    # No copy of the card's files: only whether the card proved it is genuine.
    assert entity["extension"] == [
        {
            "url": AUTHENTICITY_URL,
            "valueCoding": {
                "system": AUTHENTICITY_SYSTEM,
                "code": "not-provable",
                "display": "authenticity not provable (no basic key: applet 1.7 or older)",
            },
        }
    ]
    assert "signature" not in provenance
    tag = provenance["meta"]["tag"][0]
    assert entries[-1]["request"]["ifNoneExist"] == f"_tag={tag['system']}|{tag['code']}"


def test_bundle_identifiers_lists_each_entry_criteria(full: bytes) -> None:
    pairs = bundle_identifiers(full)
    entries = parse(full)["entry"]
    assert pairs == tuple(
        (e["resource"]["resourceType"], e["request"]["ifNoneExist"]) for e in entries
    )
    assert pairs[0] == ("Patient", f"identifier={ids.SSIN_SYSTEM}|{CITIZEN_NN}")


# --- determinism and idempotency keys -------------------------------------------------------


def test_same_enrolment_same_bytes() -> None:
    enrolment = full_enrolment()
    rebuilt = Enrolment(
        submission_id=enrolment.submission_id,
        citizen=make_citizen(),
        decision=ConsentDecision.GIVEN,
        trusted_persons=full_enrolment().trusted_persons,
        exclusions=full_enrolment().exclusions,
        stand_id="stand-ixelles",
        kiosk_id="kiosk-07",
        captured_at=NOW,
        proof=make_proof(),
    )
    assert rebuilt == enrolment
    assert build_bundle(enrolment) == build_bundle(rebuilt)


def test_output_is_canonical_json(full: bytes) -> None:
    document = parse(full)
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert full == canonical.encode("utf-8")
    assert "Françoise".encode() in full  # UTF-8, not \\u escapes


def test_different_submissions_never_share_a_submission_identifier() -> None:
    first, second = build_bundle(full_enrolment()), build_bundle(full_enrolment())
    a, b = dict(enumerate(bundle_identifiers(first))), dict(enumerate(bundle_identifiers(second)))
    # Patient (SSIN) and Device (kiosk id) are shared on purpose: a second enrolment reuses them.
    assert a[0] == b[0] and a[1] == b[1]
    assert {v for k, v in a.items() if k > 1}.isdisjoint({v for k, v in b.items() if k > 1})
    urls = lambda data: {e["fullUrl"] for e in parse(data)["entry"]}  # noqa: E731
    assert urls(first).isdisjoint(urls(second))


def test_conditional_identifiers_derive_from_the_submission_uuid() -> None:
    enrolment = make_enrolment()
    (consent,) = resources(build_bundle(enrolment), "Consent")
    expected = ids.urn(ids.derived_uuid(enrolment.submission_id, "informed-consent"))
    assert consent["identifier"] == [
        # The receipt's reference, for the helpdesk's search; then the conditional identifier.
        {"system": ids.REAL.reference, "value": ids.reference_code(enrolment.submission_id)},
        {"system": ids.RFC3986_SYSTEM, "value": expected},
    ]
    assert (
        parse(build_bundle(enrolment))["identifier"]["value"]
        == f"urn:uuid:{enrolment.submission_id}"
    )


def test_the_reference_code_is_the_uuid_prefix_in_base32_grouped_four_four() -> None:
    sid = "0f3a9b7c-1d2e-4f60-8a9b-0c1d2e3f4a5b"
    code = ids.reference_code(sid)
    assert len(code) == 9 and code[4] == "-"
    assert base64.b32decode(code.replace("-", "")) == uuid.UUID(sid).bytes[:5]
    assert not set(code) & set("0189")  # nothing to confuse with O, I, B
    assert ids.reference_code(str(uuid.uuid4())) != ids.reference_code(str(uuid.uuid4()))


# --- demo -----------------------------------------------------------------------------------


def test_demo_bundle_is_tagged_and_uses_its_own_namespaces() -> None:
    enrolment = full_enrolment(demo=True)
    data = build_bundle(enrolment)
    bundle = parse(data)
    assert ids.DEMO_TAG in bundle["meta"]["tag"]
    for entry in bundle["entry"]:
        assert ids.DEMO_TAG in entry["resource"]["meta"]["tag"]
    text = data.decode()
    for system in (ids.SSIN_SYSTEM, ids.RFC3986_SYSTEM, ids.REAL.kiosk, ids.REAL.provenance_tag):
        assert system not in text
    assert (
        bundle["entry"][0]["request"]["ifNoneExist"] == f"identifier={ids.DEMO.ssin}|{CITIZEN_NN}"
    )
    real = build_bundle(full_enrolment())
    assert "HTEST" not in real.decode()
    assert set(bundle_identifiers(data)).isdisjoint(bundle_identifiers(real))


# --- our checks catch broken bundles --------------------------------------------------------


def broken(data: bytes, mutate: Callable[[Json], None]) -> bytes:
    document = copy.deepcopy(parse(data))
    mutate(document)
    return json.dumps(document).encode()


def problems_of(data: bytes) -> tuple[str, ...]:
    with pytest.raises(BundleValidationError) as excinfo:
        validate_bundle(data)
    assert excinfo.value.code == "invalid-bundle"
    return excinfo.value.problems


def _consent_entry(document: Json) -> Json:
    return next(e for e in document["entry"] if e["resource"]["resourceType"] == "Consent")


def _bad_ssin(document: Json) -> None:
    patient = document["entry"][0]
    patient["resource"]["identifier"][0]["value"] = "67063029658"
    patient["request"]["ifNoneExist"] = f"identifier={ids.SSIN_SYSTEM}|67063029658"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_bad_ssin, "entry 0 (Patient): identifier[0] is not a valid SSIN"),
        (
            lambda d: _consent_entry(d)["resource"].pop("policyRule"),
            "neither policyRule nor policy (ppc-1)",
        ),
        (lambda d: _consent_entry(d)["resource"].pop("patient"), "no patient"),
        (
            lambda d: d["entry"][3]["request"].pop("ifNoneExist"),
            "entry 3 (RelatedPerson): request.ifNoneExist missing",
        ),
        (
            lambda d: _consent_entry(d)["resource"].update(
                patient={"reference": "urn:uuid:00000000-0000-4000-8000-000000000000"}
            ),
            "patient.reference does not resolve inside the bundle",
        ),
        (
            lambda d: d["entry"][2]["resource"].update(patient={"reference": "Patient/123"}),
            "does not resolve",
        ),
        (
            lambda d: d["entry"][2]["request"].update(
                ifNoneExist="identifier=urn:ietf:rfc:3986|urn:uuid:x"
            ),
            "does not match the resource",
        ),
        (
            lambda d: d["entry"][3]["request"].update(
                ifNoneExist=d["entry"][2]["request"]["ifNoneExist"]
            ),
            "repeats another entry",
        ),
        (lambda d: d["entry"][3].update(fullUrl=d["entry"][2]["fullUrl"]), "duplicate fullUrl"),
        (lambda d: d["entry"][1].update(fullUrl="Device/1"), "fullUrl is not a urn:uuid"),
        (lambda d: d["entry"][1]["request"].update(method="PUT"), "request.method is not POST"),
        (
            lambda d: d["entry"][1]["request"].update(url="Patient"),
            "request.url is not the resource type",
        ),
        (lambda d: d.update(type="batch"), "Bundle.type is not transaction"),
        (lambda d: _consent_entry(d)["resource"].pop("scope"), "R4B: entry."),
        (
            lambda d: _consent_entry(d)["resource"].update(status="bogus"),
            "status is not a Consent status",
        ),
        (
            lambda d: _consent_entry(d)["resource"]["provision"].update(type="maybe"),
            "provision.type",
        ),
        (
            lambda d: d["entry"][-2]["resource"]["provision"]["actor"][0]["reference"][
                "identifier"
            ].update(value="1234"),
            "is not an 11-digit NIHII number",
        ),
        (
            lambda d: d["entry"][2]["resource"].update(meta={"tag": [ids.DEMO_TAG]}),
            "demo and real mixed",
        ),
        (
            lambda d: d["entry"][1]["resource"]["identifier"][0].update(system=ids.DEMO.kiosk),
            "demo and real mixed",
        ),
    ],
)
def test_checks_catch_hand_broken_bundles(
    mutate: Callable[[Json], None], expected: str, full: bytes
) -> None:
    problems = problems_of(broken(full, mutate))
    assert any(expected in p for p in problems), problems


def test_demo_bundle_with_an_untagged_resource_is_a_mix() -> None:
    data = build_bundle(full_enrolment(demo=True))

    def untag(document: Json) -> None:
        document["entry"][0]["resource"]["meta"].pop("tag")

    assert any("demo and real mixed" in p for p in problems_of(broken(data, untag)))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"resourceType":"Patient"}',
        b'{"resourceType":"Bundle","type":"transaction","entry":[]}',
        b'{"resourceType":"Bundle","type":"transaction","identifier":[],"entry":[{"request":1}]}',
        b'{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"X"}}]}',
    ],
)
def test_checks_refuse_what_is_not_a_bundle(data: bytes) -> None:
    assert problems_of(data)


def test_problems_hold_no_personal_data(full: bytes) -> None:
    def scramble(document: Json) -> None:
        _bad_ssin(document)
        consent = _consent_entry(document)["resource"]
        consent.pop("policyRule")
        consent["patient"] = {"reference": "urn:uuid:Lampaert-67063029658"}
        document["entry"][2]["resource"]["name"] = [{"family": 12345}]

    with pytest.raises(BundleValidationError) as excinfo:
        validate_bundle(broken(full, scramble))
    text = str(excinfo.value)
    assert len(excinfo.value.problems) >= 3
    for secret in ("67063029658", "Lampaert", "12345", "Peeters", TRUSTED_NN):
        assert secret not in text


# --- real card files ------------------------------------------------------------------------


def _tlv(data: bytes) -> dict[int, bytes]:
    """Minimal BELPIC TLV reader (1-byte tags, 7-bit length groups) for this test only."""
    fields, i = {}, 0
    while i < len(data) and data[i] != 0:
        tag, length = data[i], 0
        i += 1
        while True:
            byte = data[i]
            i += 1
            length = (length << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        fields[tag] = data[i : i + length]
        i += length
    return fields


def test_of_a_real_card_file_only_the_card_number_travels(samples: Path) -> None:
    folder = samples / "commons-eid"
    identity = (folder / "test-identity.tlv").read_bytes()
    signature = (folder / "test-identity-sign.der").read_bytes()
    fields = _tlv(identity)
    proof = EidProof(card_number=fields[1].decode(), read_at=NOW - timedelta(minutes=1))
    data = build_bundle(make_enrolment(proof=proof, demo=True))
    (entity,) = resources(data, "Provenance")[0]["entity"]
    assert entity["what"]["identifier"]["value"] == fields[1].decode()
    text = data.decode()
    for raw in (identity, signature, fields[2]):
        assert base64.b64encode(raw).decode() not in text
    # Validity dates (0x03, 0x04), municipality (0x05), nationality (0x0A), birth place (0x0B),
    # birth date (0x0C), gender (0x0D), special status (0x10): none of them, in any form.
    for tag in (0x03, 0x04, 0x05, 0x0A, 0x0B, 0x0C, 0x0D, 0x10):
        value = fields.get(tag, b"").decode("utf-8").strip()
        if len(value) > 1:
            assert value not in text, hex(tag)


# --- property: any valid enrolment yields a valid bundle ------------------------------------

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCZéèëêçàâäöüïîßÇÉÅØ' -"
names = st.text(_NAME_CHARS, min_size=1, max_size=40).filter(lambda s: s.strip())
first_names = st.text(_NAME_CHARS, max_size=40)
birth_dates = st.dates(min_value=date(1925, 1, 1), max_value=date(2009, 12, 31))


@st.composite
def national_numbers(draw: st.DrawFn) -> str:
    return make_nn(draw(birth_dates), draw(st.integers(1, 998)))


@st.composite
def trusted_people(draw: st.DrawFn) -> TrustedPerson:
    source = draw(st.sampled_from(["card", "typed"]))
    card = make_card_number(f"{draw(st.integers(0, 10**10 - 1)):010d}")
    return TrustedPerson(
        national_number=draw(national_numbers()),
        eid_card_number=card,
        surname=draw(names),
        first_names=draw(first_names),
        source=source,  # type: ignore[arg-type]
    )


@st.composite
def exclusions(draw: st.DrawFn) -> Exclusion:
    nihii = make_nihii(
        f"{draw(st.integers(100000, 999999))}",
        f"{draw(st.integers(0, 999)):03d}",
        draw(st.sampled_from([97, 89])),
    )
    return Exclusion(nihii, display_name=draw(st.none() | names))


@st.composite
def enrolments(draw: st.DrawFn) -> Enrolment:
    born = draw(birth_dates)
    citizen = make_citizen(
        national_number=make_nn(born, draw(st.integers(1, 998))),
        surname=draw(names),
        first_names=draw(first_names),
        birth_date=draw(st.sampled_from([born, None])),
        language=draw(st.sampled_from(["nl", "fr", "en", "de"])),
    )
    decision = draw(st.sampled_from(list(ConsentDecision)))
    people: list[TrustedPerson] = []
    excluded: list[Exclusion] = []
    if decision is ConsentDecision.GIVEN:
        people = draw(
            st.lists(trusted_people(), max_size=3, unique_by=lambda p: p.national_number).filter(
                lambda ps: all(p.national_number != citizen.national_number for p in ps)
            )
        )
        excluded = draw(st.lists(exclusions(), max_size=5, unique_by=lambda x: x.nihii))
    return make_enrolment(
        citizen=citizen,
        decision=decision,
        trusted_persons=people,
        exclusions=excluded,
        demo=draw(st.booleans()),
        now=datetime(2026, 3, 14, 9, 42, tzinfo=UTC)
        + timedelta(seconds=draw(st.integers(0, 10**8))),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(enrolments())
def test_any_valid_enrolment_yields_a_valid_deterministic_bundle(enrolment: Enrolment) -> None:
    data = build_bundle(enrolment)  # validates (R4B + our checks) before returning
    validate_bundle(data)
    assert build_bundle(enrolment) == data
    document = parse(data)
    expected = 4 + 2 * len(enrolment.trusted_persons) + len(enrolment.exclusions)
    assert len(document["entry"]) == expected
    patient = document["entry"][0]["resource"]
    assert patient["name"][0]["family"] == enrolment.citizen.surname
    assert (ids.DEMO_TAG in document.get("meta", {}).get("tag", [])) is enrolment.demo
