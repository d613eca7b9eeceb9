"""The trusted-person pages: the list, the typed form with live validation, and the card swap.

Pages are driven through the real flow with verified specimen card reads (``nl-citizen`` is
the citizen, ``fr-citizen`` the trusted person); typing goes through the on-screen keyboard's
keys and clicks through Qt. The card swap runs end to end in the real main window.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.cardreader import errors as card_errors
from kiosk.flow import FlowConfig, FlowError, Step
from kiosk.flow import errors as codes
from kiosk.flow.machine import EnrolmentFlow
from kiosk.ui.i18n import Translations
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import message
from kiosk.ui.page import Page, PageContext
from kiosk.ui.pages.swap import SwapPage
from kiosk.ui.pages.trusted import TrustedPage
from kiosk.ui.pages.trusted_typed import (
    TrustedTypedPage,
    Verdict,
    card_number_state,
    field_text,
    national_number_state,
)
from kiosk.ui.widgets.keyboard import KeyboardMode
from tests.gui.conftest import widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import TYPED, secrets_of, specimen_read
from tests.helpers.submit import RecordingSubmit

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so whenever a top-level window is shown; harmless
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# A second fictitious trusted person (valid check digits), besides the helpers' TYPED.
OTHER = {
    "national_number": "90020199704",
    "card_number": "591234567829",
    "surname": "Peeters",
    "first_names": "Anna",
}
# The body of a 1280 x 800 screen once the main window's header and footer are drawn.
BODY = (1280, 600)


def host(qtbot, ctx: PageContext, *classes: type[Page]) -> dict[Step, Page]:
    """The pages, shown at the body's size, entered whenever the flow reaches their steps (as
    the main window does, after the pages' own observers)."""
    pages: dict[Step, Page] = {}
    for cls in classes:
        page = cls(ctx)
        qtbot.addWidget(page)
        page.resize(*BODY)
        page.show()
        for step in cls.steps:
            pages[step] = page

    def observer(old: Step, new: Step) -> None:
        if new in pages:
            pages[new].enter()

    ctx.flow.add_observer(observer)
    if ctx.flow.step in pages:
        pages[ctx.flow.step].enter()
    return pages


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_keys(qtbot, page: TrustedTypedPage, text: str) -> None:
    """Type ``text`` on the page's on-screen keyboard, switching layouts as a citizen would."""
    keyboard = page.keyboard
    for char in text:
        name = {" ": "space"}.get(char, char.lower())
        wanted = KeyboardMode.DIGITS if char.isdigit() else KeyboardMode.LETTERS
        if keyboard.mode() is not wanted:
            click(qtbot, keyboard.key("to-digits" if char.isdigit() else "to-letters"))
        if char.isupper():
            click(qtbot, keyboard.key("shift"))
        click(qtbot, keyboard.key(name))


def focus(qtbot, edit: QWidget) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)


def add_typed(flow: EnrolmentFlow, person: Mapping[str, str]) -> None:
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**person, consent_acknowledged=True)


def retranslate(page: QWidget) -> None:
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))


# ---------------------------------------------------------------- the list


def test_trusted_page_explains_and_skips_when_empty(qtbot, ctx, clock) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_PERSON)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    text = " ".join(widget_texts(page))
    for words in ("helps you manage", "You stay the one who decides", "their own informed"):
        assert words in text
    assert page.nav().primary == "Skip"
    assert page.empty_note.isVisible()
    page.apply()
    assert ctx.flow.step is Step.EXCLUSIONS


@pytest.mark.parametrize(
    ("button", "step"),
    [("by_card", Step.SWAP_REMOVE_OWN), ("by_typing", Step.TRUSTED_TYPED)],
)
def test_both_ways_to_add_start_in_the_flow(qtbot, ctx, clock, button: str, step: Step) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_PERSON)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    click(qtbot, getattr(page, button))
    assert ctx.flow.step is step


def test_remove_asks_once_more(qtbot, ctx, clock) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_PERSON)
    add_typed(ctx.flow, TYPED)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    assert page.nav().primary == "Next"
    (row,) = page.rows.rows
    assert row.label.text() == "Marc Janssens"
    assert row.remove.accessibleName() == "Remove Marc Janssens"
    click(qtbot, row.remove)
    assert row.label.text() == "Remove Marc Janssens?"
    click(qtbot, row.no)
    assert len(ctx.flow.trusted_persons) == 1 and row.label.text() == "Marc Janssens"
    click(qtbot, row.remove)
    click(qtbot, row.yes)
    assert ctx.flow.trusted_persons == ()
    assert page.rows.rows == [] and page.nav().primary == "Skip"


