"""Demo mode with the applet 1.8 specimen card: "Confirm and send" has the card in the demo
reader sign the submission's challenge (on the monitor thread, as a real reader) and the queued
Bundle says "verified"; its clone is refused on the card error page with nothing queued."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QAbstractButton

from kiosk.flow import Step
from tests.gui.test_full_flow import child, click, ready, wait_step

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

pytestmark = pytest.mark.gui


@pytest.fixture
def kiosk(kiosk_window: Kiosk) -> Kiosk:
    return kiosk_window


def confirm_with(qtbot: QtBot, kiosk: Kiosk, *, clone: bool) -> None:
    """English, privacy, the 1.8 specimen card, "this is me", consent, no one, confirm."""
    window, flow, reader = kiosk.window, kiosk.flow, kiosk.services.demo_reader
    assert reader is not None
    ready(qtbot, kiosk)
    click(qtbot, window.pages[Step.WELCOME].language_buttons["en"])  # type: ignore[attr-defined]
    click(qtbot, window.primary_button)  # "I understand, continue"
    reader.insert("applet18", clone=clone)
    wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
    click(qtbot, child(kiosk, QAbstractButton, "thisIsMe"))
    click(qtbot, kiosk.window.current_page.agree)  # type: ignore[attr-defined]
    click(qtbot, window.primary_button)  # no trusted person: "Next"
    click(qtbot, window.primary_button)  # no exclusion: "Next"
    assert flow.step is Step.REVIEW
    click(qtbot, window.primary_button)  # "Confirm and send"


def test_the_18_specimen_card_signs_its_submission(qtbot: QtBot, kiosk: Kiosk) -> None:
    confirm_with(qtbot, kiosk, clone=False)
    assert kiosk.flow.step is Step.DONE, kiosk.flow.error_code
    outbox = kiosk.services.outbox
    assert outbox is not None
    ((_, raw, demo),) = outbox.undelivered_payloads()
    provenance = json.loads(raw)["entry"][-1]["resource"]
    assert demo and provenance["entity"][0]["extension"][0]["valueCoding"]["code"] == "verified"


def test_its_clone_is_refused_and_nothing_is_queued(qtbot: QtBot, kiosk: Kiosk) -> None:
    confirm_with(qtbot, kiosk, clone=True)
    flow = kiosk.flow
    assert flow.step is Step.CARD_ERROR and flow.error_code == "card-clone"
    assert kiosk.window.current_page is kiosk.window.pages[Step.CARD_ERROR]
    assert flow.session.card is None
    outbox = kiosk.services.outbox
    assert outbox is not None and outbox.undelivered_payloads() == []
    (line,) = [e for e in kiosk.services.audit.entries() if e.get("detail") == "card-clone"]
    assert line["outcome"] == "refused" and "subject" not in line
