"""The on-screen keyboard types every name: real-world names typed key by key as a citizen
would (taps, capitals, held-down letters and their accent pop-up), and the pop-up itself: how it
opens, what letting go types, its key sizes and its names for screen readers.

The long press is never waited for: the test presses a key, then fires the keyboard's hold
timer at once (``hold_timer.timeout.emit()``), then lets go.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.accents import VARIANTS, accent_name, capital
from kiosk.ui.widgets.keyboard import KEY_MIN_SIZE, OnScreenKeyboard
from tests.gui.conftest import MarkingTranslator
from tests.gui.test_keyboard import Form, press

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def form(qtbot) -> Form:
    """A name and a number field with the keyboard under them, shown (as in test_keyboard)."""
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# Names of Belgian residents, in the four languages and beyond: ß, Ö, Ç, Ÿ, apostrophes,
# double-barrelled names, capitals with accents.
NAMES = (
    "Schröder",
    "Strauß",
    "Öztürk",
    "Çelik",
    "N'Diaye",
    "D'Hondt",
    "Van den Bossche-Lefèvre",
    "Müller-Lüdenscheidt",
    "Noël",
    "Zoë",
    "Françoise",
    "José",
    "Muñoz",
    "Hélène",
    "Gaëlle",
    "Anaïs",
    "Jérôme",
    "Benoît",
    "Ûrsule",
    "Ÿvonne",
    "Van Ruÿssevelt",
    "Åsa Ångström",
    "Dvořák",
    "Čolić",
    "Doğan",
    "Wałkowiak",
    "Øster",
    "Ibáñez",
    "MÉNDEZ",
)


def base_of(letter: str) -> str:
    """The plain letter whose pop-up holds ``letter``."""
    lower = letter.lower()
    return next(base for base, forms in VARIANTS.items() if lower in forms)


def hold(qtbot, kb: OnScreenKeyboard, name: str) -> None:
    """Press the letter ``name`` and keep it down until its accent pop-up is open."""
    qtbot.mousePress(kb.key(name), LEFT)
    assert kb.hold_timer.isActive()  # the press started the long-press timer
    kb.hold_timer.timeout.emit()  # as if LONG_PRESS_MS had passed
    assert kb.accents().isVisible()


def over(held: QWidget, other: QWidget) -> QPoint:
    """The middle of ``other`` in ``held``'s coordinates: while a key is held down, Qt sends
    the finger's moves and its letting go to that key wherever the finger is (QTest sends
    events to the widget it is given, so the test aims at the held key)."""
    return held.mapFromGlobal(other.mapToGlobal(other.rect().center()))


def pick(qtbot, kb: OnScreenKeyboard, letter: str, slide: bool) -> None:
    """Type an accented ``letter`` from its pop-up: by sliding onto it and letting go there,
    or by letting go on the plain letter and then touching the accented one."""
    base = base_of(letter)
    hold(qtbot, kb, base)
    popup_key = kb.accents().key(letter)
    held = kb.key(base)
    if slide:
        qtbot.mouseMove(held, over(held, popup_key))
        assert popup_key.isDown()  # the finger's letter is shown pressed
        qtbot.mouseRelease(held, LEFT, pos=over(held, popup_key))
    else:
        qtbot.mouseRelease(kb.key(base), LEFT)
        assert kb.accents().isVisible()  # still open for a calm touch
        qtbot.mouseClick(popup_key, LEFT)
    assert not kb.accents().isVisible()


def type_name(qtbot, kb: OnScreenKeyboard, name: str, *, popup_for_all: bool, slide: bool) -> None:
    """Type ``name``: plain letters and symbols as taps, capitals with the shift key, accented
    letters from their own key when there is one (unless ``popup_for_all``), otherwise from the
    held-down letter's pop-up."""
    for char in name:
        if char == " ":
            press(qtbot, kb, "space")
            continue
        if char.isupper() and not kb.shifted():
            press(qtbot, kb, "shift")
        lower = char.lower()
        own_key = lower in {"'", "-", "."} or lower.isascii() or not popup_for_all
        try:
            kb.key(lower)
        except KeyError:
            own_key = False
        if own_key:
            press(qtbot, kb, lower)
        else:
            pick(qtbot, kb, char, slide)


