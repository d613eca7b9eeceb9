"""The steps of a kiosk visit and the table of every transition between them.

The table is data, not documentation: :class:`~kiosk.flow.machine.EnrolmentFlow` refuses to move
along an edge that is not in it (a bug, not a citizen's mistake), the tests check that every
step is reachable from the welcome screen and every step has a way out, and
:func:`format_table` prints it for the docs (``python -m kiosk.flow``).
"""

from __future__ import annotations

import enum


class Step(enum.StrEnum):
    """One screen of the visit. The UI attaches one page class to each."""

    WELCOME = "welcome"  # language choice
    PRIVACY = "privacy"  # what the kiosk reads and why
    INSERT_CARD = "insert-card"
    READING = "reading"
    CARD_ERROR = "card-error"  # recoverable; ``EnrolmentFlow.error_code`` says why
    CONFIRM_IDENTITY = "confirm-identity"
    UNDER_16 = "under-16"  # ending: the legal representative registers for minors
    # ending: the card says a legal representative acts for its holder (extended minority)
    REPRESENTATION = "representation"
    CONSENT = "consent"  # explanation and decision
    CONFIRM_REFUSAL = "confirm-refusal"
    TRUSTED_PERSON = "trusted-person"  # list, add (typed or by card), remove
    TRUSTED_TYPED = "trusted-typed"  # form: national number, card number, name
    SWAP_REMOVE_OWN = "swap-remove-own"  # "take out your card"
    SWAP_INSERT_OTHER = "swap-insert-other"  # "insert your trusted person's card"
    SWAP_READING_OTHER = "swap-reading-other"
    SWAP_OTHER_ERROR = "swap-other-error"
    SWAP_CONFIRM_OTHER = "swap-confirm-other"  # show the name, acknowledge their consent
    SWAP_REMOVE_OTHER = "swap-remove-other"  # "take out their card"
    SWAP_REINSERT_OWN = "swap-reinsert-own"  # "insert your own card again"
    SWAP_READING_OWN = "swap-reading-own"
    SWAP_OWN_ERROR = "swap-own-error"
    EXCLUSIONS = "exclusions"
    REVIEW = "review"
    SUBMIT_ERROR = "submit-error"
    DONE = "done"  # receipt with the reference code
    STILL_THERE = "still-there"  # inactivity warning with a countdown


#: Steps at which the session holds the citizen's verified identity and the card is expected
#: in the reader: removing it ends the visit.
HOLDS_IDENTITY = frozenset(
    {
        Step.CONFIRM_IDENTITY,
        Step.CONSENT,
        Step.CONFIRM_REFUSAL,
        Step.TRUSTED_PERSON,
        Step.TRUSTED_TYPED,
        Step.EXCLUSIONS,
        Step.REVIEW,
        Step.SUBMIT_ERROR,
    }
)

#: The card swap: the citizen's card is expected to leave the reader here.
SWAP_STEPS = frozenset(s for s in Step if s.value.startswith("swap-"))

#: Swap steps that wait for a card to move and can give up (the swap timeout). Waiting for the
#: trusted person's card to come out, or the citizen's to come back, has nothing to give up to:
#: only inactivity ends those.
SWAP_WAITING = frozenset({Step.SWAP_REMOVE_OWN, Step.SWAP_INSERT_OTHER})

#: Steps where the kiosk, not the citizen, is working: no inactivity warning, a read timeout.
BUSY = frozenset({Step.READING, Step.SWAP_READING_OTHER, Step.SWAP_READING_OWN})

#: Endings that return to the welcome screen by themselves after a while.
ENDINGS = frozenset({Step.UNDER_16, Step.REPRESENTATION, Step.DONE})

#: Endings reached from a card read before the citizen confirmed their identity. They are
#: logged under one neutral name (:data:`LOGGED_AS`): the logs must not tell the card's special
#: status (extended minority) apart from its holder's age.
ENDED_BEFORE_IDENTITY = frozenset({Step.UNDER_16, Step.REPRESENTATION})

#: The name a step goes by in log lines, where it is not its value.
LOGGED_AS = dict.fromkeys(ENDED_BEFORE_IDENTITY, "ended-before-identity")

#: Steps where inactivity raises the "are you still there?" warning.
WATCHED = frozenset(Step) - BUSY - ENDINGS - {Step.WELCOME, Step.STILL_THERE}

