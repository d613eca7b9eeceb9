"""The volunteer panel's main screen: the status figures in two columns at the top, the actions
as big buttons under them, "Close the panel" and the panel's language buttons at the bottom.

Figures come from an :class:`~kiosk.operator.report.OperatorSnapshot` (counts, ages, times, a
short error; nothing personal); under them, this kiosk's last seven days
(:class:`~kiosk.ui.operator.week_chart.WeekChart`, with the same numbers as text). The
buttons only emit :attr:`PanelView.action` with a stable name; the controller acts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.figures import DailyFigures
from kiosk.operator.report import REACHABLE, UNREACHABLE, OperatorSnapshot
from kiosk.outbox.sync import NOT_REACHABLE
from kiosk.ui.i18n import LANGUAGE_NAMES, translate
from kiosk.ui.operator.views import View, format_duration
from kiosk.ui.operator.week_chart import WeekChart
from kiosk.ui.theme import button, label

__all__ = ["ACTIONS", "PanelView"]

# The panel's actions, in the order of the buttons.
ACTIONS = (
    "send_now",
    "send_figures",
    "export",
    "acknowledge",
    "rejected",
    "demo",
    "language",
    "unlock_queue",
    "change_pin",
    "exit",
)


def _when(epoch: float | None, now: Callable[[], datetime]) -> str:
    if epoch is None:
        return translate("OperatorPanel", "never")
    moment = datetime.fromtimestamp(epoch).astimezone()
    if moment.date() == now().date():
        return translate("OperatorPanel", "today at {time}").format(time=moment.strftime("%H:%M"))
    return moment.strftime("%d/%m/%Y %H:%M")


class PanelView(View):
    """The panel's home. Signals: ``action(str)`` (one of :data:`ACTIONS`), ``closed()``,
    ``language(str)`` (the panel's own language, for the volunteer)."""

    action = Signal(str)
    closed = Signal()
    language = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now().astimezone())
        self._snapshot: OperatorSnapshot | None = None
        self._demo = False
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(16)
        self.figures.setVerticalSpacing(4)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        keys = (
            "waiting",
            "last_success",
            "rejected",
            "last_error",
            "overdue",
            "network",
            "oldest",
            "reader",
            "delivered",
            "today",
            "discarded",
            "today_demo",
        )
        for key in keys:
            caption, value = label("hint", wrap=False), label("hint")
            value.setObjectName(f"figure-{key}")
            value.setStyleSheet("color: #111111; font-weight: bold;")
            row, pair = divmod(len(self._rows), 2)  # two columns of "name  value"
            self.figures.addWidget(caption, row, pair * 2, Qt.AlignmentFlag.AlignTop)
            self.figures.addWidget(value, row, pair * 2 + 1, Qt.AlignmentFlag.AlignTop)
            self._rows[key] = (caption, value)
        self.figures.setColumnStretch(1, 1)
        self.figures.setColumnStretch(3, 1)
        self.figures.setColumnMinimumWidth(2, 0)
        self.body.addLayout(self.figures)
        self.week_caption = label("hint", wrap=False)
        self.week = WeekChart()
        self.week_text = label("hint")
        self.week_text.setObjectName("week-text")
        self.body.addSpacing(8)
        self._week_widgets: tuple[QWidget, ...] = (self.week_caption, self.week, self.week_text)
        for part in self._week_widgets:
            self.body.addWidget(part)
            part.setVisible(False)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.action_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(ACTIONS):
            widget = button("stop" if name == "exit" else "secondary", expand=True)
            widget.setObjectName(f"action-{name}")
            widget.clicked.connect(lambda _=False, n=name: self.action.emit(n))
            grid.addWidget(widget, i // 2, i % 2)
            self.action_buttons[name] = widget
        self.body.addSpacing(8)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.close_button = self.add_button("panelClose", "primary")
        self.buttons.addStretch(1)
        self.close_button.clicked.connect(self.closed)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES.items():  # the panel's own language, for the volunteer
            choice = button("language")
            choice.setObjectName(f"panelLanguage-{code}")
            choice.setText(name)
            choice.setAccessibleName(name)
            choice.clicked.connect(lambda _=False, c=code: self.language.emit(c))
            self.buttons.addWidget(choice)
            self.language_buttons[code] = choice
        self.retranslate()

    def show_snapshot(self, snapshot: OperatorSnapshot, *, demo: bool) -> None:
        self._snapshot = snapshot
        self._demo = demo
        self.retranslate()

    def show_week(self, days: Sequence[DailyFigures]) -> None:
        """This kiosk's figures of the last days, oldest first (an empty list hides them)."""
        self.week.show_days(days)
        for part in self._week_widgets:
            part.setVisible(bool(days))
        self._show_week_text()

    def _show_week_text(self) -> None:
        self.week_caption.setText(
            translate("OperatorPanel", "Visits in the last 7 days (darker: consents given)")
        )
        self.week.retranslate()
        self.week_text.setText(self.week.summary().replace("\n", "  ·  "))

    def _figure(self, key: str, name: str, value: str, *, warn: bool = False) -> None:
        name_label, value_label = self._rows[key]
        name_label.setText(name)
        value_label.setText(value)
        value_label.setAccessibleName(f"{name} {value}")
        value_label.setStyleSheet(f"color: {'#a4161a' if warn else '#111111'}; font-weight: bold;")

    def _show_figures(self, s: OperatorSnapshot) -> None:
        closed = (
            translate("OperatorPanel", "queue locked")
            if s.passphrase_needed
            else translate("OperatorPanel", "not available")
        )

        def count(n: int) -> str:
            return str(n) if s.queue_open else closed

        self._figure(
            "waiting",
            translate("OperatorPanel", "Waiting to be sent"),
            count(s.waiting),
            warn=s.overdue > 0,
        )
        self._figure(
            "delivered", translate("OperatorPanel", "Delivered"), count(s.count("delivered"))
        )
        self._figure(
            "rejected",
            translate("OperatorPanel", "Refused by the network"),
            count(s.count("rejected")),
            warn=s.count("rejected") > 0,
        )
        self._figure(
            "discarded",
            translate("OperatorPanel", "Discarded by a volunteer"),
            count(s.count("discarded")),
        )
        oldest = (
            format_duration(s.oldest_waiting_age_s)
            if s.oldest_waiting_age_s is not None
            else translate("OperatorPanel", "none")
        )
        self._figure(
            "oldest",
            translate("OperatorPanel", "Oldest waiting for"),
            oldest if s.queue_open else closed,
        )
        days = round((s.max_age_s or 0) / 86400)
        self._figure(
            "overdue",
            translate("OperatorPanel", "Waiting longer than {days} days").format(days=days),
            count(s.overdue),
            warn=s.overdue > 0,
        )
        self._figure(
            "last_success",
            translate("OperatorPanel", "Last delivery"),
            _when(s.last_success_at, self._now),
        )
        problem = s.last_error
        if problem == NOT_REACHABLE:
            problem = translate("OperatorPanel", "the network's server does not answer")
        if self._demo and s.network != REACHABLE:
            problem = None  # nothing is sent in demonstration mode: not a problem
        self._figure(
            "last_error",
            translate("OperatorPanel", "Last problem"),
            problem or translate("OperatorPanel", "none"),
            warn=bool(problem),
        )
        self._figure(
            "reader",
            translate("OperatorPanel", "Card reader"),
            self._reader_text(s.reader_state),
            warn=s.reader_state in ("no-service", "no-reader"),
        )
        network = {
            REACHABLE: translate("OperatorPanel", "reachable"),
            UNREACHABLE: translate("OperatorPanel", "not reachable"),
        }.get(s.network, translate("OperatorPanel", "unknown"))
        offline_demo = self._demo and s.network != REACHABLE
        if offline_demo:
            network = translate("OperatorPanel", "not used in demonstration mode")
        self._figure(
            "network",
            translate("OperatorPanel", "Network"),
            network,
            warn=s.network == UNREACHABLE and not offline_demo,
        )
        d = s.today
        self._figure(
            "today",
            translate("OperatorPanel", "Enrolments today at this stand"),
            translate("OperatorPanel", "{n} (consent given: {given}, refused: {refused})").format(
                n=d.queued, given=d.given, refused=d.refused
            ),
        )
        self._figure(
            "today_demo",
            translate("OperatorPanel", "Today, demonstrations apart"),
            translate("OperatorPanel", "{demo} demo, {failed} not saved").format(
                demo=d.demo, failed=d.failed
            ),
        )

    @staticmethod
    def _reader_text(state: str) -> str:
        texts = {
            "starting": translate("OperatorPanel", "starting"),
            "no-service": translate("OperatorPanel", "smart card service stopped"),
            "no-reader": translate("OperatorPanel", "not connected"),
            "ready": translate("OperatorPanel", "ready"),
            "card": translate("OperatorPanel", "a card is in the reader"),
            "reading": translate("OperatorPanel", "reading a card"),
        }
        return texts.get(state, translate("OperatorPanel", "unknown"))

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorPanel", "Volunteer panel"))
        self.lead.setText(
            translate("OperatorPanel", "Demonstration mode: specimen cards, nothing is sent.")
            if self._demo
            else translate(
                "OperatorPanel",
                "Only volunteers may use this panel. Close it before a visitor comes.",
            )
        )
        s = self._snapshot
        rejected = s.count("rejected") if s is not None else 0
        texts = {
            "send_now": translate("OperatorPanel", "Send now"),
            "send_figures": translate("OperatorPanel", "Send today's figures"),
            "export": translate("OperatorPanel", "Export to a USB stick"),
            "acknowledge": translate("OperatorPanel", "Read acknowledgement from USB"),
            "rejected": translate("OperatorPanel", "Refused submissions: {n}").format(n=rejected),
            "demo": translate("OperatorPanel", "Stop demonstration mode")
            if self._demo
            else translate("OperatorPanel", "Start demonstration mode"),
            "language": translate("OperatorPanel", "Language for new visitors"),
            "unlock_queue": translate("OperatorPanel", "Unlock the queue"),
            "change_pin": translate("OperatorPanel", "Change the PIN"),
            "exit": translate("OperatorPanel", "Close the kiosk program"),
        }
        for name, widget in self.action_buttons.items():
            widget.setText(texts[name])
            widget.setAccessibleName(texts[name])
        self.action_buttons["unlock_queue"].setVisible(bool(s and s.passphrase_needed))
        queue_open = bool(s and s.queue_open)
        self._show_week_text()
        for name in ("send_now", "send_figures", "export", "acknowledge", "rejected"):
            self.action_buttons[name].setEnabled(queue_open)
        self.close_button.setText(translate("OperatorPanel", "Close the panel"))
        self.close_button.setAccessibleName(self.close_button.text())
        if s is not None:
            self._show_figures(s)
        super().retranslate()
