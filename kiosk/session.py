"""The personal data of one kiosk visit, in memory only, and the means to forget it.

A :class:`VisitSession` is the single place where the enrolment flow keeps what it learnt about
the citizen: the verified card read (identity, photo, proof of reading), the consent decision,
the trusted persons and exclusions, the back-stack snapshots of those choices, the trusted
person's card during a card swap and the captured enrolment awaiting submission. Keeping all of
it here means one :meth:`VisitSession.wipe` forgets the visit, and the flow makes a fresh
session for every visit so nothing of one visitor can leak into the next.

CPython cannot overwrite ``str`` or ``bytes`` in place; the session holds no mutable buffers of
its own, so a wipe drops every reference (and clears the containers it owns in place, so a
stray alias to one of them is emptied too) and leaves the memory to the garbage collector.
Nothing in here is ever written to disk, and ``repr()`` shows only counts and flags.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.adaptations import NO_ADAPTATIONS, Adaptations

if TYPE_CHECKING:
    from datetime import datetime

    from kiosk.cardreader.reader import CardRead
    from kiosk.enrolment import ConsentDecision, Enrolment, Exclusion, Language, TrustedPerson


@dataclass(repr=False)
class Choices:
    """What the citizen decided so far; the unit of the flow's back-stack snapshots."""

    decision: ConsentDecision | None = None
    trusted_persons: list[TrustedPerson] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)

    def snapshot(self) -> Choices:
        """A deep copy, so later edits never reach back into a saved step."""
        return copy.deepcopy(self)

    def clear(self) -> None:
        self.decision = None
        self.trusted_persons.clear()
        self.exclusions.clear()

    def is_empty(self) -> bool:
        return self.decision is None and not self.trusted_persons and not self.exclusions

    def __repr__(self) -> str:
        decision = getattr(self.decision, "name", None)
        return (
            f"Choices(decision={decision}, trusted_persons={len(self.trusted_persons)}, "
            f"exclusions={len(self.exclusions)})"
        )


class VisitSession:
    """Everything personal about one visit. Create one per visit; :meth:`wipe` when it ends.

    Attributes:
        language: the language the citizen is using now ("nl", "fr", "en", "de").
        card: the citizen's verified card read (identity, photo, proof), or None.
        read_at: when that card was read (aware, UTC): the time of the proof of reading.
        choices: the current decision, trusted persons and exclusions.
        history: the back-stack: ``(step, Choices snapshot)`` pairs, oldest first.
        pending_card: the trusted person's verified card read during a card swap, shown for
            confirmation and dropped as soon as it is accepted or refused.
        pending_person: the trusted person accepted during a card swap, added to ``choices``
            only once the citizen's own card is back and re-read.
        enrolment: the enrolment captured at review, kept until it is safely submitted.
        adaptations: how the screen adapts to the card's special status (white or yellow
            cane), set when the citizen's own card is accepted; never shown in ``repr()``.
    """

    __slots__ = (
        "language",
        "card",
        "read_at",
        "choices",
        "history",
        "pending_card",
        "pending_person",
        "enrolment",
        "adaptations",
    )

    def __init__(self, language: Language) -> None:
        self.language = language
        self.card: CardRead | None = None
        self.read_at: datetime | None = None
        self.choices = Choices()
        self.history: list[tuple[Any, Choices]] = []
        self.pending_card: CardRead | None = None
        self.pending_person: TrustedPerson | None = None
        self.enrolment: Enrolment | None = None
        self.adaptations: Adaptations = NO_ADAPTATIONS

    def push(self, step: Any) -> None:
        """Save ``step`` with a deep copy of the current choices, for :meth:`pop`."""
        self.history.append((step, self.choices.snapshot()))

    def pop(self, *, restore: bool) -> Any:
        """Drop the newest saved step and return it; with ``restore`` bring back its choices."""
        step, saved = self.history.pop()
        if restore:
            self.choices = saved
        return step

    def drop_pending(self) -> None:
        self.pending_card = None
        self.pending_person = None

    def is_empty(self) -> bool:
        """True when the session holds no personal data at all (the language is not personal)."""
        return (
            self.card is None
            and self.read_at is None
            and self.choices.is_empty()
            and all(saved.is_empty() for _, saved in self.history)
            and self.pending_card is None
            and self.pending_person is None
            and self.enrolment is None
            and not self.adaptations
        )

    def wipe(self) -> None:
        """Forget everything personal. The session stays usable but empty."""
        self.card = None
        self.read_at = None
        self.drop_pending()
        self.enrolment = None
        self.adaptations = NO_ADAPTATIONS
        self.choices.clear()
        for _, saved in self.history:
            saved.clear()
        self.history.clear()

    def __repr__(self) -> str:
        return (
            f"VisitSession(language={self.language!r}, card={self.card is not None}, "
            f"{self.choices!r}, history={len(self.history)}, "
            f"pending_card={self.pending_card is not None}, "
            f"pending_person={self.pending_person is not None}, "
            f"enrolment={self.enrolment is not None})"
        )

    __str__ = __repr__
