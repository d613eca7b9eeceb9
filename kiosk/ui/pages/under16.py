"""The under-16 page: a child's card was read. Kindly explain who registers for children, and
where, then go back to the start.

From 16 a person registers their own consent; before 16 their parent or legal representative
does (consent-domain.md §1.2, §6 point 7). The flow has already wiped the card's data (nothing
of a child is kept); this page shows no name. It returns to the welcome page by itself after a
while (an ending step), or at once with the button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import bulleted, label


class Under16Page(Page):
    """UNDER_16: the representative route."""

    steps = (Step.UNDER_16,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("under16Page")
        self.title = label("title")
        self.lead = label("lead")
        self.where_heading = label("heading")
        self.places = [label("body") for _ in range(4)]
        self.from16 = label("body")
        self.take_out = label("notice")
        self.nothing_kept = label("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 28, 64, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(6)
        layout.addWidget(self.where_heading)
        for place in self.places:
            row = bulleted(place)
            row.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(row)
        layout.addSpacing(6)
        layout.addWidget(self.from16)
        layout.addStretch(1)
        layout.addWidget(self.take_out)
        layout.addWidget(self.nothing_kept)
        self.retranslate()

    def nav(self) -> Nav:
        return Nav(back=False, stop=False, primary=translate("Under16Page", "Back to the start"))

    def apply(self) -> None:
        self.ctx.flow.next()

    def retranslate(self) -> None:
        self.title.setText(translate("Under16Page", "This card belongs to a child under 16"))
        self.lead.setText(
            translate(
                "Under16Page",
                "Children under 16 do not register themselves. Their parent or legal "
                "representative does it for them.",
            )
        )
        self.where_heading.setText(
            translate("Under16Page", "The parent or representative can do it:")
        )
        places = (
            translate("Under16Page", "with the family doctor,"),
            translate("Under16Page", "at the admissions desk of a hospital,"),
            translate("Under16Page", "at the health insurance fund (mutuality),"),
            translate("Under16Page", "or on the website of the Brussels Health Network."),
        )
        for place, text in zip(self.places, places, strict=True):
            _bullet(place, text)
        self.from16.setText(
            translate("Under16Page", "From the age of 16, you can register yourself.")
        )
        self.take_out.setText(translate("Under16Page", "Please take the card out of the reader."))
        self.nothing_kept.setText(translate("Under16Page", "Nothing from this card has been kept."))

    def clear(self) -> None:
        """Nothing personal is shown here."""


def _bullet(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text)
