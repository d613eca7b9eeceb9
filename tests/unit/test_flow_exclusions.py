"""Excluded care providers: validated, listed and removed, at most the configured number."""

from __future__ import annotations

import pytest

from kiosk.flow import FlowConfig, FlowError, Step
from tests.helpers.flow_driver import make_flow, to_step
from tests.helpers.specimens import NIHII_1, NIHII_2, NIHII_3


def test_exclusions_are_validated_listed_and_removed() -> None:
    flow, _, _ = make_flow(FlowConfig(max_exclusions=2))
    to_step(flow, Step.EXCLUSIONS)
    flow.add_exclusion(NIHII_1, "Dr. A")
    with pytest.raises(FlowError, match="duplicate-exclusion"):
        flow.add_exclusion(f"{NIHII_1[:1]}-{NIHII_1[1:6]}-{NIHII_1[6:8]}-{NIHII_1[8:]}")
    with pytest.raises(FlowError, match="invalid-nihii"):
        flow.add_exclusion("1234")
    bad_check = NIHII_2[:6] + "00" + NIHII_2[8:]
    with pytest.raises(FlowError, match="nihii-check-digits"):
        flow.add_exclusion(bad_check)
    flow.add_exclusion(bad_check, check_digits_confirmed=True)  # "exactly as printed"
    with pytest.raises(FlowError, match="too-many-exclusions"):
        flow.add_exclusion(NIHII_3)
    flow.remove_exclusion(f"{NIHII_1[:6]} {NIHII_1[6:]}")
    with pytest.raises(FlowError, match="no-such-exclusion"):
        flow.remove_exclusion(NIHII_1)
    flow.add_exclusion(NIHII_3)
    assert [e.nihii for e in flow.exclusions] == [bad_check, NIHII_3]
    assert flow.step is Step.EXCLUSIONS
