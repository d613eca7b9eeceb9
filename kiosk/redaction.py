"""The safety net for free text that leaves a component: error texts stored in the queue, the
audit log's details. It keeps text short and on one line, and masks long numbers (national
numbers, card numbers, phone numbers).

Callers must pass non-personal text anyway: this catches what slips through (a server's
answer quoting a value, an exception message), it is not the rule.
"""

from __future__ import annotations

import re

__all__ = ["scrub_error_text"]

# 9+ digits, optionally split by single separators: national numbers, card numbers, phone numbers.
_LONG_NUMBER = re.compile(r"\d(?:[ ./-]?\d){8,}")


def scrub_error_text(text: str, *, limit: int = 300) -> str:
    """``text`` on one line, long numbers replaced by ``[number]``, at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return _LONG_NUMBER.sub("[number]", flat)[:limit]
