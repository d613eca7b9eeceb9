"""Every look of the kiosk (:mod:`kiosk.ui.look`) keeps text readable and targets touchable
(WCAG 2.2 AA), and a visitor can switch to larger text on any page.

* Contrast, from the style sheets themselves (:mod:`tests.helpers.qss_contrast`): every text
  colour of every look, in every state the sheets style (focus, pressed, disabled, checked),
  against the background it is drawn on (its own, or the header's, the footer's, the page's,
  a notice's, the demo panel's, the accent pop-up's), at least 4.5:1.
* Touch targets, from the laid-out window: every visible button, text field and check box of
  every step (and the exclusion form) at least 44x44 px, in both looks, at 1280x800 and
  1920x1080.
* The "Larger text" toggle and its F3 shortcut switch the look; a look set from code (the
  card's status) shows on the toggle; the next visit starts in the standard look.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import Translations
from kiosk.ui.look import Look, look_sheet
from kiosk.ui.look_toggle import LookToggle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import PageContext
from kiosk.ui.theme import style_sheet
from tests.gui.conftest import widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import next_visit
from tests.helpers.qss_contrast import low_contrast, parse, text_pairs

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MIN_TARGET = 44  # WCAG 2.2 2.5.5 (AAA; the kiosk's own targets are 64 px)
SCREENS = ((1280, 800), (1920, 1080))
TRANSLATED = {
    "nl": ("Grotere tekst", "Grotere tekst en sterk contrast. Sneltoets: F3."),
    "fr": ("Texte plus grand", "Texte plus grand et contraste élevé. Raccourci\xa0: F3."),
    "de": ("Größere Schrift", "Größere Schrift und hoher Kontrast. Tastenkürzel: F3."),
    "en": ("Larger text", "Larger text and high contrast. Shortcut: F3."),
}

# ---------------------------------------------------------------- contrast


@pytest.mark.parametrize("look", list(Look))
def test_every_text_of_every_look_has_a_contrast_of_4_5(look: Look) -> None:
    assert low_contrast(look_sheet(look)) == []


@pytest.mark.parametrize("look", list(Look))
def test_every_colour_of_the_sheets_is_checked(look: Look) -> None:
    """No rule's colour escapes the checker: each is the winning text colour somewhere."""
    sheet = look_sheet(look)
    won = {p.colour_rule.order for p in text_pairs(sheet) if p.colour_rule is not None}
    rules = [r for r in parse(sheet) if "color" in r.declarations]
    # A rule may lose everywhere only to a later twin (an overlay restating its selectors).
    overridden = {
        r.order
        for r in rules
        if any(later.order > r.order and later.selectors == r.selectors for later in rules)
    }
    unchecked = [r.selectors[0].text for r in rules if r.order not in won | overridden]
    assert won and unchecked == []


def test_the_high_contrast_look_is_black_on_white_with_a_black_header() -> None:
    pairs = {
        (p.where, p.colour, p.background) for p in text_pairs(look_sheet(Look.LARGE_HIGH_CONTRAST))
    }
    body = [(c, b) for where, c, b in pairs if where.endswith("Page QLabel")]  # page text
    assert body and set(body) == {("#000000", "#ffffff")}
    header = [(c, b) for where, c, b in pairs if where.startswith("QWidget#header QLabel")]
    assert ("#ffffff", "#000000") in header


# ---------------------------------------------------------------- touch targets


@pytest.fixture
def window(qtbot, ctx: PageContext, translations: Translations) -> Iterator[MainWindow]:
    win = MainWindow(ctx, translations)
    win.setStyleSheet(style_sheet())
    LookToggle(win)
    win.show()
    yield win
    win.close()
    win.deleteLater()  # now: a window left alive slows every later application-wide restyle
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def small_targets(root: QWidget) -> list[str]:
    """Visible buttons, text fields and check boxes of ``root`` under 44x44 px."""
    small = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLineEdit, QCheckBox)) and widget.isVisibleTo(root):
            width, height = widget.size().toTuple()
            if width < MIN_TARGET or height < MIN_TARGET:
                name = widget.objectName() or (widget.text() if hasattr(widget, "text") else "")
                small.append(f"{type(widget).__name__}({name!r}) {width}x{height}")
    return small


