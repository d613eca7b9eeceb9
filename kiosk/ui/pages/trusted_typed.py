"""The form for a trusted person whose card is not here: their numbers and name, typed.

Shows :attr:`~kiosk.flow.steps.Step.TRUSTED_TYPED`. The on-screen keyboard types into the four
fields (the number pad for the two numbers). Each field says, as the citizen types, what is
still missing or wrong, using the enrolment's own rules (:mod:`kiosk.enrolment`, python-stdnum's
Belgian national number and eID card number checks) so the page never accepts what the flow
would refuse. The flow still has the last word: :meth:`TrustedTypedPage.apply` calls
:meth:`~kiosk.flow.EnrolmentFlow.add_trusted_person_typed`.

The form is emptied whenever the citizen arrives from the trusted-person list (and on
:meth:`clear`), but not when they come back from the "are you still there?" warning or change
language: what they typed is theirs until they leave the form.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.enrolment import (
    EnrolmentError,
    TrustedPerson,
    card_number_check_ok,
    normalise_national_number,
)
from kiosk.flow import Step
from kiosk.flow import errors as codes
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.pages.trusted import check_box, trusted_problem_text
from kiosk.ui.theme import label, set_role
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard

if TYPE_CHECKING:
    from kiosk.flow import EnrolmentFlow, Observer

_SEPARATORS = re.compile(r"[\s.\-/]")
_NATIONAL_DIGITS = 11
_CARD_DIGITS = 12
_FOREIGN_DIGITS = 9  # "B" + 9 digits, or 9 digits
# Room for separators typed out of habit ("85.07.30-033.28") but not for a pasted essay.
_NUMBER_MAX = 20
_NAME_MAX = 100


class Verdict(enum.Enum):
    """How a field stands: nothing typed, still being typed, wrong, or right."""

    EMPTY = "empty"
    TYPING = "typing"
    WRONG = "wrong"
    OK = "ok"


@dataclass(frozen=True, slots=True, repr=False)
class FieldState:
    """A field's verdict and the translated text to show under it (may be empty)."""

    verdict: Verdict
    message: str = ""

    def __repr__(self) -> str:
        return f"FieldState({self.verdict.name})"


# The messages beside a field are short on purpose: two lines next to the field at most, so
# nothing moves while the citizen types. Refusals the flow raises keep their own wording.


def _digits_typed(count: int, total: int) -> str:
    # A count without plural agreement: pyside6-lupdate loses %n plurals (i18n/README.md).
    if total == _NATIONAL_DIGITS:
        return translate("TrustedTypedPage", "{n} of 11 digits typed.").format(n=count)
    return translate("TrustedTypedPage", "{n} of 12 digits typed.").format(n=count)


def field_text(code: str) -> str:
    """The short text shown beside a field for a trusted-person refusal code."""
    texts = {
        "digits-only": translate("TrustedTypedPage", "Digits only, please."),
        "too-many-digits": translate("TrustedTypedPage", "Too many digits."),
        "invalid-national-number": translate(
            "TrustedTypedPage", "Not right: please check the digits."
        ),
        "card-number-check-digits": translate(
            "TrustedTypedPage", "Not right: please check the digits."
        ),
        "invalid-card-number": translate("TrustedTypedPage", "12 digits, or B and 9 digits."),
        codes.TRUSTED_PERSON_IS_CITIZEN: translate("TrustedTypedPage", "This is your own number."),
        codes.DUPLICATE_TRUSTED_PERSON: translate("TrustedTypedPage", "Already on your list."),
        "invalid-name": translate("TrustedTypedPage", "Please type their surname."),
    }
    return texts.get(code) or trusted_problem_text(code)


def national_number_state(
    text: str, own_number: str | None, listed: tuple[str, ...] = ()
) -> FieldState:
    """The national number field: python-stdnum's check through the enrolment, then the flow's
    rules (not the citizen themselves, not twice)."""
    digits = _SEPARATORS.sub("", text)
    if not digits:
        return FieldState(Verdict.EMPTY)
    if not digits.isdigit():
        return FieldState(Verdict.WRONG, field_text("digits-only"))
    if len(digits) < _NATIONAL_DIGITS:
        return FieldState(Verdict.TYPING, _digits_typed(len(digits), _NATIONAL_DIGITS))
    if len(digits) > _NATIONAL_DIGITS:
        return FieldState(Verdict.WRONG, field_text("too-many-digits"))
    try:
        number = normalise_national_number(digits)
    except EnrolmentError as exc:
        return FieldState(Verdict.WRONG, field_text(exc.code))
    if number == own_number:
        return FieldState(Verdict.WRONG, field_text(codes.TRUSTED_PERSON_IS_CITIZEN))
    if number in listed:
        return FieldState(Verdict.WRONG, field_text(codes.DUPLICATE_TRUSTED_PERSON))
    return FieldState(Verdict.OK)


