"""The last seven days of this kiosk as a small bar chart for the volunteer panel.

:class:`WeekChart` draws, per day, a bar for the visits started with the consents given as its
darker lower part, the number of visits above it and the day under it; drawn with QPainter
(no plotting library) in the widget's own palette colours, so it reads in a light and a dark
theme. The same figures are in :meth:`WeekChart.summary` as plain text: the widget's
accessible name and description, and the label the panel shows under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.figures import DailyFigures
from kiosk.ui.i18n import translate

__all__ = ["WeekChart"]

_MARGIN = 6


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of ``a`` over ``b``."""
    return QColor(
        round(a.red() * share + b.red() * (1 - share)),
        round(a.green() * share + b.green() * (1 - share)),
        round(a.blue() * share + b.blue() * (1 - share)),
    )


class WeekChart(QWidget):
    """Visits started and consents given per day, oldest day on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: tuple[DailyFigures, ...] = ()
        self.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 150)

    def show_days(self, days: Sequence[DailyFigures]) -> None:
        self._days = tuple(days)
        self.retranslate()
        self.update()

    @property
    def days(self) -> tuple[DailyFigures, ...]:
        return self._days

    def summary(self) -> str:
        """The chart as text: one "day: visits, consents" line per day."""
        line = translate("OperatorPanel", "{day}: {visits} visits, {given} consents given")
        return "\n".join(
            line.format(
                day=f.day.strftime("%d/%m"), visits=f.visits_started, given=f.consents_given
            )
            for f in self._days
        )

    def retranslate(self) -> None:
        self.setAccessibleName(translate("OperatorPanel", "Visits in the last 7 days"))
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        paper = palette.color(QPalette.ColorRole.Window)
        visits_colour = _mix(ink, paper, 0.35)
        given_colour = _mix(ink, paper, 0.85)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setPixelSize(14)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        top, bottom = _MARGIN + line, self.height() - _MARGIN - line
        slot = (self.width() - 2 * _MARGIN) / len(self._days)
        peak = max(1, *(f.visits_started for f in self._days))
        painter.setPen(ink)
        painter.drawLine(_MARGIN, bottom, self.width() - _MARGIN, bottom)
        for index, figures in enumerate(self._days):
            x = _MARGIN + index * slot
            bar_w = slot * 0.6
            bar_x = x + (slot - bar_w) / 2
            height = (bottom - top) * figures.visits_started / peak
            given = (bottom - top) * min(figures.consents_given, figures.visits_started) / peak
            painter.fillRect(QRectF(bar_x, bottom - height, bar_w, height), visits_colour)
            painter.fillRect(QRectF(bar_x, bottom - given, bar_w, given), given_colour)
            painter.setPen(ink)
            centre = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(
                QRectF(x, bottom - height - line, slot, line),
                centre | Qt.AlignmentFlag.AlignBottom,
                str(figures.visits_started),
            )
            painter.drawText(
                QRectF(x, bottom + 2, slot, line),
                centre | Qt.AlignmentFlag.AlignTop,
                figures.day.strftime("%d/%m"),
            )
        painter.end()
