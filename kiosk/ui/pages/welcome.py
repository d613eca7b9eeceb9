"""The welcome page: the stand's languages side by side; touching one starts the visit in it.

Brussels is bilingual and the kiosk serves Dutch, French, English and German speakers alike, so
this page is in every offered language at once and favours none: the buttons have the same size
and style, none holds the focus (a highlighted "Nederlands" would look like a default), and they
are in the stand's order (:meth:`WelcomePage.set_languages`; by default all four, ordered as
:data:`~kiosk.ui.i18n.LANGUAGE_NAMES`). Its texts therefore cannot go through the translator
(which holds one language at a time): they are written here in each language, like the language
names themselves.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.flow import FlowError, Step
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label

log = logging.getLogger(__name__)

#: "Welcome" in each language, shown together.
GREETINGS: dict[str, str] = {
    "nl": "Welkom",
    "fr": "Bienvenue",
    "en": "Welcome",
    "de": "Willkommen",
}

#: "Choose your language" in each language, shown together.
CHOOSE: dict[str, str] = {
    "nl": "Kies uw taal",
    "fr": "Choisissez votre langue",
    "en": "Choose your language",
    "de": "Wählen Sie Ihre Sprache",
}

#: What the kiosk is for, under each language's button, in that language.
PURPOSE: dict[str, str] = {
    "nl": "Uw toestemming geven of weigeren om uw gezondheidsgegevens te delen",
    "fr": "Donner ou refuser votre consentement au partage de vos données de santé",
    "en": "Give or refuse your consent to share your health data",
    "de": "Ihre Einwilligung zum Austausch Ihrer Gesundheitsdaten geben oder verweigern",
}

#: For screen readers: what each button does, in the button's own language.
START_IN: dict[str, str] = {
    "nl": "Begin in het Nederlands",
    "fr": "Commencer en français",
    "en": "Start in English",
    "de": "Auf Deutsch beginnen",
}

_SEPARATOR = "  \N{MIDDLE DOT}  "


class WelcomePage(Page):
    """WELCOME: pick a language to start."""

    steps = (Step.WELCOME,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("welcomePage")
        self._greeting = label("title")
        self._greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._choose = label("lead")
        self._choose.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.language_buttons: dict[str, QPushButton] = {}
        self._columns: dict[str, QWidget] = {}
        self.languages: tuple[str, ...] = tuple(LANGUAGE_NAMES)
        self._row = row = QHBoxLayout()
        row.setSpacing(28)
        for code, name in LANGUAGE_NAMES.items():
            choice = button("language-choice")  # the column's vertical layout gives it its width
            choice.setText(name)
            choice.setObjectName(f"language-{code}")
            choice.setAccessibleName(name)
            choice.setAccessibleDescription(START_IN[code])
            choice.setProperty("spokenLanguage", code)  # read aloud says it in its language
            choice.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            purpose = label("hint")
            purpose.setText(PURPOSE[code])
            purpose.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(14)
            column.addWidget(choice)
            column.addWidget(purpose, 1)
            row.addWidget(box, 1)
            self.language_buttons[code] = choice
            self._columns[code] = box

        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 40)
        layout.setSpacing(24)
        layout.addStretch(2)
        layout.addWidget(self._greeting)
        layout.addWidget(self._choose)
        layout.addSpacing(32)
        layout.addLayout(row)
        layout.addStretch(3)
        self.retranslate()

    def set_languages(self, languages: Sequence[str]) -> None:
        """Offer ``languages`` (known codes, at least one), in this order; the others hide."""
        if not languages or any(code not in LANGUAGE_NAMES for code in languages):
            raise ValueError("the welcome page needs at least one known language")
        self.languages = tuple(dict.fromkeys(languages))
        for box in self._columns.values():
            self._row.removeWidget(box)
        for code in self.languages:
            self._row.addWidget(self._columns[code], 1)
        for code, box in self._columns.items():
            box.setVisible(code in self.languages)
        buttons = [self.language_buttons[code] for code in self.languages]
        for before, after in itertools.pairwise(buttons):
            QWidget.setTabOrder(before, after)  # Tab follows the order on screen
        self.retranslate()

    def nav(self) -> Nav:
        return Nav(back=False, stop=False, primary=None)

    def enter(self) -> None:
        # No language may look chosen in advance (Brussels: French and Dutch on equal terms).
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        # The same in every language: nothing here goes through the translator.
        self._greeting.setText(_SEPARATOR.join(GREETINGS[code] for code in self.languages))
        self._choose.setText(_SEPARATOR.join(CHOOSE[code] for code in self.languages))

    def spoken_in_languages(self) -> list[tuple[str, str]]:
        """Each language's greeting and invitation, in its own voice: every visitor hears
        their language spoken well, not read out by another language's voice."""
        return [(f"{GREETINGS[code]}. {CHOOSE[code]}", code) for code in self.languages]

    def clear(self) -> None:
        """Nothing personal is shown here."""

    def _choose_language(self, language: str) -> None:
        flow = self.ctx.flow
        if flow.step is not Step.WELCOME:
            return  # a second tap while the next page appears
        try:
            flow.choose_language(language)
            flow.start()
        except FlowError as error:
            log.warning("language choice refused by the flow: %s", error.code)
