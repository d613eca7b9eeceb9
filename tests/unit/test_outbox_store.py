"""The SQLite outbox: transitions, idempotency, leases, concurrency, purge, migrations, and that
no personal data or leftover ciphertext is ever readable in the data folder."""

from __future__ import annotations

import json
import logging
import os
import pickle
import sqlite3
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.outbox import database, store
from kiosk.outbox.delivery import Delivered
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import (
    OutboxConflictError,
    OutboxEnvironmentError,
    OutboxIntegrityError,
    OutboxKeyError,
    OutboxSchemaError,
    OutboxStateError,
    State,
)
from kiosk.outbox.store import Outbox, read_status
from kiosk.outbox.sync import SyncWorker
from tests.helpers.clocks import FakeClock

NATIONAL_NUMBER = "67063029659"
TRUSTED_NATIONAL_NUMBER = "87021114211"
NAMES = ("Françoise", "Dupré-Lefèvre", "Jérôme", "Van den Bossche")


def make_bundle(national_number: str = NATIONAL_NUMBER) -> bytes:
    """A consent transaction Bundle shaped like the kiosk's,
    with a real-looking SSIN and accents.
    """
    patient = f"urn:uuid:{uuid.uuid4()}"
    ssin = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin"
    doc = {
        "resourceType": "Bundle",
        "type": "transaction",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        "entry": [
            {
                "fullUrl": patient,
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [{"system": ssin, "value": national_number}],
                    "name": [{"family": "Dupré-Lefèvre", "given": ["Françoise"]}],
                },
                "request": {
                    "method": "POST",
                    "url": "Patient",
                    "ifNoneExist": f"identifier={ssin}|{national_number}",
                },
            },
            {
                "fullUrl": f"urn:uuid:{uuid.uuid4()}",
                "resource": {
                    "resourceType": "RelatedPerson",
                    "identifier": [{"system": ssin, "value": TRUSTED_NATIONAL_NUMBER}],
                    "patient": {"reference": patient},
                    "name": [{"family": "Van den Bossche", "given": ["Jérôme"]}],
                },
                "request": {"method": "POST", "url": "RelatedPerson"},
            },
            {
                "fullUrl": f"urn:uuid:{uuid.uuid4()}",
                "resource": {
                    "resourceType": "Consent",
                    "status": "active",
                    "patient": {"reference": patient},
                },
                "request": {"method": "POST", "url": "Consent"},
            },
        ],
    }
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def personal_needles() -> list[bytes]:
    """Every way the personal values may appear in bytes: UTF-8, JSON-escaped, UTF-16."""
    needles = []
    for text in (NATIONAL_NUMBER, TRUSTED_NATIONAL_NUMBER, *NAMES):
        needles.append(text.encode("utf-8"))
        needles.append(json.dumps(text).strip('"').encode("ascii"))
        needles.append(text.encode("utf-16-le"))
    return needles


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in needles if n in data]
    return hits


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_800_000_000.0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def outbox(data_dir: Path, key: DataKey, clock: FakeClock):
    box = Outbox.open(data_dir / "outbox.sqlite3", key, clock=clock)
    yield box
    box.close()


def raw_payload(db: Path, submission_id: str) -> bytes | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT payload FROM submissions WHERE submission_id=?", (submission_id,)
        ).fetchone()
    conn.close()
    return row[0]


# -- transitions --------------------------------------------------------------------------------


def test_enqueue_claim_deliver(outbox: Outbox, clock: FakeClock) -> None:
    bundle = make_bundle()
    outbox.enqueue("sub-1", bundle)
    assert outbox.status().counts["pending"] == 1

    claimed = outbox.claim_next()
    assert claimed is not None
    assert (claimed.submission_id, claimed.bundle, claimed.attempts, claimed.demo) == (
        "sub-1",
        bundle,
        1,
        False,
    )
    assert outbox.status().counts["sending"] == 1
    assert outbox.claim_next() is None  # the only record is taken

    clock.now += 5
    outbox.mark_delivered("sub-1", server_ids=["Patient/7", "Consent/9"])
    status = outbox.status()
    assert status.counts["delivered"] == 1 and status.undelivered == 0
    assert status.last_success_at == clock.now
    [summary] = outbox.records()
    assert summary.state is State.DELIVERED and summary.server_ids == ("Patient/7", "Consent/9")
    assert raw_payload(outbox.path, "sub-1") is None
    assert outbox.claim_next() is None


