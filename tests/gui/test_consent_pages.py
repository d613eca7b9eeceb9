"""The consent decision, the refusal confirmation, the review and the submit-error page.

Each page is driven through the real flow (a verified specimen card read, the recording
submit of ``tests/gui/conftest.py``); clicks and key presses go through Qt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.enrolment import ConsentDecision
from kiosk.flow import Step
from kiosk.ui.page import Page, PageContext
from kiosk.ui.pages.consent import ConsentPage
from kiosk.ui.pages.refusal import RefusalPage
from kiosk.ui.pages.review import ReviewPage, format_nihii, mask_national_number
from kiosk.ui.pages.submit_error import SubmitErrorPage
from kiosk.ui.theme import MIN_TOUCH_PX
from tests.gui.conftest import MarkingTranslator, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import TYPED, secrets_of, specimen_read
from tests.helpers.submit import RecordingSubmit

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so whenever a top-level window is shown; harmless
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Fictitious care providers (NIHII mod-97 rule); the trusted person is the helpers' TYPED.
NIHII_NAMED, NIHII_BARE = "12345625001", "23456776002"
PROVIDER = "Dr. Anne Example"

# The body of a 1280 x 800 screen once the main window's header and footer are drawn.
BODY = (1280, 600)


def make_page(qtbot, cls: type[Page], ctx: PageContext) -> Page:
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(*BODY)
    page.enter()
    return page


def buttons(page: QWidget) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]


def shown_texts(page: QWidget) -> list[str]:
    """Texts of the visible labels and buttons (the bullet glyphs are decoration)."""
    texts = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.property("role") == "bullet":
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append(widget.text())
    return texts


def to_review_with_choices(ctx: PageContext, clock: FakeClock) -> None:
    flow = ctx.flow
    reach(flow, clock, Step.TRUSTED_PERSON)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    flow.next()
    flow.add_exclusion(NIHII_NAMED, PROVIDER)
    flow.add_exclusion(NIHII_BARE)
    flow.next()
    assert flow.step is Step.REVIEW


def assert_touch_friendly(page: Page) -> None:
    """Every button is a large target, named for screen readers, and none overlaps another."""
    page.show()
    QCoreApplication.processEvents()
    shown = buttons(page)
    assert shown
    rects: list[QRect] = []
    for button in shown:
        assert button.height() >= MIN_TOUCH_PX and button.width() >= MIN_TOUCH_PX, button.text()
        assert button.accessibleName(), button.text()
        rect = QRect(button.mapTo(page, button.rect().topLeft()), button.size())
        assert page.rect().contains(rect), button.text()
        assert not any(rect.intersects(other) for other in rects)
        rects.append(rect)


# ---------------------------------------------------------------- consent


def test_consent_offers_both_answers_equally(
    qtbot, identity_ctx: PageContext, themed: None
) -> None:
    identity_ctx.flow.next()
    page = make_page(qtbot, ConsentPage, identity_ctx)
    page.show()
    qtbot.waitExposed(page)
    agree, decline = page.agree, page.decline
    assert buttons(page) == [agree, decline] or buttons(page) == [decline, agree]
    assert agree.size() == decline.size() and agree.height() >= 80  # the theme's "choice"
    assert agree.font() == decline.font()
    assert agree.property("role") == decline.property("role")
    assert agree.sizePolicy() == decline.sizePolicy()
    assert abs(agree.y() - decline.y()) == 0  # side by side, neither above the other
    # no pre-selected answer: nothing checked, default or focused
    for button in (agree, decline):
        assert not button.isCheckable() and not button.isDefault()
        assert not button.hasFocus()
    assert page.nav().primary is None and identity_ctx.flow.decision is None
    assert_touch_friendly(page)


def test_agreeing_calls_decide_given(qtbot, identity_ctx: PageContext) -> None:
    flow = identity_ctx.flow
    flow.next()
    page = make_page(qtbot, ConsentPage, identity_ctx)
    qtbot.mouseClick(page.agree, Qt.MouseButton.LeftButton)
    assert flow.step is Step.TRUSTED_PERSON
    assert flow.decision is ConsentDecision.GIVEN
    # a second tap on the page that is going away changes nothing
    qtbot.mouseClick(page.decline, Qt.MouseButton.LeftButton)
    assert flow.step is Step.TRUSTED_PERSON and flow.decision is ConsentDecision.GIVEN


def test_declining_asks_for_confirmation_first(qtbot, identity_ctx: PageContext) -> None:
    flow = identity_ctx.flow
    flow.next()
    page = make_page(qtbot, ConsentPage, identity_ctx)
    qtbot.mouseClick(page.decline, Qt.MouseButton.LeftButton)
    assert flow.step is Step.CONFIRM_REFUSAL
    assert flow.decision is None  # recorded only once confirmed


def test_enter_activates_the_focused_answer(qtbot, identity_ctx: PageContext) -> None:
    flow = identity_ctx.flow
    flow.next()
    page = make_page(qtbot, ConsentPage, identity_ctx)
    qtbot.keyClick(page.decline, Qt.Key.Key_Return)
    assert flow.step is Step.CONFIRM_REFUSAL


def test_consent_explanation_covers_what_the_citizen_must_know(
    qtbot, identity_ctx: PageContext
) -> None:
    identity_ctx.flow.next()
    page = make_page(qtbot, ConsentPage, identity_ctx)
    text = " ".join(shown_texts(page)).lower()
    for point in (
        "informed consent",  # what it is
        "care providers who treat you",  # what is shared, between whom
        "for your care only",
        "strict access rules",  # with whom: the therapeutic relationship and the access rules
        "never insurers",  # who can never see it
        "free and voluntary",
        "throughout belgium, in every health network",
        "withdraw your consent at any time",
        "exclude a care provider",
        "see who consulted your record",
        "trusted person",
        "your care stays exactly the same",  # refusing has no effect on care
    ):
        assert point in text, point


# ---------------------------------------------------------------- refusal


def test_confirming_the_refusal_records_it(
    qtbot, ctx: PageContext, clock: FakeClock, themed: None
) -> None:
    reach(ctx.flow, clock, Step.CONFIRM_REFUSAL)
    page = make_page(qtbot, RefusalPage, ctx)
    assert page.nav().primary is None and not page.nav().back  # both answers in the body
    assert_touch_friendly(page)
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
    assert ctx.flow.step is Step.REVIEW
    assert ctx.flow.decision is ConsentDecision.REFUSED


def test_going_back_returns_to_the_decision(qtbot, ctx: PageContext, clock: FakeClock) -> None:
    reach(ctx.flow, clock, Step.CONFIRM_REFUSAL)
    page = make_page(qtbot, RefusalPage, ctx)
    qtbot.mouseClick(page.go_back, Qt.MouseButton.LeftButton)
    assert ctx.flow.step is Step.CONSENT and ctx.flow.decision is None
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)  # a late tap: ignored
    assert ctx.flow.step is Step.CONSENT and ctx.flow.decision is None


def test_refusal_page_says_care_is_unchanged(qtbot, ctx: PageContext, clock: FakeClock) -> None:
    reach(ctx.flow, clock, Step.CONFIRM_REFUSAL)
    page = make_page(qtbot, RefusalPage, ctx)
    text = " ".join(shown_texts(page)).lower()
    assert "your right" in text and "care stays exactly the same" in text
    assert "give your consent later" in text


# ---------------------------------------------------------------- review


def test_review_shows_exactly_what_is_submitted(
    qtbot, ctx: PageContext, clock: FakeClock, submitted: RecordingSubmit
) -> None:
    to_review_with_choices(ctx, clock)
    page = make_page(qtbot, ReviewPage, ctx)
    shown = {
        "you": page.you.lines(),
        "decision": page.decision.lines(),
        "trusted": page.trusted.lines(),
        "excluded": page.excluded.lines(),
    }
    assert page.nav().primary == "Confirm and send"
    page.apply()
    assert ctx.flow.step is Step.DONE
    [enrolment] = submitted.stored

    citizen = enrolment.citizen
    assert shown["you"] == [
        f"{citizen.first_names} {citizen.surname}",
        f"National number: ••.••.••-•••.{citizen.national_number[-2:]}",
    ]
    assert enrolment.decision is ConsentDecision.GIVEN
    assert shown["decision"] == ["You agree to share your health data."]
    assert shown["trusted"] == [
        f"{p.first_names} {p.surname}, national number {mask_national_number(p.national_number)}"
        for p in enrolment.trusted_persons
    ]
    assert shown["excluded"] == [
        f"{PROVIDER}, NIHII 1-23456-25-001",
        "NIHII 2-34567-76-002",
    ]
    assert [e.nihii for e in enrolment.exclusions] == [NIHII_NAMED, NIHII_BARE]
    assert [e.display_name for e in enrolment.exclusions] == [PROVIDER, None]


def test_review_never_shows_a_full_national_number(
    qtbot, ctx: PageContext, clock: FakeClock
) -> None:
    to_review_with_choices(ctx, clock)
    page = make_page(qtbot, ReviewPage, ctx)
    read = specimen_read("nl-citizen")
    everything = " ".join(widget_texts(page))
    for number in (read.identity.national_number, TYPED["national_number"]):
        assert number not in everything
        assert number[:9] not in everything.replace(".", "").replace("-", "")
    for card_number in (read.identity.card_number, TYPED["card_number"]):
        assert card_number not in everything
    assert "Marc Janssens" in everything and read.identity.surname in everything


def test_review_of_a_refusal_shows_only_the_refusal(
    qtbot, ctx: PageContext, clock: FakeClock, submitted: RecordingSubmit
) -> None:
    reach(ctx.flow, clock, Step.CONFIRM_REFUSAL)
    ctx.flow.confirm_refusal()
    page = make_page(qtbot, ReviewPage, ctx)
    assert page.decision.lines() == ["You do not agree to share your health data."]
    assert not page.trusted.isVisibleTo(page) and not page.excluded.isVisibleTo(page)
    page.apply()
    assert submitted.stored[0].decision is ConsentDecision.REFUSED


def test_review_clear_leaves_no_personal_data(qtbot, ctx: PageContext, clock: FakeClock) -> None:
    to_review_with_choices(ctx, clock)
    page = make_page(qtbot, ReviewPage, ctx)
    secrets = [
        *secrets_of(specimen_read("nl-citizen")),
        TYPED["surname"],
        TYPED["first_names"],
        TYPED["national_number"][-2:] + " ",  # the masked number's visible digits
        "Anne",
        "23456",
    ]
    before = " ".join(widget_texts(page)) + " "
    assert any(s in before for s in secrets)
    ctx.flow.cancel()  # the visit ends: the main window clears every page
    page.clear()
    after = " ".join(widget_texts(page)) + " "
    assert "••" not in after
    for secret in secrets:
        assert secret not in after, secret
    # entering again with no visit shows nothing either
    page.enter()
    assert "••" not in " ".join(widget_texts(page))


def test_review_retranslates_its_summary(
    qtbot, ctx: PageContext, clock: FakeClock, marking: None
) -> None:
    reach(ctx.flow, clock, Step.REVIEW)
    page = make_page(qtbot, ReviewPage, ctx)
    # the translator was installed before the page existed: every text is already marked
    assert page.trusted.lines() == ["«None»"]
    assert page.you.lines()[1].startswith("«National number: ")


def test_number_formats() -> None:
    assert mask_national_number("85073003328") == "••.••.••-•••.28"
    assert mask_national_number("12345") == "•••45"
    assert format_nihii("12345625001") == "1-23456-25-001"
    assert format_nihii("123") == "123"


# ---------------------------------------------------------------- submit error


def test_submit_error_retries_without_losing_anything(
    qtbot, ctx: PageContext, clock: FakeClock, submitted: RecordingSubmit
) -> None:
    reach(ctx.flow, clock, Step.SUBMIT_ERROR)
    page = make_page(qtbot, SubmitErrorPage, ctx)
    nav = page.nav()
    assert nav.primary == "Try again" and nav.back
    text = " ".join(shown_texts(page)).lower()
    assert "nothing is lost" in text and "volunteer" in text

    page.apply()  # still failing: the citizen stays here, entries kept
    assert ctx.flow.step is Step.SUBMIT_ERROR and ctx.flow.session.card is not None
    submitted.failing = False
    page.apply()
    assert ctx.flow.step is Step.DONE
    assert len(submitted.stored) == 1


# ---------------------------------------------------------------- every page


PAGES: list[tuple[type[Page], Step]] = [
    (ConsentPage, Step.CONSENT),
    (RefusalPage, Step.CONFIRM_REFUSAL),
    (ReviewPage, Step.REVIEW),
    (SubmitErrorPage, Step.SUBMIT_ERROR),
]


@pytest.mark.parametrize(("cls", "step"), PAGES)
def test_every_visible_text_is_translated(
    qtbot, ctx: PageContext, clock: FakeClock, marking: None, cls: type[Page], step: Step
) -> None:
    reach(ctx.flow, clock, step)
    page = make_page(qtbot, cls, ctx)
    assert cls.steps == (step,)
    personal = {
        f"{ctx.flow.session.card.identity.first_names} {ctx.flow.session.card.identity.surname}"
    }
    texts = [t for t in shown_texts(page) if t not in personal]
    assert texts
    for text in texts:
        assert text.startswith("«") and text.endswith("»"), text
    if page.nav().primary is not None:
        assert page.nav().primary.startswith("«")


@pytest.mark.parametrize(("cls", "step"), PAGES)
def test_language_change_retranslates_in_place(
    qtbot, ctx: PageContext, clock: FakeClock, cls: type[Page], step: Step
) -> None:
    reach(ctx.flow, clock, step)
    page = make_page(qtbot, cls, ctx)
    english = shown_texts(page)
    translator = MarkingTranslator()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        with qtbot.waitSignal(page.changed):
            app.installTranslator(translator)  # Qt sends LanguageChange to every widget
        marked = shown_texts(page)
    finally:
        with qtbot.waitSignal(page.changed):
            app.removeTranslator(translator)
    assert len(marked) == len(english)
    assert sum(t.startswith("«") for t in marked) >= len(english) - 1  # all but the name
    assert shown_texts(page) == english


@pytest.mark.parametrize(("cls", "step"), PAGES)
def test_pages_show_nothing_personal_after_clear(
    qtbot, ctx: PageContext, clock: FakeClock, cls: type[Page], step: Step
) -> None:
    reach(ctx.flow, clock, step)
    page = make_page(qtbot, cls, ctx)
    ctx.flow.cancel()
    page.clear()
    everything = " ".join(widget_texts(page))
    for secret in secrets_of(specimen_read("nl-citizen")):
        assert secret not in everything
