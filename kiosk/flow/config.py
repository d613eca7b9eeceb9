"""The knobs of the enrolment flow, with their defaults and the reasons for them.

The kiosk's settings file (TOML) is loaded elsewhere; this is the typed, validated shape the flow
takes. Durations are seconds on the flow's monotonic clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kiosk.enrolment import LANGUAGES, Language
from kiosk.evidence import EVIDENCE_FORMS, EvidenceForm

__all__ = ["LANGUAGES", "FlowConfig", "Language"]


@dataclass(frozen=True, slots=True)
class FlowConfig:
    """How one kiosk runs the visit.

    Attributes:
        stand_id, kiosk_id: where the enrolment was captured (carried into it).
        demo: practice runs with specimen cards; carried into every enrolment so demo
            submissions never mix with real ones.
        default_language: the language of the welcome screen for the next visitor.
        inactivity_s: no touch or card movement for this long raises "are you still there?".
        warning_s: the countdown of that warning; when it ends the visit is wiped.
        ending_s: how long the receipt (or the under-16 explanation) stays after it appeared or
            was last touched, before the kiosk returns to the welcome screen by itself.
        swap_timeout_s: how long the trusted-person card swap waits for a card to move before
            it gives up (the citizen's data is kept; see :mod:`kiosk.flow.machine`).
        read_timeout_s: a card read that has not answered by then is reported as failed.
        max_trusted_persons: BHN lets a patient name "one or more" trusted persons
            (consent-domain.md §1.5 and §4 point 6). Two covers the usual helper pair (a partner
            and a child) while keeping the visit, and the personal data it collects, short;
            more can be added on the BHN portal.
        max_exclusions: a bound for the on-screen list; exclusions are usually one or two.
        accept_expired_cards: an expired card still carries signed data, but it is not a valid
            identity document and its card number is the proof of reading BHN registers: refuse
            by default.
        evidence: ``minimal`` or ``card`` (:mod:`kiosk.evidence`): with ``card`` the enrolment
            carries the card's signed files, basic key and challenge signature for the network.
    """

    stand_id: str = "stand"
    kiosk_id: str = "kiosk"
    demo: bool = False
    default_language: Language = "fr"
    inactivity_s: float = 60.0
    warning_s: float = 15.0
    ending_s: float = 20.0
    swap_timeout_s: float = 45.0
    read_timeout_s: float = 30.0
    max_trusted_persons: int = 2
    max_exclusions: int = 10
    accept_expired_cards: bool = False
    evidence: EvidenceForm = "minimal"

    def __post_init__(self) -> None:
        if self.default_language not in LANGUAGES:
            raise ValueError(f"default_language must be one of {', '.join(LANGUAGES)}")
        for name in ("inactivity_s", "warning_s", "ending_s", "swap_timeout_s", "read_timeout_s"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds")
        for name in ("max_trusted_persons", "max_exclusions"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0")
        if self.evidence not in EVIDENCE_FORMS:
            raise ValueError(f"evidence must be one of {', '.join(EVIDENCE_FORMS)}")
