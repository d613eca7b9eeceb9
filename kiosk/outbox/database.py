"""SQLite plumbing of the outbox: opening the file safely, the durability pragmas, the schema
migrations, and the translation of machine failures into :class:`~.records.OutboxEnvironmentError`.

:mod:`.store` holds the queue logic on top of this. A database file from a newer kiosk version
is refused before anything writes to it (not even the switch to WAL). The status query lives
here too, as ``kiosk-queue status`` reads it without the key, over a read-only connection.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.files import default_data_dir, ensure_private_dir, fsync_dir

from .records import (
    DB_FILE_NAME,
    OutboxEnvironmentError,
    OutboxSchemaError,
    OutboxStateError,
    QueueStatus,
    State,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0
DEFAULT_MAX_AGE_S = 7 * 86400
KEEP = "Queued submissions are kept."

# Schema migrations, in order: MIGRATIONS[i] takes a file from user_version i to i + 1. Never edit
# a released entry; append a new one. Statements run one by one inside a single transaction
# (not executescript, which would commit on its own).
MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: the first schema
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value)",
        """CREATE TABLE submissions (
            submission_id   TEXT PRIMARY KEY,
            state           TEXT NOT NULL CHECK (state IN
                                ('pending', 'sending', 'delivered', 'rejected', 'discarded')),
            payload         BLOB,              -- sealed bundle (crypto.py); NULL once delivered/discarded
            payload_digest  BLOB NOT NULL,     -- keyed HMAC of the bundle: idempotent enqueue
            demo            INTEGER NOT NULL DEFAULT 0,
            created_at      REAL NOT NULL,
            updated_at      REAL NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            not_before      REAL NOT NULL DEFAULT 0,
            lease_owner     TEXT,              -- host:pid:token of the process sending it
            lease_expires   REAL,
            last_error      TEXT,              -- non-personal, scrubbed
            exported_at     REAL,
            delivered_at    REAL,
            server_ids      TEXT,              -- JSON list of server resource ids
            rejected_reason TEXT
        )""",  # noqa: E501 (a released migration: its text is kept byte for byte)
        "CREATE INDEX submissions_due ON submissions (state, not_before, created_at)",
    ),
    (  # 2: claims walk the pending records oldest first instead of sorting all of them (and
        # their payloads) each time: with submissions_due a claim cost ~3 ms at 5,000 pending.
        # It replaces submissions_due rather than joining it, so an enqueue updates as many
        # indexes as before; not_before is in it so due checks need no table lookups.
        "DROP INDEX submissions_due",
        "CREATE INDEX submissions_queue ON submissions (state, created_at, not_before)",
    ),
]


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` for the queue: folder 0700, file created 0600 before SQLite touches it (the
    WAL and shared-memory files inherit its mode), autocommit mode so transactions are explicit,
    usable from any thread (the caller serialises with a lock), busy timeout for other processes."""
    try:
        ensure_private_dir(path.parent)
        created = False
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            created = True
        except FileExistsError:
            if os.name == "posix" and path.stat().st_mode & 0o077:
                log.warning("queue database permissions were too open; tightened to owner only")
                os.chmod(path, 0o600)
        if created:
            fsync_dir(path.parent)
    except OSError as exc:
        raise os_error(exc, path) from None
    with translated(path):
        return sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )


