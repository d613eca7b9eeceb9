"""A typed trusted person: acknowledged, validated, not twice, at most the configured number."""

from __future__ import annotations

import pytest

from kiosk.flow import FlowConfig, FlowError, Step
from tests.helpers.flow_driver import make_flow, to_trusted
from tests.helpers.specimens import TYPED, specimen_read


def test_a_typed_trusted_person_needs_the_acknowledgement() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    with pytest.raises(FlowError, match="trusted-person-consent-not-acknowledged"):
        flow.add_trusted_person_typed(**TYPED, consent_acknowledged=False)
    assert flow.step is Step.TRUSTED_TYPED and flow.trusted_persons == ()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"national_number": "85073003329"}, "invalid-national-number"),
        ({"card_number": "592123456733"}, "card-number-check-digits"),
        ({"card_number": "12"}, "invalid-card-number"),
        ({"surname": "  "}, "invalid-name"),
        ({"national_number": "51.03.12-017.36"}, "trusted-person-is-citizen"),
    ],
)
def test_typed_entries_are_validated(change: dict[str, str], code: str) -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    with pytest.raises(FlowError) as caught:
        flow.add_trusted_person_typed(**{**TYPED, **change}, consent_acknowledged=True)
    assert caught.value.code == code
    for value in change.values():
        assert value.strip() not in str(caught.value) or not value.strip()
    assert flow.step is Step.TRUSTED_TYPED and flow.trusted_persons == ()


def test_no_duplicate_trusted_person_and_at_most_the_configured_number() -> None:
    flow, _, _ = make_flow(FlowConfig(max_trusted_persons=2))
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.type_trusted_person()
    with pytest.raises(FlowError, match="duplicate-trusted-person"):
        flow.add_trusted_person_typed(
            **{**TYPED, "national_number": "85.07.30-033.28"}, consent_acknowledged=True
        )
    flow.back()
    flow.begin_card_swap()
    flow.cancel_swap()
    flow.type_trusted_person()
    second = {**TYPED, "national_number": specimen_read("fr-citizen").identity.national_number}
    flow.add_trusted_person_typed(**second, consent_acknowledged=True)
    for action in (flow.type_trusted_person, flow.begin_card_swap):
        with pytest.raises(FlowError, match="too-many-trusted-persons"):
            action()
    flow.remove_trusted_person(0)
    assert [p.national_number for p in flow.trusted_persons] == [second["national_number"]]
    with pytest.raises(FlowError, match="no-such-trusted-person"):
        flow.remove_trusted_person(1)
    flow.type_trusted_person()
