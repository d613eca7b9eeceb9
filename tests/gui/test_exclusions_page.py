"""The exclusions page: the list, the NIHII form on the number pad, the check-digit
confirmation, duplicates, removing, and what is left after the visit.

Driven through the real flow (a verified specimen card read); keys and buttons are clicked
through Qt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.enrolment import nihii_check_digits_ok
from kiosk.flow import FlowConfig, FlowError, Step
from kiosk.flow import errors as codes
from kiosk.flow.machine import EnrolmentFlow
from kiosk.ui.i18n import Translations, translate
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import PageContext
from kiosk.ui.pages.exclusions import ExclusionsPage, View, exclusion_problem_text
from kiosk.ui.widgets.keyboard import KeyboardMode
from tests.gui.conftest import MarkingTranslator, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.submit import RecordingSubmit

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so whenever a top-level window is shown; harmless
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Fictitious care providers. NAMED and BARE follow the mod-97 check-digit rule; ODD follows
# no known rule (the citizen must confirm it is exactly as printed).
NAMED, BARE, ODD = "12345625001", "23456776002", "12345699001"
PROVIDER = "Dr. Anne Example"
BODY = (1280, 600)


@pytest.fixture
def page(qtbot, ctx: PageContext, clock: FakeClock) -> ExclusionsPage:
    reach(ctx.flow, clock, Step.EXCLUSIONS)
    return _page(qtbot, ctx)


def _page(qtbot, ctx: PageContext) -> ExclusionsPage:
    widget = ExclusionsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(*BODY)
    widget.show()

    def observer(old: Step, new: Step) -> None:  # what the main window does
        if new is Step.EXCLUSIONS:
            widget.enter()

    ctx.flow.add_observer(observer)
    widget.enter()
    return widget


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_number(qtbot, page: ExclusionsPage, digits: str) -> None:
    assert page.keyboard.mode() is KeyboardMode.DIGITS
    for digit in digits:
        click(qtbot, page.keyboard.key(digit))


def type_name(qtbot, page: ExclusionsPage, name: str) -> None:
    page.name.edit.setFocus()
    page.keyboard.set_target(page.name.edit)  # focus events need an active window
    assert page.keyboard.mode() is KeyboardMode.LETTERS
    for char in name:
        if char.isupper():
            click(qtbot, page.keyboard.key("shift"))
        click(qtbot, page.keyboard.key({" ": "space"}.get(char, char.lower())))


def test_the_fixtures_follow_the_check_digit_rules() -> None:
    assert nihii_check_digits_ok(NAMED) and nihii_check_digits_ok(BARE)
    assert not nihii_check_digits_ok(ODD)


def test_the_list_explains_and_skips_when_empty(qtbot, page: ExclusionsPage) -> None:
    assert page.view() is View.LIST
    text = " ".join(widget_texts(page))
    assert "NIHII" in text and "RIZIV/INAMI" in text and "not be able to see" in text
    assert page.nav().primary == "Skip" and page.nav().back
    assert page.empty_note.isVisible()
    page.apply()
    assert page.ctx.flow.step is Step.REVIEW


def test_adding_a_named_provider_on_the_number_pad(qtbot, page: ExclusionsPage) -> None:
    flow = page.ctx.flow
    click(qtbot, page.add)
    assert page.view() is View.FORM
    nav = page.nav()
    assert nav.primary == "Add to the list" and not nav.primary_enabled and not nav.back
    type_number(qtbot, page, NAMED[:6])
    assert page.nihii.message.text() == "6 of 11 digits typed."
    type_number(qtbot, page, NAMED[6:])
    assert page.nihii.message.text() == "" and page.nav().primary_enabled
    assert not page.confirm.isVisible()
    type_name(qtbot, page, PROVIDER)
    assert page.name.edit.text() == PROVIDER
    page.apply()
    (exclusion,) = flow.exclusions
    assert (exclusion.nihii, exclusion.display_name) == (NAMED, PROVIDER)
    assert not exclusion.check_digits_confirmed
    assert page.view() is View.LIST and page.nav().primary == "Next"
    assert [r.label.text() for r in page.rows.rows] == [f"{PROVIDER} (1-23456-25-001)"]
    assert page.nihii.edit.text() == "" and page.name.edit.text() == ""


def test_a_duplicate_is_refused_as_it_is_typed_and_by_the_flow(qtbot, page: ExclusionsPage) -> None:
    flow = page.ctx.flow
    flow.add_exclusion(BARE)
    page.show_form()
    type_number(qtbot, page, BARE)
    assert page.nihii.message.text() == exclusion_problem_text(codes.DUPLICATE_EXCLUSION)
    assert page.nihii.message.property("role") == "error"
    assert not page.nav().primary_enabled
    assert page.validate() == exclusion_problem_text(codes.DUPLICATE_EXCLUSION)
    with pytest.raises(FlowError) as refused:
        page.apply()
    assert refused.value.code == codes.DUPLICATE_EXCLUSION
    assert len(flow.exclusions) == 1


def test_a_number_off_every_known_rule_needs_the_citizens_word(qtbot, page: ExclusionsPage) -> None:
    flow = page.ctx.flow
    page.show_form()
    type_number(qtbot, page, ODD)
    assert page.confirm.isVisible() and not page.confirm.isChecked()
    assert page.nihii.message.text() == exclusion_problem_text("nihii-check-digits")
    assert not page.nav().primary_enabled
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.confirm)
    assert page.nav().primary_enabled and page.nihii.message.text() == ""
    click(qtbot, page.keyboard.key("pad-backspace"))  # another number: ask again
    assert not page.confirm.isVisible() and not page.confirm.isChecked()
    type_number(qtbot, page, "1")
    assert page.confirm.isVisible() and not page.confirm.isChecked()
    click(qtbot, page.confirm)
    page.apply()
    (exclusion,) = flow.exclusions
    assert exclusion.nihii == ODD and exclusion.check_digits_confirmed
    assert exclusion.display_name is None
    assert page.rows.rows[0].label.text() == "1-23456-99-001"


# Where to find the number, in the words a visitor meets in each language.
WHERE_TO_FIND = {
    "en": ("invoices", "certificate of care given", "care provider can tell you"),
    "nl": ("facturen", "getuigschrift voor verstrekte hulp", "zorgverlener"),
    "fr": ("factures", "attestation de soins donnés", "prestataire de soins"),
    "de": ("Rechnungen", "Behandlungs- oder Pflegebescheinigung", "Gesundheitsdienstleister"),
}
WRONG_CHECK_DIGITS = {
    "en": "Seems wrong",
    "nl": "Lijkt niet juist",
    "fr": "Semble erroné",
    "de": "Scheint falsch",
}


def in_language(translations: Translations, page: ExclusionsPage, language: str) -> None:
    """The visitor's language: its translator, and the page told (as the application does)."""
    translations.set_language(language)
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))


