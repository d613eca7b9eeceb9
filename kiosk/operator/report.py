"""What the operator panel shows, in one frozen object with no personal data.

:func:`build_snapshot` gathers it from the kiosk's runtime (queue counts, sync status: a
:class:`StatusSource`, which :class:`~kiosk.services.Services` is), the host (reader state) and
the audit log (today's enrolments at this stand). Every figure is a count, an age, a time or a
short error text the outbox already scrubbed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.operator.audit import AuditLog
    from kiosk.outbox.records import QueueStatus
    from kiosk.outbox.sync import SyncStatus

__all__ = ["OperatorSnapshot", "StatusSource", "TodayCounts", "build_snapshot", "today_counts"]

REACHABLE, UNREACHABLE, UNKNOWN = "reachable", "unreachable", "unknown"


@dataclass(frozen=True)
class TodayCounts:
    """Today's submissions at this stand (local calendar day), real ones; demo ones apart."""

    queued: int = 0  # recorded: consent given (queued) or refused (counted only, never queued)
    given: int = 0
    refused: int = 0
    failed: int = 0  # the queue refused to store them (the citizen was asked to try again)
    demo: int = 0  # practice runs with specimen cards, any outcome


@dataclass(frozen=True)
class OperatorSnapshot:
    """The panel's status figures. ``queue_open`` False: the counts are unknown (zero here)."""

    queue_open: bool
    counts: Mapping[str, int] = field(default_factory=dict)
    oldest_waiting_age_s: float | None = None
    overdue: int = 0
    max_age_s: float | None = None
    last_success_at: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    reader_state: str = "unknown"
    network: str = UNKNOWN
    sync_state: str | None = None
    passphrase_needed: bool = False
    today: TodayCounts = TodayCounts()

    def count(self, state: str) -> int:
        return int(self.counts.get(state, 0))

    @property
    def waiting(self) -> int:
        return self.count("pending") + self.count("sending")


def today_counts(
    entries: Iterable[Mapping[str, Any]], *, stand_id: str, now: datetime | None = None
) -> TodayCounts:
    """Count today's ``submission`` lines of ``stand_id`` (today in ``now``'s time zone)."""
    now = now or datetime.now().astimezone()
    tz = now.tzinfo
    queued = given = refused = failed = demo = 0
    for entry in entries:
        if entry.get("action") != "submission" or entry.get("stand") != stand_id:
            continue
        try:
            when = datetime.fromisoformat(str(entry["time"]))
        except (KeyError, ValueError):
            continue
        if when.astimezone(tz).date() != now.date():
            continue
        if entry.get("demo"):
            demo += 1
        elif entry.get("outcome") in ("queued", "counted"):
            queued += 1
            given += entry.get("decision") == "given"
            refused += entry.get("decision") == "refused"
        else:
            failed += 1
    return TodayCounts(queued, given, refused, failed, demo)


class StatusSource(Protocol):
    """What :func:`build_snapshot` reads of the kiosk's runtime
    (:class:`~kiosk.services.Services`)."""

    @property
    def settings(self) -> KioskSettings: ...  # the stand's id

    @property
    def audit(self) -> AuditLog: ...  # today's submission lines

    @property
    def passphrase_needed(self) -> bool: ...

    @property
    def queue_problem(self) -> str | None: ...

    def queue_status(self) -> QueueStatus | None: ...

    def sync_status(self) -> SyncStatus | None: ...


def build_snapshot(
    source: StatusSource, *, reader_state: str = "unknown", now: datetime | None = None
) -> OperatorSnapshot:
    """The figures now. Reads the queue (a quick SQLite count) and the audit log."""
    status = source.queue_status()
    sync = source.sync_status()
    today = today_counts(source.audit.entries(), stand_id=source.settings.stand_id, now=now)
    if sync is None or sync.reachable is None:
        network = UNKNOWN
    else:
        network = REACHABLE if sync.reachable else UNREACHABLE
    common: dict[str, Any] = {
        "reader_state": reader_state,
        "network": network,
        "sync_state": sync.state.value if sync is not None else None,
        "passphrase_needed": source.passphrase_needed,
        "today": today,
    }
    if status is None:
        return OperatorSnapshot(queue_open=False, last_error=source.queue_problem, **common)
    last_success = status.last_success_at
    if sync is not None and sync.last_success_at is not None:
        last_success = max(last_success or 0.0, sync.last_success_at)
    last_error, last_error_at = status.last_error, status.last_error_at
    if sync is not None and sync.last_error is not None:
        last_error = sync.last_error  # the worker's view is the newest (e.g. "not reachable")
    elif last_error_at is not None and last_success is not None and last_error_at < last_success:
        last_error = last_error_at = None  # a delivery succeeded since: that error is history
    return OperatorSnapshot(
        queue_open=True,
        counts=dict(status.counts),
        oldest_waiting_age_s=status.oldest_pending_age_s,
        overdue=status.overdue,
        max_age_s=status.max_age_s,
        last_success_at=last_success,
        last_error=last_error,
        last_error_at=last_error_at,
        **common,
    )
