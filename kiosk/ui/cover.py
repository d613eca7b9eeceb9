"""A screen that covers the whole main window: the error screen after a bug, the "not set up
yet" screen of an unprovisioned kiosk.

:class:`CoverScreen` follows its parent's size, retranslates on a language change, and takes
the keyboard focus when shown, so no key reaches the page underneath (Enter would press that
page's footer button). A subclass builds its content and implements :meth:`retranslate`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

__all__ = ["CoverScreen"]


class CoverScreen(QWidget):
    """A child of ``parent`` kept over all of it, on a white background."""

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#{object_name} {{ background: #ffffff; }}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        parent.installEventFilter(self)

    def retranslate(self) -> None:
        """Set every text in the current language (subclasses)."""

    def cover(self) -> None:
        """Cover the parent window and take the keyboard focus."""
        self._fit()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed()
            event.accept()
            return
        super().keyPressEvent(event)

    def enter_pressed(self) -> None:
        """Enter or Return, kept from the page underneath: nothing by default."""