#: Steps "back" can return to; the others (readings, errors, confirmations, the swap) are
#: passed over, so back from review after a refusal lands on the consent decision.
ON_BACK_STACK = frozenset(
    {
        Step.WELCOME,
        Step.PRIVACY,
        Step.INSERT_CARD,
        Step.CONFIRM_IDENTITY,
        Step.CONSENT,
        Step.TRUSTED_PERSON,
        Step.EXCLUSIONS,
        Step.REVIEW,
    }
)

_S = Step

#: step -> event -> the steps that event may lead to. Events that leave the step unchanged
#: (language, list edits, ignored hardware events) are listed only where they are meaningful.
_EDGES: dict[Step, dict[str, frozenset[Step]]] = {
    _S.WELCOME: {"start": frozenset({_S.PRIVACY})},
    _S.PRIVACY: {
        "next": frozenset({_S.INSERT_CARD, _S.READING}),
        "back": frozenset({_S.WELCOME}),
    },
    _S.INSERT_CARD: {
        "card_inserted": frozenset({_S.READING}),
        "card_failed": frozenset({_S.CARD_ERROR}),  # e.g. the reader was unplugged
        "back": frozenset({_S.PRIVACY}),
    },
    _S.READING: {
        "card_read": frozenset(
            {_S.CONFIRM_IDENTITY, _S.UNDER_16, _S.REPRESENTATION, _S.CARD_ERROR}
        ),
        "card_failed": frozenset({_S.CARD_ERROR}),
        "card_removed": frozenset({_S.CARD_ERROR}),
        "tick": frozenset({_S.CARD_ERROR}),
    },
    _S.CARD_ERROR: {
        "retry": frozenset({_S.READING, _S.INSERT_CARD}),
        "card_inserted": frozenset({_S.READING}),
        "card_removed": frozenset({_S.INSERT_CARD}),
        "back": frozenset({_S.INSERT_CARD, _S.PRIVACY}),
    },
    _S.CONFIRM_IDENTITY: {
        "next": frozenset({_S.CONSENT}),
        "not_me": frozenset({_S.WELCOME}),
    },
    _S.UNDER_16: {"next": frozenset({_S.WELCOME}), "tick": frozenset({_S.WELCOME})},
    _S.REPRESENTATION: {"next": frozenset({_S.WELCOME}), "tick": frozenset({_S.WELCOME})},
    _S.CONSENT: {
        "decide": frozenset({_S.TRUSTED_PERSON, _S.CONFIRM_REFUSAL}),
        "back": frozenset({_S.CONFIRM_IDENTITY}),
    },
    _S.CONFIRM_REFUSAL: {
        "confirm_refusal": frozenset({_S.REVIEW}),
        "back": frozenset({_S.CONSENT}),
    },
    _S.TRUSTED_PERSON: {
        "next": frozenset({_S.EXCLUSIONS}),
        "back": frozenset({_S.CONSENT}),
        "type_trusted_person": frozenset({_S.TRUSTED_TYPED}),
        "begin_card_swap": frozenset({_S.SWAP_REMOVE_OWN}),
        "remove_trusted_person": frozenset({_S.TRUSTED_PERSON}),
    },
    _S.TRUSTED_TYPED: {
        "add_trusted_person_typed": frozenset({_S.TRUSTED_PERSON}),
        "back": frozenset({_S.TRUSTED_PERSON}),
    },
    _S.SWAP_REMOVE_OWN: {
        "card_removed": frozenset({_S.SWAP_INSERT_OTHER}),
        "cancel_swap": frozenset({_S.TRUSTED_PERSON}),
        "tick": frozenset({_S.TRUSTED_PERSON}),
    },
    _S.SWAP_INSERT_OTHER: {
        "card_inserted": frozenset({_S.SWAP_READING_OTHER}),
        "card_failed": frozenset({_S.SWAP_OTHER_ERROR}),
        "cancel_swap": frozenset({_S.SWAP_REINSERT_OWN}),
        "tick": frozenset({_S.SWAP_REINSERT_OWN}),
    },
    _S.SWAP_READING_OTHER: {
        "card_read": frozenset({_S.SWAP_CONFIRM_OTHER, _S.SWAP_OTHER_ERROR}),
        "card_failed": frozenset({_S.SWAP_OTHER_ERROR}),
        "card_removed": frozenset({_S.SWAP_OTHER_ERROR}),
        "cancel_swap": frozenset({_S.SWAP_REMOVE_OTHER}),
        "tick": frozenset({_S.SWAP_OTHER_ERROR}),
    },
    _S.SWAP_OTHER_ERROR: {
        "retry": frozenset({_S.SWAP_READING_OTHER, _S.SWAP_INSERT_OTHER}),
        "card_inserted": frozenset({_S.SWAP_READING_OTHER}),
        "card_removed": frozenset({_S.SWAP_INSERT_OTHER}),
        # the citizen's own card, re-read and verified, restores the guarantee directly
        "cancel_swap": frozenset({_S.SWAP_REMOVE_OTHER, _S.SWAP_REINSERT_OWN, _S.TRUSTED_PERSON}),
    },
    _S.SWAP_CONFIRM_OTHER: {
        "accept_trusted_person_card": frozenset({_S.SWAP_REMOVE_OTHER}),
        "card_removed": frozenset({_S.SWAP_INSERT_OTHER}),
        "cancel_swap": frozenset({_S.SWAP_REMOVE_OTHER}),
    },
    _S.SWAP_REMOVE_OTHER: {
        "card_removed": frozenset({_S.SWAP_REINSERT_OWN}),
        "cancel_swap": frozenset({_S.SWAP_REMOVE_OTHER}),  # drops the pending person
    },
    _S.SWAP_REINSERT_OWN: {
        "card_inserted": frozenset({_S.SWAP_READING_OWN}),
        "card_failed": frozenset({_S.SWAP_OWN_ERROR}),
    },
    _S.SWAP_READING_OWN: {
        "card_read": frozenset({_S.TRUSTED_PERSON, _S.SWAP_OWN_ERROR}),
        "card_failed": frozenset({_S.SWAP_OWN_ERROR}),
        "card_removed": frozenset({_S.SWAP_OWN_ERROR}),
        "tick": frozenset({_S.SWAP_OWN_ERROR}),
    },
    _S.SWAP_OWN_ERROR: {
        "retry": frozenset({_S.SWAP_READING_OWN, _S.SWAP_REINSERT_OWN}),
        "card_inserted": frozenset({_S.SWAP_READING_OWN}),
        "card_removed": frozenset({_S.SWAP_REINSERT_OWN}),
    },
    _S.EXCLUSIONS: {
        "next": frozenset({_S.REVIEW}),
        "back": frozenset({_S.TRUSTED_PERSON}),
        "add_exclusion": frozenset({_S.EXCLUSIONS}),
        "remove_exclusion": frozenset({_S.EXCLUSIONS}),
    },
    _S.REVIEW: {
        # CARD_ERROR: the card failed this submission's challenge (a clone); the visit is wiped
        "confirm": frozenset({_S.DONE, _S.SUBMIT_ERROR, _S.CARD_ERROR}),
        "back": frozenset({_S.EXCLUSIONS, _S.CONSENT}),
    },
    _S.SUBMIT_ERROR: {
        "retry": frozenset({_S.DONE, _S.SUBMIT_ERROR, _S.CARD_ERROR}),
        "back": frozenset({_S.REVIEW}),
    },
    _S.DONE: {"next": frozenset({_S.WELCOME}), "tick": frozenset({_S.WELCOME})},
    _S.STILL_THERE: {
        "user_activity": frozenset(WATCHED),
        "tick": frozenset({_S.WELCOME}),
    },
}


