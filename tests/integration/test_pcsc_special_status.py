"""The card's special status through a real PC/SC stack (pyscard -> private pcscd -> vpcd ->
virtual card) and the kiosk's own runtime (Services in real mode: card monitor, encrypted queue,
figures file, audit log): an extended-minority card ends on the representation step with nothing
queued, audited or counted as such; a white-cane card adapts the visit and leaves no trace of
its status in the queue, the figures or the logs."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pytest

from kiosk.adaptations import NO_ADAPTATIONS
from kiosk.enrolment import ConsentDecision
from kiosk.figures.collector import FILE_NAME
from kiosk.flow import Step
from tests.integration.test_pcsc_submission_challenge import Kiosk, _queued, kiosk_for

pytestmark = pytest.mark.pcsc

__all__ = ["kiosk_for"]  # the fixture, shared with the challenge tests

_TELLING = re.compile(r"status|cane|minorit|represent|adapt", re.I)


def _read_card(kiosk: Kiosk) -> None:
    kiosk.pump_until(Step.WELCOME)
    while kiosk.tracker.card_reader is None:
        kiosk.tracker.handle(kiosk.events.get(timeout=20.0))
    kiosk.flow.start()
    kiosk.flow.next()


def _telling_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if _TELLING.search(r.getMessage())]


def test_an_extended_minority_card_ends_on_the_representation_step_with_nothing_queued(
    kiosk_for: Callable[..., Kiosk], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = kiosk_for("extended-minority")
    services = kiosk.services
    services.figures.attach(kiosk.flow)
    with caplog.at_level(logging.DEBUG):
        _read_card(kiosk)
        kiosk.pump_until(Step.REPRESENTATION)
        assert kiosk.flow.session.is_empty() and kiosk.flow.adaptations == NO_ADAPTATIONS
        kiosk.flow.next()
        assert kiosk.flow.step is Step.WELCOME
    assert _queued(services) == [] and kiosk.refused == []
    assert not [e for e in services.audit.entries() if e["action"] == "submission"]
    figures = services.figures.figures()
    assert figures.cards_read == 1 and dict(figures.abandoned_by_step) == {"confirm-identity": 1}
    text = (services.data_dir / FILE_NAME).read_text("ascii")
    assert "represent" not in text and "status" not in text
    assert caplog.records and _telling_lines(caplog) == []


def test_a_white_cane_card_adapts_the_visit_and_leaves_no_trace_of_it(
    kiosk_for: Callable[..., Kiosk], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = kiosk_for("white-cane")
    flow = kiosk.flow
    with caplog.at_level(logging.DEBUG):
        _read_card(kiosk)
        kiosk.pump_until(Step.CONFIRM_IDENTITY)
        assert flow.adaptations.speech and flow.adaptations.large_text
        flow.next()
        flow.decide(ConsentDecision.GIVEN)
        flow.next()
        flow.next()
        flow.confirm()
        assert flow.step is Step.DONE and flow.adaptations == NO_ADAPTATIONS
    (bundle,) = _queued(kiosk.services)
    # The minimal evidence form: no copy of the identity file, so the status is nowhere.
    provenance = bundle["entry"][-1]["resource"]  # type: ignore[index]
    assert len(provenance["entity"][0]["extension"]) == 1
    line = [e for e in kiosk.services.audit.entries() if e["action"] == "submission"][-1]
    assert not _TELLING.search(str(line))
    assert _telling_lines(caplog) == []
