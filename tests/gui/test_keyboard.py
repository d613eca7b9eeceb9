"""The on-screen keyboard: typing letters, accents, capitals, erasing, the number pad, the
"done" key, following the focus between fields, key sizes and names for screen readers.

Keys are pressed with real mouse clicks (``qtbot.mouseClick``) on a shown keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.keyboard import KEY_MIN_SIZE, KeyboardMode, OnScreenKeyboard
from tests.gui.conftest import MarkingTranslator

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so whenever a top-level window is shown; harmless
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Every accented letter a Belgian name may need (issue 15), each a key of its own.
ACCENTS = "éèêëàâäçôöûüïîñßÿ"


class Form(QWidget):
    """A name field and a number field with the keyboard under them, as a page has them."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.name, KeyboardMode.LETTERS)
        self.keyboard.attach(self.number, KeyboardMode.DIGITS)
        layout = QVBoxLayout(self)
        for widget in (self.name, self.number, self.keyboard):
            layout.addWidget(widget)
        self.resize(1280, 500)


@pytest.fixture
def form(qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(qtbot, keyboard: OnScreenKeyboard, *names: str) -> None:
    for name in names:
        key = keyboard.key(name)
        assert key.isVisible(), f"key {name!r} is not on screen"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_letters_type_into_the_first_field_and_count_as_edits(qtbot, form: Form) -> None:
    edited: list[str] = []
    form.name.textEdited.connect(edited.append)
    press(qtbot, form.keyboard, *"dupont")
    assert form.name.text() == "dupont"
    assert edited[-1] == "dupont"  # like real typing: validators and live checks see it
    assert form.number.text() == ""


def test_every_accent_a_belgian_name_needs_is_one_tap(qtbot, form: Form) -> None:
    press(qtbot, form.keyboard, *ACCENTS, "'", "-", ".", "space")
    assert form.name.text() == ACCENTS + "'-. "


def test_shift_makes_one_capital_and_a_second_tap_locks_capitals(qtbot, form: Form) -> None:
    kb = form.keyboard
    press(qtbot, kb, "shift")
    assert kb.shifted() and kb.key("a").text() == "A" and kb.key("é").text() == "É"
    press(qtbot, kb, "e", "l", "o", "d", "i", "e")
    assert form.name.text() == "Elodie"
    assert not kb.shifted() and kb.key("a").text() == "a"
    press(qtbot, kb, "space", "shift", "shift", "v", "a", "n", "-")
    assert kb.shifted()
    press(qtbot, kb, "shift", "é")
    assert form.name.text() == "Elodie VAN-é"
    assert not kb.shifted()


def test_backspace_erases_at_the_cursor(qtbot, form: Form) -> None:
    press(qtbot, form.keyboard, *"abc")
    form.name.setCursorPosition(2)
    press(qtbot, form.keyboard, "backspace")
    assert form.name.text() == "ac"
    press(qtbot, form.keyboard, "backspace", "backspace")
    assert form.name.text() == "c"


def test_a_number_field_gets_the_number_pad(qtbot, form: Form) -> None:
    kb = form.keyboard
    assert kb.mode() is KeyboardMode.LETTERS
    form.number.setFocus()
    qtbot.waitUntil(lambda: kb.target() is form.number)
    assert kb.mode() is KeyboardMode.DIGITS
    assert not kb.key("a").isVisible()
    press(qtbot, kb, *"8507300332", "8", "pad-backspace", "8")
    assert form.number.text() == "85073003328"
    assert form.name.text() == ""
    # the citizen may still switch layouts by hand (a foreign resident's card number: B...)
    press(qtbot, kb, "to-letters")
    assert kb.mode() is KeyboardMode.LETTERS
    press(qtbot, kb, "to-digits")
    assert kb.mode() is KeyboardMode.DIGITS
    form.name.setFocus()
    qtbot.waitUntil(lambda: kb.mode() is KeyboardMode.LETTERS)
    assert kb.target() is form.name


def test_keys_never_take_the_focus_from_the_field(qtbot, form: Form) -> None:
    form.number.setFocus()
    qtbot.waitUntil(form.number.hasFocus)
    press(qtbot, form.keyboard, "4", "2", "to-letters", "b")
    assert form.number.hasFocus()
    assert form.number.text() == "42b"
    keys = form.keyboard.findChildren(type(form.keyboard.key("a")))
    assert keys and all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)


def test_done_sends_return_to_the_field_and_says_done(qtbot, form: Form) -> None:
    with qtbot.waitSignal(form.name.returnPressed), qtbot.waitSignal(form.keyboard.done):
        press(qtbot, form.keyboard, "done")
    form.number.setFocus()
    qtbot.waitUntil(lambda: form.keyboard.mode() is KeyboardMode.DIGITS)
    with qtbot.waitSignal(form.number.returnPressed):
        press(qtbot, form.keyboard, "pad-done")


def test_a_read_only_or_disabled_field_takes_nothing(qtbot, form: Form) -> None:
    form.name.setReadOnly(True)
    press(qtbot, form.keyboard, "a")
    assert form.name.text() == ""
    form.name.setReadOnly(False)
    form.name.setEnabled(False)  # Qt moves the focus on, so point the keyboard back at it
    form.keyboard.set_target(form.name)
    assert form.keyboard.mode() is KeyboardMode.LETTERS
    press(qtbot, form.keyboard, "a")
    assert form.name.text() == ""


def test_keys_are_large_and_named_for_screen_readers(
    qtbot, themed: None, form: Form, qapp: QApplication
) -> None:
    kb = form.keyboard
    keys = kb.findChildren(type(kb.key("a")))
    assert len(keys) >= 26 + len(ACCENTS) + 10
    for mode in KeyboardMode:
        kb.set_mode(mode)
        qapp.processEvents()  # the newly shown layout is laid out on a posted event
        shown = [k for k in keys if k.isVisible()]
        assert shown
        for key in shown:
            assert key.height() >= max(KEY_MIN_SIZE, MIN_TOUCH_PX), key.objectName()
            assert key.width() >= KEY_MIN_SIZE, key.objectName()
            assert key.accessibleName(), key.objectName()
    assert kb.key("backspace").autoRepeat()  # held down, it keeps erasing


def test_special_keys_follow_the_language(qtbot, form: Form, qapp: QApplication) -> None:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(form.keyboard, QEvent(QEvent.Type.LanguageChange))
        kb = form.keyboard
        assert kb.key("space").text() == "«Space»"
        assert kb.key("done").text() == "«Done»"
        assert kb.key("backspace").accessibleName().startswith("«")
        assert kb.key("shift").accessibleName().startswith("«")
        assert kb.key("'").accessibleName() == "«Apostrophe»"
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendEvent(form.keyboard, QEvent(QEvent.Type.LanguageChange))
    assert form.keyboard.key("space").text() == "Space"
