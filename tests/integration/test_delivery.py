"""The FHIR client against a real loopback FHIR server (and the fault proxy), plus the pure
classification of answers: what counts as delivered, rejected, auth-failed, throttled or
transient, and that no citizen data leaks into reasons or logs."""

from __future__ import annotations

import email.utils
import json
import logging
import uuid
from collections.abc import Callable

import pytest
import requests

from kiosk.outbox.delivery import (
    AuthFailed,
    Delivered,
    FhirClient,
    Rejected,
    RetryLater,
    TransientFailure,
    classify,
    parse_retry_after,
    scrub,
)
from tests.fault_proxy import Fault, FaultProxy
from tests.fhir_server import (
    SSIN,
    free_port,
    make_bundle,
    submission_counts,
    submission_identifiers,
)

NOW = 1_773_480_000.0
BUNDLE = make_bundle("00000000-0000-4000-8000-000000000001")
PATIENT_SSIN = submission_identifiers("00000000-0000-4000-8000-000000000001")[0][2]


def _response(
    entries: list[dict], rtype: str = "Bundle", btype: str = "transaction-response"
) -> bytes:
    return json.dumps({"resourceType": rtype, "type": btype, "entry": entries}).encode()


def _ok(n: int = 5, status: str = "201 Created") -> bytes:
    return _response(
        [
            {"response": {"status": status, "location": f"http://h/fhir/Consent/id{i}/_history/1"}}
            for i in range(n)
        ]
    )


def _outcome(code: str, diagnostics: str) -> bytes:
    return json.dumps(
        {
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": code, "diagnostics": diagnostics}],
        }
    ).encode()


# ---- classification (pure) -------------------------------------------------------------


def test_a_complete_transaction_response_is_delivered_with_server_ids() -> None:
    outcome = classify(200, _ok(), None, BUNDLE, now=NOW)
    assert outcome == Delivered(tuple(f"Consent/id{i}" for i in range(5)), 200)
    assert isinstance(classify(201, _ok(status="200 OK"), None, BUNDLE, now=NOW), Delivered)
    assert isinstance(classify(200, _ok(status="201"), None, BUNDLE, now=NOW), Delivered)


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>Please log in to the hotel Wi-Fi</body></html>",
        b"",
        b"[]",
        _outcome("informational", "ok"),
        _response([], btype="batch-response"),
        _ok(n=4),  # fewer answers than entries sent
        _response([{"response": {}}] * 5),
        _response([{"response": {"status": "500 Internal"}}] * 5),
        json.dumps({"resourceType": "Bundle", "type": "transaction-response"}).encode(),
    ],
)
def test_a_200_that_is_not_a_full_transaction_response_is_transient(content: bytes) -> None:
    assert isinstance(classify(200, content, None, BUNDLE, now=NOW), TransientFailure)


@pytest.mark.parametrize("status", [401, 403])
def test_credentials_refused_is_auth_failed(status: int) -> None:
    assert classify(status, _outcome("login", "x"), None, BUNDLE, now=NOW) == AuthFailed(
        status, f"HTTP {status}: authentication refused"
    )


@pytest.mark.parametrize("status", [400, 404, 409, 410, 412, 413, 415, 422])
def test_other_client_errors_are_rejected_with_status_and_code(status: int) -> None:
    outcome = classify(
        status, _outcome("processing", "criteria matched 2 resources"), None, BUNDLE, now=NOW
    )
    assert outcome == Rejected(f"HTTP {status} processing: criteria matched 2 resources", status)


def test_a_failed_entry_inside_a_200_is_rejected() -> None:
    entries = [{"response": {"status": "201 Created", "location": "Patient/a"}}] * 4 + [
        {
            "response": {
                "status": "422 Unprocessable Entity",
                "outcome": json.loads(_outcome("invariant", "ppc-1")),
            }
        }
    ]
    outcome = classify(200, _response(entries), None, BUNDLE, now=NOW)
    assert isinstance(outcome, Rejected) and outcome.status == 422
    assert outcome.reason.startswith("entry 4: HTTP 422 invariant")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        (None, None),
        ("soon", None),
        ("-5", None),
    ],
)
@pytest.mark.parametrize("status", [429, 503])
def test_throttling_honours_retry_after(
    status: int, header: str | None, expected: float | None
) -> None:
    assert classify(status, b"", header, BUNDLE, now=NOW) == RetryLater(expected, status)


@pytest.mark.parametrize("status", [500, 502, 504, 408, 425, 301, 302, 307])
def test_server_errors_and_redirects_are_transient(status: int) -> None:
    assert isinstance(classify(status, b"", None, BUNDLE, now=NOW), TransientFailure)


