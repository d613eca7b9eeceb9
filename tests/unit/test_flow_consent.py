"""The consent decision in the flow: a refusal counts once confirmed and carries nothing else."""

from __future__ import annotations

from kiosk.enrolment import ConsentDecision
from kiosk.flow import Step
from tests.helpers.flow_driver import make_flow, to_step, to_trusted
from tests.helpers.specimens import NIHII_1, TYPED

GIVEN, REFUSED = ConsentDecision.GIVEN, ConsentDecision.REFUSED


def test_a_refusal_counts_only_once_confirmed() -> None:
    flow, _, outbox = make_flow()
    to_step(flow, Step.CONSENT)
    flow.decide(REFUSED)
    assert flow.step is Step.CONFIRM_REFUSAL and flow.decision is None
    flow.back()
    assert flow.step is Step.CONSENT and flow.decision is None
    flow.decide(REFUSED)
    flow.confirm_refusal()
    assert flow.step is Step.REVIEW and flow.decision is REFUSED
    flow.back()  # skips the confirmation
    assert flow.step is Step.CONSENT and flow.decision is None
    flow.decide(REFUSED)
    flow.confirm_refusal()
    flow.confirm()
    (enrolment,) = outbox.stored
    assert (
        enrolment.decision is REFUSED and not enrolment.trusted_persons and not enrolment.exclusions
    )


def test_a_refusal_after_going_back_carries_no_trusted_person_or_exclusion() -> None:
    flow, _, outbox = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1)
    flow.back()
    flow.back()
    assert flow.step is Step.CONSENT
    flow.decide(REFUSED)
    flow.confirm_refusal()
    assert flow.trusted_persons == () and flow.exclusions == ()
    flow.confirm()
    assert outbox.stored[0].decision is REFUSED
