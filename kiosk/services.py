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

:meth:`Services.authenticate_card` is the flow's ``authenticate`` (the card signs the
submission's challenge on the card monitor's thread) and :meth:`Services.refuse` its ``refused``
(a clone, audited without identity). :meth:`Services.submit` is the flow's ``submit``: build
the FHIR Bundle, store it durably, wake the sync worker, and return the receipt's reference code
(:func:`kiosk.fhir.identifiers.reference_code`), and writes one audit line per submission
(:mod:`kiosk.operator.audit`: the national number only as a keyed hash). A refusal is only
counted: nothing of it is queued, and its audit line names nobody.

The volunteer's actions on the queue (unlock, send now, export, refused submissions) act on
these services from :mod:`kiosk.operator.queue_actions`.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config.settings import KioskSettings
from kiosk.errors import KioskError, stable_code

if TYPE_CHECKING:
    import tempfile

    from kiosk.cardreader.monitor import CardMonitor, MonitorBackend, MonitorEvent
    from kiosk.cardreader.reader import CardRead
    from kiosk.cardreader.virtual.backend import VirtualBackend
    from kiosk.enrolment import Enrolment
    from kiosk.figures.collector import FiguresCollector
    from kiosk.network.identity import KioskIdentity
    from kiosk.operator.audit import AuditLog
    from kiosk.outbox.delivery import Outcome
    from kiosk.outbox.keys import DataKey
    from kiosk.outbox.records import QueueStatus
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.sync import SyncStatus, SyncWorker

__all__ = ["KioskSettings", "QueueUnavailableError", "Services"]

log = logging.getLogger(__name__)

#: Added before each APDU answer of the demo reader: about a second for a whole read, like a
#: real card, so the "reading" screen is seen rather than flashed.
DEMO_APDU_LATENCY_S = 0.008

#: The longest the flow waits for the card to sign a submission's challenge. A real card takes
#: well under a second (bench/card_read.py); the monitor may first finish a read in progress.
AUTHENTICATE_TIMEOUT_S = 10.0


