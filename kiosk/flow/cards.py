"""The card events of the enrolment flow: the citizen's read, and the trusted-person card swap.

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

from datetime import UTC, date
from typing import TYPE_CHECKING

from kiosk.adaptations import Adaptations, adaptations_for
from kiosk.cardreader.errors import CardReadError, CardRemovedError
from kiosk.enrolment import MINIMUM_AGE, EnrolmentError, TrustedPerson, citizen_from_card
from kiosk.flow import errors as codes
from kiosk.flow.base import FlowCore, log
from kiosk.flow.errors import FlowError
from kiosk.flow.steps import HOLDS_IDENTITY, Step, logged_name

if TYPE_CHECKING:
    from kiosk.cardreader.reader import CardRead

#: Where a read that fails (or times out) leads.
READ_ERROR_STEP = {
    Step.READING: Step.CARD_ERROR,
    Step.SWAP_READING_OTHER: Step.SWAP_OTHER_ERROR,
    Step.SWAP_READING_OWN: Step.SWAP_OWN_ERROR,
}

#: A reader problem reported while waiting for a card (e.g. the reader was unplugged) is shown
#: on the same error step as a failed read.
_FAILED_TO = {
    **READ_ERROR_STEP,
    Step.INSERT_CARD: Step.CARD_ERROR,
    Step.SWAP_INSERT_OTHER: Step.SWAP_OTHER_ERROR,
    Step.SWAP_REINSERT_OWN: Step.SWAP_OWN_ERROR,
}

#: Taking a rejected card out of the reader: ask for a card again.
_AFTER_REMOVAL = {
    Step.CARD_ERROR: Step.INSERT_CARD,
    Step.SWAP_OTHER_ERROR: Step.SWAP_INSERT_OTHER,
    Step.SWAP_OWN_ERROR: Step.SWAP_REINSERT_OWN,
}


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


class CardEvents(FlowCore):
    """Card insertion, removal, read results and the trusted-person card swap."""

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
        elif step in READ_ERROR_STEP:
            self._move("card_removed", READ_ERROR_STEP[step], now, error=CardRemovedError.code)
        elif step in _AFTER_REMOVAL:
            if self._error_code != CardRemovedError.code:  # keep saying why the read stopped
                self._move("card_removed", _AFTER_REMOVAL[step], now)
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
            log.debug("card read result ignored on step %s", logged_name(step))

    def card_failed(self, error: BaseException) -> None:
        """A read failed; ``error`` is normally a :class:`kiosk.cardreader.errors.CardError`."""
        now = self._hardware()
        code = getattr(error, "code", None)
        code = code if isinstance(code, str) else CardReadError.code
        target = _FAILED_TO.get(self._step)
        if target is None:
            log.debug("card error %s ignored on step %s", code, logged_name(self._step))
            return
        log.info("card read failed on step %s: %s", logged_name(self._step), code)
        self._move("card_failed", target, now, error=code)

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
            self._move("card_read", Step.CARD_ERROR, now, error=codes.AGE_UNKNOWN)
            return
        # the UTC date, as Enrolment.capture uses: never later than the Brussels date
        adaptations = adaptations_for(card.identity)
        if _age_on(born, self._wall_clock().astimezone(UTC).date()) < MINIMUM_AGE:
            self._end_before_identity(Step.UNDER_16, adaptations, now)
            return
        if card.identity.extended_minority:
            # After the age check: a child's card says nothing more than "under 16".
            self._end_before_identity(Step.REPRESENTATION, adaptations, now)
            return
        self._session.history.clear()  # no way back to before the identity was read
        self._session.card = card
        self._session.adaptations = adaptations
        self._session.read_at = self._wall_clock().astimezone(UTC)
        self._move("card_read", Step.CONFIRM_IDENTITY, now)

    def _end_before_identity(self, ending: Step, adaptations: Adaptations, now: float) -> None:
        """The card's holder cannot register here (a child; an adult for whom a legal
        representative acts): nothing of the card is kept but how the screen adapts to it (a
        white or yellow cane also with extended minority, statuses 3 and 5: the explanation is
        spoken, in large type), and both endings log the same lines so the logs never tell a
        special status (extended minority) from an age."""
        log.info("card read; visit ended before identity confirmation, nothing kept")
        self._session.wipe()
        self._session.adaptations = adaptations
        self._move("card_read", ending, now)

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
        if person is not None:
            problem = self._trusted_problem(person)  # checked at their read; nothing changed since
            if problem is None:
                session.choices.trusted_persons.append(person)
            else:
                log.warning("pending trusted person dropped: %s", problem)
        self._move("card_read", Step.TRUSTED_PERSON, now)

    def _cancel_swap(self, event: str, now: float) -> None:
        self._session.drop_pending()
        step = self._step
        error_step = step is Step.SWAP_OTHER_ERROR
        if step is Step.SWAP_REMOVE_OWN or (error_step and self._own_card_back):
            target = Step.TRUSTED_PERSON
        elif step is Step.SWAP_INSERT_OTHER or (error_step and not self._card_present):
            target = Step.SWAP_REINSERT_OWN
        else:
            target = Step.SWAP_REMOVE_OTHER  # their card is (or may be) still in the reader
        self._move(event, target, now)