@pytest.mark.parametrize(
    ("popup_for_all", "slide"),
    [(False, False), (True, False), (True, True)],
    ids=["own-keys-first", "popup-touch", "popup-slide"],
)
def test_real_world_names_type_as_written(
    qtbot, form: Form, popup_for_all: bool, slide: bool
) -> None:
    kb = form.keyboard
    typed = []
    for name in NAMES:
        form.name.clear()
        type_name(qtbot, kb, name, popup_for_all=popup_for_all, slide=slide)
        typed.append(form.name.text())
    assert typed == list(NAMES)
    assert form.number.text() == ""


def test_every_letter_of_the_brief_has_a_key_of_its_own(qtbot, form: Form) -> None:
    letters = "äöüßëïçéèêàâôûñÿî"
    press(qtbot, form.keyboard, *letters)
    assert form.name.text() == letters
    press(qtbot, form.keyboard, "shift", "shift", *letters)
    assert form.name.text() == letters + "ÄÖÜßËÏÇÉÈÊÀÂÔÛÑŸÎ"  # ß has no one-letter capital


def test_a_short_tap_types_the_letter_and_opens_nothing(qtbot, form: Form) -> None:
    kb = form.keyboard
    qtbot.mousePress(kb.key("o"), LEFT)
    assert kb.hold_timer.isActive()
    qtbot.mouseRelease(kb.key("o"), LEFT)
    assert not kb.hold_timer.isActive()
    kb.hold_timer.timeout.emit()  # a late timeout after the finger is up opens nothing
    assert not kb.accents().isVisible()
    assert form.name.text() == "o"


def test_letting_go_without_choosing_types_the_plain_letter(qtbot, form: Form) -> None:
    kb = form.keyboard
    press(qtbot, kb, "shift")
    hold(qtbot, kb, "o")
    assert kb.accents().letters() == "OÔÖÓÒÕØ"  # the pop-up follows the capitals
    qtbot.mouseRelease(kb.key("o"), LEFT)
    assert form.name.text() == "O"
    assert not kb.shifted()  # the one-shot capital was used by the letter
    press(qtbot, kb, "n")  # any other key closes the pop-up and types as usual
    assert not kb.accents().isVisible()
    assert form.name.text() == "On"


def test_letting_go_off_the_keys_types_the_plain_letter(qtbot, form: Form) -> None:
    kb = form.keyboard
    hold(qtbot, kb, "u")
    held = kb.key("u")
    qtbot.mouseMove(held, over(held, kb.accents().key("ü")))
    qtbot.mouseMove(held, over(held, form.name))  # slid on, away from every key
    assert not any(key.isDown() for key in kb.accents().keys())
    qtbot.mouseRelease(held, LEFT, pos=over(held, form.name))
    assert form.name.text() == "u"


def test_an_accent_chosen_after_the_cursor_moved_is_inserted(qtbot, form: Form) -> None:
    kb = form.keyboard
    press(qtbot, kb, *"mler")
    form.name.setCursorPosition(1)
    hold(qtbot, kb, "u")
    qtbot.mouseRelease(kb.key("u"), LEFT)
    assert form.name.text() == "muler"
    qtbot.mouseClick(kb.accents().key("ü"), LEFT)  # replaces the u just typed
    assert form.name.text() == "müler"
    hold(qtbot, kb, "l")
    qtbot.mouseRelease(kb.key("l"), LEFT)
    form.name.setCursorPosition(0)  # the citizen moved the cursor: nothing to replace
    qtbot.mouseClick(kb.accents().key("ł"), LEFT)
    assert form.name.text() == "łmüller"


