"""The under-16 page: a child's card was read. Kindly explain who registers for children, and
where, then go back to the start.

From 16 a person registers their own consent; before 16 their parent or legal representative
does (consent-domain.md §1.2, §6 point 7). The flow has already wiped the card's data (nothing
of a child is kept); this page shows no name. It returns to the welcome page by itself after a
while (an ending step), or at once with the button.
"""

from __future__ import annotations

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.pages.elsewhere import ElsewhereTexts, RegisterElsewherePage


class Under16Page(RegisterElsewherePage):
    """UNDER_16: the representative route."""

    steps = (Step.UNDER_16,)
    object_name = "under16Page"

    def texts(self) -> ElsewhereTexts:
        return ElsewhereTexts(
            title=translate("Under16Page", "This card belongs to a child under 16"),
            lead=translate(
                "Under16Page",
                "Children under 16 do not register themselves. Their parent or legal "
                "representative does it for them.",
            ),
            who_can=translate("Under16Page", "The parent or representative can do it:"),
            places=(
                translate("Under16Page", "with the family doctor,"),
                translate("Under16Page", "at the admissions desk of a hospital,"),
                translate("Under16Page", "at the health insurance fund (mutuality),"),
                translate("Under16Page", "or on the website of the Brussels Health Network."),
            ),
            note=translate("Under16Page", "From the age of 16, you can register yourself."),
            take_out=translate("Under16Page", "Please take the card out of the reader."),
            nothing_kept=translate("Under16Page", "Nothing from this card has been kept."),
            back_to_start=translate("Under16Page", "Back to the start"),
        )
