"""The header's "Larger text" toggle, and its shortcut: any visitor switches the kiosk to larger
text in high contrast, and back.

Checked is :attr:`~kiosk.ui.look.Look.LARGE_HIGH_CONTRAST`, unchecked the standard look. The
toggle follows the window's look whatever sets it (the card's status, the end of the visit:
:attr:`~kiosk.ui.main_window.MainWindow.look_changed`); in the large-text look without high
contrast (:attr:`~kiosk.ui.look.Look.LARGE_TEXT`) it is unchecked, and a press gives high
contrast on top.

The card's special status (:mod:`kiosk.adaptations`) sets the look too, once per visit, when
the flow accepts the citizen's card: a white cane gives larger text, a yellow cane larger text
in high contrast. It only ever makes the look stronger (a visitor who chose high contrast
keeps it), it lasts until the visit ends (the receipt included, though the flow has wiped the
card by then), and the visitor may still switch it off.

Keyboard: F3 switches it (F2 is read aloud, :mod:`kiosk.ui.read_aloud`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.look import Look
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import button

__all__ = ["SHORTCUT", "LookToggle"]

SHORTCUT = "F3"


class LookToggle(QObject):
    """The "Larger text" button in ``window``'s header, with its F3 shortcut."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.toggle = button("language")
        self.toggle.setObjectName("lookToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        window.add_header_control(self.toggle)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.toggle.toggle)
        window.look_changed.connect(self._show_look)
        window.installEventFilter(self)
        self._adapted = False  # the card's status has set the look in this visit
        window.ctx.flow.add_observer(self._on_step)
        self._show_look(window.look)
        self.retranslate()

    def _toggled(self, on: bool) -> None:
        self.window.set_look(Look.LARGE_HIGH_CONTRAST if on else Look.STANDARD)

    def _on_step(self, old: Step, new: Step) -> None:
        if new is Step.WELCOME:
            self._adapted = False  # the window has gone back to the standard look
            return
        adaptations = self.window.ctx.flow.adaptations
        if self._adapted or not adaptations.large_text:
            return
        self._adapted = True
        if adaptations.high_contrast:
            self.window.set_look(Look.LARGE_HIGH_CONTRAST)
        elif self.window.look is Look.STANDARD:
            self.window.set_look(Look.LARGE_TEXT)

    def _show_look(self, look: Look) -> None:
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(look is Look.LARGE_HIGH_CONTRAST)

    def retranslate(self) -> None:
        self.toggle.setText(translate("LookToggle", "Larger text"))
        self.toggle.setAccessibleName(self.toggle.text())
        self.toggle.setAccessibleDescription(
            translate("LookToggle", "Larger text and high contrast. Shortcut: F3.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
