"""The kiosk runtime without Qt: demo queue, submit, sync status, demo reader."""

from __future__ import annotations

import json
import queue
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cardreader.monitor import CardInserted, MonitorEvent, ReaderAdded
from kiosk.cardreader.virtual.backend import DEFAULT_READER, VirtualBackend
from kiosk.enrolment import (
    ConsentDecision,
    Enrolment,
    citizen_from_card,
    proof_from_card,
)
from kiosk.fhir.identifiers import reference_code
from kiosk.outbox.records import OutboxEnvironmentError
from kiosk.outbox.sync import SyncState, SyncStatus
from kiosk.services import KioskSettings, QueueUnavailableError, Services
from tests.helpers.specimens import specimen_read

WAIT_S = 10.0


def _enrolment(*, demo: bool = True) -> Enrolment:
    card = specimen_read("nl-citizen", photo=False)
    now = datetime.now(UTC)
    return Enrolment.capture(
        citizen=citizen_from_card(card, "nl"),
        decision=ConsentDecision.GIVEN,
        proof=proof_from_card(card, now),
        stand_id="demo-stand",
        kiosk_id="kiosk",
        demo=demo,
        now=now,
    )


@pytest.fixture
def demo() -> Iterator[Services]:
    services = Services(KioskSettings(demo=True))
    yield services
    services.close()


def test_submit_enqueues_the_bundle_in_the_demo_queue_and_returns_the_reference(
    demo: Services,
) -> None:
    demo.open_queue()
    enrolment = _enrolment()
    reference = demo.submit(enrolment)
    assert reference == reference_code(enrolment.submission_id)
    assert demo.outbox is not None
    (sid, bundle, is_demo), *rest = demo.outbox.undelivered_payloads()
    assert rest == [] and sid == enrolment.submission_id and is_demo
    document = json.loads(bundle)
    assert (document["resourceType"], document["type"]) == ("Bundle", "transaction")
    assert {e["resource"]["resourceType"] for e in document["entry"]} >= {"Patient", "Consent"}
    status = demo.queue_status()
    assert status is not None and status.undelivered == 1
    # The same enrolment again is the same submission (exactly once), not a second record.
    assert demo.submit(enrolment) == reference
    assert demo.queue_status().undelivered == 1  # type: ignore[union-attr]


def test_the_demo_queue_is_temporary_and_unreadable_elsewhere(demo: Services) -> None:
    demo.open_queue()
    demo.submit(_enrolment())
    assert demo.outbox is not None
    path = demo.outbox.path
    assert path.exists()
    assert "kiosk-demo-queue-" in str(path.parent)
    demo.close()
    assert not path.exists() and not path.parent.exists()
    assert demo.outbox is None
    demo.close()  # twice is fine


@pytest.mark.parametrize("close_during_open", [False, True])
def test_closing_while_the_demo_queue_opens_leaves_no_folder_behind(
    demo: Services, monkeypatch: pytest.MonkeyPatch, close_during_open: bool
) -> None:
    # The queue opens on a background thread; the kiosk may exit before or while it does.
    from kiosk.outbox.store import Outbox

    opened: list[Path] = []
    real_open = Outbox.open

    def recording_open(path: Path, *args: object, **kwargs: object) -> Outbox:
        outbox = real_open(path, *args, **kwargs)
        opened.append(path)
        if close_during_open:
            demo.close()
        return outbox

    monkeypatch.setattr(Outbox, "open", staticmethod(recording_open))
    if not close_during_open:
        demo.close()
    demo.open_queue()
    assert demo.outbox is None
    assert len(opened) == 1 and not opened[0].parent.exists()


def test_warm_up_loads_the_fhir_builder_ahead_of_the_first_submission(demo: Services) -> None:
    import sys

    demo.warm_up()
    assert "kiosk.fhir.bundle" in sys.modules and "fhir.resources.R4B.consent" in sys.modules
    demo.open_queue()
    assert demo.submit(_enrolment())


def test_submit_refuses_before_the_queue_is_open(demo: Services) -> None:
    with pytest.raises(QueueUnavailableError):
        demo.submit(_enrolment())
    with pytest.raises(QueueUnavailableError):
        demo.start_sync(lambda status: None)
    assert demo.queue_status() is None


