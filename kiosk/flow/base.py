"""The state, the read-only view and the internals shared by the enrolment flow's events.

:class:`FlowCore` holds where the visit is (step, timers, card presence), the current
:class:`~kiosk.session.VisitSession` and the observers, and implements the few moves every
event is made of: admit an event, move along an edge of the transition table (saving or
restoring back-stack snapshots), end a visit (wipe, fresh session). The events themselves are in
:mod:`kiosk.flow.cards` and :mod:`kiosk.flow.machine`; the UI uses
:class:`~kiosk.flow.machine.EnrolmentFlow`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.flow import errors as codes
from kiosk.flow.config import FlowConfig
from kiosk.flow.errors import FlowError
from kiosk.flow.steps import ENDINGS, ON_BACK_STACK, TRANSITIONS, Step, logged_name
from kiosk.session import VisitSession

if TYPE_CHECKING:
    from kiosk.adaptations import Adaptations
    from kiosk.cardreader.reader import CardRead
    from kiosk.enrolment import ConsentDecision, Enrolment, Exclusion, TrustedPerson

log = logging.getLogger("kiosk.flow")

Observer = Callable[[Step, Step], None]
#: Stores a consent given and returns its reference code; for a refusal it only counts it and
#: returns None (a refusal is never sent: no Belgian register holds refusals).
Submit = Callable[["Enrolment"], str | None]
#: Has the card still in the reader, the one ``CardRead`` came from, sign a 48-byte challenge
#: with its basic key (INTERNAL AUTHENTICATE) and returns its raw ``r || s`` signature. Raises
#: a :class:`~kiosk.cardreader.errors.CardError` when the card cannot be reached (removed,
#: reader error), :class:`~kiosk.cardreader.errors.CardCloneError` when it fails the challenge.
Authenticate = Callable[["CardRead", bytes], bytes]
#: Told that a submission was refused before it was stored (``code``: why, e.g.
#: ``card-clone``), so it can be audited without the person's identity.
Refused = Callable[["Enrolment", str], None]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class FlowCore:
    """What every part of the flow shares. Not used on its own: see ``EnrolmentFlow``.

    Not thread-safe: call every method from one thread (the GUI thread; card monitor events
    reach it through queued signals). Observers run inside the event that changed the step;
    an exception they raise propagates to the caller, with the flow already in its new state.
    """

    def __init__(
        self,
        submit: Submit,
        config: FlowConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = _utc_now,
        authenticate: Authenticate | None = None,
        refused: Refused | None = None,
    ) -> None:
        self.config = config or FlowConfig()
        self._submit = submit
        self._authenticate = authenticate
        self._refused = refused
        self._clock = clock
        self._wall_clock = wall_clock
        self._observers: list[Observer] = []
        self._session = VisitSession(self.config.default_language)
        self._step = Step.WELCOME
        self._entered_at = self._last_activity = clock()
        self._resume_step: Step | None = None
        self._warning_deadline = 0.0
        self._error_code: str | None = None
        self._receipt: str | None = None
        self._nothing_sent = False
        self._card_present = False
        self._card_fresh = False  # inserted during this visit, not left by the previous one
        self._own_card_back = False  # the card in the reader is the citizen's own, re-verified

    def reconfigure(self, config: FlowConfig) -> None:
        """Take new settings (an operator changed the default language or the demo mode).

        The durations apply from now on; the default language to the next visitor. Demo mode
        is carried into every enrolment, so it may only change between visits (on the welcome
        screen, with no visit data): anything else raises ``RuntimeError``.
        """
        if config.demo != self.config.demo and (
            self._step is not Step.WELCOME or self._session.card is not None
        ):
            raise RuntimeError("demo mode can only change between visits")
        self.config = config

    # ---------------------------------------------------------------- what the UI reads

    @property
    def step(self) -> Step:
        return self._step

    @property
    def session(self) -> VisitSession:
        """The current visit's personal data (read it; change it only through events)."""
        return self._session

    @property
    def language(self) -> str:
        return self._session.language

    @property
    def adaptations(self) -> Adaptations:
        """How the screen adapts to the citizen's card (white or yellow cane) for this visit:
        set when their own card is read and accepted (reading -> confirm-identity), back to
        all False whenever the visit is wiped. Never logged, stored or sent."""
        return self._session.adaptations

    @property
    def error_code(self) -> str | None:
        """Why the current error step was entered (a card or enrolment error code)."""
        return self._error_code

    @property
    def reference(self) -> str | None:
        """The receipt's reference code, on the done step only."""
        return self._receipt

    @property
    def nothing_sent(self) -> bool:
        """On the done step: the answer was a refusal, only counted; nothing was stored or sent
        (so there is no reference code)."""
        return self._nothing_sent

    @property
    def resume_step(self) -> Step | None:
        """On the inactivity warning: the step a touch returns to."""
        return self._resume_step

    @property
    def stale_card_in_reader(self) -> bool:
        """A card left in the reader before this visit: ask for it to be taken out first."""
        return self._card_present and not self._card_fresh

    @property
    def trusted_persons(self) -> tuple[TrustedPerson, ...]:
        return tuple(self._session.choices.trusted_persons)

    @property
    def exclusions(self) -> tuple[Exclusion, ...]:
        return tuple(self._session.choices.exclusions)

    @property
    def decision(self) -> ConsentDecision | None:
        return self._session.choices.decision

    def allowed_events(self) -> frozenset[str]:
        """The events the current step accepts (besides language, activity and ticks)."""
        return frozenset(TRANSITIONS[self._step])

    def seconds_left(self, now: float | None = None) -> float | None:
        """The countdown of the inactivity warning or of an ending step, else None."""
        now = self._clock() if now is None else now
        if self._step is Step.STILL_THERE:
            return max(0.0, self._warning_deadline - now)
        if self._step in ENDINGS:
            return max(0.0, self._ending_deadline() - now)
        return None

    def add_observer(self, observer: Observer) -> None:
        self._observers.append(observer)

    def remove_observer(self, observer: Observer) -> None:
        self._observers.remove(observer)

    # ---------------------------------------------------------------- internals

    def _user(self, event: str) -> float:
        """Admit a citizen's action, or refuse it with nothing changed."""
        if event not in TRANSITIONS[self._step]:
            raise FlowError(codes.NOT_ALLOWED_HERE)
        now = self._clock()
        self._last_activity = now
        return now

    def _hardware(self) -> float:
        """A card moved or a read ended: that is activity, and it must not be lost."""
        now = self._clock()
        self._activity(now)
        return now

    def _activity(self, now: float) -> None:
        self._last_activity = now
        if self._step is Step.STILL_THERE:
            resume, self._resume_step = self._resume_step, None
            assert resume is not None
            self._move("user_activity", resume, now, push=False)

    def _ending_deadline(self) -> float:
        # a touch keeps the receipt up a little longer: someone may be copying the code
        return max(self._entered_at, self._last_activity) + self.config.ending_s

    def _require_room(self) -> None:
        if len(self._session.choices.trusted_persons) >= self.config.max_trusted_persons:
            raise FlowError(codes.TOO_MANY_TRUSTED_PERSONS)

    def _trusted_problem(self, person: TrustedPerson) -> str | None:
        card = self._session.card
        assert card is not None
        listed = self._session.choices.trusted_persons
        if person.national_number == card.identity.national_number:
            return codes.TRUSTED_PERSON_IS_CITIZEN
        if any(p.national_number == person.national_number for p in listed):
            return codes.DUPLICATE_TRUSTED_PERSON
        if len(listed) >= self.config.max_trusted_persons:
            return codes.TOO_MANY_TRUSTED_PERSONS
        return None

    def _end_visit(self, event: str, now: float, reason: str) -> None:
        log.info(
            "visit ended (%s) on step %s; personal data wiped", reason, logged_name(self._step)
        )
        self._replace_session(keep_language=False)
        self._move(event, Step.WELCOME, now, push=False)

    def _replace_session(self, *, keep_language: bool) -> None:
        old = self._session
        language = old.language if keep_language else self.config.default_language
        self._session = VisitSession(language)
        old.wipe()
        self._receipt = None
        self._nothing_sent = False
        self._resume_step = None
        self._card_fresh = self._own_card_back = False

    def _move(
        self, event: str, target: Step, now: float, *, error: str | None = None, push: bool = True
    ) -> None:
        """Go to ``target`` along a declared edge. Forward from a back-stack step saves it;
        arriving at a saved step (the end of a sub-flow, a retry) drops it and what followed,
        keeping the current choices. ``error`` is the error code the target step shows."""
        old = self._step
        if target not in TRANSITIONS[old].get(event, ()):
            raise RuntimeError(
                f"undeclared transition {logged_name(old)} -[{event}]-> {logged_name(target)}"
            )
        history = self._session.history
        if target is not old:
            if any(step is target for step, _ in history):  # returning to a saved step
                while history.pop()[0] is not target:
                    pass
            elif push and old in ON_BACK_STACK:
                self._session.push(old)
        self._step = target
        self._entered_at = now
        self._error_code = error
        log.debug("step %s -[%s]-> %s", logged_name(old), event, logged_name(target))
        self._notify(old, target)

    def _notify(self, old: Step, new: Step) -> None:
        for observer in list(self._observers):
            observer(old, new)

    def __repr__(self) -> str:
        return f"EnrolmentFlow(step={logged_name(self._step)!r}, {self._session!r})"

    __str__ = __repr__