def test_claims_oldest_first_and_keeps_demo_flag(outbox: Outbox, clock: FakeClock) -> None:
    for n, sid in enumerate(["a", "b", "c"]):
        clock.now += 1
        outbox.enqueue(sid, make_bundle(), demo=(n == 1))
    got = [outbox.claim_next() for _ in range(3)]
    assert [(r.submission_id, r.demo) for r in got] == [("a", False), ("b", True), ("c", False)]


def test_retry_waits_for_not_before(outbox: Outbox, clock: FakeClock) -> None:
    outbox.enqueue("sub-1", make_bundle())
    outbox.claim_next()
    outbox.mark_retry("sub-1", not_before=clock.now + 60, error="HTTP 503")
    assert outbox.claim_next() is None
    assert outbox.next_due_at() == clock.now + 60
    status = outbox.status()
    assert (
        status.counts["pending"] == 1
        and status.last_error == "HTTP 503"
        and status.last_error_at == clock.now
    )
    again = outbox.claim_next(now=clock.now + 60)
    assert again is not None and again.attempts == 2


def test_next_due_at_is_none_when_nothing_pending(outbox: Outbox) -> None:
    assert outbox.next_due_at() is None
    outbox.enqueue("sub-1", make_bundle())
    assert outbox.next_due_at() == 0


def test_rejected_waits_for_a_volunteer(outbox: Outbox, clock: FakeClock) -> None:
    outbox.enqueue("sub-1", make_bundle())
    outbox.claim_next()
    outbox.mark_rejected("sub-1", reason="HTTP 422 processing")
    assert outbox.claim_next(now=clock.now + 10**9) is None
    status = outbox.status()
    assert status.counts["rejected"] == 1 and status.needs_volunteer
    assert outbox.records([State.REJECTED])[0].rejected_reason == "HTTP 422 processing"

    outbox.retry_rejected("sub-1")
    again = outbox.claim_next()
    assert again is not None and again.attempts == 2
    outbox.mark_rejected("sub-1", reason="HTTP 422 again")
    outbox.discard_rejected("sub-1")
    assert outbox.status().counts["discarded"] == 1
    assert raw_payload(outbox.path, "sub-1") is None
    with pytest.raises(OutboxStateError):
        outbox.retry_rejected("sub-1")


def test_enqueue_is_idempotent_for_the_same_bytes(outbox: Outbox) -> None:
    bundle = make_bundle()
    outbox.enqueue("sub-1", bundle)
    outbox.enqueue("sub-1", bundle)
    assert outbox.status().counts["pending"] == 1
    with pytest.raises(OutboxConflictError) as info:
        outbox.enqueue("sub-1", make_bundle())
    assert info.value.code == "conflict"
    with pytest.raises(OutboxConflictError):
        outbox.enqueue("sub-1", bundle, demo=True)

    outbox.claim_next()
    outbox.mark_delivered("sub-1", server_ids=[])
    outbox.enqueue("sub-1", bundle)  # a replay after delivery is still recognised
    assert outbox.status().counts == {
        "pending": 0,
        "sending": 0,
        "delivered": 1,
        "rejected": 0,
        "discarded": 0,
    }
    with pytest.raises(OutboxConflictError):
        outbox.enqueue("sub-1", make_bundle())


def test_bad_submission_id_is_refused_without_echoing_it(outbox: Outbox) -> None:
    with pytest.raises(ValueError) as info:
        outbox.enqueue("Françoise Dupré", make_bundle())
    assert "Françoise" not in str(info.value)
    with pytest.raises(TypeError):
        outbox.enqueue("sub-1", "not bytes")  # type: ignore[arg-type]


