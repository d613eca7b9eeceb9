"""Value types shared by the outbox store and the delivery worker. No personal data in here:
a record carries the encrypted payload's plaintext only after ``Outbox.claim_next`` decrypts it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class State(str, enum.Enum):
    """Where a submission is in its life.

    pending -> sending -> delivered (payload purged; receipt kept)
                       -> rejected  (needs a volunteer; never retried blindly)
                       -> pending   (retry later, with ``not_before``)
    A record found in ``sending`` at start-up (crash mid-send) goes back to ``pending``.
    """

    PENDING = "pending"
    SENDING = "sending"
    DELIVERED = "delivered"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ClaimedRecord:
    """A record handed to the delivery worker: the decrypted Bundle bytes, exactly as captured."""

    submission_id: str
    bundle: bytes = field(repr=False)
    attempts: int
    demo: bool


@dataclass(frozen=True)
class QueueStatus:
    """Counts and ages for the status strip and ``kiosk-queue status``. No personal data."""

    counts: dict[str, int]
    oldest_pending_age_s: float | None
    exported_count: int
    last_success_at: float | None
    last_error: str | None
    overdue: int  # pending records older than the configured maximum age
