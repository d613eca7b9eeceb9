"""Our own on-screen keyboard: Belgian AZERTY letters with the accents Belgians need, and a
number pad.

Letters: the AZERTY rows, a block of accented letters (é è ê ë à â ç ô û ü ï î ñ), the
apostrophe, hyphen, full stop and space, capitals (one tap: the next letter; two: locked) and
backspace. Number pad: the digits, backspace, and a key back to the letters.

Why our own: Qt Virtual Keyboard is GPLv3/commercial and needs PySide6-Addons (+160 MB).

The keyboard types into one target :class:`QLineEdit` by sending it the same key events a
physical keyboard would (so ``textEdited``, validators, ``maxLength`` and the cursor behave
exactly as with real typing). A page :meth:`~OnScreenKeyboard.attach`\\ es its line edits, each
with the layout that fits it (letters for names, the number pad for numbers); focusing one makes
it the target and switches the layout.

The keys never take the keyboard focus: tapping one must not pull the focus (and the text
cursor) away from the field being typed into. People with a physical keyboard type into the
fields directly, so nothing is lost for them.
"""

from __future__ import annotations

import enum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import translate

__all__ = ["KEY_MIN_SIZE", "KeyboardMode", "OnScreenKeyboard"]

# The smallest key, in pixels: well above the 48 px touch minimum, for unsteady fingers.
KEY_MIN_SIZE = 64
# Between keys: enough that a fingertip between two keys is seen as a miss, not a wrong key;
# little enough that four rows and a form fit a 600 px page body.
_GAP = 6

# Special keys, named so pages and tests can find them (``OnScreenKeyboard.key(name)``).
SHIFT, BACKSPACE, SPACE, DONE, TO_DIGITS, TO_LETTERS = (
    "shift",
    "backspace",
    "space",
    "done",
    "to-digits",
    "to-letters",
)

# Belgian AZERTY letter rows, then a block of the accented letters French, Dutch and German
# names need, to the right of the letters so every key stays visible (no hidden long-press).
_LETTER_ROWS = ("azertyuiop", "qsdfghjklm")
_ACCENT_ROWS = ("éèêë", "àâçô", "ûüïî")
_LETTER_COLUMNS = 10


class KeyboardMode(enum.StrEnum):
    """The two layouts."""

    LETTERS = "letters"
    DIGITS = "digits"


class _Shift(enum.Enum):
    OFF = 0
    ONCE = 1  # the next letter only, as on a phone
    LOCKED = 2  # a second tap keeps capitals on


