"""How the screen adapts to the card's special status (identity tag 0x10), for one visit only.

The eID says when its holder has a white cane (blind) or a yellow cane (partially sighted)
(eid-card.md §2.2: codes 1 and 3, 4 and 5). :func:`adaptations_for` turns that into what the
kiosk does for this visit: spoken guidance and large type for a white cane, large type and the
high-contrast theme for a yellow cane. Extended minority is not an adaptation: the flow ends the
visit (:attr:`kiosk.flow.Step.REPRESENTATION`).

The status is health-related personal data: it is never stored, logged, counted or sent. An
:class:`Adaptations` lives in the visit's :class:`~kiosk.session.VisitSession` and is wiped with
it; its ``repr()`` says nothing, since reprs end up in logs and crash reports. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.cardreader.identity import Identity

__all__ = ["NO_ADAPTATIONS", "Adaptations", "adaptations_for"]


@dataclass(frozen=True, repr=False)
class Adaptations:
    """What the screen does differently for this visit. All False: nothing."""

    speech: bool = False  # spoken guidance on
    large_text: bool = False  # large type
    high_contrast: bool = False  # the high-contrast theme

    def __bool__(self) -> bool:
        return self.speech or self.large_text or self.high_contrast

    def __repr__(self) -> str:
        return "Adaptations(<redacted>)"

    __str__ = __repr__


NO_ADAPTATIONS = Adaptations()


def adaptations_for(identity: Identity) -> Adaptations:
    """The adaptations the card's special status asks for (none for any other status)."""
    if identity.white_cane:
        return Adaptations(speech=True, large_text=True)
    if identity.yellow_cane:
        return Adaptations(large_text=True, high_contrast=True)
    return NO_ADAPTATIONS
