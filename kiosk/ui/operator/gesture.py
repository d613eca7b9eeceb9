"""The hidden way into operator mode: a long press in the window's top-left corner, or
Ctrl+Alt+Shift+O for volunteers who use a keyboard.

A press (mouse or touch) that starts inside the :data:`CORNER_PX` square and is held there for
:data:`HOLD_MS` emits :attr:`OperatorGesture.triggered`; releasing, or moving out of the
corner, cancels it. The filter watches the whole application (a press lands on whichever child
widget is under the finger, not on the window) but only counts presses in ``window``. It never
consumes an event: nothing changes for a citizen who happens to touch the corner.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["CORNER_PX", "HOLD_MS", "SHORTCUT", "OperatorGesture"]

CORNER_PX = 80
HOLD_MS = 3000
SHORTCUT = "Ctrl+Alt+Shift+O"  # matched in the event filter: no QShortcut to be shadowed

_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
_MOVE = (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate)
_END = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class OperatorGesture(QObject):
    """Watches ``window`` for the long press and the shortcut.

    Signals:
        triggered(): a volunteer asked for operator mode.
    """

    triggered = Signal()

    def __init__(
        self, window: QWidget, *, hold_ms: int = HOLD_MS, corner_px: int = CORNER_PX
    ) -> None:
        super().__init__(window)
        self._window = window
        self._corner = corner_px
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.triggered)
        self.enabled = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def pressing(self) -> bool:
        """A press in the corner is being held (the timer runs)."""
        return self._timer.isActive()

    def remove(self) -> None:
        """Stop watching (the kiosk is closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and _is_shortcut(event)
            and self._in_window(watched)
            and self.enabled
        ):
            self.triggered.emit()
            return True  # the key is ours: no field behind it types an "O"
        following = kind in _PRESS or (self._timer.isActive() and kind in _MOVE + _END)
        if following and self._in_window(watched):
            self._follow(kind, watched, event)
        return False  # never swallow a citizen's touch

    def _in_window(self, watched: QObject) -> TypeGuard[QWidget]:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _follow(self, kind: QEvent.Type, widget: QWidget, event: QEvent) -> None:
        if kind in _END:
            self._timer.stop()
            return
        point = _position(event)
        if point is None:
            return
        at = (
            widget.mapTo(self._window, point.toPoint())
            if widget is not self._window
            else point.toPoint()
        )
        inside = 0 <= at.x() < self._corner and 0 <= at.y() < self._corner
        if kind in _PRESS:
            if inside and self.enabled:
                self._timer.start()
        elif not inside:
            self._timer.stop()


def _is_shortcut(event: QKeyEvent) -> bool:
    wanted = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    return (
        event.key() == Qt.Key.Key_O
        and (event.modifiers() & wanted) == wanted
        and not event.isAutoRepeat()
    )


def _position(event: QEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.position()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].position()
    return None