class _Key(QPushButton):
    """One key: large, never focused, repeats when held only if asked (backspace)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"key-{name}")
        self.setProperty("role", "key")  # the theme's large key type
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN_SIZE, KEY_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # A style sheet's min-height replaces the minimum size on polish (a key with no
            # padding came out at 58 px): the key size is a promise this widget keeps itself.
            size = self.minimumSize().expandedTo(QSize(KEY_MIN_SIZE, KEY_MIN_SIZE))
            if size != self.minimumSize():
                self.setMinimumSize(size)
        return handled


class OnScreenKeyboard(QWidget):
    """A touch keyboard that types into the attached line edit that last had the focus.

    Signals:
        done(): the "Done" key was pressed; a Return key event was sent to the target first,
            so a line edit's ``returnPressed`` fires as with a physical keyboard.
    """

    done = Signal()

    # The property a line edit carries to say which layout fits it.
    MODE_PROPERTY: ClassVar[str] = "kioskKeyboardMode"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self._target: QLineEdit | None = None
        self._shift = _Shift.OFF
        self._keys: dict[str, _Key] = {}
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_letters())
        self._stack.addWidget(self._build_digits())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        # As tall as its keys need, no taller: the rest of the screen belongs to the form.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    # ---------------------------------------------------------------- public API

    def attach(self, edit: QLineEdit, mode: KeyboardMode = KeyboardMode.LETTERS) -> None:
        """Type into ``edit`` whenever it has the focus, with the ``mode`` layout.

        The first attached field is the target until another one is focused.
        """
        edit.setProperty(self.MODE_PROPERTY, KeyboardMode(mode).value)
        edit.installEventFilter(self)
        if self._target is None:
            self.set_target(edit)

    def target(self) -> QLineEdit | None:
        return self._target

    def set_target(self, edit: QLineEdit | None) -> None:
        """Type into ``edit`` from now on, switching to the layout it asked for.

        A one-shot capital does not follow the citizen into another field.
        """
        if edit is not self._target and self._shift is _Shift.ONCE:
            self._shift = _Shift.OFF
            self._refresh_letters()
        self._target = edit
        if edit is not None:
            mode = edit.property(self.MODE_PROPERTY)
            if mode in (KeyboardMode.LETTERS.value, KeyboardMode.DIGITS.value):
                self.set_mode(KeyboardMode(mode))

    def mode(self) -> KeyboardMode:
        return KeyboardMode.LETTERS if self._stack.currentIndex() == 0 else KeyboardMode.DIGITS

    def set_mode(self, mode: KeyboardMode) -> None:
        self._stack.setCurrentIndex(0 if KeyboardMode(mode) is KeyboardMode.LETTERS else 1)

    def key(self, name: str) -> QPushButton:
        """The key named ``name``: a letter or digit as typed in lower case, or a special key
        (``"shift"``, ``"backspace"``, ``"space"``, ``"done"``, ``"to-digits"``,
        ``"to-letters"``; the number pad's own keys are ``"pad-backspace"``, ``"pad-done"``)."""
        return self._keys[name]

    def shifted(self) -> bool:
        return self._shift is not _Shift.OFF

    def retranslate(self) -> None:
        """Set the special keys' labels and every key's name for screen readers."""
        names = {
            SHIFT: translate("OnScreenKeyboard", "Capital letters"),
            SPACE: translate("OnScreenKeyboard", "Space"),
            TO_DIGITS: translate("OnScreenKeyboard", "Numbers"),
            TO_LETTERS: translate("OnScreenKeyboard", "Letters"),
        }
        erase = translate("OnScreenKeyboard", "Erase the last character")
        finish = translate("OnScreenKeyboard", "Done")
        for prefix in ("", "pad-"):
            self._keys[prefix + BACKSPACE].setAccessibleName(erase)
            self._keys[prefix + DONE].setText(finish)
            self._keys[prefix + DONE].setAccessibleName(finish)
        for name, text in names.items():
            self._keys[name].setAccessibleName(text)
        self._keys[SPACE].setText(names[SPACE])
        self._keys[TO_DIGITS].setText("123")
        self._keys[TO_LETTERS].setText("ABC")
        self._refresh_letters()

    # ---------------------------------------------------------------- building

    def _add_key(
        self,
        grid: QGridLayout,
        name: str,
        row: int,
        col: int,
        span: int = 1,
        rows: int = 1,
    ) -> _Key:
        key = _Key(name, self)
        key.clicked.connect(lambda _checked=False, n=name: self._pressed(n))
        grid.addWidget(key, row, col, rows, span)
        self._keys[name] = key
        return key

    def _build_letters(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(_GAP)
        for row, letters in enumerate(_LETTER_ROWS):
            for col, letter in enumerate(letters):
                self._add_key(grid, letter, row, col)
        third = ["shift", *"wxcvbn", "'", "-", BACKSPACE]
        for col, name in enumerate(third):
            self._add_key(grid, name, 2, col)
        for row, accents in enumerate(_ACCENT_ROWS):
            for col, letter in enumerate(accents):
                self._add_key(grid, letter, row, _LETTER_COLUMNS + col)
        self._add_key(grid, TO_DIGITS, 3, 0, 2)
        self._add_key(grid, SPACE, 3, 2, 7)
        self._add_key(grid, ".", 3, 9)  # "Dr." in a care provider's name
        self._add_key(grid, "ñ", 3, _LETTER_COLUMNS)
        self._add_key(grid, DONE, 3, _LETTER_COLUMNS + 1, 3)
        self._keys[SHIFT].setCheckable(True)
        self._keys[BACKSPACE].setText("⌫")
        self._keys[BACKSPACE].setAutoRepeat(True)
        for col in range(_LETTER_COLUMNS + len(_ACCENT_ROWS[0])):
            grid.setColumnStretch(col, 1)
        return page

    def _build_digits(self) -> QWidget:
        page = QWidget(self)
        outer = QGridLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        pad = QGridLayout()
        pad.setSpacing(_GAP)
        for i, digit in enumerate("789456123"):
            self._add_key(pad, digit, i // 3, i % 3)
        self._add_key(pad, "0", 3, 0, 3)
        self._add_key(pad, "pad-" + BACKSPACE, 0, 3).setText("⌫")
        self._keys["pad-" + BACKSPACE].setAutoRepeat(True)
        self._add_key(pad, TO_LETTERS, 1, 3)
        self._add_key(pad, "pad-" + DONE, 2, 3, rows=2)  # tall, like a number pad's Enter
        for col in range(4):
            pad.setColumnStretch(col, 1)
        # A number pad as wide as the letters would spread the digits too far apart.
        outer.setColumnStretch(0, 1)
        outer.addLayout(pad, 0, 1)
        outer.setColumnStretch(1, 2)
        outer.setColumnStretch(2, 1)
        return page

    # ---------------------------------------------------------------- typing

    def _pressed(self, name: str) -> None:
        base = name.removeprefix("pad-")
        if base == SHIFT:
            self._shift = {
                _Shift.OFF: _Shift.ONCE,
                _Shift.ONCE: _Shift.LOCKED,
                _Shift.LOCKED: _Shift.OFF,
            }[self._shift]
            self._refresh_letters()
        elif base == TO_DIGITS:
            self.set_mode(KeyboardMode.DIGITS)
        elif base == TO_LETTERS:
            self.set_mode(KeyboardMode.LETTERS)
        elif base == BACKSPACE:
            self._send(Qt.Key.Key_Backspace, "")
        elif base == DONE:
            self._send(Qt.Key.Key_Return, "\r")
            self.done.emit()
        elif base == SPACE:
            self._send(Qt.Key.Key_Space, " ")
        else:
            text = name.upper() if self._shift is not _Shift.OFF else name
            self._send(Qt.Key.Key_unknown, text)
            if self._shift is _Shift.ONCE and name.isalpha():
                self._shift = _Shift.OFF
                self._refresh_letters()

    def _send(self, key: Qt.Key, text: str) -> None:
        target = self._target
        if target is None or not target.isEnabled() or target.isReadOnly():
            return
        if not target.hasFocus():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QCoreApplication.sendEvent(target, event)

    def _refresh_letters(self) -> None:
        upper = self._shift is not _Shift.OFF
        for name, key in self._keys.items():
            if len(name) == 1 and name.isalpha():
                key.setText(name.upper() if upper else name)
                key.setAccessibleName(key.text())
            elif len(name) == 1:
                key.setText(name)
                key.setAccessibleName(self._symbol_name(name))
        shift = self._keys[SHIFT]
        shift.setChecked(upper)
        shift.setText("⇪" if self._shift is _Shift.LOCKED else "⇧")

    @staticmethod
    def _symbol_name(name: str) -> str:
        if name == "'":
            return translate("OnScreenKeyboard", "Apostrophe")
        if name == "-":
            return translate("OnScreenKeyboard", "Hyphen")
        if name == ".":
            return translate("OnScreenKeyboard", "Full stop")
        return name

    # ---------------------------------------------------------------- Qt events

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.set_target(watched)
        return super().eventFilter(watched, event)