@pytest.mark.parametrize("language", sorted(WHERE_TO_FIND))
def test_the_form_says_where_to_find_the_number(
    qtbot, page: ExclusionsPage, translations: Translations, language: str
) -> None:
    in_language(translations, page, language)
    page.show_form()
    assert page.where_to_find.isVisible()
    help_text = page.where_to_find.text()
    for words in WHERE_TO_FIND[language]:
        assert words in help_text, (language, words)
    assert "11" in page.form_hint.text()  # 11 digits, as printed on their prescriptions


@pytest.mark.parametrize("language", sorted(WRONG_CHECK_DIGITS))
def test_a_wrong_check_digit_shows_as_the_last_digit_is_typed(
    qtbot, page: ExclusionsPage, translations: Translations, language: str
) -> None:
    """The check digits (7th and 8th) are judged once the number is whole: no "Add" press."""
    in_language(translations, page, language)
    page.show_form()
    type_number(qtbot, page, ODD[:10])
    typed = translate("ExclusionsPage", "{n} of 11 digits typed.").format(n=10)
    assert page.nihii.message.text() == typed  # incomplete: nothing about the digits yet
    assert page.nihii.message.property("role") == "hint" and not page.confirm.isVisible()
    type_number(qtbot, page, ODD[10])
    assert page.nihii.message.text().startswith(WRONG_CHECK_DIGITS[language])
    assert page.nihii.message.property("role") == "error" and page.confirm.isVisible()
    assert page.nihii.edit.accessibleDescription() == page.nihii.message.text()
    assert not page.nav().primary_enabled and page.ctx.flow.exclusions == ()
    for _ in range(5):  # back before the check digits, then the right ones
        click(qtbot, page.keyboard.key("pad-backspace"))
    type_number(qtbot, page, NAMED[6:])
    assert page.nihii.edit.text() == NAMED
    assert page.nihii.message.text() == "" and page.nihii.message.property("role") == "hint"
    assert not page.confirm.isVisible() and page.nav().primary_enabled


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("00000000000", "Not right: please check the digits."),
        ("123456250012", "Too many digits."),
    ],
)
def test_numbers_that_cannot_be_nihii_numbers(
    qtbot, page: ExclusionsPage, typed: str, message: str
) -> None:
    page.show_form()
    type_number(qtbot, page, typed)
    assert page.nihii.message.text() == message
    assert not page.confirm.isVisible() and not page.nav().primary_enabled


