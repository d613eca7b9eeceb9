"""The sync worker's decisions, with a scripted client, a manual clock and a recording RNG.

Rounds run on the test thread (``run_round``) so every delay is checked exactly; a few tests
run the real thread and wait on events, never on time.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from kiosk.outbox.delivery import (
    AuthFailed,
    Delivered,
    Outcome,
    Rejected,
    RetryLater,
    TransientFailure,
)
from kiosk.outbox.records import ClaimedRecord, QueueStatus
from kiosk.outbox.sync import SyncState, SyncStatus, SyncWorker
from tests.helpers.clocks import FakeClock


class MaxRng(random.Random):
    """Returns the top of every ``uniform`` range and records the ranges asked for."""

    def __init__(self) -> None:
        super().__init__(0)
        self.ranges: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.ranges.append((a, b))
        return b


@dataclass
class Row:
    submission_id: str
    bundle: bytes
    state: str = "pending"
    attempts: int = 0
    not_before: float = 0.0
    server_ids: list[str] = field(default_factory=list)
    error: str | None = None


class FakeOutbox:
    """The store's contract in memory (claim commits pending -> sending and counts the attempt)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.rows: dict[str, Row] = {}
        self.lock = threading.Lock()
        self.fail_claims = 0
        self.checkpoints: list[set[str]] = []  # the delivered ids at each checkpoint

    def enqueue(self, submission_id: str, not_before: float = 0.0) -> None:
        with self.lock:
            self.rows[submission_id] = Row(
                submission_id, f"bundle-{submission_id}".encode(), not_before=not_before
            )

    def claim_next(self, *, now: float | None = None) -> ClaimedRecord | None:
        with self.lock:
            if self.fail_claims:
                self.fail_claims -= 1
                raise OSError("disk I/O error")
            now = self.clock() if now is None else now
            for row in self.rows.values():
                if row.state == "pending" and row.not_before <= now:
                    row.state, row.attempts = "sending", row.attempts + 1
                    return ClaimedRecord(row.submission_id, row.bundle, row.attempts, False)
        return None

    def mark_delivered(self, submission_id: str, *, server_ids: Sequence[str]) -> None:
        row = self.rows[submission_id]
        assert row.state == "sending"
        row.state, row.server_ids = "delivered", list(server_ids)

    def mark_retry(self, submission_id: str, *, not_before: float, error: str) -> None:
        row = self.rows[submission_id]
        assert row.state == "sending"
        row.state, row.not_before, row.error = "pending", not_before, error

    def mark_rejected(self, submission_id: str, *, reason: str) -> None:
        row = self.rows[submission_id]
        assert row.state == "sending"
        row.state, row.error = "rejected", reason

    def next_due_at(self) -> float | None:
        with self.lock:
            due = [r.not_before for r in self.rows.values() if r.state == "pending"]
        return min(due) if due else None

    def status(self) -> QueueStatus:
        counts: dict[str, int] = {}
        for row in self.rows.values():
            counts[row.state] = counts.get(row.state, 0) + 1
        return QueueStatus(counts, None, 0, None, None, 0)

    def checkpoint(self) -> bool:
        self.checkpoints.append({k for k, r in self.rows.items() if r.state == "delivered"})
        return True

    def states(self) -> dict[str, str]:
        return {k: r.state for k, r in self.rows.items()}


class ScriptedClient:
    def __init__(
        self, outcomes: Sequence[Outcome | Exception] = (), reachable: bool = True
    ) -> None:
        self.outcomes = list(outcomes)
        self.reachable = reachable
        self.posted: list[bytes] = []
        self.probes = 0
        self.tokens: list[str | None] = []

    def probe(self) -> bool:
        self.probes += 1
        return self.reachable

    def post_transaction(self, bundle: bytes) -> Outcome:
        self.posted.append(bundle)
        outcome = self.outcomes.pop(0) if self.outcomes else Delivered(("Consent/1",))
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def set_token(self, token: str | None) -> None:
        self.tokens.append(token)


def make(outcomes: Sequence[Outcome | Exception] = (), *, records: int = 3, **kwargs: object):
    clock, rng = FakeClock(1_000_000.0), MaxRng()
    outbox = FakeOutbox(clock)
    for i in range(records):
        outbox.enqueue(f"s{i}")
    client = ScriptedClient(outcomes)
    seen: list[SyncStatus] = []
    worker = SyncWorker(
        outbox,
        client,
        clock=clock,
        rng=rng,
        backoff_base_s=2,
        backoff_cap_s=900,
        poll_interval_s=60,
        on_change=seen.append,
        **kwargs,
    )  # type: ignore[arg-type]
    return worker, outbox, client, clock, rng, seen


