"""The sync worker: one background thread that drains the outbox to the FHIR server.

A *round* probes the endpoint first (reachability is "our server answered", not the OS's
opinion); if it answers, records are claimed, posted and marked one after another:

* delivered -> ``mark_delivered``; rejected -> ``mark_rejected`` and on to the next record
  (one bad record never blocks the others);
* a transient failure (timeout, reset, 5xx) -> ``mark_retry`` with exponential backoff and
  full jitter, ``uniform(0, min(cap, base * 2**attempts))``, and the round ends;
* 429/503 -> ``mark_retry`` after the server's ``Retry-After`` (capped) and the round ends;
* 401/403 -> the record goes back to pending, the queue pauses ("auth-paused") until
  :meth:`SyncWorker.resume` (or a new token) and ``on_change`` tells the UI.

Between rounds the thread waits on a condition until the next record is due, a hold-off
(backoff, Retry-After) ends, the periodic poll comes round, or :meth:`SyncWorker.trigger`
(connectivity change, "send now", a new enqueue) or :meth:`SyncWorker.stop` wakes it. A
request in flight when :meth:`SyncWorker.stop` is called is ended through the client's
``cancel()`` (:class:`Cancellable`); its record goes back to pending, due at once.
``clock`` and ``rng`` are injected so tests are deterministic; :meth:`SyncWorker.run_round`
runs one round on the caller's thread.

A crash anywhere between claim and mark leaves the record in ``sending``; the store returns it
to ``pending`` on the next start and it is posted again, which creates nothing new at the server
because every Bundle entry is a conditional create. Every round, however it ends, finishes with
``outbox.checkpoint()``: the payloads it delivered are gone from the store's files by then.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from kiosk.outbox.bounds import RequestCancelled
from kiosk.outbox.delivery import (
    AuthFailed,
    Delivered,
    Outcome,
    Rejected,
    RetryLater,
    TransientFailure,
)
from kiosk.outbox.records import ClaimedRecord, QueueStatus, State
from kiosk.outbox.sync_status import SyncState, SyncStatus

# SyncState and SyncStatus are defined in sync_status and exported here with the worker.
__all__ = [
    "NOT_REACHABLE",
    "Cancellable",
    "ClientLike",
    "OutboxLike",
    "RoundResult",
    "SyncState",
    "SyncStatus",
    "SyncWorker",
]

log = logging.getLogger(__name__)

#: ``SyncStatus.last_error`` when the endpoint did not answer the probe (the panel translates it).
NOT_REACHABLE = "FHIR endpoint not reachable"

PROGRESS_INTERVAL_S = 0.5


class OutboxLike(Protocol):
    """What the worker needs of :class:`kiosk.outbox.store.Outbox`."""

    def claim_next(self, *, now: float | None = None) -> ClaimedRecord | None: ...
    def mark_delivered(self, submission_id: str, *, server_ids: Sequence[str]) -> None: ...
    def mark_retry(self, submission_id: str, *, not_before: float, error: str) -> None: ...
    def mark_rejected(self, submission_id: str, *, reason: str) -> None: ...
    def next_due_at(self) -> float | None: ...
    def status(self) -> QueueStatus: ...
    def checkpoint(self) -> bool: ...


class ClientLike(Protocol):
    """What the worker needs of :class:`kiosk.outbox.delivery.FhirClient`."""

    def probe(self) -> bool: ...
    def post_transaction(self, bundle: bytes) -> Outcome: ...
    def set_token(self, token: str | None) -> None: ...


@runtime_checkable
class Cancellable(Protocol):
    """A client that can end its request in flight from another thread (and refuse later ones):
    :meth:`SyncWorker.stop` uses it when the client has it."""

    def cancel(self) -> None: ...


@dataclass(frozen=True)
class RoundResult:
    """How a round went (for the thread's scheduling and for tests)."""

    ended: str  # empty | offline | transient | throttled | auth | paused | stopped | storage-error
    delivered: int = 0
    rejected: int = 0
    hold_until: float | None = None


class SyncWorker:
    """Drains ``outbox`` through ``client`` on its own thread. See the module docstring."""

    def __init__(
        self,
        outbox: OutboxLike,
        client: ClientLike,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        backoff_base_s: float = 2.0,
        backoff_cap_s: float = 900.0,
        poll_interval_s: float = 60.0,
        max_retry_after_s: float = 3600.0,
        on_change: Callable[[SyncStatus], None] | None = None,
        name: str = "outbox-sync",
    ) -> None:
        if backoff_base_s <= 0 or backoff_cap_s < backoff_base_s or poll_interval_s <= 0:
            raise ValueError("backoff base and poll interval must be > 0 and cap >= base")
        self._outbox = outbox
        self._client = client
        self._clock = clock
        self._rng = rng or random.Random()
        self._base = backoff_base_s
        self._cap = backoff_cap_s
        self._poll = poll_interval_s
        self._max_retry_after = max_retry_after_s
        self._on_change = on_change
        self._cond = threading.Condition()
        self._triggered = False
        self._stopping = False
        self._paused = False
        self._reachable: bool | None = None
        self._last_success_at: float | None = None
        self._last_error: str | None = None
        self._hold_until: float | None = None
        self._offline_streak = 0
        self._storage_streak = 0
        self._status = SyncStatus(SyncState.IDLE, 0, 0, None, None, None, False, None)
        self._last_emit_at = float("-inf")
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    # ---- control (any thread) ----
    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to end and wait for it; True if it ended within ``timeout``.

        A wait between rounds ends at once. A request in flight is ended at once when the client
        is :class:`Cancellable` (else it runs to its own deadline); its record goes back to
        pending, never marked delivered, before the thread ends. The client is left cancelled.
        """
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if isinstance(self._client, Cancellable):
            try:
                self._client.cancel()
            except Exception:  # stopping must not fail because a client could not cancel
                log.exception("the FHIR client could not cancel its request")
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def trigger(self) -> None:
        """Run a round now (connectivity changed, "send now", a new submission was queued)."""
        with self._cond:
            self._triggered = True
            self._hold_until = None
            self._cond.notify_all()

    def resume(self, token: str | None = None) -> None:
        """Lift an auth pause (after a volunteer fixed the credentials); ``token`` replaces it."""
        if token is not None:
            self._client.set_token(token)
        with self._cond:
            self._paused = False
            self._triggered = True
            self._hold_until = None
            self._cond.notify_all()
        log.info("outbox sync resumed")

    def set_token(self, token: str) -> None:
        self.resume(token)

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def status(self) -> SyncStatus:
        """The last status sent to ``on_change`` (safe to read from any thread)."""
        return self._status

    # ---- the round ----
    def run_round(self) -> RoundResult:
        """One round on the calling thread; the thread loop calls this too."""
        if self._paused:
            self._emit(SyncState.AUTH_PAUSED)
            return RoundResult("paused")
        try:
            result = self._round()
            # The store purges delivered payloads from its rows at once but from its files in
            # batches: the end of a round is where this worker promises they are gone.
            self._outbox.checkpoint()
            return result
        except Exception as exc:  # the store failed (disk full, key); never let the thread die
            self._storage_streak += 1
            code = getattr(exc, "code", type(exc).__name__)
            self._last_error = f"queue storage error ({code})"
            log.error("outbox sync round failed: %s", self._last_error, exc_info=True)
            hold = self._clock() + self._jitter(self._storage_streak)
            self._hold_until = hold
            self._emit(SyncState.STORAGE_ERROR, next_attempt_at=hold)
            return RoundResult("storage-error", hold_until=hold)

    def _round(self) -> RoundResult:
        self._reachable = self._probe()
        if not self._reachable:
            self._offline_streak += 1
            delay = min(self._poll, max(self._base, self._jitter(self._offline_streak)))
            hold = self._clock() + delay
            self._hold_until = hold
            self._last_error = NOT_REACHABLE
            self._emit(SyncState.OFFLINE, next_attempt_at=hold)
            return RoundResult("offline", hold_until=hold)
        self._offline_streak = 0
        delivered = rejected = 0
        while True:
            if self._stopping:
                return RoundResult("stopped", delivered, rejected)
            record = self._outbox.claim_next()
            if record is None:
                self._storage_streak = 0
                self._emit(SyncState.IDLE)
                return RoundResult("empty", delivered, rejected)
            self._emit_progress()
            outcome = self._post(record)
            now = self._clock()
            if isinstance(outcome, Delivered):
                self._outbox.mark_delivered(
                    record.submission_id, server_ids=list(outcome.server_ids)
                )
                delivered += 1
                self._last_success_at = now
                self._last_error = None
                log.info(
                    "submission %s delivered (%d resources)",
                    _short(record),
                    len(outcome.server_ids),
                )
            elif isinstance(outcome, Rejected):
                self._outbox.mark_rejected(record.submission_id, reason=outcome.reason)
                rejected += 1
                self._last_error = f"a submission was rejected: {outcome.reason}"
                log.warning(
                    "submission %s rejected by the server: %s", _short(record), outcome.reason
                )
            elif isinstance(outcome, AuthFailed):
                self._outbox.mark_retry(record.submission_id, not_before=now, error=outcome.reason)
                self._paused = True
                self._last_error = (
                    f"{outcome.reason}; sending paused until the credentials are fixed"
                )
                log.error(
                    "FHIR server refused our credentials (HTTP %d): queue paused", outcome.status
                )
                self._emit(SyncState.AUTH_PAUSED)
                return RoundResult("auth", delivered, rejected)
            elif isinstance(outcome, RetryLater):
                delay = self._retry_after(outcome, record.attempts)
                return self._hold(
                    record,
                    now + delay,
                    f"server busy (HTTP {outcome.status})",
                    "throttled",
                    delivered,
                    rejected,
                )
            elif isinstance(outcome, TransientFailure) and outcome.code == RequestCancelled.code:
                # Ended by stop(), not by the server: due again as soon as the kiosk restarts.
                self._outbox.mark_retry(record.submission_id, not_before=now, error=outcome.error)
                log.info("submission %s not delivered: the sync worker is stopping", _short(record))
                return RoundResult("stopped", delivered, rejected)
            else:
                error = (
                    outcome.error if isinstance(outcome, TransientFailure) else "unknown outcome"
                )
                delay = self._jitter(record.attempts)
                return self._hold(record, now + delay, error, "transient", delivered, rejected)

    def _probe(self) -> bool:
        try:
            return bool(self._client.probe())
        except (
            Exception
        ) as exc:  # a bug in the client is not a storage failure: count it as offline
            log.error(
                "FHIR endpoint probe raised %s; treating the endpoint as unreachable",
                type(exc).__name__,
            )
            return False

    def _post(self, record: ClaimedRecord) -> Outcome:
        try:
            return self._client.post_transaction(record.bundle)
        except Exception as exc:  # a bug in the client must not strand the record in "sending"
            log.error("FHIR client raised %s; treating as a transient failure", type(exc).__name__)
            return TransientFailure(f"client error ({type(exc).__name__})")

    def _hold(
        self,
        record: ClaimedRecord,
        until: float,
        error: str,
        ended: str,
        delivered: int,
        rejected: int,
    ) -> RoundResult:
        self._outbox.mark_retry(record.submission_id, not_before=until, error=error)
        self._hold_until = until
        self._last_error = error
        log.info(
            "submission %s not delivered (%s); retry in %.1f s",
            _short(record),
            error,
            until - self._clock(),
        )
        self._emit(SyncState.BACKING_OFF, next_attempt_at=until)
        return RoundResult(ended, delivered, rejected, hold_until=until)

    def _jitter(self, attempts: int) -> float:
        """Full jitter: uniform(0, min(cap, base * 2**attempts))."""
        ceiling = min(self._cap, self._base * 2 ** min(max(attempts, 0), 62))
        return self._rng.uniform(0, ceiling)

    def _retry_after(self, outcome: RetryLater, attempts: int) -> float:
        if outcome.retry_after_s is None:
            return self._jitter(attempts)
        return min(max(outcome.retry_after_s, 0.0), self._max_retry_after)

    # ---- status ----
    def _emit_progress(self) -> None:
        """Report "sending" when it starts, then at most every ``PROGRESS_INTERVAL_S`` (the
        status query counts the whole queue; once per record would grow with its size)."""
        now = self._clock()
        if (
            self._status.state is not SyncState.SENDING
            or now - self._last_emit_at >= PROGRESS_INTERVAL_S
        ):
            self._emit(SyncState.SENDING)

    def _emit(self, state: SyncState, *, next_attempt_at: float | None = None) -> None:
        self._last_emit_at = self._clock()
        try:
            queue = self._outbox.status()
            pending, rejected, oldest = (
                queue.undelivered,
                queue.counts.get(State.REJECTED.value, 0),
                queue.oldest_pending_age_s,
            )
            last_success = self._last_success_at or queue.last_success_at
        except Exception:  # status is best effort; the round reports storage failures itself
            pending, rejected, oldest = (
                self._status.pending,
                self._status.rejected,
                self._status.oldest_pending_age_s,
            )
            last_success = self._last_success_at
        self._status = SyncStatus(
            state=state,
            pending=pending,
            rejected=rejected,
            oldest_pending_age_s=oldest,
            last_success_at=last_success,
            last_error=self._last_error,
            paused=self._paused,
            reachable=self._reachable,
            next_attempt_at=next_attempt_at,
        )
        if self._on_change is not None:
            try:
                self._on_change(self._status)
            except Exception:
                log.exception("outbox sync status listener failed")

    # ---- the thread ----
    def _run(self) -> None:
        log.info("outbox sync started")
        while True:
            with self._cond:
                if self._stopping:
                    break
                self._triggered = False
            result = self.run_round()
            timeout = self._seconds_to_next_round(result)
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or self._triggered, timeout=timeout)
        self._status = replace(self._status, state=SyncState.STOPPED, next_attempt_at=None)
        if self._on_change is not None:
            try:
                self._on_change(self._status)
            except Exception:
                log.exception("outbox sync status listener failed")
        log.info("outbox sync stopped")

    def _seconds_to_next_round(self, result: RoundResult) -> float:
        now = self._clock()
        if self._paused:
            return self._poll
        hold = self._hold_until
        if hold is not None and hold > now:
            return hold - now
        try:
            due = self._outbox.next_due_at()
        except Exception:
            due = None
        if due is None:
            return self._poll
        return min(self._poll, max(0.0, due - now))


def _short(record: ClaimedRecord) -> str:
    return record.submission_id[:8]