def next_tab_stop(widget: QWidget) -> QWidget:
    """The next widget Tab reaches after ``widget`` (visible, enabled, takes Tab focus)."""
    candidate = widget.nextInFocusChain()
    while not (
        candidate.isVisible()
        and candidate.isEnabled()
        and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_goes_from_the_list_to_the_ways_to_add(qtbot, ctx, clock) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_PERSON)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    add_typed(ctx.flow, TYPED)
    add_typed(ctx.flow, OTHER)
    ctx.flow.remove_trusted_person(1)  # rows are made (and re-made) after the buttons
    (row,) = page.rows.rows
    assert next_tab_stop(row.remove) is page.by_card
    assert next_tab_stop(page.by_card) is page.by_typing


def test_a_full_list_offers_no_more_adding(qtbot, ctx, clock) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_PERSON)
    assert ctx.flow.config.max_trusted_persons == 2
    add_typed(ctx.flow, TYPED)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    assert page.by_card.isEnabled() and not page.full_note.isVisible()
    add_typed(ctx.flow, OTHER)
    assert not page.by_card.isEnabled() and not page.by_typing.isEnabled()
    assert page.full_note.isVisible()
    assert [r.label.text() for r in page.rows.rows] == ["Marc Janssens", "Anna Peeters"]


# ---------------------------------------------------------------- typed: field rules


def test_national_number_states(qapp: QApplication) -> None:
    own = specimen_read("nl-citizen").identity.national_number
    assert national_number_state("", own).verdict is Verdict.EMPTY
    typing = national_number_state("85.07.30-033", own)
    assert typing.verdict is Verdict.TYPING and typing.message == "9 of 11 digits typed."
    assert national_number_state("85.07.30-033.28", own).verdict is Verdict.OK
    wrong = national_number_state("85073003329", own)  # one check digit off
    assert wrong.verdict is Verdict.WRONG
    assert wrong.message == field_text("invalid-national-number")
    assert national_number_state("8507300332x", own).verdict is Verdict.WRONG
    assert national_number_state("850730033280", own).verdict is Verdict.WRONG
    assert national_number_state(own, own).message == field_text(codes.TRUSTED_PERSON_IS_CITIZEN)
    listed = national_number_state("85073003328", own, ("85073003328",))
    assert listed.message == field_text(codes.DUPLICATE_TRUSTED_PERSON)


def test_card_number_states(qapp: QApplication) -> None:
    assert card_number_state("").verdict is Verdict.EMPTY
    assert card_number_state("592-1234567-32").verdict is Verdict.OK
    assert card_number_state("5921234567").message == "10 of 12 digits typed."
    wrong = card_number_state("592123456733")
    assert wrong.verdict is Verdict.WRONG
    assert wrong.message == field_text("card-number-check-digits")
    assert card_number_state("5921234567321").message == field_text("invalid-card-number")
    # a foreign resident's card: B and 9 digits, the last two checking the first seven
    assert card_number_state("B 1234567 48").verdict is Verdict.OK
    assert card_number_state("b1234567").verdict is Verdict.TYPING
    assert card_number_state("B123456749").verdict is Verdict.WRONG
    assert card_number_state("59A").verdict is Verdict.WRONG


# ---------------------------------------------------------------- typed: the form


@pytest.fixture
def typed_page(qtbot, ctx, clock) -> TrustedTypedPage:
    reach(ctx.flow, clock, Step.TRUSTED_TYPED)
    page = host(qtbot, ctx, TrustedTypedPage)[Step.TRUSTED_TYPED]
    assert isinstance(page, TrustedTypedPage)
    return page


def test_the_keyboard_types_live_checked_numbers(qtbot, typed_page: TrustedTypedPage) -> None:
    page = typed_page
    assert page.keyboard.target() is page.national.edit
    assert page.keyboard.mode() is KeyboardMode.DIGITS
    type_keys(qtbot, page, "8507300332")
    assert page.national.message.text() == "10 of 11 digits typed."
    assert page.national.message.property("role") == "hint"
    type_keys(qtbot, page, "9")
    assert page.national.message.text() == field_text("invalid-national-number")
    assert page.national.message.property("role") == "error"
    assert page.national.edit.property("invalid") is True
    assert page.validate() == field_text("invalid-national-number")
    assert page.nav().primary_enabled is False
    click(qtbot, page.keyboard.key("pad-backspace"))
    type_keys(qtbot, page, "8")
    assert page.national.edit.text() == "85073003328"
    assert page.national.message.text() == ""
    assert page.national.edit.property("invalid") is False


