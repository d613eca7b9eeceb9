"""The first pages of the visit on their own: welcome, privacy, card, identity, under-16 and
the inactivity warning. Each page is built on a :class:`PageContext` and driven through the
flow, without the main window or hardware."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk import disclosure
from kiosk.cardreader import errors as card_errors
from kiosk.cardreader.identity_fields import BirthDate
from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import Step
from kiosk.flow import errors as codes
from kiosk.ui.i18n import LANGUAGE_NAMES, Translations
from kiosk.ui.messages import card_message, message
from kiosk.ui.page import Page, PageContext
from kiosk.ui.pages.card import CardPage
from kiosk.ui.pages.identity import IdentityPage, format_birth_date
from kiosk.ui.pages.privacy import PrivacyPage, declared_texts
from kiosk.ui.pages.still_there import StillTherePage
from kiosk.ui.pages.under16 import Under16Page
from kiosk.ui.pages.welcome import CHOOSE, GREETINGS, PURPOSE, WelcomePage
from tests.gui.conftest import widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of, specimen_read

pytestmark = pytest.mark.gui


def _page(qtbot: QtBot, cls: type[Page], ctx: PageContext) -> Page:
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 620)  # the page area of the stand's 1280x800 screen
    page.enter()
    return page


def _text(page: Page) -> str:
    return "\n".join(widget_texts(page))


# ---------------------------------------------------------------- welcome


def test_welcome_offers_the_four_languages_in_their_own_names(
    qtbot: QtBot, ctx: PageContext
) -> None:
    page = _page(qtbot, WelcomePage, ctx)
    buttons = page.language_buttons  # type: ignore[attr-defined]
    assert {code: b.text() for code, b in buttons.items()} == LANGUAGE_NAMES
    text = _text(page)
    for greeting in (*GREETINGS.values(), *CHOOSE.values()):
        assert greeting in text
    assert not any(b.hasFocus() for b in buttons.values())  # no language looks pre-chosen
    assert page.nav().primary is None and not page.nav().back and not page.nav().stop


def test_choosing_a_language_starts_the_visit_in_it(qtbot: QtBot, ctx: PageContext) -> None:
    page = _page(qtbot, WelcomePage, ctx)
    QTest.mouseClick(page.language_buttons["de"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert ctx.flow.step is Step.PRIVACY and ctx.flow.language == "de"
    # A second tap while the next page appears is ignored, not an error.
    QTest.mouseClick(page.language_buttons["nl"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert ctx.flow.step is Step.PRIVACY and ctx.flow.language == "de"


# ---------------------------------------------------------------- privacy


def test_the_privacy_notice_says_what_is_read_and_what_is_not(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock
) -> None:
    reach(ctx.flow, clock, Step.PRIVACY)
    text = _text(_page(qtbot, PrivacyPage, ctx))
    for needed in (
        "national number",
        "date of birth",
        "names",
        "identity card",
        "never stored or sent",
        "address",
        "Brussels Health Network",
        "dpo@abrumet.be",
        "Data Protection Authority",
    ):
        assert needed in text, needed


def test_the_read_and_sent_lists_are_the_declaration(qtbot: QtBot, ctx: PageContext) -> None:
    """kiosk/disclosure.py is the one source of both lists: every item has its text."""
    assert set(declared_texts()) == {
        *disclosure.read_labels("minimal"),
        *disclosure.read_labels("card"),
        *disclosure.labels(disclosure.SENT),
        *(label for _, _, label in disclosure.NOT_READ),
    }
    assert all(source == text for source, text in declared_texts().items())  # English
    page = _page(qtbot, PrivacyPage, ctx)
    shown = [item.text() for item in page._read_items]  # type: ignore[attr-defined]
    assert shown == disclosure.labels(disclosure.READ)
    shown = [item.text() for item in page._sent_items]  # type: ignore[attr-defined]
    assert shown == disclosure.labels(disclosure.sent("minimal"))
    assert not any("signed copy" in text for text in shown)


def test_with_card_evidence_the_notice_says_the_signed_copy_is_sent(
    qtbot: QtBot, ctx: PageContext
) -> None:
    ctx.evidence = "card"
    page = _page(qtbot, PrivacyPage, ctx)
    shown = [item.text() for item in page._read_items]  # type: ignore[attr-defined]
    assert shown == disclosure.read_labels("card")
    assert not any("They are not sent" in text for text in shown)
    shown = [item.text() for item in page._sent_items]  # type: ignore[attr-defined]
    assert shown == disclosure.labels(disclosure.sent("card"))
    assert any("signed copy of your card's identity file" in text for text in shown)
    assert "We do not read your address." in _text(page)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_declared_lists_are_translated(
    qtbot: QtBot, ctx: PageContext, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    texts = declared_texts()
    assert all(texts[source] != source for source in texts), language
    text = _text(_page(qtbot, PrivacyPage, ctx))
    for source in disclosure.labels(disclosure.sent("minimal")):
        assert texts[source] in text


def test_without_the_photo_setting_the_notice_says_the_photo_is_not_read(
    qtbot: QtBot, ctx: PageContext
) -> None:
    ctx.show_photo = False
    text = _text(_page(qtbot, PrivacyPage, ctx))
    assert "Not your photo." in text and "Your photo" not in text


def test_continue_asks_for_the_card(qtbot: QtBot, ctx: PageContext, clock: FakeClock) -> None:
    reach(ctx.flow, clock, Step.PRIVACY)
    page = _page(qtbot, PrivacyPage, ctx)
    assert page.nav().primary and page.validate() is None
    page.apply()
    assert ctx.flow.step is Step.INSERT_CARD


# ---------------------------------------------------------------- card


def test_the_card_page_follows_the_three_steps(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock
) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.INSERT_CARD)
    page = _page(qtbot, CardPage, ctx)
    assert "chip first" in _text(page).lower()
    assert page.nav().primary is None  # the card moves the visit on
    assert page.progress.isHidden()  # type: ignore[attr-defined]
    flow.card_inserted()
    page.enter()
    assert "Reading your card" in _text(page)
    assert not page.progress.isHidden() and not page.nav().back  # type: ignore[attr-defined]
    flow.card_failed(card_errors.CardRemovedError())
    flow.card_removed()  # the monitor reports the removal after the failed read
    page.enter()
    assert message("card-removed") in _text(page)
    assert page.nav().primary == "Try again"
    page.apply()
    assert flow.step is Step.INSERT_CARD  # the card is out: ask for it again


@pytest.mark.parametrize(
    "error",
    [
        card_errors.NoReaderError(),
        card_errors.NoPcscServiceError(),
        card_errors.NotAnEidCardError(),
        card_errors.CardDataInvalidError(),
        card_errors.UnknownRootError(),
        card_errors.CardReadError(),
        RuntimeError("a bug"),
    ],
)
def test_every_card_error_has_its_own_recovery_text(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock, error: BaseException
) -> None:
    reach(ctx.flow, clock, Step.READING)
    ctx.flow.card_failed(error)
    page = _page(qtbot, CardPage, ctx)
    code = ctx.flow.error_code
    assert page.instruction.text() == card_message(code)  # type: ignore[attr-defined]
    assert page.instruction.text() and "a bug" not in _text(page)  # type: ignore[attr-defined]


def test_a_refused_card_shows_why_and_nothing_from_it(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock
) -> None:
    reach(ctx.flow, clock, Step.READING)
    expired = specimen_read("expired")
    ctx.flow.card_read(expired)
    assert ctx.flow.step is Step.CARD_ERROR
    page = _page(qtbot, CardPage, ctx)
    text = _text(page)
    assert message(codes.CARD_EXPIRED) in text
    assert not [s for s in secrets_of(expired) if s in text]


def test_the_reader_state_is_shown_while_waiting_for_a_card(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock
) -> None:
    reach(ctx.flow, clock, Step.INSERT_CARD)
    page = _page(qtbot, CardPage, ctx)
    notice: QLabel = page.reader_notice  # type: ignore[attr-defined]
    page.set_reader_state(ReaderState.NO_READER.value)
    assert notice.text() == message("no-reader") and not notice.isHidden()
    page.set_reader_state(ReaderState.NO_SERVICE.value)
    assert notice.text() == message("no-pcsc-service")
    page.set_reader_state(ReaderState.READY.value)
    assert notice.text() == "The card reader is ready." and notice.property("role") == "hint"
    page.set_reader_state(ReaderState.STARTING.value)
    assert notice.isHidden()


def test_a_card_left_by_the_last_visitor_must_come_out_first(
    qtbot: QtBot, ctx: PageContext
) -> None:
    flow = ctx.flow
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.cancel()  # the visitor walks away; their card stays in the reader
    flow.start()
    flow.next()
    assert flow.step is Step.INSERT_CARD and flow.stale_card_in_reader
    page = _page(qtbot, CardPage, ctx)
    assert "take the card out" in _text(page).lower()


# ---------------------------------------------------------------- identity


def test_the_identity_page_shows_the_person_with_a_masked_number(
    qtbot: QtBot, identity_ctx: PageContext
) -> None:
    identity_ctx.flow.choose_language("en")
    page = _page(qtbot, IdentityPage, identity_ctx)
    identity = specimen_read("nl-citizen").identity
    text = _text(page)
    assert f"{identity.first_names} {identity.surname}" in text
    assert "12 March 1951" in text
    assert identity.masked_national_number in text
    assert identity.national_number not in text
    assert identity.card_number not in text
    assert not page.photo.pixmap().isNull()  # type: ignore[attr-defined]


def test_the_birth_date_is_written_in_the_visitors_language(
    qtbot: QtBot, identity_ctx: PageContext
) -> None:
    identity_ctx.flow.choose_language("de")
    page = _page(qtbot, IdentityPage, identity_ctx)
    assert page.birth.text() == "12. März 1951"  # type: ignore[attr-defined]
    identity_ctx.flow.choose_language("fr")
    page.retranslate()
    assert page.birth.text() == "12 mars 1951"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("birth", "text"),
    [
        (BirthDate("12 MAR 1951", 1951, 3, 12), "12 March 1951"),
        (BirthDate("MAR 1951", 1951, 3, None), "March 1951"),
        (BirthDate("1951", 1951, None, None), "1951"),
        (BirthDate("??"), "??"),
    ],
)
def test_partial_birth_dates_show_what_is_known(birth: BirthDate, text: str) -> None:
    assert format_birth_date(birth, "en") == text


def test_without_the_photo_setting_no_photo_is_shown(
    qtbot: QtBot, identity_ctx: PageContext
) -> None:
    identity_ctx.show_photo = False
    page = _page(qtbot, IdentityPage, identity_ctx)
    assert page.photo.pixmap().isNull() and page.photo.isHidden()  # type: ignore[attr-defined]


def test_yes_goes_on_to_the_consent(qtbot: QtBot, identity_ctx: PageContext) -> None:
    page = _page(qtbot, IdentityPage, identity_ctx)
    QTest.mouseClick(page.yes, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert identity_ctx.flow.step is Step.CONSENT


def test_not_me_ends_the_visit_and_clear_forgets_everything(
    qtbot: QtBot, identity_ctx: PageContext
) -> None:
    page = _page(qtbot, IdentityPage, identity_ctx)
    secrets = secrets_of(specimen_read("nl-citizen"))
    QTest.mouseClick(page.no, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert identity_ctx.flow.step is Step.WELCOME
    assert identity_ctx.flow.session.is_empty()
    page.clear()  # what the main window does on every return to welcome
    text = _text(page)
    assert not [s for s in secrets if s in text]
    assert "1951" not in text
    assert page.photo.pixmap().isNull()  # type: ignore[attr-defined]


def test_the_identity_buttons_have_equal_touch_size(
    qtbot: QtBot, identity_ctx: PageContext
) -> None:
    page = _page(qtbot, IdentityPage, identity_ctx)
    yes: QPushButton = page.yes  # type: ignore[attr-defined]
    no: QPushButton = page.no  # type: ignore[attr-defined]
    assert yes.sizePolicy() == no.sizePolicy()
    assert yes.accessibleName() == "Yes, this is me"
    assert no.accessibleName() == "No, this is not me"


# ---------------------------------------------------------------- under 16


def test_a_child_is_sent_kindly_to_the_representative_route(
    qtbot: QtBot, ctx: PageContext, clock: FakeClock
) -> None:
    reach(ctx.flow, clock, Step.UNDER_16)
    page = _page(qtbot, Under16Page, ctx)
    text = _text(page)
    for needed in ("16", "parent", "legal representative", "family doctor", "hospital"):
        assert needed in text, needed
    child = specimen_read("kids")
    assert not [s for s in secrets_of(child) if s in text]
    assert ctx.flow.session.is_empty()
    page.apply()
    assert ctx.flow.step is Step.WELCOME


# ---------------------------------------------------------------- still there


def test_the_warning_counts_down_from_the_flow(
    qtbot: QtBot, identity_ctx: PageContext, clock: FakeClock
) -> None:
    flow = identity_ctx.flow
    flow.tick(clock.advance(flow.config.inactivity_s))
    assert flow.step is Step.STILL_THERE
    page = _page(qtbot, StillTherePage, identity_ctx)
    countdown: QLabel = page.countdown  # type: ignore[attr-defined]
    assert countdown.text() == "15"
    clock.advance(4.5)
    qtbot.waitUntil(lambda: countdown.text() == "11", timeout=5000)  # page timer
    assert page.nav().primary is None  # never in the footer (see the module docstring)
    QTest.mouseClick(page.here, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert flow.step is Step.CONFIRM_IDENTITY
    page.clear()
    assert countdown.text() == ""


def test_the_countdown_is_empty_off_its_step(qtbot: QtBot, ctx: PageContext) -> None:
    page = _page(qtbot, StillTherePage, ctx)
    assert page.countdown.text() == ""  # type: ignore[attr-defined]


def test_fixtures_reach_every_step(clock: FakeClock) -> None:
    """The shared ``reach`` helper works for every step (other GUI tests rely on it)."""
    from tests.gui.conftest import demo_flow
    from tests.helpers.submit import RecordingSubmit

    for step in Step:
        fresh = FakeClock()
        flow = demo_flow(fresh, RecordingSubmit())
        reach(flow, fresh, step)
        assert flow.step is step


def test_the_welcome_purpose_uses_the_glossary_terms() -> None:
    """i18n/README.md: "share (health data)" is "Austausch" in German, as on the consent page."""
    assert "Austausch Ihrer Gesundheitsdaten" in PURPOSE["de"]
    assert "Teilen" not in PURPOSE["de"]
    assert "partage de vos données de santé" in PURPOSE["fr"]
    assert "gezondheidsgegevens te delen" in PURPOSE["nl"]
