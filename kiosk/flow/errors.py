"""The one error the flow raises on purpose: an action the citizen (or the UI) may not take now.

Each :class:`FlowError` carries a stable ``code`` that the UI maps to a translated message. The
message is the code itself: never a name, a national number or anything typed by the citizen.
Rule violations found by :mod:`kiosk.enrolment` keep their own code (e.g. an invalid national
number typed for a trusted person).
"""

from __future__ import annotations

from kiosk.errors import KioskError

#: Codes raised by the flow itself. Enrolment validation codes pass through unchanged.
NOT_ALLOWED_HERE = "not-allowed-here"
NO_WAY_BACK = "no-way-back"
UNKNOWN_LANGUAGE = "unknown-language"
CONSENT_NOT_ACKNOWLEDGED = "trusted-person-consent-not-acknowledged"
TRUSTED_PERSON_IS_CITIZEN = "trusted-person-is-citizen"
DUPLICATE_TRUSTED_PERSON = "duplicate-trusted-person"
TOO_MANY_TRUSTED_PERSONS = "too-many-trusted-persons"
NO_SUCH_TRUSTED_PERSON = "no-such-trusted-person"
DUPLICATE_EXCLUSION = "duplicate-exclusion"
TOO_MANY_EXCLUSIONS = "too-many-exclusions"
NO_SUCH_EXCLUSION = "no-such-exclusion"

FLOW_CODES = frozenset(
    {
        NOT_ALLOWED_HERE,
        NO_WAY_BACK,
        UNKNOWN_LANGUAGE,
        CONSENT_NOT_ACKNOWLEDGED,
        TRUSTED_PERSON_IS_CITIZEN,
        DUPLICATE_TRUSTED_PERSON,
        TOO_MANY_TRUSTED_PERSONS,
        NO_SUCH_TRUSTED_PERSON,
        DUPLICATE_EXCLUSION,
        TOO_MANY_EXCLUSIONS,
        NO_SUCH_EXCLUSION,
    }
)

#: Codes shown on the error steps (``EnrolmentFlow.error_code``), besides the card layer's own
#: (:mod:`kiosk.cardreader.errors`) and the enrolment's validation codes.
CARD_EXPIRED = "card-expired"
AGE_UNKNOWN = "age-unknown"  # the card does not tell the birth year (same code as the enrolment)
READ_TIMEOUT = "read-timeout"
NOT_THE_SAME_CARD = "not-the-same-card"
SUBMIT_FAILED = "submit-failed"


class FlowError(KioskError):
    """An action refused by the flow; ``code`` is stable, the state is unchanged."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
