"""Review and submission: a failed submission keeps everything, a broken rule is refused."""

from __future__ import annotations

import pytest

from kiosk.flow import FlowConfig, FlowError, Step
from tests.helpers.flow_driver import make_flow, to_step
from tests.helpers.specimens import NIHII_1


def test_a_failed_submission_keeps_everything_and_retries_the_same_enrolment() -> None:
    flow, _, outbox = make_flow()
    to_step(flow, Step.EXCLUSIONS)
    flow.add_exclusion(NIHII_1)
    flow.next()
    outbox.failing = True
    flow.confirm()
    assert flow.step is Step.SUBMIT_ERROR and flow.error_code == "submit-failed"
    assert [e.nihii for e in flow.exclusions] == [NIHII_1] and flow.session.card is not None
    flow.retry()
    assert flow.step is Step.SUBMIT_ERROR and len(set(outbox.attempts)) == 1
    outbox.failing = False
    flow.retry()
    assert flow.step is Step.DONE and outbox.stored[0].submission_id == outbox.attempts[0]


def test_going_back_after_a_failed_submission_makes_a_new_one() -> None:
    flow, _, outbox = make_flow()
    to_step(flow, Step.REVIEW)
    outbox.failing = True
    flow.confirm()
    flow.back()
    assert flow.step is Step.REVIEW and flow.session.enrolment is None
    outbox.failing = False
    flow.confirm()
    assert outbox.attempts[0] != outbox.attempts[1] and len(outbox.stored) == 1


def test_an_enrolment_rule_broken_at_review_is_refused_with_its_code() -> None:
    flow, _, outbox = make_flow(FlowConfig(stand_id="no spaces allowed"))
    to_step(flow, Step.REVIEW)
    with pytest.raises(FlowError, match="invalid-stand-id"):
        flow.confirm()
    assert flow.step is Step.REVIEW and not outbox.attempts and flow.session.card is not None
