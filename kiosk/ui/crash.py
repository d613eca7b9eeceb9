"""Catch every unhandled exception and reduce it to what may be logged: no personal data.

* :class:`CrashGuard` becomes ``sys.excepthook`` and ``threading.excepthook``. PySide hands an
  exception that escapes a slot or an event handler to ``sys.excepthook`` and the event loop goes
  on; a worker thread's exception arrives through ``threading.excepthook`` on that thread. Either
  way the guard logs a :class:`Crash` at once (so the log has it even if the interface is in
  trouble) and delivers it to the GUI thread through a queued signal.
* A :class:`Crash` holds no personal data: the exception's type, a stable error code
  (:func:`error_code`) and the frames of its traceback (file, line, function).
  Never the exception's message (a ``KeyError`` message is the key, which may be a national
  number) and never local variables.

The guard is installed before the window shows, so it is kept light: it imports what a crash
report needs only when there is a crash. The calm screen the kiosk then shows is
:class:`kiosk.ui.error_screen.ErrorScreen`, built after the first paint.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["Crash", "CrashGuard", "error_code", "redacted_traceback"]

log = logging.getLogger(__name__)

# An exception's ``code`` attribute that is a stable identifier (shown), not free text.
_CODE_ATTRIBUTE = r"[a-z0-9_.-]{1,40}"


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
    import hashlib  # here: a crash is rare, and start-up should not pay for OpenSSL's hashes
    import traceback

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
    import traceback

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
            f" (code {code})" if isinstance(code, str) and re.fullmatch(_CODE_ATTRIBUTE, code) else ""
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
        # The queued connection to the GUI thread is made at the first crash: the guard is
        # built before the first paint, which does not wait for PySide's ``Qt`` enums.
        self._connect_lock = threading.Lock()
        self._connected = False

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
        self._post(crash)

    def _post(self, crash: Crash) -> None:
        """Queue ``crash`` for :meth:`_deliver` on the GUI thread, from any thread."""
        with self._connect_lock:
            if not self._connected:
                from kiosk.ui.bridges import queued_connection

                self._posted.connect(self._deliver, queued_connection())
                self._connected = True
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
