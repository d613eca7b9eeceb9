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

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.pages.elsewhere import ElsewhereTexts, RegisterElsewherePage


class RepresentationPage(RegisterElsewherePage):
    """REPRESENTATION: the legal representative's route."""

    steps = (Step.REPRESENTATION,)
    object_name = "representationPage"

    def texts(self) -> ElsewhereTexts:
        return ElsewhereTexts(
            title=translate(
                "RepresentationPage", "A legal representative acts for the holder of this card"
            ),
            lead=translate(
                "RepresentationPage",
                "This card says that a legal representative, such as an administrator, acts "
                "for its holder. That representative registers the consent for them: it cannot "
                "be done at this kiosk.",
            ),
            who_can=translate("RepresentationPage", "The representative can do it:"),
            places=(
                translate("RepresentationPage", "with the family doctor,"),
                translate("RepresentationPage", "at the admissions desk of a hospital,"),
                translate("RepresentationPage", "at the health insurance fund (mutuality),"),
                translate(
                    "RepresentationPage",
                    "or with the Brussels Health Network: its “third party registration” form, "
                    "signed, with a copy of both identity cards.",
                ),
            ),
            note=translate(
                "RepresentationPage",
                "Do you have a question? A volunteer at the stand will gladly help.",
            ),
            take_out=translate("RepresentationPage", "Please take the card out of the reader."),
            nothing_kept=translate("RepresentationPage", "Nothing from this card has been kept."),
            back_to_start=translate("RepresentationPage", "Back to the start"),
        )