def test_parse_retry_after_uses_the_real_clock_by_default() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_rejection_reasons_never_echo_bundle_content() -> None:
    diagnostics = (
        f"Transaction rolled back: Patient.identifier '{PATIENT_SSIN}' of Testpatient, Kiosk "
        f'invalid (input_value={PATIENT_SSIN}, born 85.07.30-033.28) "Testtrusted"'
    )
    outcome = classify(422, _outcome("processing", diagnostics), None, BUNDLE, now=NOW)
    assert isinstance(outcome, Rejected)
    assert outcome.reason.startswith(
        "HTTP 422 processing: Transaction rolled back: Patient.identifier"
    )
    for secret in (PATIENT_SSIN, "Testpatient", "Testtrusted", "Kiosk", "85.07.30"):
        assert secret not in outcome.reason
    assert len(scrub("x" * 1000)) == 200
    assert scrub("Entry 2 (POST Consent): bad\x00\nvalue") == "Entry 2 (POST Consent): bad value"


def test_a_weird_issue_code_is_dropped() -> None:
    outcome = classify(400, _outcome("<script>", "bad"), None, BUNDLE, now=NOW)
    assert outcome == Rejected("HTTP 400: bad", 400)


# ---- against the real server -----------------------------------------------------------


def _new() -> tuple[str, bytes]:
    sid = str(uuid.uuid4())
    return sid, make_bundle(sid)


@pytest.fixture
def client(fhir_base_url: str):
    c = FhirClient(fhir_base_url, timeout=(2.0, 10.0))
    yield c
    c.close()


@pytest.mark.fhir
def test_delivered_resources_are_found_by_identifier_and_a_replay_creates_nothing(
    client: FhirClient, fhir_base_url: str
) -> None:
    sid, bundle = _new()
    assert submission_counts(fhir_base_url, sid) == [0, 0, 0, 0, 0]
    first = client.post_transaction(bundle)
    assert isinstance(first, Delivered) and len(first.server_ids) == 5
    assert [i.split("/")[0] for i in first.server_ids] == [
        "Patient",
        "RelatedPerson",
        "Consent",
        "Consent",
        "Consent",
    ]
    assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1]
    replay = client.post_transaction(bundle)
    assert isinstance(replay, Delivered) and replay.server_ids == first.server_ids
    assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1]


@pytest.mark.fhir
def test_a_kiosk_bundle_from_the_real_builder_is_delivered_once(
    client: FhirClient, fhir_base_url: str
) -> None:
    from kiosk.fhir import build_bundle, bundle_identifiers
    from tests.fhir_server import count_matching
    from tests.unit.test_fhir_bundle import full_enrolment

    bundle = build_bundle(full_enrolment())
    criteria = bundle_identifiers(bundle)
    assert any(c.startswith("_tag=") for _, c in criteria)  # the Provenance's criteria
    first = client.post_transaction(bundle)
    assert isinstance(first, Delivered) and len(first.server_ids) == len(criteria)
    replay = client.post_transaction(bundle)
    assert isinstance(replay, Delivered) and replay.server_ids == first.server_ids
    for resource_type, criterion in criteria:
        assert count_matching(fhir_base_url, resource_type, criterion) == 1, resource_type


@pytest.mark.fhir
def test_counting_only_counts_resources_carrying_the_identifier(fhir_base_url: str) -> None:
    sid, bundle = _new()
    with FhirClient(fhir_base_url) as c:
        assert isinstance(c.post_transaction(bundle), Delivered)
    assert submission_counts(fhir_base_url, str(uuid.uuid4())) == [0, 0, 0, 0, 0]
    # A search the server cannot do answers with every Consent; none carries this identifier.
    from tests.fhir_server import URI, count_by_identifier

    assert count_by_identifier(fhir_base_url, "Consent", URI, f"urn:uuid:{uuid.uuid4()}") == 0


@pytest.mark.fhir
def test_probe_is_true_only_for_our_fhir_server(
    client: FhirClient, fault_proxy: Callable[..., FaultProxy]
) -> None:
    assert client.probe() is True
    with FhirClient(f"http://127.0.0.1:{free_port()}/fhir", timeout=(1.0, 1.0)) as nobody:
        assert nobody.probe() is False
    portal = fault_proxy(rate=1.0, kinds=(Fault.CAPTIVE,))
    with FhirClient(portal.base_url) as behind_portal:
        assert behind_portal.probe() is False
        assert isinstance(behind_portal.post_transaction(_new()[1]), TransientFailure)


@pytest.mark.fhir
def test_a_real_412_from_ambiguous_criteria_is_rejected_without_personal_data(
    client: FhirClient, fhir_base_url: str
) -> None:
    sid, bundle = _new()
    patient = json.loads(bundle)["entry"][0]["resource"]
    with requests.Session() as s:
        for _ in range(2):  # two Patients with one SSIN: the conditional create cannot decide
            with s.post(
                f"{fhir_base_url}/Patient",
                json=patient,
                headers={"Content-Type": "application/fhir+json"},
            ) as r:
                assert r.status_code == 201
    outcome = client.post_transaction(bundle)
    assert isinstance(outcome, Rejected) and outcome.status == 412
    assert "HTTP 412" in outcome.reason and "matched 2" in outcome.reason
    assert patient["identifier"][0]["value"] not in outcome.reason
    assert submission_counts(fhir_base_url, sid)[1:] == [0, 0, 0, 0], (
        "a transaction is all or nothing"
    )


