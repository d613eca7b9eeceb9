"""Inactivity: any touch, click or key press is activity; a one-second timer lets time pass.

:class:`InactivityWatch` installs itself as an application-wide event filter (so it sees input
for every widget, dialogs included) and reports presses to ``flow.user_activity``; its
:class:`~PySide6.QtCore.QTimer` calls ``flow.tick`` once a second. The flow decides everything
else: the "are you still there?" warning, the wipe when nobody answers, read timeouts, the
receipt's return to the welcome page. Both calls use the flow's own clock, so tests drive time
with an injected clock and ``flow.tick(now)`` instead of waiting.

Only presses count (not moves or releases): a finger resting on the screen, or a mouse nudged by
a passer-by, must not keep someone else's visit alive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from kiosk.flow import EnrolmentFlow

__all__ = ["ACTIVITY_EVENTS", "InactivityWatch"]

log = logging.getLogger(__name__)

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class InactivityWatch(QObject):
    """Feeds a flow with the citizen's activity and the passing of time.

    Call :meth:`start` once the window is up and :meth:`stop` at exit. ``interval_ms`` is the
    tick period (the countdowns show whole seconds).
    """

    def __init__(
        self, flow: EnrolmentFlow, *, interval_ms: int = 1000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._app: QCoreApplication | None = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("InactivityWatch needs a running QApplication")
        if self._app is None:
            app.installEventFilter(self)
            self._app = app
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A press reaches the filter once per widget it propagates through; the flow only
        # records a time, so repeats are harmless and cheap.
        if event.type() in ACTIVITY_EVENTS:
            self._flow.user_activity()
        return False

    def _tick(self) -> None:
        try:
            self._flow.tick()
        except Exception as error:  # the clock must keep running
            log.exception("flow tick failed with %s", type(error).__name__)
