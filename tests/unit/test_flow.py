"""The enrolment flow state machine: every transition and rule, with an injected clock, no Qt.

Card reads are real :class:`kiosk.cardreader.reader.CardRead` results from the virtual eID
(specimen profiles, verified against the profile's test root), read once per profile.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
from collections import deque
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kiosk.cardreader import errors as card_errors
from kiosk.cardreader.reader import CardRead, read_card
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.enrolment import ConsentDecision, Enrolment
from kiosk.flow import (
    FLOW_CODES,
    TRANSITIONS,
    EnrolmentFlow,
    FlowConfig,
    FlowError,
    Step,
    format_table,
)
from kiosk.flow.steps import HOLDS_IDENTITY, SWAP_STEPS

GIVEN, REFUSED = ConsentDecision.GIVEN, ConsentDecision.REFUSED

# Fictitious typed trusted person: valid national number and eID card number check digits.
TYPED = {
    "national_number": "85073003328",
    "card_number": "592123456732",
    "surname": "Janssens",
    "first_names": "Marc",
}


def _nihii(base6: int, tail: str = "001") -> str:
    """An 11-digit NIHII number whose check digits follow the mod-97 rule."""
    return f"{base6:06d}{97 - base6 % 97:02d}{tail}"


NIHII_1, NIHII_2, NIHII_3 = _nihii(123456), _nihii(234567), _nihii(345678)


@functools.cache
def card(profile: str) -> CardRead:
    """A verified read of a specimen card (the photo too: the confirm page shows it)."""
    built = build_profile(profile)
    return read_card(
        VirtualTransport(VirtualCard(built)), photo=True, extra_roots=[built.trust_root_pem]
    )


def other_card_of(read: CardRead, card_number: str = "591234567829") -> CardRead:
    """The same person on another card (another card number and chip)."""
    identity = dataclasses.replace(read.identity, card_number=card_number, chip_number=b"\x01" * 16)
    return dataclasses.replace(read, identity=identity)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> float:
        self.t += seconds
        return self.t


class Outbox:
    """The injected ``submit``: records what it stored, or fails while ``failing`` is set."""

    def __init__(self) -> None:
        self.stored: list[Enrolment] = []
        self.attempts: list[str] = []
        self.failing = False

    def __call__(self, enrolment: Enrolment) -> str:
        self.attempts.append(enrolment.submission_id)
        if self.failing:
            raise OSError("disk full")
        self.stored.append(enrolment)
        return f"REF-{len(self.stored):04d}"


NOW = datetime.combine(date.today(), time(11, 0), tzinfo=UTC)


def make_flow(
    config: FlowConfig | None = None, wall: datetime = NOW
) -> tuple[EnrolmentFlow, FakeClock, Outbox]:
    clock, outbox = FakeClock(), Outbox()
    flow = EnrolmentFlow(
        outbox,
        config or FlowConfig(stand_id="stand-1", kiosk_id="k1"),
        clock=clock,
        wall_clock=lambda: wall,
    )
    return flow, clock, outbox


def to_identity(flow: EnrolmentFlow, profile: str = "nl-citizen") -> None:
    flow.start()
    flow.next()
    assert flow.step is Step.INSERT_CARD
    flow.card_inserted()
    assert flow.step is Step.READING
    flow.card_read(card(profile))
    assert flow.step is Step.CONFIRM_IDENTITY


def to_trusted(flow: EnrolmentFlow) -> None:
    to_identity(flow)
    flow.next()
    flow.decide(GIVEN)
    assert flow.step is Step.TRUSTED_PERSON


def to_step(flow: EnrolmentFlow, step: Step) -> None:
    """Drive a fresh flow along the usual path until ``step`` (an identity-holding step)."""
    to_identity(flow)
    path = {
        Step.CONSENT: [flow.next],
        Step.CONFIRM_REFUSAL: [flow.next, lambda: flow.decide(REFUSED)],
        Step.TRUSTED_PERSON: [flow.next, lambda: flow.decide(GIVEN)],
        Step.TRUSTED_TYPED: [flow.next, lambda: flow.decide(GIVEN), flow.type_trusted_person],
        Step.EXCLUSIONS: [flow.next, lambda: flow.decide(GIVEN), flow.next],
        Step.REVIEW: [flow.next, lambda: flow.decide(GIVEN), flow.next, flow.next],
    }.get(step, [])
    for action in path:
        action()
    if step is Step.SUBMIT_ERROR:
        to_review_failing(flow)
    assert flow.step is step


def to_review_failing(flow: EnrolmentFlow) -> None:
    flow.next()
    flow.decide(GIVEN)
    flow.next()
    flow.next()
    flow._submit.failing = True  # type: ignore[attr-defined]
    flow.confirm()


def reach(flow: EnrolmentFlow, clock: FakeClock, step: Step) -> None:
    """Drive a fresh flow to any step (for the table-wide tests)."""
    if step is Step.WELCOME:
        return
    if step in HOLDS_IDENTITY:
        to_step(flow, step)
        return
    if step is Step.STILL_THERE:
        to_identity(flow)
        flow.tick(clock.advance(flow.config.inactivity_s))
        assert flow.step is step
        return
    flow.start()
    simple = {
        Step.PRIVACY: [],
        Step.INSERT_CARD: [flow.next],
        Step.READING: [flow.next, flow.card_inserted],
        Step.CARD_ERROR: [flow.next, lambda: flow.card_failed(card_errors.NoReaderError())],
        Step.UNDER_16: [flow.next, flow.card_inserted, lambda: flow.card_read(card("kids"))],
    }
    if step in simple:
        for action in simple[step]:
            action()
    elif step is Step.DONE:
        flow.back()
        to_step(flow, Step.REVIEW)
        flow.confirm()
    else:
        flow.back()
        to_trusted(flow)
        swap_path = [
            flow.begin_card_swap,
            flow.card_removed,
            flow.card_inserted,
            lambda: flow.card_read(card("fr-citizen")),
            lambda: flow.accept_trusted_person_card(consent_acknowledged=True),
            flow.card_removed,
            flow.card_inserted,
        ]
        other_error = [
            flow.begin_card_swap,
            flow.card_removed,
            flow.card_inserted,
            lambda: flow.card_failed(card_errors.CardReadError()),
        ]
        own_error = [*swap_path, lambda: flow.card_failed(card_errors.CardReadError())]
        plans = {Step.SWAP_OTHER_ERROR: other_error, Step.SWAP_OWN_ERROR: own_error}
        for action in plans.get(step, swap_path):
            if flow.step is step:
                break
            action()
    assert flow.step is step


def swap_to_confirm_other(flow: EnrolmentFlow, profile: str = "fr-citizen") -> None:
    flow.begin_card_swap()
    flow.card_removed()
    assert flow.step is Step.SWAP_INSERT_OTHER
    flow.card_inserted()
    assert flow.step is Step.SWAP_READING_OTHER
    flow.card_read(card(profile))
    assert flow.step is Step.SWAP_CONFIRM_OTHER


def secrets_of(read: CardRead) -> list[str]:
    i = read.identity
    return [i.surname, i.first_names, i.national_number, i.card_number]


# ---------------------------------------------------------------- the table


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


# ---------------------------------------------------------------- the visit


def test_a_complete_visit_submits_the_enrolment_and_shows_the_receipt() -> None:
    flow, clock, outbox = make_flow(FlowConfig(stand_id="stand-1", kiosk_id="k1", demo=True))
    flow.choose_language("nl")
    to_identity(flow)
    assert flow.session.card is card("nl-citizen")
    flow.next()
    flow.decide(GIVEN)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1, "Dr. X")
    flow.next()
    assert flow.step is Step.REVIEW
    flow.confirm()
    assert flow.step is Step.DONE and flow.reference == "REF-0001"
    (enrolment,) = outbox.stored
    assert enrolment.decision is GIVEN and enrolment.demo is True
    assert enrolment.citizen.national_number == card("nl-citizen").identity.national_number
    assert enrolment.citizen.language == "nl"
    assert [p.national_number for p in enrolment.trusted_persons] == [TYPED["national_number"]]
    assert [e.nihii for e in enrolment.exclusions] == [NIHII_1]
    assert (enrolment.stand_id, enrolment.kiosk_id) == ("stand-1", "k1")
    assert enrolment.proof.identity_file == card("nl-citizen").identity_file
    assert flow.session.is_empty() and flow.language == "nl"  # the receipt is in their language
    with pytest.raises(FlowError, match="no-way-back"):
        flow.back()
    clock.advance(flow.config.ending_s - 1)
    flow.tick()
    assert flow.step is Step.DONE and flow.seconds_left() == pytest.approx(1)
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME and flow.reference is None and flow.language == "fr"


def test_a_touch_keeps_the_receipt_up_longer() -> None:
    flow, clock, _ = make_flow()
    to_step(flow, Step.REVIEW)
    flow.confirm()
    flow.user_activity(clock.advance(flow.config.ending_s - 1))
    flow.tick(clock.advance(flow.config.ending_s - 1))
    assert flow.step is Step.DONE and flow.reference == "REF-0001"
    assert flow.seconds_left() == 1
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME


def test_done_returns_to_welcome_on_next() -> None:
    flow, _, _ = make_flow()
    to_step(flow, Step.REVIEW)
    flow.confirm()
    flow.next()
    assert flow.step is Step.WELCOME


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
    flow.card_read(card("nl-citizen"))  # a late result must not slip through
    assert flow.step is Step.CARD_ERROR and flow.session.card is None
    flow.retry()  # the card is still in: read it again
    assert flow.step is Step.READING and flow.error_code is None
    flow.card_read(card("nl-citizen"))
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


def test_a_read_that_never_ends_times_out() -> None:
    flow, clock, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.tick(clock.advance(flow.config.inactivity_s + flow.config.warning_s))
    assert flow.step is Step.CARD_ERROR and flow.error_code == "read-timeout"


def test_an_expired_card_is_refused_unless_configured() -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(card("expired"))
    assert flow.step is Step.CARD_ERROR and flow.error_code == "card-expired"
    assert flow.session.card is None
    flow, _, _ = make_flow(FlowConfig(accept_expired_cards=True))
    to_identity(flow, "expired")


def test_under_16_ends_politely_and_keeps_nothing() -> None:
    flow, clock, outbox = make_flow()
    flow.choose_language("de")
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(card("kids"))
    assert flow.step is Step.UNDER_16 and flow.session.is_empty()
    assert flow.language == "de" and flow.allowed_events() == {"next", "tick", "cancel"}
    flow.card_removed()  # taking the card out does not cut the explanation short
    assert flow.step is Step.UNDER_16
    flow.tick(clock.advance(flow.config.ending_s))
    assert flow.step is Step.WELCOME and not outbox.attempts


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(1967, 3, 11), Step.UNDER_16), (date(1967, 3, 12), Step.CONFIRM_IDENTITY)],
)
def test_the_age_limit_is_on_the_day_of_the_visit(day: date, expected: Step) -> None:
    assert card("nl-citizen").identity.birth_date.as_date() == date(1951, 3, 12)
    flow, _, _ = make_flow(wall=datetime.combine(day, time(12), tzinfo=UTC))
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(card("nl-citizen"))
    assert flow.step is expected


def test_this_is_not_me_wipes_and_returns_to_welcome() -> None:
    flow, _, _ = make_flow()
    flow.choose_language("en")
    to_identity(flow)
    session = flow.session
    flow.not_me()
    assert flow.step is Step.WELCOME and flow.language == "fr"
    assert session.is_empty() and flow.session is not session


@pytest.mark.parametrize(
    "step", sorted(HOLDS_IDENTITY, key=list(Step).index), ids=lambda s: s.value
)
def test_removing_the_card_ends_the_visit(step: Step) -> None:
    flow, _, _ = make_flow()
    to_step(flow, step)
    old = flow.session
    flow.card_removed()
    assert flow.step is Step.WELCOME and old.is_empty() and flow.session.is_empty()


@pytest.mark.parametrize(
    "step", sorted(set(Step) - {Step.WELCOME}, key=list(Step).index), ids=lambda s: s.value
)
def test_cancel_ends_the_visit_from_every_step(step: Step) -> None:
    flow, clock, _ = make_flow()
    reach(flow, clock, step)
    old = flow.session
    flow.cancel()
    assert flow.step is Step.WELCOME and old.is_empty() and flow.session.is_empty()


# ---------------------------------------------------------------- consent and refusal


def test_a_refusal_counts_only_once_confirmed() -> None:
    flow, _, outbox = make_flow()
    to_step(flow, Step.CONSENT)
    flow.decide(REFUSED)
    assert flow.step is Step.CONFIRM_REFUSAL and flow.decision is None
    flow.back()
    assert flow.step is Step.CONSENT and flow.decision is None
    flow.decide(REFUSED)
    flow.confirm_refusal()
    assert flow.step is Step.REVIEW and flow.decision is REFUSED
    flow.back()  # skips the confirmation
    assert flow.step is Step.CONSENT and flow.decision is None
    flow.decide(REFUSED)
    flow.confirm_refusal()
    flow.confirm()
    (enrolment,) = outbox.stored
    assert (
        enrolment.decision is REFUSED and not enrolment.trusted_persons and not enrolment.exclusions
    )


def test_a_refusal_after_going_back_carries_no_trusted_person_or_exclusion() -> None:
    flow, _, outbox = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1)
    flow.back()
    flow.back()
    assert flow.step is Step.CONSENT
    flow.decide(REFUSED)
    flow.confirm_refusal()
    assert flow.trusted_persons == () and flow.exclusions == ()
    flow.confirm()
    assert outbox.stored[0].decision is REFUSED


# ---------------------------------------------------------------- trusted person, typed


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
    second = {**TYPED, "national_number": card("fr-citizen").identity.national_number}
    flow.add_trusted_person_typed(**second, consent_acknowledged=True)
    for action in (flow.type_trusted_person, flow.begin_card_swap):
        with pytest.raises(FlowError, match="too-many-trusted-persons"):
            action()
    flow.remove_trusted_person(0)
    assert [p.national_number for p in flow.trusted_persons] == [second["national_number"]]
    with pytest.raises(FlowError, match="no-such-trusted-person"):
        flow.remove_trusted_person(1)
    flow.type_trusted_person()


def test_the_default_allows_two_trusted_persons() -> None:
    assert FlowConfig().max_trusted_persons == 2


# ---------------------------------------------------------------- trusted person, card swap


def test_the_card_swap_adds_the_person_only_once_the_citizen_card_is_back() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    assert flow.session.pending_card is card("fr-citizen")
    with pytest.raises(FlowError, match="trusted-person-consent-not-acknowledged"):
        flow.accept_trusted_person_card(consent_acknowledged=False)
    flow.accept_trusted_person_card(consent_acknowledged=True)
    assert flow.step is Step.SWAP_REMOVE_OTHER
    assert flow.session.pending_card is None and flow.trusted_persons == ()
    flow.card_removed()
    assert flow.step is Step.SWAP_REINSERT_OWN
    flow.card_inserted()
    flow.card_read(card("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON
    (person,) = flow.trusted_persons
    assert person.national_number == card("fr-citizen").identity.national_number
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
    for stranger in (card("de-citizen"), other_card_of(card("nl-citizen"))):
        flow.card_inserted()
        flow.card_read(stranger)
        assert flow.step is Step.SWAP_OWN_ERROR and flow.error_code == "not-the-same-card"
        assert flow.trusted_persons == ()
        flow.card_removed()
        assert flow.step is Step.SWAP_REINSERT_OWN
    flow.card_inserted()
    flow.card_read(card("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON and len(flow.trusted_persons) == 1


def test_the_citizen_own_card_as_trusted_person_goes_straight_back() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(card("nl-citizen"))
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "trusted-person-is-citizen"
    flow.cancel_swap()  # it is their own verified card: the guarantee holds
    assert flow.step is Step.TRUSTED_PERSON


def test_another_card_of_the_citizen_is_not_a_trusted_person_nor_their_card() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(other_card_of(card("nl-citizen")))
    assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == "trusted-person-is-citizen"
    flow.cancel_swap()
    assert flow.step is Step.SWAP_REMOVE_OTHER


def test_a_duplicate_or_expired_trusted_person_card_is_refused() -> None:
    flow, _, _ = make_flow()
    to_trusted(flow)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(
        **{**TYPED, "national_number": card("fr-citizen").identity.national_number},
        consent_acknowledged=True,
    )
    for profile, code in (("fr-citizen", "duplicate-trusted-person"), ("expired", "card-expired")):
        flow.begin_card_swap()
        flow.card_removed()
        flow.card_inserted()
        flow.card_read(card(profile))
        assert flow.step is Step.SWAP_OTHER_ERROR and flow.error_code == code
        flow.card_removed()
        flow.cancel_swap()
        flow.card_inserted()
        flow.card_read(card("nl-citizen"))
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
    flow.card_read(card("fr-citizen"))
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
    flow.card_read(card("nl-citizen"))
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
        lambda: flow.card_read(card("fr-citizen")),
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
        flow.card_read(card("nl-citizen"))
    assert flow.step is Step.TRUSTED_PERSON
    assert [p.source for p in flow.trusted_persons] == ["typed"]
    assert flow.session.card is card("nl-citizen")


def test_the_swap_gives_up_waiting_but_keeps_the_data_until_inactivity() -> None:
    flow, clock, _ = make_flow()
    cfg = flow.config
    to_trusted(flow)
    flow.begin_card_swap()
    flow.tick(clock.advance(cfg.swap_timeout_s - 1))
    assert flow.step is Step.SWAP_REMOVE_OWN
    flow.tick(clock.advance(1))
    assert flow.step is Step.TRUSTED_PERSON and flow.session.card is not None
    flow.begin_card_swap()
    flow.card_removed()
    flow.tick(clock.advance(cfg.swap_timeout_s))
    assert flow.step is Step.SWAP_REINSERT_OWN and flow.session.card is not None
    # nobody comes back: the warning, then the wipe
    flow.tick(clock.advance(cfg.inactivity_s - cfg.swap_timeout_s))
    assert flow.step is Step.STILL_THERE
    session = flow.session
    flow.tick(clock.advance(cfg.warning_s))
    assert flow.step is Step.WELCOME and session.is_empty()


def test_the_swap_timeout_counts_card_movements_not_touches() -> None:
    flow, clock, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.user_activity(clock.advance(flow.config.swap_timeout_s - 1))
    flow.tick(clock.advance(1))
    assert flow.step is Step.TRUSTED_PERSON


# ---------------------------------------------------------------- exclusions


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


# ---------------------------------------------------------------- back-stack


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


# ---------------------------------------------------------------- review and submission


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


# ---------------------------------------------------------------- inactivity and language


def test_inactivity_warns_then_resumes_on_touch() -> None:
    flow, clock, _ = make_flow()
    cfg = flow.config
    to_step(flow, Step.EXCLUSIONS)
    flow.add_exclusion(NIHII_1)
    flow.tick(clock.advance(cfg.inactivity_s - 1))
    assert flow.step is Step.EXCLUSIONS and flow.seconds_left() is None
    flow.tick(clock.advance(1))
    assert flow.step is Step.STILL_THERE and flow.seconds_left() == cfg.warning_s
    with pytest.raises(FlowError, match="not-allowed-here"):
        flow.next()
    flow.tick(clock.advance(cfg.warning_s - 1))
    assert flow.seconds_left() == 1
    flow.user_activity(clock.advance(0.5))
    assert flow.step is Step.EXCLUSIONS and [e.nihii for e in flow.exclusions] == [NIHII_1]
    flow.tick(clock.advance(cfg.inactivity_s - 1))
    assert flow.step is Step.EXCLUSIONS  # the delay restarted at the touch


def test_inactivity_expiry_wipes_and_returns_to_welcome() -> None:
    flow, clock, outbox = make_flow()
    flow.choose_language("nl")
    to_step(flow, Step.REVIEW)
    session = flow.session
    flow.tick(clock.advance(flow.config.inactivity_s))
    flow.tick(clock.advance(flow.config.warning_s))
    assert flow.step is Step.WELCOME and session.is_empty() and flow.session.is_empty()
    assert flow.language == "fr" and not outbox.attempts


def test_a_card_event_during_the_warning_resumes_then_counts() -> None:
    flow, clock, _ = make_flow()
    to_step(flow, Step.CONSENT)
    flow.tick(clock.advance(flow.config.inactivity_s))
    seen: list[tuple[Step, Step]] = []
    flow.add_observer(lambda old, new: seen.append((old, new)))
    flow.card_removed()
    assert seen == [(Step.STILL_THERE, Step.CONSENT), (Step.CONSENT, Step.WELCOME)]


def test_no_warning_while_reading_or_on_the_welcome_screen() -> None:
    flow, clock, _ = make_flow(FlowConfig(read_timeout_s=600))
    flow.tick(clock.advance(1000))
    assert flow.step is Step.WELCOME
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.tick(clock.advance(flow.config.inactivity_s * 2))
    assert flow.step is Step.READING


def test_the_welcome_language_resets_for_the_next_visitor() -> None:
    flow, clock, _ = make_flow()
    flow.choose_language("de")
    flow.tick(clock.advance(flow.config.inactivity_s - 1))
    assert flow.language == "de"
    flow.tick(clock.advance(1))
    assert flow.language == "fr" and flow.step is Step.WELCOME


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


# ---------------------------------------------------------------- privacy


def test_no_personal_data_in_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    texts = [repr(flow), str(flow), repr(flow.session), repr(flow.session.choices)]
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(card("nl-citizen"))
    flow.next()
    flow.add_exclusion(NIHII_1, "Dr. Hidden-Name")
    flow.next()
    texts += [repr(flow), repr(flow.session), repr(flow.session.choices)]
    flow.confirm()
    texts += [r.getMessage() for r in caplog.records]
    assert any("visit" in t or "stored" in t for t in texts)
    secrets = [*secrets_of(card("nl-citizen")), *secrets_of(card("fr-citizen")), NIHII_1, "Hidden"]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)


# ---------------------------------------------------------------- random sequences

ALL_CARDS = ("nl-citizen", "fr-citizen", "de-citizen", "kids", "expired", "other-nl")


ALL_EVENTS = sorted(
    {event for events in TRANSITIONS.values() for event in events}
    | {"choose_language", "user_activity"}
)
CARD_ERRORS = [
    card_errors.CardRemovedError(),
    card_errors.NotAnEidCardError(),
    card_errors.NoReaderError(),
    card_errors.CardDataInvalidError(),
    card_errors.UnknownRootError(),
]
# Events that move a visit forward, made likelier so random visits get deep.
PROGRESS = {
    "card_read": 3,
    "card_inserted": 2,
    "card_removed": 2,
    "next": 2,
    "decide": 2,
    "confirm": 2,
    "begin_card_swap": 2,
    "accept_trusted_person_card": 3,
    "add_trusted_person_typed": 2,
}
ADULTS = {"51031201736", "48080302477", "60122213564"}  # nl-, fr-, de-citizen (not expired)


def _any_card(name: str) -> CardRead:
    return other_card_of(card("nl-citizen")) if name == "other-nl" else card(name)


class RandomVisits(RuleBasedStateMachine):
    """Any sequence of events: only FlowError escapes, review needs a verified identity, and
    every ended visit leaves its session empty."""

    def __init__(self) -> None:
        super().__init__()
        self.flow, self.clock, self.outbox = make_flow(
            FlowConfig(max_trusted_persons=2, max_exclusions=3)
        )
        self.sessions = [self.flow.session]

    def _event(self, data: st.DataObject, events: list[str]) -> None:
        flow = self.flow
        event = data.draw(st.sampled_from(events), label="event")
        likely = "fr-citizen" if flow.step is Step.SWAP_READING_OTHER else "nl-citizen"
        drawn = {
            "decide": lambda: (data.draw(st.sampled_from([GIVEN, REFUSED])),),
            "card_read": lambda: (
                _any_card(data.draw(st.sampled_from((likely,) * 4 + ALL_CARDS))),
            ),
            "card_failed": lambda: (data.draw(st.sampled_from(CARD_ERRORS)),),
            "remove_trusted_person": lambda: (data.draw(st.integers(-1, 2)),),
            "add_exclusion": lambda: (
                data.draw(st.sampled_from([NIHII_1, NIHII_2, NIHII_3, "123"])),
            ),
            "remove_exclusion": lambda: (data.draw(st.sampled_from([NIHII_1, NIHII_2, "123"])),),
            "choose_language": lambda: (
                data.draw(st.sampled_from(["nl", "fr", "en", "de", "xx"])),
            ),
            "tick": lambda: (
                self.clock.advance(data.draw(st.sampled_from([0.5, 5.0, 14.0, 30.0, 45.0, 61.0]))),
            ),
        }
        kwargs: dict[str, object] = {}
        if event == "add_trusted_person_typed":
            nn = data.draw(st.sampled_from(["85073003328", "51031201736", "48080302477", "x"]))
            kwargs = {**TYPED, "national_number": nn}
        if event in ("add_trusted_person_typed", "accept_trusted_person_card"):
            kwargs["consent_acknowledged"] = data.draw(st.sampled_from([True, True, True, False]))
        if event in ("confirm", "retry"):
            self.outbox.failing = data.draw(st.booleans(), label="outbox fails")
        args = drawn.get(event, lambda: ())()
        with contextlib.suppress(FlowError):
            getattr(flow, event)(*args, **kwargs)

    @rule(data=st.data())
    def any_event(self, data: st.DataObject) -> None:
        """Anything, allowed here or not."""
        self._event(data, ALL_EVENTS)

    # Three equal rules: most of the time the citizen does something the step offers, so random
    # visits get deep into the flow instead of bouncing off the welcome screen.
    @rule(data=st.data())
    def an_offered_event(self, data: st.DataObject) -> None:
        offered = self.flow.allowed_events() - {"cancel", "not_me", "back"}
        if self.flow.step in HOLDS_IDENTITY:
            offered -= {"card_removed"}
        self._event(
            data,
            [e for e in sorted(offered) for _ in range(PROGRESS.get(e, 1))] or ["user_activity"],
        )

    @rule(data=st.data())
    def another_offered_event(self, data: st.DataObject) -> None:
        self.an_offered_event(data)

    @rule(data=st.data())
    def yet_another_offered_event(self, data: st.DataObject) -> None:
        self.an_offered_event(data)

    @invariant()
    def identity_is_verified_where_needed(self) -> None:
        flow = self.flow
        step = flow.resume_step if flow.step is Step.STILL_THERE else flow.step
        if step in HOLDS_IDENTITY | SWAP_STEPS:
            assert isinstance(flow.session.card, CardRead) and flow.session.read_at is not None
            assert flow.session.card.identity.national_number in ADULTS
            if step in (Step.REVIEW, Step.SUBMIT_ERROR):
                assert flow.decision is not None
                if flow.decision is REFUSED:
                    assert flow.trusted_persons == () and flow.exclusions == ()
        else:
            assert flow.session.is_empty(), step

    @invariant()
    def every_ended_visit_was_wiped(self) -> None:
        if self.flow.session is not self.sessions[-1]:
            self.sessions.append(self.flow.session)
        for session in self.sessions[:-1]:
            assert session.is_empty() and not session.history

    @invariant()
    def only_adults_with_valid_cards_are_stored(self) -> None:
        for enrolment in self.outbox.stored:
            assert enrolment.citizen.national_number in ADULTS


RandomVisits.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestRandomVisits = RandomVisits.TestCase


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
