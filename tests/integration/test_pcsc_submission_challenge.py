"""A whole visit through a real PC/SC stack (pyscard -> private pcscd -> vpcd -> virtual card)
and the kiosk's own runtime (Services in real mode: its card monitor, its encrypted queue):
when the citizen confirms, the card still in the reader signs the submission's challenge on the
monitor's thread. A genuine applet 1.8 card is queued "verified"; its clone is refused with
``card-clone`` and nothing queued; a 1.7 card is queued "authenticity not provable"."""

from __future__ import annotations

import base64
import json
import queue
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.cardreader.monitor import MonitorEvent
from kiosk.cardreader.verify import verify_card_signature
from kiosk.cardreader.virtual import Faults
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.enrolment import ConsentDecision, Enrolment
from kiosk.flow import EnrolmentFlow, Step
from kiosk.flow.reader_tracker import ReaderTracker
from kiosk.outbox.keys import load_or_create_key
from kiosk.services import KioskSettings, Services
from tests.fixtures_pcsc import VirtualReader

pytestmark = pytest.mark.pcsc

PASSPHRASE = "stand passphrase"
WAIT_S = 20.0


class Kiosk:
    """The Qt-free part of the running kiosk: Services, the flow and the reader tracker, with
    the monitor's events handed to the flow on this (the "GUI") thread."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.events: queue.Queue[MonitorEvent] = queue.Queue()
        self.refused: list[str] = []
        self.flow = EnrolmentFlow(
            services.submit,
            services.settings.flow_config(),
            authenticate=lambda card, challenge: services.authenticate_card(
                self.tracker.card_reader, card, challenge
            ),
            refused=self._refused,
        )
        monitor = services.start_monitor(self.events.put)
        self.tracker = ReaderTracker(
            self.flow, monitor.request_read, photo=False, defer=lambda fn: fn()
        )

    def _refused(self, enrolment: Enrolment, code: str) -> None:
        self.refused.append(code)
        self.services.refuse(enrolment, code)

    def pump_until(self, step: Step) -> None:
        while self.flow.step is not step:
            self.tracker.handle(self.events.get(timeout=WAIT_S))

    def visit(self) -> None:
        """Start, read the card, consent, and confirm."""
        flow = self.flow
        self.pump_until(Step.WELCOME)
        while self.tracker.card_reader is None:
            self.tracker.handle(self.events.get(timeout=WAIT_S))
        flow.start()
        flow.next()
        self.pump_until(Step.CONFIRM_IDENTITY)
        flow.next()
        flow.decide(ConsentDecision.GIVEN)
        flow.next()
        flow.next()
        assert flow.step is Step.REVIEW
        flow.confirm()


@pytest.fixture
def kiosk_for(
    tmp_path: Path, serve_card: Callable[..., VirtualReader]
) -> Iterator[Callable[..., Kiosk]]:
    made: list[Services] = []
    load_or_create_key(
        tmp_path / "data", passphrase=PASSPHRASE, protection="passphrase", scrypt_n=2**14
    )

    def make(profile_name: str, *, clone: bool = False, evidence: str = "minimal") -> Kiosk:
        profile = build_profile(profile_name)
        assert profile.trust_root_pem is not None
        root = tmp_path / f"{profile_name}-root.pem"
        root.write_bytes(profile.trust_root_pem)
        serve_card(profile, Faults(clone=clone))
        settings = KioskSettings(
            demo=False,
            production=False,
            data_dir=tmp_path / "data",
            trust_roots=(root,),
            evidence=evidence,
        )
        services = Services(settings)
        made.append(services)
        services.open_queue(PASSPHRASE)
        return Kiosk(services)

    yield make
    for services in made:
        services.close()


def _queued(services: Services) -> list[dict[str, object]]:
    assert services.outbox is not None
    return [json.loads(bundle) for _, bundle, _ in services.outbox.undelivered_payloads()]


def _entity(bundle: dict[str, object]) -> dict[str, object]:
    entries = bundle["entry"]
    assert isinstance(entries, list)
    provenance = entries[-1]["resource"]
    assert provenance["resourceType"] == "Provenance"
    entity: dict[str, object] = provenance["entity"][0]
    return entity


def test_a_genuine_18_card_is_queued_verified(kiosk_for: Callable[..., Kiosk]) -> None:
    kiosk = kiosk_for("applet18", evidence="card")
    kiosk.visit()
    assert kiosk.flow.step is Step.DONE and kiosk.refused == []
    (bundle,) = _queued(kiosk.services)
    extensions = _entity(bundle)["extension"]
    assert isinstance(extensions, list)
    assert extensions[0]["valueCoding"]["code"] == "verified"
    # The card evidence a hub re-verifies: the card's signature of the challenge.
    data = {e["url"].rsplit("/", 1)[1]: e["valueAttachment"]["data"] for e in extensions[1:]}
    assert {"eid-identity-file", "eid-basic-public-key", "eid-challenge"} <= set(data)
    signature = bundle["entry"][-1]["resource"]["signature"][0]  # type: ignore[index]
    assert signature["who"]["reference"] == bundle["entry"][0]["fullUrl"]  # type: ignore[index]
    verify_card_signature(
        base64.b64decode(data["eid-basic-public-key"]),
        base64.b64decode(data["eid-challenge"]),
        base64.b64decode(signature["data"]),
    )


def test_a_clone_is_refused_and_nothing_is_queued(kiosk_for: Callable[..., Kiosk]) -> None:
    kiosk = kiosk_for("applet18", clone=True)
    kiosk.visit()
    assert kiosk.flow.step is Step.CARD_ERROR and kiosk.flow.error_code == "card-clone"
    assert kiosk.refused == ["card-clone"] and _queued(kiosk.services) == []
    assert kiosk.flow.session.card is None
    (line,) = [e for e in kiosk.services.audit.entries() if e["action"] == "submission"]
    assert (line["outcome"], line["detail"]) == ("refused", "card-clone")
    assert "subject" not in line


def test_a_17_card_is_queued_not_provable(kiosk_for: Callable[..., Kiosk]) -> None:
    kiosk = kiosk_for("nl-citizen")
    kiosk.visit()
    assert kiosk.flow.step is Step.DONE
    (bundle,) = _queued(kiosk.services)
    extensions = _entity(bundle)["extension"]
    assert isinstance(extensions, list) and len(extensions) == 1  # the minimal form
    assert extensions[0]["valueCoding"]["code"] == "not-provable"
