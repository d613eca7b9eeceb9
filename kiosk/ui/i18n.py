"""The one translation entry point of the UI, and the kiosk's languages.

Convention (``pyside6-lupdate`` extracts exactly these calls, so keep them literal and
positional):

* ``translate("ContextName", "English source text")`` — the context is the page or widget
  class name;
* named placeholders are filled *after* translating:
  ``translate("ReviewPage", "Hello {name}").format(name=...)`` — never f-strings or ``%``
  inside the source text;
* counts are phrased without plural agreement and filled like any placeholder:
  ``translate("StatusStrip", "Waiting to be sent: {n}").format(n=n)``. No ``%n`` plurals:
  pyside6-lupdate 6.11 marks one as a plural only when the count is a literal number, and Qt
  then shows the English source for most counts (i18n/README.md).

Translations live in ``i18n/kiosk_<lang>.ts`` (sources) and are compiled to ``.qm`` files in
``kiosk/ui/translations/`` by ``scripts/build-translations.sh`` (run by ``scripts/setup.sh``).
Pages re-translate in place on ``QEvent.LanguageChange`` (see :class:`kiosk.ui.page.Page`).
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.flow.config import LANGUAGES

log = logging.getLogger(__name__)

#: Language names in their own language, in the order the welcome page shows them.
LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "fr": "Français",
    "en": "English",
    "de": "Deutsch",
}
assert tuple(LANGUAGE_NAMES) == LANGUAGES


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` into the installed language."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Translations:
    """Installs the translator of the visitor's language on the application.

    Switching language removes the previous translator and installs the new one; Qt then sends
    ``QEvent.LanguageChange`` to every widget, and each page re-translates itself. Each
    language's translator is loaded once and reused: a kiosk switches language for every
    visitor all day, and a new QTranslator per switch grew memory without bound (bench/soak.py).
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self._loaded: dict[str, QTranslator | None] = {}
        self.language = "en"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGE_NAMES:
            raise ValueError(f"unknown language {language!r}")
        translator = self._load(language)
        if language == self.language and self._translator is translator:
            return
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if translator is not None:
            self._app.installTranslator(translator)
            self._translator = translator
        self.language = language
        QLocale.setDefault(QLocale(language))

    def _load(self, language: str) -> QTranslator | None:
        if language not in self._loaded:
            translator = QTranslator(self._app)
            path = qm_path(language)
            if path is None or not translator.load(path):
                # English is the source language; any other missing file is a packaging bug.
                if language != "en":
                    log.error("translation file for %s missing or unreadable", language)
                translator.deleteLater()
                self._loaded[language] = None
            else:
                self._loaded[language] = translator
        return self._loaded[language]


def qm_path(language: str) -> str | None:
    """The compiled translation of ``language`` shipped as package data, or None.

    A path, not bytes: ``QTranslator.loadFromData`` keeps a pointer into the buffer, which
    Python may free. Package data is a real file both from source and in the one-folder bundle.
    """
    ref = resources.files("kiosk.ui") / "translations" / f"kiosk_{language}.qm"
    return str(ref) if ref.is_file() else None
