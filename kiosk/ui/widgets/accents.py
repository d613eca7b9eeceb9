"""The on-screen keyboard's accent pop-up: hold a letter down and a row of its accented forms
appears above it, as on a phone.

:data:`VARIANTS` says which letters have accented forms, and which. Belgian names in Dutch,
French and German need ä ö ü ß ë ï ç é è ê à â ô û ñ ÿ (the keyboard also shows those as keys of
their own); residents' names from elsewhere need the rest (Åsa, Muñoz, Öztürk, Wałęsa, Dvořák).

:func:`accent_name` names an accented letter for screen readers in the visitor's language
("e accent aigu", "o mit zwei Punkten"), from the letter's Unicode decomposition.

:class:`AccentPopup` is the row of keys itself. It is a child of the keyboard's window, not a
window of its own, so that it can float over the form above the keyboard and stays in the same
accessibility tree; the keyboard decides when it opens and what a touch on it types.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from kiosk.ui.i18n import translate
from kiosk.ui.widgets.key import KEY_MIN_SIZE, Key

__all__ = ["VARIANTS", "AccentPopup", "accent_name", "capital"]

# The accented forms of each letter, most common in Belgium first.
VARIANTS: dict[str, str] = {
    "a": "àâäáåã",
    "c": "çčć",
    "e": "éèêë",
    "g": "ğ",
    "i": "ïîíì",
    "l": "ł",
    "n": "ñń",
    "o": "ôöóòõø",
    "r": "ř",
    "s": "ßšşś",
    "u": "ûüúù",
    "y": "ÿý",
    "z": "žżź",
}

# Letters whose accent Unicode does not decompose: the letter and its base.
_STROKED = {"ø": "o", "ł": "l"}
_GAP = 6  # between the pop-up's keys, as between the keyboard's


def capital(letter: str) -> str:
    """The capital of ``letter``; ß stays ß (its capital is "SS", two letters, or the rare
    ẞ that many fonts and registers lack: a capital on the keyboard types one letter)."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def _mark_names() -> dict[str, str]:
    return {
        "\u0301": translate("AccentPopup", "{letter} with acute accent"),
        "\u0300": translate("AccentPopup", "{letter} with grave accent"),
        "\u0302": translate("AccentPopup", "{letter} with circumflex"),
        "\u0308": translate("AccentPopup", "{letter} with two dots"),
        "\u0327": translate("AccentPopup", "{letter} with cedilla"),
        "\u0303": translate("AccentPopup", "{letter} with tilde"),
        "\u030a": translate("AccentPopup", "{letter} with ring"),
        "\u030c": translate("AccentPopup", "{letter} with caron"),
        "\u0306": translate("AccentPopup", "{letter} with breve"),
        "\u0307": translate("AccentPopup", "{letter} with dot above"),
        "stroke": translate("AccentPopup", "{letter} with stroke"),
    }


def accent_name(letter: str) -> str:
    """A screen reader's name for ``letter`` in the current language: the letter itself when it
    has no accent."""
    if letter.lower() == "ß":
        return translate("AccentPopup", "sharp s (ß)")
    names = _mark_names()
    base = _STROKED.get(letter.lower())
    if base is not None:
        return names["stroke"].format(letter=base.upper() if letter.isupper() else base)
    decomposed = unicodedata.normalize("NFD", letter)
    if len(decomposed) == 2 and decomposed[1] in names:
        return names[decomposed[1]].format(letter=decomposed[0])
    return letter


class AccentPopup(QFrame):
    """A row of keys, one per letter; touching one emits :attr:`chosen`.

    Signals:
        chosen(str): the letter of the key touched.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("accentPopup")
        self.setProperty("role", "accent-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._keys: list[Key] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(_GAP, _GAP, _GAP, _GAP)
        self._row.setSpacing(_GAP)
        self.hide()

    def keys(self) -> list[Key]:
        return list(self._keys)

    def key(self, letter: str) -> Key:
        """The pop-up's key that types ``letter``."""
        for key in self._keys:
            if key.text() == letter:
                return key
        raise KeyError(letter)

    def letters(self) -> str:
        return "".join(key.text() for key in self._keys)

    def open_over(self, letters: str, anchor: QWidget) -> None:
        """Show one key per letter of ``letters``, each as large as ``anchor`` (the key held
        down), in a row just above it (below it when there is no room above)."""
        for key in self._keys:
            self._row.removeWidget(key)
            key.deleteLater()
        size = anchor.size().expandedTo(anchor.minimumSize())
        side = max(size.width(), size.height(), KEY_MIN_SIZE)
        self._keys = []
        for letter in letters:
            key = Key(f"accent-{letter}", self)
            key.setText(letter)
            key.setAccessibleName(accent_name(letter))
            key.setFixedSize(side, side)
            key.clicked.connect(lambda _checked=False, t=letter: self.chosen.emit(t))
            self._row.addWidget(key)
            self._keys.append(key)
        self.setAccessibleName(translate("AccentPopup", "Accented letters"))
        self.adjustSize()
        area = self.parentWidget()
        assert area is not None  # always created with a parent
        top_left = anchor.mapTo(area, QPoint(0, 0))
        x = top_left.x() + (anchor.width() - self.width()) // 2
        x = max(0, min(x, area.width() - self.width()))
        y = top_left.y() - self.height() - _GAP
        if y < 0:
            y = top_left.y() + anchor.height() + _GAP
        self.move(x, y)
        self.show()
        self.raise_()

    def letter_at(self, global_pos: QPointF) -> str | None:
        """The letter of the key under ``global_pos`` (a finger sliding over), if any."""
        if not self.isVisible():
            return None
        for key in self._keys:
            if key.rect().contains(key.mapFromGlobal(global_pos).toPoint()):
                return key.text()
        return None

    def highlight(self, global_pos: QPointF) -> None:
        """Show the key under a sliding finger as pressed, and no other."""
        letter = self.letter_at(global_pos)
        for key in self._keys:
            key.setDown(key.text() == letter)
