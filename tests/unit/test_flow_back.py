"""The flow's back-stack: where back may go, and each step's data as it was left."""

from __future__ import annotations

import pytest

from kiosk.enrolment import ConsentDecision
from kiosk.flow import FlowError, Step
from tests.helpers.flow_driver import make_flow, to_identity, to_step, to_trusted
from tests.helpers.specimens import NIHII_1, NIHII_2, TYPED

GIVEN, REFUSED = ConsentDecision.GIVEN, ConsentDecision.REFUSED


def test_back_before_the_card_is_read_and_no_way_back_after() -> None:
    flow, _, _ = make_flow()
    with pytest.raises(FlowError, match="no-way-back"):
        flow.back()
    flow.start()
    flow.next()
    flow.back()
    assert flow.step is Step.PRIVACY
    flow.back()
    assert flow.step is Step.WELCOME
    to_identity(flow)
    with pytest.raises(FlowError, match="no-way-back"):
        flow.back()
    assert flow.step is Step.CONFIRM_IDENTITY


def test_back_keeps_each_step_data_as_saved_and_drops_later_entries() -> None:
    flow, _, outbox = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1)
    flow.next()
    flow.back()  # review -> exclusions: what was entered there is still there
    assert flow.step is Step.EXCLUSIONS and [e.nihii for e in flow.exclusions] == [NIHII_1]
    flow.back()  # exclusions -> trusted person: its list as it was when the citizen left it
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1
    assert flow.exclusions == ()
    flow.back()
    assert flow.step is Step.CONSENT and flow.decision is GIVEN and flow.trusted_persons == ()
    flow.back()
    assert flow.step is Step.CONFIRM_IDENTITY
    flow.next()
    flow.decide(GIVEN)
    flow.next()
    flow.next()
    flow.confirm()
    assert outbox.stored[0].trusted_persons == () and outbox.stored[0].exclusions == ()


def test_saved_steps_are_deep_copies() -> None:
    flow, _, _ = make_flow()
    to_step(flow, Step.EXCLUSIONS)
    flow.add_exclusion(NIHII_1)
    flow.next()
    flow.back()
    flow.add_exclusion(NIHII_2)  # edits after a restore must not reach the saved copy
    flow.next()
    saved = [choices for step, choices in flow.session.history if step is Step.EXCLUSIONS]
    assert [e.nihii for e in saved[0].exclusions] == [NIHII_1, NIHII_2]
    flow.session.choices.exclusions.clear()
    assert len(saved[0].exclusions) == 2
