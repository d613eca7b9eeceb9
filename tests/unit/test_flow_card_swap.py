"""A trusted person added by card: the swap of the citizen's card for theirs and back."""

from __future__ import annotations

import pytest

from kiosk.cardreader import errors as card_errors
from kiosk.flow import FlowError, Step
from tests.helpers.flow_driver import make_flow, swap_to_confirm_other, to_trusted
from tests.helpers.specimens import TYPED, other_card_of, specimen_read


def test_the_card_swap_adds_the_person_only_once_the_citizen_card_is_back() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    assert flow.session.pending_card is specimen_read("fr-citizen")
    with pytest.raises(FlowError, match="trusted-person-consent-not-acknowledged"):
        flow.accept_trusted_person_card(consent_acknowledged=False)
    flow.accept_trusted_person_card(consent_acknowledged=True)
    assert flow.step is Step.SWAP_REMOVE_OTHER
    assert flow.session.pending_card is None and flow.trusted_persons == ()
    flow.card_removed()
    assert flow.step is Step.SWAP_REINSERT_OWN
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON
    (person,) = flow.trusted_persons
    assert person.national_number == specimen_read("fr-citizen").identity.national_number
    assert person.source == "card" and flow.session.pending_person is None
    flow.next()
    flow.back()  # the swap steps are not on the back-stack
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1
    flow.back()
    assert flow.step is Step.CONSENT


def test_a_different_card_cannot_take_over_the_visit() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    for stranger in (specimen_read("de-citizen"), other_card_of(specimen_read("nl-citizen"))):
        flow.card_inserted()
        flow.card_read(stranger)
        assert flow.step is Step.SWAP_OWN_ERROR and flow.error_code == "not-the-same-card"
        assert flow.trusted_persons == ()
        flow.card_removed()
        assert flow.step is Step.SWAP_REINSERT_OWN
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1


def test_the_citizen_own_card_as_trusted_person_goes_straight_back() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "trusted-person-is-citizen"
    flow.cancel_swap()  # it is their own verified card: the guarantee holds
    assert flow.step is Step.TRUSTED_PERSON


def test_another_card_of_the_citizen_is_not_a_trusted_person_nor_their_card() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(other_card_of(specimen_read("nl-citizen")))
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "trusted-person-is-citizen"
    flow.cancel_swap()
    assert flow.step is Step.SWAP_REMOVE_OTHER


def test_a_duplicate_or_expired_trusted_person_card_is_refused() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(
        **{**TYPED, "national_number": specimen_read("fr-citizen").identity.national_number},
        consent_acknowledged=True,
    )
    for profile, code in (("fr-citizen", "duplicate-trusted-person"), ("expired", "card-expired")):
        flow.begin_card_swap()
        flow.card_removed()
        flow.card_inserted()
        flow.card_read(specimen_read(profile))
        assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == code
        flow.card_removed()
        flow.cancel_swap()
        flow.card_inserted()
        flow.card_read(specimen_read("nl-citizen"))
        assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1


def test_trusted_person_card_errors_can_be_retried() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_failed(card_errors.CardDataInvalidError())
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "data-invalid"
    flow.retry()
    assert flow.step is Step.SWAP_READING_OTHER
    flow.card_removed()
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "card-removed"
    flow.retry()
    assert flow.step is Step.SWAP_INSERT_OTHER
    flow.card_inserted()
    flow.card_read(specimen_read("fr-citizen"))
    flow.card_removed()  # pulled out before it was accepted
    assert flow.step is Step.SWAP_INSERT_OTHER and flow.session.pending_card is None


def test_own_card_errors_during_the_swap_can_be_retried() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    flow.card_inserted()
    flow.card_failed(card_errors.CardReadError())
    assert flow.step is Step.SWAP_OWN_ERROR and flow.error_code == "read-error"
    flow.retry()
    assert flow.step is Step.SWAP_READING_OWN
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1


@pytest.mark.parametrize(
    ("stage", "after_cancel"),
    [
        (0, Step.TRUSTED_PERSON),  # own card still in
        (1, Step.SWAP_REINSERT_OWN),  # no card in
        (2, Step.SWAP_REMOVE_OTHER),  # their card is being read
        (3, Step.SWAP_REMOVE_OTHER),  # their card is shown
        (4, Step.SWAP_REMOVE_OTHER),  # accepted, their card still in
    ],
)
def test_cancelling_the_swap_keeps_the_citizen_data(stage: int, after_cancel: Step) -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    steps = [
        flow.begin_card_swap,
        flow.card_removed,
        flow.card_inserted,
        lambda: flow.card_read(specimen_read("fr-citizen")),
        lambda: flow.accept_trusted_person_card(consent_acknowledged=True),
    ]
    for action in steps[: stage + 1]:
        action()
    flow.cancel_swap()
    assert flow.step is after_cancel
    assert flow.session.pending_card is None and flow.session.pending_person is None
    if after_cancel is Step.SWAP_REMOVE_OTHER:
        flow.card_removed()
    if after_cancel is not Step.TRUSTED_PERSON:
        with pytest.raises(FlowError, match="not-allowed-here"):
            flow.cancel_swap()  # the citizen's card must come back first
        flow.card_inserted()
        flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON
    assert [p.source for p in flow.trusted_persons] == ["typed"]
    assert flow.session.card is specimen_read("nl-citizen")
