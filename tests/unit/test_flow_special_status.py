"""The card's special status (identity tag 0x10) in the flow: a white or yellow cane adapts the
screen for this visit only (:attr:`EnrolmentFlow.adaptations`), extended minority ends the visit
on the representation step with nothing kept or queued, and the logs never tell the status."""

from __future__ import annotations

import dataclasses
import logging
import re

import pytest

from kiosk.adaptations import NO_ADAPTATIONS, Adaptations, adaptations_for
from kiosk.cardreader.reader import CardRead
from kiosk.enrolment import ConsentDecision
from kiosk.figures.collector import FiguresCollector
from kiosk.flow import EnrolmentFlow, Step
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import make_flow, next_visit, reach, to_identity
from tests.helpers.specimens import specimen_read

SPEECH = Adaptations(speech=True, large_text=True)
CONTRAST = Adaptations(large_text=True, high_contrast=True)


def with_status(status: str, profile: str = "nl-citizen") -> CardRead:
    """The specimen's verified read with another special status (the flow does not re-verify)."""
    read = specimen_read(profile)
    return dataclasses.replace(
        read, identity=dataclasses.replace(read.identity, special_status=status)
    )


def read_citizen(flow: EnrolmentFlow, card: CardRead) -> None:
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(card)


@pytest.mark.parametrize(
    ("status", "expected"),
    [("0", NO_ADAPTATIONS), ("1", SPEECH), ("3", SPEECH), ("4", CONTRAST), ("5", CONTRAST),
     ("2", NO_ADAPTATIONS), ("", NO_ADAPTATIONS), ("9", NO_ADAPTATIONS)],
)  # fmt: skip
def test_each_status_code_gives_its_adaptations(status: str, expected: Adaptations) -> None:
    assert adaptations_for(with_status(status).identity) == expected


def test_adaptations_say_nothing_in_a_repr() -> None:
    for shown in (repr(SPEECH), str(CONTRAST), repr(NO_ADAPTATIONS)):
        assert shown == "Adaptations(<redacted>)"
    assert not NO_ADAPTATIONS and SPEECH and CONTRAST


@pytest.mark.parametrize(
    ("profile", "expected"), [("white-cane", SPEECH), ("yellow-cane", CONTRAST)]
)
def test_the_citizens_own_card_adapts_the_visit_until_it_is_wiped(
    profile: str, expected: Adaptations
) -> None:
    flow, clock, outbox = make_flow()
    seen: list[tuple[Step, Adaptations]] = []
    flow.add_observer(lambda _old, new: seen.append((new, flow.adaptations)))
    assert flow.adaptations == NO_ADAPTATIONS
    reach(flow, clock, Step.DONE, citizen=profile)
    # set as the confirm page is entered, and kept through the visit
    assert (Step.READING, NO_ADAPTATIONS) in seen
    assert (Step.CONFIRM_IDENTITY, expected) in seen
    assert (Step.REVIEW, expected) in seen
    assert len(outbox.stored) == 1
    # the receipt belongs to a wiped visit: nothing of the card is left, its status neither
    assert flow.step is Step.DONE and flow.adaptations == NO_ADAPTATIONS
    assert flow.session.is_empty()


@pytest.mark.parametrize("end", ["not_me", "cancel", "card_removed", "inactivity"])
def test_every_way_a_visit_ends_clears_the_adaptations(end: str) -> None:
    flow, clock, _ = make_flow()
    to_identity(flow, "white-cane")
    assert flow.adaptations == SPEECH
    if end == "not_me":
        flow.not_me()
    elif end == "cancel":
        flow.cancel()
    elif end == "card_removed":
        flow.card_removed()
    else:
        flow.tick(clock.advance(flow.config.inactivity_s))
        flow.tick(clock.advance(flow.config.warning_s))
    assert flow.step is Step.WELCOME
    assert flow.adaptations == NO_ADAPTATIONS and flow.session.is_empty()


def test_the_next_visitor_starts_without_the_last_ones_adaptations() -> None:
    flow, clock, _ = make_flow()
    reach(flow, clock, Step.EXCLUSIONS, citizen="yellow-cane")
    assert flow.adaptations == CONTRAST
    next_visit(flow, clock, Step.CONFIRM_IDENTITY, "fr")
    assert flow.adaptations == NO_ADAPTATIONS


def test_a_trusted_persons_card_does_not_adapt_the_citizens_visit() -> None:
    flow, _, _ = make_flow()
    to_identity(flow)
    flow.next()
    flow.decide(ConsentDecision.GIVEN)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("white-cane"))
    assert flow.step is Step.SWAP_CONFIRM_OTHER
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1
    assert flow.adaptations == NO_ADAPTATIONS


