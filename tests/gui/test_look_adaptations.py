"""The card's special status sets the look for the visit (kiosk.ui.look_toggle): a white cane
larger text, a yellow cane larger text in high contrast; from the confirm page to the receipt,
never into the next visit, never weaker than what the visitor chose."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.flow import Step
from kiosk.ui.i18n import Translations
from kiosk.ui.look import Look
from kiosk.ui.look_toggle import LookToggle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import PageContext
from kiosk.ui.theme import style_sheet
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import next_visit
from tests.helpers.specimens import specimen_read

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def toggle(qtbot, ctx: PageContext, translations: Translations) -> Iterator[LookToggle]:
    win = MainWindow(ctx, translations)
    win.setStyleSheet(style_sheet())
    look_toggle = LookToggle(win)
    win.show()
    yield look_toggle
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(
    ("profile", "look", "checked"),
    [
        ("white-cane", Look.LARGE_TEXT, False),
        ("yellow-cane", Look.LARGE_HIGH_CONTRAST, True),
        ("nl-citizen", Look.STANDARD, False),
    ],
)
def test_the_cards_status_sets_the_look_until_the_visit_ends(
    toggle: LookToggle, ctx: PageContext, clock: FakeClock, profile: str, look: Look, checked: bool
) -> None:
    window, flow = toggle.window, ctx.flow
    next_visit(flow, clock, Step.INSERT_CARD, "fr", citizen=profile)
    assert window.look is Look.STANDARD  # nothing is known before the card
    next_visit(flow, clock, Step.CONFIRM_IDENTITY, "fr", citizen=profile)
    assert window.look is look and toggle.toggle.isChecked() is checked
    next_visit(flow, clock, Step.DONE, "fr", citizen=profile)
    # the receipt: the flow has wiped the card and its status, the look stays for the visit
    assert flow.step is Step.DONE and not flow.adaptations
    assert window.look is look
    flow.next()  # "Finish"
    assert flow.step is Step.WELCOME and window.look is Look.STANDARD
    next_visit(flow, clock, Step.CONFIRM_IDENTITY, "nl")  # the next visitor: no status
    assert window.look is Look.STANDARD and not toggle.toggle.isChecked()


def test_the_visitors_high_contrast_is_kept_with_a_white_cane_card(
    toggle: LookToggle, ctx: PageContext, clock: FakeClock
) -> None:
    next_visit(ctx.flow, clock, Step.INSERT_CARD, "en", citizen="white-cane")
    toggle.toggle.click()
    assert toggle.window.look is Look.LARGE_HIGH_CONTRAST
    ctx.flow.card_inserted()
    ctx.flow.card_read(specimen_read("white-cane"))
    assert ctx.flow.step is Step.CONFIRM_IDENTITY and ctx.flow.adaptations.large_text
    assert toggle.window.look is Look.LARGE_HIGH_CONTRAST  # never weaker than chosen


def test_the_visitor_may_switch_the_cards_look_off(
    toggle: LookToggle, ctx: PageContext, clock: FakeClock
) -> None:
    flow = ctx.flow
    next_visit(flow, clock, Step.CONFIRM_IDENTITY, "de", citizen="yellow-cane")
    toggle.toggle.click()
    assert toggle.window.look is Look.STANDARD
    flow.next()  # "Yes, this is me": the card does not set the look a second time
    assert flow.step is Step.CONSENT and toggle.window.look is Look.STANDARD


@pytest.mark.parametrize(
    ("status", "look"), [("5", Look.LARGE_HIGH_CONTRAST), ("2", Look.STANDARD)]
)
def test_the_representation_page_is_shown_in_the_cards_look(
    toggle: LookToggle, ctx: PageContext, status: str, look: Look
) -> None:
    flow = ctx.flow
    read = specimen_read("nl-citizen")
    card = dataclasses.replace(
        read, identity=dataclasses.replace(read.identity, special_status=status)
    )
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(card)
    assert flow.step is Step.REPRESENTATION and flow.session.card is None
    assert toggle.window.look is look


def test_the_look_a_card_sets_is_not_logged(
    toggle: LookToggle, ctx: PageContext, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def logged(profile: str) -> list[str]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            next_visit(ctx.flow, clock, Step.CONFIRM_IDENTITY, "nl", citizen=profile)
            ctx.flow.cancel()
        return [re.sub(r"\d+ ms", "N ms", r.getMessage()) for r in caplog.records]

    plain = logged("nl-citizen")
    for profile in ("yellow-cane", "white-cane"):
        assert logged(profile) == plain, profile  # the lines of a visit without a status
