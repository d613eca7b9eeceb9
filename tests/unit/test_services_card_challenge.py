"""The flow's ``authenticate`` and ``refused`` in the kiosk runtime, in demo mode: the card in
the virtual reader signs on the card monitor's thread, a clone fails there, a missing card is a
card error, and a refusal is audited without anybody's identity."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cardreader.errors import CardCloneError, CardError, NoCardError
from kiosk.cardreader.monitor import CardInserted, CardReadDone, MonitorEvent
from kiosk.cardreader.reader import CardRead
from kiosk.cardreader.verify import verify_card_signature
from kiosk.cardreader.virtual.backend import DEFAULT_READER
from kiosk.enrolment import ConsentDecision, Enrolment, citizen_from_card, proof_from_card
from kiosk.services import KioskSettings, Services

WAIT_S = 10.0
CHALLENGE = bytes(range(48))


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    services = Services(KioskSettings(demo=True, data_dir=tmp_path / "data"))
    yield services
    services.close()


class Seen:
    """Monitor events, and the threads they were reported on."""

    def __init__(self) -> None:
        self.events: queue.Queue[MonitorEvent] = queue.Queue()

    def __call__(self, event: MonitorEvent) -> None:
        self.events.put(event)

    def wait_for(self, kind: type) -> MonitorEvent:
        while True:
            event = self.events.get(timeout=WAIT_S)
            if isinstance(event, kind):
                return event


def _inserted_and_read(demo: Services, profile: str, *, clone: bool = False) -> CardRead:
    seen = Seen()
    monitor = demo.start_monitor(seen)
    assert demo.demo_reader is not None
    demo.demo_reader.insert(profile, clone=clone)
    seen.wait_for(CardInserted)
    monitor.request_read(DEFAULT_READER)
    done = seen.wait_for(CardReadDone)
    assert isinstance(done, CardReadDone)
    return done.result


def test_the_card_in_the_demo_reader_signs_on_the_monitor_thread(demo: Services) -> None:
    card = _inserted_and_read(demo, "applet18")
    assert card.basic_key is not None
    threads: list[str] = []
    backend = demo.demo_reader
    assert backend is not None
    original = backend.authenticate

    def recording(reader: str, basic_key: bytes, challenge: bytes) -> bytes:
        threads.append(threading.current_thread().name)
        return original(reader, basic_key, challenge)

    backend.authenticate = recording  # type: ignore[method-assign]
    signature = demo.authenticate_card(DEFAULT_READER, card, CHALLENGE)
    verify_card_signature(card.basic_key, CHALLENGE, signature)
    assert threads == ["card-monitor"]  # never the caller's (the GUI) thread


def test_a_clone_reads_fine_and_fails_the_challenge(demo: Services) -> None:
    card = _inserted_and_read(demo, "applet18", clone=True)
    with pytest.raises(CardCloneError) as raised:
        demo.authenticate_card(DEFAULT_READER, card, CHALLENGE)
    assert raised.value.code == "card-clone"


def test_a_card_taken_out_cannot_sign(demo: Services) -> None:
    card = _inserted_and_read(demo, "applet18")
    assert demo.demo_reader is not None
    demo.demo_reader.remove()
    with pytest.raises(CardError):
        demo.authenticate_card(DEFAULT_READER, card, CHALLENGE)
    with pytest.raises(NoCardError):
        demo.authenticate_card(None, card, CHALLENGE)


def test_a_refusal_is_audited_with_its_code_and_nobody_in_it(demo: Services) -> None:
    card = _inserted_and_read(demo, "applet18")
    now = datetime.now(UTC)
    enrolment = Enrolment.capture(
        citizen=citizen_from_card(card, "nl"),
        decision=ConsentDecision.GIVEN,
        proof=proof_from_card(card, now),
        stand_id="demo-stand",
        kiosk_id="kiosk",
        demo=True,
        now=now,
    )
    demo.refuse(enrolment, "card-clone")
    (line,) = list(demo.audit.entries())
    assert (line["action"], line["outcome"], line["detail"]) == (
        "submission",
        "refused",
        "card-clone",
    )
    assert "subject" not in line and "subject_note" not in line and "reference" not in line
    text = demo.audit.path.read_text("utf-8")
    assert card.identity.national_number not in text and card.identity.surname not in text