def test_remove_asks_once_more(qtbot, page: ExclusionsPage) -> None:
    flow = page.ctx.flow
    flow.add_exclusion(NAMED, PROVIDER)
    flow.add_exclusion(BARE)
    first, second = page.rows.rows
    assert second.label.text() == "2-34567-76-002"
    click(qtbot, first.remove)
    assert first.label.text() == f"Remove {PROVIDER} (1-23456-25-001)?"
    click(qtbot, first.yes)
    assert [e.nihii for e in flow.exclusions] == [BARE]
    assert [r.label.text() for r in page.rows.rows] == ["2-34567-76-002"]


def test_back_returns_to_the_list_and_forgets_the_form(qtbot, page: ExclusionsPage) -> None:
    click(qtbot, page.add)
    type_number(qtbot, page, NAMED)
    assert page.nav().back_on_page  # the footer's "Back" closes the form, said so
    page.page_back()
    assert page.view() is View.LIST and page.ctx.flow.exclusions == ()
    assert page.nav().back_on_page is None
    click(qtbot, page.add)
    assert page.nihii.edit.text() == "" and page.keyboard.target() is page.nihii.edit


def test_a_full_list_offers_no_more_adding(qtbot, qapp: QApplication) -> None:
    clock = FakeClock()
    flow = EnrolmentFlow(RecordingSubmit(), FlowConfig(max_exclusions=1), clock=clock)
    ctx = PageContext(flow=flow)
    reach(flow, clock, Step.EXCLUSIONS)
    page = _page(qtbot, ctx)
    assert page.add.isEnabled() and not page.full_note.isVisible()
    flow.add_exclusion(NAMED)
    assert not page.add.isEnabled() and page.full_note.isVisible()


def test_arriving_shows_the_list_but_still_there_keeps_the_form(
    qtbot, page: ExclusionsPage, clock: FakeClock
) -> None:
    flow = page.ctx.flow
    page.show_form()
    type_number(qtbot, page, "12345")
    flow.tick(clock.advance(flow.config.inactivity_s))
    assert flow.step is Step.STILL_THERE
    flow.user_activity()
    assert page.view() is View.FORM and page.nihii.edit.text() == "12345"
    flow.back()
    flow.next()
    assert flow.step is Step.EXCLUSIONS
    assert page.view() is View.LIST and page.nihii.edit.text() == ""


def test_texts_are_translated(qtbot, page: ExclusionsPage, qapp: QApplication) -> None:
    page.ctx.flow.add_exclusion(NAMED, PROVIDER)
    page.show_form()
    type_number(qtbot, page, "123")
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
        assert page.nihii.message.text() == "«3 of 11 digits typed.»"
        assert page.nav().primary == "«Add to the list»"
        assert page.rows.rows[0].remove.text() == "«Remove»"
        for label in (page.title, page.explanation, page.form_title, page.nihii.label):
            assert label.text().startswith("«"), label.text()
        assert page.nihii.edit.text() == "123"
    finally:
        qapp.removeTranslator(translator)


def test_clear_leaves_no_provider_behind(qtbot, page: ExclusionsPage) -> None:
    page.ctx.flow.add_exclusion(NAMED, PROVIDER)
    page.show_form()
    type_number(qtbot, page, BARE)
    page.name.edit.setText("Dr. Someone Else")
    page.ctx.flow.cancel()
    page.clear()
    secrets = [NAMED, BARE, "1-23456-25-001", PROVIDER, "Someone"]
    texts = widget_texts(page)
    assert [s for s in secrets if any(s in t for t in texts)] == []
    assert page.view() is View.LIST


def test_done_moves_to_the_name_then_adds(
    qtbot, ctx: PageContext, clock: FakeClock, translations: Translations
) -> None:
    reach(ctx.flow, clock, Step.EXCLUSIONS)
    window = MainWindow(ctx, translations)
    qtbot.addWidget(window)
    window.show()
    page = window.current_page
    assert isinstance(page, ExclusionsPage)
    click(qtbot, page.add)
    assert window.primary_button.text() == "Add to the list"
    assert window.back_button.isVisible()  # "Back" closes the form (Nav.back_on_page)
    type_number(qtbot, page, NAMED)
    click(qtbot, page.keyboard.key("pad-done"))  # Enter in the number: on to the name
    assert window.focusWidget() is page.name.edit and ctx.flow.exclusions == ()
    assert page.keyboard.mode() is KeyboardMode.LETTERS
    click(qtbot, page.keyboard.key("x"))
    click(qtbot, page.keyboard.key("done"))  # Enter in the last field: the footer's button
    assert [(e.nihii, e.display_name) for e in ctx.flow.exclusions] == [(NAMED, "x")]
    assert page.view() is View.LIST and window.primary_button.text() == "Next"


def test_both_views_fit_the_body(qtbot, themed: None, page: ExclusionsPage) -> None:
    for flip in (page.show_list, page.show_form):
        flip()
        hint = page.minimumSizeHint()
        assert hint.width() <= BODY[0] and hint.height() <= BODY[1], page.view()
