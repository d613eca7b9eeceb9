"""The one error a bad configuration raises, and the internal :class:`Problem` the value
checks raise before the loader knows which file and line they belong to.

A configuration holds no personal data, but an endpoint URL could carry credentials: the value
checks decide what they quote (see :mod:`kiosk.config.kinds`), never this module.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.errors import KioskError

__all__ = ["ConfigError", "Problem"]


class Problem(ValueError):
    """A value breaks its setting's rule. ``subkey`` names the offending part of a table
    setting (e.g. the language in ``[portal_urls]``), so the loader can point at its line."""

    def __init__(self, problem: str, *, subkey: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.subkey = subkey


class ConfigError(KioskError, ValueError):
    """A setting's value, the file's syntax or the file itself is wrong; the kiosk refuses to
    start. ``str()`` is the message for the volunteer, e.g.
    ``kiosk.toml:12: inactivity_s: must be a number of seconds between 15 and 3600, got "abc"``.

    Attributes:
        key: the key as written in the file (``None`` for a whole-file problem).
        line: the 1-based line in the file, when known.
        problem: what is wrong, without the location.
        path: the settings file, ``None`` for values from the command line or from code.
        origin: where a value without a file came from ("command line"), if any.
    """

    code = "config-error"

    def __init__(
        self,
        problem: str,
        *,
        key: str | None = None,
        line: int | None = None,
        path: Path | None = None,
        origin: str | None = None,
    ) -> None:
        self.problem = problem
        self.key = key
        self.line = line
        self.path = path
        self.origin = origin
        super().__init__(self._message())

    def _message(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(f"{self.path}:{self.line}" if self.line is not None else str(self.path))
        elif self.origin:
            parts.append(self.origin)
        if self.key:
            parts.append(self.key)
        parts.append(self.problem)
        return ": ".join(parts)