def test_a_round_delivers_every_due_record_and_reports_it() -> None:
    worker, outbox, client, clock, _, seen = make([Delivered(("Patient/a", "Consent/b"))])
    result = worker.run_round()
    assert (result.ended, result.delivered) == ("empty", 3)
    assert outbox.states() == {"s0": "delivered", "s1": "delivered", "s2": "delivered"}
    assert outbox.rows["s0"].server_ids == ["Patient/a", "Consent/b"]
    assert client.probes == 1 and len(client.posted) == 3
    assert seen[-1].state is SyncState.IDLE
    assert (seen[-1].pending, seen[-1].last_success_at, seen[-1].reachable) == (0, clock.now, True)


@pytest.mark.parametrize(
    ("outcomes", "ended", "delivered"),
    [
        ([], "empty", {"s0", "s1", "s2"}),
        ([Delivered(()), TransientFailure("read timeout")], "transient", {"s0"}),
        ([Delivered(()), RetryLater(30.0, 503)], "throttled", {"s0"}),
        ([Delivered(()), AuthFailed(401, "HTTP 401")], "auth", {"s0"}),
    ],
    ids=["empty", "transient", "throttled", "auth"],
)
def test_every_round_ends_with_a_checkpoint_after_its_last_delivery(
    outcomes: list[Outcome], ended: str, delivered: set[str]
) -> None:
    worker, outbox, _, _, _, _ = make(outcomes)
    assert worker.run_round().ended == ended
    # One checkpoint per round (the store batches the purge; the round end is the promise),
    # taken once every delivery of the round was marked.
    assert outbox.checkpoints == [delivered]


def test_a_rejected_record_never_blocks_the_others() -> None:
    worker, outbox, _, _, _, seen = make(
        [Rejected("HTTP 422 processing: bad", 422), Delivered(()), Delivered(())]
    )
    result = worker.run_round()
    assert (result.ended, result.delivered, result.rejected) == ("empty", 2, 1)
    assert outbox.states() == {"s0": "rejected", "s1": "delivered", "s2": "delivered"}
    assert outbox.rows["s0"].error == "HTTP 422 processing: bad"
    assert seen[-1].rejected == 1


def test_a_transient_failure_ends_the_round_with_full_jitter_backoff() -> None:
    worker, outbox, client, clock, rng, seen = make(
        [Delivered(()), TransientFailure("read timeout")]
    )
    result = worker.run_round()
    assert (result.ended, result.delivered) == ("transient", 1)
    assert rng.ranges == [(0, 2 * 2**1)]  # base * 2**attempts, attempts == 1
    assert outbox.rows["s1"].state == "pending" and outbox.rows["s1"].not_before == clock.now + 4
    assert outbox.rows["s1"].error == "read timeout"
    assert outbox.rows["s2"].attempts == 0, "the round must end at the first transient failure"
    assert len(client.posted) == 2
    assert seen[-1].state is SyncState.BACKING_OFF and seen[-1].next_attempt_at == clock.now + 4


def test_backoff_doubles_per_attempt_and_is_capped() -> None:
    worker, outbox, _, clock, rng, _ = make([TransientFailure("reset")] * 12, records=1)
    for _ in range(12):
        assert worker.run_round().ended == "transient"
        clock.now = outbox.rows["s0"].not_before
    assert [hi for _, hi in rng.ranges] == [4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]
    assert all(lo == 0 for lo, _ in rng.ranges)


def test_full_jitter_draws_anywhere_from_zero_to_the_ceiling() -> None:
    outbox = FakeOutbox(FakeClock(1_000_000.0))
    worker = SyncWorker(
        outbox,
        ScriptedClient(),
        clock=outbox.clock,
        rng=random.Random(7),
        backoff_base_s=2,
        backoff_cap_s=900,
    )
    draws = [worker._jitter(3) for _ in range(500)]
    assert all(0 <= d <= 16 for d in draws)
    assert min(draws) < 2 and max(draws) > 14  # spread over the range, not a fixed delay