def test_the_citizens_own_number_is_refused_translated(
    qtbot, typed_page: TrustedTypedPage, marking: None
) -> None:
    page = typed_page
    retranslate(page)
    own = specimen_read("nl-citizen").identity.national_number
    type_keys(qtbot, page, own)
    assert page.national.message.text() == "«This is your own number.»"
    assert page.nav().primary_enabled is False
    page.card.edit.setText(TYPED["card_number"])
    page.surname.edit.setText(TYPED["surname"])
    page.acknowledged.setChecked(True)
    assert page.validate() == "«This is your own number.»"
    with pytest.raises(FlowError) as refused:  # the flow refuses it too, with the same code
        page.apply()
    assert refused.value.code == codes.TRUSTED_PERSON_IS_CITIZEN
    assert page.ctx.flow.step is Step.TRUSTED_TYPED


def test_missing_acknowledgement_keeps_add_disabled(qtbot, typed_page: TrustedTypedPage) -> None:
    page, flow = typed_page, typed_page.ctx.flow
    type_keys(qtbot, page, TYPED["national_number"])
    focus(qtbot, page.card.edit)
    type_keys(qtbot, page, TYPED["card_number"])
    focus(qtbot, page.surname.edit)
    assert page.keyboard.mode() is KeyboardMode.LETTERS
    type_keys(qtbot, page, "Van den Broeck")
    focus(qtbot, page.first_names.edit)
    type_keys(qtbot, page, "Élodie")
    assert page.surname.edit.text() == "Van den Broeck"
    assert page.first_names.edit.text() == "Élodie"
    assert page.nav().primary == "Add this person"
    assert page.nav().primary_enabled is False
    assert page.validate() == message(codes.CONSENT_NOT_ACKNOWLEDGED)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.acknowledged)
    assert page.validate() is None and page.nav().primary_enabled is True
    page.apply()
    assert flow.step is Step.TRUSTED_PERSON
    (person,) = flow.trusted_persons
    assert (person.national_number, person.eid_card_number) == ("85073003328", "592123456732")
    assert (person.surname, person.first_names, person.source) == (
        "Van den Broeck",
        "Élodie",
        "typed",
    )
    assert not any("Broeck" in t or "85073003328" in t for t in widget_texts(page))
    assert not page.acknowledged.isChecked()


def test_surname_is_asked_for_only_once_touched(qtbot, typed_page: TrustedTypedPage) -> None:
    page = typed_page
    assert page.surname.message.text() == ""
    focus(qtbot, page.surname.edit)
    type_keys(qtbot, page, "X")
    click(qtbot, page.keyboard.key("backspace"))
    assert page.surname.message.text() == "Please type their surname."


def test_enter_moves_on_and_submits_only_a_complete_form(
    qtbot, ctx, clock, translations: Translations
) -> None:
    reach(ctx.flow, clock, Step.TRUSTED_TYPED)
    window = MainWindow(ctx, translations)
    qtbot.addWidget(window)
    window.show()
    page = window.current_page
    assert isinstance(page, TrustedTypedPage)
    done = page.keyboard.key("pad-done")
    # the window's focus widget: the field that has the focus whenever the window is active
    focused = window.focusWidget
    type_keys(qtbot, page, TYPED["national_number"])
    click(qtbot, done)
    assert focused() is page.card.edit
    type_keys(qtbot, page, TYPED["card_number"])
    click(qtbot, done)
    assert focused() is page.surname.edit and page.keyboard.mode() is KeyboardMode.LETTERS
    type_keys(qtbot, page, "Janssens")
    click(qtbot, page.keyboard.key("done"))
    assert focused() is page.first_names.edit
    click(qtbot, page.keyboard.key("done"))  # incomplete: on to the acknowledgement
    assert focused() is page.acknowledged and ctx.flow.step is Step.TRUSTED_TYPED
    page.acknowledged.setChecked(True)
    assert window.primary_button.isEnabled()
    page.first_names.edit.setFocus()
    page.keyboard.set_target(page.first_names.edit)  # focus events need an active window
    click(qtbot, page.keyboard.key("done"))  # complete: the footer's "Add this person"
    assert ctx.flow.step is Step.TRUSTED_PERSON
    assert [p.surname for p in ctx.flow.trusted_persons] == ["Janssens"]


