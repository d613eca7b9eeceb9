"""The kiosk's runtime, without Qt: the card reader backend, the outbox, the sync worker and the
flow's ``submit``.

:class:`Services` is built in two phases so the welcome page shows at once:

1. ``Services(settings)`` is cheap: it imports nothing slow and opens nothing;
2. :meth:`Services.start_monitor`, :meth:`Services.open_queue` and :meth:`Services.start_sync`
   import and open the slow parts (pyscard or the virtual card, SQLite and the data key,
   ``requests``); the UI calls them once its first window is on screen, the queue off the GUI
   thread (the keyring can take a while).

Real mode reads a PC/SC reader (:class:`~kiosk.cardreader.pcsc.PcscBackend`) and queues into the
kiosk's own outbox (the user data folder; the data key from the secure keyring). Demo mode reads
specimen cards from an in-process virtual reader
(:class:`~kiosk.cardreader.virtual.backend.VirtualBackend`) and queues into a separate temporary
database under a key that exists only in memory, so a demo submission can never mix with real
ones and is unreadable and gone once the kiosk exits. With no endpoint configured the sync
worker has nobody to talk to and reports "offline": submissions wait in the queue.

Imports of anything not needed to show the welcome page are inside the methods that use them.

:meth:`Services.submit` is the flow's ``submit``: build the FHIR Bundle, store it durably, wake
the sync worker, and return the receipt's reference code (:func:`reference_code`), and writes
one audit line per submission (:mod:`kiosk.operator.audit`: the national number only as a keyed
hash).

The volunteer panel's actions are here too, each audited: :meth:`Services.unlock_queue` (a
passphrase-protected queue key), :meth:`Services.send_now`, :meth:`Services.export_queue` (the
sealed USB export), :meth:`Services.rejected`, :meth:`Services.retry_rejected` and
:meth:`Services.discard_rejected`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config.settings import KioskSettings
from kiosk.errors import KioskError, stable_code

if TYPE_CHECKING:
    import tempfile

    from kiosk.cardreader.monitor import CardMonitor, MonitorBackend, MonitorEvent
    from kiosk.cardreader.virtual.backend import VirtualBackend
    from kiosk.enrolment import Enrolment
    from kiosk.operator.audit import AuditLog
    from kiosk.outbox.delivery import Outcome
    from kiosk.outbox.keys import DataKey
    from kiosk.outbox.records import QueueStatus
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.sync import SyncStatus, SyncWorker

__all__ = [
    "ExportNotConfiguredError",
    "ExportResult",
    "KioskSettings",
    "QueueUnavailableError",
    "RejectedSubmission",
    "Services",
    "reference_code",
]

log = logging.getLogger(__name__)

#: Added before each APDU answer of the demo reader: about a second for a whole read, like a
#: real card, so the "reading" screen is seen rather than flashed.
DEMO_APDU_LATENCY_S = 0.008


class QueueUnavailableError(KioskError):
    """The outbox is not open (still opening, or it could not be opened): nothing was stored."""

    code = "queue-unavailable"

    def __init__(self, detail: str = "the submission queue is not open") -> None:
        super().__init__(detail)


class ExportNotConfiguredError(KioskError):
    """No network public key is configured, so no export file can be sealed."""

    code = "export_key_missing"

    def __init__(self) -> None:
        super().__init__(
            "no network public key is configured for exports (setting export_public_key)"
        )


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file (None when there was nothing to export) and how many
    submissions it holds."""

    path: Path | None
    count: int


@dataclass(frozen=True)
class RejectedSubmission:
    """A submission the network refused, as the volunteer panel lists it: no personal data.

    ``submission_id`` is a random UUID (to act on it); ``reference`` is the receipt's code the
    citizen may bring; ``reason`` is the server's answer, already scrubbed of long numbers."""

    submission_id: str
    reference: str
    reason: str
    rejected_at: float
    attempts: int
    demo: bool


