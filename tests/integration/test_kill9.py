"""kill -9 at random moments: nothing lost, nothing duplicated.

A child process (``kill9_child.py``) enqueues submissions into the encrypted outbox and syncs
them to the real FHIR server through the fault proxy, whose slow answers and lost answers
widen the window between "the server applied it" and "the queue knows". The test kills the
child with SIGKILL at seeded random moments, many times, then lets a last child run to the
end. Afterwards every submission whose enqueue had returned is delivered, and the server holds
exactly one of each of its resources.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import State
from kiosk.outbox.store import Outbox, read_status
from tests.fault_proxy import Fault, FaultProxy
from tests.fhir_server import submission_counts

pytestmark = [pytest.mark.fhir, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
IDS_PER_RUN = 4
SEED = 9_2026


def _start_child(
    db: Path, base_url: str, journal: Path, ids: list[str], key_hex: str
) -> subprocess.Popen[str]:
    env = {**os.environ, "KILL9_KEY": key_hex, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.kill9_child",
            "--db",
            str(db),
            "--base-url",
            base_url,
            "--journal",
            str(journal),
            "--ids",
            *ids,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_line(proc: subprocess.Popen[str], want: str, timeout: float) -> None:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:
            break
        if line.strip() == want:
            return
    proc.kill()
    _, err = proc.communicate(timeout=10)
    pytest.fail(f"child never said {want!r} (exit {proc.returncode}): {err[-2000:]}")


def test_kill_nine_loses_nothing_and_duplicates_nothing(
    tmp_path: Path, fhir_base_url: str, fault_proxy: Callable[..., FaultProxy]
) -> None:
    rng = random.Random(SEED)
    key_hex = DataKey.generate().material.hex()
    db, journal = tmp_path / "outbox.sqlite3", tmp_path / "journal.txt"
    proxy = fault_proxy(
        rate=0.6,
        seed=SEED,
        every_kind_first=False,
        hold_s=2.5,
        slow_s=0.15,
        kinds=(
            Fault.SLOW,
            Fault.SLOW,
            Fault.SLOW,
            Fault.RESET_AFTER,
            Fault.ERROR_500_AFTER,
            Fault.TIMEOUT_AFTER,
            Fault.RESET_BEFORE,
        ),
        lifetime_s=600,
    )
    plan: list[str] = []
    killed_mid_send = clean_exits = 0
    for _ in range(KILLS):
        ids = [str(uuid.uuid4()) for _ in range(IDS_PER_RUN)]
        plan += ids
        child = _start_child(db, proxy.base_url, journal, ids, key_hex)
        _wait_line(child, "ready", timeout=60)
        try:
            child.wait(timeout=rng.uniform(0.0, 0.6))  # a random moment, unless it finished first
            clean_exits += 1
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            assert child.returncode == -signal.SIGKILL
            if read_status(db).counts.get(State.SENDING.value, 0):
                killed_mid_send += 1
        child.communicate(timeout=10)

    proxy.set_rate(
        0.15
    )  # the last run drains the backlog in calmer weather, to keep the test short
    final = _start_child(db, proxy.base_url, journal, [], key_hex)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0 and "done" in out, err[-2000:]

    enqueued = journal.read_text("ascii").split()
    assert enqueued, "no enqueue ever completed: the kills came too early to test anything"
    assert killed_mid_send >= 1, "no kill landed between claim and mark: the test did not test"
    assert clean_exits < KILLS
    with Outbox.open(db, DataKey(1, bytes.fromhex(key_hex))) as outbox:
        records = {r.submission_id: r for r in outbox.records()}
    assert set(enqueued) <= set(records), "a submission whose enqueue returned was lost"
    assert set(records) <= set(plan)
    assert {r.state for r in records.values()} == {State.DELIVERED}
    for sid in plan:
        expected = 1 if sid in records else 0
        assert submission_counts(fhir_base_url, sid) == [expected] * 5, sid
    print(
        f"kill -9: {KILLS - clean_exits} kills ({killed_mid_send} mid-send), "
        f"{len(records)} submissions, "
        f"{sum(r.attempts for r in records.values())} attempts, proxy {dict(proxy.stats)}"
    )
