"""The flow's settings: refused by name when bad, and applied only between visits."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.flow import FlowConfig, Step
from tests.helpers.flow_driver import make_flow, to_identity


def test_the_default_allows_two_trusted_persons() -> None:
    assert FlowConfig().max_trusted_persons == 2


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"default_language": "es"}, "default_language"),
        ({"inactivity_s": 0}, "inactivity_s"),
        ({"warning_s": float("nan")}, "warning_s"),
        ({"max_trusted_persons": -1}, "max_trusted_persons"),
        ({"max_exclusions": True}, "max_exclusions"),
    ],
)
def test_a_bad_setting_is_refused_by_name(change: dict[str, object], key: str) -> None:
    with pytest.raises(ValueError, match=key):
        FlowConfig(**change)  # type: ignore[arg-type]


def test_reconfigure_sets_the_next_visitors_language_and_demo_only_between_visits() -> None:
    flow, _outbox, _clock = make_flow()
    flow.reconfigure(dataclasses.replace(flow.config, default_language="de"))
    assert flow.language == "fr"  # the current welcome screen keeps its language
    flow.start()
    flow.cancel()
    assert flow.step is Step.WELCOME and flow.language == "de"
    to_identity(flow)
    with pytest.raises(RuntimeError, match="between visits"):
        flow.reconfigure(dataclasses.replace(flow.config, demo=not flow.config.demo))
    flow.not_me()
    flow.reconfigure(dataclasses.replace(flow.config, demo=not flow.config.demo, ending_s=5.0))
    assert flow.config.ending_s == 5.0
