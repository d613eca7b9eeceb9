"""Read aloud, walked through a whole demo visit in each language with a recording engine.

At each page the test checks what would be said: the page's heading first (the very text the
page shows, so the same translation, and translated for a language whose .qm file exists),
then its instruction; everything in the visitor's language; never a name or number of the
visit, except the name and birth date the visitor asks for on the "is this you?" page, and
never the national number. Speech stops on a language change and on the wipe; the inactivity
warning and its countdown are read; without an engine the control is hidden.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.flow import Step
from kiosk.flow.config import LANGUAGES
from kiosk.ui.i18n import translate
from tests.gui.conftest import available_page_classes
from tests.gui.test_full_flow import (
    CITIZEN,
    NIHII,
    PROVIDER,
    add_exclusion,
    assert_in_language,
    child,
    click,
    ready,
    title_of,
    wait_step,
)
from tests.helpers.clocks import FakeClock
from tests.helpers.specimens import secrets_of, specimen_read
from tests.helpers.speech import RecordingSpeech

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

pytestmark = pytest.mark.gui


def make_kiosk(
    qtbot: QtBot, clock: FakeClock, speech: RecordingSpeech, *, at_start: bool = False
) -> Kiosk:
    from kiosk.services import KioskSettings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.theme import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = KioskSettings(
        demo=True, default_language="en", stand_name="Test stand", speech_at_start=at_start
    )
    kiosk = Kiosk(app, settings, clock=clock, page_classes=available_page_classes(), speech=speech)
    kiosk.window.setStyleSheet(style_sheet())
    qtbot.addWidget(kiosk.window)
    kiosk.show(windowed=True)
    kiosk.start()
    return kiosk


@pytest.fixture
def speech() -> RecordingSpeech:
    return RecordingSpeech()


@pytest.fixture
def kiosk(qtbot: QtBot, clock: FakeClock, speech: RecordingSpeech) -> Iterator[Kiosk]:
    built = make_kiosk(qtbot, clock, speech)
    try:
        yield built
    finally:
        built.close()


def said_on_page(kiosk: Kiosk, speech: RecordingSpeech, language: str) -> list[str]:
    """What was said since the last check: the page's heading first, all in ``language``."""
    assert speech.languages() <= {language}, speech.spoken
    said = speech.take()
    assert said, f"nothing said on {kiosk.flow.step.value}"
    assert said[0] == shown_title(kiosk.window.current_page), said
    return said


def shown_title(page: QWidget) -> str:
    """The text of the page's visible title (a page may hold one per step)."""
    titles = [
        w.text()
        for w in page.findChildren(QLabel)
        if w.property("role") == "title" and w.isVisibleTo(page)
    ]
    assert titles, page.objectName()
    return titles[0]


def never_private(said: list[str], secrets: list[str]) -> None:
    """None of ``secrets`` in what was said, not even a number said digit by digit."""
    text = "\n".join(said).casefold()
    digits = "".join(c for c in text if c.isdigit())
    leaked = [
        i
        for i, secret in enumerate(secrets)
        if secret.casefold() in text or (secret.isdigit() and secret in digits)
    ]
    assert not leaked, f"personal value(s) {leaked} spoken"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visit_read_aloud(
    qtbot: QtBot, kiosk: Kiosk, speech: RecordingSpeech, language: str
) -> None:
    window, flow = kiosk.window, kiosk.flow
    read_aloud = kiosk.read_aloud
    assert read_aloud is not None and read_aloud.toggle.isVisible()
    secrets = [*secrets_of(specimen_read(CITIZEN)), NIHII, PROVIDER]
    ready(qtbot, kiosk)
    english_privacy = title_of(window.pages[Step.PRIVACY])

    qtbot.keyClick(window, Qt.Key.Key_F2)  # the shortcut
    assert read_aloud.on
    # The welcome page greets every visitor in their own language, each in its own voice.
    greeted = list(speech.spoken)
    speech.take()
    assert [lang for lang, _ in greeted] == list(LANGUAGES)
    assert dict(greeted)["fr"] == "Bienvenue. Choisissez votre langue"
    assert dict(greeted)["de"] == "Willkommen. Wählen Sie Ihre Sprache"
    window.pages[Step.WELCOME].language_buttons["de"].setFocus()  # type: ignore[attr-defined]
    assert speech.spoken == [("de", "Deutsch")]  # a language's name in its own voice
    speech.take()

    stops = speech.stops
    click(qtbot, window.pages[Step.WELCOME].language_buttons[language])  # type: ignore[attr-defined]
    assert flow.step is Step.PRIVACY and speech.stops > stops  # the old language is cut off
    assert_in_language(qtbot, window.current_page, english_privacy, language)
    said = said_on_page(kiosk, speech, language)
    if language != "en" and english_privacy != title_of(window.current_page):
        assert english_privacy not in said

    header = window.findChild(QWidget, "header")
    assert header is not None
    shown = [w for w in header.findChildren(QAbstractButton) if w.isVisible()]
    # The toggle fits beside the others (once the posted re-layout has run).
    qtbot.waitUntil(lambda: all(w.width() >= w.sizeHint().width() for w in shown), timeout=5_000)

    click(qtbot, window.primary_button)  # "I understand, continue"
    assert flow.step is Step.INSERT_CARD
    said_on_page(kiosk, speech, language)

    reader = kiosk.services.demo_reader
    assert reader is not None
    reader.insert(CITIZEN)
    wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
    speech.take()  # the reading page's words, if the read was slow enough to show it
    # The heading was said on arrival; the page is shown with the card's data, none of it said.
    kiosk.read_aloud.read_page()  # type: ignore[union-attr]
    never_private(said_on_page(kiosk, speech, language), secrets)

    click(qtbot, read_aloud.details)  # "Read my details aloud": the visitor asks
    details = [text for text in speech.take() if text != read_aloud.details.accessibleName()]
    identity = specimen_read(CITIZEN).identity
    assert any(identity.surname in text for text in details), details
    never_private(details, [identity.national_number, identity.card_number])

    click(qtbot, child(kiosk, QAbstractButton, "thisIsMe"))
    assert flow.step is Step.CONSENT
    never_private(said_on_page(kiosk, speech, language), secrets)
    click(qtbot, window.current_page.agree)  # type: ignore[attr-defined]
    assert flow.step is Step.TRUSTED_PERSON
    never_private(said_on_page(kiosk, speech, language), secrets)
    click(qtbot, window.primary_button)  # "Skip"
    assert flow.step is Step.EXCLUSIONS
    never_private(said_on_page(kiosk, speech, language), secrets)
    add_exclusion(qtbot, kiosk)
    never_private(speech.take(), secrets)  # focus moves while typing the NIHII number
    click(qtbot, window.primary_button)  # "Next"
    assert flow.step is Step.REVIEW
    never_private(said_on_page(kiosk, speech, language), secrets)
    click(qtbot, window.primary_button)  # "Confirm and send"
    assert flow.step is Step.DONE
    never_private(said_on_page(kiosk, speech, language), secrets)

    stops = speech.stops
    click(qtbot, window.primary_button)  # "Finish": the wipe
    assert flow.step is Step.WELCOME
    assert speech.stops > stops
    assert not read_aloud.on  # the next visitor starts with it off
    never_private(speech.take(), secrets)
    # Over the whole visit, the details asked for included: never the national number.
    never_private(speech.heard, [identity.national_number, identity.card_number, NIHII])


