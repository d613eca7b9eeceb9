"""The receipt's reference code leads to the submission: it is an identifier of the informed
Consent, and one search at the real FHIR server (sekmet on loopback) finds exactly that one."""

from __future__ import annotations

import json

import pytest
import requests

from kiosk.fhir import build_bundle
from kiosk.fhir import identifiers as ids
from kiosk.outbox.delivery import Delivered, FhirClient
from tests.unit.test_enrolment import make_enrolment
from tests.unit.test_fhir_bundle import full_enrolment

pytestmark = pytest.mark.fhir


def _search(base_url: str, system: str, value: str) -> list[dict[str, object]]:
    """The server's own answer to ``Consent?identifier=system|value`` (no filtering here)."""
    with requests.get(
        f"{base_url}/Consent", params={"identifier": f"{system}|{value}"}, timeout=30
    ) as response:
        response.raise_for_status()
        page = response.json()
    assert not any(link.get("relation") == "next" for link in page.get("link") or [])
    return [entry["resource"] for entry in page.get("entry") or []]


def test_the_reference_code_finds_exactly_its_submission(fhir_base_url: str) -> None:
    ours, other = full_enrolment(), make_enrolment()
    with FhirClient(fhir_base_url, timeout=(2.0, 10.0)) as client:
        for enrolment in (ours, other):
            assert isinstance(client.post_transaction(build_bundle(enrolment)), Delivered)

    reference = ids.reference_code(ours.submission_id)
    (found,) = _search(fhir_base_url, ids.REAL.reference, reference)
    informed = ids.urn(ids.derived_uuid(ours.submission_id, "informed-consent"))
    assert {"system": ids.REAL.submission, "value": informed} in found["identifier"]  # type: ignore[operator]
    assert {"system": ids.REAL.reference, "value": reference} in found["identifier"]  # type: ignore[operator]
    # The other submission has its own reference; the demo namespace finds nothing real.
    assert (
        len(_search(fhir_base_url, ids.REAL.reference, ids.reference_code(other.submission_id)))
        == 1
    )
    assert _search(fhir_base_url, ids.DEMO.reference, reference) == []


def test_the_reference_is_on_the_informed_consent_only() -> None:
    enrolment = full_enrolment()
    bundle = json.loads(build_bundle(enrolment))
    carrying = [
        entry["resource"]
        for entry in bundle["entry"]
        if any(
            i.get("system") == ids.REAL.reference for i in entry["resource"].get("identifier", [])
        )
    ]
    assert len(carrying) == 1 and carrying[0]["resourceType"] == "Consent"
    assert carrying[0]["identifier"][0]["value"] == ids.reference_code(enrolment.submission_id)
