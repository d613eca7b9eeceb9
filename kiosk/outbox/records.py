"""Value types, errors and file names shared by the outbox store, its keys, the export
and the delivery worker.

No personal data in here: a record carries the encrypted payload's plaintext only after
``Outbox.claim_next`` decrypts it, and every error message is written for a volunteer and
never quotes a payload, a name or a national number.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.errors import KioskError

DB_FILE_NAME = "outbox.sqlite3"
KEY_FILE_NAME = "outbox-key.json"


class State(enum.StrEnum):
    """Where a submission is in its life.

    pending -> sending -> delivered (payload purged; receipt kept)
                       -> rejected  (needs a volunteer; never retried blindly)
                       -> pending   (retry later, with ``not_before``)
    rejected -> pending (a volunteer retries it) | discarded (a volunteer drops it; payload purged)
    A record found in ``sending`` at start-up (crash mid-send) goes back to ``pending``.
    """

    PENDING = "pending"
    SENDING = "sending"
    DELIVERED = "delivered"
    REJECTED = "rejected"
    DISCARDED = "discarded"


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
    last_error_at: float | None = None
    max_age_s: float | None = None

    @property
    def undelivered(self) -> int:
        """Records still waiting to reach the network (pending or being sent)."""
        return self.counts.get(State.PENDING.value, 0) + self.counts.get(State.SENDING.value, 0)

    @property
    def needs_volunteer(self) -> bool:
        """True when someone should look: overdue records or records the network rejected."""
        return self.overdue > 0 or self.counts.get(State.REJECTED.value, 0) > 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (stable keys, used by ``kiosk-queue status --json``)."""
        data = asdict(self)
        data["undelivered"] = self.undelivered
        data["needs_volunteer"] = self.needs_volunteer
        return data


class OutboxError(KioskError):
    """Base of every error the outbox raises on purpose.

    ``code`` is stable (the UI translates by code; tests and scripts match on it). The message is
    English, actionable and free of personal data. ``environment`` tells a problem of the machine
    or its operator (disk full, locked keyring, wrong passphrase) from a bug in the caller.
    """

    code = "outbox_error"
    environment = False

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class OutboxEnvironmentError(OutboxError):
    """The machine cannot keep the queue right now (disk full, read-only, locked, too old SQLite).

    Queued submissions are never deleted because of one of these; fix the cause and restart.
    """

    code = "storage_unavailable"
    environment = True


class OutboxKeyError(OutboxEnvironmentError):
    """The data key is not available or does not fit
    (keyring locked, wrong passphrase, lost key file).
    """

    code = "key_unavailable"


class PassphraseRequired(OutboxKeyError):
    """No secure keyring holds the key: a volunteer must enter the kiosk's queue passphrase."""

    code = "passphrase_required"


class OutboxSchemaError(OutboxEnvironmentError):
    """The database was written by a newer version of the kiosk (or is not a queue database)."""

    code = "schema_too_new"


class OutboxIntegrityError(OutboxError):
    """Stored or exported bytes failed their authentication check (corruption or tampering)."""

    code = "integrity"


class OutboxConflictError(OutboxError):
    """The same submission id was enqueued again with different content (a bug in the caller)."""

    code = "conflict"


class OutboxStateError(OutboxError):
    """An action that does not fit the record's state, or an unknown submission id (a bug)."""

    code = "bad_state"


class ExportError(OutboxError):
    """An export file cannot be written or read (not an export, wrong key, tampered)."""

    code = "export_invalid"


class AcknowledgementError(OutboxError):
    """An acknowledgement file (:mod:`.ack`) that cannot be applied: not the network's, altered,
    for another kiosk, or naming submissions never exported. Nothing in the queue changed."""

    code = "ack_invalid"


class AckAlreadyAppliedError(AcknowledgementError):
    """Every submission an acknowledgement names is already delivered: a harmless replay."""

    code = "ack_already_applied"
