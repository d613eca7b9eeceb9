"""One key of the on-screen keyboard (:mod:`kiosk.ui.widgets.keyboard`) and of its accent
pop-up (:mod:`kiosk.ui.widgets.accents`): large, styled by the theme's ``key`` role, and never
taking the keyboard focus away from the field being typed into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

__all__ = ["KEY_MIN_SIZE", "Key"]

# The smallest key, in pixels: well above the 48 px touch minimum, for unsteady fingers.
KEY_MIN_SIZE = 64


class Key(QPushButton):
    """One key: large, never focused, repeats when held only if asked (backspace)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"key-{name}")
        self.setProperty("role", "key")  # the theme's large key type
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN_SIZE, KEY_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # A style sheet's min-height replaces the minimum size on polish (a key with no
            # padding came out at 58 px): the key size is a promise this widget keeps itself.
            size = self.minimumSize().expandedTo(QSize(KEY_MIN_SIZE, KEY_MIN_SIZE))
            if size != self.minimumSize():
                self.setMinimumSize(size)
        return handled
