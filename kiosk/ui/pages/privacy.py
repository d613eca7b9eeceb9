"""The privacy notice, shown before the card is read: what the kiosk reads, why, and what happens
to it.

The Belgian Data Protection Authority asks that a person be told, clearly and at the moment
their eID is read, which data is read and why (consent-domain.md §4); the GDPR (art. 13) adds
who is responsible, how long the data is kept, whom to ask and where to complain (§6 point 9).
The wording is plain: what we read, what we do not read, why, and what happens afterwards.

The "what we read" and "what we send" lists are generated from the one declaration of
:mod:`kiosk.disclosure` (each item's ``label``, translated here), so the notice cannot drift
from what the code reads and sends. The photo line follows the stand's ``show_photo``
setting: without it the photo is not read at all, and the notice says so; the ``evidence``
setting (``card``) adds the signed copy of the card's files to what is sent, and the items read
say that they are sent then.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk import disclosure
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
        self._read_heading = label("heading")
        self._read_labels = disclosure.read_labels(ctx.evidence)
        self._sent_labels = disclosure.labels(disclosure.sent(ctx.evidence))
        self._read_items = [_bullet() for _ in self._read_labels]
        self._not_read = label("reassurance")
        self._sent_heading = label("heading")
        self._sent_items = [_bullet() for _ in self._sent_labels]
        self._why_heading = label("heading")
        self._why_items = [_bullet() for _ in range(3)]
        self._after_heading = label("heading")
        self._after_items = [_bullet() for _ in range(3)]

        # Three columns (read, sent, why and afterwards), so that the whole notice fits on the
        # stand's screen in every language; the page's texts are a little smaller (theme.qss).
        columns = QGridLayout()
        columns.setHorizontalSpacing(28)
        read = _column(self._read_heading, [*map(bulleted, self._read_items), self._not_read])
        sent = _column(self._sent_heading, [bulleted(item) for item in self._sent_items])
        why = _column(self._why_heading, [bulleted(item) for item in self._why_items])
        why.insertSpacing(why.count() - 1, 12)
        why.insertWidget(why.count() - 1, self._after_heading)
        for item in self._after_items:
            why.insertWidget(why.count() - 1, bulleted(item))
        for i, column in enumerate((read, sent, why)):
            columns.addLayout(column, 0, i)
            columns.setColumnStretch(i, 1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(16)
        inner.addWidget(self._title)
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
        self._read_heading.setText(translate("PrivacyPage", "What we read from your card"))
        texts = declared_texts()
        read = [
            texts[source]
            if self.ctx.show_photo or source not in _PHOTO_LABELS
            else translate("PrivacyPage", "Not your photo.")
            for source in self._read_labels
        ]
        for item, text in zip(self._read_items, read, strict=True):
            _set(item, text)
        self._not_read.setText(" ".join(texts[label] for _, _, label in disclosure.NOT_READ))
        self._sent_heading.setText(
            translate("PrivacyPage", "What we send to the Brussels Health Network")
        )
        sent = [texts[source] for source in self._sent_labels]
        for item, text in zip(self._sent_items, sent, strict=True):
            _set(item, text)
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


_PHOTO_LABELS = {item.label for item in disclosure.READ if item.only_if_photo_shown}


def declared_texts() -> dict[str, str]:
    """Every label of :mod:`kiosk.disclosure`, translated, by its English source.

    Written out call by call because lupdate extracts only literal texts; a test checks that
    the keys are exactly the declaration's labels, so a new declared item cannot go unshown.
    """
    return {
        "Your names and national number": translate(
            "PrivacyPage", "Your names and national number"
        ),
        "Your date of birth, only to check that you are 16 or older": translate(
            "PrivacyPage", "Your date of birth, only to check that you are 16 or older"
        ),
        "Whether your card mentions a white or yellow cane or a legal representative, only "
        "for this visit. It is never stored or sent.": translate(
            "PrivacyPage",
            "Whether your card mentions a white or yellow cane or a legal representative, only "
            "for this visit. It is never stored or sent.",
        ),
        "The number of your identity card": translate(
            "PrivacyPage", "The number of your identity card"
        ),
        "The card's electronic signatures, to check that it is genuine. They are not sent.": (
            translate(
                "PrivacyPage",
                "The card's electronic signatures, to check that it is genuine. They are not sent.",
            )
        ),
        "Your photo, only to show it on this screen. It is never stored or sent.": translate(
            "PrivacyPage",
            "Your photo, only to show it on this screen. It is never stored or sent.",
        ),
        "We do not read your address.": translate("PrivacyPage", "We do not read your address."),
        "The language you chose": translate("PrivacyPage", "The language you chose"),
        "Your decision on the informed consent": translate(
            "PrivacyPage", "Your decision on the informed consent"
        ),
        "Your trusted persons: names, national number and card number": translate(
            "PrivacyPage", "Your trusted persons: names, national number and card number"
        ),
        "The care providers you exclude: NIHII number and name": translate(
            "PrivacyPage", "The care providers you exclude: NIHII number and name"
        ),
        "The number of your identity card, as proof that it was read": translate(
            "PrivacyPage", "The number of your identity card, as proof that it was read"
        ),
        "The date, the time, this stand and this kiosk": translate(
            "PrivacyPage", "The date, the time, this stand and this kiosk"
        ),
        "Whether your card proved that it is genuine": translate(
            "PrivacyPage", "Whether your card proved that it is genuine"
        ),
        # With evidence = "card" only:
        "The card's electronic signatures, to check that it is genuine. "
        "They are sent too, so that the network can check your card itself.": translate(
            "PrivacyPage",
            "The card's electronic signatures, to check that it is genuine. "
            "They are sent too, so that the network can check your card itself.",
        ),
        "Your date of birth, to check that you are 16 or older. "
        "It is sent only inside the signed copy of your card's identity file.": translate(
            "PrivacyPage",
            "Your date of birth, to check that you are 16 or older. "
            "It is sent only inside the signed copy of your card's identity file.",
        ),
        "Whether your card mentions a white or yellow cane or a legal representative, only "
        "for this visit. It is sent only inside the signed copy of your card's identity "
        "file.": translate(
            "PrivacyPage",
            "Whether your card mentions a white or yellow cane or a legal representative, only "
            "for this visit. It is sent only inside the signed copy of your card's identity "
            "file.",
        ),
        "A signed copy of your card's identity file (it also holds your date and place of "
        "birth, gender, nationality, the card's dates and any mention of a white or yellow "
        "cane), its signatures and certificate, so that the network can check your card "
        "itself. Not your address, not your photo.": (
            translate(
                "PrivacyPage",
                "A signed copy of your card's identity file (it also holds your date and place "
                "of birth, gender, nationality, the card's dates and any mention of a white or "
                "yellow cane), its signatures and certificate, so that the network can check "
                "your card itself. Not your address, not your photo.",
            )
        ),
    }


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
