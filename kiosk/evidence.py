"""The evidence that the citizen's own eID card was in the reader for one submission.

Applet 1.8 cards hold a basic key (EF 4040, its hash in identity tag 0x1A) and sign a 48-byte
challenge with it (INTERNAL AUTHENTICATE, eid-card.md §3.5). The kiosk asks once per
submission, never per read (the card allows 5000 challenges), with a challenge derived from
the submission itself, so the card's signature proves that this card was present for this
submission and cannot be replayed for another one.

The challenge (:func:`submission_challenge`) is SHA-384 over a canonical form of the
submission that a hub can rebuild from the Bundle alone: the UTF-8 bytes of
``kiosk-eid-challenge/1`` followed by one LF and the canonical JSON (sorted keys, no
whitespace, ``ensure_ascii=False``) of::

    {"decision": "given",
     "exclusions": ["<NIHII>", ...],                        # in the order of the submission
     "submission_id": "<UUID4>",                            # Bundle.identifier.value
     "trusted_persons": [{"card_number": "...", "national_number": "..."}, ...]}

:class:`CardEvidence` carries what a network that re-verifies cards itself receives with
``evidence = "card"`` (:mod:`kiosk.fhir.bundle` says how it is written). No Qt, no I/O here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "CHALLENGE_DOMAIN",
    "EVIDENCE_FORMS",
    "Authenticity",
    "CardEvidence",
    "EvidenceForm",
    "submission_challenge",
]

#: What a submission says about the card: it signed this submission's challenge with the basic
#: key of its verified files, or it has no basic key (applet 1.7 and older).
Authenticity = Literal["verified", "not-provable"]

#: ``minimal``: the card number and the authenticity code only; ``card``: the card's signed
#: files and the challenge signature travel too.
EvidenceForm = Literal["minimal", "card"]
EVIDENCE_FORMS: tuple[EvidenceForm, ...] = ("minimal", "card")

CHALLENGE_DOMAIN = b"kiosk-eid-challenge/1"


def submission_challenge(enrolment: Any) -> bytes:
    """The 48-byte challenge of a :class:`kiosk.enrolment.Enrolment` (duck-typed: that module
    imports this one), in the form the module docstring gives."""
    document = {
        "decision": enrolment.decision.value,
        "exclusions": [e.nihii for e in enrolment.exclusions],
        "submission_id": enrolment.submission_id,
        "trusted_persons": [
            {"card_number": p.eid_card_number, "national_number": p.national_number}
            for p in enrolment.trusted_persons
        ],
    }
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha384(CHALLENGE_DOMAIN + b"\n" + canonical.encode("utf-8")).digest()


@dataclass(frozen=True, slots=True, repr=False)
class CardEvidence:
    """The card's own proofs, for a network that re-verifies them (``evidence = "card"``).

    ``identity_file`` is EF 4031 as read, ``identity_signature`` EF 4032 (the National
    Register's signature over it), ``rrn_certificate`` EF 503C (DER), ``basic_key`` EF 4040
    (DER SubjectPublicKeyInfo, P-384; None on applet 1.7 and older). ``challenge`` and
    ``challenge_signature`` (raw ECDSA ``r || s``) are set once the card signed this
    submission's challenge.
    """

    identity_file: bytes
    identity_signature: bytes
    rrn_certificate: bytes
    basic_key: bytes | None = None
    challenge: bytes | None = None
    challenge_signature: bytes | None = None

    def __post_init__(self) -> None:
        for name in ("identity_file", "identity_signature", "rrn_certificate"):
            if not isinstance(getattr(self, name), bytes) or not getattr(self, name):
                raise ValueError(f"{name} must be non-empty bytes")
        for name in ("basic_key", "challenge", "challenge_signature"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, bytes):
                raise ValueError(f"{name} must be bytes or None")
        if (self.challenge is None) != (self.challenge_signature is None):
            raise ValueError("a challenge travels with the card's signature of it, or neither")
        if self.challenge is not None and self.basic_key is None:
            raise ValueError("a challenge signature needs the basic key that verifies it")

    def __repr__(self) -> str:
        return f"CardEvidence(<redacted>, signed={self.challenge is not None})"

    __str__ = __repr__
