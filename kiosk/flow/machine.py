"""The enrolment flow: every action a citizen can take at the kiosk, and every rule, without Qt.

:class:`EnrolmentFlow` is a plain state machine over :class:`~kiosk.flow.steps.Step`. The UI
attaches one page to each step, calls one method per citizen action or hardware event, and
redraws when an observer is told ``(old_step, new_step)`` (equal steps: the same page changed,
e.g. the language or a list). A refused action raises :class:`~kiosk.flow.errors.FlowError` and
changes nothing. The machine owns no timer and no thread: the UI feeds ``tick(now)`` and
``user_activity(now)``; every other event reads the injected monotonic ``clock``.

Personal data lives only in :attr:`EnrolmentFlow.session` (:class:`kiosk.session.VisitSession`);
every way a visit ends (done, "this is not me", card removed, cancel, inactivity, under 16)
wipes it and starts a fresh one.

Back-stack: as in Electrum's wizard, moving forward from a step saves it with a deep copy of
the citizen's choices; "back" returns to the newest saved step and restores its choices, so what
was entered on later steps is dropped (a refusal can never carry a trusted person along).
Readings, errors, confirmations and the card swap are never saved, so back from review after a
refusal lands on the consent decision. Reading a card clears the stack: there is no way back to
before the identity was read ("this is not me" ends the visit instead).

Trusted person by card (one reader): the citizen's card must leave the reader, which normally
ends the visit, so the swap is its own sub-flow where removal is expected::

    trusted-person -> swap-remove-own      "take out your card"
                   -> swap-insert-other    "insert your trusted person's card"
                   -> swap-reading-other   (verified read; not the citizen, not a duplicate)
                   -> swap-confirm-other   name shown; citizen acknowledges their consent
                   -> swap-remove-other    "take out their card"
                   -> swap-reinsert-own    "insert your own card again"
                   -> swap-reading-own     same national number, card number and chip?
                   -> trusted-person       the person is added only now

Re-reading the citizen's own card and checking it is the same card (and chip) restores the
guarantee that the session belongs to the person holding the card; until then the accepted
trusted person is only pending. "Cancel" (or the swap timeout while waiting for a card to move)
drops the pending person and heads back the shortest safe way: straight to the trusted-person
step while the citizen's card is still in, otherwise through "insert your own card again" (a
stranger must not continue someone else's visit). Inactivity still applies throughout and wipes
the visit, so a citizen who walks away mid-swap leaves nothing behind.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from kiosk.cardreader.errors import CardRemovedError
from kiosk.enrolment import (
    MINIMUM_AGE,
    ConsentDecision,
    Enrolment,
    EnrolmentError,
    Exclusion,
    TrustedPerson,
    citizen_from_card,
    proof_from_card,
)
from kiosk.flow import errors as codes
from kiosk.flow.config import LANGUAGES, FlowConfig
from kiosk.flow.errors import FlowError
from kiosk.flow.steps import (
    BUSY,
    ENDINGS,
    HOLDS_IDENTITY,
    ON_BACK_STACK,
    SWAP_WAITING,
    TRANSITIONS,
    WATCHED,
    Step,
)
from kiosk.session import VisitSession

if TYPE_CHECKING:
    from kiosk.cardreader.reader import CardRead

log = logging.getLogger(__name__)

Observer = Callable[[Step, Step], None]
Submit = Callable[[Enrolment], str]

_SEPARATORS = re.compile(r"[\s.\-/]")
_ERROR_STEP = {Step.READING: Step.CARD_ERROR, Step.SWAP_READING_OTHER: Step.SWAP_OTHER_ERROR,
               Step.SWAP_READING_OWN: Step.SWAP_OWN_ERROR}  # fmt: skip


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _same_card(a: CardRead, b: CardRead) -> bool:
    x, y = a.identity, b.identity
    return (x.national_number, x.card_number, bytes(x.chip_number)) == (
        y.national_number,
        y.card_number,
        bytes(y.chip_number),
    )


def _trusted_from_card(card: CardRead) -> TrustedPerson:
    i = card.identity
    return TrustedPerson(
        national_number=i.national_number,
        eid_card_number=i.card_number,
        surname=i.surname,
        first_names=i.first_names,
        source="card",
    )


class EnrolmentFlow:
    """One kiosk's visit state machine. See the module docstring for the design.

    Args:
        submit: stores the captured enrolment durably (the outbox) and returns the reference
            code shown on the receipt. Called on the caller's thread; it must either store the
            whole enrolment or raise having stored nothing.
        config: the kiosk's :class:`FlowConfig`.
        clock: monotonic seconds, for inactivity and timeouts.
        wall_clock: aware current time, for the visit date (age rule) and the proof's time.
    """

    def __init__(
        self,
        submit: Submit,
        config: FlowConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.config = config or FlowConfig()
        self._submit = submit
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
        self._card_present = False
        self._card_fresh = False  # inserted during this visit, not left by the previous one
        self._own_card_back = False  # the card in the reader is the citizen's own, re-verified

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
    def error_code(self) -> str | None:
        """Why the current error step was entered (a card or enrolment error code)."""
        return self._error_code

    @property
    def reference(self) -> str | None:
        """The receipt's reference code, on the done step only."""
        return self._receipt

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
            return max(0.0, self._entered_at + self.config.ending_s - now)
        return None

    def add_observer(self, observer: Observer) -> None:
        self._observers.append(observer)

    def remove_observer(self, observer: Observer) -> None:
        self._observers.remove(observer)

    # ---------------------------------------------------------------- navigation

    def start(self) -> None:
        self._move("start", Step.PRIVACY, self._user("start"))

    def choose_language(self, language: str) -> None:
        """Allowed on every step; nothing else changes. The enrolment takes the language in
        use when the citizen confirms."""
        if language not in LANGUAGES:
            raise FlowError(codes.UNKNOWN_LANGUAGE)
        self._activity(self._clock())
        if language != self._session.language:
            self._session.language = language
            self._notify(self._step, self._step)

    def next(self) -> None:
        now = self._user("next")
        step = self._step
        if step is Step.PRIVACY:
            fresh_card = self._card_present and self._card_fresh
            self._move("next", Step.READING if fresh_card else Step.INSERT_CARD, now)
        elif step in ENDINGS:
            self._end_visit("next", now, "finished")
        else:
            following = {Step.CONFIRM_IDENTITY: Step.CONSENT, Step.TRUSTED_PERSON: Step.EXCLUSIONS,
                         Step.EXCLUSIONS: Step.REVIEW}  # fmt: skip
            self._move("next", following[step], now)

    def back(self) -> None:
        """Return to the previous saved step with its choices as they were there."""
        if "back" not in TRANSITIONS[self._step] or not self._session.history:
            raise FlowError(codes.NO_WAY_BACK)
        now = self._user("back")
        if self._step is Step.SUBMIT_ERROR:
            self._session.enrolment = None  # a changed enrolment is a new submission
        self._move("back", self._session.pop(restore=True), now, push=False)

    def cancel(self) -> None:
        """The citizen stops: wipe everything and return to the welcome screen."""
        self._end_visit("cancel", self._user("cancel"), "cancelled by the citizen")

    def not_me(self) -> None:
        self._end_visit("not_me", self._user("not_me"), "identity not confirmed by the citizen")

    def retry(self) -> None:
        """Try again after a card read error or a failed submission."""
        now = self._user("retry")
        step = self._step
        if step is Step.SUBMIT_ERROR:
            self._submit_enrolment("retry", now)
        elif step is Step.CARD_ERROR:
            fresh_card = self._card_present and self._card_fresh
            self._move("retry", Step.READING if fresh_card else Step.INSERT_CARD, now)
        elif step is Step.SWAP_OTHER_ERROR:
            self._own_card_back = False
            target = Step.SWAP_READING_OTHER if self._card_present else Step.SWAP_INSERT_OTHER
            self._move("retry", target, now)
        else:
            target = Step.SWAP_READING_OWN if self._card_present else Step.SWAP_REINSERT_OWN
            self._move("retry", target, now)

    # ---------------------------------------------------------------- consent

    def decide(self, decision: ConsentDecision) -> None:
        """Give or refuse consent. A refusal is recorded only once confirmed."""
        now = self._user("decide")
        decision = ConsentDecision(decision)
        if decision is ConsentDecision.GIVEN:
            self._session.choices.decision = decision
            self._move("decide", Step.TRUSTED_PERSON, now)
        else:
            self._session.choices.decision = None
            self._move("decide", Step.CONFIRM_REFUSAL, now)

    def confirm_refusal(self) -> None:
        now = self._user("confirm_refusal")
        choices = self._session.choices
        choices.clear()
        choices.decision = ConsentDecision.REFUSED
        self._move("confirm_refusal", Step.REVIEW, now)

    # ---------------------------------------------------------------- trusted persons

    def type_trusted_person(self) -> None:
        """Open the form for a trusted person whose card is not here."""
        now = self._user("type_trusted_person")
        self._require_room()
        self._move("type_trusted_person", Step.TRUSTED_TYPED, now)

    def add_trusted_person_typed(
        self,
        *,
        national_number: str,
        card_number: str,
        surname: str,
        first_names: str,
        consent_acknowledged: bool,
    ) -> None:
        """Add a typed trusted person; ``consent_acknowledged``: the citizen confirmed that this
        person registered their own consent (BHN requires it)."""
        now = self._user("add_trusted_person_typed")
        if consent_acknowledged is not True:
            raise FlowError(codes.CONSENT_NOT_ACKNOWLEDGED)
        try:
            person = TrustedPerson(
                national_number=national_number,
                eid_card_number=card_number,
                surname=surname,
                first_names=first_names,
                source="typed",
            )
        except EnrolmentError as exc:
            raise FlowError(exc.code) from None
        problem = self._trusted_problem(person)
        if problem is not None:
            raise FlowError(problem)
        self._session.choices.trusted_persons.append(person)
        self._move("add_trusted_person_typed", Step.TRUSTED_PERSON, now)

    def remove_trusted_person(self, index: int) -> None:
        self._user("remove_trusted_person")
        persons = self._session.choices.trusted_persons
        if not 0 <= index < len(persons):
            raise FlowError(codes.NO_SUCH_TRUSTED_PERSON)
        del persons[index]
        self._notify(self._step, self._step)

    def begin_card_swap(self) -> None:
        """Start reading the trusted person's card in the same reader."""
        now = self._user("begin_card_swap")
        self._require_room()
        self._move("begin_card_swap", Step.SWAP_REMOVE_OWN, now)

    def accept_trusted_person_card(self, *, consent_acknowledged: bool) -> None:
        """Accept the trusted person whose card was just read (added once the citizen's own
        card is back)."""
        now = self._user("accept_trusted_person_card")
        if consent_acknowledged is not True:
            raise FlowError(codes.CONSENT_NOT_ACKNOWLEDGED)
        session = self._session
        assert session.pending_card is not None  # swap-confirm-other is entered only with one
        session.pending_person = _trusted_from_card(session.pending_card)
        session.pending_card = None  # keep no more of the trusted person's card than needed
        self._move("accept_trusted_person_card", Step.SWAP_REMOVE_OTHER, now)

    def cancel_swap(self) -> None:
        """Give up adding a trusted person by card; the citizen's data is kept."""
        self._cancel_swap("cancel_swap", self._user("cancel_swap"))

    # ---------------------------------------------------------------- exclusions

    def add_exclusion(self, nihii: str, name: str | None = None, *, check_digits_confirmed: bool = False) -> None:
        """Exclude a care provider by NIHII number. ``check_digits_confirmed``: the citizen
        confirmed a number whose check digits follow no known rule (see :class:`Exclusion`)."""
        self._user("add_exclusion")
        try:
            exclusion = Exclusion(nihii=nihii, display_name=name, check_digits_confirmed=check_digits_confirmed)
        except EnrolmentError as exc:
            raise FlowError(exc.code) from None
        listed = self._session.choices.exclusions
        if any(e.nihii == exclusion.nihii for e in listed):
            raise FlowError(codes.DUPLICATE_EXCLUSION)
        if len(listed) >= self.config.max_exclusions:
            raise FlowError(codes.TOO_MANY_EXCLUSIONS)
        listed.append(exclusion)
        self._notify(self._step, self._step)

    def remove_exclusion(self, nihii: str) -> None:
        self._user("remove_exclusion")
        number = _SEPARATORS.sub("", nihii)
        listed = self._session.choices.exclusions
        for i, exclusion in enumerate(listed):
            if exclusion.nihii == number:
                del listed[i]
                self._notify(self._step, self._step)
                return
        raise FlowError(codes.NO_SUCH_EXCLUSION)

    # ---------------------------------------------------------------- review

    def confirm(self) -> None:
        """Capture the enrolment and hand it to ``submit``; done (receipt) or a retryable error."""
        now = self._user("confirm")
        session = self._session
        assert session.card is not None and session.read_at is not None
        assert session.choices.decision is not None
        try:
            session.enrolment = Enrolment.capture(
                citizen=citizen_from_card(session.card, session.language),
                decision=session.choices.decision,
                proof=proof_from_card(session.card, session.read_at),
                stand_id=self.config.stand_id,
                kiosk_id=self.config.kiosk_id,
                trusted_persons=session.choices.trusted_persons,
                exclusions=session.choices.exclusions,
                demo=self.config.demo,
                now=self._wall_clock(),
            )
        except EnrolmentError as exc:
            log.warning("enrolment refused at review: %s", exc.code)
            raise FlowError(exc.code) from None
        self._submit_enrolment("confirm", now)

    # ---------------------------------------------------------------- card events

    def card_inserted(self) -> None:
        now = self._hardware()
        self._card_present = self._card_fresh = True
        self._own_card_back = False
        step = self._step
        if step in (Step.INSERT_CARD, Step.CARD_ERROR):
            self._move("card_inserted", Step.READING, now)
        elif step in (Step.SWAP_INSERT_OTHER, Step.SWAP_OTHER_ERROR):
            self._move("card_inserted", Step.SWAP_READING_OTHER, now)
        elif step in (Step.SWAP_REINSERT_OWN, Step.SWAP_OWN_ERROR):
            self._move("card_inserted", Step.SWAP_READING_OWN, now)

    def card_removed(self) -> None:
        now = self._hardware()
        self._card_present = self._card_fresh = self._own_card_back = False
        step = self._step
        if step in HOLDS_IDENTITY:
            self._end_visit("card_removed", now, "card removed")
        elif step in _ERROR_STEP:
            self._move("card_removed", _ERROR_STEP[step], now, error=CardRemovedError.code)
        elif step in (Step.CARD_ERROR, Step.SWAP_OTHER_ERROR, Step.SWAP_OWN_ERROR):
            if self._error_code != CardRemovedError.code:  # keep saying why the read stopped
                waiting = {Step.CARD_ERROR: Step.INSERT_CARD, Step.SWAP_OTHER_ERROR: Step.SWAP_INSERT_OTHER,
                           Step.SWAP_OWN_ERROR: Step.SWAP_REINSERT_OWN}  # fmt: skip
                self._move("card_removed", waiting[step], now)
        elif step is Step.SWAP_REMOVE_OWN:
            self._move("card_removed", Step.SWAP_INSERT_OTHER, now)
        elif step is Step.SWAP_CONFIRM_OTHER:
            self._session.drop_pending()
            self._move("card_removed", Step.SWAP_INSERT_OTHER, now)
        elif step is Step.SWAP_REMOVE_OTHER:
            self._move("card_removed", Step.SWAP_REINSERT_OWN, now)

    def card_read(self, card: CardRead) -> None:
        """A verified read finished (``kiosk.cardreader.reader.read_card``)."""
        now = self._hardware()
        step = self._step
        if step is Step.READING:
            self._read_citizen(card, now)
        elif step is Step.SWAP_READING_OTHER:
            self._read_trusted_person(card, now)
        elif step is Step.SWAP_READING_OWN:
            self._reread_own(card, now)
        else:
            log.debug("card read result ignored on step %s", step.value)

    def card_failed(self, error: BaseException) -> None:
        """A read failed; ``error`` is normally a :class:`kiosk.cardreader.errors.CardError`."""
        now = self._hardware()
        code = getattr(error, "code", None)
        code = code if isinstance(code, str) else "read-error"
        target = {Step.READING: Step.CARD_ERROR, Step.INSERT_CARD: Step.CARD_ERROR,
                  Step.SWAP_READING_OTHER: Step.SWAP_OTHER_ERROR, Step.SWAP_INSERT_OTHER: Step.SWAP_OTHER_ERROR,
                  Step.SWAP_READING_OWN: Step.SWAP_OWN_ERROR,
                  Step.SWAP_REINSERT_OWN: Step.SWAP_OWN_ERROR}.get(self._step)  # fmt: skip
        if target is None:
            log.debug("card error %s ignored on step %s", code, self._step.value)
            return
        log.info("card read failed on step %s: %s", self._step.value, code)
        self._move("card_failed", target, now, error=code)

    # ---------------------------------------------------------------- time

    def user_activity(self, now: float | None = None) -> None:
        """Any touch: restarts the inactivity delay and dismisses the warning."""
        self._activity(self._clock() if now is None else now)

    def tick(self, now: float | None = None) -> None:
        """Let time pass: inactivity warning and wipe, timeouts, the receipt's return."""
        now = self._clock() if now is None else now
        step, cfg = self._step, self.config
        if step is Step.STILL_THERE:
            if now >= self._warning_deadline:
                self._end_visit("tick", now, "inactivity")
        elif step in ENDINGS:
            if now - self._entered_at >= cfg.ending_s:
                self._end_visit("tick", now, "ending shown")
        elif step in BUSY:
            if now - self._entered_at >= cfg.read_timeout_s:
                log.warning("card read timed out on step %s", step.value)
                self._move("tick", _ERROR_STEP[step], now, error=codes.READ_TIMEOUT)
        elif step in SWAP_WAITING and now - self._entered_at >= cfg.swap_timeout_s:
            log.info("card swap timed out on step %s", step.value)
            self._cancel_swap("tick", now)
        elif step in WATCHED and now - self._last_activity >= cfg.inactivity_s:
            self._resume_step = step
            self._warning_deadline = now + cfg.warning_s
            self._move("tick", Step.STILL_THERE, now, push=False)
        elif step is Step.WELCOME and now - self._last_activity >= cfg.inactivity_s:
            if self._session.language != cfg.default_language:
                self._session.language = cfg.default_language  # ready for the next visitor
                self._notify(step, step)

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

    def _read_citizen(self, card: CardRead, now: float) -> None:
        if card.expired and not self.config.accept_expired_cards:
            self._move("card_read", Step.CARD_ERROR, now, error=codes.CARD_EXPIRED)
            return
        try:
            born = citizen_from_card(card, self._session.language).latest_possible_birth_date()
        except EnrolmentError as exc:
            self._move("card_read", Step.CARD_ERROR, now, error=exc.code)
            return
        if born is None:
            self._move("card_read", Step.CARD_ERROR, now, error="age-unknown")
            return
        # the UTC date, as Enrolment.capture uses: never later than the Brussels date
        if _age_on(born, self._wall_clock().astimezone(UTC).date()) < MINIMUM_AGE:
            log.info("card holder under %d: legal representative route shown, nothing kept", MINIMUM_AGE)
            self._session.wipe()
            self._move("card_read", Step.UNDER_16, now)
            return
        self._session.history.clear()  # no way back to before the identity was read
        self._session.card = card
        self._session.read_at = self._wall_clock().astimezone(UTC)
        self._move("card_read", Step.CONFIRM_IDENTITY, now)

    def _read_trusted_person(self, card: CardRead, now: float) -> None:
        own = self._session.card
        assert own is not None
        if _same_card(card, own):
            self._own_card_back = True
            problem: str | None = codes.TRUSTED_PERSON_IS_CITIZEN
        elif card.expired and not self.config.accept_expired_cards:
            problem = codes.CARD_EXPIRED
        else:
            try:
                problem = self._trusted_problem(_trusted_from_card(card))
            except EnrolmentError as exc:
                problem = exc.code
        if problem is not None:
            self._move("card_read", Step.SWAP_OTHER_ERROR, now, error=problem)
            return
        self._session.pending_card = card
        self._move("card_read", Step.SWAP_CONFIRM_OTHER, now)

    def _reread_own(self, card: CardRead, now: float) -> None:
        session = self._session
        assert session.card is not None
        if not _same_card(card, session.card):
            self._move("card_read", Step.SWAP_OWN_ERROR, now, error=codes.NOT_THE_SAME_CARD)
            return
        person, session.pending_person = session.pending_person, None
        if person is not None and self._trusted_problem(person) is None:
            session.choices.trusted_persons.append(person)
        self._move("card_read", Step.TRUSTED_PERSON, now)

    def _cancel_swap(self, event: str, now: float) -> None:
        self._session.drop_pending()
        step = self._step
        if step is Step.SWAP_REMOVE_OWN or (step is Step.SWAP_OTHER_ERROR and self._own_card_back):
            target = Step.TRUSTED_PERSON
        elif step is Step.SWAP_INSERT_OTHER or (step is Step.SWAP_OTHER_ERROR and not self._card_present):
            target = Step.SWAP_REINSERT_OWN
        else:
            target = Step.SWAP_REMOVE_OTHER  # their card is (or may be) still in the reader
        self._move(event, target, now)

    def _submit_enrolment(self, event: str, now: float) -> None:
        enrolment = self._session.enrolment
        assert enrolment is not None
        try:
            reference = self._submit(enrolment)
        # Whatever stops the outbox (disk full, a bug), the citizen must not lose their entries.
        except Exception as exc:
            log.error("enrolment not stored (%s); the citizen's entries are kept", type(exc).__name__)
            self._move(event, Step.SUBMIT_ERROR, now, error=codes.SUBMIT_FAILED)
            return
        log.info("enrolment stored; receipt shown")
        self._replace_session(keep_language=True)
        self._receipt = str(reference)
        self._move(event, Step.DONE, now, push=False)

    def _end_visit(self, event: str, now: float, reason: str) -> None:
        log.info("visit ended (%s) on step %s; personal data wiped", reason, self._step.value)
        self._replace_session(keep_language=False)
        self._move(event, Step.WELCOME, now, push=False)

    def _replace_session(self, *, keep_language: bool) -> None:
        old = self._session
        language = old.language if keep_language else self.config.default_language
        self._session = VisitSession(language)
        old.wipe()
        self._receipt = None
        self._resume_step = None
        self._card_fresh = self._own_card_back = False

    def _move(self, event: str, target: Step, now: float, *, error: str | None = None, push: bool = True) -> None:
        old = self._step
        if target not in TRANSITIONS[old].get(event, ()):
            raise RuntimeError(f"undeclared transition {old.value} -[{event}]-> {target.value}")
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
        log.debug("step %s -[%s]-> %s", old.value, event, target.value)
        self._notify(old, target)

    def _notify(self, old: Step, new: Step) -> None:
        for observer in list(self._observers):
            observer(old, new)

    def __repr__(self) -> str:
        return f"EnrolmentFlow(step={self._step.value!r}, {self._session!r})"

    __str__ = __repr__
