"""The volunteer panel's last seven days (:mod:`kiosk.ui.operator.week_chart`): bars drawn in
the palette's colours, readable on a light and a dark background, and the same numbers as
text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from kiosk.figures import DailyFigures
from kiosk.operator.report import OperatorSnapshot
from kiosk.ui.app import Kiosk
from kiosk.ui.operator.panel import PanelView
from kiosk.ui.operator.week_chart import WeekChart
from tests.gui.conftest import widget_texts

pytestmark = pytest.mark.gui

TODAY = date(2026, 12, 7)
VISITS = (12, 0, 30, 7, 18, 25, 4)
GIVEN = (9, 0, 21, 5, 11, 20, 1)


def week() -> list[DailyFigures]:
    return [
        DailyFigures(day=TODAY - timedelta(days=6 - i), visits_started=v, consents_given=g)
        for i, (v, g) in enumerate(zip(VISITS, GIVEN, strict=True))
    ]


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def _column_ink(image: QImage, x: int, background: QColor) -> int:
    """How many pixels of column ``x`` differ clearly from the background."""
    return sum(
        1
        for y in range(image.height())
        if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
    )


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#111111"), ("#121212", "#f0f0f0")])
def test_taller_days_have_taller_bars_in_both_themes(qtbot: QtBot, window: str, text: str) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.setPalette(_palette(window, text))
    chart.resize(420, 150)
    chart.show_days(week())
    image = chart.grab().toImage()
    slot = (420 - 12) / 7
    heights = [_column_ink(image, round(6 + slot * (i + 0.5)), QColor(window)) for i in range(7)]
    # bars (plus the number above and the date under each) grow with the visits
    order = sorted(range(7), key=lambda i: VISITS[i])
    assert [heights[i] for i in order] == sorted(heights[i] for i in order)
    assert heights[2] > heights[1] + 60  # 30 visits against none


def test_the_numbers_are_also_text(qtbot: QtBot) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.show_days(week())
    summary = chart.summary().splitlines()
    assert summary[2] == "03/12: 30 visits, 21 consents given"
    assert len(summary) == 7
    assert chart.accessibleDescription() == chart.summary()


def test_the_panel_shows_the_week_under_the_figures(qtbot: QtBot) -> None:
    panel = PanelView()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show_snapshot(OperatorSnapshot(queue_open=True), demo=False)
    panel.show_week(week())
    assert panel.week.isVisibleTo(panel) and panel.week_text.isVisibleTo(panel)
    texts = widget_texts(panel)
    assert any("30 visits, 21 consents given" in t for t in texts)
    assert "Send today's figures" in texts
    panel.grab().save("/tmp/operator-week.png")
    panel.show_week([])
    assert not panel.week.isVisibleTo(panel)


def test_the_running_kiosk_counts_its_visits_in_memory_in_demo_mode(kiosk_window: Kiosk) -> None:
    flow = kiosk_window.flow
    flow.start()
    flow.cancel()
    figures = kiosk_window.services.figures
    assert figures.path is None  # demo: never in the real data folder
    today = figures.figures()
    assert (today.visits_started, dict(today.abandoned_by_step)) == (1, {"privacy": 1})
