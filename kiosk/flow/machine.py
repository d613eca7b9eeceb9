"""The enrolment flow: every action a citizen can take at the kiosk, and every rule, without Qt.

:class:`EnrolmentFlow` is a plain state machine over :class:`~kiosk.flow.steps.Step`. The UI
attaches one page to each step, calls one method per citizen action or hardware event, and
redraws when an observer is told ``(old_step, new_step)`` (equal steps: the same page changed,
e.g. the language or a list). A refused action raises :class:`~kiosk.flow.errors.FlowError` and
changes nothing. The machine owns no timer and no thread: the UI feeds ``tick(now)`` and
``user_activity(now)``; every other event reads the injected monotonic ``clock``.

Personal data lives only in :attr:`EnrolmentFlow.session` (:class:`kiosk.session.VisitSession`);
every way a visit ends (done, "this is not me", card removed, cancel, inactivity, under 16, a
legal representative acting for the card's holder) wipes it and starts a fresh one.

The card's special status (identity tag 0x10) only adapts this visit: a white or yellow cane
sets :attr:`EnrolmentFlow.adaptations` (:mod:`kiosk.adaptations`) when the citizen's own card is
accepted, wiped with the session; extended minority ends the visit on the representation step
(after the under-16 check), nothing kept, nothing queued. The status is never logged: the
representation and under-16 endings log the same lines (:data:`~kiosk.flow.steps.LOGGED_AS`).

Back-stack: as in Electrum's wizard, moving forward from a step saves it with a deep copy of
the citizen's choices; "back" returns to the newest saved step and restores its choices, so what
was entered on later steps is dropped (a refusal can never carry a trusted person along).
Readings, errors, confirmations and the card swap are never saved, so back from review after a
refusal lands on the consent decision. Reading a card clears the stack: there is no way back to
before the identity was read ("this is not me" ends the visit instead).

Card evidence: when the citizen confirms a consent read from an applet 1.8 card, the injected
``authenticate`` has the card still in the reader sign the submission's challenge
(:func:`kiosk.evidence.submission_challenge`), once per submission, and the flow verifies the
signature against the basic key checked at read time. A card that fails is a clone: refused
like forged data (``card-clone`` on the card error step), nothing stored, ``refused`` told, the
visit wiped. A card out of reach in that instant is the retryable submit error. A card without
a basic key (applet 1.7 and older) is not asked: its enrolment says "authenticity not
provable".

The card events and the trusted-person card swap are in :mod:`kiosk.flow.cards`; the shared
state and moves in :mod:`kiosk.flow.base`.
"""

from __future__ import annotations

import dataclasses
import re

from kiosk.cardreader.errors import CardCloneError
from kiosk.enrolment import (
    ConsentDecision,
    Enrolment,
    EnrolmentError,
    Exclusion,
    TrustedPerson,
    citizen_from_card,
    proof_from_card,
    with_card_signature,
)
from kiosk.errors import stable_code
from kiosk.evidence import submission_challenge
from kiosk.flow import errors as codes
from kiosk.flow.base import Authenticate, Observer, Refused, Submit, log
from kiosk.flow.cards import READ_ERROR_STEP, CardEvents
from kiosk.flow.config import LANGUAGES
from kiosk.flow.errors import FlowError
from kiosk.flow.steps import (
    BUSY,
    ENDINGS,
    SWAP_WAITING,
    TRANSITIONS,
    WATCHED,
    Step,
    logged_name,
)

__all__ = ["Authenticate", "EnrolmentFlow", "Observer", "Refused", "Submit"]

_SEPARATORS = re.compile(r"[\s.\-/]")