def _with_common_edges(
    edges: dict[Step, dict[str, frozenset[Step]]],
) -> dict[Step, dict[str, frozenset[Step]]]:
    """Add the edges every step shares, so the hand-written table stays readable."""
    table = {step: dict(events) for step, events in edges.items()}
    for step in Step:
        events = table.setdefault(step, {})
        if step is not Step.WELCOME:
            events["cancel"] = frozenset({Step.WELCOME})  # "stop": wipe, back to the start
        if step in HOLDS_IDENTITY:
            events["card_removed"] = frozenset({Step.WELCOME})
        if step in WATCHED:
            events["tick"] = events.get("tick", frozenset()) | {Step.STILL_THERE}
    return table


TRANSITIONS: dict[Step, dict[str, frozenset[Step]]] = _with_common_edges(_EDGES)


def logged_name(step: Step) -> str:
    """How ``step`` is named in log lines (see :data:`LOGGED_AS`)."""
    return LOGGED_AS.get(step, step.value)


def format_table() -> str:
    """The transition table as aligned text, one edge per line."""
    width = max(len(s.value) for s in Step)
    lines = []
    for step in Step:
        for event, targets in sorted(TRANSITIONS[step].items()):
            names = ", ".join(sorted(t.value for t in targets))
            lines.append(f"{step.value:<{width}}  {event:<27} -> {names}")
    return "\n".join(lines)
