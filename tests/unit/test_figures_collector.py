"""The figures collector (:mod:`kiosk.figures.collector`): the flow's visits become exact
per-day counts in a small file that holds nothing personal and survives damage."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.enrolment import ConsentDecision
from kiosk.figures import DailyFigures
from kiosk.figures.collector import FILE_NAME, KEEP_DAYS, FiguresCollector
from kiosk.flow import Step
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import Entries, make_flow, next_visit, reach
from tests.helpers.specimens import NIHII_1, NIHII_2, TYPED, card_secrets, specimen_read

# 11:00 UTC is 12:00 in Brussels in winter.
NOON = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)
DAY = date(2026, 12, 7)


class WallClock:
    def __init__(self, start: datetime = NOON) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def collector_on(path: Path | None, wall: WallClock, clock: FakeClock) -> FiguresCollector:
    return FiguresCollector(path, now=wall, clock=clock)


def scripted_day(tmp_path: Path) -> tuple[FiguresCollector, WallClock, FakeClock, Path]:
    """Seven visits of known outcome, one after the other on one kiosk."""
    path = tmp_path / FILE_NAME
    flow, clock, _ = make_flow(wall=NOON)
    wall = WallClock()
    collector = collector_on(path, wall, clock)
    collector.attach(flow)
    # 1. consent given with a trusted person by card, one typed, two exclusions: 300 s
    flow.choose_language("fr")
    reach(flow, clock, Step.TRUSTED_PERSON, entries=Entries(by_card=True))
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_1)
    flow.add_exclusion(NIHII_2, "Dr. Example")
    flow.next()
    clock.advance(300)
    flow.confirm()
    assert flow.step is Step.DONE
    # 2. a refusal (nl), 100 s
    next_visit(flow, clock, Step.CONFIRM_REFUSAL, "nl")
    clock.advance(100)
    flow.confirm_refusal()
    flow.confirm()
    assert flow.step is Step.DONE and flow.nothing_sent
    # 3. under 16 (de)
    next_visit(flow, clock, Step.UNDER_16, "de")
    # 4. cancelled on the consent step (en)
    next_visit(flow, clock, Step.CONSENT, "en")
    flow.cancel()
    # 5. inactivity on the identity step (nl)
    next_visit(flow, clock, Step.STILL_THERE, "nl")
    flow.tick(clock.advance(flow.config.warning_s))
    assert flow.step is Step.WELCOME
    # 6. card taken out on the exclusions step (nl)
    next_visit(flow, clock, Step.EXCLUSIONS, "nl")
    flow.card_removed()
    # 7. consent given, nothing added (nl), 200 s, an hour later
    wall.now = NOON + timedelta(hours=1)
    next_visit(flow, clock, Step.REVIEW, "nl")
    clock.advance(200)
    flow.confirm()
    assert flow.step is Step.DONE
    flow.next()
    return collector, wall, clock, path


def test_a_scripted_day_gives_exact_counts(tmp_path: Path) -> None:
    collector, _, _, _ = scripted_day(tmp_path)
    figures = collector.figures(DAY)
    assert figures.visits_started == 7
    assert figures.cards_read == 7
    assert figures.consents_given == 2
    assert figures.refusals == 1
    assert figures.trusted_by_card == 1
    assert figures.trusted_typed == 1
    assert figures.exclusions == 2
    assert figures.ended_under_age == 1
    assert dict(figures.abandoned_by_step) == {
        "consent": 1,
        "confirm-identity": 1,
        "exclusions": 1,
    }
    assert dict(figures.languages) == {"fr": 1, "nl": 4, "de": 1, "en": 1}
    hours = [0] * 24
    hours[12], hours[13] = 6, 1
    assert figures.visits_by_hour == tuple(hours)
    # the durations of the three finished visits: 300 s, 100 s, 200 s (the fake clock moved
    # only where the script moved it) -> median 200 s
    assert figures.median_visit_s == 200


def test_the_file_holds_the_same_counts_and_nothing_personal(tmp_path: Path) -> None:
    collector, wall, clock, path = scripted_day(tmp_path)
    again = collector_on(path, wall, clock)
    assert again.figures(DAY) == collector.figures(DAY)
    text = path.read_text("ascii")
    secrets = [
        *card_secrets(specimen_read("nl-citizen")),
        *card_secrets(specimen_read("fr-citizen")),
        *card_secrets(specimen_read("kids")),
        *TYPED.values(),
        NIHII_1,
        NIHII_2,
    ]
    for secret in secrets:
        assert secret not in text, "a specimen's name or number is in the figures file"
    document = json.loads(text)
    assert set(document) == {"format", "days"}
    assert set(document["days"]) == {"2026-12-07"}
    # durations only as a histogram of seconds -> visits, no times of day
    assert document["days"]["2026-12-07"]["durations"] == {"100": 1, "200": 1, "300": 1}
    assert "T" not in json.dumps(document["days"])  # no ISO instant anywhere


def test_events_count_on_their_own_brussels_day_and_a_new_day_is_announced(
    tmp_path: Path,
) -> None:
    flow, clock, _ = make_flow()
    # 22:59:30 UTC is 23:59:30 in Brussels
    wall = WallClock(datetime(2026, 12, 7, 22, 59, 30, tzinfo=UTC))
    closed: list[date] = []
    collector = FiguresCollector(tmp_path / FILE_NAME, now=wall, clock=clock)
    collector.on_new_day = closed.append
    collector.attach(flow)
    reach(flow, clock, Step.CONSENT)
    wall.now += timedelta(minutes=1)  # past midnight in Brussels, still the 7th in UTC
    flow.decide(ConsentDecision.REFUSED)
    flow.confirm_refusal()
    flow.confirm()
    assert closed == [DAY]
    assert collector.figures(DAY).visits_started == 1
    assert collector.figures(DAY).refusals == 0
    after = collector.figures(DAY + timedelta(days=1))
    assert (after.visits_started, after.refusals) == (0, 1)
    assert collector.today() == DAY + timedelta(days=1)
    week = collector.last_days(7)
    assert [f.day for f in week][-2:] == [DAY, DAY + timedelta(days=1)]
    assert len(week) == 7 and week[0].visits_started == 0


def test_only_a_fortnight_is_kept(tmp_path: Path) -> None:
    flow, clock, _ = make_flow()
    wall = WallClock()
    collector = FiguresCollector(tmp_path / FILE_NAME, now=wall, clock=clock)
    collector.attach(flow)
    for _ in range(KEEP_DAYS + 3):
        next_visit(flow, clock, Step.PRIVACY, "nl")
        wall.now += timedelta(days=1)
    assert len(collector.days()) == KEEP_DAYS
    reloaded = FiguresCollector(tmp_path / FILE_NAME, now=wall, clock=clock)
    assert reloaded.days() == collector.days()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b'{"format": 1, "days": {"2026-12-07": {"counts": {"visits_started": -1}}}}',
        json.dumps(
            {
                "format": 1,
                "days": {
                    "2026-12-07": {
                        "counts": {"visits_started": 3},
                        "abandoned_by_step": {"nowhere": 1},
                        "languages": {},
                        "visits_by_hour": [0] * 24,
                        "durations": {},
                    }
                },
            }
        ).encode(),
        b"[" * 100_000,
        b"0" * 300_000,
    ],
    ids=["syntax", "not-text", "negative", "unknown-step", "deep", "huge"],
)
def test_a_damaged_file_is_set_aside_and_counting_goes_on(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    flow, clock, _ = make_flow()
    with caplog.at_level(logging.WARNING, logger="kiosk.figures"):
        collector = FiguresCollector(path, now=WallClock(), clock=clock)
    assert "figures file is damaged" in caplog.text
    assert (tmp_path / (FILE_NAME + ".damaged")).read_bytes() == content
    assert collector.days() == []
    collector.attach(flow)
    reach(flow, clock, Step.PRIVACY)
    assert FiguresCollector(path, now=WallClock(), clock=clock).figures(DAY).visits_started == 1


def test_a_failing_write_costs_no_visit(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "gone"
    flow, clock, _ = make_flow()
    collector = FiguresCollector(folder / FILE_NAME, now=WallClock(), clock=clock)
    collector.attach(flow)
    with caplog.at_level(logging.ERROR, logger="kiosk.figures"):
        reach(flow, clock, Step.DONE)
    assert "figures file was not written" in caplog.text
    assert collector.figures(DAY).consents_given == 1  # still counted in memory


def test_a_broken_collector_never_reaches_the_citizen(tmp_path: Path) -> None:
    flow, clock, _ = make_flow()

    def broken() -> datetime:
        raise RuntimeError("clock gone")

    FiguresCollector(None, now=broken, clock=clock).attach(flow)
    reach(flow, clock, Step.DONE)
    assert flow.step is Step.DONE


def test_demo_figures_stay_in_memory(tmp_path: Path) -> None:
    flow, clock, _ = make_flow()
    collector = FiguresCollector(None, now=WallClock(), clock=clock)
    collector.attach(flow)
    reach(flow, clock, Step.DONE)
    assert collector.figures(DAY).consents_given == 1
    assert list(tmp_path.iterdir()) == []


def test_a_representation_ending_counts_exactly_as_a_visitor_leaving_the_confirm_page() -> None:
    def counted(visit: str, end: str) -> object:
        flow, clock, _ = make_flow(wall=NOON)
        collector = collector_on(None, WallClock(), clock)
        collector.attach(flow)
        flow.choose_language("nl")
        if visit == "represented":
            reach(flow, clock, Step.REPRESENTATION)
        else:
            reach(flow, clock, Step.CONFIRM_IDENTITY, citizen="white-cane")
        clock.advance(30)
        if end == "leaves":
            flow.card_removed() if visit == "left" else flow.next()
        elif end == "waits":
            flow.tick(clock.advance(flow.config.inactivity_s))
            flow.tick(clock.advance(flow.config.warning_s))
        else:
            flow.cancel()
        assert flow.step is Step.WELCOME
        return collector.figures(DAY)

    for end in ("leaves", "waits", "cancel"):
        left = counted("left", end)
        assert counted("represented", end) == left
        assert left == DailyFigures(
            day=DAY,
            visits_started=1,
            cards_read=1,
            abandoned_by_step={"confirm-identity": 1},
            languages={"nl": 1},
            visits_by_hour=tuple(1 if h == 12 else 0 for h in range(24)),
        )


def test_an_older_file_with_the_representation_count_loads_and_forgets_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / FILE_NAME
    day = {
        "counts": {"visits_started": 3, "cards_read": 2, "ended_representation": 1},
        "abandoned_by_step": {"consent": 1},
        "languages": {"nl": 3},
        "visits_by_hour": [0] * 10 + [3] + [0] * 13,
        "durations": {},
        "queued": False,
    }
    path.write_text(json.dumps({"format": 1, "days": {"2026-12-07": day}}), "ascii")
    collector = collector_on(path, WallClock(), FakeClock())
    figures = collector.figures(DAY)
    assert (figures.visits_started, figures.cards_read) == (3, 2)
    assert not path.with_name(FILE_NAME + ".damaged").exists()
    flow, clock, _ = make_flow(wall=NOON)
    collector.attach(flow)
    reach(flow, clock, Step.PRIVACY)  # the next write drops the retired count
    assert "representation" not in path.read_text("ascii")
    assert collector.figures(DAY).visits_started == 4
