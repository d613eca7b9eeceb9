"""Typing the operator PIN: a field that shows dots and our own number pad
(:class:`~kiosk.ui.widgets.keyboard.OnScreenKeyboard` in its digits layout).

One :class:`PinPadView` serves every PIN question; the controller sets its *stage*: ``enter``
(open the panel), ``first`` and ``again`` (choose the PIN on first start), ``old``, ``new`` and
``again`` (change it). The typed digits never leave the field except through
:attr:`PinPadView.submitted`, and :meth:`PinPadView.reset` empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.operator.pin import MAX_DIGITS
from kiosk.ui.i18n import translate
from kiosk.ui.operator.views import View
from kiosk.ui.widgets.keyboard import TO_LETTERS, KeyboardMode, OnScreenKeyboard

__all__ = ["STAGES", "PinPadView"]

STAGES = ("enter", "first", "old", "new", "again")


class PinPadView(View):
    """A PIN question. Signals: ``submitted(str)`` (the digits), ``cancelled()``."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage = "enter"
        self.field = QLineEdit()
        self.field.setObjectName("operatorPin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_DIGITS)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.field)
        )
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumHeight(72)
        self.field.setMaximumWidth(420)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.field.setStyleSheet("font-size: 40px; letter-spacing: 8px;")
        self.field.returnPressed.connect(self._submit)
        self.body.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.attach(self.field, KeyboardMode.DIGITS)
        self.keyboard.key(TO_LETTERS).hide()  # a PIN is digits only
        self.body.addWidget(self.keyboard)
        self.body.addStretch(1)
        self.cancel_button = self.add_button("pinCancel")
        self.buttons.addStretch(1)
        self.ok_button = self.add_button("pinOk", "primary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button.clicked.connect(self._submit)
        self.field.textChanged.connect(self._refresh)
        self.retranslate()

    @property
    def stage(self) -> str:
        return self._stage

    def ask(self, stage: str) -> None:
        """Ask the ``stage`` question with an empty field (the message stays as set)."""
        if stage not in STAGES:
            raise ValueError(f"unknown PIN stage {stage!r}")
        self._stage = stage
        self.reset()
        self.retranslate()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.field.clear()

    def _submit(self) -> None:
        digits = self.field.text()
        if digits:
            self.field.clear()  # the digits leave the widget at once
            self.submitted.emit(digits)

    def _refresh(self) -> None:
        self.ok_button.setEnabled(bool(self.field.text()))

    def retranslate(self) -> None:
        titles = {
            "enter": translate("OperatorPin", "Volunteer panel"),
            "first": translate("OperatorPin", "Choose the volunteer PIN"),
            "old": translate("OperatorPin", "Change the volunteer PIN"),
            "new": translate("OperatorPin", "Change the volunteer PIN"),
            "again": translate("OperatorPin", "Type the new PIN again"),
        }
        leads = {
            "enter": translate("OperatorPin", "Type the volunteer PIN."),
            "first": translate(
                "OperatorPin",
                "No PIN has been chosen yet. Choose 6 to 12 digits that are hard to guess.",
            ),
            "old": translate("OperatorPin", "First type the current PIN."),
            "new": translate("OperatorPin", "Now type the new PIN: 6 to 12 digits, hard to guess."),
            "again": translate("OperatorPin", "Type the same PIN once more, to be sure."),
        }
        self.title.setText(titles[self._stage])
        self.lead.setText(leads[self._stage])
        self.field.setAccessibleName(translate("OperatorPin", "PIN (the digits are hidden)"))
        self.cancel_button.setText(translate("OperatorPin", "Cancel"))
        self.ok_button.setText(translate("OperatorPin", "OK"))
        for widget in (self.cancel_button, self.ok_button):
            widget.setAccessibleName(widget.text())
        self._refresh()
        super().retranslate()