def test_the_inactivity_warning_and_its_countdown_are_read(
    qtbot: QtBot, kiosk: Kiosk, speech: RecordingSpeech, clock: FakeClock
) -> None:
    window, flow = kiosk.window, kiosk.flow
    click(qtbot, window.pages[Step.WELCOME].language_buttons["nl"])  # type: ignore[attr-defined]
    click(qtbot, kiosk.read_aloud.toggle)  # type: ignore[union-attr]
    speech.take()
    flow.tick(clock.advance(kiosk.settings.inactivity_s + 1))
    assert flow.step is Step.STILL_THERE
    said = said_on_page(kiosk, speech, "nl")
    assert title_of(window.current_page) != "Are you still there?"  # Dutch, when built
    warning = kiosk.settings.warning_s
    expected = translate("StillTherePage", "Seconds left: {n}").format(n=int(warning))
    qtbot.waitUntil(lambda: expected in speech.spoken_texts(), timeout=5_000)
    assert expected != "Seconds left: 15"
    flow.tick(clock.advance(warning - 3))
    left = flow.seconds_left()
    assert left is not None and 2 < left <= 3
    three = translate("StillTherePage", "Seconds left: {n}").format(n=3)
    qtbot.waitUntil(lambda: three in speech.spoken_texts(), timeout=5_000)
    assert said
    stops = speech.stops
    flow.tick(clock.advance(10))  # nobody answered: the wipe
    assert flow.step is Step.WELCOME and speech.stops > stops


def test_a_headphone_stand_starts_every_visit_reading_aloud(qtbot: QtBot, clock: FakeClock) -> None:
    speech = RecordingSpeech()
    kiosk = make_kiosk(qtbot, clock, speech, at_start=True)
    try:
        assert kiosk.read_aloud is not None and kiosk.read_aloud.on
        click(qtbot, kiosk.window.pages[Step.WELCOME].language_buttons["fr"])  # type: ignore[attr-defined]
        click(qtbot, kiosk.read_aloud.toggle)  # this visitor does not want it
        assert not kiosk.read_aloud.on
        click(qtbot, kiosk.window.stop_button)  # nothing entered: straight back to welcome
        assert kiosk.flow.step is Step.WELCOME
        assert kiosk.read_aloud.on  # the next visitor has it again
    finally:
        kiosk.close()


def test_no_engine_no_control(qtbot: QtBot, clock: FakeClock) -> None:
    speech = RecordingSpeech(available=False)
    kiosk = make_kiosk(qtbot, clock, speech, at_start=True)
    try:
        assert kiosk.read_aloud is not None
        assert not kiosk.read_aloud.toggle.isVisible() and not kiosk.read_aloud.on
        qtbot.keyClick(kiosk.window, Qt.Key.Key_F2)
        assert not kiosk.read_aloud.on and speech.spoken == []
    finally:
        kiosk.close()