@pytest.mark.parametrize(
    ("status", "adapted"), [("2", NO_ADAPTATIONS), ("3", SPEECH), ("5", CONTRAST)]
)
def test_extended_minority_ends_on_the_representation_step_keeping_nothing(
    status: str, adapted: Adaptations
) -> None:
    flow, clock, outbox = make_flow()
    flow.choose_language("fr")
    read_citizen(flow, with_status(status))
    assert flow.step is Step.REPRESENTATION
    # nothing of the card is kept but, with a cane, how the explanation is shown
    assert flow.adaptations == adapted
    assert flow.session.card is None and flow.session.pending_card is None
    assert flow.session.enrolment is None and flow.session.read_at is None
    assert flow.language == "fr" and flow.allowed_events() == {"next", "tick", "cancel"}
    assert flow.seconds_left() == flow.config.ending_s
    flow.card_removed()  # taking the card out does not cut the explanation short
    assert flow.step is Step.REPRESENTATION
    flow.tick(clock.advance(flow.config.ending_s))
    assert flow.step is Step.WELCOME and flow.session.is_empty()
    assert not outbox.attempts and not outbox.stored


def test_a_child_under_extended_minority_is_told_about_the_age_only() -> None:
    flow, _, _ = make_flow()
    read_citizen(flow, with_status("2", "kids"))
    assert flow.step is Step.UNDER_16


def test_a_blind_childs_under_16_page_is_spoken_until_the_next_visit() -> None:
    flow, clock, _ = make_flow()
    read_citizen(flow, with_status("1", "kids"))
    assert flow.step is Step.UNDER_16 and flow.adaptations == SPEECH
    assert flow.session.card is None
    flow.tick(clock.advance(flow.config.ending_s))
    assert flow.step is Step.WELCOME and flow.session.is_empty()


def test_the_specimen_card_reaches_the_representation_page_and_its_button_ends_the_visit() -> None:
    flow, clock, outbox = make_flow()
    reach(flow, clock, Step.REPRESENTATION)
    flow.next()
    assert flow.step is Step.WELCOME and not outbox.attempts


# ---------------------------------------------------------------- not logged, not counted

_TELLING = re.compile(r"status|cane|minorit|represent|adapt|speech|contrast|large", re.I)


def visit_log(
    caplog: pytest.LogCaptureFixture, card: CardRead, ending: str, *, to_done: bool
) -> list[tuple[str, int, str]]:
    """Every log record (DEBUG and up, every logger) of one visit with ``card``, a figures
    collector attached as on a stand."""
    flow, clock, _ = make_flow()
    FiguresCollector(None, clock=clock).attach(flow)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        read_citizen(flow, card)
        if to_done:
            flow.next()
            flow.decide(ConsentDecision.GIVEN)
            flow.next()
            flow.next()
            flow.confirm()
            assert flow.step is Step.DONE
        if ending == "button":
            flow.next()
        elif ending == "time":
            flow.tick(clock.advance(flow.config.ending_s))
        else:
            flow.cancel()
        assert flow.step is Step.WELCOME
    return [(r.name, r.levelno, r.getMessage()) for r in caplog.records]


@pytest.mark.parametrize("ending", ["button", "time", "cancel"])
def test_a_cane_visit_logs_exactly_what_a_visit_without_status_logs(
    caplog: pytest.LogCaptureFixture, ending: str
) -> None:
    plain = visit_log(caplog, with_status("0"), ending, to_done=True)
    assert any("-> done" in message for *_, message in plain)
    for status in ("1", "4"):
        assert visit_log(caplog, with_status(status), ending, to_done=True) == plain


@pytest.mark.parametrize("ending", ["button", "time", "cancel"])
def test_a_representation_visit_logs_exactly_what_an_under_16_visit_logs(
    caplog: pytest.LogCaptureFixture, ending: str
) -> None:
    child = visit_log(caplog, specimen_read("kids"), ending, to_done=False)
    assert child, "the flow logs its transitions at DEBUG"
    for status in ("2", "3", "5"):
        represented = visit_log(caplog, with_status(status), ending, to_done=False)
        assert represented == child
        assert not [m for *_, m in represented if _TELLING.search(m)], represented


def test_the_flows_repr_does_not_name_the_representation_step() -> None:
    flow, clock, _ = make_flow()
    reach(flow, clock, Step.REPRESENTATION)
    text = repr(flow)
    assert "represent" not in text and "ended-before-identity" in text
    reach_child, _, _ = make_flow()
    reach(reach_child, FakeClock(), Step.UNDER_16)
    assert repr(reach_child) == text
