"""Our own on-screen keyboard: Belgian AZERTY letters with the accents Belgians need, and a
number pad.

Letters: the AZERTY rows, a block of accented letters (é è ê ë à â ä ç ô ö û ü ï î ñ ß ÿ), the
apostrophe, hyphen, full stop and space, capitals (one tap: the next letter; two: locked) and
backspace. Number pad: the digits, backspace, and a key back to the letters.

Every letter Belgian names in Dutch, French and German need is a key of its own, always in
sight: one tap, nothing to learn, which suits older citizens best (dead keys type nothing
visible at first, and a hidden gesture has to be known). For the rarer letters of residents'
names (Åsa, Dvořák, Wałęsa) the letters also open an accent pop-up, as on a phone
(:mod:`kiosk.ui.widgets.accents`): hold the letter down for :data:`LONG_PRESS_MS` and a row of
its accented forms appears above it. Slide onto one and let go to type it; or let go on the
letter, which types it and leaves the row open, and then touch an accented form to replace the
letter with it (no sliding needed for an unsteady hand). Any other key, another field or
Escape closes the row. Held keys carry a screen-reader description that says so, and the
pop-up's keys are named ("e accent aigu").

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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent
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
from kiosk.ui.widgets.accents import VARIANTS, AccentPopup, accent_name, capital
from kiosk.ui.widgets.key import KEY_MIN_SIZE, Key

__all__ = ["KEY_MIN_SIZE", "LONG_PRESS_MS", "KeyboardMode", "OnScreenKeyboard"]

# How long a letter is held down before its accent pop-up opens: long enough that a slow tap
# still types the letter, short enough not to feel broken (phones use 300 to 500 ms).
LONG_PRESS_MS = 500
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
# names need, to the right of the letters so every key stays visible; the last row's accents
# share it with "Done".
_LETTER_ROWS = ("azertyuiop", "qsdfghjklm")
_ACCENT_ROWS = ("éèêëà", "âäçôö", "ûüïîñ", "ßÿ")
_LETTER_COLUMNS = 10
_ACCENT_COLUMNS = 5


class KeyboardMode(enum.StrEnum):
    """The two layouts."""

    LETTERS = "letters"
    DIGITS = "digits"


class _Shift(enum.Enum):
    OFF = 0
    ONCE = 1  # the next letter only, as on a phone
    LOCKED = 2  # a second tap keeps capitals on


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
        self._keys: dict[str, Key] = {}
        # The accent pop-up: the key held down, whether its pop-up opened while it was held,
        # and the field's (text, cursor) just after its letter was typed by letting go on it.
        self._popup = AccentPopup(self)
        self._popup.chosen.connect(self._chose_accent)
        self.destroyed.connect(self._popup.deleteLater)  # it may live in the window
        self._held: Key | None = None
        self._held_open = False
        self._replaceable: tuple[str, int] | None = None
        # Public so a test can fire it at once (``hold_timer.timeout.emit()``) instead of waiting.
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(LONG_PRESS_MS)
        self.hold_timer.timeout.connect(self._hold_elapsed)
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
        if edit is not self._target:
            self.close_accents()
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
        self.close_accents()
        self._stack.setCurrentIndex(0 if KeyboardMode(mode) is KeyboardMode.LETTERS else 1)

    def key(self, name: str) -> QPushButton:
        """The key named ``name``: a letter or digit as typed in lower case, or a special key
        (``"shift"``, ``"backspace"``, ``"space"``, ``"done"``, ``"to-digits"``,
        ``"to-letters"``; the number pad's own keys are ``"pad-backspace"``, ``"pad-done"``)."""
        return self._keys[name]

    def shifted(self) -> bool:
        return self._shift is not _Shift.OFF

    def accents(self) -> AccentPopup:
        """The accent pop-up (hidden unless a letter was held down)."""
        return self._popup

    def close_accents(self) -> None:
        """Close the accent pop-up, if open; what was typed stays."""
        self.hold_timer.stop()
        self._held_open = False
        self._replaceable = None
        if self._popup.isVisible():
            self._popup.hide()

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
        hold = translate("OnScreenKeyboard", "Hold down for more accented letters")
        for name in VARIANTS:
            self._keys[name].setAccessibleDescription(hold)
        self.close_accents()  # its keys' names were in the former language
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
    ) -> Key:
        key = Key(name, self)
        key.clicked.connect(lambda _checked=False, n=name: self._pressed(n))
        if name in VARIANTS:
            key.installEventFilter(self)  # held down: the accent pop-up
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
        last = len(_ACCENT_ROWS[-1])
        self._add_key(grid, DONE, 3, _LETTER_COLUMNS + last, _ACCENT_COLUMNS - last)
        self._keys[SHIFT].setCheckable(True)
        self._keys[BACKSPACE].setText("⌫")
        self._keys[BACKSPACE].setAutoRepeat(True)
        for col in range(_LETTER_COLUMNS + _ACCENT_COLUMNS):
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
        self.close_accents()
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
            self._type(self._cased(name))

    def _cased(self, letter: str) -> str:
        return capital(letter) if self._shift is not _Shift.OFF else letter

    def _type(self, text: str) -> None:
        """Type ``text`` (already in the right case); a one-shot capital is then used up."""
        self._send(Qt.Key.Key_unknown, text)
        if self._shift is _Shift.ONCE and text.isalpha():
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

    # ---------------------------------------------------------------- the accent pop-up

    def _hold_started(self, key: Key) -> None:
        self.close_accents()
        self._held = key
        self.hold_timer.start()

    def _hold_elapsed(self) -> None:
        key = self._held
        if key is None or not key.isDown() or not key.isVisible():
            return
        letters = key.name + VARIANTS[key.name]
        window = self.window()
        if self._popup.parentWidget() is not window:
            self._popup.setParent(window)  # to float over the form above the keyboard
        self._popup.open_over("".join(self._cased(c) for c in letters), key)
        self._held_open = True

    def _hold_released(self, key: Key, event: QMouseEvent) -> None:
        """The finger left the held key's pop-up open: type what it let go on."""
        self._held_open = False
        key.setDown(False)  # no click: the letter is typed here
        chosen = self._popup.letter_at(event.globalPosition())
        if chosen is not None:
            self._type(chosen)
            self.close_accents()
            return
        self._type(self._cased(key.name))
        target = self._target
        if target is not None:  # a touch on the row now replaces the letter just typed
            self._replaceable = (target.text(), target.cursorPosition())

    def _chose_accent(self, letter: str) -> None:
        target = self._target
        replaceable = self._replaceable
        if (
            target is not None
            and replaceable is not None
            and replaceable == (target.text(), target.cursorPosition())
        ):
            self._send(Qt.Key.Key_Backspace, "")
        self._type(letter)
        self.close_accents()

    def _key_event(self, key: Key, event: QEvent) -> bool:
        """A held-down letter's mouse events; True when the pop-up took them."""
        kind = event.type()
        if not isinstance(event, QMouseEvent) or event.button() not in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton,
        ):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._hold_started(key)
        elif kind == QEvent.Type.MouseMove and self._held_open and key is self._held:
            self._popup.highlight(event.globalPosition())
            return True
        elif kind == QEvent.Type.MouseButtonRelease and key is self._held:
            self.hold_timer.stop()
            self._held = None
            if self._held_open:
                self._hold_released(key, event)
                return True
        return False

    # ---------------------------------------------------------------- showing

    def _refresh_letters(self) -> None:
        upper = self._shift is not _Shift.OFF
        for name, key in self._keys.items():
            if len(name) == 1 and name.isalpha():
                key.setText(capital(name) if upper else name)
                key.setAccessibleName(accent_name(key.text()))
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

    def hideEvent(self, event: QHideEvent) -> None:
        self.close_accents()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, Key):
            return self._key_event(watched, event) or super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.set_target(watched)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._popup.isVisible()
        ):
            self.close_accents()
            return True
        return super().eventFilter(watched, event)