def test_every_target_is_at_least_44_px_in_both_looks(
    window: MainWindow, ctx: PageContext, clock: FakeClock
) -> None:
    found: dict[str, list[str]] = {}
    views = [(look, size) for look in (Look.STANDARD, Look.LARGE_HIGH_CONTRAST) for size in SCREENS]

    def check(name: str, n: int) -> None:
        for look, size in views if n % 2 else views[::-1]:  # one change of look per view
            window.set_look(look)
            window.resize(*size)
            settle()
            small = small_targets(window)
            if small:
                found[f"{name} {look.value} {size[0]}x{size[1]}"] = small

    for n, step in enumerate(Step):
        next_visit(ctx.flow, clock, step, "fr")  # French: the longest texts
        check(step.value, n)
    next_visit(ctx.flow, clock, Step.EXCLUSIONS, "fr")
    window.current_page.show_form()  # type: ignore[attr-defined]
    check("exclusion form", 0)
    assert found == {}


# ---------------------------------------------------------------- the toggle


def _toggle(window: MainWindow) -> QAbstractButton:
    toggle = window.findChild(QAbstractButton, "lookToggle")
    assert toggle is not None
    return toggle


def test_the_toggle_switches_to_large_high_contrast_and_back(
    qtbot, window: MainWindow, ctx: PageContext, clock: FakeClock
) -> None:
    next_visit(ctx.flow, clock, Step.CONSENT, "en")
    toggle = _toggle(window)
    assert toggle.isVisible() and toggle.isCheckable() and not toggle.isChecked()
    title = next(
        w for w in window.current_page.findChildren(QLabel) if w.property("role") == "title"
    )
    standard = title.font().pixelSize()
    with qtbot.waitSignal(window.look_changed) as changed:
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert changed.args == [Look.LARGE_HIGH_CONTRAST] and window.look is Look.LARGE_HIGH_CONTRAST
    assert title.font().pixelSize() > standard
    assert title.palette().windowText().color().name() == "#000000"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert window.look is Look.STANDARD and title.font().pixelSize() == standard


def test_f3_switches_the_look_on_any_page(
    qtbot, window: MainWindow, ctx: PageContext, clock: FakeClock
) -> None:
    next_visit(ctx.flow, clock, Step.TRUSTED_TYPED, "en")  # a text field has the focus
    window.activateWindow()
    qtbot.keyClick(window.current_page, Qt.Key.Key_F3)
    assert window.look is Look.LARGE_HIGH_CONTRAST and _toggle(window).isChecked()
    qtbot.keyClick(window.current_page, Qt.Key.Key_F3)
    assert window.look is Look.STANDARD


def test_a_look_set_from_code_shows_on_the_toggle_and_ends_with_the_visit(
    window: MainWindow, ctx: PageContext, clock: FakeClock
) -> None:
    toggle = _toggle(window)
    for step in (Step.WELCOME, Step.INSERT_CARD, Step.REVIEW, Step.DONE):  # safe at any step
        next_visit(ctx.flow, clock, step, "en")
        window.set_look(Look.LARGE_TEXT)
        assert window.look is Look.LARGE_TEXT and not toggle.isChecked()
        window.set_look(Look.LARGE_HIGH_CONTRAST)
        assert toggle.isChecked()
        window.set_look(Look.LARGE_HIGH_CONTRAST)  # again: nothing changes
        assert window.look is Look.LARGE_HIGH_CONTRAST
    ctx.flow.cancel()  # the visit ends: the next visitor gets the standard look
    assert ctx.flow.step is Step.WELCOME
    assert window.look is Look.STANDARD and not toggle.isChecked()


@pytest.mark.parametrize("language", list(TRANSLATED))
def test_the_toggle_is_translated(
    window: MainWindow, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    next_visit(ctx.flow, clock, Step.PRIVACY, language)
    QCoreApplication.sendPostedEvents()
    toggle = _toggle(window)
    text, description = TRANSLATED[language]
    assert (toggle.text(), toggle.accessibleName()) == (text, text)
    assert toggle.accessibleDescription() == description
    assert text in widget_texts(window)
