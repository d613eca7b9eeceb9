"""The durable outbox: one SQLite file holding every submission until the network has it.

A consent that is lost, sent twice or left readable on a stolen laptop is the worst thing this
product can do, so:

* durability: ``journal_mode=WAL`` + ``synchronous=FULL`` (checked at open, refused otherwise);
  :meth:`Outbox.enqueue` and the volunteer actions return only after the commit is fsynced.
  Delivery bookkeeping (claim, ``mark_*``) commits with ``synchronous=NORMAL``: still atomic,
  safe from a process crash, and durable at the next fsync (an enqueue, the round's
  checkpoint). A power cut before that can only undo the latest claims/marks: those records
  are posted again and the server creates nothing new (conditional creates). It cannot undo
  an enqueue: an fsync covers the whole WAL, and WAL recovery keeps a prefix of the commits;
* at rest: payloads are AES-256-GCM sealed (:mod:`.crypto`) under the kiosk's data key
  (:mod:`.keys`); a delivered payload is purged from its row, ``secure_delete=ON`` zeroes the
  freed pages and a ``wal_checkpoint(TRUNCATE)`` (:meth:`Outbox.checkpoint`) writes them over
  the old ones and empties the WAL, so not even the ciphertext stays. The checkpoint costs
  several fsyncs, so it is batched: a delivered payload is gone from every file by the end of
  the sync round that delivered it (the worker calls :meth:`Outbox.checkpoint`), after at most
  ``purge_batch`` deliveries, at :meth:`Outbox.close` and at the next :meth:`Outbox.open`
  after a crash. A volunteer's discard is wiped at once;
* exactly once: a record is marked ``sending`` and committed before the caller posts it
  (pessimistic marking, as ODK Collect does); the claim runs in ``BEGIN IMMEDIATE`` so two
  threads or two processes never get the same record. A lease left by a process that died
  (or that ran past ``lease_s``) goes back to ``pending`` — the server deduplicates a resend.

Every method may be called from any thread: one connection, guarded by a lock. Errors are
:class:`~.records.OutboxError` subclasses with stable codes; environment problems (disk full,
read-only folder, busy file, lost key) are :class:`~.records.OutboxEnvironmentError`.
The SQLite plumbing (pragmas, migrations, error translation) lives in :mod:`.database`.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import default_data_dir
from kiosk.redaction import scrub_error_text

from . import database
from .crypto import decrypt_payload, encrypt_payload, payload_digest
from .database import DEFAULT_MAX_AGE_S, read_status
from .keys import DataKey
from .records import (
    DB_FILE_NAME,
    ClaimedRecord,
    OutboxConflictError,
    OutboxError,
    OutboxIntegrityError,
    OutboxKeyError,
    OutboxStateError,
    QueueStatus,
    State,
)

__all__ = [
    "AckTally",
    "DEFAULT_LEASE_S",
    "DEFAULT_MAX_AGE_S",
    "DEFAULT_PURGE_BATCH",
    "Outbox",
    "RecordSummary",
    "read_status",
]

log = logging.getLogger(__name__)

DEFAULT_LEASE_S = 15 * 60
# Deliveries between two purging checkpoints within one round: a long round (a backlog) wipes
# delivered ciphertext every 64 records instead of only at its end, at 1/64 of the fsync cost.
DEFAULT_PURGE_BATCH = 64
_KEEP = "Queued submissions are kept."
_SUBMISSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_KEY_CHECK_PLAINTEXT = b"ehealth-kiosk outbox key check"
_SYNC_FULL = "PRAGMA synchronous=FULL"
_SYNC_NORMAL = "PRAGMA synchronous=NORMAL"

# Outbox instances alive in this process, by lease token: a lease whose owner is this process
# but whose token is not here was left by an Outbox that crashed or was closed mid-send.
_live_tokens: set[str] = set()
_live_lock = threading.Lock()


@dataclass(frozen=True)
class RecordSummary:
    """One row as the operator panel shows it: no payload, no personal data."""

    submission_id: str
    state: State
    demo: bool
    created_at: float
    updated_at: float
    attempts: int
    not_before: float
    last_error: str | None
    rejected_reason: str | None
    exported_at: float | None
    delivered_at: float | None
    server_ids: tuple[str, ...]


@dataclass(frozen=True)
class AckTally:
    """What :meth:`Outbox.deliver_acknowledged` found for each submission id it was given:
    ``delivered`` now (they were exported and still waiting), ``already`` delivered (or
    discarded) before, ``left`` as they are (exported, then rejected: a volunteer decides), and
    ``not_exported`` (unknown, or never put on an export file). Nothing changed if
    ``not_exported`` is not empty."""

    delivered: tuple[str, ...]
    already: tuple[str, ...]
    left: tuple[str, ...]
    not_exported: tuple[str, ...]


# The same change for an online delivery and an acknowledged export: the payload is purged.
_DELIVER = (
    "UPDATE submissions"
    " SET state='delivered', payload=NULL, delivered_at=?, updated_at=?,"
    " server_ids=?, lease_owner=NULL, lease_expires=NULL, rejected_reason=NULL"
    " WHERE submission_id=?"
)


class Outbox:
    """The queue of submissions waiting for the network. Open with :meth:`Outbox.open`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        key: DataKey,
        *,
        clock: Callable[[], float],
        max_age_s: float,
        lease_s: float,
        purge_batch: int,
    ) -> None:
        if purge_batch < 1:
            raise ValueError("purge_batch must be at least 1")
        self._conn = conn
        self._path = path
        self._key = key
        self._clock = clock
        self.max_age_s = max_age_s
        self._lease_s = lease_s
        self._purge_batch = purge_batch
        self._unpurged = 0  # payloads purged from their rows since the last checkpoint
        self._sync_pragma = _SYNC_FULL  # what database.apply_pragmas left in force
        self._lock = threading.RLock()
        self._token = secrets.token_hex(8)
        self._owner = f"{socket.gethostname()}:{os.getpid()}:{self._token}"
        self._closed = False
        with _live_lock:
            _live_tokens.add(self._token)

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | None,
        key: DataKey,
        *,
        clock: Callable[[], float] = time.time,
        max_age_s: float = DEFAULT_MAX_AGE_S,
        lease_s: float = DEFAULT_LEASE_S,
        purge_batch: int = DEFAULT_PURGE_BATCH,
    ) -> Outbox:
        """Open (or create) the queue at ``path`` (None: the user data folder's ``outbox.sqlite3``).

        Creates the file 0600 in a 0700 folder, checks the durability pragmas took effect, runs
        migrations, checks ``key`` is this queue's key, and puts records left in ``sending`` by a
        process that is gone back to ``pending``. A file from a newer kiosk version is refused
        untouched (:class:`OutboxSchemaError`); a wrong key is refused (:class:`OutboxKeyError`).
        Payloads purged by a process that died before its checkpoint are wiped from the files.
        """
        path = Path(path) if path is not None else default_data_dir() / DB_FILE_NAME
        conn = database.connect(path)
        try:
            database.check_schema_version(conn, path)
            database.apply_pragmas(conn, path)
            database.migrate(conn, path)
            outbox = cls(
                conn,
                path,
                key,
                clock=clock,
                max_age_s=max_age_s,
                lease_s=lease_s,
                purge_batch=purge_batch,
            )
        except BaseException:
            conn.close()
            raise
        try:
            outbox._check_key()
            outbox._release_stale_leases()
            outbox._truncate_wal()  # a predecessor that crashed may have left purged pages there
        except BaseException:
            outbox.close()
            raise
        return outbox

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        """Hand back this instance's leases, empty the WAL and close. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            try:
                with self._write() as c:
                    c.execute(
                        "UPDATE submissions"
                        " SET state='pending', lease_owner=NULL, lease_expires=NULL"
                        " WHERE state='sending' AND lease_owner=?",
                        (self._owner,),
                    )
                self._truncate_wal()
            except OutboxError as exc:
                log.warning("queue closed without tidying up (%s)", exc.code)
            finally:
                self._closed = True
                with _live_lock:
                    _live_tokens.discard(self._token)
                self._conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Outbox(path={str(self._path)!r}, closed={self._closed})"

    # -- the delivery contract ------------------------------------------------------------------

    def enqueue(self, submission_id: str, bundle: bytes, *, demo: bool = False) -> None:
        """Store a submission durably (committed and fsynced on return).

        Enqueueing the same id with the same bytes again is a no-op, even after delivery; the
        same id with different bytes raises :class:`OutboxConflictError`.
        """
        _check_submission_id(submission_id)
        if not isinstance(bundle, bytes) or not bundle:
            raise TypeError("bundle must be non-empty bytes")
        digest = payload_digest(self._key, bundle)
        sealed = encrypt_payload(self._key, submission_id, bundle)
        now = self._clock()
        with self._write() as c:
            row = c.execute(
                "SELECT payload_digest, demo FROM submissions WHERE submission_id=?",
                (submission_id,),
            ).fetchone()
            if row is not None:
                if hmac.compare_digest(row[0], digest) and bool(row[1]) == demo:
                    log.info("submission %s was already queued; nothing to do", submission_id)
                    return
                raise OutboxConflictError(
                    f"submission {submission_id} is already queued with different content"
                )
            c.execute(
                "INSERT INTO submissions (submission_id, state, payload, payload_digest, demo,"
                " created_at, updated_at) VALUES (?, 'pending', ?, ?, ?, ?, ?)",
                (submission_id, sealed, digest, int(demo), now, now),
            )
        log.info("submission %s queued", submission_id)

    def claim_next(self, *, now: float | None = None) -> ClaimedRecord | None:
        """Take the oldest due pending record: it is ``sending`` (attempts + 1) and committed
        before this returns, so a crash mid-post leaves a record that is retried, not lost.

        A payload that fails its integrity check is set aside as ``rejected`` (it can never be
        sent) and the next record is tried, so one damaged row never blocks the queue.
        """
        now = self._clock() if now is None else now
        while True:
            with self._write(durable=False) as c:
                self._release_expired_leases(c, now)
                # INDEXED BY: the walk in created_at order must not turn into a sort of every
                # pending record (payloads included) if the planner ever guesses otherwise.
                row = c.execute(
                    "SELECT submission_id, payload, attempts, demo FROM submissions"
                    " INDEXED BY submissions_queue WHERE state='pending' AND not_before <= ?"
                    " ORDER BY created_at, rowid LIMIT 1",
                    (now,),
                ).fetchone()
                if row is None:
                    return None
                submission_id, sealed, attempts, demo = row
                try:
                    bundle = decrypt_payload(self._key, submission_id, sealed)
                except OutboxIntegrityError as exc:
                    log.error(
                        "submission %s cannot be decrypted (%s); set aside", submission_id, exc.code
                    )
                    reason = "stored payload failed its integrity check"
                    c.execute(
                        "UPDATE submissions SET state='rejected', rejected_reason=?, last_error=?,"
                        " updated_at=? WHERE submission_id=?",
                        (reason, reason, now, submission_id),
                    )
                    self._set_last_error(c, reason, now)
                    continue
                c.execute(
                    "UPDATE submissions SET state='sending', attempts=attempts+1, updated_at=?,"
                    " lease_owner=?, lease_expires=? WHERE submission_id=?",
                    (now, self._owner, now + self._lease_s, submission_id),
                )
            return ClaimedRecord(submission_id, bundle, attempts + 1, bool(demo))

    def mark_delivered(self, submission_id: str, *, server_ids: Sequence[str]) -> None:
        """The network has it: purge the payload, keep a receipt (times, server resource ids).

        The payload is gone from the row on return and from the files at the next
        :meth:`checkpoint` (run here after every ``purge_batch`` deliveries, by the sync worker
        at the end of each round, and by :meth:`close`).
        """
        ids = [str(s) for s in server_ids]
        now = self._clock()
        with self._write(durable=False) as c:
            state = self._state(c, submission_id)
            if state is State.DELIVERED:
                log.info("submission %s was already marked delivered", submission_id)
                return
            c.execute(_DELIVER, (now, now, json.dumps(ids), submission_id))
            self._unpurged += 1  # under the lock, as checkpoint() resets it
            batch_full = self._unpurged >= self._purge_batch
        log.info("submission %s delivered (was %s)", submission_id, state.value)
        if batch_full:
            self.checkpoint()

    def mark_retry(self, submission_id: str, *, not_before: float, error: str) -> None:
        """A transient failure: back to ``pending``, not to be claimed before ``not_before``."""
        now = self._clock()
        text = scrub_error_text(error)
        with self._write(durable=False) as c:
            if not self._expect_sending(c, submission_id, "retry"):
                return
            c.execute(
                "UPDATE submissions SET state='pending', not_before=?, last_error=?, updated_at=?,"
                " lease_owner=NULL, lease_expires=NULL WHERE submission_id=?",
                (float(not_before), text, now, submission_id),
            )
            self._set_last_error(c, text, now)

    def mark_rejected(self, submission_id: str, *, reason: str) -> None:
        """A permanent failure: kept (payload too) for a volunteer,
        never claimed again on its own.
        """
        now = self._clock()
        text = scrub_error_text(reason)
        with self._write(durable=False) as c:
            if not self._expect_sending(c, submission_id, "reject"):
                return
            c.execute(
                "UPDATE submissions"
                " SET state='rejected', rejected_reason=?, last_error=?, updated_at=?,"
                " lease_owner=NULL, lease_expires=NULL"
                " WHERE submission_id=?",
                (text, text, now, submission_id),
            )
            self._set_last_error(c, text, now)
        log.warning("submission %s rejected; a volunteer must look at it", submission_id)

    def retry_rejected(self, submission_id: str) -> None:
        """Volunteer action: send a rejected record again (due now)."""
        now = self._clock()
        with self._write() as c:
            self._expect(c, submission_id, State.REJECTED, "retry")
            c.execute(
                "UPDATE submissions SET state='pending', not_before=0, rejected_reason=NULL,"
                " updated_at=? WHERE submission_id=?",
                (now, submission_id),
            )
        log.info("submission %s put back in the queue by a volunteer", submission_id)

    def discard_rejected(self, submission_id: str) -> None:
        """Volunteer action: give up on a rejected record;
        its payload is purged, a receipt stays.
        """
        now = self._clock()
        with self._write() as c:
            self._expect(c, submission_id, State.REJECTED, "discard")
            c.execute(
                "UPDATE submissions SET state='discarded', payload=NULL, updated_at=?"
                " WHERE submission_id=?",
                (now, submission_id),
            )
            self._unpurged += 1
        log.warning("submission %s discarded by a volunteer", submission_id)
        self.checkpoint()  # a volunteer's discard is wiped from the files at once

    def checkpoint(self) -> bool:
        """Wipe purged payloads from the files: copy the WAL into the database (overwriting the
        freed pages with the zeroed ones) and truncate the WAL, which also makes every commit so
        far durable. The sync worker calls it at the end of each round.

        Does nothing if no payload was purged since the last checkpoint. Returns False if it had
        to be postponed because another connection is reading (it is tried again next time).
        """
        with self._lock:
            return self._truncate_wal() if self._unpurged else True

    def next_due_at(self) -> float | None:
        """When the next pending record becomes due (may be in the past); None if none pending."""
        with self._read() as c:
            due = c.execute(
                "SELECT MIN(not_before) FROM submissions WHERE state='pending'"
            ).fetchone()[0]
            lease = c.execute(
                "SELECT MIN(lease_expires) FROM submissions"
                " WHERE state='sending' AND lease_owner<>?",
                (self._owner,),
            ).fetchone()[0]
        candidates = [t for t in (due, lease) if t is not None]
        return min(candidates) if candidates else None

    def status(self) -> QueueStatus:
        """Counts per state, ages and the last outcome; nothing personal."""
        with self._read() as c:
            return database.queue_status(c, self._clock(), self.max_age_s)

    # -- operator panel and export -------------------------------------------------------------

    def records(self, states: Sequence[State] | None = None) -> list[RecordSummary]:
        """Summaries of the records in ``states`` (default: all), oldest first. No payloads."""
        wanted = [State(s).value for s in (states or list(State))]
        marks = ",".join("?" * len(wanted))
        with self._read() as c:
            rows = c.execute(
                "SELECT submission_id, state, demo, created_at, updated_at, attempts, not_before,"
                " last_error, rejected_reason, exported_at, delivered_at, server_ids"
                " FROM submissions"
                f" WHERE state IN ({marks}) ORDER BY created_at, rowid",
                wanted,
            ).fetchall()
        return [
            RecordSummary(
                r[0],
                State(r[1]),
                bool(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                tuple(json.loads(r[11])) if r[11] else (),
            )
            for r in rows
        ]

    def undelivered_payloads(self) -> list[tuple[str, bytes, bool]]:
        """(submission_id, bundle, demo) of every pending or sending record, oldest first.

        For the encrypted USB export only: the plaintext must go straight into a sealed file.
        """
        with self._read() as c:
            rows = c.execute(
                "SELECT submission_id, payload, demo FROM submissions"
                " WHERE state IN ('pending', 'sending') ORDER BY created_at, rowid"
            ).fetchall()
        out = []
        for sid, sealed, demo in rows:
            try:
                out.append((sid, decrypt_payload(self._key, sid, sealed), bool(demo)))
            except OutboxIntegrityError:
                # It could never be delivered either; claim_next sets it aside for a volunteer.
                log.error("submission %s cannot be decrypted; left out of the export", sid)
        return out

    def mark_exported(self, submission_ids: Sequence[str], *, at: float | None = None) -> None:
        """Note that these records are on an export file; nothing else about them changes."""
        when = self._clock() if at is None else at
        with self._write() as c:
            c.executemany(
                "UPDATE submissions SET exported_at=? WHERE submission_id=?",
                [(when, sid) for sid in submission_ids],
            )

    def deliver_acknowledged(self, submission_ids: Sequence[str]) -> AckTally:
        """The network acknowledged these exported submissions (:mod:`.ack`): mark them
        delivered and purge their payloads as :meth:`mark_delivered` does, all in one durable
        transaction, and wipe the payloads from the files at once (as a volunteer's discard).

        Only records that were exported and are still pending (or sending) change. If any id is
        unknown or was never exported, nothing changes (see :class:`AckTally`)."""
        wanted = list(dict.fromkeys(submission_ids))
        now = self._clock()
        delivered: list[str] = []
        already: list[str] = []
        left: list[str] = []
        not_exported: list[str] = []
        with self._write() as c:
            for sid in wanted:
                row = c.execute(
                    "SELECT state, exported_at FROM submissions WHERE submission_id=?", (sid,)
                ).fetchone()
                state = State(row[0]) if row is not None else None
                if state in (State.DELIVERED, State.DISCARDED):
                    already.append(sid)
                elif row is None or row[1] is None:
                    not_exported.append(sid)
                elif state is State.REJECTED:
                    left.append(sid)
                else:
                    delivered.append(sid)
            if not_exported:
                delivered = []
            else:
                c.executemany(_DELIVER, [(now, now, "[]", sid) for sid in delivered])
                self._unpurged += len(delivered)
        tally = AckTally(tuple(delivered), tuple(already), tuple(left), tuple(not_exported))
        if delivered:
            log.info("%d exported submission(s) acknowledged by the network", len(delivered))
            self.checkpoint()
        return tally

    # -- internals ------------------------------------------------------------------------------

    @contextmanager
    def _write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction. ``durable``: fsynced at commit (``synchronous=FULL``); else
        ``synchronous=NORMAL``, for delivery bookkeeping only (see the module docstring)."""
        with self._lock, database.translated(self._path):
            if self._closed:
                raise OutboxStateError("the queue is closed", code="closed")
            # Each transaction states the level it needs instead of switching back afterwards,
            # so no failed switch-back can leave a later enqueue unsynced. SQLite only allows
            # the change between transactions, which the lock guarantees here.
            want = _SYNC_FULL if durable else _SYNC_NORMAL
            if want != self._sync_pragma:
                self._conn.execute(want)
                self._sync_pragma = want
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, database.translated(self._path):
            if self._closed:
                raise OutboxStateError("the queue is closed", code="closed")
            self._conn.execute("BEGIN")  # one snapshot for all the queries of a read
            try:
                yield self._conn
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    def _state(self, c: sqlite3.Connection, submission_id: str) -> State:
        row = c.execute(
            "SELECT state FROM submissions WHERE submission_id=?", (submission_id,)
        ).fetchone()
        if row is None:
            raise OutboxStateError(
                f"no submission {submission_id} in the queue", code="unknown_submission"
            )
        return State(row[0])

    def _expect(self, c: sqlite3.Connection, submission_id: str, want: State, action: str) -> None:
        state = self._state(c, submission_id)
        if state is not want:
            raise OutboxStateError(
                f"cannot {action} submission {submission_id}: it is {state.value}, not {want.value}"
            )

    def _expect_sending(self, c: sqlite3.Connection, submission_id: str, action: str) -> bool:
        """True if the record is sending; False (and a log line) if its outcome is already final."""
        state = self._state(c, submission_id)
        if state in (State.DELIVERED, State.DISCARDED):
            log.warning(
                "ignored %s of submission %s: it is already %s", action, submission_id, state.value
            )
            return False
        if state is not State.SENDING:
            raise OutboxStateError(
                f"cannot {action} submission {submission_id}: it is {state.value}, not sending"
            )
        return True

    def _truncate_wal(self) -> bool:
        with self._lock, database.translated(self._path):
            if self._closed:
                return True
            busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                self._unpurged = 0
        if busy:
            log.info("queue checkpoint postponed: another reader holds the database")
        return not busy

    def _set_last_error(self, c: sqlite3.Connection, text: str, now: float) -> None:
        c.executemany(
            "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
            [("last_error", text), ("last_error_at", now)],
        )

    def _check_key(self) -> None:
        name = f"key_check:{self._key.key_id}"
        with self._write() as c:
            row = c.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
            others = c.execute(
                "SELECT COUNT(*) FROM meta WHERE name LIKE 'key_check:%' AND name<>?", (name,)
            ).fetchone()[0]
            if row is None and others:
                # Key rotation is not implemented yet: a queue has exactly one key.
                raise OutboxKeyError(
                    f"queue key #{self._key.key_id} was never used with this queue database: "
                    f"restore the key file (or keyring) of this kiosk. {_KEEP}",
                    code="key_mismatch",
                )
            if row is None:
                c.execute(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    (name, encrypt_payload(self._key, name, _KEY_CHECK_PLAINTEXT)),
                )
                return
        try:
            ok = decrypt_payload(self._key, name, row[0]) == _KEY_CHECK_PLAINTEXT
        except OutboxIntegrityError:
            ok = False
        if not ok:
            raise OutboxKeyError(
                "the loaded queue key does not belong to this queue database: restore the key "
                f"file (or keyring) of this kiosk. {_KEEP}",
                code="key_mismatch",
            )

    def _release_stale_leases(self) -> None:
        now = self._clock()
        with self._write() as c:
            rows = c.execute(
                "SELECT submission_id, lease_owner, lease_expires FROM submissions"
                " WHERE state='sending'"
            ).fetchall()
            stale = [
                sid
                for sid, owner, expires in rows
                if (expires or 0) <= now or not _owner_alive(owner)
            ]
            c.executemany(
                "UPDATE submissions SET state='pending', lease_owner=NULL, lease_expires=NULL,"
                " updated_at=? WHERE submission_id=?",
                [(now, sid) for sid in stale],
            )
        if stale:
            log.warning("%d submission(s) interrupted mid-send are queued again", len(stale))

    def _release_expired_leases(self, c: sqlite3.Connection, now: float) -> None:
        n = c.execute(
            "UPDATE submissions SET state='pending', lease_owner=NULL, lease_expires=NULL"
            " WHERE state='sending' AND lease_expires <= ?",
            (now,),
        ).rowcount
        if n:
            log.warning("%d submission(s) whose send took too long are queued again", n)


# -- module helpers -------------------------------------------------------------------------------


def _check_submission_id(submission_id: str) -> None:
    if not isinstance(submission_id, str) or not _SUBMISSION_ID.fullmatch(submission_id):
        # The bad value is not echoed: it might be something personal passed by mistake.
        raise ValueError("submission id must be 1-128 characters of A-Z a-z 0-9 . _ : -")


def _owner_alive(owner: str | None) -> bool:
    """Whether the process holding a lease may still be sending (unknown hosts count as alive)."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, token = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # the lease expiry settles it
    pid = int(pid_text)
    if pid == os.getpid():
        with _live_lock:
            return token in _live_tokens
    return database.pid_alive(pid)
