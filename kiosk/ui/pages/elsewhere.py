"""The shape shared by the pages that end a visit before identity confirmation because someone
else registers for the card's holder (a child under 16, an adult with a legal representative):
say so kindly, say who can register and where, ask for the card back, say nothing was kept, and
go back to the start.

The flow has already wiped the card's data and nothing is queued; these pages show no name.
They return to the welcome page by themselves after a while (an ending step), or at once with
the footer's button. A page gives its texts, translated in its own context, through
:meth:`RegisterElsewherePage.texts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import bulleted, label

PLACES = 4  # the doctor, a hospital, the mutuality, the network


@dataclass(frozen=True)
class ElsewhereTexts:
    """What a page says, translated."""

    title: str
    lead: str
    who_can: str  # the heading over the places
    places: tuple[str, ...]  # PLACES of them
    note: str  # one more sentence under the places
    take_out: str  # "please take the card out"
    nothing_kept: str
    back_to_start: str  # the footer's button


class RegisterElsewherePage(Page):
    """An ending page: who registers instead of the card's holder, and where."""

    object_name = ""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName(self.object_name)
        self.title = label("title")
        self.lead = label("lead")
        self.who_can = label("heading")
        self.places = [label("body") for _ in range(PLACES)]
        self.note = label("body")
        self.take_out = label("notice")
        self.nothing_kept = label("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 28, 64, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(6)
        layout.addWidget(self.who_can)
        for place in self.places:
            row = bulleted(place)
            row.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(row)
        layout.addSpacing(6)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.take_out)
        layout.addWidget(self.nothing_kept)
        self.retranslate()

    def texts(self) -> ElsewhereTexts:
        """This page's texts, translated now."""
        raise NotImplementedError

    def nav(self) -> Nav:
        return Nav(back=False, stop=False, primary=self.texts().back_to_start)

    def apply(self) -> None:
        self.ctx.flow.next()

    def retranslate(self) -> None:
        texts = self.texts()
        self.title.setText(texts.title)
        self.lead.setText(texts.lead)
        self.who_can.setText(texts.who_can)
        for place, text in zip(self.places, texts.places, strict=True):
            place.setText(text)
            place.setAccessibleName(text)
        self.note.setText(texts.note)
        self.take_out.setText(texts.take_out)
        self.nothing_kept.setText(texts.nothing_kept)

    def clear(self) -> None:
        """Nothing personal is shown here."""
