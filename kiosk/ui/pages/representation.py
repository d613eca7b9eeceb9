"""The representation page: the card says a legal representative acts for its holder (the card's
special status "extended minority", identity tag 0x10). Kindly explain that the representative
registers for them, and where, then go back to the start.

Under the Patients' Rights Law a legal representative (an administrator, for instance) exercises
the rights of an adult who cannot exercise them alone; at the Brussels Health Network they
register the consent through the doctor, a hospital, the mutuality, or the network's "third party
registration" form, signed, with both identity cards (consent-domain.md §1.2, §1.5). The flow has
already wiped the card's data and nothing is queued; this page shows no name. Like the under-16
page it returns to the welcome page by itself after a while (an ending step), or at once with
the button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import bulleted, label


class RepresentationPage(Page):
    """REPRESENTATION: the legal representative's route."""

    steps = (Step.REPRESENTATION,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("representationPage")
        self.title = label("title")
        self.lead = label("lead")
        self.where_heading = label("heading")
        self.places = [label("body") for _ in range(4)]
        self.help = label("body")
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
        layout.addWidget(self.help)
        layout.addStretch(1)
        layout.addWidget(self.take_out)
        layout.addWidget(self.nothing_kept)
        self.retranslate()

    def nav(self) -> Nav:
        return Nav(
            back=False, stop=False, primary=translate("RepresentationPage", "Back to the start")
        )

    def apply(self) -> None:
        self.ctx.flow.next()

    def retranslate(self) -> None:
        self.title.setText(
            translate(
                "RepresentationPage", "A legal representative acts for the holder of this card"
            )
        )
        self.lead.setText(
            translate(
                "RepresentationPage",
                "This card says that a legal representative, such as an administrator, acts "
                "for its holder. That representative registers the consent for them: it cannot "
                "be done at this kiosk.",
            )
        )
        self.where_heading.setText(translate("RepresentationPage", "The representative can do it:"))
        places = (
            translate("RepresentationPage", "with the family doctor,"),
            translate("RepresentationPage", "at the admissions desk of a hospital,"),
            translate("RepresentationPage", "at the health insurance fund (mutuality),"),
            translate(
                "RepresentationPage",
                "or with the Brussels Health Network: its “third party registration” form, "
                "signed, with a copy of both identity cards.",
            ),
        )
        for place, text in zip(self.places, places, strict=True):
            _bullet(place, text)
        self.help.setText(
            translate(
                "RepresentationPage",
                "Do you have a question? A volunteer at the stand will gladly help.",
            )
        )
        self.take_out.setText(
            translate("RepresentationPage", "Please take the card out of the reader.")
        )
        self.nothing_kept.setText(
            translate("RepresentationPage", "Nothing from this card has been kept.")
        )

    def clear(self) -> None:
        """Nothing personal is shown here."""


def _bullet(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text)
