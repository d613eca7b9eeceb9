"""The kiosk's look: the style sheet (``theme.qss``), the base font, and widget helpers.

Widgets are styled by a ``role`` dynamic property, so pages say *what* a text or a button is and
the theme decides how it looks. The roles the sheet knows are :data:`ROLES`. Large type
(22 px body text, 34 px titles), touch targets of at least 64 px (WCAG asks 44), text contrast
of at least 4.5:1 (most of it far above), and a focus that shows as a black border on yellow.
This is the standard look; :mod:`kiosk.ui.look` adds larger text (28 px body text, 44 px
titles) and high contrast (black on white) as overlay sheets on this one, shown by the main
window for one visit. A test computes the contrast of every text of every look from the
sheets (``tests/gui/test_look_accessibility.py``).

The helpers (:func:`label`, :func:`button`, :func:`set_role`, :func:`scroll_area`) give pages
the common widgets with their accessibility defaults: plain-text labels (citizen data and
translations are never markup), buttons that Enter activates once focused.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QWidget,
)

__all__ = [
    "BASE_PIXEL_SIZE",
    "MIN_TOUCH_PX",
    "ROLES",
    "apply_theme",
    "bulleted",
    "button",
    "label",
    "scroll_area",
    "set_role",
    "style_sheet",
]

log = logging.getLogger(__name__)

BASE_PIXEL_SIZE = 22
MIN_TOUCH_PX = 64  # WCAG asks 44 px (2.5.5); older fingers need more

#: Roles the style sheet styles, with what they are for.
ROLES: dict[str, str] = {
    "title": "the page's heading",
    "lead": "the sentence under the title",
    "heading": "a section heading",
    "body": "ordinary text",
    "bullet": "a bullet point's dot or text",
    "hint": "secondary help text",
    "question": "the question a page asks",
    "reassurance": "a sentence that reassures (bold)",
    "name": "a person's name shown for confirmation",
    "value": "a value shown for confirmation (birth date, masked number)",
    "big": "a very large figure (a countdown)",
    "error": "an inline error under a field",
    "error-banner": "the main window's error message",
    "notice": "an important notice (yellow)",
    "photo": "the identity photo frame",
    "field-label": "the label of an input field",
    "primary": "the main action button (filled); any button may also have large=true",
    "stop": "the stop button (red outline)",
    "choice": "a large answer button in a page's body",
    "language-choice": "a welcome page language button",
    "language": "a header language button",
    "key": "an on-screen keyboard key",
    "accent-popup": "the on-screen keyboard's row of accented letters over a held-down key",
    "status-warning": "a status strip item that needs attention",
    "demo-mark": "the DEMO badge in the header",
    "demo-panel": "the presenters' demo panel",
}


def style_sheet() -> str:
    """The QSS text shipped as package data (empty, and logged, if it is missing)."""
    try:
        return (resources.files("kiosk.ui") / "theme.qss").read_text(encoding="utf-8")
    except OSError:
        log.error("theme.qss missing from the package: the kiosk runs unstyled")
        return ""


def apply_theme(app: QApplication) -> None:
    """Install the base font and the style sheet on ``app``."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(BASE_PIXEL_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet())


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a theme role; re-applies the style if the role changed after polish."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(role: str = "body", *, wrap: bool = True) -> QLabel:
    """A plain-text label with a theme role (word-wrapped unless ``wrap`` is False)."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setProperty("role", role)
    return widget


def bulleted(text: QLabel) -> QWidget:
    """``text`` behind a bullet, wrapped lines aligned under the text (a hanging indent)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    dot = QLabel("\N{BULLET}")
    dot.setProperty("role", text.property("role") or "body")
    dot.setAccessibleName("")  # decoration: screen readers read the sentence
    layout.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1, Qt.AlignmentFlag.AlignTop)
    return row


def button(role: str = "secondary", *, expand: bool = False, large: bool = False) -> QPushButton:
    """A touch-sized button that Enter activates once focused (outside dialogs Qt does not).

    Heights come from the style sheet (64 px, 80 px with ``large``; a minimum height set in
    code would be overridden by it); widths are the caller's.
    """
    widget = QPushButton()
    widget.setAutoDefault(True)
    widget.setProperty("role", role)
    if large:
        widget.setProperty("large", True)
    if expand:
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return widget


def scroll_area(body: QWidget) -> QScrollArea:
    """``body`` in a vertical scroll area: a long text or translation scrolls instead of being
    squeezed or cut.

    The body keeps its full height for its width (labels wrap, nothing is squeezed); the
    style sheet's scroll bar is wide enough to drag with a finger, and a finger swipe on the
    body scrolls too. The area takes no focus: Tab goes to the controls inside it, and Qt
    scrolls a focused control into view.
    """
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    # Touch only: a mouse-drag gesture would swallow taps on the buttons inside.
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return scroll
