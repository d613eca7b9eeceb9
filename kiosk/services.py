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
the sync worker, and return the receipt's reference code (:func:`reference_code`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config.settings import KioskSettings

if TYPE_CHECKING:
    import tempfile

    from kiosk.cardreader.monitor import CardMonitor, MonitorBackend, MonitorEvent
    from kiosk.cardreader.virtual.backend import VirtualBackend
    from kiosk.enrolment import Enrolment
    from kiosk.outbox.delivery import Outcome
    from kiosk.outbox.records import QueueStatus
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.sync import SyncStatus, SyncWorker

__all__ = ["KioskSettings", "QueueUnavailableError", "Services", "reference_code"]

log = logging.getLogger(__name__)

#: Added before each APDU answer of the demo reader: about a second for a whole read, like a
#: real card, so the "reading" screen is seen rather than flashed.
DEMO_APDU_LATENCY_S = 0.008


class QueueUnavailableError(Exception):
    """The outbox is not open (still opening, or it could not be opened): nothing was stored."""

    code = "queue-unavailable"

    def __init__(self, detail: str = "the submission queue is not open") -> None:
        super().__init__(detail)


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

        return PcscBackend()

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

    def open_queue(self) -> None:
        """Open the outbox (slow: SQLite, the data key). Raises the outbox's errors
        (:class:`~kiosk.outbox.records.OutboxError`, ``environment`` set for machine problems)."""
        from kiosk.outbox.keys import DataKey, load_or_create_key
        from kiosk.outbox.records import DB_FILE_NAME, default_data_dir
        from kiosk.outbox.store import Outbox

        if self._outbox is not None:
            return
        if self.settings.demo:
            import tempfile

            # A fresh folder and a key that lives only in this process: demo records cannot be
            # read by anyone, nor mixed with the real queue, and the folder goes at close.
            self._tempdir = tempfile.TemporaryDirectory(prefix="kiosk-demo-queue-")
            outbox = Outbox.open(Path(self._tempdir.name) / DB_FILE_NAME, DataKey.generate())
        else:
            data_dir = self.settings.data_dir or default_data_dir()
            key = load_or_create_key(data_dir)
            outbox = Outbox.open(data_dir / DB_FILE_NAME, key)
        with self._lock:
            if self._closed:
                outbox.close()
                return
            self._outbox = outbox
        log.info("submission queue open (%s)", "demo, temporary" if self.settings.demo else "kiosk")

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
        nothing (the flow then offers to try again)."""
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
