"""The building blocks of the operator panel's screens: a common :class:`View` (title, lead,
message, body, a row of buttons at the bottom), and the small screens that need no more: a
question to confirm (:class:`ConfirmView`), the lock-out message (:class:`LockedView`) and the
default language chooser (:class:`LanguageView`).

Views are dumb: they show what the controller (:mod:`kiosk.ui.operator.mode`) tells them and
emit signals; every text is produced in :meth:`View.retranslate` (messages are kept as callables
so they re-translate too).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.i18n import LANGUAGE_NAMES, translate
from kiosk.ui.theme import button, label, set_role

__all__ = ["ConfirmView", "LanguageView", "LockedView", "View", "format_duration"]

Text = Callable[[], str]


def format_duration(seconds: float) -> str:
    """A duration for a volunteer: ``45 s``, ``12 min``, ``3 h 05 min``, ``2 d 4 h``."""
    s = max(0, round(seconds))
    if s < 60:
        return translate("OperatorPanel", "{s} s").format(s=s)
    if s < 3600:
        return translate("OperatorPanel", "{m} min").format(m=s // 60)
    if s < 86400:
        return translate("OperatorPanel", "{h} h {m} min").format(
            h=s // 3600, m=f"{s % 3600 // 60:02d}"
        )
    return translate("OperatorPanel", "{d} d {h} h").format(d=s // 86400, h=s % 86400 // 3600)


class View(QWidget):
    """One screen of the panel: title, lead, a message line, a body, a bottom row of buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the focus so no button looks chosen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 28, 48, 24)
        outer.setSpacing(14)
        self.title = label("title")
        self.lead = label("lead")
        self.message = label("notice")
        self.message.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.lead)
        outer.addWidget(self.message)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(24)
        outer.addLayout(self.buttons)
        self._message_text: Text | None = None

    def add_button(self, name: str, role: str = "secondary") -> QPushButton:
        """A button in the bottom row (call ``self.buttons.addStretch(1)`` to push the next
        ones to the right)."""
        widget = button(role)
        widget.setObjectName(name)
        widget.setMinimumWidth(240)
        self.buttons.addWidget(widget)
        return widget

    def show_message(self, text: Text | None, *, error: bool = False) -> None:
        """Show ``text()`` (re-evaluated on a language change) under the lead; None hides it."""
        self._message_text = text
        set_role(self.message, "error-banner" if error else "notice")
        self._render_message()

    def _render_message(self) -> None:
        text = self._message_text() if self._message_text is not None else ""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def retranslate(self) -> None:
        """Set every text; subclasses call this after their own."""
        self._render_message()
        for widget in self.findChildren(QPushButton):
            if widget.text() and not widget.accessibleName():
                widget.setAccessibleName(widget.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _name(widget: QPushButton, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text)


class ConfirmView(View):
    """A question with "yes" and "no": the controller sets the texts and the action.

    Signals: ``answered(bool)``."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addStretch(1)
        self.no = self.add_button("confirmNo", "primary")
        self.buttons.addStretch(1)
        self.yes = self.add_button("confirmYes", "stop")
        self.no.clicked.connect(lambda: self.answered.emit(False))
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self._texts: tuple[Text, Text, Text, Text] | None = None

    def ask(self, title: Text, question: Text, yes: Text, no: Text) -> None:
        self._texts = (title, question, yes, no)
        self.show_message(None)
        self.retranslate()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)  # the safe answer is the default

    def retranslate(self) -> None:
        if self._texts is not None:
            title, question, yes, no = self._texts
            self.title.setText(title())
            self.lead.setText(question())
            _name(self.yes, yes())
            _name(self.no, no())
        super().retranslate()


class LockedView(View):
    """PIN entry is locked: the time left, counting down. Signals: ``expired()``, ``closed()``."""

    expired = Signal()
    closed = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._until = 0.0
        self.remaining = label("big", wrap=False)
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addStretch(1)
        self.body.addWidget(self.remaining)
        self.body.addStretch(1)
        self.buttons.addStretch(1)
        self.close_button = self.add_button("lockedClose", "primary")
        self.close_button.clicked.connect(self.closed)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def lock_until(self, until: float) -> None:
        self._until = until
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        left = self._until - self._clock()
        if left <= 0:
            self._timer.stop()
            self.expired.emit()
            return
        self.remaining.setText(format_duration(left))
        self.remaining.setAccessibleName(
            translate("OperatorLocked", "Time left: {time}").format(time=format_duration(left))
        )

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorLocked", "The volunteer panel is locked"))
        self.lead.setText(
            translate(
                "OperatorLocked",
                "Too many wrong PINs. You can try again when this time has passed.",
            )
        )
        _name(self.close_button, translate("OperatorLocked", "Close"))
        if self._timer.isActive():
            self.refresh()
        super().retranslate()


class LanguageView(View):
    """The language new visitors start in. Signals: ``chosen(str)``, ``back()``."""

    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, QPushButton] = {}
        self._row = QVBoxLayout()
        self._row.setSpacing(12)
        self.body.addLayout(self._row)
        self.body.addStretch(1)
        self.back_button = self.add_button("languageBack")
        self.buttons.addStretch(1)
        self.back_button.clicked.connect(self.back)
        self.retranslate()

    def offer(self, languages: Sequence[str], current: str) -> None:
        for widget in self._choices.values():
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._choices = {}
        for code in languages:
            choice = button("choice")
            choice.setObjectName(f"defaultLanguage-{code}")
            choice.setCheckable(True)
            choice.setChecked(code == current)
            _name(choice, LANGUAGE_NAMES[code])  # each language in its own language
            choice.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self._row.addWidget(choice)
            self._choices[code] = choice

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorLanguage", "Language for new visitors"))
        self.lead.setText(
            translate(
                "OperatorLanguage",
                "Each new visitor first sees the kiosk in this language and can change it.",
            )
        )
        _name(self.back_button, translate("OperatorLanguage", "Back to the panel"))
        super().retranslate()
