"""Random sequences of flow events (hypothesis): only flow errors escape, a verified identity
where one is needed, and every ended visit wiped."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kiosk.cardreader import errors as card_errors
from kiosk.cardreader.reader import CardRead
from kiosk.enrolment import ConsentDecision
from kiosk.flow import TRANSITIONS, FlowConfig, FlowError, Step
from kiosk.flow.steps import HOLDS_IDENTITY, SWAP_STEPS
from tests.helpers.flow_driver import make_flow
from tests.helpers.specimens import NIHII_1, NIHII_2, NIHII_3, TYPED, other_card_of, specimen_read

GIVEN, REFUSED = ConsentDecision.GIVEN, ConsentDecision.REFUSED


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
    return other_card_of(specimen_read("nl-citizen")) if name == "other-nl" else specimen_read(name)


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
