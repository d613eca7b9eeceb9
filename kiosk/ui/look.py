"""The kiosk's looks: the standard theme, large text, and large text in high contrast.

A look is the base style sheet (``theme.qss``) followed by its overlay sheets, all shipped as
package data: ``theme-large.qss`` (every font size larger: body text 28 px instead of 22,
titles 44 px) and ``theme-contrast.qss`` (pure black on white, thick black borders, no greys:
the page illustrations stay as they are, being drawn for a light page). The overlays only
restate rules of the base sheet, so the whole sheet of a look cascades like one file.

* :attr:`Look.STANDARD` — the theme every visit starts with.
* :attr:`Look.LARGE_TEXT` — the standard colours at the larger sizes (a white-cane card).
* :attr:`Look.LARGE_HIGH_CONTRAST` — the larger sizes in high contrast (the header's "Larger
  text" toggle, :mod:`kiosk.ui.look_toggle`; a yellow-cane card).

The main window applies a look to everything under its central widget
(:meth:`kiosk.ui.main_window.MainWindow.set_look`) and goes back to :attr:`Look.STANDARD`
whenever the visit ends, as it does with the language. The volunteers' operator screens keep
the standard look.
"""

from __future__ import annotations

import enum
import logging
from importlib import resources

__all__ = ["BASE_SHEET", "Look", "look_sheet", "sheet_files"]

log = logging.getLogger(__name__)

BASE_SHEET = "theme.qss"
_LARGE = "theme-large.qss"
_CONTRAST = "theme-contrast.qss"


class Look(enum.Enum):
    """How the kiosk looks for the visit on screen."""

    STANDARD = "standard"
    LARGE_TEXT = "large-text"
    LARGE_HIGH_CONTRAST = "large-high-contrast"

    @property
    def large(self) -> bool:
        """Whether this look has the larger text."""
        return self is not Look.STANDARD


_OVERLAYS: dict[Look, tuple[str, ...]] = {
    Look.STANDARD: (),
    Look.LARGE_TEXT: (_LARGE,),
    Look.LARGE_HIGH_CONTRAST: (_LARGE, _CONTRAST),
}


def sheet_files(look: Look) -> tuple[str, ...]:
    """The package-data style sheets of ``look``, in cascade order (the base sheet first)."""
    return (BASE_SHEET, *_OVERLAYS[look])


def _read(name: str) -> str:
    try:
        return (resources.files("kiosk.ui") / name).read_text(encoding="utf-8")
    except OSError:
        log.error("%s missing from the package: the kiosk runs without it", name)
        return ""


def look_sheet(look: Look) -> str:
    """The whole style sheet of ``look``: the base sheet, then its overlays."""
    return "\n".join(_read(name) for name in sheet_files(look))
