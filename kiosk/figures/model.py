"""One kiosk's non-personal figures for one day (:class:`DailyFigures`) and their validation.

These counts are what a stand reports to the network at the end of a day (issue 16): how many
visits started, how they ended, at which step citizens gave up, which languages were chosen and
at which hours people came. Nothing in them identifies a citizen: no ids, no time of a single
visit, no card data. Only a median visit time, never the single durations.

Every value is checked when the object is made (:meth:`DailyFigures.__post_init__`), so a
report built from a ``DailyFigures`` and one parsed from the network are equally trustworthy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from kiosk.errors import KioskError
from kiosk.flow.steps import Step

__all__ = [
    "COUNTS",
    "HOURS",
    "LANGUAGES",
    "MAX_COUNT",
    "RETIRED_COUNTS",
    "STEPS",
    "DailyFigures",
    "FiguresError",
]

# The languages a citizen can choose at the kiosk.
LANGUAGES = ("nl", "fr", "de", "en")
# The wizard's steps, where a visit can be abandoned. Not the representation ending: it is
# counted as a card read and a visit left on the confirm step, so the figures never tell the
# card's special status (extended minority).
STEPS = tuple(step.value for step in Step if step is not Step.REPRESENTATION)
HOURS = 24
# No kiosk sees a million visits in a day: anything larger is garbage, not a figure.
MAX_COUNT = 1_000_000
MAX_VISIT_S = 24 * 3600

# The plain counts, in the order reports and tables show them.
COUNTS = (
    "visits_started",
    "cards_read",
    "consents_given",
    "refusals",
    "trusted_by_card",
    "trusted_typed",
    "exclusions",
    "ended_under_age",
)
# Counts earlier versions kept and that are no longer counted: read (a figures file, a report)
# and ignored. "ended_representation" counted the card's special status (extended minority),
# which is never counted.
RETIRED_COUNTS = ("ended_representation",)


class FiguresError(KioskError, ValueError):
    """Figures (or a report holding them) that are not valid; the message names the field."""

    code = "invalid-figures"


def _count(name: str, value: object) -> int:
    if type(value) is not int or not 0 <= value <= MAX_COUNT:
        raise FiguresError(f"{name} is not a count between 0 and {MAX_COUNT}")
    return value


def _counts_by(name: str, values: Mapping[str, int], known: tuple[str, ...]) -> Mapping[str, int]:
    if not isinstance(values, Mapping):
        raise FiguresError(f"{name} is not a mapping")
    for key, value in values.items():
        if key not in known:
            # The key is ours or a server's garbage, never personal: still, do not echo it.
            raise FiguresError(f"{name} has an unknown key")
        _count(f"{name}[{key}]", value)
    # Zeros are dropped so two equal days compare equal however they were written.
    return MappingProxyType({k: values[k] for k in known if values.get(k)})


@dataclass(frozen=True)
class DailyFigures:
    """The counts of one kiosk for one day (the day in Europe/Brussels)."""

    day: date
    visits_started: int = 0
    cards_read: int = 0
    consents_given: int = 0
    refusals: int = 0
    trusted_by_card: int = 0
    trusted_typed: int = 0
    exclusions: int = 0
    ended_under_age: int = 0  # under 16: the legal representative registers for minors
    abandoned_by_step: Mapping[str, int] = field(default_factory=dict)
    median_visit_s: int | None = None  # None on a day without a finished visit
    languages: Mapping[str, int] = field(default_factory=dict)
    visits_by_hour: tuple[int, ...] = (0,) * HOURS

    def __post_init__(self) -> None:
        if type(self.day) is not date:
            raise FiguresError("day is not a date")
        for name in COUNTS:
            _count(name, getattr(self, name))
        steps = _counts_by("abandoned_by_step", self.abandoned_by_step, STEPS)
        languages = _counts_by("languages", self.languages, LANGUAGES)
        object.__setattr__(self, "abandoned_by_step", steps)
        object.__setattr__(self, "languages", languages)
        if self.median_visit_s is not None:
            median = self.median_visit_s
            if type(median) is not int or not 0 <= median <= MAX_VISIT_S:
                raise FiguresError(f"median_visit_s is not between 0 and {MAX_VISIT_S} seconds")
        hours = self.visits_by_hour
        if not isinstance(hours, tuple | list) or len(hours) != HOURS:
            raise FiguresError(f"visits_by_hour does not have {HOURS} hours")
        for hour, value in enumerate(hours):
            _count(f"visits_by_hour[{hour}]", value)
        object.__setattr__(self, "visits_by_hour", tuple(hours))

    @property
    def abandoned(self) -> int:
        return sum(self.abandoned_by_step.values())

    @property
    def trusted_persons(self) -> int:
        return self.trusted_by_card + self.trusted_typed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DailyFigures):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (
            self.day,
            *(getattr(self, name) for name in COUNTS),
            tuple(self.abandoned_by_step.items()),
            self.median_visit_s,
            tuple(self.languages.items()),
            self.visits_by_hour,
        )