def test_retry_after_is_honoured_for_that_record_and_ends_the_round() -> None:
    worker, outbox, client, clock, rng, _ = make([RetryLater(30.0, 503)])
    result = worker.run_round()
    assert result.ended == "throttled" and result.hold_until == clock.now + 30
    assert outbox.rows["s0"].not_before == clock.now + 30
    assert rng.ranges == [] and len(client.posted) == 1


def test_retry_after_missing_falls_back_to_backoff_and_huge_is_capped() -> None:
    worker, outbox, _, clock, rng, _ = make([RetryLater(None, 429)], max_retry_after_s=600)
    worker.run_round()
    assert outbox.rows["s0"].not_before == clock.now + 4 and rng.ranges == [(0, 4)]
    worker2, outbox2, _, clock2, _, _ = make([RetryLater(86_400.0, 503)], max_retry_after_s=600)
    worker2.run_round()
    assert outbox2.rows["s0"].not_before == clock2.now + 600


def test_auth_failure_pauses_the_queue_until_resumed_with_a_new_token() -> None:
    worker, outbox, client, clock, _, seen = make([AuthFailed(401)])
    assert worker.run_round().ended == "auth"
    assert worker.paused and seen[-1].state is SyncState.AUTH_PAUSED and seen[-1].paused
    assert "credentials" in (seen[-1].last_error or "")
    assert outbox.rows["s0"].state == "pending" and outbox.rows["s0"].not_before == clock.now
    probes = client.probes
    assert worker.run_round().ended == "paused"
    assert client.probes == probes and len(client.posted) == 1, "nothing is sent while paused"
    worker.resume("new-token")
    assert client.tokens == ["new-token"] and not worker.paused
    assert worker.run_round().delivered == 3


def test_offline_probe_sends_nothing_and_backs_off_within_the_poll_interval() -> None:
    worker, outbox, client, clock, _, seen = make()
    client.reachable = False
    result = worker.run_round()
    assert result.ended == "offline" and client.posted == []
    assert all(r.attempts == 0 for r in outbox.rows.values())
    assert (
        seen[-1].reachable is False
        and seen[-1].state is SyncState.OFFLINE
        and seen[-1].pending == 3
    )
    assert result.hold_until is not None and clock.now + 2 <= result.hold_until <= clock.now + 60


def test_a_client_that_raises_does_not_strand_the_record() -> None:
    worker, outbox, _, _, _, _ = make([RuntimeError("bug")], records=1)
    assert worker.run_round().ended == "transient"
    assert outbox.rows["s0"].state == "pending" and "RuntimeError" in (
        outbox.rows["s0"].error or ""
    )


def test_a_storage_failure_is_reported_and_retried_later() -> None:
    worker, outbox, _, clock, _, seen = make(records=1)
    outbox.fail_claims = 1
    result = worker.run_round()
    assert result.ended == "storage-error" and result.hold_until is not None
    assert seen[-1].state is SyncState.STORAGE_ERROR and "storage" in (seen[-1].last_error or "")
    assert worker.run_round().delivered == 1


def test_records_not_yet_due_are_left_alone() -> None:
    worker, outbox, client, clock, _, _ = make(records=0)
    outbox.enqueue("later", not_before=clock.now + 100)
    assert worker.run_round().delivered == 0 and client.posted == []
    assert worker._seconds_to_next_round(worker.run_round()) == 60  # capped by the poll interval
    clock.now += 100
    assert worker.run_round().delivered == 1


def test_next_round_waits_for_the_hold_then_the_next_due_record() -> None:
    worker, outbox, _, clock, _, _ = make([TransientFailure("reset")], records=2)
    result = worker.run_round()
    assert worker._seconds_to_next_round(result) == pytest.approx(4)
    clock.now += 4
    outbox.rows["s0"].not_before = clock.now + 10
    result = worker.run_round()  # s1 is due and goes; s0 waits
    assert result.delivered == 1
    assert worker._seconds_to_next_round(result) == pytest.approx(10)


def test_invalid_backoff_settings_are_refused() -> None:
    outbox = FakeOutbox(FakeClock(1_000_000.0))
    with pytest.raises(ValueError):
        SyncWorker(outbox, ScriptedClient(), backoff_base_s=10, backoff_cap_s=5)


# ---- the real thread --------------------------------------------------------------------


