"""The citizen's card in the flow: inserted early or left behind, read, failed, retried."""

from __future__ import annotations

import pytest

from kiosk.cardreader import errors as card_errors
from kiosk.flow import Step
from tests.helpers.flow_driver import make_flow, to_identity
from tests.helpers.specimens import specimen_read


def test_a_card_inserted_before_it_is_asked_for_is_read_at_once() -> None:
    flow, _, _ = make_flow()
    flow.card_inserted()  # on the welcome screen
    flow.start()
    flow.next()
    assert flow.step is Step.READING


def test_a_card_left_by_the_previous_visitor_must_be_taken_out_first() -> None:
    flow, _, _ = make_flow()
    to_identity(flow)
    flow.not_me()  # the card stays in the reader
    flow.start()
    flow.next()
    assert flow.step is Step.INSERT_CARD and flow.stale_card_in_reader
    flow.card_removed()
    assert not flow.stale_card_in_reader
    flow.card_inserted()
    assert flow.step is Step.READING


@pytest.mark.parametrize(
    "error",
    [
        card_errors.NoReaderError(),
        card_errors.NoPcscServiceError(),
        card_errors.NoCardError(),
        card_errors.NotAnEidCardError(),
        card_errors.CardRemovedError(),
        card_errors.CardReadError(),
        card_errors.CardDataInvalidError(),
        card_errors.UnknownRootError(),
    ],
    ids=lambda e: e.code,
)
def test_card_errors_are_recoverable_and_never_show_an_identity(
    error: card_errors.CardError,
) -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_failed(error)
    assert flow.step is Step.CARD_ERROR and flow.error_code == error.code
    assert flow.session.card is None
    flow.card_read(specimen_read("nl-citizen"))  # a late result must not slip through
    assert flow.step is Step.CARD_ERROR and flow.session.card is None
    flow.retry()  # the card is still in: read it again
    assert flow.step is Step.READING and flow.error_code is None
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.CONFIRM_IDENTITY


def test_an_unexpected_exception_from_the_reader_is_a_read_error() -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.card_inserted()
    flow.next()
    flow.card_failed(RuntimeError("bug"))
    assert flow.error_code == "read-error"


def test_a_missing_reader_while_waiting_for_the_card_is_shown() -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_failed(card_errors.NoReaderError())
    assert flow.step is Step.CARD_ERROR and flow.error_code == "no-reader"
    flow.retry()  # no card: wait for one
    assert flow.step is Step.INSERT_CARD


def test_a_card_removed_during_the_read_says_so_in_either_event_order() -> None:
    for events in (("card_removed", "card_failed"), ("card_failed", "card_removed")):
        flow, _, _ = make_flow()
        flow.start()
        flow.next()
        flow.card_inserted()
        for event in events:
            if event == "card_failed":
                flow.card_failed(card_errors.CardRemovedError())
            else:
                flow.card_removed()
        assert flow.step is Step.CARD_ERROR and flow.error_code == "card-removed", events
        flow.card_inserted()
        assert flow.step is Step.READING


def test_removing_a_rejected_card_asks_for_a_card_again_and_back_returns_to_privacy() -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_failed(card_errors.NotAnEidCardError())
    flow.card_removed()
    assert flow.step is Step.INSERT_CARD and flow.error_code is None
    flow.card_failed(card_errors.NoReaderError())
    flow.back()
    assert flow.step is Step.INSERT_CARD
    flow.back()
    assert flow.step is Step.PRIVACY
