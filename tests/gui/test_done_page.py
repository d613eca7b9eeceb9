"""The receipt: the reference, the QR code to the portal in the visitor's language, the countdown
back to the welcome screen, "Finish", and nothing left behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import Step
from kiosk.ui.page import PageContext
from kiosk.ui.pages.done import (
    DEFAULT_PORTAL_URLS,
    DonePage,
    display_address,
    portal_url,
    receipt_link,
)
from kiosk.ui.widgets.qr import qr_matrix
from tests.gui.conftest import PORTAL_URLS, REFERENCE, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of

if TYPE_CHECKING:
    from kiosk.ui.app import Kiosk

WAIT_MS = 10_000  # card reads and the queue opening on a loaded machine; normally milliseconds

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so whenever a top-level window is shown; harmless
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def done_page(qtbot, ctx: PageContext, clock: FakeClock, language: str = "en") -> DonePage:
    ctx.flow.choose_language(language)
    reach(ctx.flow, clock, Step.DONE)
    page = DonePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.enter()
    return page


def test_shows_the_reference_and_a_qr_code_for_it(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    page = done_page(qtbot, ctx, clock)
    assert page.reference_label.text() == REFERENCE == ctx.flow.reference
    expected = receipt_link(PORTAL_URLS["en"], REFERENCE)
    assert page.qr.text() == expected
    assert page.qr.matrix() == qr_matrix(expected)
    assert page.address.text() == "brusselshealthnetwork.be/en"
    # spelled out for screen readers, character by character
    assert page.reference_label.accessibleName() == "Your reference: T E S T - R E F 1"
    assert page.qr.accessibleName()
    nav = page.nav()
    assert nav.primary == "Finish" and not nav.back and not nav.stop


def test_the_qr_code_on_screen_decodes_to_the_portal_and_reference(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp", reason="optional QR decoder (pip install zxing-cpp)")
    page = done_page(qtbot, ctx, clock, language="nl")
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = [code.text for code in zxingcpp.read_barcodes(image)]
    assert found == [f"{PORTAL_URLS['nl']}#ref={REFERENCE}"]


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_portal_follows_the_visitors_language(
    qtbot, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    page = done_page(qtbot, ctx, clock, language=language)
    assert page.qr.text() == receipt_link(PORTAL_URLS[language], REFERENCE)


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_default_portal_when_the_stand_sets_none(
    qtbot, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    ctx.portal_urls = None
    page = done_page(qtbot, ctx, clock, language=language)
    site = {"de": "en"}.get(language, language)  # BHN has no German site
    assert page.qr.text() == f"https://brusselshealthnetwork.be/{site}/#ref={REFERENCE}"
    assert page.address.text() == f"brusselshealthnetwork.be/{site}"


def test_portal_url_fallbacks() -> None:
    assert portal_url({"fr": "https://example.be/fr"}, "fr") == "https://example.be/fr"
    assert portal_url({"fr": "https://example.be/fr"}, "nl") == DEFAULT_PORTAL_URLS["nl"]
    assert portal_url({"nl": ""}, "nl") == DEFAULT_PORTAL_URLS["nl"]
    assert portal_url(None, "xx") == DEFAULT_PORTAL_URLS["en"]


def test_receipt_link_keeps_the_address_and_replaces_any_fragment() -> None:
    assert receipt_link("https://a.be/nl/", "ABCD-EF23") == "https://a.be/nl/#ref=ABCD-EF23"
    assert receipt_link("https://a.be/p?x=1#top", "AB CD") == "https://a.be/p?x=1#ref=AB%20CD"
    assert display_address("https://www.a.be/fr/") == "a.be/fr"
    assert display_address("https://portal.a.be") == "portal.a.be"


def test_countdown_follows_the_flow_and_a_touch_gives_more_time(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    page = done_page(qtbot, ctx, clock)
    ending = int(ctx.flow.config.ending_s)
    assert page.countdown.text() == f"This screen closes by itself in {ending} second(s)."
    clock.advance(5)
    qtbot.waitUntil(lambda: f" {ending - 5} second" in page.countdown.text())
    ctx.flow.user_activity()  # someone is still copying the code
    qtbot.waitUntil(lambda: f" {ending} second" in page.countdown.text())


def test_the_page_stops_counting_when_the_flow_moves_on(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    page = done_page(qtbot, ctx, clock)
    ctx.flow.tick(clock.advance(ctx.flow.config.ending_s + 1))
    assert ctx.flow.step is Step.WELCOME
    qtbot.waitUntil(lambda: page.countdown.text() == "")
    assert not page._timer.isActive()


def test_finish_returns_to_the_welcome_screen(qtbot, ctx: PageContext, clock: FakeClock) -> None:
    page = done_page(qtbot, ctx, clock)
    page.apply()
    assert ctx.flow.step is Step.WELCOME
    assert ctx.flow.session.is_empty()


def test_the_timer_runs_only_while_the_page_shows(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    page = done_page(qtbot, ctx, clock)
    page.show()
    qtbot.waitExposed(page)
    assert page._timer.isActive()
    page.hide()
    QCoreApplication.processEvents()
    assert not page._timer.isActive()
    page.show()  # shown again while the receipt is still the current step
    qtbot.waitExposed(page)
    assert page._timer.isActive()


def test_clear_leaves_nothing_behind(qtbot, ctx: PageContext, clock: FakeClock) -> None:
    page = done_page(qtbot, ctx, clock)
    page.apply()
    page.clear()
    everything = " ".join(widget_texts(page))
    assert REFERENCE not in everything and "brusselshealthnetwork" not in everything
    assert "second" not in everything
    assert page.qr.text() == "" and page.qr.matrix() == ()
    assert not page._timer.isActive()
    assert "Thank you!" in everything  # the page itself is still usable for the next visit


def test_a_refusal_walks_from_the_decision_to_the_receipt_in_the_real_window(
    kiosk_window: Kiosk, qtbot
) -> None:
    """The whole of this part in the main window, with the demo card and the demo queue."""
    kiosk, flow = kiosk_window, kiosk_window.flow
    window, reader = kiosk.window, kiosk.services.demo_reader
    assert reader is not None
    qtbot.waitUntil(lambda: kiosk.reader_link is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
    flow.start()
    flow.next()
    reader.insert("nl-citizen")
    qtbot.waitUntil(lambda: flow.step is Step.CONFIRM_IDENTITY, timeout=WAIT_MS)
    card = flow.session.card
    assert card is not None
    secrets = secrets_of(card)
    flow.next()  # "yes, this is me" (the identity page's own test clicks it)
    assert flow.step is Step.CONSENT and not window.primary_button.isVisible()

    QTest.mouseClick(window.current_page.decline, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert flow.step is Step.CONFIRM_REFUSAL
    QTest.mouseClick(window.current_page.confirm, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert flow.step is Step.REVIEW
    assert window.primary_button.text() == "Confirm and send"
    window.primary_button.click()
    assert flow.step is Step.DONE, flow.error_code

    # A refusal is only counted: nothing stored or sent, so no reference, and the page says so.
    page = window.current_page
    assert isinstance(page, DonePage)
    assert flow.nothing_sent and flow.reference is None
    assert page.reference_label.text() == "" and not page.reference_label.isVisible()
    assert "Nothing about you was stored or sent" in "\n".join(widget_texts(page))
    assert "#ref=" not in page.qr.text()
    outbox = kiosk.services.outbox
    assert outbox is not None and outbox.status().undelivered == 0
    assert page.countdown.text()  # it still closes by itself
    reader.remove()  # the citizen takes the card: the receipt stays
    qtbot.waitUntil(lambda: kiosk.reader_link.state is not ReaderState.CARD, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert flow.step is Step.DONE

    window.primary_button.click()  # "Finish"
    assert flow.step is Step.WELCOME
    text = "\n".join(widget_texts(window))
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize("demo", [True, False])
def test_in_demonstration_mode_the_receipt_says_nothing_was_sent(
    qtbot, ctx: PageContext, clock: FakeClock, demo: bool
) -> None:
    ctx.demo = demo
    text = "\n".join(widget_texts(done_page(qtbot, ctx, clock)))
    assert ("nothing was sent to the Brussels Health Network" in text) is demo
    assert ("sends it securely" in text) is not demo
    assert REFERENCE in text  # the practice receipt still shows its reference
