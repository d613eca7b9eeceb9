"""The trusted-person step: what a trusted person is, who is named, and the two ways to add one.

Shows :attr:`~kiosk.flow.steps.Step.TRUSTED_PERSON`. The citizen may name up to
``FlowConfig.max_trusted_persons`` trusted persons, by reading their eID card in the reader
(the card swap, :mod:`kiosk.ui.pages.swap`) or by typing their details
(:mod:`kiosk.ui.pages.trusted_typed`). Removing one asks once more on the same line: re-adding a
person by card swap is long, so a slip of the finger must not cost that.

Also used by the other pages of this part (typed form, card swap, exclusions): the texts of
the trusted-person refusal codes (:func:`trusted_problem_text`), the way a name is written
(:func:`person_name`), the removable list (:class:`RowList`) and the wrapping check box
(:func:`~kiosk.ui.widgets.check_box.check_box`, re-exported).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.flow import FlowError, Step
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label, scroll_area
from kiosk.ui.widgets.check_box import check_box

__all__ = [
    "RowList",
    "TrustedPage",
    "check_box",  # the shared wrapping check box, re-exported for this part's pages
    "named_button",
    "person_name",
    "trusted_problem_text",
]


def trusted_problem_text(code: str) -> str:
    """The citizen-facing text of a refusal about a trusted person (flow or enrolment code)."""
    if code == "invalid-name":  # on the typed form only the surname can be missing
        return translate("TrustedPage", "Please type their surname.")
    return message(code)


def person_name(first_names: str, surname: str) -> str:
    """A person's name as the citizen reads it (translators may put the surname first)."""
    #: How a person's full name is written. Keep both placeholders.
    name = translate("TrustedPage", "{first_names} {surname}")
    return name.format(first_names=first_names, surname=surname).strip()


def named_button(name: str, role: str = "secondary", *, expand: bool = False) -> QPushButton:
    """A theme button with an object name (for the tests and the style sheet)."""
    widget = button(role, expand=expand)
    widget.setObjectName(name)
    return widget


class RemovableRow(QWidget):
    """One line of a list (a trusted person, an excluded care provider) with "Remove", which
    asks once more on the same line before calling ``on_remove``."""

    def __init__(self, text: str, on_remove: Callable[[], None]) -> None:
        super().__init__()
        self._text = text
        self._asking_now = False
        self.label = label("name")
        self.remove = named_button("remove")
        self.yes = named_button("confirmRemove")
        self.no = named_button("keep")
        self.remove.clicked.connect(lambda: self._asking(True))
        self.no.clicked.connect(lambda: self._asking(False))
        self.yes.clicked.connect(lambda: on_remove())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for widget in (self.remove, self.yes, self.no):
            layout.addWidget(widget)
        self._asking(False, focus=False)

    def retranslate(self) -> None:
        if self._asking_now:
            self.label.setText(translate("RemovableRow", "Remove {name}?").format(name=self._text))
        else:
            self.label.setText(self._text)
        self.remove.setText(translate("RemovableRow", "Remove"))
        self.remove.setAccessibleName(
            translate("RemovableRow", "Remove {name}").format(name=self._text)
        )
        self.yes.setText(translate("RemovableRow", "Yes, remove"))
        self.no.setText(translate("RemovableRow", "No, keep"))

    def wipe(self) -> None:
        """Forget the text (the row is about to be deleted, maybe after a tree walk)."""
        self._text = ""
        for widget in (self.label, self.remove, self.yes, self.no):
            widget.setText("")
            widget.setAccessibleName("")

    def _asking(self, asking: bool, *, focus: bool = True) -> None:
        self._asking_now = asking
        self.remove.setVisible(not asking)
        self.yes.setVisible(asking)
        self.no.setVisible(asking)
        self.retranslate()
        if focus:
            (self.no if asking else self.remove).setFocus(Qt.FocusReason.OtherFocusReason)


