"""Kiosk mode: the window covers one screen and a citizen cannot leave it.

:class:`Lockdown` is installed only when the kiosk runs for the public (not ``--windowed``):

* the window is frameless, stays on top and is given the chosen screen's geometry explicitly
  (with no window manager, ``showFullScreen()`` leaves a small window);
* an application-wide event filter swallows the keys that close, quit or un-fullscreen a window
  (Alt+F4, Escape, Ctrl+W, Ctrl+Q, F11) and every context menu, and refuses the window's close
  event until :meth:`Lockdown.release` (the kiosk itself exiting: the volunteers' exit, SIGTERM,
  the smoke test). Everything else passes, Tab, Enter and the arrows included: keyboard
  navigation is how some visitors use the kiosk;
* on touch-only stands (``hide_cursor``) the mouse cursor is blank.

Qt 6's ``QCoreApplication.quit()`` first asks every window to close and gives up if one
refuses, so the kiosk releases the lock-down before it quits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

__all__ = ["Lockdown", "choose_screen", "is_forbidden_key"]

log = logging.getLogger(__name__)

_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)
_ALT = Qt.KeyboardModifier.AltModifier
_CTRL = Qt.KeyboardModifier.ControlModifier


def is_forbidden_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key closes, quits or leaves full screen somewhere: Escape, F11 (any
    modifiers), Alt+F4, Ctrl+W, Ctrl+Q."""
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
        return True
    if key == Qt.Key.Key_F4 and modifiers & _ALT:
        return True
    return key in (Qt.Key.Key_W, Qt.Key.Key_Q) and bool(modifiers & _CTRL)


def choose_screen(index: int) -> QScreen:
    """The screen ``index`` of :func:`QGuiApplication.screens`, or the primary screen (logged)
    when there is no such screen (a stand set up with two screens, started with one)."""
    screens = QGuiApplication.screens()
    if 0 <= index < len(screens):
        return screens[index]
    primary = QGuiApplication.primaryScreen()
    if primary is None:
        raise RuntimeError("no screen is connected")
    log.warning(
        "screen %d is not connected (%d screen(s) found): covering the primary screen",
        index,
        len(screens),
    )
    return primary


class Lockdown(QObject):
    """Keeps ``window`` on one screen and the visitor inside it. See the module docstring.

    Build it, :meth:`cover` a screen, then :meth:`install`; :meth:`release` undoes all of it
    (safe to call twice).
    """

    def __init__(
        self, window: QWidget, *, hide_cursor: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._hide_cursor = hide_cursor
        self._app: QCoreApplication | None = None
        self._cursor_hidden = False
        self._screen: QScreen | None = None

    @property
    def active(self) -> bool:
        return self._app is not None

    def cover(self, screen_index: int) -> QScreen:
        """Make the window frameless and on top, with exactly the chosen screen's geometry."""
        window = self._window
        screen = choose_screen(screen_index)
        window.setWindowFlags(
            window.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._follow_screen)
        self._screen = screen
        screen.geometryChanged.connect(self._follow_screen)
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        log.info("covering screen %s at %s", screen.name() or "?", _geometry_text(screen))
        return screen

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Lockdown needs a running QApplication")
        if self._app is None:
            app.installEventFilter(self)
            self._app = app
        if self._hide_cursor and not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True
        log.info("kiosk lock-down on%s", " (cursor hidden)" if self._hide_cursor else "")

    def release(self) -> None:
        """Let the window close and the keys through again; show the cursor."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
            log.info("kiosk lock-down released")
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._follow_screen)
            self._screen = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEY_EVENTS:
            assert isinstance(event, QKeyEvent)
            if is_forbidden_key(event.key(), event.modifiers()):
                # ShortcutOverride accepted would make the key a plain key press: ignore it.
                event.ignore()
                return True
            return False
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.Close and watched is self._window:
            assert isinstance(event, QCloseEvent)
            event.ignore()
            log.info("close request refused (kiosk mode)")
            return True
        return False

    def _follow_screen(self) -> None:
        # A screen's resolution changed (a projector plugged in, the driver woke up late).
        if self._screen is not None:
            self._window.setGeometry(self._screen.geometry())


def _geometry_text(screen: QScreen) -> str:
    g = screen.geometry()
    return f"{g.x()},{g.y()} {g.width()}x{g.height()}"
