"""From the fetched MeasureReports to the report's tables: one row per kiosk-day, then per stand
and day, per hour of day, the funnel and abandonments per step, and languages.

The server should hold one report per kiosk-day (they are sent as conditional updates); if it
holds more (a server that ignored the condition), the one with the latest ``date`` wins and the
others are counted as duplicates, so nothing is counted twice. Demo reports and reports that
fail :func:`~kiosk.figures.figures_from_measure_report` are skipped and counted.

Each table is a header and rows of plain values: the HTML page and the CSV files show the same.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.figures import LANGUAGES, STEPS, DailyFigures, FiguresError, is_demo_report
from kiosk.figures import figures_from_measure_report as parse
from kiosk.figures.model import COUNTS, HOURS

Json = dict[str, Any]
Row = tuple[object, ...]

COUNT_TITLES = {
    "visits_started": "Visits started",
    "cards_read": "Cards read",
    "consents_given": "Consents given",
    "refusals": "Refusals",
    "trusted_by_card": "Trusted persons (card)",
    "trusted_typed": "Trusted persons (typed)",
    "exclusions": "Exclusions",
    "ended_under_age": "Ended: under 16",
}
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}


@dataclass(frozen=True)
class Table:
    """A titled table: ``header`` and ``rows`` of str/int/float/None cells."""

    name: str  # the CSV file's stem
    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(["" if cell is None else cell for cell in row] for row in self.rows)
        return out.getvalue()


@dataclass
class Collected:
    """The kiosk-days kept, and what was skipped."""

    days: dict[tuple[str, str, date], tuple[str, DailyFigures]] = field(default_factory=dict)
    duplicates: int = 0
    demo: int = 0
    invalid: int = 0
    out_of_range: int = 0

    @property
    def figures(self) -> list[tuple[str, str, DailyFigures]]:
        return [(s, k, f) for (s, k, _), (_, f) in sorted(self.days.items())]


def collect(
    resources: Iterable[Json], start: date | None = None, end: date | None = None
) -> Collected:
    """One :class:`DailyFigures` per stand, kiosk and day within [start, end]."""
    kept = Collected()
    for resource in resources:
        if is_demo_report(resource):
            kept.demo += 1
            continue
        try:
            stand, kiosk, figures = parse(resource)
        except FiguresError:
            kept.invalid += 1
            continue
        if (start and figures.day < start) or (end and figures.day > end):
            kept.out_of_range += 1
            continue
        key = (stand, kiosk, figures.day)
        stamp = str(resource.get("date", ""))
        if key in kept.days:
            kept.duplicates += 1
            if stamp <= kept.days[key][0]:
                continue
        kept.days[key] = (stamp, figures)
    return kept


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _weighted_median(pairs: list[tuple[int, int]]) -> int | None:
    """The median of kiosk medians, each weighted by its visits (an estimate, said so)."""
    pairs = sorted((m, w) for m, w in pairs if w > 0)
    total = sum(w for _, w in pairs)
    seen = 0
    for median, weight in pairs:
        seen += weight
        if 2 * seen >= total:
            return median
    return None


def kiosk_days(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    header = ("stand", "kiosk", "day", *COUNTS, "abandoned", "median_visit_s")
    body = tuple(
        (s, k, f.day.isoformat(), *(getattr(f, c) for c in COUNTS), f.abandoned, f.median_visit_s)
        for s, k, f in rows
    )
    return Table("kiosk_days", "Every kiosk and day", header, body)


def stand_days(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    groups: dict[tuple[str, date], list[DailyFigures]] = defaultdict(list)
    for stand, _, figures in rows:
        groups[(stand, figures.day)].append(figures)
    body = []
    for (stand, day), days in sorted(groups.items()):
        counts = [sum(getattr(f, c) for f in days) for c in COUNTS]
        median = _weighted_median(
            [(f.median_visit_s, f.visits_started) for f in days if f.median_visit_s is not None]
        )
        body.append(
            (
                stand,
                day.isoformat(),
                len(days),
                *counts,
                sum(f.abandoned for f in days),
                _share(counts[2], counts[2] + counts[3]),
                median,
            )
        )
    header = (
        "stand",
        "day",
        "kiosks",
        *COUNTS,
        "abandoned",
        "consent_rate_pct",
        "median_visit_s_est",
    )
    return Table("stand_days", "Per stand and day", header, tuple(body))


def stands(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for stand, _, f in rows:
        totals[stand].update({c: getattr(f, c) for c in COUNTS})
    body = tuple(
        (
            stand,
            t["visits_started"],
            t["consents_given"],
            t["refusals"],
            _share(t["consents_given"], t["consents_given"] + t["refusals"]),
        )
        for stand, t in sorted(totals.items())
    )
    header = ("stand", "visits_started", "consents_given", "refusals", "consent_rate_pct")
    return Table("stands", "Per stand, whole period", header, body)


def days(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    totals: dict[date, Counter[str]] = defaultdict(Counter)
    for _, _, f in rows:
        totals[f.day].update({c: getattr(f, c) for c in COUNTS})
    header = ("day", "visits_started", "consents_given", "refusals")
    body = tuple(
        (day.isoformat(), t["visits_started"], t["consents_given"], t["refusals"])
        for day, t in sorted(totals.items())
    )
    return Table("days", "Per day, all stands", header, body)


def hours(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    totals = [sum(f.visits_by_hour[h] for _, _, f in rows) for h in range(HOURS)]
    body = tuple((f"{h:02d}:00", totals[h]) for h in range(HOURS))
    return Table("hours", "Visits per hour of day", ("hour", "visits_started"), body)


def funnel(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    def total(name: str) -> int:
        return sum(getattr(f, name) for _, _, f in rows)

    started = total("visits_started")
    stages = (
        ("Visits started", started),
        ("Cards read", total("cards_read")),
        ("Decision taken", total("consents_given") + total("refusals")),
        ("Consent given", total("consents_given")),
    )
    body = tuple((name, n, _share(n, started)) for name, n in stages)
    return Table("funnel", "Drop-off funnel", ("stage", "visits", "pct_of_started"), body)


def abandoned(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    totals: Counter[str] = Counter()
    for _, _, f in rows:
        totals.update(f.abandoned_by_step)
    body = tuple((step, totals[step]) for step in STEPS if totals[step])
    return Table("abandoned", "Visits abandoned, per step", ("step", "abandoned"), body)


def languages(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    totals: Counter[str] = Counter()
    for _, _, f in rows:
        totals.update(f.languages)
    whole = sum(totals.values())
    body = tuple(
        (code, LANGUAGE_NAMES[code], totals[code], _share(totals[code], whole))
        for code in LANGUAGES
    )
    return Table("languages", "Languages chosen", ("code", "language", "visits", "pct"), body)


def totals(rows: list[tuple[str, str, DailyFigures]]) -> Table:
    body = tuple((COUNT_TITLES[c], sum(getattr(f, c) for _, _, f in rows)) for c in COUNTS)
    return Table("totals", "Totals, all stands and days", ("figure", "count"), body)
