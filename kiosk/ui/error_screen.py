"""What happens when the kiosk meets a bug: log it without personal data, wipe, show a calm screen.

* :class:`CrashGuard` becomes ``sys.excepthook`` and ``threading.excepthook``. PySide hands an
  exception that escapes a slot or an event handler to ``sys.excepthook`` and the event loop goes
  on; a worker thread's exception arrives through ``threading.excepthook`` on that thread. Either
  way the guard logs a :class:`Crash` at once (so the log has it even if the interface is in
  trouble) and delivers it to the GUI thread through a queued signal.
* A :class:`Crash` holds no personal data: the exception's type, a stable error code
  (:func:`error_code`) and the frames of its traceback (file, line, function).
  Never the exception's message (a ``KeyError`` message is the key, which may be a national
  number) and never local variables.
* :class:`ErrorScreen` covers the whole main window (it is the window's child, so the volunteers'
  gesture on the window still works over it): "Something went wrong. Please ask a volunteer for
  help.", the error code and the time. It returns to the welcome page by itself after a minute or
  when "Start again" is touched, unless errors repeat (:data:`REPEATS` within
  :data:`REPEAT_WINDOW_S`): then it stays until a volunteer acts (:meth:`ErrorScreen.reset`).

The kiosk (:mod:`kiosk.ui.app`) wipes the visit before the screen shows.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.i18n import translate
from kiosk.ui.theme import button, label

__all__ = [
    "REPEATS",
    "REPEAT_WINDOW_S",
    "RETURN_AFTER_MS",
    "Crash",
    "CrashGuard",
    "ErrorScreen",
    "error_code",
    "redacted_traceback",
]

log = logging.getLogger(__name__)

# The calm screen returns to the welcome page by itself after this long.
RETURN_AFTER_MS = 60_000
# This many errors within :data:`REPEAT_WINDOW_S` keep the screen until a volunteer acts.
REPEATS = 3
REPEAT_WINDOW_S = 300.0

_CODE_ATTRIBUTE = re.compile(r"[a-z0-9_.-]{1,40}")


@dataclass(frozen=True)
class Crash:
    """An unexpected exception, reduced to what may be logged and shown.

    Attributes:
        code: ``E-`` and six hex digits (:func:`error_code`), shown to the visitor.
        kind: the exception's qualified type name.
        thread: the name of the thread it happened on.
        report: the traceback without the message (:func:`redacted_traceback`).
    """

    code: str
    kind: str
    thread: str
    report: str

    @classmethod
    def of(
        cls, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> Crash:
        return cls(
            code=error_code(exc_type, tb),
            kind=_type_name(exc_type),
            thread=threading.current_thread().name,
            report=redacted_traceback(exc_type, exc, tb),
        )


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def error_code(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """``E-`` + 6 hex digits of a hash of the type and the innermost frame (file name,
    function, line): the same bug gives the same code, wherever the kiosk is installed."""
    frames = traceback.extract_tb(tb)
    where = ""
    if frames:
        inner = frames[-1]
        where = f"{PurePath(inner.filename).name}:{inner.name}:{inner.lineno}"
    digest = hashlib.sha256(f"{_type_name(exc_type)}|{where}".encode()).hexdigest()
    return f"E-{digest[:6].upper()}"


def redacted_traceback(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The traceback as Python prints it, chained exceptions included, but each frame reduced
    to its file, line and function, and every exception's message replaced by its type (and its
    ``code`` attribute when that is a short identifier)."""
    sections: list[str] = []
    seen: set[int] = set()
    current: tuple[type[BaseException], BaseException | None, TracebackType | None] | None
    current = (exc_type, exc, tb)
    link = ""
    while current is not None:
        kind, value, trace = current
        # File, line and function only: no source text (a test's or a tool's literal could
        # hold anything) and no locals.
        frames = "".join(
            f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            for frame in traceback.extract_tb(trace)
        )
        code = getattr(value, "code", None)
        tail = (
            f" (code {code})" if isinstance(code, str) and _CODE_ATTRIBUTE.fullmatch(code) else ""
        )
        sections.append(
            f"Traceback (most recent call last):\n{frames}{_type_name(kind)}{tail}: "
            f"[message withheld]\n{link}"
        )
        current, link = None, ""
        if value is not None:
            seen.add(id(value))
            cause = value.__cause__
            context = None if value.__suppress_context__ else value.__context__
            nxt = cause if cause is not None else context
            if nxt is not None and id(nxt) not in seen:
                current = (type(nxt), nxt, nxt.__traceback__)
                link = (
                    "\nThe above exception was the direct cause of the following exception:\n\n"
                    if cause is not None
                    else "\nDuring handling of the above exception, another exception occurred:\n\n"
                )
    return "".join(reversed(sections)).rstrip("\n")


class CrashGuard(QObject):
    """Catches unhandled exceptions of every thread and hands them to ``on_crash`` on the GUI
    thread. Build it on the GUI thread; :meth:`install` / :meth:`uninstall` swap the hooks.

    Signals:
        crashed(object): a :class:`Crash`, on the GUI thread (after ``on_crash`` ran).
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
            crash = Crash("E-000000", _type_name(exc_type), "?", "")
            log.error("unexpected error %s, and its report failed", crash.kind)
        self._posted.emit(crash)

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


class ErrorScreen(QWidget):
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
        super().__init__(parent)
        self.setObjectName("errorScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#errorScreen { background: #ffffff; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
        parent.installEventFilter(self)
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
        self._cover()
        self.show()
        self.raise_()
        # Keys must not reach the page underneath (Enter would press its button).
        self.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter stops here: the window would press the footer's button underneath.
            if not self.sticky:
                self._start_again()
            event.accept()
            return
        super().keyPressEvent(event)  # the volunteers' key combination reaches the window

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab cycles between the screen and its button, never to the page underneath.
        if self.start_again.isVisible() and not self.start_again.hasFocus():
            self.start_again.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.setFocus(Qt.FocusReason.TabFocusReason)
        return True