def test_the_form_is_fresh_from_the_list_but_survives_still_there(
    qtbot, typed_page: TrustedTypedPage, clock: FakeClock
) -> None:
    page, flow = typed_page, typed_page.ctx.flow
    page.national.edit.setText("8507")
    page.acknowledged.setChecked(True)
    flow.tick(clock.advance(flow.config.inactivity_s))
    assert flow.step is Step.STILL_THERE
    flow.user_activity()
    assert flow.step is Step.TRUSTED_TYPED
    assert page.national.edit.text() == "8507" and page.acknowledged.isChecked()
    flow.back()
    flow.type_trusted_person()
    assert page.national.edit.text() == "" and not page.acknowledged.isChecked()
    assert page.national.message.text() == ""


def test_a_language_change_keeps_what_was_typed(
    qtbot, typed_page: TrustedTypedPage, marking: None
) -> None:
    page = typed_page
    page.national.edit.setText("850730")
    page.surname.edit.setText("Janssens")
    retranslate(page)
    assert page.national.label.text() == "«National number»"
    assert page.national.edit.accessibleName() == "«National number»"
    assert page.national.message.text() == "«6 of 11 digits typed.»"
    assert page.national.edit.text() == "850730" and page.surname.edit.text() == "Janssens"
    assert page.keyboard.key("pad-done").text() == "«Done»"


# ---------------------------------------------------------------- the card swap


def test_adding_by_card_swap_end_to_end(
    qtbot, ctx: PageContext, clock: FakeClock, translations: Translations
) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.TRUSTED_PERSON)
    window = MainWindow(ctx, translations)
    qtbot.addWidget(window)
    window.show()
    trusted = window.current_page
    assert isinstance(trusted, TrustedPage)
    click(qtbot, trusted.by_card)
    swap = window.current_page
    assert isinstance(swap, SwapPage)
    assert swap.title.text() == "Take your card out of the reader"
    assert swap.stage.text() == "Step 1 of 5"
    assert not window.primary_button.isVisible() and not window.back_button.isVisible()
    flow.card_removed()
    assert swap.title.text() == "Put your trusted person's card in the reader"
    assert swap.picture.scene().own_card is False
    flow.card_inserted()
    assert swap.busy.isVisible()
    flow.card_read(specimen_read("fr-citizen"))
    assert flow.step is Step.SWAP_CONFIRM_OTHER
    assert swap.person.text() == "Marie Claire Dubois-Specimen"
    assert window.primary_button.isVisible() and not window.primary_button.isEnabled()
    click(qtbot, swap.acknowledged)
    assert window.primary_button.isEnabled()
    click(qtbot, window.primary_button)
    assert flow.step is Step.SWAP_REMOVE_OTHER
    assert swap.person.text() == "" and not swap.cancel.isVisible()
    flow.card_removed()
    assert swap.title.text() == "Put your own card back in the reader"
    assert swap.picture.scene().own_card is True
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert window.current_page is trusted and flow.step is Step.TRUSTED_PERSON
    assert [r.label.text() for r in trusted.rows.rows] == ["Marie Claire Dubois-Specimen"]
    (person,) = flow.trusted_persons
    assert person.source == "card"


@pytest.fixture
def swap_page(qtbot, ctx) -> SwapPage:
    page = host(qtbot, ctx, SwapPage)[Step.SWAP_REMOVE_OWN]
    assert isinstance(page, SwapPage)
    return page


def test_the_citizens_own_card_is_refused_and_cancel_goes_straight_back(
    qtbot, ctx, clock, swap_page: SwapPage
) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.SWAP_INSERT_OTHER)
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is Step.SWAP_OTHER_ERROR
    assert swap_page.title.text() == "This is your own card"
    assert swap_page.nav().primary == "Try again"
    click(qtbot, swap_page.cancel)
    assert flow.step is Step.TRUSTED_PERSON  # their own card is in: nothing to re-check
    assert flow.trusted_persons == ()


def test_a_stranger_card_at_the_end_is_not_accepted(qtbot, ctx, clock, swap_page) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.SWAP_READING_OWN)
    flow.card_read(specimen_read("de-citizen"))
    assert flow.step is Step.SWAP_OWN_ERROR
    assert swap_page.title.text() == "This is not the card you started with"
    assert not swap_page.cancel.isVisible()  # only their own card (or Stop) ends this
    flow.card_removed()
    flow.card_inserted()
    flow.card_failed(card_errors.CardReadError())
    assert swap_page.title.text() == "The card could not be used"
    swap_page.apply()  # "Try again": the card is still in, so read it again
    assert flow.step is Step.SWAP_READING_OWN


