"""A stand's daily figures travel like submissions: counted from the flow, queued signed in the
real outbox, delivered to the real FHIR server (one report per kiosk-day, the latest), and
carried by a USB export through ``kiosk-queue import``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.config.settings import KioskSettings
from kiosk.fhir import identifiers as ids
from kiosk.fhir.signature import RegisteredKeys, verify_bundle
from kiosk.figures import figures_from_measure_report
from kiosk.figures.measure import REPORT_TAG
from kiosk.flow import Step
from kiosk.operator.queue_actions import QueueActions
from kiosk.outbox import cli
from kiosk.outbox.delivery import FhirClient
from kiosk.outbox.export import open_records
from kiosk.outbox.sync import SyncWorker
from kiosk.services import Services
from tests.helpers.flow_driver import make_flow, next_visit, reach
from tests.unit.test_operator_services import PASSPHRASE, network_key  # noqa: F401

STAND, KIOSK = "ixelles-1", "kiosk-2"


@pytest.fixture
def real(
    tmp_path: Path,
    no_secure_keyring: None,
    network_key: tuple[rsa.RSAPrivateKey, Path],  # noqa: F811
) -> Iterator[Services]:
    settings = KioskSettings(
        demo=False,
        data_dir=tmp_path / "data",
        stand_id=STAND,
        kiosk_id=KIOSK,
        export_public_key=network_key[1],
    )
    services = Services(settings)
    QueueActions(services).unlock_queue(PASSPHRASE)
    yield services
    services.close()


def _reports_at(base_url: str, services: Services) -> list[dict[str, object]]:
    day = services.figures.today()
    key = f"{STAND}/{KIOSK}/{day.isoformat()}"
    with requests.get(
        f"{base_url}/MeasureReport",
        params={"_tag": ids.token(REPORT_TAG[False], key), "_count": "10"},
        timeout=30,
    ) as response:
        response.raise_for_status()
        return [entry["resource"] for entry in response.json().get("entry") or []]


def _deliver(services: Services, base_url: str) -> int:
    assert services.outbox is not None
    with FhirClient(base_url, timeout=(2.0, 10.0)) as client:
        result = SyncWorker(services.outbox, client).run_round()
    assert result.rejected == 0
    return result.delivered


@pytest.mark.fhir
def test_the_same_day_queued_twice_is_one_report_with_the_later_counts(
    real: Services, fhir_base_url: str
) -> None:
    flow, clock, _ = make_flow()
    real.figures.attach(flow)
    flow.choose_language("nl")
    reach(flow, clock, Step.DONE)
    first = real.queue_figures()
    assert _deliver(real, fhir_base_url) == 1
    ((report,),) = [_reports_at(fhir_base_url, real)]
    assert figures_from_measure_report(report)[2].consents_given == 1

    next_visit(flow, clock, Step.CONSENT, "fr")
    flow.cancel()
    second = real.queue_figures()
    assert second != first
    assert _deliver(real, fhir_base_url) == 1
    reports = _reports_at(fhir_base_url, real)
    assert len(reports) == 1, "a second send of the day made a second report"
    stand, kiosk, figures = figures_from_measure_report(reports[0])
    assert (stand, kiosk) == (STAND, KIOSK)
    assert figures == real.figures.figures()
    assert (figures.visits_started, figures.consents_given) == (2, 1)
    assert dict(figures.abandoned_by_step) == {"consent": 1}
    assert dict(figures.languages) == {"nl": 1, "fr": 1}


def test_demo_figures_go_to_the_demo_queue_only(tmp_path: Path, no_secure_keyring: None) -> None:
    services = Services(KioskSettings(demo=True, data_dir=tmp_path, stand_id=STAND))
    try:
        services.open_queue()
        flow, clock, _ = make_flow()
        services.figures.attach(flow)
        reach(flow, clock, Step.PRIVACY)
        services.queue_figures()
        assert services.outbox is not None
        status = services.outbox.status()
        assert status.counts.get("pending") == 1
        assert list(tmp_path.iterdir()) == []  # nothing in the real data folder
    finally:
        services.close()


@pytest.mark.fhir
def test_an_exported_report_imports_and_arrives(
    tmp_path: Path,
    real: Services,
    network_key: tuple[rsa.RSAPrivateKey, Path],  # noqa: F811
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flow, clock, _ = make_flow()
    real.figures.attach(flow)
    reach(flow, clock, Step.UNDER_16)
    version = real.queue_figures()
    drive = tmp_path / "stick"
    drive.mkdir()
    result = QueueActions(real).export_queue(drive)
    assert result.count == 1 and result.path is not None
    assert real.identity is not None
    kiosk_keys = RegisteredKeys.from_jwks(real.identity.jwks())
    ((sid, bundle, demo),) = open_records(
        result.path.read_bytes(), network_key[0], kiosk_keys
    ).records
    assert (sid, demo) == (version, False)
    assert verify_bundle(bundle, kiosk_keys) == real.identity.kid

    private = tmp_path / "network.key.pem"
    private.write_bytes(
        network_key[0].private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    registered = tmp_path / "kiosk-keys.json"
    registered.write_text(json.dumps(real.identity.jwks()))
    code = cli.main(
        [
            "import",
            str(result.path),
            "--key",
            str(private),
            "--kiosk-keys",
            str(registered),
            "--endpoint",
            fhir_base_url,
        ]
    )
    assert code == cli.EXIT_OK, capsys.readouterr()
    assert "1 in file: 1 delivered, 0 rejected, 0 refused" in capsys.readouterr().out
    (report,) = _reports_at(fhir_base_url, real)
    assert figures_from_measure_report(report)[2].ended_under_age == 1


def test_closing_the_kiosk_queues_todays_figures_once(
    tmp_path: Path,
    no_secure_keyring: None,
    network_key: tuple[rsa.RSAPrivateKey, Path],  # noqa: F811
) -> None:
    settings = KioskSettings(demo=False, data_dir=tmp_path / "data", stand_id=STAND, kiosk_id=KIOSK)
    services = Services(settings)
    QueueActions(services).unlock_queue(PASSPHRASE)
    flow, clock, _ = make_flow()
    services.figures.attach(flow)
    reach(flow, clock, Step.PRIVACY)
    services.close()

    again = Services(settings)
    QueueActions(again).unlock_queue(PASSPHRASE)
    try:
        assert again.outbox is not None
        assert again.outbox.status().counts.get("pending") == 1
        assert again.figures.figures().visits_started == 1  # read back from the file
        again.close()  # nothing new counted: nothing queued again
        third = Services(settings)
        QueueActions(third).unlock_queue(PASSPHRASE)
        assert third.outbox is not None
        assert third.outbox.status().counts.get("pending") == 1
        third.close()
    finally:
        again.close()
