"""The enrolment flow as a whole: its transition table, its error, its observers."""

from __future__ import annotations

from collections import deque

import pytest

from kiosk.flow import FLOW_CODES, TRANSITIONS, EnrolmentFlow, FlowError, Step, format_table
from tests.helpers.flow_driver import make_flow


def _reachable(start: Step) -> set[Step]:
    seen, todo = {start}, deque([start])
    while todo:
        for targets in TRANSITIONS[todo.popleft()].values():
            for target in targets - seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_every_step_is_reachable_from_welcome_and_welcome_from_every_step() -> None:
    assert _reachable(Step.WELCOME) == set(Step)
    for step in Step:
        assert Step.WELCOME in _reachable(step), step


def test_every_step_has_a_way_out_and_every_event_is_a_method() -> None:
    for step, events in TRANSITIONS.items():
        assert any(targets - {step} for targets in events.values()), step
        if step is not Step.WELCOME:
            assert events["cancel"] == {Step.WELCOME}
        for event in events:
            assert callable(getattr(EnrolmentFlow, event)), event


def test_the_printed_table_lists_every_step_and_edge() -> None:
    text = format_table()
    assert all(step.value in text for step in Step)
    assert len(text.splitlines()) == sum(len(e) for e in TRANSITIONS.values())
    assert "trusted-person      begin_card_swap" in text


def test_a_flow_error_carries_only_its_code() -> None:
    flow, _, _ = make_flow()
    with pytest.raises(FlowError) as caught:
        flow.next()
    assert caught.value.code == "not-allowed-here" and str(caught.value) == "not-allowed-here"
    assert caught.value.code in FLOW_CODES
    assert flow.step is Step.WELCOME


def test_observers_see_every_change_and_can_be_removed() -> None:
    flow, _, _ = make_flow()
    seen: list[tuple[Step, Step]] = []
    flow.add_observer(lambda old, new: seen.append((old, new)))
    flow.choose_language("nl")
    flow.choose_language("nl")  # no change, no notice
    flow.start()
    assert seen == [(Step.WELCOME, Step.WELCOME), (Step.WELCOME, Step.PRIVACY)]
    counted: list[tuple[Step, Step]] = []

    def count(old: Step, new: Step) -> None:
        counted.append((old, new))

    flow.add_observer(count)
    flow.remove_observer(count)
    flow.back()
    assert counted == [] and seen[-1] == (Step.PRIVACY, Step.WELCOME)
