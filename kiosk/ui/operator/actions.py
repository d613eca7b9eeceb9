"""The panel's screens that act on the queue: the submissions the network refused
(:class:`RejectedView`), the USB stick chooser of the export (:class:`ExportView`) and the
queue passphrase (:class:`QueuePassphraseView`).

A refused submission is shown by its receipt reference, the network's reason and the date:
never a name or a national number (the reason was scrubbed of long numbers by the outbox).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.operator.drives import Drive
from kiosk.operator.queue_actions import RejectedSubmission
from kiosk.outbox.keys import MIN_PASSPHRASE_LEN
from kiosk.ui.i18n import translate
from kiosk.ui.operator.views import View
from kiosk.ui.theme import button, label, scroll_area
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard

__all__ = ["AckView", "ExportView", "QueuePassphraseView", "RejectedView"]


def _named(widget: QPushButton, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text)


class RejectedView(View):
    """The refused submissions, each with "Send again" and "Discard".

    Signals: ``retry(str)`` and ``discard(str)`` (a submission id), ``back()``."""

    retry = Signal(str)
    discard = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[RejectedSubmission] = []
        self._list = QWidget()
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 16, 0)
        self._rows.setSpacing(16)
        self.body.addWidget(scroll_area(self._list), 1)
        self.back_button = self.add_button("rejectedBack", "primary")
        self.buttons.addStretch(1)
        self.back_button.clicked.connect(self.back)
        self.retranslate()

    def show_items(self, items: Sequence[RejectedSubmission]) -> None:
        self._items = list(items)
        self.retranslate()

    def _rebuild(self) -> None:
        while self._rows.count():
            layout_item = self._rows.takeAt(0)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        if not self._items:
            empty = label("body")
            empty.setText(translate("OperatorRejected", "There are no refused submissions."))
            self._rows.addWidget(empty)
        for item in self._items:
            self._rows.addWidget(self._row(item))
        self._rows.addStretch(1)

    def _row(self, item: RejectedSubmission) -> QWidget:
        row = QWidget()
        row.setObjectName("rejectedRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        text = QVBoxLayout()
        reference = label("value", wrap=False)
        reference.setText(
            translate("OperatorRejected", "Reference {reference}").format(reference=item.reference)
        )
        when = datetime.fromtimestamp(item.rejected_at).astimezone().strftime("%d/%m/%Y %H:%M")
        detail = label("hint")
        detail.setText(
            translate("OperatorRejected", "Refused on {date}: {reason}").format(
                date=when, reason=item.reason
            )
        )
        text.addWidget(reference)
        text.addWidget(detail)
        if item.demo:
            demo = label("hint", wrap=False)
            demo.setText(translate("OperatorRejected", "Demonstration"))
            text.addWidget(demo)
        layout.addLayout(text, 1)
        again = button("secondary")
        again.setObjectName(f"retry-{item.reference}")
        _named(again, translate("OperatorRejected", "Send again"))
        drop = button("stop")
        drop.setObjectName(f"discard-{item.reference}")
        _named(drop, translate("OperatorRejected", "Discard"))
        again.clicked.connect(lambda _=False, sid=item.submission_id: self.retry.emit(sid))
        drop.clicked.connect(lambda _=False, sid=item.submission_id: self.discard.emit(sid))
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(drop, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorRejected", "Submissions refused by the network"))
        self.lead.setText(
            translate(
                "OperatorRejected",
                "Send one again once the cause is fixed, or discard it. The visitor can be "
                "found by the reference on their receipt.",
            )
        )
        _named(self.back_button, translate("OperatorRejected", "Back to the panel"))
        self._rebuild()
        super().retranslate()


class ExportView(View):
    """Choose the USB stick to export to. Signals: ``chosen(object)`` (a :class:`Drive`),
    ``rescan()``, ``back()``."""

    chosen = Signal(object)
    rescan = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drives: list[Drive] = []
        self._choices: list[QPushButton] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.body.addLayout(self._list)
        self.none_found = label("body")
        self.body.addWidget(self.none_found)
        self.body.addStretch(1)
        self.back_button = self.add_button("exportBack")
        self.buttons.addStretch(1)
        self.rescan_button = self.add_button("exportRescan")
        self.back_button.clicked.connect(self.back)
        self.rescan_button.clicked.connect(self.rescan)
        self.retranslate()

    def show_drives(self, drives: Sequence[Drive]) -> None:
        self._drives = list(drives)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        for widget in (*self._choices, self.rescan_button, self.back_button):
            widget.setEnabled(not busy)

    def _rebuild(self) -> None:
        for widget in self._choices:
            widget.hide()
            widget.deleteLater()
        self._choices = []
        for drive in self._drives:
            choice = button("choice")
            choice.setObjectName(f"drive-{drive.name}")
            if drive.free_bytes is None:
                text = drive.name
            elif drive.free_bytes >= 1_000_000_000:
                text = translate("OperatorExport", "{name} ({free} GB free)").format(
                    name=drive.name, free=drive.free_bytes // 1_000_000_000
                )
            else:
                text = translate("OperatorExport", "{name} ({free} MB free)").format(
                    name=drive.name, free=drive.free_bytes // 1_000_000
                )
            _named(choice, text)
            choice.clicked.connect(lambda _=False, d=drive: self.chosen.emit(d))
            self._list.addWidget(choice)
            self._choices.append(choice)
        self.none_found.setVisible(not self._drives)

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorExport", "Export to a USB stick"))
        self.lead.setText(
            translate(
                "OperatorExport",
                "Choose the USB stick. The file is encrypted for the network: nobody else can "
                "read it. The submissions stay in the kiosk until the network confirms them.",
            )
        )
        self.none_found.setText(
            translate(
                "OperatorExport",
                'No USB stick found. Insert one, wait a moment, then tap "Look again".',
            )
        )
        _named(self.back_button, translate("OperatorExport", "Back to the panel"))
        _named(self.rescan_button, translate("OperatorExport", "Look again"))
        self._rebuild()
        super().retranslate()


class AckView(ExportView):
    """Choose the USB stick holding the network's acknowledgement (written by ``kiosk-queue
    import``). Signals as :class:`ExportView`."""

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(translate("OperatorAck", "Read acknowledgement from USB"))
        self.lead.setText(
            translate(
                "OperatorAck",
                "Choose the USB stick with the network's acknowledgement. The submissions it "
                "confirms are erased from this kiosk; the others stay queued.",
            )
        )


class QueuePassphraseView(View):
    """The queue passphrase on the on-screen keyboard; twice when it is being chosen.

    Signals: ``submitted(str)``, ``back()``."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._creating = False
        self.field = self._field("queuePassphrase")
        self.again = self._field("queuePassphraseAgain")
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.attach(self.field, KeyboardMode.LETTERS)
        self.keyboard.attach(self.again, KeyboardMode.LETTERS)
        self.body.addWidget(self.field)
        self.body.addWidget(self.again)
        self.body.addStretch(1)
        self.body.addWidget(self.keyboard)
        self.back_button = self.add_button("passphraseBack")
        self.buttons.addStretch(1)
        self.ok_button = self.add_button("passphraseOk", "primary")
        self.back_button.clicked.connect(self.back)
        self.ok_button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.again.returnPressed.connect(self._submit)
        self.retranslate()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumHeight(64)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        return field

    def ask(self, *, creating: bool) -> None:
        self._creating = creating
        self.reset()
        self.again.setVisible(creating)
        self.show_message(None)
        self.retranslate()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.field.clear()
        self.again.clear()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.ok_button, self.back_button, self.field, self.again):
            widget.setEnabled(not busy)

    def _submit(self) -> None:
        text = self.field.text()
        if not text:
            return
        if self._creating:
            if len(text) < MIN_PASSPHRASE_LEN:
                self.show_message(
                    lambda: translate("OperatorPassphrase", "Use at least {n} characters.").format(
                        n=MIN_PASSPHRASE_LEN
                    ),
                    error=True,
                )
                return
            if self.again.text() != text:
                self.again.clear()
                self.show_message(
                    lambda: translate(
                        "OperatorPassphrase", "The two passphrases differ. Type them again."
                    ),
                    error=True,
                )
                return
        self.reset()
        self.submitted.emit(text)

    def retranslate(self) -> None:
        self.title.setText(translate("OperatorPassphrase", "Unlock the queue"))
        if self._creating:
            lead = translate(
                "OperatorPassphrase",
                "Choose the queue passphrase and type it twice. Volunteers will need it each "
                "time the kiosk starts: keep it safe.",
            )
        else:
            lead = translate(
                "OperatorPassphrase",
                "Type the queue passphrase chosen when this kiosk was set up. Until then, "
                "choices cannot be saved.",
            )
        self.lead.setText(lead)
        self.field.setAccessibleName(translate("OperatorPassphrase", "Queue passphrase"))
        self.field.setPlaceholderText(translate("OperatorPassphrase", "Queue passphrase"))
        self.again.setAccessibleName(translate("OperatorPassphrase", "The same passphrase again"))
        self.again.setPlaceholderText(translate("OperatorPassphrase", "The same passphrase again"))
        _named(self.back_button, translate("OperatorPassphrase", "Back to the panel"))
        _named(self.ok_button, translate("OperatorPassphrase", "Unlock"))
        super().retranslate()