def card_number_state(text: str) -> FieldState:
    """The eID card number field: 12 digits (``stdnum.be.eid``) or a foreign resident's
    ``B`` + 9 digits, as the enrolment accepts them."""
    number = _SEPARATORS.sub("", text).upper()
    if not number:
        return FieldState(Verdict.EMPTY)
    digits = number.removeprefix("B")
    if digits and not digits.isdigit():
        return FieldState(Verdict.WRONG, field_text("invalid-card-number"))
    if card_number_check_ok(number):
        return FieldState(Verdict.OK)
    expected = _FOREIGN_DIGITS if number.startswith("B") else _CARD_DIGITS
    if len(digits) < expected:
        if expected == _FOREIGN_DIGITS:
            return FieldState(Verdict.TYPING)
        return FieldState(Verdict.TYPING, _digits_typed(len(digits), _CARD_DIGITS))
    if len(digits) == expected:
        return FieldState(Verdict.WRONG, field_text("card-number-check-digits"))
    return FieldState(Verdict.WRONG, field_text("invalid-card-number"))


def surname_state(text: str, touched: bool) -> FieldState:
    """Required; said only once the citizen has typed in it and emptied it again."""
    if text.strip():
        return FieldState(Verdict.OK)
    if touched:
        return FieldState(Verdict.WRONG, field_text("invalid-name"))
    return FieldState(Verdict.EMPTY)


def _forget(flow: EnrolmentFlow, observer: Observer) -> None:
    with contextlib.suppress(ValueError):
        flow.remove_observer(observer)


class ReturnMovesOn(QObject):
    """Enter (or the keyboard's "Done") in a field moves on to the next field.

    In the last field ``on_last()`` decides: True means handled; False lets the key go on to
    the main window, which presses the page's primary button when it is enabled. Without this
    a field's Enter would reach the main window at once and submit a half-filled form.
    """

    def __init__(
        self,
        edits: list[QLineEdit],
        on_last: Callable[[], bool],
        keyboard: OnScreenKeyboard | None = None,
    ) -> None:
        super().__init__(edits[0])
        self._edits = edits
        self._on_last = on_last
        self._keyboard = keyboard
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self._edits
        ):
            index = self._edits.index(watched)
            if index + 1 < len(self._edits):
                following = self._edits[index + 1]
                following.setFocus(Qt.FocusReason.TabFocusReason)
                if self._keyboard is not None:  # the focus event comes only in an active window
                    self._keyboard.set_target(following)
                return True
            return self._on_last()
        return super().eventFilter(watched, event)


class FormField:
    """A label over a line edit, and beside the edit the live message (what is missing or
    wrong). Beside, not under: the form and the keyboard must fit a 600 px high page body."""

    def __init__(self, name: str, max_length: int) -> None:
        self.label = label("field-label", wrap=False)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setMaxLength(max_length)
        self.label.setBuddy(self.edit)
        self.message = label("hint")
        self.touched = False
        self.edit.textEdited.connect(self._edited)

    def _edited(self) -> None:
        self.touched = True

    def add_to(self, grid: QGridLayout, row: int, col: int) -> None:
        """Place the label in ``grid`` at ``(row, col)``, the edit and message under it."""
        line = QHBoxLayout()
        line.setSpacing(12)
        line.addWidget(self.edit, 3)
        line.addWidget(self.message, 2)
        grid.addWidget(self.label, row, col)
        grid.addLayout(line, row + 1, col)

    def display(self, state: FieldState) -> None:
        self.message.setText(state.message)
        wrong = state.verdict is Verdict.WRONG
        set_role(self.message, "error" if wrong else "hint")
        if bool(self.edit.property("invalid")) != wrong:
            self.edit.setProperty("invalid", wrong)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        self.edit.setAccessibleDescription(state.message)

    def reset(self) -> None:
        self.edit.clear()
        self.message.clear()
        self.edit.setAccessibleDescription("")
        self.touched = False


