"""Counts the running kiosk's visits into :class:`~.model.DailyFigures`, one set per day.

:class:`FiguresCollector` observes the enrolment flow (:meth:`FiguresCollector.attach`: one
more step observer, no change to the flow) and turns its step changes into counts on the day
the event happened (the day in Europe/Brussels):

* welcome -> privacy: a visit started, in the language chosen, at this hour of the day;
* reading -> confirm-identity, under-16 or representation: a card was read;
* under-16: the visit ended because of age;
* representation (the card says a legal representative acts for its holder): counted as a
  visit abandoned on the confirm step, exactly as if the visitor had left there: the card's
  special status is never counted (nor the screen's adaptations to it);
* review: the trusted persons (by card, typed) and exclusions the citizen is about to confirm
  are noted; they count only if the visit reaches done;
* done: consent given (a reference) or refused (nothing sent), and the visit's duration;
* back to welcome from anywhere but an ending: abandoned at that step (for the inactivity
  warning: at the step the citizen was on before it).

Nothing identifying is kept: only counts, never an id, a card's byte or the time of a single
visit; durations only as a histogram of whole seconds (how many visits took N seconds) for the
median. The counts live in a small JSON file (:data:`FILE_NAME` in the data folder, written
atomically, the last :data:`KEEP_DAYS` days); ``path=None`` keeps them in memory only (demo
mode: never mixed with the real figures). A file that does not load or validate is set aside
(``.damaged``) with a log line and counting starts again; a write that fails is logged and
retried with the next event. Counts only ever grow: there is no way to decrement one.

An observer's exception would reach the citizen's action, so every observation is guarded: a
bug here costs a figure, never a visit.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kiosk.files import write_file_atomically

from .model import (
    COUNTS,
    HOURS,
    LANGUAGES,
    MAX_COUNT,
    MAX_VISIT_S,
    RETIRED_COUNTS,
    STEPS,
    DailyFigures,
)

if TYPE_CHECKING:
    from kiosk.flow.machine import EnrolmentFlow
    from kiosk.flow.steps import Step

__all__ = ["FILE_NAME", "KEEP_DAYS", "FiguresCollector"]

log = logging.getLogger(__name__)

BRUSSELS = ZoneInfo("Europe/Brussels")
FILE_NAME = "figures.json"
FORMAT = 1
#: Days kept in the file: a week for the operator's chart, and a week more for a late send.
KEEP_DAYS = 14
#: Visits longer than this count as this long (the histogram stays small).
LONGEST_VISIT_S = 2 * 3600
#: A figures file is a few kilobytes; anything much larger is not ours.
MAX_FILE_BYTES = 256 * 1024


def _brussels_now() -> datetime:
    return datetime.now(UTC).astimezone(BRUSSELS)


@dataclass
class _Day:
    """The mutable counts of one day; :meth:`figures` freezes them."""

    day: date
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    abandoned: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    hours: list[int] = field(default_factory=lambda: [0] * HOURS)
    durations: dict[int, int] = field(default_factory=dict)  # seconds -> visits
    queued: bool = False  # these very counts were queued as the day's report

    def figures(self) -> DailyFigures:
        return DailyFigures(
            day=self.day,
            **self.counts,
            abandoned_by_step=dict(self.abandoned),
            median_visit_s=_median(self.durations),
            languages=dict(self.languages),
            visits_by_hour=tuple(self.hours),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "counts": {k: v for k, v in self.counts.items() if v},
            "abandoned_by_step": dict(sorted(self.abandoned.items())),
            "languages": dict(sorted(self.languages.items())),
            "visits_by_hour": list(self.hours),
            "durations": {str(s): n for s, n in sorted(self.durations.items())},
            "queued": self.queued,
        }

    @classmethod
    def from_json(cls, day: date, data: object) -> _Day:
        """Validated through :class:`DailyFigures` (ValueError/TypeError/KeyError otherwise)."""
        if (
            not isinstance(data, dict)
            or set(data)
            != {
                "counts",
                "abandoned_by_step",
                "languages",
                "visits_by_hour",
                "durations",
                "queued",
            }
            or not isinstance(data["queued"], bool)
        ):
            raise ValueError("not a day of figures")
        counts = data["counts"]
        if not isinstance(counts, dict) or not set(counts) <= {*COUNTS, *RETIRED_COUNTS}:
            raise ValueError("unknown counts")
        durations = data["durations"]
        if not isinstance(durations, dict):
            raise ValueError("durations is not a mapping")
        histogram: dict[int, int] = {}
        for seconds, visits in durations.items():
            if not (isinstance(seconds, str) and seconds.isdigit()):
                raise ValueError("a duration is not whole seconds")
            if not 0 <= int(seconds) <= LONGEST_VISIT_S:
                raise ValueError("a duration is out of range")
            if type(visits) is not int or not 0 < visits <= MAX_COUNT:
                raise ValueError("a duration's count is out of range")
            histogram[int(seconds)] = visits
        figures = DailyFigures(
            day=day,
            **{name: counts.get(name, 0) for name in COUNTS},
            abandoned_by_step=data["abandoned_by_step"],
            languages=data["languages"],
            visits_by_hour=tuple(data["visits_by_hour"]),
        )
        return cls(
            day=day,
            counts={name: getattr(figures, name) for name in COUNTS},
            abandoned=dict(figures.abandoned_by_step),
            languages=dict(figures.languages),
            hours=list(figures.visits_by_hour),
            durations=histogram,
            queued=data["queued"],
        )


def _median(histogram: Mapping[int, int]) -> int | None:
    """The median of the durations in ``histogram`` (the mean of the two middle ones), or
    None without any."""
    total = sum(histogram.values())
    if not total:
        return None
    middle = ((total - 1) // 2, total // 2)
    found: list[int] = []
    seen = 0
    for seconds in sorted(histogram):
        seen += histogram[seconds]
        while len(found) < 2 and seen > middle[len(found)]:
            found.append(seconds)
    return min(MAX_VISIT_S, round(sum(found) / 2))


@dataclass
class _Visit:
    """What the collector remembers of the visit in progress, in memory only."""

    started_at: float | None = None  # monotonic
    resume: Step | None = None  # the step before the inactivity warning
    chosen: tuple[int, int, int] = (0, 0, 0)  # trusted by card, typed, exclusions at review


class FiguresCollector:
    """Per-day visit counts of one kiosk (see the module docstring).

    Args:
        path: the JSON file, or None to keep the figures in memory only (demo mode).
        now: the aware current time; its day in Europe/Brussels is the figures' day.
        clock: monotonic seconds, for visit durations.
        on_new_day: called with the previous day when the first event of a later day is
            counted (the kiosk then queues that day's report). Its errors are logged.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        now: Callable[[], datetime] = _brussels_now,
        clock: Callable[[], float] = time.monotonic,
        on_new_day: Callable[[date], None] | None = None,
    ) -> None:
        self.path = path
        self._now = now
        self._clock = clock
        self.on_new_day = on_new_day
        self._lock = threading.Lock()
        self._days: dict[date, _Day] = {}
        self._visit = _Visit()
        self._dirty = False
        if path is not None:
            self._load(path)

    def __repr__(self) -> str:
        where = "memory" if self.path is None else "file"
        return f"FiguresCollector({where}, days={len(self._days)})"

    # ---------------------------------------------------------------- reading

    def today(self) -> date:
        return self._now().astimezone(BRUSSELS).date()

    def figures(self, day: date | None = None) -> DailyFigures:
        """The counts of ``day`` (today by default); zeros for a day without any."""
        day = day or self.today()
        with self._lock:
            found = self._days.get(day)
            return found.figures() if found is not None else DailyFigures(day=day)

    def last_days(self, count: int = 7) -> list[DailyFigures]:
        """The figures of the ``count`` days up to today, oldest first."""
        today = self.today()
        return [self.figures(today - timedelta(days=back)) for back in range(count - 1, -1, -1)]

    def days(self) -> list[date]:
        """The days that have figures, oldest first."""
        with self._lock:
            return sorted(self._days)

    def unqueued_days(self, *, today: bool = False) -> list[date]:
        """The days before today (and today with ``today``) whose latest counts were not
        queued yet, oldest first."""
        last = self.today()
        with self._lock:
            return sorted(
                d
                for d, day in self._days.items()
                if (d < last or (today and d == last)) and not day.queued
            )

    def mark_queued(self, figures: DailyFigures) -> None:
        """``figures`` were queued: their day needs no end-of-day report unless it changes."""
        with self._lock:
            day = self._days.get(figures.day)
            if day is not None and day.figures() == figures and not day.queued:
                day.queued = self._dirty = True
                self._save()

    # ---------------------------------------------------------------- the flow

    def attach(self, flow: EnrolmentFlow) -> None:
        """Count ``flow``'s visits from now on."""

        flow.add_observer(lambda old, new: self.observe(flow, old, new))

    def observe(self, flow: EnrolmentFlow, old: Step, new: Step) -> None:
        """Count one step change of ``flow`` (see the module docstring). Never raises: it runs
        inside the citizen's action."""
        try:
            self._observe(flow, old, new)
        except Exception as exc:  # noqa: BLE001 - a figure is never worth a visit
            log.error("a visit figure was not counted (%s)", type(exc).__name__)

    def _observe(self, flow: EnrolmentFlow, old: Step, new: Step) -> None:
        from kiosk.flow.steps import ENDINGS, Step

        visit = self._visit
        if new is Step.REVIEW:
            persons = flow.trusted_persons
            by_card = sum(p.source == "card" for p in persons)
            visit.chosen = (by_card, len(persons) - by_card, len(flow.exclusions))
        if old is new:
            return
        if old is Step.WELCOME and new is Step.PRIVACY:
            self._visit = _Visit(started_at=self._clock())
            self._add(visits_started=1, language=flow.language, hour=True)
        elif old is Step.READING and new in (
            Step.CONFIRM_IDENTITY,
            Step.UNDER_16,
            Step.REPRESENTATION,
        ):
            self._add(cards_read=1, ended_under_age=int(new is Step.UNDER_16))
        elif old is Step.REPRESENTATION:
            # as a visitor who read their card and left: the status is never counted
            self._add(abandoned=Step.CONFIRM_IDENTITY.value)
            self._visit = _Visit()
        elif new is Step.STILL_THERE:
            visit.resume = old
        elif new is Step.DONE:
            self._finish(flow.nothing_sent)
        elif new is Step.WELCOME and old not in ENDINGS:
            step = visit.resume if old is Step.STILL_THERE and visit.resume else old
            self._add(abandoned=step.value)
            self._visit = _Visit()
        elif new is Step.WELCOME:
            self._visit = _Visit()

    def _finish(self, refused: bool) -> None:
        visit = self._visit
        if refused:
            self._add(refusals=1)
        else:
            by_card, typed, exclusions = visit.chosen
            self._add(
                consents_given=1,
                trusted_by_card=by_card,
                trusted_typed=typed,
                exclusions=exclusions,
            )
        if visit.started_at is not None:
            seconds = max(0, round(self._clock() - visit.started_at))
            self._add(duration=min(seconds, LONGEST_VISIT_S))
        self._visit = _Visit()

    # ---------------------------------------------------------------- counting

    def _add(
        self,
        *,
        language: str | None = None,
        hour: bool = False,
        abandoned: str | None = None,
        duration: int | None = None,
        **counts: int,
    ) -> None:
        now = self._now().astimezone(BRUSSELS)
        closed: date | None = None
        with self._lock:
            day = self._days.get(now.date())
            if day is None:
                latest = max(self._days, default=None)
                if latest is not None and latest < now.date():
                    closed = latest
                day = self._days[now.date()] = _Day(now.date())
                self._prune()
            for name, value in counts.items():
                day.counts[name] = min(MAX_COUNT, day.counts[name] + value)
            if language in LANGUAGES:
                day.languages[language] = min(MAX_COUNT, day.languages.get(language, 0) + 1)
            if hour:
                day.hours[now.hour] = min(MAX_COUNT, day.hours[now.hour] + 1)
            if abandoned in STEPS:
                day.abandoned[abandoned] = min(MAX_COUNT, day.abandoned.get(abandoned, 0) + 1)
            if duration is not None:
                day.durations[duration] = min(MAX_COUNT, day.durations.get(duration, 0) + 1)
            day.queued = False
            self._dirty = True
            self._save()
        if closed is not None and self.on_new_day is not None:
            try:
                self.on_new_day(closed)
            except Exception as exc:  # noqa: BLE001 - the day's report is queued again later
                log.error("the closed day's figures were not queued (%s)", type(exc).__name__)

    def _prune(self) -> None:
        for old in sorted(self._days)[:-KEEP_DAYS]:
            del self._days[old]

    # ---------------------------------------------------------------- the file

    def _load(self, path: Path) -> None:
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return
        except OSError as exc:
            log.error("the figures file cannot be read (%s)", exc.strerror or type(exc).__name__)
            return
        try:
            self._days = _parse(data)
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            self._set_aside(path, type(exc).__name__)
            self._days = {}

    def _set_aside(self, path: Path, why: str) -> None:
        aside = path.with_name(path.name + ".damaged")
        try:
            os.replace(path, aside)
        except OSError as exc:
            log.error("the damaged figures file could not be set aside (%s)", type(exc).__name__)
            return
        log.warning("the figures file is damaged (%s): set aside, counting starts again", why)

    def _save(self) -> None:
        """Write the file if anything changed (called with the lock held)."""
        if self.path is None or not self._dirty:
            return
        document = {
            "format": FORMAT,
            "days": {d.isoformat(): self._days[d].to_json() for d in sorted(self._days)},
        }
        data = json.dumps(document, sort_keys=True, separators=(",", ":")).encode("ascii")
        try:
            write_file_atomically(self.path, data)
        except OSError as exc:
            log.error("the figures file was not written (%s)", exc.strerror or type(exc).__name__)
            return
        self._dirty = False


def _parse(data: bytes) -> dict[date, _Day]:
    if len(data) > MAX_FILE_BYTES:
        raise ValueError("too large")
    document = json.loads(data.decode("ascii"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not a figures file of this format")
    days = document.get("days")
    if not isinstance(days, dict) or len(days) > KEEP_DAYS:
        raise ValueError("days is not a mapping of at most a fortnight")
    parsed: dict[date, _Day] = {}
    for key, value in days.items():
        day = date.fromisoformat(key)
        if day.isoformat() != key:
            raise ValueError("a day is not YYYY-MM-DD")
        parsed[day] = _Day.from_json(day, value)
    return parsed
