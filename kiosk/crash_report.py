"""What may be said of an unexpected exception: a :class:`Crash` holds no personal data.

A crash is reduced to the exception's type, a stable error code (:func:`error_code`) and the
frames of its traceback (file, line, function): never the exception's message (a ``KeyError``
message is the key, which may be a national number) and never local variables.

Pure Python; :class:`kiosk.ui.crash.CrashGuard` is the Qt side.
"""

from __future__ import annotations

import hashlib
import re
import threading
import traceback
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["Crash", "error_code", "redacted_traceback", "type_name"]

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
            kind=type_name(exc_type),
            thread=threading.current_thread().name,
            report=redacted_traceback(exc_type, exc, tb),
        )


def type_name(exc_type: type[BaseException]) -> str:
    """``exc_type``'s qualified name; builtins without their module (``KeyError``)."""
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
    digest = hashlib.sha256(f"{type_name(exc_type)}|{where}".encode()).hexdigest()
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
            f" (code {code})"
            if isinstance(code, str) and re.fullmatch(_CODE_ATTRIBUTE, code)
            else ""
        )
        sections.append(
            f"Traceback (most recent call last):\n{frames}{type_name(kind)}{tail}: "
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