class QueueUnavailableError(KioskError):
    """The outbox is not open (still opening, or it could not be opened): nothing was stored."""

    code = "queue-unavailable"

    def __init__(self, detail: str = "the submission queue is not open") -> None:
        super().__init__(detail)


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
        self._identity: KioskIdentity | None = None
        self._pin_seal_key: bytes | None = None
        self._queue_made_this_run = False
        self._figures: FiguresCollector | None = None
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
        its code stays in :attr:`queue_problem` (``passphrase_required``: a volunteer unlocks it,
        :meth:`kiosk.operator.queue_actions.QueueActions.unlock_queue`)."""
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
            from kiosk.operator.pin import queue_provisioned

            data_dir = self.data_dir
            made_now = not queue_provisioned(data_dir)
            key = load_or_create_key(data_dir, passphrase=passphrase)
            self._queue_made_this_run |= made_now
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
        # Every Bundle is signed with it (demo ones with a key of the demo queue's own).
        self._load_identity(key, Path(tempdir.name) if tempdir is not None else self.data_dir)
        log.info("submission queue open (%s)", "demo, temporary" if self.settings.demo else "kiosk")

    def _load_identity(self, key: DataKey, folder: Path) -> None:
        """The kiosk's network key (made on first use). Without it the queue still opens: the
        sync worker then pauses with the reason, nothing is lost, and new submissions are
        refused (unsigned, the network would not accept them)."""
        from kiosk.network.errors import IdentityError
        from kiosk.network.identity import load_or_create_identity

        try:
            self._identity = load_or_create_identity(folder, key)
        except IdentityError as exc:
            log.error("the kiosk's network key is unavailable (%s)", exc.code)

    def _keep_subject_key(self, key: DataKey) -> None:
        from kiosk.operator.audit import SUBJECT_KEY_LABEL
        from kiosk.operator.pin import SEAL_KEY_LABEL

        self.audit.set_subject_key(key.subkey(SUBJECT_KEY_LABEL))
        if not self.settings.demo:  # the demo queue's key is thrown away: it seals nothing
            self._pin_seal_key = key.subkey(SEAL_KEY_LABEL)

    @property
    def operator_pin_key(self) -> bytes | None:
        """The key that seals the operator PIN record (:mod:`kiosk.operator.pin`): None in
        demo mode and until the queue is open."""
        return self._pin_seal_key

    @property
    def queue_made_this_run(self) -> bool:
        """Whether this process made the kiosk's queue (its first start): until it ends, the
        operator PIN may still be chosen for the first time."""
        return self._queue_made_this_run

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
                from kiosk.network.clients import delivery_client

                client = delivery_client(self.settings, self._identity, data_dir=self.data_dir)
            else:
                client = _NoEndpoint()
        self._sync = SyncWorker(outbox, client, on_change=on_change)
        self._sync.start()
        return self._sync

    @property
    def outbox(self) -> Outbox | None:
        """The open queue (volunteer tools, tests), or None."""
        return self._outbox

    @property
    def identity(self) -> KioskIdentity | None:
        """The kiosk's key pair, which signs Bundles and export files; None until the queue is
        open, or if its file cannot be read."""
        return self._identity

    def queue_status(self) -> QueueStatus | None:
        """Counts for the status strip, or None while the queue is not open."""
        outbox = self._outbox
        return outbox.status() if outbox is not None else None

    @property
    def sync_worker(self) -> SyncWorker | None:
        """The running sync worker (the volunteer's actions wake it), or None."""
        return self._sync

    def sync_status(self) -> SyncStatus | None:
        """The sync worker's last status, or None while it is not running."""
        return self._sync.status if self._sync is not None else None

    # ---------------------------------------------------------------- the audit log

    @property
    def audit(self) -> AuditLog:
        """The audit log in the data folder (demo lines are marked ``"demo": true``)."""
        if self._audit is None:
            from kiosk.operator.audit import AuditLog

            self._audit = AuditLog(
                self.data_dir, stand_id=self.settings.stand_id, kiosk_id=self.settings.kiosk_id
            )
        return self._audit

    # ---------------------------------------------------------------- the card's challenge

    def authenticate_card(self, reader: str | None, card: CardRead, challenge: bytes) -> bytes:
        """The flow's ``authenticate``: the card in ``reader`` (the one the visit read; the flow
        wipes the visit when it leaves) signs ``challenge`` on the card monitor's thread, which
        owns all PC/SC I/O; this waits for it at most :data:`AUTHENTICATE_TIMEOUT_S`. Raises
        the card's errors (``CardCloneError`` for a clone), or a ``CardReadError`` when there
        is no card or monitor, or no answer in time (the flow offers to try again)."""
        from kiosk.cardreader.errors import CardReadError, NoCardError

        monitor = self._monitor
        if reader is None:
            raise NoCardError("no reader holds a card")
        if monitor is None or card.basic_key is None:
            raise CardReadError("no card monitor, or a card without a basic key")
        answer = monitor.authenticate(reader, card.basic_key, challenge)
        try:
            return answer.result(timeout=AUTHENTICATE_TIMEOUT_S)
        except TimeoutError:
            answer.cancel()
            raise CardReadError("the card did not answer the challenge in time") from None

    def refuse(self, enrolment: Enrolment, code: str) -> None:
        """The flow's ``refused``: one audit line for a submission refused before storing (a
        clone), with the reason and nobody's identity: the card's data cannot be trusted."""
        try:
            self.audit.record("submission", "refused", demo=enrolment.demo, detail=code)
        except OSError as exc:
            log.error(
                "audit line for a refusal not written (%s)", exc.strerror or type(exc).__name__
            )

    # ---------------------------------------------------------------- the flow's submit

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

    def submit(self, enrolment: Enrolment) -> str | None:
        """Store ``enrolment`` durably and return its reference code; raises having stored
        nothing (the flow then offers to try again). Audited either way.

        A refusal is only counted: no Belgian register holds refusals, so nothing of it is
        queued or sent, and its audit line has no subject (it must not be linkable to a person
        either). Returns None then: there is nothing to refer to.
        """
        from kiosk.enrolment import ConsentDecision

        if enrolment.decision is ConsentDecision.REFUSED:
            self._count_refusal(enrolment)
            return None
        try:
            reference = self._store(enrolment)
        except Exception as exc:
            self._audit_submission(enrolment, "failed", stable_code(exc))
            raise
        self._audit_submission(enrolment, "queued", None, reference)
        return reference

    def _signing_identity(self) -> KioskIdentity:
        if self._identity is None:
            raise QueueUnavailableError("the kiosk's network key is unavailable: nothing signed")
        return self._identity

    def _store(self, enrolment: Enrolment) -> str:
        from kiosk.fhir.bundle import build_bundle
        from kiosk.fhir.identifiers import reference_code
        from kiosk.fhir.signature import sign_bundle

        outbox = self._outbox
        if outbox is None:
            raise QueueUnavailableError()
        if enrolment.demo != self.settings.demo:
            raise ValueError("a demo enrolment must never reach a real queue, nor the reverse")
        bundle = sign_bundle(build_bundle(enrolment), self._signing_identity())
        outbox.enqueue(enrolment.submission_id, bundle, demo=enrolment.demo)
        log.info("submission queued%s", " (demo)" if enrolment.demo else "")
        if self._sync is not None:
            self._sync.trigger()
        return reference_code(enrolment.submission_id)

    def _count_refusal(self, enrolment: Enrolment) -> None:
        """The stand's figures count refusals from this line (``today_counts``): the decision,
        the time, the stand and the kiosk, and nothing about the person."""
        try:
            self.audit.record("submission", "counted", demo=enrolment.demo, decision="refused")
        except OSError as exc:
            log.error(
                "audit line for a refusal not written (%s)", exc.strerror or type(exc).__name__
            )
        log.info("refusal counted, nothing queued%s", " (demo)" if enrolment.demo else "")

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
            log.error(
                "audit line for a submission not written (%s)", exc.strerror or type(exc).__name__
            )

    # ---------------------------------------------------------------- the day's figures

    @property
    def figures(self) -> FiguresCollector:
        """The stand's non-personal visit counts (:mod:`kiosk.figures.collector`): a file in
        the data folder, or in memory only in demo mode (never mixed with the real ones).
        The first event of a new day queues the day before (:meth:`queue_figures`)."""
        if self._figures is None:
            from kiosk.figures.collector import FILE_NAME, FiguresCollector

            path = None
            if not self.settings.demo:
                from kiosk.files import ensure_private_dir

                ensure_private_dir(self.data_dir)
                path = self.data_dir / FILE_NAME
            self._figures = FiguresCollector(path, on_new_day=self._day_closed)
        return self._figures

    def queue_figures(self, day: date | None = None) -> str:
        """Queue the report of ``day``'s figures (today by default) through the outbox, signed
        like a submission, and wake the sync worker; returns the queued version's id (a fresh
        UUID: the server's conditional update keeps one report per kiosk-day, the latest).
        Demo figures go to the demo queue. Raises :class:`QueueUnavailableError` (nothing
        queued) while the queue is not open."""
        from kiosk.fhir.signature import sign_bundle
        from kiosk.figures.outgoing import report_transaction

        outbox = self._outbox
        if outbox is None:
            raise QueueUnavailableError()
        figures = self.figures.figures(day)
        version = str(uuid.uuid4())
        bundle = report_transaction(
            figures,
            stand_id=self.settings.stand_id,
            kiosk_id=self.settings.kiosk_id,
            demo=self.settings.demo,
            version_id=version,
        )
        outbox.enqueue(
            version, sign_bundle(bundle, self._signing_identity()), demo=self.settings.demo
        )
        self.figures.mark_queued(figures)
        log.info("figures of %s queued%s", figures.day, " (demo)" if self.settings.demo else "")
        if self._sync is not None:
            self._sync.trigger()
        return version

    def queue_finished_days(self) -> int:
        """Queue the report of every earlier day whose latest counts are not queued yet (the
        end-of-day timer, and the first event after midnight); returns how many. Errors are
        logged: the days stay unqueued and the next call tries again."""
        if self._outbox is None:
            return 0
        queued = 0
        for day in self.figures.unqueued_days():
            try:
                self.queue_figures(day)
            except Exception as exc:  # noqa: BLE001 - a report is retried, never a crash
                log.error("figures of %s not queued (%s)", day, stable_code(exc))
                break
            queued += 1
        return queued

    def _day_closed(self, day: date) -> None:
        self.queue_finished_days()

    # ---------------------------------------------------------------- the end

    def _queue_today_at_close(self) -> None:
        """The kiosk closes: queue today's figures (if there are any) and any earlier day's."""
        if self._outbox is None or self._figures is None:
            return
        self.queue_finished_days()
        figures = self._figures
        if figures.today() in figures.unqueued_days(today=True):
            try:
                self.queue_figures()
            except Exception as exc:  # noqa: BLE001 - closing goes on; the day is sent later
                log.error("today's figures not queued at close (%s)", stable_code(exc))

    def close(self) -> None:
        """Stop the threads, close the queue, delete the demo queue."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if self._monitor is not None:
            self._monitor.stop()
        self._queue_today_at_close()
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
