"""The card's special status through the real main window, with the demo reader's specimen cards:
a white cane turns read aloud on at the confirm page (the speech engine behind its interface),
for this visit only; extended minority shows the representation page, names nobody and queues
nothing."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.flow import Step
from kiosk.ui.pages.representation import RepresentationPage
from tests.gui.test_full_flow import child, click, ready, wait_step
from tests.gui.test_read_aloud import make_kiosk, never_private, said_on_page
from tests.helpers.clocks import FakeClock
from tests.helpers.specimens import secrets_of, specimen_read
from tests.helpers.speech import RecordingSpeech

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

pytestmark = pytest.mark.gui

_TELLING = re.compile(r"status|cane|minorit|represent|adapt", re.I)


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


def insert_card(
    qtbot: QtBot, kiosk: Kiosk, profile: str, language: str, *, by_panel: bool = False
) -> None:
    """Language -> privacy -> insert ``profile``'s specimen card in the demo reader (with
    ``by_panel``, as a presenter does: through the header's demo panel)."""
    window = kiosk.window
    ready(qtbot, kiosk)
    click(qtbot, window.pages[Step.WELCOME].language_buttons[language])  # type: ignore[attr-defined]
    click(qtbot, window.primary_button)  # "I understand, continue"
    assert kiosk.flow.step is Step.INSERT_CARD
    reader = kiosk.services.demo_reader
    assert reader is not None
    if by_panel:
        toggle = window.findChild(QAbstractButton, "demoToggle")
        assert toggle is not None
        click(qtbot, toggle)
        choice = window.findChild(QAbstractButton, f"demo-{profile}")
        assert choice is not None and choice.isVisible() and choice.text()
        click(qtbot, choice)
        assert reader.inserted == profile
    else:
        reader.insert(profile)


def test_a_white_cane_turns_read_aloud_on_at_the_confirm_page_for_this_visit(
    qtbot: QtBot, kiosk: Kiosk, speech: RecordingSpeech
) -> None:
    read_aloud = kiosk.read_aloud
    assert read_aloud is not None and not read_aloud.on
    insert_card(qtbot, kiosk, "white-cane", "fr", by_panel=True)
    assert speech.heard == []  # read aloud is off: nothing said before the card
    wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
    assert kiosk.flow.adaptations.speech
    assert read_aloud.on and read_aloud.details.isVisible()
    said = said_on_page(kiosk, speech, "fr")  # the confirm page's heading, in French
    never_private(said, secrets_of(specimen_read("white-cane")))

    click(qtbot, child(kiosk, QAbstractButton, "thisIsMe"))
    assert kiosk.flow.step is Step.CONSENT
    said_on_page(kiosk, speech, "fr")  # on for the rest of the visit

    click(qtbot, read_aloud.toggle)  # the visitor may still switch it off
    assert not read_aloud.on
    click(qtbot, kiosk.window.current_page.agree)  # type: ignore[attr-defined]
    assert kiosk.flow.step is Step.TRUSTED_PERSON and not read_aloud.on
    assert speech.take() == []

    kiosk.services.demo_reader.remove()  # type: ignore[union-attr]
    wait_step(qtbot, kiosk, Step.WELCOME)  # the visit is wiped, and its adaptation
    assert not read_aloud.on and not kiosk.flow.adaptations

    insert_card(qtbot, kiosk, "nl-citizen", "nl")  # the next visitor: no status, no speech
    wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
    assert not read_aloud.on and speech.take() == []


def test_without_a_speech_engine_a_white_cane_visit_goes_on_silently(
    qtbot: QtBot, clock: FakeClock
) -> None:
    silent = RecordingSpeech(available=False)
    kiosk = make_kiosk(qtbot, clock, silent)
    try:
        insert_card(qtbot, kiosk, "white-cane", "en")
        wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
        assert kiosk.read_aloud is not None
        assert not kiosk.read_aloud.on and not kiosk.read_aloud.toggle.isVisible()
        assert silent.heard == []
    finally:
        kiosk.close()


@pytest.mark.parametrize("language", ["nl", "de"])
def test_extended_minority_shows_the_representation_page_and_queues_nothing(
    qtbot: QtBot, kiosk: Kiosk, language: str, caplog: pytest.LogCaptureFixture
) -> None:
    card = specimen_read("extended-minority")

    def submissions() -> int:  # the audit log may hold earlier tests' demo lines
        return sum(e.get("action") == "submission" for e in kiosk.services.audit.entries())

    audited = submissions()
    with caplog.at_level(logging.DEBUG):
        insert_card(qtbot, kiosk, "extended-minority", language, by_panel=True)
        wait_step(qtbot, kiosk, Step.REPRESENTATION)
        page = kiosk.window.current_page
        assert isinstance(page, RepresentationPage)
        texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
        shown = "\n".join(texts)
        assert page.title.text() != "A legal representative acts for the holder of this card"
        for secret in secrets_of(card):
            assert secret not in shown
        assert kiosk.flow.session.is_empty() and not kiosk.flow.adaptations
        kiosk.window._attempt(kiosk.flow.back)  # a refused action is logged with its step
        assert kiosk.window.error_banner.isVisible()
        click(qtbot, kiosk.window.primary_button)  # "Back to the start"
        assert kiosk.flow.step is Step.WELCOME
    outbox = kiosk.services.outbox
    assert outbox is not None and outbox.undelivered_payloads() == []
    assert submissions() == audited
    # Every log line but the demo panel's own, which names the fictitious card the presenter
    # chose: the kiosk's lines (flow, reader, window) say nothing of the status.
    messages = [r.getMessage() for r in caplog.records if r.name != "kiosk.ui.demo_panel"]
    assert messages and not [m for m in messages if _TELLING.search(m)]
    assert not [m for m in messages for s in secrets_of(card) if s in m]
    figures = kiosk.services.figures.figures()  # counted as a visitor who left, nothing more
    assert figures.cards_read == 1 and dict(figures.abandoned_by_step) == {"confirm-identity": 1}