def test_every_person_read_is_acknowledged_afresh(qtbot, ctx, clock, swap_page) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.SWAP_CONFIRM_OTHER)
    assert swap_page.validate() is not None
    click(qtbot, swap_page.acknowledged)
    assert swap_page.validate() is None and swap_page.nav().primary_enabled
    flow.card_removed()  # taken out before accepting: read a card again
    flow.card_inserted()
    flow.card_read(specimen_read("fr-citizen"))
    assert not swap_page.acknowledged.isChecked()
    assert swap_page.nav().primary_enabled is False
    with pytest.raises(FlowError):
        flow.accept_trusted_person_card(consent_acknowledged=False)
    click(qtbot, swap_page.cancel)  # "No, do not add this person"
    assert flow.step is Step.SWAP_REMOVE_OTHER
    assert flow.session.pending_card is None


def test_swap_errors_are_explained(qtbot, ctx, clock, swap_page) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.SWAP_READING_OTHER)
    flow.card_failed(card_errors.NotAnEidCardError())
    assert swap_page.title.text() == "This is not a Belgian eID card"
    assert "Belgian eID" in swap_page.detail.text()
    flow.cancel_swap()
    assert flow.step is Step.SWAP_REMOVE_OTHER


def test_a_person_already_listed_is_not_read_twice(qtbot, ctx, clock, swap_page) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.TRUSTED_PERSON)
    marie = specimen_read("fr-citizen").identity.national_number
    add_typed(flow, {**TYPED, "national_number": marie})
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("fr-citizen"))
    assert flow.error_code == codes.DUPLICATE_TRUSTED_PERSON
    assert swap_page.title.text() == "This person is already on your list"
    assert swap_page.cancel.isVisible()


# ---------------------------------------------------------------- privacy and layout


def test_clear_leaves_nothing_of_the_visit(qtbot, ctx, clock) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.TRUSTED_PERSON)
    add_typed(flow, TYPED)
    pages = host(qtbot, ctx, TrustedPage, TrustedTypedPage, SwapPage)
    trusted, typed = pages[Step.TRUSTED_PERSON], pages[Step.TRUSTED_TYPED]
    assert isinstance(typed, TrustedTypedPage)
    trusted.enter()
    flow.begin_card_swap()
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("fr-citizen"))
    typed.national.edit.setText(OTHER["national_number"])
    typed.surname.edit.setText(OTHER["surname"])
    secrets = [
        *secrets_of(specimen_read("fr-citizen")),
        *secrets_of(specimen_read("nl-citizen")),
        *TYPED.values(),
        *OTHER.values(),
    ]
    shown = " ".join(t for page in pages.values() for t in widget_texts(page))
    assert "Marc Janssens" in shown and "Marie Claire Dubois-Specimen" in shown
    flow.cancel()
    for page in dict.fromkeys(pages.values()):
        page.clear()
        texts = widget_texts(page)
        leaks = [s for s in secrets if any(s in t for t in texts)]
        assert leaks == [], f"{type(page).__name__} still shows {len(leaks)} secret(s)"


def test_pages_fit_the_body_with_large_targets(qtbot, ctx, clock, themed: None) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.TRUSTED_PERSON)
    add_typed(flow, TYPED)
    pages = host(qtbot, ctx, TrustedPage, TrustedTypedPage, SwapPage)
    flow.type_trusted_person()
    for page in dict.fromkeys(pages.values()):
        hint = page.minimumSizeHint()
        assert hint.width() <= BODY[0] and hint.height() <= BODY[1], type(page).__name__
    typed = pages[Step.TRUSTED_TYPED]
    assert isinstance(typed, TrustedTypedPage)
    QApplication.processEvents()
    for key in typed.keyboard.findChildren(type(typed.keyboard.key("0"))):
        if key.isVisible():
            assert key.height() >= 64 and key.width() >= 64, key.objectName()


def test_trusted_persons_list_follows_the_config(qtbot, qapp: QApplication) -> None:
    clock = FakeClock()
    flow = EnrolmentFlow(RecordingSubmit(), FlowConfig(max_trusted_persons=1), clock=clock)
    ctx = PageContext(flow=flow)
    reach(flow, clock, Step.TRUSTED_PERSON)
    page = host(qtbot, ctx, TrustedPage)[Step.TRUSTED_PERSON]
    assert page.by_typing.isEnabled()
    add_typed(flow, TYPED)
    assert not page.by_typing.isEnabled()