def test_marks_check_the_state(outbox: Outbox) -> None:
    with pytest.raises(OutboxStateError) as info:
        outbox.mark_delivered("nope", server_ids=[])
    assert info.value.code == "unknown_submission"
    outbox.enqueue("sub-1", make_bundle())
    with pytest.raises(OutboxStateError):
        outbox.mark_retry("sub-1", not_before=0, error="x")  # pending, not sending
    outbox.claim_next()
    outbox.mark_delivered("sub-1", server_ids=["Consent/1"])
    outbox.mark_retry("sub-1", not_before=0, error="late answer")  # final outcome wins: ignored
    outbox.mark_rejected("sub-1", reason="late answer")
    outbox.mark_delivered("sub-1", server_ids=["Consent/2"])
    [summary] = outbox.records()
    assert summary.state is State.DELIVERED and summary.server_ids == ("Consent/1",)


def test_closed_outbox_refuses_work(outbox: Outbox) -> None:
    outbox.close()
    outbox.close()
    with pytest.raises(OutboxStateError):
        outbox.status()


# -- leases -------------------------------------------------------------------------------------


def test_reopen_releases_a_lease_left_by_a_closed_instance(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    first = Outbox.open(db, key)
    first.enqueue("sub-1", make_bundle())
    assert first.claim_next() is not None
    first.close()  # closing hands the lease back
    with Outbox.open(db, key) as second:
        assert second.status().counts["pending"] == 1
        claimed = second.claim_next()
        assert claimed is not None and claimed.attempts == 2


def test_second_instance_does_not_steal_a_live_lease(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    with Outbox.open(db, key) as kiosk:
        kiosk.enqueue("sub-1", make_bundle())
        assert kiosk.claim_next() is not None
        with Outbox.open(db, key) as tool:  # e.g. kiosk-queue export while the kiosk sends
            assert tool.status().counts["sending"] == 1
            assert tool.claim_next() is None
        kiosk.mark_delivered("sub-1", server_ids=[])
        assert kiosk.status().counts["delivered"] == 1


def test_expired_lease_is_claimed_again(data_dir: Path, key: DataKey, clock: FakeClock) -> None:
    with Outbox.open(data_dir / "outbox.sqlite3", key, clock=clock, lease_s=60) as box:
        box.enqueue("sub-1", make_bundle())
        assert box.claim_next() is not None
        assert box.claim_next(now=clock.now + 59) is None
        again = box.claim_next(now=clock.now + 61)
        assert again is not None and again.attempts == 2


_CRASHER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kiosk.outbox.keys import DataKey
    from kiosk.outbox.store import Outbox
    key = DataKey(1, bytes.fromhex(sys.stdin.readline().strip()))
    box = Outbox.open(Path(sys.argv[1]), key)
    record = box.claim_next()
    print(record.submission_id, flush=True)
    sys.stdin.readline()  # wait to be killed mid-"send"
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_record_claimed_by_a_killed_process_is_pending_again(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    bundle = make_bundle()
    with Outbox.open(db, key) as box:
        box.enqueue("sub-1", bundle)
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASHER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        proc.stdin.write(key.material.hex() + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "sub-1"
        with Outbox.open(db, key) as box:  # the sender is alive: its lease holds
            assert box.status().counts["sending"] == 1
        proc.kill()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        proc.stdin.close()
        proc.stdout.close()
    with Outbox.open(db, key) as box:
        claimed = box.claim_next()
        assert claimed is not None
        assert (claimed.submission_id, claimed.bundle, claimed.attempts) == ("sub-1", bundle, 2)


# -- concurrency --------------------------------------------------------------------------------


def test_concurrent_claimers_never_share_a_record(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    ids = [f"sub-{n:03d}" for n in range(120)]
    shared = Outbox.open(db, key)
    for sid in ids:
        shared.enqueue(sid, sid.encode())
    # Four threads on one instance (the kiosk), two on their own connections (other processes).
    boxes = [shared] * 4 + [Outbox.open(db, key) for _ in range(2)]
    got: list[list[str]] = [[] for _ in boxes]
    start = threading.Barrier(len(boxes))
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            while (record := boxes[n].claim_next()) is not None:
                assert record.bundle == record.submission_id.encode()
                got[n].append(record.submission_id)
                boxes[n].mark_delivered(record.submission_id, server_ids=[])
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(len(boxes))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for box in set(boxes):
        box.close()
    assert not errors
    claimed = [sid for part in got for sid in part]
    assert sorted(claimed) == ids  # every record once, none twice
    with Outbox.open(db, key) as box:
        assert box.status().counts["delivered"] == len(ids)


# -- nothing readable at rest -------------------------------------------------------------------


def test_no_personal_data_in_any_file_of_the_data_folder(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    needles = personal_needles()
    box = Outbox.open(db, key)
    for n in range(5):
        box.enqueue(f"sub-{n}", make_bundle())
    assert (data_dir / "outbox.sqlite3-wal").exists()
    assert files_containing(data_dir, needles) == []
    for _ in range(3):
        record = box.claim_next()
        box.mark_delivered(record.submission_id, server_ids=["Consent/1"])
    assert files_containing(data_dir, needles) == []
    box.close()
    assert files_containing(data_dir, needles) == []


@pytest.mark.parametrize("size", [300, 40_000], ids=["in-page", "overflow-pages"])
def test_purged_ciphertext_leaves_no_trace(data_dir: Path, key: DataKey, size: int) -> None:
    db = data_dir / "outbox.sqlite3"
    with Outbox.open(db, key) as box:
        box.enqueue("keep", os.urandom(size))
        box.enqueue("deliver", os.urandom(size))
        box.enqueue("discard", os.urandom(size))
        sealed = {sid: raw_payload(db, sid) for sid in ("keep", "deliver", "discard")}
        # Sanity: the search finds ciphertext that is still there.
        assert files_containing(data_dir, [sealed["keep"][20:84]])
        # Claims go oldest first (keep, deliver, discard): put "keep" back, deliver, discard.
        box.claim_next()
        box.mark_retry("keep", not_before=10**12, error="later")
        box.claim_next()
        box.mark_delivered("deliver", server_ids=[])
        delivered = [sealed["deliver"][20:84], sealed["deliver"][-64:]]
        assert raw_payload(db, "deliver") is None  # gone from the row at once...
        # ...and from the files at the round's checkpoint (sanity: the WAL still held the old
        # pages, which is what the checkpoint is for).
        assert files_containing(data_dir, delivered)
        assert box.checkpoint()
        assert files_containing(data_dir, delivered) == []
        box.claim_next()
        box.mark_rejected("discard", reason="HTTP 422")
        box.discard_rejected("discard")
        assert files_containing(data_dir, [sealed["discard"][20:84], sealed["discard"][-64:]]) == []
        assert files_containing(data_dir, [sealed["keep"][20:84]])


def _deliver(box: Outbox, submission_id: str) -> None:
    record = box.claim_next()
    assert record is not None and record.submission_id == submission_id
    box.mark_delivered(submission_id, server_ids=[])


def test_a_long_round_purges_every_purge_batch_deliveries(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    with Outbox.open(db, key, purge_batch=2) as box:
        for sid in ("a", "b", "c"):
            box.enqueue(sid, os.urandom(3000))
        sealed = {sid: raw_payload(db, sid) for sid in ("a", "b", "c")}
        _deliver(box, "a")
        assert files_containing(data_dir, [sealed["a"][-64:]]), "one delivery: not yet"
        _deliver(box, "b")  # the second delivery of the batch checkpoints without being asked
        assert files_containing(data_dir, [sealed["a"][-64:], sealed["b"][-64:]]) == []
        assert files_containing(data_dir, [sealed["c"][-64:]]), "the pending one stays"
        assert box.checkpoint()  # nothing purged since: a no-op that reports success


class _AlwaysDelivered:
    """A FHIR client whose server takes everything (the sync worker's ClientLike)."""

    def probe(self) -> bool:
        return True

    def post_transaction(self, bundle: bytes) -> Delivered:
        return Delivered(("Consent/1",))

    def set_token(self, token: str | None) -> None:
        pass


def test_a_sync_round_leaves_no_delivered_ciphertext_in_the_files(
    data_dir: Path, key: DataKey
) -> None:
    db = data_dir / "outbox.sqlite3"
    with Outbox.open(db, key) as box:
        for n in range(5):
            box.enqueue(f"sub-{n}", os.urandom(3000))
        sealed = [raw_payload(db, f"sub-{n}") for n in range(5)]
        needles = [blob[-64:] for blob in sealed if blob is not None]
        assert len(files_containing(data_dir, needles)) == 5
        result = SyncWorker(box, _AlwaysDelivered()).run_round()
        assert result.delivered == 5
        assert files_containing(data_dir, needles) == []  # before close: the round end did it


def test_close_and_the_next_open_purge_what_no_round_end_did(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    first = Outbox.open(db, key)
    for sid in ("a", "b"):
        first.enqueue(sid, os.urandom(3000))
    sealed = {sid: raw_payload(db, sid) for sid in ("a", "b")}
    _deliver(first, "a")
    assert files_containing(data_dir, [sealed["a"][-64:]])
    # A process that died before its checkpoint: the next open wipes what it purged.
    second = Outbox.open(db, key)
    assert files_containing(data_dir, [sealed["a"][-64:]]) == []
    _deliver(second, "b")
    assert files_containing(data_dir, [sealed["b"][-64:]])
    second.close()
    assert files_containing(data_dir, [sealed["b"][-64:]]) == []
    first.close()


def test_purge_batch_must_be_positive(data_dir: Path, key: DataKey) -> None:
    with pytest.raises(ValueError):
        Outbox.open(data_dir / "outbox.sqlite3", key, purge_batch=0)


class _SyncTrace:
    """Follows the ``synchronous`` level on a connection through its statement trace."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.level = "FULL"  # apply_pragmas leaves the connection at FULL
        self.commits: list[str] = []  # the level of each write transaction, in order
        conn.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        text = " ".join(sql.split()).upper()
        if text.startswith("PRAGMA SYNCHRONOUS="):
            self.level = text.split("=", 1)[1]
        elif text == "BEGIN IMMEDIATE":
            self.commits.append(self.level)

    def levels(self, action: Callable[[], object]) -> list[str]:
        """The level each write transaction of ``action`` ran under."""
        start = len(self.commits)
        action()
        return self.commits[start:]


def test_enqueue_and_volunteer_actions_are_fsynced_delivery_bookkeeping_is_not(
    outbox: Outbox,
) -> None:
    trace = _SyncTrace(outbox._conn)
    try:
        assert trace.levels(lambda: outbox.enqueue("a", make_bundle())) == ["FULL"]
        assert trace.levels(lambda: outbox.enqueue("b", make_bundle())) == ["FULL"]
        assert trace.levels(outbox.claim_next) == ["NORMAL"]
        assert trace.levels(lambda: outbox.mark_delivered("a", server_ids=[])) == ["NORMAL"]
        assert trace.levels(outbox.claim_next) == ["NORMAL"]
        assert trace.levels(lambda: outbox.mark_retry("b", not_before=0, error="x")) == ["NORMAL"]
        outbox.claim_next()
        assert trace.levels(lambda: outbox.mark_rejected("b", reason="x")) == ["NORMAL"]
        # Right after relaxed commits, a citizen's submission is fsynced again.
        assert trace.levels(lambda: outbox.enqueue("c", make_bundle())) == ["FULL"]
        assert trace.levels(lambda: outbox.retry_rejected("b")) == ["FULL"]
        outbox.claim_next()
        outbox.mark_rejected("b", reason="x")
        assert trace.levels(lambda: outbox.discard_rejected("b")) == ["FULL"]
        assert trace.levels(lambda: outbox.mark_exported(["c"])) == ["FULL"]
    finally:
        outbox._conn.set_trace_callback(None)
    # The trace agrees with SQLite itself.
    assert outbox._conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    outbox.claim_next()
    assert outbox._conn.execute("PRAGMA synchronous").fetchone()[0] == 1


def test_a_claim_walks_the_queue_in_order_instead_of_sorting_it(outbox: Outbox) -> None:
    claims: list[str] = []
    outbox._conn.set_trace_callback(
        lambda sql: claims.append(sql) if "FROM submissions" in sql and "LIMIT 1" in sql else None
    )
    outbox.enqueue("a", make_bundle())
    assert outbox.claim_next() is not None
    outbox._conn.set_trace_callback(None)
    [query] = claims
    plan = " ".join(row[3] for row in outbox._conn.execute(f"EXPLAIN QUERY PLAN {query}"))
    # (Only records created at the same instant are put in rowid order by a sort.)
    assert "submissions_queue" in plan and "TEMP B-TREE FOR ORDER BY" not in plan


def test_logs_carry_no_personal_data(
    data_dir: Path, key: DataKey, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with Outbox.open(data_dir / "outbox.sqlite3", key) as box:
        box.enqueue("sub-1", make_bundle())
        box.claim_next()
        box.mark_retry("sub-1", not_before=0, error=f"HTTP 500 for {NATIONAL_NUMBER}")
        box.claim_next()
        box.mark_rejected("sub-1", reason="HTTP 422 ssin 67.06.30-296.59")
        status = box.status()
    assert caplog.records, "the outbox should log its steps"
    text = "\n".join(r.getMessage() for r in caplog.records) + repr(status)
    assert NATIONAL_NUMBER not in text and "296.59" not in text
    assert not any(name in text for name in NAMES)


def test_repr_of_records_and_keys_hide_content(key: DataKey) -> None:
    from kiosk.outbox.records import ClaimedRecord

    record = ClaimedRecord("sub-1", make_bundle(), 1, False)
    assert NATIONAL_NUMBER not in repr(record) and NATIONAL_NUMBER not in str(record)
    assert key.material.hex() not in repr(key) and "material" not in repr(key)
    with pytest.raises(TypeError):
        pickle.dumps(key)


# -- files, keys, environment -------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private(outbox: Outbox, data_dir: Path) -> None:
    outbox.enqueue("sub-1", make_bundle())
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for name in ("outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"):
        assert (data_dir / name).stat().st_mode & 0o777 == 0o600, name


def test_pragmas_are_in_force(outbox: Outbox) -> None:
    conn = outbox._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_a_database_that_cannot_keep_the_pragmas_is_refused() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)  # journal_mode stays "memory"
    with pytest.raises(OutboxEnvironmentError) as info:
        database.apply_pragmas(conn, Path(":memory:"))
    conn.close()
    assert info.value.code == "sqlite_unsupported" and info.value.environment


def test_wrong_key_is_refused_and_data_survives(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    bundles = {f"sub-{n}": make_bundle() for n in range(3)}
    with Outbox.open(db, key) as box:
        for sid, bundle in bundles.items():
            box.enqueue(sid, bundle)
    with pytest.raises(OutboxKeyError) as info:
        Outbox.open(db, DataKey.generate())
    assert info.value.code == "key_mismatch" and "kept" in str(info.value)
    with pytest.raises(OutboxKeyError) as info:
        Outbox.open(db, DataKey.generate(key_id=2))
    assert info.value.code == "key_mismatch"
    with Outbox.open(db, key) as box:
        got = {}
        while (record := box.claim_next()) is not None:
            got[record.submission_id] = record.bundle
    assert got == bundles


def test_damaged_payload_is_set_aside_not_blocking(outbox: Outbox) -> None:
    outbox.enqueue("bad", make_bundle())
    outbox.enqueue("good", make_bundle())
    with sqlite3.connect(outbox.path) as conn:  # simulate corruption of one sealed payload
        sealed = bytearray(
            conn.execute("SELECT payload FROM submissions WHERE submission_id='bad'").fetchone()[0]
        )
        sealed[-1] ^= 1
        conn.execute("UPDATE submissions SET payload=? WHERE submission_id='bad'", (bytes(sealed),))
    conn.close()
    record = outbox.claim_next()
    assert record is not None and record.submission_id == "good"
    assert (
        outbox.records([State.REJECTED])[0].rejected_reason
        == "stored payload failed its integrity check"
    )


def test_payload_moved_to_another_row_does_not_decrypt(key: DataKey) -> None:
    from kiosk.outbox.crypto import decrypt_payload, encrypt_payload

    sealed = encrypt_payload(key, "sub-1", b"bundle")
    assert decrypt_payload(key, "sub-1", sealed) == b"bundle"
    with pytest.raises(OutboxIntegrityError):
        decrypt_payload(key, "sub-2", sealed)
    assert encrypt_payload(key, "sub-1", b"bundle")[2:14] != sealed[2:14]  # fresh nonce


def test_unusable_folder_is_an_environment_error(tmp_path: Path, key: DataKey) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_bytes(b"")
    with pytest.raises(OutboxEnvironmentError) as info:
        Outbox.open(blocker / "outbox.sqlite3", key)
    assert info.value.environment


@pytest.mark.parametrize(
    ("errcode", "code"), [(13, "disk_full"), (8, "read_only"), (5, "busy"), (778, "io_error")]
)
def test_sqlite_failures_of_the_machine_are_environment_errors(errcode: int, code: str) -> None:
    exc = sqlite3.OperationalError("simulated")
    exc.sqlite_errorcode = errcode
    with pytest.raises(OutboxEnvironmentError) as info, database.translated(Path("q.sqlite3")):
        raise exc
    assert info.value.code == code


def test_sqlite_bugs_stay_bugs() -> None:
    with pytest.raises(sqlite3.OperationalError), database.translated(Path("q.sqlite3")):
        sqlite3.connect(":memory:").execute("SELECT nope FROM nowhere")


# -- schema versions ----------------------------------------------------------------------------


def test_v1_file_is_migrated_by_a_later_version(
    data_dir: Path, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = data_dir / "outbox.sqlite3"
    bundle = make_bundle()
    current = list(database.MIGRATIONS)
    monkeypatch.setattr(database, "MIGRATIONS", current[:1])  # the first release's schema
    with Outbox.open(db, key) as box:
        box.enqueue("sub-1", bundle)
    assert _user_version(db) == 1
    later = [*current, ("ALTER TABLE submissions ADD COLUMN note TEXT",)]
    monkeypatch.setattr(database, "MIGRATIONS", later)
    with Outbox.open(db, key) as box:
        record = box.claim_next()
        assert record is not None and record.bundle == bundle
    assert _user_version(db) == len(later)
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(submissions)")}
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(submissions)")}
    conn.close()
    assert "note" in columns and "submissions_queue" in indexes and "submissions_due" not in indexes


def test_file_from_a_newer_version_is_refused_untouched(data_dir: Path, key: DataKey) -> None:
    db = data_dir / "outbox.sqlite3"
    with Outbox.open(db, key) as box:
        box.enqueue("sub-1", make_bundle())
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version=99")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(OutboxSchemaError) as info:
        Outbox.open(db, key)
    assert info.value.code == "schema_too_new" and "newer" in str(info.value)
    assert db.read_bytes() == before
    with pytest.raises(OutboxSchemaError):
        read_status(db)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path, key: DataKey) -> None:
    db = tmp_path / "other.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (t TEXT)")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(OutboxSchemaError) as info:
        Outbox.open(db, key)
    assert info.value.code == "not_a_queue" and db.read_bytes() == before


def _user_version(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


# -- status -------------------------------------------------------------------------------------


def test_status_counts_overdue_and_exported(outbox: Outbox, clock: FakeClock) -> None:
    start = clock.now
    outbox.enqueue("old", make_bundle())
    clock.now += 86400
    outbox.enqueue("new", make_bundle())
    outbox.enqueue("done", make_bundle())
    outbox.mark_exported(["old"])
    clock.now = start + 7 * 86400 + 1
    status = outbox.status()
    assert status.overdue == 1 and status.needs_volunteer
    assert status.oldest_pending_age_s == pytest.approx(7 * 86400 + 1)
    assert status.exported_count == 1 and status.undelivered == 3
    assert status.last_success_at is None and status.last_error is None


def test_read_status_needs_no_key_and_writes_nothing(outbox: Outbox, clock: FakeClock) -> None:
    outbox.enqueue("sub-1", make_bundle())
    status = read_status(outbox.path, clock=clock)
    assert status.counts["pending"] == 1 and status.oldest_pending_age_s == 0
    with pytest.raises(OutboxStateError) as info:
        read_status(outbox.path.with_name("missing.sqlite3"))
    assert info.value.code == "no_queue"


def test_default_path_is_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: DataKey
) -> None:
    monkeypatch.setattr(store, "default_data_dir", lambda: tmp_path / "user-data")
    with Outbox.open(None, key) as box:
        assert box.path == tmp_path / "user-data" / "outbox.sqlite3"
        assert box.path.exists()