@pytest.mark.fhir
def test_a_real_400_from_an_invalid_resource_is_rejected(
    client: FhirClient, fhir_base_url: str
) -> None:
    sid, bundle = _new()
    doc = json.loads(bundle)
    doc["entry"][0]["resource"]["birthDate"] = "not a date"
    outcome = client.post_transaction(json.dumps(doc).encode())
    assert isinstance(outcome, Rejected) and outcome.status == 400
    assert "Patient.birthDate" in outcome.reason
    assert submission_counts(fhir_base_url, sid) == [0, 0, 0, 0, 0]


@pytest.mark.fhir
def test_401_until_the_right_token_is_set(
    fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    proxy = fault_proxy(require_token="s3cret-token")
    sid, bundle = _new()
    with FhirClient(proxy.base_url, token="old-token") as c:
        outcome = c.post_transaction(bundle)
        assert isinstance(outcome, AuthFailed) and outcome.status == 401
        assert "s3cret" not in repr(c) and "old-token" not in repr(c)
        c.set_token("s3cret-token")
        assert isinstance(c.post_transaction(bundle), Delivered)
    assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1]


@pytest.mark.fhir
@pytest.mark.parametrize("status", [403, 409, 412, 422, 429, 503])
def test_forced_answers_are_classified(status: int, fault_proxy: Callable[..., FaultProxy]) -> None:
    proxy = fault_proxy()
    sid, bundle = _new()
    proxy.force(sid, status, code="processing", diagnostics="forced", headers={"Retry-After": "17"})
    with FhirClient(proxy.base_url) as c:
        outcome = c.post_transaction(bundle)
    expected = {
        403: AuthFailed,
        409: Rejected,
        412: Rejected,
        422: Rejected,
        429: RetryLater,
        503: RetryLater,
    }
    assert isinstance(outcome, expected[status])
    if isinstance(outcome, RetryLater):
        assert outcome.retry_after_s == 17.0


@pytest.mark.fhir
@pytest.mark.parametrize("fault", [Fault.TIMEOUT_AFTER, Fault.RESET_AFTER, Fault.ERROR_500_AFTER])
def test_a_lost_answer_is_transient_and_the_retry_creates_nothing_new(
    fault: Fault, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    proxy = fault_proxy(rate=1.0, kinds=(fault,), max_faults=1, hold_s=3.0)
    sid, bundle = _new()
    with FhirClient(proxy.base_url, timeout=(2.0, 0.5)) as impatient:
        assert isinstance(impatient.post_transaction(bundle), TransientFailure)
    assert proxy.wait_forwarded(1), "the request never reached the server"
    assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1], "the server did apply it"
    with FhirClient(proxy.base_url, timeout=(2.0, 30.0)) as c:
        assert isinstance(c.post_transaction(bundle), Delivered)
    assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1]
    assert proxy.stats[fault.value] == 1


@pytest.mark.fhir
@pytest.mark.parametrize("fault", [Fault.TIMEOUT_BEFORE, Fault.RESET_BEFORE, Fault.ERROR_500])
def test_a_request_lost_on_the_way_is_transient_and_creates_nothing(
    fault: Fault, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    proxy = fault_proxy(rate=1.0, kinds=(fault,), max_faults=1, hold_s=3.0)
    sid, bundle = _new()
    read_timeout = 0.5 if fault is Fault.TIMEOUT_BEFORE else 30.0  # only the hold must outlast it
    with FhirClient(proxy.base_url, timeout=(2.0, read_timeout)) as c:
        outcome = c.post_transaction(bundle)
    assert isinstance(outcome, TransientFailure)
    assert outcome.error in ("read timeout", "connection failed or reset", "HTTP 500")
    assert submission_counts(fhir_base_url, sid) == [0, 0, 0, 0, 0]


@pytest.mark.fhir
def test_no_personal_data_in_logs_or_outcomes(
    fault_proxy: Callable[..., FaultProxy], caplog: pytest.LogCaptureFixture
) -> None:
    proxy = fault_proxy()
    sid, bundle = _new()
    ssin = submission_identifiers(sid)[0][2]
    proxy.force(
        sid, 422, code="invariant", diagnostics=f"Patient {ssin} 'Testpatient' fails be-inv-SSIN"
    )
    with caplog.at_level(logging.DEBUG), FhirClient(proxy.base_url, token="tok-123") as c:
        outcomes = [c.probe(), c.post_transaction(bundle)]
    text = caplog.text + repr(outcomes)
    assert "fails be-inv-SSIN" in repr(outcomes[1])
    for secret in (ssin, "Testpatient", "Testtrusted", "tok-123", SSIN + "|"):
        assert secret not in text
