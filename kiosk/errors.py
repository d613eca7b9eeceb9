"""The one base of the kiosk's own errors, and the stable code the logs and the audit use.

Every error the kiosk raises on purpose (a card that cannot be read, a queue that is not open,
a bad setting, an action the flow refuses...) is a :class:`KioskError` with a stable ``code``:
the UI translates by code, tests and scripts match on it, and the audit log and volunteers' log
lines record it instead of the message (:func:`stable_code`). Each layer keeps its own
subclasses and codes (:mod:`kiosk.cardreader.errors`, :mod:`kiosk.outbox.records`,
:mod:`kiosk.config.errors`, :mod:`kiosk.flow.errors`...).
"""

from __future__ import annotations

__all__ = ["KioskError", "stable_code"]


class KioskError(Exception):
    """Base of every error the kiosk raises on purpose.

    ``code`` is a short stable identifier (``"no-reader"``, ``"storage_unavailable"``...): a
    subclass sets it as a class attribute, or per instance when one class carries several
    (:class:`~kiosk.flow.errors.FlowError`). The message is for volunteers' logs and never
    holds personal data.
    """

    code: str = "kiosk-error"


def stable_code(exc: BaseException) -> str:
    """An error's stable code for the audit log and volunteers' log lines (never its message:
    it could hold anything): a :class:`KioskError`'s ``code``, else its type's name
    (``"KeyError"``, ``"OSError"``)."""
    if isinstance(exc, KioskError):
        return exc.code
    return type(exc).__name__