def check_schema_version(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file from a newer kiosk before anything (even the WAL switch) writes to it."""
    with translated(path):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version > len(MIGRATIONS):
        raise OutboxSchemaError(
            f"the queue database {path} was written by a newer kiosk version (schema {version}, "
            f"this version knows up to {len(MIGRATIONS)}); install that version again. {KEEP}"
        )
    if (version == 0 and tables) or (version > 0 and "submissions" not in tables):
        raise OutboxSchemaError(
            f"{path} is not a kiosk queue database; it was left as it is", code="not_a_queue"
        )


def apply_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    with translated(path):
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA trusted_schema=OFF")
        sync = conn.execute("PRAGMA synchronous").fetchone()[0]
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    if str(mode).lower() != "wal" or sync != 2 or secure != 1:
        raise OutboxEnvironmentError(
            f"SQLite refused the settings the queue needs (journal={mode}, synchronous={sync}, "
            f"secure_delete={secure}); the queue cannot guarantee durability here. {KEEP}",
            code="sqlite_unsupported",
        )
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if os.name == "posix" and side.exists() and side.stat().st_mode & 0o077:
            os.chmod(side, 0o600)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    with translated(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):  # another process upgraded it since we looked
                raise OutboxSchemaError(
                    f"the queue database {path} was upgraded by a newer kiosk version"
                )
            for target in range(version + 1, len(MIGRATIONS) + 1):
                for statement in MIGRATIONS[target - 1]:
                    conn.execute(statement)
                log.info("queue database migrated to schema %d", target)
            conn.execute(f"PRAGMA user_version={len(MIGRATIONS):d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


# SQLite primary result codes that mean "the machine", not "the code".
_ENV_CODES = {
    3: ("storage_unavailable", "the queue database {path} cannot be accessed (permission denied)"),
    5: ("busy", "the queue database {path} is busy in another program; try again in a moment"),
    6: ("busy", "the queue database {path} is locked; try again in a moment"),
    8: (
        "read_only",
        "the queue database {path} is read-only; check the disk and folder permissions",
    ),
    10: ("io_error", "the disk holding the queue database {path} reported an input/output error"),
    11: ("corrupt", "the queue database {path} is damaged; keep the file and call for support"),
    13: ("disk_full", "the disk holding the queue database {path} is full; free some space"),
    14: (
        "storage_unavailable",
        "the queue database {path} cannot be opened; check the folder exists and is writable",
    ),
    26: ("not_a_queue", "{path} is not a kiosk queue database (or its key is wrong)"),
}


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn SQLite and OS failures caused by the machine into OutboxEnvironmentError;
    bugs stay bugs.
    """
    try:
        yield
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        known = _ENV_CODES.get(code & 0xFF) if isinstance(code, int) else None
        if known is None:
            raise
        err_code, text = known
        cls = OutboxSchemaError if err_code == "not_a_queue" else OutboxEnvironmentError
        raise cls(f"{text.format(path=path)}. {KEEP}", code=err_code) from None
    except OSError as exc:
        raise os_error(exc, path) from None


def os_error(exc: OSError, path: Path) -> OutboxEnvironmentError:
    codes = {
        errno.ENOSPC: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "read_only",
        errno.EPERM: "read_only",
    }
    return OutboxEnvironmentError(
        f"the queue storage at {path} is not usable: {exc.strerror}. {KEEP}",
        code=codes.get(exc.errno or 0, "storage_unavailable"),
    )


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine (the owner of a lease, say)."""
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(ctypes.get_last_error() == 5)  # type: ignore[attr-defined]  # access denied
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- reading the status (the store and ``kiosk-queue status``, which has no key) --------------


def read_status(
    path: Path | None = None,
    *,
    clock: Callable[[], float] = time.time,
    max_age_s: float = DEFAULT_MAX_AGE_S,
) -> QueueStatus:
    """The queue's status without its key and without writing anything (``kiosk-queue status``).

    Works while the kiosk runs. Raises :class:`OutboxEnvironmentError` if there is no queue at
    ``path`` and :class:`~.records.OutboxSchemaError` for a file from a newer version.
    """
    path = Path(path) if path is not None else default_data_dir() / DB_FILE_NAME
    if not path.is_file():
        raise OutboxStateError(f"no queue database at {path}", code="no_queue")
    with translated(path):
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    try:
        check_schema_version(conn, path)
        with translated(path):
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                raise OutboxStateError(f"the queue database at {path} is empty", code="no_queue")
            conn.execute("BEGIN")
            return queue_status(conn, clock(), max_age_s)
    finally:
        conn.close()


def queue_status(c: sqlite3.Connection, now: float, max_age_s: float) -> QueueStatus:
    """Counts per state, ages and the last outcome, read in the caller's transaction."""
    counts = {s.value: 0 for s in State}
    counts.update(
        dict(c.execute("SELECT state, COUNT(*) FROM submissions GROUP BY state").fetchall())
    )
    oldest, overdue, exported = c.execute(
        "SELECT MIN(created_at), SUM(created_at < ?), SUM(exported_at IS NOT NULL)"
        " FROM submissions WHERE state IN ('pending', 'sending')",
        (now - max_age_s,),
    ).fetchone()
    last_success = c.execute("SELECT MAX(delivered_at) FROM submissions").fetchone()[0]
    meta = dict(
        c.execute(
            "SELECT name, value FROM meta WHERE name IN ('last_error', 'last_error_at')"
        ).fetchall()
    )
    return QueueStatus(
        counts=counts,
        oldest_pending_age_s=max(0.0, now - oldest) if oldest is not None else None,
        exported_count=int(exported or 0),
        last_success_at=last_success,
        last_error=meta.get("last_error"),
        overdue=int(overdue or 0),
        last_error_at=meta.get("last_error_at"),
        max_age_s=max_age_s,
    )
