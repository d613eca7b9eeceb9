"""The privacy notice, shown before the card is read: what the kiosk reads, why, and what happens
to it.

The Belgian Data Protection Authority asks that a person be told, clearly and at the moment
their eID is read, which data is read and why (consent-domain.md §4); the GDPR (art. 13) adds
who is responsible, how long the data is kept, whom to ask and where to complain (§6 point 9).
The wording is plain: what we read, what we do not read, why, and what happens afterwards.

The photo line follows the stand's ``show_photo`` setting: without it the photo is not read at
all, and the notice says so.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import bulleted, label, scroll_area

log = logging.getLogger(__name__)


class PrivacyPage(Page):
    """PRIVACY: the notice; "Continue" asks for the card."""

    steps = (Step.PRIVACY,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("privacyPage")
        self._title = label("title")
        self._lead = label("lead")
        self._read_heading = label("heading")
        self._read_items = [_bullet() for _ in range(5)]
        self._not_read = label("reassurance")
        self._why_heading = label("heading")
        self._why_items = [_bullet() for _ in range(3)]
        self._after_heading = label("heading")
        self._after_items = [_bullet() for _ in range(3)]

        columns = QGridLayout()
        columns.setHorizontalSpacing(48)
        columns.setVerticalSpacing(10)
        left = _column(self._read_heading, [*map(bulleted, self._read_items), self._not_read])
        right = _column(self._why_heading, [bulleted(item) for item in self._why_items])
        right.insertSpacing(right.count() - 1, 12)
        right.insertWidget(right.count() - 1, self._after_heading)
        for item in self._after_items:
            right.insertWidget(right.count() - 1, bulleted(item))
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(16)
        inner.addWidget(self._title)
        inner.addWidget(self._lead)
        inner.addSpacing(6)
        inner.addLayout(columns)
        inner.addStretch(1)
        # A long translation scrolls instead of being cut; the footer stays in view.
        scroll = scroll_area(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 12)
        layout.addWidget(scroll)
        self.retranslate()

    def nav(self) -> Nav:
        return Nav(back=True, stop=True, primary=translate("PrivacyPage", "I understand, continue"))

    def apply(self) -> None:
        self.ctx.flow.next()

    def retranslate(self) -> None:
        self._title.setText(translate("PrivacyPage", "Before we read your card"))
        self._lead.setText(
            translate(
                "PrivacyPage",
                "The law asks us to tell you what this kiosk reads from your identity card, "
                "and why.",
            )
        )
        self._read_heading.setText(translate("PrivacyPage", "What we read from your card"))
        photo = (
            translate(
                "PrivacyPage",
                "Your photo, only to show it on this screen. It is never stored or sent.",
            )
            if self.ctx.show_photo
            else translate("PrivacyPage", "Not your photo.")
        )
        read = (
            translate("PrivacyPage", "Your surname and first names"),
            translate("PrivacyPage", "Your national number"),
            translate("PrivacyPage", "Your date of birth, only to check that you are 16 or older"),
            translate("PrivacyPage", "The number of your identity card, as proof that it was read"),
            photo,
        )
        for item, text in zip(self._read_items, read, strict=True):
            _set(item, text)
        self._not_read.setText(translate("PrivacyPage", "We do not read your address."))
        self._why_heading.setText(translate("PrivacyPage", "Why"))
        why = (
            translate(
                "PrivacyPage",
                "To register your choice with the Brussels Health Network (Abrumet), which "
                "is responsible for this data.",
            ),
            translate("PrivacyPage", "Your national number is used only for this registration."),
            translate("PrivacyPage", "Nothing is used for anything else."),
        )
        for item, text in zip(self._why_items, why, strict=True):
            _set(item, text)
        self._after_heading.setText(translate("PrivacyPage", "Afterwards"))
        after = (
            translate(
                "PrivacyPage",
                "Your choices are kept encrypted on this kiosk until they are sent, then "
                "deleted. Nothing stays on the screen when you leave.",
            ),
            translate("PrivacyPage", "Questions about your data: dpo@abrumet.be"),
            translate("PrivacyPage", "You may also complain to the Data Protection Authority."),
        )
        for item, text in zip(self._after_items, after, strict=True):
            _set(item, text)

    def clear(self) -> None:
        """Nothing personal is shown here."""


def _bullet() -> QLabel:
    return label("body")


def _set(item: QLabel, text: str) -> None:
    item.setText(text)
    item.setAccessibleName(text)


def _column(heading: QLabel, items: list[QWidget]) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(10)
    column.addWidget(heading)
    for item in items:
        column.addWidget(item)
    column.addStretch(1)
    return column