class RowList(QWidget):
    """A column of :class:`RemovableRow`, rebuilt from the flow's list on every :meth:`fill`."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)  # rows stay at the top however tall the list's box is
        self.rows: list[RemovableRow] = []

    def fill(self, items: list[tuple[str, Callable[[], None]]]) -> None:
        """One row per ``(text, on_remove)``."""
        self.clear()
        for text, on_remove in items:
            row = RemovableRow(text, on_remove)
            self._layout.insertWidget(len(self.rows), row)
            row.show()  # now, not on the layout's queued show: the list is read at once
            self.rows.append(row)

    def retranslate(self) -> None:
        for row in self.rows:
            row.retranslate()

    def clear(self) -> None:
        rows, self.rows = self.rows, []
        for row in rows:
            row.hide()
            row.wipe()  # deletion waits for the event loop; the name must not
            self._layout.removeWidget(row)
            row.deleteLater()


class TrustedPage(Page):
    """TRUSTED_PERSON: explanation, the list with remove, "read their card", "type details"."""

    steps = (Step.TRUSTED_PERSON,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("trustedPage")
        self.title = label("title")
        self.explanation = label("lead")
        self.list_heading = label("heading")
        self.empty_note = label("hint")
        self.rows = RowList()
        self.add_heading = label("heading")
        self.by_card = named_button("readTrustedPersonCard", "choice", expand=True)
        self.by_typing = named_button("typeTrustedPerson", "choice", expand=True)
        self.by_card_hint = label("hint")
        self.by_typing_hint = label("hint")
        self.full_note = label("notice")
        self.problem = label("error")
        self.problem.hide()  # shown with a message only: an empty line still takes spacing
        self.by_card.clicked.connect(self._read_card)
        self.by_typing.clicked.connect(self._type_details)
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        choices = QHBoxLayout()
        choices.setSpacing(32)
        for choice, hint in (
            (self.by_card, self.by_card_hint),
            (self.by_typing, self.by_typing_hint),
        ):
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(choice)
            column.addWidget(hint)
            choices.addLayout(column, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for widget in (
            self.title,
            self.explanation,
            self.list_heading,
            self.empty_note,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.rows)
        layout.addSpacing(8)
        layout.addWidget(self.add_heading)
        layout.addLayout(choices)
        layout.addWidget(self.full_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        # Two persons, the "no more" note and a long translation do not always fit: the body
        # scrolls rather than squeezing buttons and hints onto each other.
        page = QVBoxLayout(self)
        page.setContentsMargins(40, 24, 40, 16)
        page.addWidget(scroll_area(body))

    # ---------------------------------------------------------------- the contract

    def enter(self) -> None:
        self.problem.clear()
        self.problem.hide()
        self._fill()
        self.changed.emit()

    def nav(self) -> Nav:
        if self.ctx.flow.trusted_persons:
            return Nav(primary=translate("TrustedPage", "Next"))
        return Nav(primary=translate("TrustedPage", "Skip"))

    def apply(self) -> None:
        self.ctx.flow.next()

    def retranslate(self) -> None:
        self.title.setText(translate("TrustedPage", "A trusted person (optional)"))
        self.explanation.setText(
            translate(
                "TrustedPage",
                "A trusted person helps you manage your shared health record, for example a "
                "relative or a friend. You stay the one who decides. Your trusted person must "
                "have registered their own informed consent too.",
            )
        )
        self.list_heading.setText(translate("TrustedPage", "Your trusted persons"))
        self.empty_note.setText(translate("TrustedPage", "You have not named anyone yet."))
        self.add_heading.setText(translate("TrustedPage", "Add a trusted person"))
        self.by_card.setText(translate("TrustedPage", "Read their eID card"))
        self.by_card_hint.setText(translate("TrustedPage", "Their card must be here with you."))
        self.by_typing.setText(translate("TrustedPage", "Type their details"))
        self.by_typing_hint.setText(
            translate("TrustedPage", "You need their national number and their card number.")
        )
        self.full_note.setText(
            translate(
                "TrustedPage",
                "You cannot add more trusted persons here. You can add more on the website of "
                "the Brussels Health Network.",
            )
        )
        self.rows.retranslate()

    def clear(self) -> None:
        self.rows.clear()
        self.problem.clear()
        self.problem.hide()

    # ---------------------------------------------------------------- actions

    def remove_person(self, index: int) -> None:
        """Remove the ``index``-th trusted person (the row's "Yes, remove")."""
        self._call(lambda: self.ctx.flow.remove_trusted_person(index))
        self._fill()  # the main window also re-enters the page on the flow's notification
        self.changed.emit()

    def _read_card(self) -> None:
        self._call(self.ctx.flow.begin_card_swap)

    def _type_details(self) -> None:
        self._call(self.ctx.flow.type_trusted_person)

    def _call(self, action: Callable[[], None]) -> None:
        try:
            action()
        except FlowError as exc:
            self.problem.setText(trusted_problem_text(exc.code))
            self.problem.show()

    def _fill(self) -> None:
        persons = self.ctx.flow.trusted_persons
        self.rows.fill(
            [
                (
                    person_name(p.first_names, p.surname),
                    functools.partial(self.remove_person, i),
                )
                for i, p in enumerate(persons)
            ]
        )
        self.empty_note.setVisible(not persons)
        full = len(persons) >= self.ctx.flow.config.max_trusted_persons
        for widget in (self.by_card, self.by_typing):
            widget.setEnabled(not full)
        # The hints say how to add someone: with the list full, the note says why one cannot,
        # and the page fits the screen without scrolling.
        for hint in (self.by_card_hint, self.by_typing_hint):
            hint.setVisible(not full)
        self.full_note.setVisible(full)
