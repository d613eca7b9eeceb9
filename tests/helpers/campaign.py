"""A simulated campaign for the report's tests and benchmark: kiosks at stands sending daily
MeasureReports, with the truth the report must reproduce.

Deterministic (seeded). Each kiosk-day has a FINAL version (the truth) and may be sent first
in a partial version (smaller counts: a mid-day send, updated later), sent twice, or sent late
(after later days). :func:`send_plan` returns the sends in the order to post them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

import requests

from kiosk.figures import LANGUAGES, DailyFigures, measure_report_bundle
from kiosk.figures.model import HOURS

HEADERS = {
    "Content-Type": "application/fhir+json; charset=utf-8",
    "Accept": "application/fhir+json",
}
STEPS_SEEN = ("welcome", "privacy", "insert-card", "confirm-identity", "consent", "review")


@dataclass(frozen=True)
class KioskDay:
    stand: str
    kiosk: str
    figures: DailyFigures


def figures_for(rng: random.Random, day: date, scale: int = 1) -> DailyFigures:
    """Plausible, internally consistent figures for one kiosk-day."""
    started = rng.randint(20, 120) * scale
    abandoned = {step: rng.randint(0, 4) for step in STEPS_SEEN}
    left = started - sum(abandoned.values())
    under_age = rng.randint(0, 3)
    decided = max(0, left - under_age)
    refusals = rng.randint(0, decided // 6)
    given = decided - refusals
    hours = [0] * HOURS
    for _ in range(started):
        hours[rng.randint(9, 18)] += 1
    languages = dict.fromkeys(LANGUAGES, 0)
    weights = (55, 35, 3, 7)
    for _ in range(started):
        languages[rng.choices(LANGUAGES, weights)[0]] += 1
    return DailyFigures(
        day=day,
        visits_started=started,
        cards_read=started - abandoned["welcome"] - abandoned["privacy"] - abandoned["insert-card"],
        consents_given=given,
        refusals=refusals,
        trusted_by_card=rng.randint(0, given // 10),
        trusted_typed=rng.randint(0, given // 8),
        exclusions=rng.randint(0, given // 20),
        ended_under_age=under_age,
        abandoned_by_step=abandoned,
        median_visit_s=rng.randint(120, 600),
        languages=languages,
        visits_by_hour=tuple(hours),
    )


def partial(figures: DailyFigures) -> DailyFigures:
    """An earlier, smaller version of the day (every count about half)."""
    return replace(
        figures,
        visits_started=figures.visits_started // 2,
        consents_given=figures.consents_given // 2,
        refusals=figures.refusals // 2,
        visits_by_hour=tuple(h // 2 for h in figures.visits_by_hour),
        languages={k: v // 2 for k, v in figures.languages.items()},
    )


def simulate(
    kiosks: int, stands: int, days: int, *, first: date = date(2026, 3, 23), seed: int = 16
) -> list[KioskDay]:
    """The final figures of every kiosk-day (kiosk ``k`` stands at stand ``k % stands``)."""
    rng = random.Random(seed)
    return [
        KioskDay(
            f"stand-{k % stands:02d}", f"kiosk-{k:03d}", figures_for(rng, first + timedelta(d))
        )
        for d in range(days)
        for k in range(kiosks)
    ]


def send_plan(truth: list[KioskDay], *, seed: int = 61) -> list[KioskDay]:
    """The sends, in order: some days first partially then in full, some twice, some late."""
    rng = random.Random(seed)
    early: list[KioskDay] = []
    late: list[KioskDay] = []
    for day in truth:
        roll = rng.random()
        if roll < 0.2:  # a mid-day send, updated with bigger counts in the evening
            early += [replace(day, figures=partial(day.figures)), day]
        elif roll < 0.35:  # sent twice (a retry after a lost answer)
            early += [day, day]
        elif roll < 0.5:  # the kiosk was offline: the day arrives after the later days
            late.append(day)
        else:
            early.append(day)
    return early + late


def post_all(
    base_url: str, sends: list[KioskDay], session: requests.Session, *, demo: bool = False
) -> None:
    """Post each send's MeasureReport transaction, as the kiosk's queue will, in order."""
    for send in sends:
        bundle = measure_report_bundle(send.figures, send.stand, send.kiosk, demo)
        with session.post(base_url, data=bundle, headers=HEADERS, timeout=30) as response:
            assert response.status_code == 200, response.text[:500]
            statuses = [e["response"]["status"] for e in response.json()["entry"]]
            assert [s[:3] in ("200", "201") for s in statuses] == [True], statuses


def all_resources(base_url: str, resource_type: str, session: requests.Session) -> list[dict]:
    """Every resource of a type at the server, paging with plain requests (not our fetcher)."""
    found: list[dict] = []
    url: str | None = f"{base_url}/{resource_type}?_count=500"
    while url:
        with session.get(url, timeout=30) as response:
            response.raise_for_status()
            page = response.json()
        found += [
            e["resource"]
            for e in page.get("entry") or []
            if e["resource"]["resourceType"] == resource_type
        ]
        url = next((x["url"] for x in page.get("link", []) if x["relation"] == "next"), None)
    return found
