"""Catch every unhandled exception and reduce it to what may be logged: no personal data.

* :class:`CrashGuard` becomes ``sys.excepthook`` and ``threading.excepthook``. PySide hands an
  exception that escapes a slot or an event handler to ``sys.excepthook`` and the event loop goes
  on; a worker thread's exception arrives through ``threading.excepthook`` on that thread. Either
  way the guard logs a :class:`~kiosk.crash_report.Crash` at once (so the log has it even if
  the interface is in trouble) and delivers it to the GUI thread through a queued signal.
* A :class:`~kiosk.crash_report.Crash` holds no personal data (:mod:`kiosk.crash_report`).

The guard is installed before the window shows. The calm screen the kiosk then shows is
:class:`kiosk.ui.error_screen.ErrorScreen`.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.crash_report import Crash, redacted_traceback, type_name

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["CrashGuard"]

log = logging.getLogger(__name__)


class CrashGuard(QObject):
    """Catches unhandled exceptions of every thread and hands them to ``on_crash`` on the GUI
    thread. Build it on the GUI thread; :meth:`install` / :meth:`uninstall` swap the hooks.

    Signals:
        crashed(object): a :class:`~kiosk.crash_report.Crash`, on the GUI thread (after
            ``on_crash`` ran).
    """

    crashed = Signal(object)
    _posted = Signal(object)

    def __init__(self, on_crash: Callable[[Crash], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_crash = on_crash
        self._previous: tuple[Callable[..., object], Callable[..., object]] | None = None
        self._handling = False
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def installed(self) -> bool:
        return self._previous is not None

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous = self._previous[0] if self._previous else sys.__excepthook__
            previous(exc_type, exc, tb)
            return
        try:
            crash = Crash.of(exc_type, exc, tb)
            log.error(
                "unexpected error %s: %s on thread %s\n%s",
                crash.code,
                crash.kind,
                crash.thread,
                crash.report,
            )
        except Exception:  # noqa: BLE001 - the hook must never raise
            crash = Crash("E-000000", type_name(exc_type), "?", "")
            log.error("unexpected error %s, and its report failed", crash.kind)
        self._posted.emit(crash)  # to the GUI thread, from any thread

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # threading ignores it too
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    @Slot(object)
    def _deliver(self, crash: Crash) -> None:
        if self._handling:
            log.error("error %s while the previous error was being handled", crash.code)
            return
        self._handling = True
        try:
            self._on_crash(crash)
        except Exception as error:  # noqa: BLE001 - a second failure must not loop
            log.error(
                "showing the error screen failed with %s:\n%s",
                type(error).__name__,
                redacted_traceback(type(error), error, error.__traceback__),
            )
        finally:
            self._handling = False
        self.crashed.emit(crash)