def test_escape_another_field_or_the_number_pad_close_the_pop_up(qtbot, form: Form) -> None:
    kb = form.keyboard
    hold(qtbot, kb, "e")
    qtbot.mouseRelease(kb.key("e"), LEFT)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not kb.accents().isVisible()
    hold(qtbot, kb, "a")
    qtbot.mouseRelease(kb.key("a"), LEFT)
    form.number.setFocus()
    qtbot.waitUntil(lambda: kb.target() is form.number)
    assert not kb.accents().isVisible()
    assert form.name.text() == "ea"
    assert form.number.text() == ""


def test_a_physical_keyboard_types_accents_directly(qtbot, form: Form) -> None:
    qtbot.keyClicks(form.name, "D'Hondt-Schr")
    # what a German layout's own ö and ß keys send (QTest's keyClicks takes ASCII only)
    for key, text in ((Qt.Key.Key_Odiaeresis, "ö"), (Qt.Key.Key_ssharp, "ß")):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QCoreApplication.sendEvent(form.name, event)
    assert form.name.text() == "D'Hondt-Schröß"
    assert not form.keyboard.accents().isVisible()


def test_pop_up_keys_are_large_named_and_over_the_held_key(
    qtbot, themed: None, form: Form, qapp: QApplication
) -> None:
    kb = form.keyboard
    for base in ("a", "o", "s"):  # at the keyboard's left edge, in the middle, lower down
        hold(qtbot, kb, base)
        qapp.processEvents()
        popup = kb.accents()
        window = form.window()
        box = QRect(popup.mapTo(window, QPoint(0, 0)), popup.size())
        assert window.rect().contains(box), base
        held = QRect(kb.key(base).mapTo(window, QPoint(0, 0)), kb.key(base).size())
        assert box.bottom() < held.top()  # above the finger, not under it
        assert popup.accessibleName() == "Accented letters"
        for key in popup.keys():
            assert key.height() >= max(KEY_MIN_SIZE, MIN_TOUCH_PX), key.text()
            assert key.width() >= KEY_MIN_SIZE, key.text()
            assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert key.accessibleName(), key.text()
        qtbot.mouseRelease(kb.key(base), LEFT)
        kb.close_accents()
    hold(qtbot, kb, "o")
    names = {key.text(): key.accessibleName() for key in kb.accents().keys()}
    assert names["o"] == "o"
    assert names["ö"] == "o with two dots"
    assert names["ô"] == "o with circumflex"
    assert names["ø"] == "o with stroke"
    assert kb.key("o").accessibleDescription() == "Hold down for more accented letters"
    assert kb.key("é").accessibleName() == "e with acute accent"
    assert kb.key("ß").accessibleName() == "sharp s (ß)"


def test_pop_up_names_follow_the_language(qtbot, form: Form, qapp: QApplication) -> None:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(form.keyboard, QEvent(QEvent.Type.LanguageChange))
        kb = form.keyboard
        hold(qtbot, kb, "c")
        assert kb.accents().key("ç").accessibleName() == "«c with cedilla»"
        assert kb.accents().accessibleName() == "«Accented letters»"
        assert kb.key("ç").accessibleName() == "«c with cedilla»"
        assert kb.key("c").accessibleDescription().startswith("«")
        qtbot.mouseRelease(kb.key("c"), LEFT)
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendEvent(form.keyboard, QEvent(QEvent.Type.LanguageChange))
    assert not form.keyboard.accents().isVisible()  # a language change closes it
    assert form.keyboard.key("ç").accessibleName() == "c with cedilla"


def test_every_accented_form_has_a_spoken_name(qapp: QApplication) -> None:
    unnamed = [
        letter
        for forms in VARIANTS.values()
        for letter in forms + "".join(capital(c) for c in forms)
        if accent_name(letter) in (letter, "")
    ]
    assert unnamed == []
    assert accent_name("Ø") == "O with stroke"
    assert accent_name("Ÿ") == "Y with two dots"