class EnrolmentFlow(CardEvents):
    """One kiosk's visit state machine. See the module docstring for the design.

    Args:
        submit: stores the captured enrolment durably (the outbox) and returns the reference
            code shown on the receipt; for a refusal it only counts it and returns None.
            Called on the caller's thread; it must either store the whole enrolment or raise
            having stored nothing.
        config: the kiosk's :class:`~kiosk.flow.config.FlowConfig`.
        clock: monotonic seconds, for inactivity and timeouts.
        wall_clock: aware current time, for the visit date (age rule) and the proof's time.
        authenticate: has the card still in the reader sign the submission's challenge
            (:data:`~kiosk.flow.base.Authenticate`); called on the caller's thread once per
            submission, when the citizen confirms a consent read from an applet-1.8 card.
            None: no challenge (every enrolment says "authenticity not provable").
        refused: told when a submission is refused before storing (a clone), for the audit.
    """

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
            following = {
                Step.CONFIRM_IDENTITY: Step.CONSENT,
                Step.TRUSTED_PERSON: Step.EXCLUSIONS,
                Step.EXCLUSIONS: Step.REVIEW,
            }
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

    # ---------------------------------------------------------------- trusted persons, typed

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

    # ---------------------------------------------------------------- exclusions

    def add_exclusion(
        self, nihii: str, name: str | None = None, *, check_digits_confirmed: bool = False
    ) -> None:
        """Exclude a care provider by NIHII number. ``check_digits_confirmed``: the citizen
        confirmed a number whose check digits follow no known rule (see
        :class:`~kiosk.enrolment.Exclusion`)."""
        self._user("add_exclusion")
        try:
            exclusion = Exclusion(
                nihii=nihii, display_name=name, check_digits_confirmed=check_digits_confirmed
            )
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
                proof=proof_from_card(
                    session.card, session.read_at, with_files=self.config.evidence == "card"
                ),
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

    def _submit_enrolment(self, event: str, now: float) -> None:
        enrolment = self._session.enrolment
        assert enrolment is not None
        try:
            enrolment = self._session.enrolment = self._prove_card(enrolment)
        except CardCloneError as exc:
            self._refuse_clone(event, now, enrolment, exc.code)
            return
        # The card was taken out in that instant, the reader failed...: try again.
        except Exception as exc:
            log.warning("the card's challenge could not be run (%s)", stable_code(exc))
            self._move(event, Step.SUBMIT_ERROR, now, error=codes.SUBMIT_FAILED)
            return
        try:
            reference = self._submit(enrolment)
        # Whatever stops the outbox (disk full, a bug), the citizen must not lose their entries.
        except Exception as exc:
            log.error(
                "enrolment not stored (%s); the citizen's entries are kept", type(exc).__name__
            )
            self._move(event, Step.SUBMIT_ERROR, now, error=codes.SUBMIT_FAILED)
            return
        log.info("enrolment stored; receipt shown")
        self._replace_session(keep_language=True)
        self._receipt = None if reference is None else str(reference)
        self._nothing_sent = reference is None
        self._move(event, Step.DONE, now, push=False)

    def _prove_card(self, enrolment: Enrolment) -> Enrolment:
        """``enrolment`` once the card in the reader signed its challenge (once per submission:
        a retry after a failed store does not ask again), verified against the basic key
        checked at read time. Unchanged, "authenticity not provable", for a card without a basic
        key (applet 1.7 and older), and without an authenticator (a flow built for tests). A
        refusal is only counted, never sent: its card is not asked."""
        card = self._session.card
        assert card is not None
        if (
            enrolment.proof.authenticity == "verified"
            or enrolment.decision is not ConsentDecision.GIVEN
            or card.basic_key is None
            or self._authenticate is None
        ):
            return enrolment
        # Imported here: cryptography is not needed to show the welcome page.
        from kiosk.cardreader.verify import verify_card_signature

        challenge = submission_challenge(enrolment)
        signature = self._authenticate(card, challenge)
        # Checked here too: the flow does not take the authenticator's word for it.
        verify_card_signature(card.basic_key, challenge, signature)
        log.info("the card signed this submission's challenge")
        proof = with_card_signature(enrolment.proof, challenge, signature)
        return dataclasses.replace(enrolment, proof=proof)

    def _refuse_clone(self, event: str, now: float, enrolment: Enrolment, code: str) -> None:
        """The card's files verified but it cannot sign with their basic key: refused like
        forged data, nothing stored, the visit wiped."""
        log.warning("the card failed this submission's challenge (%s): nothing stored", code)
        if self._refused is not None:
            try:
                self._refused(enrolment, code)
            except Exception as exc:  # noqa: BLE001 - the refusal stands even if not audited
                log.error("the refusal could not be recorded (%s)", type(exc).__name__)
        self._replace_session(keep_language=True)
        self._move(event, Step.CARD_ERROR, now, error=code, push=False)

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
            if now >= self._ending_deadline():
                self._end_visit("tick", now, "ending shown")
        elif step in BUSY:
            if now - self._entered_at >= cfg.read_timeout_s:
                log.warning("card read timed out on step %s", logged_name(step))
                self._move("tick", READ_ERROR_STEP[step], now, error=codes.READ_TIMEOUT)
        elif step in SWAP_WAITING and now - self._entered_at >= cfg.swap_timeout_s:
            log.info("card swap timed out on step %s", logged_name(step))
            self._cancel_swap("tick", now)
        elif step in WATCHED and now - self._last_activity >= cfg.inactivity_s:
            self._resume_step = step
            self._warning_deadline = now + cfg.warning_s
            self._move("tick", Step.STILL_THERE, now, push=False)
        elif (
            step is Step.WELCOME
            and now - self._last_activity >= cfg.inactivity_s
            and self._session.language != cfg.default_language
        ):
            self._session.language = cfg.default_language  # ready for the next visitor
            self._notify(step, step)