class TrustedTypedPage(Page):
    """TRUSTED_TYPED: national number, eID card number, surname, first names, acknowledgement."""

    steps = (Step.TRUSTED_TYPED,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("trustedTypedPage")
        self.title = label("title")
        self.national = FormField("nationalNumber", _NUMBER_MAX)
        self.card = FormField("cardNumber", _NUMBER_MAX)
        self.surname = FormField("surname", _NAME_MAX)
        self.first_names = FormField("firstNames", _NAME_MAX)
        self.acknowledged = check_box("consentAcknowledged")
        self.keyboard = OnScreenKeyboard()
        self._fields = (self.national, self.card, self.surname, self.first_names)
        for field, mode in zip(
            self._fields, (KeyboardMode.DIGITS,) * 2 + (KeyboardMode.LETTERS,) * 2, strict=True
        ):
            self.keyboard.attach(field.edit, mode)
            field.edit.textChanged.connect(self._revalidate)
        self.acknowledged.toggled.connect(self._revalidate)
        self._return_chain = ReturnMovesOn(
            [f.edit for f in self._fields], self._return_in_last, self.keyboard
        )
        self._build_layout()
        observer, flow = self._on_step, ctx.flow
        flow.add_observer(observer)
        self.destroyed.connect(lambda *_: _forget(flow, observer))
        self.retranslate()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(2)
        for i, field in enumerate(self._fields):
            field.add_to(grid, 3 * (i // 2), i % 2)
        for col in (0, 1):
            grid.setColumnStretch(col, 1)
        layout = QVBoxLayout(self)
        # Tight vertical margins: the form and the keyboard share a 600 px high page body.
        layout.setContentsMargins(40, 6, 40, 6)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.acknowledged)
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignBottom)
        self.setTabOrder(self.national.edit, self.card.edit)
        self.setTabOrder(self.card.edit, self.surname.edit)
        self.setTabOrder(self.surname.edit, self.first_names.edit)
        self.setTabOrder(self.first_names.edit, self.acknowledged)

    # ---------------------------------------------------------------- the contract

    def enter(self) -> None:
        self._revalidate()
        if not any(f.edit.text() for f in self._fields):
            self.national.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.keyboard.set_target(self.national.edit)

    def nav(self) -> Nav:
        return Nav(
            primary=translate("TrustedTypedPage", "Add this person"),
            primary_enabled=self.validate() is None,
        )

    def validate(self) -> str | None:
        states = self._states()
        for state in states:
            if state.verdict is Verdict.WRONG:
                return state.message
        if any(s.verdict is not Verdict.OK for s in states[:3]):
            return translate(
                "TrustedTypedPage",
                "Please fill in the national number, the card number and the surname.",
            )
        try:
            TrustedPerson(source="typed", **self._values())
        except EnrolmentError as exc:  # a rule this page does not know yet: say it anyway
            return trusted_problem_text(exc.code)
        if not self.acknowledged.isChecked():
            return trusted_problem_text(codes.CONSENT_NOT_ACKNOWLEDGED)
        return None

    def apply(self) -> None:
        values = self._values()
        self.ctx.flow.add_trusted_person_typed(
            national_number=values["national_number"],
            card_number=values["eid_card_number"],
            surname=values["surname"],
            first_names=values["first_names"],
            consent_acknowledged=self.acknowledged.isChecked(),
        )
        self._reset_form()  # added: the list page shows them; the form keeps nothing

    def retranslate(self) -> None:
        self.title.setText(translate("TrustedTypedPage", "Type your trusted person's details"))
        labels = (
            translate("TrustedTypedPage", "National number"),
            translate("TrustedTypedPage", "Card number of their eID"),
            translate("TrustedTypedPage", "Surname"),
            translate("TrustedTypedPage", "First names"),
        )
        for field, text in zip(self._fields, labels, strict=True):
            field.label.setText(text)
            field.edit.setAccessibleName(text)
        self.acknowledged.setText(
            translate(
                "TrustedTypedPage",
                "I confirm that this person has registered their own informed consent.",
            )
        )
        self.acknowledged.setAccessibleName(self.acknowledged.text())
        self.keyboard.retranslate()
        self._revalidate()

    def clear(self) -> None:
        self._reset_form()

    # ---------------------------------------------------------------- internals

    def _values(self) -> dict[str, str]:
        return {
            "national_number": self.national.edit.text(),
            "eid_card_number": self.card.edit.text(),
            "surname": self.surname.edit.text(),
            "first_names": self.first_names.edit.text(),
        }

    def _states(self) -> tuple[FieldState, ...]:
        flow = self.ctx.flow
        card = flow.session.card
        own = card.identity.national_number if card is not None else None
        listed = tuple(p.national_number for p in flow.trusted_persons)
        first_names = FieldState(
            Verdict.OK if self.first_names.edit.text().strip() else Verdict.EMPTY
        )
        return (
            national_number_state(self.national.edit.text(), own, listed),
            card_number_state(self.card.edit.text()),
            surname_state(self.surname.edit.text(), self.surname.touched),
            first_names,
        )

    def _revalidate(self) -> None:
        for field, state in zip(self._fields, self._states(), strict=True):
            field.display(state)
        self.changed.emit()

    def _return_in_last(self) -> bool:
        """Enter in the last field: the footer's "Add this person" if the form is complete
        (the main window presses it), else on to the acknowledgement."""
        if self.validate() is None:
            return False
        self.acknowledged.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _reset_form(self) -> None:
        for field in self._fields:
            field.reset()
        self.acknowledged.setChecked(False)
        self.keyboard.set_target(self.national.edit)
        self._revalidate()

    def _on_step(self, old: Step, new: Step) -> None:
        # A fresh form when the citizen comes from the list; not after "are you still there?"
        # (old is STILL_THERE) nor on a language change (old is new).
        if new is Step.TRUSTED_TYPED and old not in (
            Step.TRUSTED_TYPED,
            Step.STILL_THERE,
        ):
            self._reset_form()
