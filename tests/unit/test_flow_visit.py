"""A whole visit through the flow, its receipt, and the ways a visit ends early."""

from __future__ import annotations

import pytest

from kiosk.enrolment import ConsentDecision
from kiosk.flow import FlowConfig, FlowError, Step
from kiosk.flow.steps import HOLDS_IDENTITY
from tests.helpers.flow_driver import make_flow, reach, to_identity, to_step
from tests.helpers.specimens import NIHII_1, TYPED, specimen_read

GIVEN, REFUSED = ConsentDecision.GIVEN, ConsentDecision.REFUSED


def test_a_complete_visit_submits_the_enrolment_and_shows_the_receipt() -> None:
    flow, clock, outbox = make_flow(FlowConfig(stand_id="stand-1", kiosk_id="k1", demo=True))
    flow.choose_language("nl")
    to_identity(flow)
    assert flow.session.card is specimen_read("nl-citizen")
    flow.next()
    flow.decide(GIVEN)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1, "Dr. X")
    flow.next()
    assert flow.step is Step.REVIEW
    flow.confirm()
    assert flow.step is Step.DONE and flow.reference == "REF-0001"
    (enrolment,) = outbox.stored
    assert enrolment.decision is GIVEN and enrolment.demo is True
    assert enrolment.citizen.national_number == specimen_read("nl-citizen").identity.national_number
    assert enrolment.citizen.language == "nl"
    assert [p.national_number for p in enrolment.trusted_persons] == [TYPED["national_number"]]
    assert [e.nihii for e in enrolment.exclusions] == [NIHII_1]
    assert (enrolment.stand_id, enrolment.kiosk_id) == ("stand-1", "k1")
    assert enrolment.proof.card_number == specimen_read("nl-citizen").identity.card_number
    assert flow.session.is_empty() and flow.language == "nl"  # the receipt is in their language
    with pytest.raises(FlowError, match="no-way-back"):
        flow.back()
    clock.advance(flow.config.ending_s - 1)
    flow.tick()
    assert flow.step is Step.DONE and flow.seconds_left() == pytest.approx(1)
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME and flow.reference is None and flow.language == "fr"


def test_a_touch_keeps_the_receipt_up_longer() -> None:
    flow, clock, _ = make_flow()
    to_step(flow, Step.REVIEW)
    flow.confirm()
    flow.user_activity(clock.advance(flow.config.ending_s - 1))
    flow.tick(clock.advance(flow.config.ending_s - 1))
    assert flow.step is Step.DONE and flow.reference == "REF-0001"
    assert flow.seconds_left() == 1
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME


def test_done_returns_to_welcome_on_next() -> None:
    flow, _, _ = make_flow()
    to_step(flow, Step.REVIEW)
    flow.confirm()
    flow.next()
    assert flow.step is Step.WELCOME


def test_this_is_not_me_wipes_and_returns_to_welcome() -> None:
    flow, _, _ = make_flow()
    flow.choose_language("en")
    to_identity(flow)
    session = flow.session
    flow.not_me()
    assert flow.step is Step.WELCOME and flow.language == "fr"
    assert session.is_empty() and flow.session is not session


@pytest.mark.parametrize(
    "step", sorted(HOLDS_IDENTITY, key=list(Step).index), ids=lambda s: s.value
)
def test_removing_the_card_ends_the_visit(step: Step) -> None:
    flow, _, _ = make_flow()
    to_step(flow, step)
    old = flow.session
    flow.card_removed()
    assert flow.step is Step.WELCOME and old.is_empty() and flow.session.is_empty()


@pytest.mark.parametrize(
    "step", sorted(set(Step) - {Step.WELCOME}, key=list(Step).index), ids=lambda s: s.value
)
def test_cancel_ends_the_visit_from_every_step(step: Step) -> None:
    flow, clock, _ = make_flow()
    reach(flow, clock, step)
    old = flow.session
    flow.cancel()
    assert flow.step is Step.WELCOME and old.is_empty() and flow.session.is_empty()