class Watcher:
    """Collects statuses from the worker thread and lets the test wait for one."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.seen: list[SyncStatus] = []

    def __call__(self, status: SyncStatus) -> None:
        with self.cond:
            self.seen.append(status)
            self.cond.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> SyncStatus:
        with self.cond:
            assert self.cond.wait_for(lambda: any(predicate(s) for s in self.seen), timeout), (
                self.seen[-3:]
            )
            return next(s for s in self.seen if predicate(s))


def test_thread_delivers_on_trigger_and_stops_promptly() -> None:
    import time

    outbox = FakeOutbox(FakeClock(1_000_000.0))
    outbox.clock = time.time  # type: ignore[assignment]
    watcher = Watcher()
    worker = SyncWorker(outbox, ScriptedClient(), poll_interval_s=3600, on_change=watcher)
    worker.start()
    try:
        watcher.wait_for(lambda s: s.state is SyncState.IDLE)
        outbox.enqueue("a")
        worker.trigger()
        watcher.wait_for(
            lambda s: (
                s.state is SyncState.IDLE
                and s.pending == 0
                and outbox.rows["a"].state == "delivered"
            )
        )
    finally:
        assert worker.stop(timeout=5), "stop() must wake the hour-long wait at once"
    assert worker.status.state is SyncState.STOPPED


def test_thread_wakes_by_itself_when_a_record_falls_due() -> None:
    import time

    outbox = FakeOutbox(FakeClock(1_000_000.0))
    outbox.clock = time.time  # type: ignore[assignment]
    outbox.enqueue("soon", not_before=time.time() + 0.3)
    watcher = Watcher()
    worker = SyncWorker(outbox, ScriptedClient(), poll_interval_s=3600, on_change=watcher)
    worker.start()
    try:
        watcher.wait_for(lambda s: outbox.rows["soon"].state == "delivered" and s.pending == 0)
    finally:
        assert worker.stop(timeout=5)


def test_thread_survives_a_failing_status_listener() -> None:
    import time

    outbox = FakeOutbox(FakeClock(1_000_000.0))
    outbox.clock = time.time  # type: ignore[assignment]
    outbox.enqueue("a")
    done = threading.Event()

    def listener(status: SyncStatus) -> None:
        if outbox.rows["a"].state == "delivered":
            done.set()
        raise RuntimeError("listener bug")

    worker = SyncWorker(outbox, ScriptedClient(), poll_interval_s=3600, on_change=listener)
    worker.start()
    try:
        assert done.wait(10)
    finally:
        assert worker.stop(timeout=5)


def test_progress_is_reported_when_sending_starts_then_at_most_twice_a_second() -> None:
    worker, _, client, clock, _, seen = make(records=4)
    worker.run_round()
    assert [s.state for s in seen] == [SyncState.SENDING, SyncState.IDLE]

    worker2, _, client2, clock2, _, seen2 = make(records=3)
    original = client2.post_transaction

    def slow_post(bundle: bytes):
        clock2.now += 1.0  # each post takes a second of (fake) time
        return original(bundle)

    client2.post_transaction = slow_post  # type: ignore[method-assign]
    worker2.run_round()
    assert [s.state for s in seen2] == [SyncState.SENDING] * 3 + [SyncState.IDLE]
    assert [s.pending for s in seen2] == [3, 2, 1, 0]


def test_a_post_ended_by_stop_goes_back_to_pending_due_at_once_and_ends_the_round() -> None:
    cancelled = TransientFailure("request ended: the sync worker is stopping", "request-cancelled")
    worker, outbox, client, clock, _, _ = make([cancelled], records=2)
    result = worker.run_round()
    assert (result.ended, result.delivered) == ("stopped", 0)
    assert outbox.rows["s0"].state == "pending" and outbox.rows["s0"].not_before == clock()
    assert outbox.rows["s1"].state == "pending" and len(client.posted) == 1


class CancellableClient(ScriptedClient):
    def __init__(self) -> None:
        super().__init__()
        self.cancels = 0

    def cancel(self) -> None:
        self.cancels += 1


def test_stop_cancels_the_clients_request_when_the_client_can() -> None:
    client = CancellableClient()
    worker = SyncWorker(FakeOutbox(FakeClock(1_000_000.0)), client, poll_interval_s=3600)
    worker.start()
    assert worker.stop(timeout=5)
    assert client.cancels == 1
    # A client without cancel() (kiosk.services' offline stand-in) is simply left alone.
    plain = SyncWorker(FakeOutbox(FakeClock(1_000_000.0)), ScriptedClient(), poll_interval_s=3600)
    plain.start()
    assert plain.stop(timeout=5)
