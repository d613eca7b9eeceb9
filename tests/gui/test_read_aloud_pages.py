"""Read aloud on the pages that show the visit's people: what is said, and that it is enough.

The review page, the last check before sending, says the decision as the page words it and,
with consent, how many trusted persons and excluded care providers there are, in the visitor's
language and in the order shown; never a name or a number of the visit (others may listen).
A name is kept out of speech as a word, not as letters: a trusted person called Ana does not
silence the sentence that says "manage". The window is driven by the flow driver with demo
data: two trusted persons (one read by card, one typed) and two excluded care providers, one
named.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from kiosk.flow import Step
from kiosk.flow.config import LANGUAGES
from kiosk.ui.i18n import translate
from kiosk.ui.read_aloud import speakable
from tests.gui.test_read_aloud import never_private, shown_title
from tests.helpers.flow_driver import Entries, next_visit
from tests.helpers.specimens import NIHII_1, NIHII_2, secrets_of, specimen_read, trusted_card_for
from tests.helpers.speech import RecordingSpeech

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.i18n import Translations
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.page import PageContext
    from tests.helpers.clocks import FakeClock

pytestmark = pytest.mark.gui

CITIZEN = "nl-citizen"
TYPED = "foreigner"
PROVIDER = "Dr Lambert"
TWO_AND_TWO = Entries(by_card=True, typed=TYPED, exclusions=((NIHII_1, PROVIDER), (NIHII_2, None)))
SECRETS = [
    *secrets_of(specimen_read(CITIZEN)),
    *secrets_of(specimen_read(trusted_card_for(CITIZEN))),
    *secrets_of(specimen_read(TYPED)),
    NIHII_1,
    NIHII_2,
    PROVIDER,
]


@pytest.fixture
def speech() -> RecordingSpeech:
    return RecordingSpeech()


@pytest.fixture
def window(
    qtbot: QtBot, ctx: PageContext, translations: Translations, speech: RecordingSpeech
) -> Iterator[MainWindow]:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.read_aloud import ReadAloud

    win = MainWindow(ctx, translations)
    qtbot.addWidget(win)
    win.show()
    read_aloud = ReadAloud(win, speech, at_start=True)
    try:
        yield win
    finally:
        read_aloud.close()


def said_on_review(window: MainWindow, speech: RecordingSpeech, language: str) -> list[str]:
    assert window.ctx.flow.step is Step.REVIEW
    assert speech.languages() == {language}, speech.spoken
    said = speech.take()
    assert said[0] == shown_title(window.current_page), said
    never_private(said, SECRETS)
    return said


def in_order(said: list[str], expected: list[str]) -> None:
    """Each of ``expected`` said, in this order."""
    where = [said.index(text) if text in said else -1 for text in expected]
    assert -1 not in where and where == sorted(where), (expected, said)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_says_the_decision_and_the_counts_without_a_name(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech, language: str
) -> None:
    flow = window.ctx.flow
    next_visit(flow, clock, Step.REVIEW, language, citizen=CITIZEN, entries=TWO_AND_TWO)
    assert len(flow.trusted_persons) == 2 and len(flow.exclusions) == 2
    said = said_on_review(window, speech, language)

    decision = translate("ReviewPage", "You agree to share your health data.")
    trusted = translate("ReviewPage", "Trusted persons: {n}").format(n=2)
    excluded = translate("ReviewPage", "Excluded care providers: {n}").format(n=2)
    in_order(said, [decision, trusted, excluded])
    if language != "en":  # the visitor's language, not the English source
        assert trusted != "Trusted persons: 2" and excluded != "Excluded care providers: 2"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_one_and_nothing_excluded_is_said_too(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech, language: str
) -> None:
    next_visit(window.ctx.flow, clock, Step.REVIEW, language, citizen=CITIZEN)
    said = said_on_review(window, speech, language)
    in_order(
        said,
        [
            translate("ReviewPage", "You agree to share your health data."),
            translate("ReviewPage", "Trusted persons: none"),
            translate("ReviewPage", "Excluded care providers: none"),
        ],
    )


def test_a_refusal_says_the_refusal_and_no_counts(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech
) -> None:
    flow = window.ctx.flow
    next_visit(flow, clock, Step.CONFIRM_REFUSAL, "fr", citizen=CITIZEN)
    flow.confirm_refusal()
    said = said_on_review(window, speech, "fr")
    refusal = translate("ReviewPage", "You do not agree to share your health data.")
    assert refusal in said and refusal != "You do not agree to share your health data."
    counts = [translate("ReviewPage", "Trusted persons: none")]
    counts.append(translate("ReviewPage", "Excluded care providers: none"))
    assert not set(counts) & set(said)


def test_the_summary_follows_a_language_change(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech
) -> None:
    flow = window.ctx.flow
    next_visit(flow, clock, Step.REVIEW, "nl", citizen=CITIZEN, entries=TWO_AND_TWO)
    speech.take()
    flow.choose_language("de")
    said = said_on_review(window, speech, "de")
    assert translate("ReviewPage", "Trusted persons: {n}").format(n=2) in said


@pytest.mark.parametrize(
    ("text", "private", "spoken"),
    [
        ("It helps you manage your record.", ["Ana"], True),  # a name inside a word
        ("Ana Sofia Specimen-Silva", ["Ana"], False),
        ("ANA, please check", ["ana"], False),
        ("Is Ana's card in the reader?", ["Ana"], False),
        ("Jan-Pieter", ["Jan"], False),
        ("January", ["Jan"], True),
        ("Strauß", ["STRAUSS"], False),
        ("Number 85.07.30-033.28", [], False),  # a long number, masked or not
    ],
)
def test_a_name_is_kept_out_as_a_word(text: str, private: list[str], spoken: bool) -> None:
    assert speakable(text, private) is spoken


def test_a_trusted_persons_name_does_not_silence_the_trusted_page(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech
) -> None:
    flow = window.ctx.flow
    next_visit(flow, clock, Step.TRUSTED_PERSON, "en", citizen=CITIZEN, entries=TWO_AND_TWO)
    assert "Ana" in [person.first_names.split()[0] for person in flow.trusted_persons]
    said = speech.take()
    explanation = [text for text in said if "manage your shared health record" in text]
    assert explanation, said
    never_private(said, [s for s in SECRETS if s != "Ana"])


def test_a_check_box_is_not_read_as_the_pages_instruction(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech
) -> None:
    # The typed trusted person's form has no lead; its acknowledgement ("I confirm that this
    # person has registered...") is a statement the visitor has not ticked yet.
    next_visit(window.ctx.flow, clock, Step.TRUSTED_TYPED, "en", citizen=CITIZEN)
    page = window.current_page
    said = speech.take()
    assert said and said[0] == shown_title(page)
    assert page.acknowledged.text() not in said, said  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "ticked", "not_ticked"),
    [
        ("en", "Ticked.", "Not ticked."),
        ("fr", "Coché.", "Non coché."),
    ],
)
def test_a_check_box_says_its_state_when_focused_and_when_ticked(
    window: MainWindow,
    clock: FakeClock,
    speech: RecordingSpeech,
    language: str,
    ticked: str,
    not_ticked: str,
) -> None:
    next_visit(window.ctx.flow, clock, Step.TRUSTED_TYPED, language, citizen=CITIZEN)
    box = window.current_page.acknowledged  # type: ignore[attr-defined]
    speech.take()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    assert speech.take() == [f"{box.accessibleName()} {not_ticked}"]
    box.click()
    assert box.isChecked() and speech.take() == [ticked]
    box.click()
    assert not box.isChecked() and speech.take() == [not_ticked]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_confirm_page_says_how_to_hear_the_details_but_not_the_details(
    window: MainWindow, clock: FakeClock, speech: RecordingSpeech, language: str
) -> None:
    next_visit(window.ctx.flow, clock, Step.CONFIRM_IDENTITY, language, citizen=CITIZEN)
    page = window.current_page
    said = speech.take()
    assert said[:2] == [shown_title(page), page.accessibleDescription()], said
    assert translate("ReadAloud", "Read my details aloud") in said[1]
    never_private(said, SECRETS)
