"""The campaign report at scale against the real FHIR server (issue 16): 30 kiosks at 11 stands
send 5 days of daily MeasureReports (some twice, some first partially and updated later with
bigger counts, some late), then ``kiosk-campaign report`` must reproduce the simulated truth
in its HTML tables and CSV files, and the server must hold exactly one report per kiosk-day.

``KIOSK_CAMPAIGN_REPORT_OUT=DIR`` keeps a copy of the generated report there (for screenshots).
"""

from __future__ import annotations

import csv
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

from kiosk.campaign.cli import main as campaign
from kiosk.campaign.fetch import FetchError, Limits, fetch_reports
from kiosk.figures.model import COUNTS
from tests.fhir_server import FhirServer, start_sekmet
from tests.fixtures_fhir import require_sekmet
from tests.helpers.campaign import KioskDay, all_resources, post_all, send_plan, simulate

pytestmark = [pytest.mark.fhir, pytest.mark.slow]

KIOSKS, STANDS, DAYS = 30, 11, 5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FhirServer]:
    """A server of its own: the counts below are of every MeasureReport it holds."""
    require_sekmet()
    server = start_sekmet(Path(tmp_path_factory.mktemp("sekmet-campaign")))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def truth(server: FhirServer) -> list[KioskDay]:
    truth = simulate(KIOSKS, STANDS, DAYS)
    sends = send_plan(truth)
    assert len(sends) > len(truth)  # some days are sent more than once
    with requests.Session() as session:
        post_all(server.base_url, sends, session)
        # A demo stand's report of the same kiosk-day: never counted, never replaces the real one.
        demo = truth[0]
        post_all(
            server.base_url, [replace(demo, figures=replace(demo.figures))], session, demo=True
        )
    return truth


class _Tables(HTMLParser):
    """The page's tables by id, as rows of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._table = self.tables.setdefault(dict(attrs).get("id") or "", [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._table is not None and self._cell is not None:
            self._table[-1].append("".join(self._cell))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _html_tables(path: Path) -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed(path.read_text("utf-8"))
    return parser.tables


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_one_report_per_kiosk_day_at_the_server(server: FhirServer, truth: list[KioskDay]) -> None:
    with requests.Session() as session:
        reports = all_resources(server.base_url, "MeasureReport", session)
    per_identifier = Counter(
        (i["system"], i["value"]) for r in reports for i in r.get("identifier", [])
    )
    real = {k: n for k, n in per_identifier.items() if "/demo/" not in k[0]}
    assert len(real) == KIOSKS * DAYS
    assert set(real.values()) == {1}
    assert len(reports) == KIOSKS * DAYS + 1  # and the demo one


def test_the_report_equals_the_simulated_truth(
    server: FhirServer, truth: list[KioskDay], tmp_path: Path
) -> None:
    out = tmp_path / "report"
    assert campaign(["report", "--endpoint", server.base_url, "--out", str(out)]) == 0

    # Per stand and day, every count: the last update of each kiosk-day, counted once.
    expected: dict[tuple[str, str], Counter[str]] = {}
    for day in truth:
        row = expected.setdefault((day.stand, day.figures.day.isoformat()), Counter())
        row.update({c: getattr(day.figures, c) for c in COUNTS})
        row["kiosks"] += 1
    rows = _csv(out / "stand_days.csv")
    assert len(rows) == STANDS * DAYS
    got = {
        (r["stand"], r["day"]): Counter({k: int(r[k]) for k in (*COUNTS, "kiosks")}) for r in rows
    }
    assert got == expected

    tables = _html_tables(out / "report.html")
    html_rows = tables["table-stand_days"][1:]
    assert [row[: 3 + len(COUNTS)] for row in html_rows] == [
        [r["stand"], r["day"], r["kiosks"], *(r[c] for c in COUNTS)] for r in rows
    ]

    totals = {c: sum(getattr(d.figures, c) for d in truth) for c in COUNTS}
    assert [int(r[1]) for r in tables["table-totals"][1:]] == list(totals.values())

    hours = [sum(d.figures.visits_by_hour[h] for d in truth) for h in range(24)]
    assert [int(r["visits_started"]) for r in _csv(out / "hours.csv")] == hours
    assert [int(r[1]) for r in tables["table-hours"][1:]] == hours

    languages = Counter[str]()
    steps = Counter[str]()
    for day in truth:
        languages.update(day.figures.languages)
        steps.update(day.figures.abandoned_by_step)
    assert {r["code"]: int(r["visits"]) for r in _csv(out / "languages.csv")} == languages
    assert {r["step"]: int(r["abandoned"]) for r in _csv(out / "abandoned.csv")} == steps
    funnel = {r["stage"]: int(r["visits"]) for r in _csv(out / "funnel.csv")}
    assert funnel["Visits started"] == totals["visits_started"]
    assert funnel["Consent given"] == totals["consents_given"]
    assert len(_csv(out / "kiosk_days.csv")) == KIOSKS * DAYS

    page = (out / "report.html").read_text("utf-8")
    assert page.count("<svg") == 6 and "1 demo report(s) ignored" in page
    assert "duplicate" not in page  # the server held no duplicates
    if target := os.environ.get("KIOSK_CAMPAIGN_REPORT_OUT"):
        shutil.copytree(out, target, dirs_exist_ok=True)


def test_the_fetcher_pages_through_next_links_within_its_bounds(
    server: FhirServer, truth: list[KioskDay]
) -> None:
    small = Limits(page_size=7)
    reports = list(fetch_reports(server.base_url, limits=small))
    assert len(reports) == KIOSKS * DAYS + 1  # 22 pages, the demo report included
    assert len({r["id"] for r in reports}) == len(reports)
    with pytest.raises(FetchError, match="more than 5 pages"):
        list(fetch_reports(server.base_url, limits=Limits(page_size=7, max_pages=5)))


def test_a_period_keeps_only_its_days(
    server: FhirServer, truth: list[KioskDay], tmp_path: Path
) -> None:
    first = min(d.figures.day for d in truth)
    second = first.replace(day=first.day + 1)
    out = tmp_path / "two-days"
    argv = ["report", "--endpoint", server.base_url, "--out", str(out)]
    assert campaign([*argv, "--from", first.isoformat(), "--to", second.isoformat()]) == 0
    rows = _csv(out / "days.csv")
    assert [r["day"] for r in rows] == [first.isoformat(), second.isoformat()]
    expected = sum(d.figures.visits_started for d in truth if d.figures.day <= second)
    assert sum(int(r["visits_started"]) for r in rows) == expected