def test_a_real_enrolment_never_reaches_the_demo_queue(demo: Services) -> None:
    demo.open_queue()
    with pytest.raises(ValueError, match="demo"):
        demo.submit(_enrolment(demo=False))
    assert demo.queue_status().undelivered == 0  # type: ignore[union-attr]


def test_without_an_endpoint_the_sync_worker_reports_offline_with_the_count(
    demo: Services,
) -> None:
    statuses: queue.Queue[SyncStatus] = queue.Queue()
    demo.open_queue()
    demo.start_sync(statuses.put)

    def wait_for(pending: int) -> SyncStatus:
        while True:
            status = statuses.get(timeout=WAIT_S)
            if status.pending == pending and status.state is SyncState.OFFLINE:
                return status

    assert wait_for(0).reachable is False
    demo.submit(_enrolment())  # wakes the worker: another round, still offline
    assert wait_for(1).reachable is False


def test_demo_mode_reads_specimen_cards_through_the_monitor(demo: Services) -> None:
    events: queue.Queue[MonitorEvent] = queue.Queue()
    demo.start_monitor(events.put)
    assert isinstance(demo.demo_reader, VirtualBackend)
    assert events.get(timeout=WAIT_S) == ReaderAdded(DEFAULT_READER)
    demo.demo_reader.insert("fr-citizen")
    assert events.get(timeout=WAIT_S) == CardInserted(DEFAULT_READER)
    with pytest.raises(RuntimeError):
        demo.start_monitor(events.put)
    demo.close()
    assert demo.monitor is not None and not demo.monitor.running


def test_a_real_kiosk_without_a_secure_keyring_cannot_open_its_queue(
    tmp_path: Path, no_secure_keyring: None
) -> None:
    services = Services(KioskSettings(demo=False, data_dir=tmp_path / "data"))
    try:
        with pytest.raises(OutboxEnvironmentError) as raised:
            services.open_queue()
        assert raised.value.code == "passphrase_required"
        with pytest.raises(QueueUnavailableError):
            services.submit(_enrolment(demo=False))
    finally:
        services.close()


def test_settings_give_the_flow_its_config() -> None:
    settings = KioskSettings(demo=True, stand_id="ixelles-1", default_language="nl")
    config = settings.flow_config()
    assert (config.demo, config.stand_id, config.default_language) == (True, "ixelles-1", "nl")
    with pytest.raises(ValueError, match="default_language"):
        KioskSettings(default_language="es")


def test_repr_says_what_runs_and_nothing_else(demo: Services) -> None:
    assert repr(demo) == "Services(demo=True, monitor=False, queue=closed, sync=False)"


def test_the_pin_seal_key_comes_from_the_real_queue_key_only(
    tmp_path: Path, no_secure_keyring: None, demo: Services
) -> None:
    from kiosk.operator.pin import queue_provisioned

    demo.open_queue()
    assert demo.operator_pin_key is None  # the demo queue's key is thrown away
    settings = KioskSettings(demo=False, data_dir=tmp_path / "data")
    first = Services(settings)
    try:
        assert first.operator_pin_key is None  # not before the queue is open
        first.open_queue("a long enough passphrase")
        key = first.operator_pin_key
        assert key is not None and len(key) == 32 and first.queue_made_this_run
    finally:
        first.close()
    assert queue_provisioned(tmp_path / "data")
    again = Services(settings)
    try:
        again.open_queue("a long enough passphrase")
        assert again.operator_pin_key == key and not again.queue_made_this_run
    finally:
        again.close()


def test_the_demo_queue_signs_each_bundle_with_a_key_of_its_own(demo: Services) -> None:
    from kiosk.fhir import build_bundle
    from kiosk.fhir.signature import RegisteredKeys, signing_payload, verify_bundle
    from kiosk.network.identity import IDENTITY_FILE_NAME

    demo.open_queue()
    enrolment = _enrolment()
    demo.submit(enrolment)
    identity, outbox = demo.identity, demo.outbox
    assert identity is not None and outbox is not None
    ((_, bundle, _),) = outbox.undelivered_payloads()
    assert verify_bundle(bundle, RegisteredKeys.from_jwks(identity.jwks())) == identity.kid
    assert signing_payload(bundle) == build_bundle(enrolment)  # as built, plus the signature
    assert (outbox.path.parent / IDENTITY_FILE_NAME).exists()  # goes with the demo queue
