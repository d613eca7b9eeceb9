"""The report's tables: one row per kiosk-day however many copies the server holds (the latest
``date`` wins), demo and malformed reports skipped and counted, CSV and HTML from the same rows."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kiosk.campaign.report import write_report
from kiosk.campaign.tables import collect
from kiosk.figures import DailyFigures, measure_report_bundle

DAY = date(2026, 3, 14)


def _report(figures: DailyFigures, stand: str, kiosk: str, hour: int, demo: bool = False) -> Any:
    when = datetime(2026, 3, 14, hour, tzinfo=UTC)
    bundle = measure_report_bundle(figures, stand, kiosk, demo, generated_at=when)
    return json.loads(bundle)["entry"][0]["resource"]


def test_the_latest_copy_of_a_kiosk_day_wins_whatever_the_order() -> None:
    small = DailyFigures(day=DAY, visits_started=5)
    big = replace(small, visits_started=50)
    reports = [_report(big, "s", "k", 20), _report(small, "s", "k", 12)]
    for order in (reports, reports[::-1]):
        kept = collect(order)
        assert kept.duplicates == 1
        assert [f.visits_started for _, _, f in kept.figures] == [50]


def test_demo_malformed_and_out_of_range_reports_are_skipped_and_counted() -> None:
    figures = DailyFigures(day=DAY, visits_started=7)
    broken = _report(figures, "s", "k2", 9)
    broken["group"] = []
    reports = [
        _report(figures, "s", "k1", 9),
        _report(figures, "s", "k1", 9, demo=True),
        broken,
        _report(replace(figures, day=date(2026, 3, 20)), "s", "k3", 9),
    ]
    kept = collect(reports, start=DAY, end=DAY)
    assert (len(kept.days), kept.demo, kept.invalid, kept.out_of_range) == (1, 1, 1, 1)


def test_csv_and_html_show_the_same_figures(tmp_path: Path) -> None:
    figures = DailyFigures(
        day=DAY, visits_started=12, consents_given=9, refusals=1, languages={"de": 12}
    )
    written = write_report([_report(figures, "stand-1", "k", 9)], tmp_path, endpoint="https://x")
    assert (tmp_path / "stands.csv").read_text() == (
        "stand,visits_started,consents_given,refusals,consent_rate_pct\nstand-1,12,9,1,90.0\n"
    )
    page = written.html.read_text("utf-8")
    assert '<td>stand-1</td><td class="n">12</td><td class="n">9</td>' in page
    assert page.count("<svg") == 6
    # Self-contained: nothing loaded from anywhere.
    assert not re.search(r"<script|<link|<img|src=|@import|href=\"(?!#)", page)
