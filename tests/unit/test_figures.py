"""Daily stand figures: validation, the MeasureReport transaction, and reading it back strictly."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.fhir import identifiers as ids
from kiosk.figures import (
    LANGUAGES,
    STEPS,
    DailyFigures,
    FiguresError,
    figures_from_measure_report,
    is_demo_report,
    measure_report_bundle,
)
from kiosk.figures.measure import FIGURE_SYSTEM
from kiosk.figures.model import COUNTS, MAX_COUNT

DAY = date(2026, 3, 14)
FIGURES = DailyFigures(
    day=DAY,
    visits_started=40,
    cards_read=35,
    consents_given=28,
    refusals=3,
    trusted_by_card=2,
    trusted_typed=4,
    exclusions=1,
    ended_under_age=2,
    abandoned_by_step={"insert-card": 3, "consent": 2},
    median_visit_s=312,
    languages={"nl": 20, "fr": 15, "en": 5},
    visits_by_hour=tuple([0] * 9 + [10, 10, 10, 10] + [0] * 11),
)


def _entry(figures: DailyFigures = FIGURES, *, demo: bool = False) -> dict[str, Any]:
    bundle = json.loads(measure_report_bundle(figures, "stand-7", "kiosk-2", demo))
    assert bundle["type"] == "transaction" and len(bundle["entry"]) == 1
    entry: dict[str, Any] = bundle["entry"][0]
    return entry


def _report() -> dict[str, Any]:
    resource: dict[str, Any] = _entry()["resource"]
    return resource


def test_a_report_round_trips() -> None:
    assert figures_from_measure_report(_report()) == ("stand-7", "kiosk-2", FIGURES)


def test_the_entry_is_a_conditional_update_on_stand_kiosk_and_day() -> None:
    entry = _entry()
    report = entry["resource"]
    assert report["identifier"] == [
        {"system": "https://kiosk.example.be/fhir/NamingSystem/daily-report",
         "value": "stand-7/kiosk-2/2026-03-14"}
    ]  # fmt: skip
    tag = {"system": "https://kiosk.example.be/fhir/CodeSystem/daily-report",
           "code": "stand-7/kiosk-2/2026-03-14"}  # fmt: skip
    assert tag in report["meta"]["tag"]
    assert entry["request"] == {
        "method": "PUT",
        "url": f"MeasureReport?_tag={tag['system']}|{tag['code']}",
    }
    assert report["reporter"]["identifier"] == {"system": ids.REAL.kiosk, "value": "kiosk-2"}
    assert report["subject"]["identifier"] == {"system": ids.STAND_SYSTEM, "value": "stand-7"}
    assert (report["status"], report["type"]) == ("complete", "summary")


def test_the_period_is_the_day_in_brussels_across_a_dst_change() -> None:
    report = _entry(replace(FIGURES, day=date(2026, 3, 29)))["resource"]
    assert report["period"] == {
        "start": "2026-03-29T00:00:00+01:00",
        "end": "2026-03-29T23:59:59+02:00",
    }


def test_the_same_figures_give_the_same_bytes() -> None:
    when = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)
    one = measure_report_bundle(FIGURES, "s", "k", False, generated_at=when)
    assert one == measure_report_bundle(FIGURES, "s", "k", False, generated_at=when)


def test_a_demo_report_is_tagged_uses_demo_systems_and_is_refused_by_the_reader() -> None:
    entry = _entry(demo=True)
    report = entry["resource"]
    assert is_demo_report(report) and not is_demo_report(_report())
    assert ids.DEMO_TAG in report["meta"]["tag"]
    assert "/demo/" in report["identifier"][0]["system"] and "/demo/" in entry["request"]["url"]
    assert report["reporter"]["identifier"]["system"] == ids.DEMO.kiosk
    with pytest.raises(FiguresError, match="demo"):
        figures_from_measure_report(report)


@pytest.mark.parametrize(
    "change",
    [
        {"visits_started": -1},
        {"refusals": MAX_COUNT + 1},
        {"cards_read": True},
        {"exclusions": 1.0},
        {"abandoned_by_step": {"no-such-step": 1}},
        {"languages": {"xx": 1}},
        {"languages": {"nl": -2}},
        {"median_visit_s": 86_401},
        {"visits_by_hour": (0,) * 23},
        {"visits_by_hour": (0,) * 23 + (-1,)},
        {"day": datetime(2026, 3, 14, tzinfo=UTC)},
    ],
)
def test_invalid_figures_are_refused(change: dict[str, Any]) -> None:
    values = {**FIGURES.__dict__, **change}
    with pytest.raises(FiguresError):
        DailyFigures(**values)


@pytest.mark.parametrize("stand", ["", "a|b", "a/b", "x" * 65, "stand 7", "é"])
def test_ids_that_would_break_the_key_are_refused(stand: str) -> None:
    with pytest.raises(FiguresError, match="stand id"):
        measure_report_bundle(FIGURES, stand, "kiosk", False)


def _hostile(path: str, value: object) -> dict[str, Any]:
    report = copy.deepcopy(_report())
    *parents, last = path.split(".")
    node: Any = report
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is KeyError:
        del node[int(last) if last.isdigit() else last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return report


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("resourceType", "Observation"),
        ("measure", "https://elsewhere.example/Measure/x"),
        ("status", "pending"),
        ("type", "individual"),
        ("identifier", KeyError),
        ("identifier.0.value", "stand-7/kiosk-2"),
        ("identifier.0.value", "stand-7/kiosk-2/2026-02-30"),
        ("identifier.0.value", "a|b/kiosk-2/2026-03-14"),
        ("identifier.0.system", ids.REAL.kiosk),
        ("subject.identifier.value", "another-stand"),
        ("reporter.identifier.value", "another-kiosk"),
        ("reporter.identifier.system", ids.DEMO.kiosk),
        ("period.start", "2026-03-15T00:00:00+01:00"),
        ("period.end", "2026-03-14T23:59:59"),
        ("group", []),
        ("group", "not a list"),
        ("group.0.population.0.count", -1),
        ("group.0.population.0.count", "3"),
        ("group.0.population.0.count", True),
        ("group.0.population.0.count", 10**12),
        ("group.0.population.0.code.coding.0.code", "cards-read"),  # repeated
        ("group.0.code.coding.0.code", "decisions"),  # repeated group
        ("group.5.measureScore.value", 1.5),
        ("group.5.measureScore.value", float("nan")),
        ("group.5.measureScore.value", float("inf")),
        ("group.5.measureScore.code", "min"),
        ("group.6.population.0.count", 4),  # strata no longer add up
        ("group.6.stratifier.0.stratum.0.value.coding.0.code", "nowhere"),
        ("group.7.stratifier.0.stratum.0.value.coding.0.code", "fr"),  # repeated language
        ("group.8.stratifier.0.stratum.0.value.coding.0.code", "24"),
        ("group.8.stratifier.0.stratum.0", None),
        ("group.8.stratifier", [{}, {}]),
    ],
)
def test_garbage_reports_are_refused_with_a_clear_error(path: str, value: object) -> None:
    with pytest.raises(FiguresError) as caught:
        figures_from_measure_report(_hostile(path, value))
    # The message names the element, never the offending value.
    assert "nowhere" not in str(caught.value) and "another" not in str(caught.value)


@pytest.mark.parametrize("garbage", [None, 3, "x", [], b"{", b"[1]", "{}", b"{" * 70_000])
def test_things_that_are_not_reports_are_refused(garbage: object) -> None:
    with pytest.raises(FiguresError):
        figures_from_measure_report(garbage)


def test_deeply_nested_json_is_refused_without_a_crash() -> None:
    with pytest.raises(FiguresError):
        figures_from_measure_report("[" * 5000 + "]" * 5000)


counts = st.integers(min_value=0, max_value=MAX_COUNT)


@settings(max_examples=40, deadline=None)
@given(
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)),
    values=st.lists(counts, min_size=8, max_size=8),
    steps=st.dictionaries(st.sampled_from(STEPS), counts, max_size=5),
    languages=st.dictionaries(st.sampled_from(LANGUAGES), counts),
    hours=st.lists(counts, min_size=24, max_size=24),
    median=st.none() | st.integers(min_value=0, max_value=86_400),
)
def test_any_valid_figures_round_trip(
    day: date,
    values: list[int],
    steps: dict[str, int],
    languages: dict[str, int],
    hours: list[int],
    median: int | None,
) -> None:
    names = ("visits_started", "cards_read", "consents_given", "refusals", "trusted_by_card",
             "trusted_typed", "exclusions", "ended_under_age")  # fmt: skip
    figures = DailyFigures(
        day=day,
        **dict(zip(names, values, strict=True)),
        abandoned_by_step=steps,
        median_visit_s=median,
        languages=languages,
        visits_by_hour=tuple(hours),
    )
    resource = _entry(figures)["resource"]
    assert figures_from_measure_report(json.dumps(resource)) == ("stand-7", "kiosk-2", figures)


def _endings(report: dict[str, Any]) -> dict[str, Any]:
    (group,) = [g for g in report["group"] if g["code"]["coding"][0]["code"] == "endings"]
    return group  # type: ignore[no-any-return]


def test_the_special_status_is_not_a_figure() -> None:
    codes = [p["code"]["coding"][0]["code"] for p in _endings(_report())["population"]]
    assert codes == ["under-age"]
    assert "ended_representation" not in COUNTS and "representation" not in STEPS
    assert not [name for name in COUNTS if "represent" in name or "status" in name]


def test_an_older_kiosks_report_with_the_representation_count_still_loads() -> None:
    report = _report()
    _endings(report)["population"].append(
        {
            "code": {"coding": [{"system": FIGURE_SYSTEM, "code": "legal-representation"}]},
            "count": 2,
        }
    )
    assert figures_from_measure_report(json.dumps(report)) == ("stand-7", "kiosk-2", FIGURES)
    # ignored, not a door for anything: twice, or without its count, it is still refused
    twice = copy.deepcopy(report)
    twice_endings = _endings(twice)["population"]
    twice_endings.append(copy.deepcopy(twice_endings[-1]))
    broken = copy.deepcopy(report)
    del _endings(broken)["population"][-1]["count"]
    missing = copy.deepcopy(report)
    del _endings(missing)["population"][0]
    for bad in (twice, broken, missing):
        with pytest.raises(FiguresError):
            figures_from_measure_report(bad)
