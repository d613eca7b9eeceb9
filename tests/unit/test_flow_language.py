"""The visitor's language: it can change on every step and nothing entered is lost."""

from __future__ import annotations

import pytest

from kiosk.flow import FlowError, Step
from tests.helpers.flow_driver import make_flow, reach, to_trusted
from tests.helpers.specimens import NIHII_1, TYPED


def test_language_changes_on_every_step_keep_everything() -> None:
    flow, _, outbox = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    for language in ("nl", "en"):
        flow.choose_language(language)
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1)
    flow.choose_language("de")
    flow.next()
    assert (flow.language, len(flow.trusted_persons), len(flow.exclusions)) == ("de", 1, 1)
    with pytest.raises(FlowError, match="unknown-language"):
        flow.choose_language("es")
    flow.choose_language("nl")
    flow.confirm()
    assert outbox.stored[0].citizen.language == "nl"  # the language at confirmation


@pytest.mark.parametrize("step", list(Step), ids=lambda s: s.value)
def test_the_language_can_change_on_every_step_without_losing_anything(step: Step) -> None:
    flow, clock, _ = make_flow()
    reach(flow, clock, step)
    before = (flow.session.card, flow.decision, flow.trusted_persons, flow.exclusions)
    flow.choose_language("de")
    assert flow.language == "de"
    assert (flow.session.card, flow.decision, flow.trusted_persons, flow.exclusions) == before
    # a choice is a touch: it dismisses the inactivity warning, and moves nothing else
    assert flow.step is (Step.CONFIRM_IDENTITY if step is Step.STILL_THERE else step)
