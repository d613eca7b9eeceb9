"""The identity page: "Is this you?" with the photo, the names, the birth date and the national
number masked but for its last two digits.

The citizen confirms that the card in the reader is their own before anything is recorded in
their name. "This is not me" ends the visit and wipes everything. The photo is shown only when
the stand allows it (``show_photo``): it is decoded into a pixmap for the screen and dropped with
the rest when the visit ends (:meth:`IdentityPage.clear`); nothing here is written anywhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.flow import FlowError, Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label

if TYPE_CHECKING:
    from kiosk.cardreader.identity import BirthDate

log = logging.getLogger(__name__)

PHOTO_SIZE = QSize(240, 312)  # the card photo is 140x200-ish; 1.6x for older eyes


def format_birth_date(birth: BirthDate, language: str) -> str:
    """The birth date in words in ``language`` ("12 March 1951"); a partial date shows what is
    known (month and year, or the year); an unreadable one as printed on the card."""
    locale = QLocale(language)
    day_month_year = "d. MMMM yyyy" if language == "de" else "d MMMM yyyy"
    if birth.year is None:
        return birth.raw
    if birth.month is None:
        return str(birth.year)
    if birth.day is None:
        return locale.toString(QDate(birth.year, birth.month, 1), "MMMM yyyy")
    return locale.toString(QDate(birth.year, birth.month, birth.day), day_month_year)


class IdentityPage(Page):
    """CONFIRM_IDENTITY: the citizen confirms the card is theirs."""

    steps = (Step.CONFIRM_IDENTITY,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("identityPage")
        self.title = label("title")
        self.photo = QLabel()
        self.photo.setObjectName("identityPhoto")
        self.photo.setProperty("role", "photo")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.name_caption = label("field-label")
        self.name = label("name")
        self.birth_caption = label("field-label")
        self.birth = label("value")
        self.number_caption = label("field-label")
        self.number = label("value")
        self.masked_hint = label("hint")

        self.yes = button("primary", expand=True, large=True)
        self.yes.setObjectName("thisIsMe")
        self.no = button("secondary", expand=True, large=True)
        self.no.setObjectName("notMe")
        self.yes.clicked.connect(self._confirm)
        self.no.clicked.connect(self._not_me)

        facts = QGridLayout()
        facts.setVerticalSpacing(2)
        for row, (caption, value) in enumerate(
            [
                (self.name_caption, self.name),
                (self.birth_caption, self.birth),
                (self.number_caption, self.number),
            ]
        ):
            facts.addWidget(caption, row * 3, 0)
            facts.addWidget(value, row * 3 + 1, 0)
            facts.setRowMinimumHeight(row * 3 + 2, 18)  # air between the three facts
        facts.addWidget(self.masked_hint, 9, 0)
        facts.setRowStretch(10, 1)

        person = QHBoxLayout()
        person.setSpacing(40)
        person.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        person.addLayout(facts, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(self.yes, 1)
        buttons.addWidget(self.no, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addLayout(person, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.yes, self.no)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        card = self.ctx.flow.session.card
        if card is None:  # never expected on this step; show nothing rather than stale data
            self.clear()
            return
        identity = card.identity
        self.name.setText(" ".join(p for p in (identity.first_names, identity.surname) if p))
        self.birth.setText(format_birth_date(identity.birth_date, self.ctx.flow.language))
        self.number.setText(identity.masked_national_number)
        self._show_photo(card.photo if self.ctx.show_photo else None)
        for value in (self.name, self.birth, self.number):
            value.setAccessibleName(value.text())

    def nav(self) -> Nav:
        return Nav(back=False, stop=True, primary=None)  # the answer is in the body

    def retranslate(self) -> None:
        self.title.setText(translate("IdentityPage", "Is this you?"))
        self.name_caption.setText(translate("IdentityPage", "Name"))
        self.birth_caption.setText(translate("IdentityPage", "Date of birth"))
        self.number_caption.setText(translate("IdentityPage", "National number"))
        self.masked_hint.setText(
            translate(
                "IdentityPage",
                "For your privacy, only the last two digits of your national number are shown.",
            )
        )
        # Said by read aloud after the heading (never the details themselves: others may
        # listen); the footer's button says them when the visitor asks.
        self.setAccessibleDescription(
            translate(
                "IdentityPage",
                "Your name and date of birth, read from your card, are on the screen. To hear "
                "them, choose “Read my details aloud” at the bottom of the screen.",
            )
        )
        self.yes.setText(translate("IdentityPage", "Yes, this is me"))
        self.no.setText(translate("IdentityPage", "No, this is not me"))
        self.yes.setAccessibleName(self.yes.text())
        self.no.setAccessibleName(self.no.text())
        self.no.setAccessibleDescription(
            translate("IdentityPage", "Stops here and erases what was read from the card.")
        )
        self.photo.setAccessibleName(translate("IdentityPage", "Photo from the identity card"))
        if self.ctx.flow.step is Step.CONFIRM_IDENTITY and self.ctx.flow.session.card:
            self.enter()  # the birth date is written in the visitor's language

    def clear(self) -> None:
        for value in (self.name, self.birth, self.number):
            value.clear()
            value.setAccessibleName("")
        self.photo.clear()  # drops the pixmap: the decoded photo goes with it

    # -- actions ----------------------------------------------------------------------------

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            scaled = pixmap.scaled(
                PHOTO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.photo.setPixmap(scaled)
            self.photo.setVisible(True)
        else:
            self.photo.clear()
            self.photo.setVisible(bool(data))  # no photo setting: no empty frame either

    def _confirm(self) -> None:
        self._act(self.ctx.flow.next)

    def _not_me(self) -> None:
        self._act(self.ctx.flow.not_me)

    def _act(self, action: object) -> None:
        if self.ctx.flow.step is not Step.CONFIRM_IDENTITY:
            return  # a second tap while the next page appears
        try:
            action()  # type: ignore[operator]
        except FlowError as error:
            log.warning("identity answer refused by the flow: %s", error.code)
