"""Exactly-once delivery through a hostile network: the real encrypted outbox, the sync worker
thread and the FHIR client, with the fault proxy between them and a real FHIR server.

After the storm every submission must be delivered, and the server must hold exactly one of
each of its resources: a lost answer (the server applied the Bundle, the client timed out or
saw a reset or a 500) is re-posted, and the conditional creates make the re-post a no-op.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.outbox.delivery import FhirClient
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import State
from kiosk.outbox.store import Outbox
from kiosk.outbox.sync import SyncState, SyncStatus, SyncWorker
from tests.fault_proxy import AFTER_FORWARD, ALL_FAULTS, FaultProxy
from tests.fhir_server import make_bundle, submission_counts

pytestmark = pytest.mark.fhir

FAST = dict(backoff_base_s=0.01, backoff_cap_s=0.1, poll_interval_s=0.5, max_retry_after_s=0.05)


class Watcher:
    """Status updates from the worker thread, and a way to wait for one (never a sleep)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.seen: list[SyncStatus] = []

    def __call__(self, status: SyncStatus) -> None:
        with self.cond:
            self.seen.append(status)
            self.cond.notify_all()

    def wait_for(self, predicate: Callable[[SyncStatus], bool], timeout: float) -> SyncStatus:
        with self.cond:
            ok = self.cond.wait_for(lambda: bool(self.seen) and predicate(self.seen[-1]), timeout)
            assert ok, f"gave up waiting; last statuses: {self.seen[-3:]}"
            return self.seen[-1]


@pytest.fixture
def outbox(tmp_path: Path):
    box = Outbox.open(tmp_path / "outbox.sqlite3", DataKey.generate())
    yield box
    box.close()


def _enqueue(outbox: Outbox, n: int) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(n)]
    for sid in ids:
        outbox.enqueue(sid, make_bundle(sid))
    return ids


@pytest.mark.slow
def test_every_submission_is_delivered_exactly_once_through_the_storm(
    outbox: Outbox, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    proxy = fault_proxy(rate=0.35, seed=20260314, hold_s=1.0, slow_s=0.1, retry_after="1")
    ids = _enqueue(outbox, 40)
    watcher = Watcher()
    with FhirClient(proxy.base_url, timeout=(1.0, 0.5)) as client:
        worker = SyncWorker(outbox, client, on_change=watcher, **FAST)
        worker.start()
        try:
            watcher.wait_for(lambda s: s.state is SyncState.IDLE and s.pending == 0, timeout=120)
        finally:
            assert worker.stop(timeout=10)
    status = outbox.status()
    assert status.counts[State.DELIVERED.value] == 40 and status.undelivered == 0
    assert status.counts[State.REJECTED.value] == 0
    for kind in ALL_FAULTS:  # the storm really had every kind of weather
        assert proxy.stats[kind.value] >= 1, (kind, dict(proxy.stats))
    assert sum(proxy.stats[k.value] for k in AFTER_FORWARD) >= 3
    retried = [r for r in outbox.records() if r.attempts > 1]
    assert retried, "no submission needed a second attempt: the faults missed the posts"
    for sid in ids:
        assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1], sid


def test_401_412_and_422_land_in_the_right_state_and_the_queue_goes_on(
    outbox: Outbox, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    proxy = fault_proxy()
    bad422, bad412, good1, auth, good2 = ids = _enqueue(outbox, 5)
    proxy.force(bad422, 422, code="invariant", diagnostics="ppc-1: policy or policyRule required")
    proxy.force(bad412, 412, code="multiple-matches", diagnostics="criteria matched 2 resources")
    proxy.force(auth, 401, code="login", diagnostics="token expired", times=1)
    seen: list[SyncStatus] = []
    with FhirClient(proxy.base_url, timeout=(2.0, 30.0), token="expired") as client:
        worker = SyncWorker(outbox, client, on_change=seen.append, **FAST)
        first = worker.run_round()
        assert (first.ended, first.delivered, first.rejected) == ("auth", 1, 2)
        assert seen[-1].state is SyncState.AUTH_PAUSED and seen[-1].paused
        states = {r.submission_id: r for r in outbox.records()}
        assert states[bad422].state is State.REJECTED and "HTTP 422 invariant" in (
            states[bad422].rejected_reason or ""
        )
        assert states[bad412].state is State.REJECTED and "HTTP 412" in (
            states[bad412].rejected_reason or ""
        )
        assert states[good1].state is State.DELIVERED
        assert states[auth].state is State.PENDING and states[good2].state is State.PENDING
        assert worker.run_round().ended == "paused"
        worker.resume("fresh-token")
        second = worker.run_round()
        assert (second.ended, second.delivered) == ("empty", 2)
    final = {r.submission_id: r.state for r in outbox.records()}
    assert final == {
        bad422: State.REJECTED,
        bad412: State.REJECTED,
        good1: State.DELIVERED,
        auth: State.DELIVERED,
        good2: State.DELIVERED,
    }
    assert outbox.status().counts[State.REJECTED.value] == 2
    expected = {bad422: 0, bad412: 0, good1: 1, auth: 1, good2: 1}
    for sid in ids:
        assert submission_counts(fhir_base_url, sid) == [expected[sid]] * 5, sid


def test_nothing_is_sent_while_offline_and_everything_goes_when_the_network_returns(
    outbox: Outbox, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    from tests.fault_proxy import Fault

    proxy = fault_proxy(rate=1.0, kinds=(Fault.RESET_BEFORE,), every_kind_first=False)
    ids = _enqueue(outbox, 3)
    watcher = Watcher()
    with FhirClient(proxy.base_url, timeout=(2.0, 30.0)) as client:
        worker = SyncWorker(outbox, client, on_change=watcher, **{**FAST, "poll_interval_s": 3600})
        worker.start()
        try:
            offline = watcher.wait_for(lambda s: s.state is SyncState.OFFLINE, timeout=30)
            assert offline.reachable is False and offline.pending == 3
            assert all(r.attempts == 0 for r in outbox.records()), (
                "records are not burnt while offline"
            )
            proxy.set_rate(0.0)
            worker.trigger()  # what a connectivity change or "send now" does
            watcher.wait_for(lambda s: s.state is SyncState.IDLE and s.pending == 0, timeout=30)
        finally:
            assert worker.stop(timeout=10)
    for sid in ids:
        assert submission_counts(fhir_base_url, sid) == [1, 1, 1, 1, 1]
