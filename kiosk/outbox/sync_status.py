"""What the sync worker reports: its state and a :class:`SyncStatus` snapshot, no personal data.

The worker (:mod:`kiosk.outbox.sync`) produces these; the status strip on every page and the
volunteers' panel show them. They live apart from the worker so that a screen showing the
status does not load the delivery code with it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["SyncState", "SyncStatus"]


class SyncState(enum.StrEnum):
    IDLE = "idle"  # nothing due, or waiting for the next poll
    SENDING = "sending"
    OFFLINE = "offline"  # the endpoint did not answer the probe
    BACKING_OFF = "backing-off"  # after a transient failure or a Retry-After
    AUTH_PAUSED = "auth-paused"  # credentials refused: a volunteer must act
    STORAGE_ERROR = "storage-error"  # the outbox itself failed (disk, key)
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncStatus:
    """What the status strip shows. No personal data: counts, ages, times, a short error."""

    state: SyncState
    pending: int  # pending + sending
    rejected: int
    oldest_pending_age_s: float | None
    last_success_at: float | None
    last_error: str | None
    paused: bool
    reachable: bool | None  # None until the first probe
    next_attempt_at: float | None = None
