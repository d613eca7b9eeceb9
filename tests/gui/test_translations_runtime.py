"""Language switching at run time: one translator per language, reused for every visitor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.ui.i18n import LANGUAGE_NAMES, Translations, qm_path, translate

pytestmark = pytest.mark.gui


def _translators(app: QApplication) -> int:
    return len(app.findChildren(QTranslator))


def test_switching_language_many_times_creates_no_new_translators(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        for language in LANGUAGE_NAMES:
            translations.set_language(language)
        after_one_round = _translators(qapp)
        for _ in range(50):
            for language in LANGUAGE_NAMES:
                translations.set_language(language)
        assert _translators(qapp) == after_one_round
    finally:
        translations.set_language("en")


@pytest.mark.skipif(
    qm_path("nl") is None, reason="translations not compiled (scripts/build-translations.sh)"
)
def test_the_installed_language_is_the_one_chosen_last(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        english = translate("ConsentPage", "Sharing your health data")
        translations.set_language("nl")
        dutch = translate("ConsentPage", "Sharing your health data")
        assert dutch == "Uw gezondheidsgegevens delen" != english
        translations.set_language("fr")
        translations.set_language("nl")
        assert translate("ConsentPage", "Sharing your health data") == dutch
        translations.set_language("en")
        assert translate("ConsentPage", "Sharing your health data") == english
    finally:
        translations.set_language("en")
