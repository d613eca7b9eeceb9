"""The volunteer's queue actions (:class:`~kiosk.operator.queue_actions.QueueActions`) on real
:class:`~kiosk.services.Services` (a real outbox in tmp_path, a passphrase-protected key because
no secure keyring exists here), the audit hook in ``submit``, the status snapshot and the
removable drive helper."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.enrolment import (
    ConsentDecision,
    Enrolment,
    TrustedPerson,
    citizen_from_card,
    proof_from_card,
)
from kiosk.fhir.identifiers import reference_code
from kiosk.fhir.signature import RegisteredKeys, verify_bundle
from kiosk.operator.audit import AUDIT_FILE_NAME
from kiosk.operator.drives import removable_drives
from kiosk.operator.queue_actions import ExportNotConfiguredError, QueueActions
from kiosk.operator.report import build_snapshot, today_counts
from kiosk.outbox.export import open_records
from kiosk.outbox.records import OutboxKeyError, OutboxStateError, State
from kiosk.services import KioskSettings, QueueUnavailableError, Services
from tests.helpers.specimens import specimen_read

PASSPHRASE = "Brussel-Bruxelles 2024"


def _enrolment(
    *, demo: bool = False, decision: ConsentDecision = ConsentDecision.GIVEN, trusted: bool = False
) -> Enrolment:
    card = specimen_read("nl-citizen", photo=False)
    now = datetime.now(UTC)
    persons: tuple[TrustedPerson, ...] = ()
    if trusted:
        other = specimen_read("fr-citizen", photo=False).identity
        persons = (
            TrustedPerson(
                national_number=other.national_number,
                surname=other.surname,
                first_names=other.first_names,
                eid_card_number=other.card_number,
                source="card",
            ),
        )
    return Enrolment.capture(
        citizen=citizen_from_card(card, "nl"),
        decision=decision,
        trusted_persons=persons,
        proof=proof_from_card(card, now),
        stand_id="ixelles-1",
        kiosk_id="kiosk-2",
        demo=demo,
        now=now,
    )


@functools.cache
def _network_private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def network_key(tmp_path: Path) -> tuple[rsa.RSAPrivateKey, Path]:
    private = _network_private_key()
    path = tmp_path / "network.pem"
    path.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private, path


@pytest.fixture
def real(
    tmp_path: Path, no_secure_keyring: None, network_key: tuple[object, Path]
) -> Iterator[Services]:
    settings = KioskSettings(
        demo=False,
        data_dir=tmp_path / "data",
        stand_id="ixelles-1",
        kiosk_id="kiosk-2",
        export_public_key=network_key[1],
    )
    services = Services(settings)
    yield services
    services.close()


def _audit_lines(services: Services) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (services.data_dir / AUDIT_FILE_NAME).read_text().splitlines()
    ]


def test_a_queue_behind_a_passphrase_waits_for_the_volunteer_and_unlocks(real: Services) -> None:
    with pytest.raises(OutboxKeyError):
        real.open_queue()
    assert real.passphrase_needed and real.queue_problem == "passphrase_required"
    assert not real.queue_key_exists()
    statuses: list[object] = []
    QueueActions(real).unlock_queue(PASSPHRASE, statuses.append)
    assert real.outbox is not None and not real.passphrase_needed
    assert real.sync_status() is not None and real.queue_key_exists()
    assert _audit_lines(real)[-1]["action"] == "operator.queue_unlock"
    assert _audit_lines(real)[-1]["outcome"] == "ok"


def test_a_wrong_passphrase_changes_nothing_and_is_audited(
    tmp_path: Path, real: Services, no_secure_keyring: None
) -> None:
    QueueActions(real).unlock_queue(PASSPHRASE)
    real.close()
    again = Services(real.settings)
    try:
        with pytest.raises(OutboxKeyError) as raised:
            QueueActions(again).unlock_queue("not the passphrase")
        assert raised.value.code == "wrong_passphrase"
        assert again.outbox is None and again.sync_status() is None
        last = _audit_lines(again)[-1]
        assert (last["action"], last["outcome"], last["detail"]) == (
            "operator.queue_unlock",
            "failed",
            "wrong_passphrase",
        )
        QueueActions(again).unlock_queue(PASSPHRASE)
        assert again.outbox is not None
    finally:
        again.close()


def test_submit_writes_one_audit_line_per_person_with_hashed_numbers(real: Services) -> None:
    QueueActions(real).unlock_queue(PASSPHRASE)
    enrolment = _enrolment(trusted=True)
    reference = real.submit(enrolment)
    lines = _audit_lines(real)
    citizen, trusted = lines[-2], lines[-1]
    assert (citizen["action"], citizen["outcome"], citizen["reference"]) == (
        "submission",
        "queued",
        reference,
    )
    assert citizen["decision"] == "given" and citizen["demo"] is False
    assert (trusted["action"], trusted["reference"]) == ("submission.trusted_person", reference)
    assert len(str(citizen["subject"])) == 64 and citizen["subject"] != trusted["subject"]
    raw = (real.data_dir / AUDIT_FILE_NAME).read_bytes()
    people = [specimen_read(name, photo=False).identity for name in ("nl-citizen", "fr-citizen")]
    for person in people:
        for secret in (
            person.national_number,
            person.surname,
            person.card_number,
            *person.first_names.split(),
        ):
            assert secret.encode() not in raw
    # The same citizen tomorrow gets the same subject (dispute handling), under this key.
    real.submit(_enrolment())
    assert _audit_lines(real)[-1]["subject"] == citizen["subject"]


def test_a_refusal_is_counted_but_never_queued_nor_linkable_to_the_person(
    real: Services,
) -> None:
    QueueActions(real).unlock_queue(PASSPHRASE)
    refusal = _enrolment(decision=ConsentDecision.REFUSED)
    assert real.submit(refusal) is None  # no reference: nothing to refer to
    outbox = real.outbox
    assert outbox is not None and list(outbox.records()) == []
    (line,) = [entry for entry in _audit_lines(real) if entry["action"] == "submission"]
    assert (line["outcome"], line["decision"], line["demo"]) == ("counted", "refused", False)
    assert not {"subject", "subject_note", "reference"} & set(line)
    raw = (real.data_dir / AUDIT_FILE_NAME).read_bytes()
    identity = specimen_read("nl-citizen", photo=False).identity
    for secret in (identity.national_number, identity.surname, identity.card_number):
        assert secret.encode() not in raw
    snap = build_snapshot(real, reader_state="card")
    assert (snap.today.queued, snap.today.given, snap.today.refused) == (1, 0, 1)
    assert snap.waiting == 0


def test_a_refusal_needs_no_open_queue(real: Services) -> None:
    """Nothing is stored, so a closed (locked) queue does not stop a refusal being counted."""
    assert real.outbox is None
    assert real.submit(_enrolment(decision=ConsentDecision.REFUSED)) is None
    assert _audit_lines(real)[-1]["outcome"] == "counted"


def test_a_failed_submission_is_audited_without_a_subject(real: Services) -> None:
    with pytest.raises(QueueUnavailableError):
        real.submit(_enrolment())
    (line,) = _audit_lines(real)
    assert (line["outcome"], line["detail"]) == ("failed", "queue-unavailable")
    assert "subject" not in line and line["subject_note"]


def test_send_now_triggers_the_worker(real: Services) -> None:
    assert QueueActions(real).send_now() is False
    QueueActions(real).unlock_queue(PASSPHRASE)
    assert QueueActions(real).send_now() is True
    assert [
        line["outcome"] for line in _audit_lines(real) if line["action"] == "operator.send_now"
    ] == ["no-queue", "ok"]


def test_an_audit_line_lost_to_a_full_disk_is_logged_not_raised(
    real: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(real.audit, "record", full)
    QueueActions(real).record("operator.exit", "ok")  # the volunteer's action already happened
    assert "audit line for operator.exit not written (No space left on device)" in caplog.text


def test_export_writes_a_sealed_file_named_without_personal_data(
    tmp_path: Path, real: Services, network_key: tuple[rsa.RSAPrivateKey, Path]
) -> None:
    QueueActions(real).unlock_queue(PASSPHRASE)
    drive = tmp_path / "stick"
    drive.mkdir()
    assert QueueActions(real).export_queue(drive).count == 0 and list(drive.iterdir()) == []
    enrolment = _enrolment()
    real.submit(enrolment)
    result = QueueActions(real).export_queue(drive)
    assert result.count == 1 and result.path is not None and result.path.parent == drive
    assert result.path.name.startswith("kiosk-export-ixelles-1-kiosk-2-")
    assert real.identity is not None
    kiosk_keys = RegisteredKeys.from_jwks(real.identity.jwks())
    opened = open_records(result.path.read_bytes(), network_key[0], kiosk_keys)
    ((sid, bundle, demo),) = opened.records
    assert sid == enrolment.submission_id and not demo and b"Bundle" in bundle
    # Signed by this kiosk, the file and the Bundle.
    assert opened.kid == real.identity.kid == verify_bundle(bundle, kiosk_keys)
    assert _audit_lines(real)[-1]["action"] == "operator.export"


def test_export_without_a_network_key_says_which_setting_is_missing(
    tmp_path: Path, no_secure_keyring: None
) -> None:
    services = Services(KioskSettings(demo=True, data_dir=tmp_path))
    try:
        services.open_queue()
        with pytest.raises(ExportNotConfiguredError, match="export_public_key"):
            QueueActions(services).export_queue(tmp_path)
    finally:
        services.close()


def _reject_one(services: Services) -> str:
    outbox = services.outbox
    assert outbox is not None
    record = outbox.claim_next()
    assert record is not None
    outbox.mark_rejected(
        record.submission_id, reason="HTTP 422: Patient.identifier 85073003328 invalid"
    )
    return record.submission_id


def test_rejected_submissions_are_listed_by_reference_and_reason_then_retried_or_discarded(
    real: Services,
) -> None:
    QueueActions(real).unlock_queue(PASSPHRASE)
    real.sync_status()  # the worker runs offline: records stay pending
    real.submit(_enrolment())
    real.submit(_enrolment(trusted=True))
    first, second = _reject_one(real), _reject_one(real)
    listed = QueueActions(real).rejected()
    assert [r.submission_id for r in listed] == [first, second]
    assert listed[0].reference == reference_code(first)
    assert "85073003328" not in listed[0].reason and "422" in listed[0].reason
    QueueActions(real).retry_rejected(first)
    QueueActions(real).discard_rejected(second)
    assert QueueActions(real).rejected() == []
    outbox = real.outbox
    assert outbox is not None
    states = {r.submission_id: r.state for r in outbox.records()}
    assert states[first] in (State.PENDING, State.SENDING) and states[second] is State.DISCARDED
    actions = [(line["action"], line.get("reference")) for line in _audit_lines(real)[-2:]]
    assert actions == [
        ("operator.retry", reference_code(first)),
        ("operator.discard", reference_code(second)),
    ]
    with pytest.raises(OutboxStateError):
        QueueActions(real).discard_rejected(second)  # not rejected any more
    assert _audit_lines(real)[-1]["outcome"] == "failed"


def test_the_snapshot_has_counts_today_and_no_personal_data(real: Services) -> None:
    closed = build_snapshot(real, reader_state="ready")
    assert not closed.queue_open and closed.reader_state == "ready"
    QueueActions(real).unlock_queue(PASSPHRASE)
    real.submit(_enrolment(trusted=True))
    real.submit(_enrolment())
    real.submit(_enrolment(decision=ConsentDecision.REFUSED))  # counted, never queued
    _reject_one(real)
    snap = build_snapshot(real, reader_state="card")
    assert snap.queue_open and snap.count("rejected") == 1 and snap.waiting == 1
    assert (snap.today.queued, snap.today.given, snap.today.refused, snap.today.demo) == (
        3,
        2,
        1,
        0,
    )
    assert snap.max_age_s == 7 * 86400 and snap.overdue == 0
    assert "85073003328" not in repr(snap)
    assert snap.network in ("unknown", "unreachable")


def test_the_snapshot_needs_only_the_status_source_not_the_services(tmp_path: Path) -> None:
    from kiosk.operator.audit import AuditLog
    from kiosk.outbox.records import QueueStatus

    class Source:  # the StatusSource Protocol, nothing else
        settings = KioskSettings(stand_id="s1")
        audit = AuditLog(tmp_path, stand_id="s1", kiosk_id="k1")
        passphrase_needed = False
        queue_problem = None

        def queue_status(self) -> QueueStatus:
            return QueueStatus(
                counts={"pending": 2},
                oldest_pending_age_s=60.0,
                exported_count=0,
                last_success_at=None,
                last_error=None,
                overdue=0,
            )

        def sync_status(self) -> None:
            return None

    Source.audit.record("submission", "queued", demo=False, decision="given")
    snap = build_snapshot(Source(), reader_state="ready")
    assert snap.queue_open and snap.waiting == 2 and snap.network == "unknown"
    assert (snap.today.queued, snap.today.given) == (1, 1)


def test_today_counts_only_this_stand_and_this_day_with_demo_apart() -> None:
    now = datetime(2024, 5, 2, 23, 30, tzinfo=UTC).astimezone()
    today = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    yesterday = (now - timedelta(days=1)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = {"action": "submission", "stand": "s1", "outcome": "queued", "demo": False}
    entries = [
        {**base, "time": today, "decision": "given"},
        {**base, "time": today, "decision": "refused"},  # before refusals were only counted
        {**base, "time": today, "outcome": "counted", "decision": "refused"},
        {**base, "time": today, "demo": True},
        {**base, "time": today, "outcome": "failed"},
        {**base, "time": yesterday, "decision": "given"},
        {**base, "time": today, "stand": "s2"},
        {**base, "time": today, "action": "operator.exit"},
        {**base, "time": "garbage"},
    ]
    counts = today_counts(entries, stand_id="s1", now=now)
    assert (counts.queued, counts.given, counts.refused, counts.failed, counts.demo) == (
        3,
        1,
        2,
        1,
        1,
    )


def test_removable_drives_lists_writable_folders_under_the_patterns(tmp_path: Path) -> None:
    (tmp_path / "media" / "kiosk" / "STICK").mkdir(parents=True)
    (tmp_path / "media" / "kiosk" / "ALPHA").mkdir(parents=True)
    (tmp_path / "media" / "kiosk" / "file.txt").write_text("x")
    drives = removable_drives([str(tmp_path / "media" / "*" / "*")], require_mount=False)
    assert [d.name for d in drives] == ["ALPHA", "STICK"]
    assert all(d.free_bytes is None or d.free_bytes > 0 for d in drives)
    # Real mount points only, by default: plain folders are not sticks.
    assert removable_drives([str(tmp_path / "media" / "*" / "*")]) == []


def test_without_the_kiosks_key_nothing_is_queued(tmp_path: Path, real: Services) -> None:
    """A Bundle the kiosk cannot sign would be refused by the network: it is not queued, and
    the citizen hears that the queue is unavailable (the key file is damaged here)."""
    from kiosk.network.identity import IDENTITY_FILE_NAME

    (tmp_path / "data").mkdir(parents=True, exist_ok=True)
    (tmp_path / "data" / IDENTITY_FILE_NAME).write_text("{}")
    QueueActions(real).unlock_queue(PASSPHRASE)
    assert real.outbox is not None and real.identity is None
    with pytest.raises(QueueUnavailableError):
        real.submit(_enrolment())
    assert real.outbox.records() == []
    assert _audit_lines(real)[-1]["outcome"] == "failed"
