"""What the visitor sees when the kiosk meets a bug: a calm screen, then the welcome page again.

The bug itself is caught and logged without personal data by :class:`~kiosk.ui.crash.CrashGuard`
(:mod:`kiosk.ui.crash`).

* :class:`ErrorScreen` covers the whole main window (it is the window's child, so the volunteers'
  gesture on the window still works over it): "Something went wrong. Please ask a volunteer for
  help.", the error code and the time. It returns to the welcome page by itself after a minute or
  when "Start again" is touched, unless errors repeat (:data:`REPEATS` within
  :data:`REPEAT_WINDOW_S`): then it stays until a volunteer acts (:meth:`ErrorScreen.reset`).

The kiosk (:mod:`kiosk.ui.app`) wipes the visit before the screen shows.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.cover import CoverScreen
from kiosk.ui.i18n import translate
from kiosk.ui.theme import button, label

__all__ = ["REPEATS", "REPEAT_WINDOW_S", "RETURN_AFTER_MS", "ErrorScreen"]

log = logging.getLogger(__name__)

# The calm screen returns to the welcome page by itself after this long.
RETURN_AFTER_MS = 60_000
# This many errors within :data:`REPEAT_WINDOW_S` keep the screen until a volunteer acts.
REPEATS = 3
REPEAT_WINDOW_S = 300.0


class ErrorScreen(CoverScreen):
    """The calm "please ask a volunteer" screen over the whole main window.

    ``clock`` is monotonic seconds (repeats are counted on it); ``return_after_ms`` how long the
    screen stays when nobody touches it.

    Signals:
        finished(): the screen went away by itself or by "Start again" (not by :meth:`reset`).
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        return_after_ms: int = RETURN_AFTER_MS,
    ) -> None:
        super().__init__(parent, "errorScreen")
        self._clock = clock
        self._errors: deque[float] = deque()
        self._code = ""
        self._time = ""
        self.sticky = False

        self.title = label("title")
        self.request = label("lead")
        self.code_label = label("value")
        self.code_label.setObjectName("errorCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.time_label = label("body")
        self.waiting = label("notice")
        self.start_again: QPushButton = button("primary")
        self.start_again.setObjectName("startAgain")
        self.start_again.setMinimumWidth(320)
        self.start_again.clicked.connect(self._start_again)
        for widget in (self.title, self.request, self.code_label, self.time_label, self.waiting):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.setSpacing(24)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.request)
        layout.addSpacing(16)
        layout.addWidget(self.code_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.waiting)
        layout.addSpacing(24)
        layout.addWidget(self.start_again, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(return_after_ms)
        self._timer.timeout.connect(self._start_again)
        self.hide()
        self.retranslate()

    @property
    def code(self) -> str:
        """The code shown (empty while hidden)."""
        return self._code

    def show_crash(self, code: str) -> None:
        """Cover the window with the screen for error ``code``."""
        now = self._clock()
        self._errors.append(now)
        while self._errors and now - self._errors[0] > REPEAT_WINDOW_S:
            self._errors.popleft()
        self.sticky = len(self._errors) >= REPEATS
        self._code = code
        self._time = QTime.currentTime().toString("HH:mm")
        self.retranslate()
        self.start_again.setVisible(not self.sticky)
        self.waiting.setVisible(self.sticky)
        if self.sticky:
            self._timer.stop()
            log.error(
                "errors keep happening (%d in %d min): waiting for a volunteer",
                len(self._errors),
                int(REPEAT_WINDOW_S // 60),
            )
        else:
            self._timer.start()
        self.cover()

    def reset(self) -> None:
        """A volunteer acted: hide the screen and forget the earlier errors."""
        self._errors.clear()
        self._hide()

    def _start_again(self) -> None:
        if self.isVisible() and not self.sticky:
            self._hide()
            self.finished.emit()

    def _hide(self) -> None:
        self._timer.stop()
        self._code = self._time = ""
        self.sticky = False
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(translate("ErrorScreen", "Something went wrong."))
        self.request.setText(translate("ErrorScreen", "Please ask a volunteer for help."))
        self.code_label.setText(
            translate("ErrorScreen", "Error code: {code}").format(code=self._code)
        )
        self.time_label.setText(translate("ErrorScreen", "Time: {time}").format(time=self._time))
        self.waiting.setText(translate("ErrorScreen", "This kiosk is waiting for a volunteer."))
        self.start_again.setText(translate("ErrorScreen", "Start again"))
        self.start_again.setAccessibleName(self.start_again.text())
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.request.text())

    # ---------------------------------------------------------------- Qt plumbing

    def enter_pressed(self) -> None:
        if not self.sticky:
            self._start_again()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab cycles between the screen and its button, never to the page underneath.
        if self.start_again.isVisible() and not self.start_again.hasFocus():
            self.start_again.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.setFocus(Qt.FocusReason.TabFocusReason)
        return True
