"""The exclusions step: keep a named care provider out of the citizen's shared health record.

Shows :attr:`~kiosk.flow.steps.Step.EXCLUSIONS` in two views, one thing at a time:

* the list: what an exclusion is, the care providers excluded so far (each with "Remove"),
  "Add a care provider", and "Skip"/"Next" in the footer;
* the form: the provider's NIHII number (RIZIV/INAMI) on the number pad, with where to find
  it in plain words (prescriptions, invoices, the certificate of care given, or ask the
  provider), their name if the citizen wants it on the list, and "Add to the list" in the
  footer.

NIHII numbers are checked as the citizen types with the enrolment's own rules
(:class:`kiosk.enrolment.Exclusion`): check digits off every known rule are flagged as the
11th digit is typed, before "Add to the list". Their check digits follow known rules for most
professions but not provably all, so a number that fails them is not refused: the citizen is
asked to compare it with the printed one and tick "exactly as printed"
(``check_digits_confirmed``). Adding goes through :meth:`~kiosk.flow.EnrolmentFlow.add_exclusion`.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.enrolment import EnrolmentError, Exclusion
from kiosk.flow import FlowError, Step
from kiosk.flow import errors as codes
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.pages.review import format_nihii
from kiosk.ui.pages.trusted import RowList, check_box, named_button
from kiosk.ui.pages.trusted_typed import FieldState, FormField, ReturnMovesOn, Verdict
from kiosk.ui.theme import label
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard

if TYPE_CHECKING:
    from kiosk.flow import EnrolmentFlow, Observer

_SEPARATORS = re.compile(r"[\s.\-/]")
_NIHII_DIGITS = 11
_NIHII_MAX = 20  # room for the dashes of the printed form, "1-23456-78-901"
_NAME_MAX = 100


class View(enum.Enum):
    LIST = 0
    FORM = 1


def exclusion_problem_text(code: str) -> str:
    """The short text beside the NIHII field for a refusal code (flow or enrolment)."""
    texts = {
        # not refused: the box under the field settles it
        "nihii-check-digits": translate(
            "ExclusionsPage", "Seems wrong: compare it with the printed number."
        ),
        "invalid-nihii": translate("ExclusionsPage", "Not right: please check the digits."),
        codes.DUPLICATE_EXCLUSION: translate("ExclusionsPage", "Already on your list."),
    }
    return texts.get(code) or message(code)


def nihii_state(text: str, listed: tuple[str, ...], confirmed: bool) -> FieldState:
    """The NIHII field: 11 digits, the enrolment's check-digit rules, not listed twice.

    A number whose check digits fail is ``WRONG`` until ``confirmed`` (exactly as printed).
    """
    digits = _SEPARATORS.sub("", text)
    if not digits:
        return FieldState(Verdict.EMPTY)
    if not digits.isdigit():
        return FieldState(Verdict.WRONG, translate("ExclusionsPage", "Digits only, please."))
    if len(digits) < _NIHII_DIGITS:
        # A count without plural agreement: pyside6-lupdate loses %n plurals (i18n/README.md).
        typed = translate("ExclusionsPage", "{n} of 11 digits typed.").format(n=len(digits))
        return FieldState(Verdict.TYPING, typed)
    if len(digits) > _NIHII_DIGITS:
        return FieldState(Verdict.WRONG, translate("ExclusionsPage", "Too many digits."))
    if digits in listed:
        return FieldState(Verdict.WRONG, exclusion_problem_text(codes.DUPLICATE_EXCLUSION))
    try:
        Exclusion(nihii=digits, check_digits_confirmed=confirmed)
    except EnrolmentError as exc:
        return FieldState(Verdict.WRONG, exclusion_problem_text(exc.code))
    return FieldState(Verdict.OK)


def needs_confirmation(text: str) -> bool:
    """Whether ``text`` is a well-formed NIHII number whose check digits follow no known rule."""
    digits = _SEPARATORS.sub("", text)
    if len(digits) != _NIHII_DIGITS or not digits.isdigit():
        return False
    try:
        Exclusion(nihii=digits)
    except EnrolmentError as exc:
        return exc.code == "nihii-check-digits"
    return False


class _Views(QWidget):
    """The page's views (the list, the form), one shown at a time. Unlike a QStackedWidget,
    its size is the shown view's alone: the list's height must not make the form scroll in
    the large look, where every pixel of a 1280x800 screen goes to the form and its keypad."""

    def __init__(self, *views: QWidget) -> None:
        super().__init__()
        self._views = views
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in views:
            layout.addWidget(view)
        self.setCurrentIndex(0)

    def currentIndex(self) -> int:  # noqa: N802 (QStackedWidget's name)
        return next(i for i, view in enumerate(self._views) if not view.isHidden())

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (QStackedWidget's name)
        for i, view in enumerate(self._views):
            view.setHidden(i != index)


class ExclusionsPage(Page):
    """EXCLUSIONS: the list of excluded care providers and the form to add one."""

    steps = (Step.EXCLUSIONS,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exclusionsPage")
        self._stack = _Views(self._build_list(), self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        layout.addWidget(self._stack)
        observer, flow = self._on_step, ctx.flow
        flow.add_observer(observer)
        self.destroyed.connect(lambda *_: _forget(flow, observer))
        self.retranslate()

    def _build_list(self) -> QWidget:
        view = QWidget()
        self.title = label("title")
        self.explanation = label("lead")
        self.add = named_button("addExclusion", "choice")
        self.add.clicked.connect(self.show_form)
        self.full_note = label("notice")
        self.list_heading = label("heading")
        self.empty_note = label("hint")
        self.rows = RowList()
        scroll = QScrollArea()
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add)
        add_row.addStretch(1)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(add_row)
        layout.addWidget(self.full_note)
        layout.addSpacing(8)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(scroll, 1)  # ten providers do not fit: the list scrolls, not the page
        return view

    def _build_form(self) -> QWidget:
        view = QWidget()
        self.form_title = label("title")
        self.form_hint = label("lead")
        self.where_to_find = label("hint")  # where a citizen finds the number, in plain words
        self.where_to_find.setObjectName("nihiiHelp")
        self.nihii = FormField("nihii", _NIHII_MAX)
        self.name = FormField("providerName", _NAME_MAX)
        self.confirm = check_box("nihiiAsPrinted")
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.nihii.edit, KeyboardMode.DIGITS)
        self.keyboard.attach(self.name.edit, KeyboardMode.LETTERS)
        self.nihii.edit.textChanged.connect(self._revalidate)
        self.name.edit.textChanged.connect(self._revalidate)
        self.confirm.toggled.connect(self._revalidate)
        # Enter in the name field (the last) reaches the main window: "Add to the list".
        self._return_chain = ReturnMovesOn(
            [self.nihii.edit, self.name.edit], lambda: False, self.keyboard
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(2)
        self.nihii.add_to(grid, 0, 0)
        self.name.add_to(grid, 0, 1)
        for col in (0, 1):
            grid.setColumnStretch(col, 1)
        # No "Cancel" of its own: the footer's "Back" closes the form (Nav.back_on_page), so
        # in the large look the whole keypad stays on a 1280x800 screen under the help text.
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_hint)
        layout.addWidget(self.where_to_find)
        layout.addLayout(grid)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        self.setTabOrder(self.nihii.edit, self.name.edit)
        self.setTabOrder(self.name.edit, self.confirm)
        return view

    # ---------------------------------------------------------------- the contract

    def enter(self) -> None:
        self._fill()
        self._revalidate()

    def view(self) -> View:
        return View(self._stack.currentIndex())

    def nav(self) -> Nav:
        if self.view() is View.FORM:
            return Nav(
                back=False,
                back_on_page=translate("ExclusionsPage", "Cancel: do not add a care provider"),
                primary=translate("ExclusionsPage", "Add to the list"),
                primary_enabled=self.validate() is None,
            )
        if self.ctx.flow.exclusions:
            return Nav(primary=translate("ExclusionsPage", "Next"))
        return Nav(primary=translate("ExclusionsPage", "Skip"))

    def validate(self) -> str | None:
        if self.view() is View.LIST:
            return None
        state = self._nihii_state()
        if state.verdict is Verdict.WRONG:
            return state.message
        if state.verdict is not Verdict.OK:
            return translate("ExclusionsPage", "Please type the 11 digits of the NIHII number.")
        return None

    def apply(self) -> None:
        if self.view() is View.LIST:
            self.ctx.flow.next()
            return
        number = _SEPARATORS.sub("", self.nihii.edit.text())
        name = self.name.edit.text().strip() or None
        confirmed = self.confirm.isChecked() and needs_confirmation(number)
        self.ctx.flow.add_exclusion(number, name, check_digits_confirmed=confirmed)
        self.show_list()

    def retranslate(self) -> None:
        self.title.setText(translate("ExclusionsPage", "Exclude a care provider (optional)"))
        self.explanation.setText(
            translate(
                "ExclusionsPage",
                "You can exclude a particular care provider, for example a doctor or a "
                "pharmacist: they will then not be able to see your shared health record. You "
                "need their NIHII number (RIZIV/INAMI number). It is printed on their "
                "prescriptions.",
            )
        )
        self.list_heading.setText(translate("ExclusionsPage", "Care providers you exclude"))
        self.empty_note.setText(translate("ExclusionsPage", "You have not excluded anyone."))
        self.add.setText(translate("ExclusionsPage", "Add a care provider"))
        self.full_note.setText(
            translate("ExclusionsPage", "You cannot add more care providers here.")
        )
        self.form_title.setText(
            translate("ExclusionsPage", "Which care provider do you want to exclude?")
        )
        self.form_hint.setText(
            translate(
                "ExclusionsPage",
                "Type their NIHII number: 11 digits, as printed on their prescriptions.",
            )
        )
        self.where_to_find.setText(
            translate(
                "ExclusionsPage",
                "It is also on their invoices and on the certificate of care given (attestation "
                "de soins donnés, getuigschrift voor verstrekte hulp). The care provider can "
                "tell you too.",
            )
        )
        self.nihii.label.setText(translate("ExclusionsPage", "NIHII number"))
        self.name.label.setText(translate("ExclusionsPage", "Their name (optional)"))
        for field in (self.nihii, self.name):
            field.edit.setAccessibleName(field.label.text())
        self.confirm.setText(
            translate("ExclusionsPage", "I have checked: the number is exactly as printed.")
        )
        self.confirm.setAccessibleName(self.confirm.text())
        self.keyboard.retranslate()
        self.rows.retranslate()
        self._revalidate()

    def clear(self) -> None:
        self.rows.clear()
        self._reset_form()
        self._stack.setCurrentIndex(View.LIST.value)

    # ---------------------------------------------------------------- views

    def show_form(self) -> None:
        """The form, empty, with the number pad on the NIHII field."""
        self._reset_form()
        self._stack.setCurrentIndex(View.FORM.value)
        self.nihii.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def page_back(self) -> None:
        """The footer's "Back" on the form: no care provider is added."""
        self.show_list()

    def show_list(self) -> None:
        """Back to the list; the form keeps nothing."""
        self._reset_form()
        self._stack.setCurrentIndex(View.LIST.value)
        self._fill()
        self.add.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    # ---------------------------------------------------------------- internals

    def _listed(self) -> tuple[str, ...]:
        return tuple(e.nihii for e in self.ctx.flow.exclusions)

    def _nihii_state(self) -> FieldState:
        return nihii_state(self.nihii.edit.text(), self._listed(), self.confirm.isChecked())

    def _revalidate(self) -> None:
        asking = needs_confirmation(self.nihii.edit.text())
        if not asking and self.confirm.isChecked():
            self.confirm.setChecked(False)  # a new number must be checked afresh
        self.confirm.setVisible(asking)
        self.nihii.display(self._nihii_state())
        self.changed.emit()

    def _fill(self) -> None:
        exclusions = self.ctx.flow.exclusions
        items = []
        for exclusion in exclusions:
            number = format_nihii(exclusion.nihii)
            text = f"{exclusion.display_name} ({number})" if exclusion.display_name else number
            items.append((text, _remover(self, exclusion.nihii)))
        self.rows.fill(items)
        self.empty_note.setVisible(not exclusions)
        full = len(exclusions) >= self.ctx.flow.config.max_exclusions
        self.add.setEnabled(not full)
        self.full_note.setVisible(full)

    def remove(self, nihii: str) -> None:
        """Remove the excluded care provider ``nihii`` (the row's "Yes, remove")."""
        with contextlib.suppress(FlowError):  # already gone: the list is redrawn below anyway
            self.ctx.flow.remove_exclusion(nihii)
        self._fill()
        self.changed.emit()

    def _reset_form(self) -> None:
        self.nihii.reset()
        self.name.reset()
        self.confirm.setChecked(False)
        self.confirm.setVisible(False)
        self.keyboard.set_target(self.nihii.edit)

    def _on_step(self, old: Step, new: Step) -> None:
        # Arriving from another step shows the list with an empty form; coming back from "are
        # you still there?" (or a language change) keeps what the citizen was typing.
        if new is Step.EXCLUSIONS and old not in (Step.EXCLUSIONS, Step.STILL_THERE):
            self._reset_form()
            self._stack.setCurrentIndex(View.LIST.value)
            self._fill()


def _remover(page: ExclusionsPage, nihii: str) -> Callable[[], None]:
    return lambda: page.remove(nihii)


def _forget(flow: EnrolmentFlow, observer: Observer) -> None:
    with contextlib.suppress(ValueError):
        flow.remove_observer(observer)