def reference_code(submission_id: str) -> str:
    """The receipt's reference: the first 40 bits of the submission UUID in RFC 4648 base32,
    grouped 4-4 (``ABCD-EF23``).

    Short enough to copy by hand, and the network can find the submission from it (the UUID is
    in the Bundle). The base32 alphabet has no 0, 1, 8 or 9, so O/0, I/1 and B/8 cannot be
    confused. The first five bytes of a version-4 UUID are all random.
    """
    import base64
    import uuid

    text = base64.b32encode(uuid.UUID(submission_id).bytes[:5]).decode("ascii")
    return f"{text[:4]}-{text[4:]}"


class _NoEndpoint:
    """The sync worker's client when no endpoint is configured: never reachable."""

    def probe(self) -> bool:
        return False

    def post_transaction(self, bundle: bytes) -> Outcome:
        from kiosk.outbox.delivery import TransientFailure

        return TransientFailure("no endpoint configured")

    def set_token(self, token: str | None) -> None:
        pass


class Services:
    """Owns the card monitor, the outbox and the sync worker of one kiosk process.

    Call :meth:`close` once at exit (it is safe to call more than once). The methods are not
    meant to be called concurrently with each other, except :meth:`submit` and
    :meth:`queue_status`, which may run while :meth:`open_queue` is opening on another thread.
    """

    def __init__(self, settings: KioskSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._virtual: VirtualBackend | None = None
        self._monitor: CardMonitor | None = None
        self._outbox: Outbox | None = None
        self._sync: SyncWorker | None = None
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        self._audit: AuditLog | None = None
        self._queue_problem: str | None = None
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"Services(demo={self.settings.demo}, monitor={self._monitor is not None}, "
            f"queue={'open' if self._outbox is not None else 'closed'}, "
            f"sync={self._sync is not None})"
        )

    # ---------------------------------------------------------------- the card reader

    @property
    def demo_reader(self) -> VirtualBackend | None:
        """The virtual reader a presenter fills (demo mode, once the monitor started)."""
        return self._virtual

    def card_backend(self) -> MonitorBackend:
        """A new backend: the virtual reader in demo mode, PC/SC otherwise."""
        if self.settings.demo:
            from kiosk.cardreader.virtual.backend import VirtualBackend

            self._virtual = VirtualBackend(latency_s=DEMO_APDU_LATENCY_S)
            return self._virtual
        from kiosk.cardreader.pcsc import PcscBackend

        if not self.settings.trust_roots:
            return PcscBackend()  # the pinned Belgian roots
        from kiosk.cardreader.verify import load_trusted_roots

        # An acceptance stand's test roots (the settings refuse them in production mode).
        roots = load_trusted_roots(self.settings.trust_roots)
        log.warning("test trust roots in use: %d extra root(s)", len(self.settings.trust_roots))
        return PcscBackend(roots=roots)

    def start_monitor(
        self, on_event: Callable[[MonitorEvent], None], *, backend: MonitorBackend | None = None
    ) -> CardMonitor:
        """Start the card monitor thread; ``on_event`` is called on that thread."""
        from kiosk.cardreader.monitor import CardMonitor

        if self._monitor is not None:
            raise RuntimeError("the card monitor is already running")
        self._monitor = CardMonitor(backend or self.card_backend(), on_event)
        self._monitor.start()
        return self._monitor

    @property
    def monitor(self) -> CardMonitor | None:
        return self._monitor

    # ---------------------------------------------------------------- the queue

    @property
    def data_dir(self) -> Path:
        """The kiosk's data folder: the real queue, its key file, the PIN, the audit log."""
        from kiosk.files import default_data_dir

        return self.settings.data_dir or default_data_dir()

    def open_queue(self, passphrase: str | None = None) -> None:
        """Open the outbox (slow: SQLite, the data key). Raises the outbox's errors
        (:class:`~kiosk.outbox.records.OutboxError`, ``environment`` set for machine problems);
        its code stays in :attr:`queue_problem` (``passphrase_required``: see
        :meth:`unlock_queue`)."""
        try:
            self._open_queue(passphrase)
        except Exception as exc:
            self._queue_problem = exc.code if isinstance(exc, KioskError) else "storage_unavailable"
            raise
        self._queue_problem = None

    def _open_queue(self, passphrase: str | None) -> None:
        from kiosk.outbox.keys import DataKey, load_or_create_key
        from kiosk.outbox.records import DB_FILE_NAME
        from kiosk.outbox.store import Outbox

        if self._outbox is not None:
            return
        max_age_s = self.settings.max_queue_age_s
        tempdir = None
        if self.settings.demo:
            import tempfile

            # A fresh folder and a key that lives only in this process: demo records cannot be
            # read by anyone, nor mixed with the real queue, and the folder goes at close.
            tempdir = tempfile.TemporaryDirectory(prefix="kiosk-demo-queue-")
            key = DataKey.generate()
            path = Path(tempdir.name) / DB_FILE_NAME
        else:
            data_dir = self.data_dir
            key = load_or_create_key(data_dir, passphrase=passphrase)
            path = data_dir / DB_FILE_NAME
        try:
            outbox = Outbox.open(path, key, max_age_s=max_age_s)
        except BaseException:
            if tempdir is not None:
                tempdir.cleanup()
            raise
        with self._lock:
            closed = self._closed
            if not closed:
                self._outbox, self._tempdir = outbox, tempdir
        if closed:
            # close() ran while this was opening (on the background thread): undo it all.
            outbox.close()
            if tempdir is not None:
                tempdir.cleanup()
            return
        self._keep_subject_key(key)
        log.info("submission queue open (%s)", "demo, temporary" if self.settings.demo else "kiosk")

    def _keep_subject_key(self, key: DataKey) -> None:
        from kiosk.operator.audit import SUBJECT_KEY_LABEL

        self.audit.set_subject_key(key.subkey(SUBJECT_KEY_LABEL))

    @property
    def queue_problem(self) -> str | None:
        """Why the queue did not open (an outbox error code), or None."""
        return self._queue_problem

    @property
    def passphrase_needed(self) -> bool:
        """The queue waits for a volunteer's passphrase (no secure keyring holds its key)."""
        return self._outbox is None and self._queue_problem == "passphrase_required"

    def queue_key_exists(self) -> bool:
        """Whether this kiosk already has a queue key (else a passphrase would create one)."""
        from kiosk.outbox.keys import key_file_path

        return self.settings.demo or key_file_path(self.data_dir).exists()

    def unlock_queue(
        self, passphrase: str, on_change: Callable[[SyncStatus], None] | None = None
    ) -> None:
        """Open the queue with the volunteer's passphrase and start the sync worker
        (``on_change`` as for :meth:`start_sync`). A wrong passphrase raises
        :class:`~kiosk.outbox.records.OutboxKeyError` (code ``wrong_passphrase``) and changes
        nothing. Audited as ``operator.queue_unlock``."""
        try:
            self.open_queue(passphrase)
        except Exception as exc:
            self._audit_action("operator.queue_unlock", "failed", detail=stable_code(exc))
            raise
        if self._sync is None and self._outbox is not None:
            self.start_sync(on_change or (lambda status: None))
        self._audit_action("operator.queue_unlock", "ok")

    def start_sync(
        self, on_change: Callable[[SyncStatus], None], *, client: Any | None = None
    ) -> SyncWorker:
        """Start the sync worker thread over the open queue; ``on_change`` runs on it.

        ``client`` replaces the FHIR client (tests); by default it is the configured endpoint's
        :class:`~kiosk.outbox.delivery.FhirClient`, or nobody (offline) without an endpoint.
        """
        from kiosk.outbox.sync import SyncWorker

        outbox = self._outbox
        if outbox is None:
            raise QueueUnavailableError()
        if self._sync is not None:
            raise RuntimeError("the sync worker is already running")
        if client is None:
            if self.settings.endpoint and not self.settings.demo:
                from kiosk.outbox.delivery import FhirClient

                client = FhirClient(self.settings.endpoint, ca_bundle=self.settings.ca_bundle)
            else:
                client = _NoEndpoint()
        self._sync = SyncWorker(outbox, client, on_change=on_change)
        self._sync.start()
        return self._sync

    @property
    def outbox(self) -> Outbox | None:
        """The open queue (volunteer tools, tests), or None."""
        return self._outbox

    def queue_status(self) -> QueueStatus | None:
        """Counts for the status strip, or None while the queue is not open."""
        outbox = self._outbox
        return outbox.status() if outbox is not None else None

    def sync_status(self) -> SyncStatus | None:
        """The sync worker's last status, or None while it is not running."""
        return self._sync.status if self._sync is not None else None

    # ---------------------------------------------------------------- the volunteer's actions

    @property
    def audit(self) -> AuditLog:
        """The audit log in the data folder (demo lines are marked ``"demo": true``)."""
        if self._audit is None:
            from kiosk.operator.audit import AuditLog

            self._audit = AuditLog(
                self.data_dir, stand_id=self.settings.stand_id, kiosk_id=self.settings.kiosk_id
            )
        return self._audit

    def record_action(
        self, action: str, outcome: str, *, detail: str | None = None, reference: str | None = None
    ) -> None:
        """Audit an operator action (the panel's own: PIN, demo, language, exit). A full disk
        is logged, never raised: the action itself already happened."""
        self._audit_action(action, outcome, detail=detail, reference=reference)

    def send_now(self) -> bool:
        """Ask the sync worker for a round now (lifting a credentials pause: the volunteer
        says it is fixed); False when no worker runs (queue not open)."""
        sync = self._sync
        if sync is None:
            self._audit_action("operator.send_now", "no-queue")
            return False
        if sync.paused:
            sync.resume()
        else:
            sync.trigger()
        self._audit_action("operator.send_now", "ok")
        return True

    def export_queue(self, dest_dir: Path) -> ExportResult:
        """Seal every undelivered submission into one new file in ``dest_dir`` (a USB stick),
        named after the stand, the kiosk and the time (never anything personal).

        Raises :class:`ExportNotConfiguredError` without a network key setting,
        :class:`QueueUnavailableError` while the queue is closed, and the export's
        :class:`~kiosk.outbox.records.OutboxError` (disk full, read-only stick...)."""
        from datetime import UTC, datetime

        from kiosk.outbox.export import export_pending

        key_path = self.settings.export_public_key
        try:
            if key_path is None:
                raise ExportNotConfiguredError()
            outbox = self._outbox
            if outbox is None:
                raise QueueUnavailableError()
            try:
                pem = Path(key_path).read_bytes()
            except OSError:
                raise ExportNotConfiguredError() from None
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"kiosk-export-{self.settings.stand_id}-{self.settings.kiosk_id}-{stamp}.kqx"
            path = Path(dest_dir) / name
            count = export_pending(outbox, path, pem)
        except Exception as exc:
            self._audit_action("operator.export", "failed", detail=stable_code(exc))
            raise
        self._audit_action("operator.export", "ok" if count else "nothing", detail=f"{count} submission(s)")
        return ExportResult(path if count else None, count)

    def rejected(self) -> list[RejectedSubmission]:
        """The submissions the network refused, oldest first; empty while the queue is closed."""
        from kiosk.outbox.records import State

        outbox = self._outbox
        if outbox is None:
            return []
        return [
            RejectedSubmission(
                submission_id=r.submission_id,
                reference=reference_code(r.submission_id),
                reason=r.rejected_reason or r.last_error or "",
                rejected_at=r.updated_at,
                attempts=r.attempts,
                demo=r.demo,
            )
            for r in outbox.records([State.REJECTED])
        ]

    def retry_rejected(self, submission_id: str) -> None:
        """Put a rejected submission back in the queue and wake the sync worker."""
        self._rejected_action("operator.retry", submission_id, retry=True)
        if self._sync is not None:
            self._sync.trigger()

    def discard_rejected(self, submission_id: str) -> None:
        """Give up on a rejected submission: its payload is wiped, a receipt row stays."""
        self._rejected_action("operator.discard", submission_id, retry=False)

    def _rejected_action(self, action: str, submission_id: str, *, retry: bool) -> None:
        outbox = self._outbox
        reference = _reference_or_none(submission_id)
        try:
            if outbox is None:
                raise QueueUnavailableError()
            if retry:
                outbox.retry_rejected(submission_id)
            else:
                outbox.discard_rejected(submission_id)
        except Exception as exc:
            self._audit_action(action, "failed", detail=stable_code(exc), reference=reference)
            raise
        self._audit_action(action, "ok", reference=reference)

    def _audit_action(
        self,
        action: str,
        outcome: str,
        *,
        detail: str | None = None,
        reference: str | None = None,
        national_number: str | None = None,
        demo: bool | None = None,
    ) -> None:
        try:
            self.audit.record(
                action,
                outcome,
                demo=self.settings.demo if demo is None else demo,
                national_number=national_number,
                detail=detail,
                reference=reference,
            )
        except OSError as exc:
            log.error("audit line for %s not written (%s)", action, exc.strerror or type(exc).__name__)

    def warm_up(self) -> None:
        """Load the FHIR builder and its validator ahead of the first submission; call it off
        the GUI thread. Without it the first "Confirm" would wait about 0.3 s on imports (the
        FHIR models load on their first validation), with the interface frozen."""
        import json

        import pydantic
        from fhir.resources.R4B.bundle import Bundle

        import kiosk.fhir.bundle  # noqa: F401

        kinds = ("Patient", "Device", "Consent", "RelatedPerson", "Provenance")
        sample = {
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [{"resource": {"resourceType": kind}} for kind in kinds],
        }
        try:
            Bundle.model_validate_json(json.dumps(sample))
        except (pydantic.ValidationError, KeyError, TypeError, ValueError):
            pass  # only the loading matters here

    # ---------------------------------------------------------------- the flow's submit

    def submit(self, enrolment: Enrolment) -> str:
        """Store ``enrolment`` durably and return its reference code; raises having stored
        nothing (the flow then offers to try again). Audited either way."""
        try:
            reference = self._store(enrolment)
        except Exception as exc:
            self._audit_submission(enrolment, "failed", stable_code(exc))
            raise
        self._audit_submission(enrolment, "queued", None, reference)
        return reference

    def _store(self, enrolment: Enrolment) -> str:
        from kiosk.fhir.bundle import build_bundle

        outbox = self._outbox
        if outbox is None:
            raise QueueUnavailableError()
        if enrolment.demo != self.settings.demo:
            raise ValueError("a demo enrolment must never reach a real queue, nor the reverse")
        bundle = build_bundle(enrolment)
        outbox.enqueue(enrolment.submission_id, bundle, demo=enrolment.demo)
        log.info("submission queued%s", " (demo)" if enrolment.demo else "")
        if self._sync is not None:
            self._sync.trigger()
        return reference_code(enrolment.submission_id)

    def _audit_submission(
        self, enrolment: Enrolment, outcome: str, detail: str | None, reference: str | None = None
    ) -> None:
        """One line for the citizen and one per trusted person (their own hashed number and
        the same reference), so a disputed designation can be found as well as a consent."""
        try:
            self.audit.record(
                "submission",
                outcome,
                demo=enrolment.demo,
                national_number=enrolment.citizen.national_number,
                detail=detail,
                reference=reference,
                decision=enrolment.decision.value,
            )
            for person in enrolment.trusted_persons:
                self.audit.record(
                    "submission.trusted_person",
                    outcome,
                    demo=enrolment.demo,
                    national_number=person.national_number,
                    reference=reference,
                )
        except OSError as exc:
            log.error("audit line for a submission not written (%s)", exc.strerror or type(exc).__name__)

    # ---------------------------------------------------------------- the end

    def close(self) -> None:
        """Stop the threads, close the queue, delete the demo queue."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if self._monitor is not None:
            self._monitor.stop()
        if self._sync is not None and not self._sync.stop(timeout=5.0):
            log.warning("the sync worker did not stop in time; the queue stays consistent")
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None
        if self._audit is not None:
            self._audit.set_subject_key(None)


def _reference_or_none(submission_id: str) -> str | None:
    try:
        return reference_code(submission_id)
    except ValueError:
        return None
