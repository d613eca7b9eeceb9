"""The volunteer's actions on the submission queue, each written to the audit log: unlock a queue
kept behind a passphrase, send now, export to a USB stick (sealed for the network), read the
network's acknowledgements back from the stick (the submissions they name are delivered and
erased), list the submissions the network refused, send one again or discard it.

:class:`QueueActions` acts on the kiosk's runtime (:class:`~kiosk.services.Services`) through
:class:`QueueRuntime`, the little of it the actions use: the open queue, the sync worker and
the audit log. The operator panel (:mod:`kiosk.ui.operator`) calls it, and audits its own
actions (PIN, demonstration mode, language, exit) with :meth:`QueueActions.record`. Audit lines
carry codes and receipt references, never personal data (:mod:`kiosk.operator.audit`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.errors import KioskError, stable_code
from kiosk.outbox.export import export_pending
from kiosk.outbox.records import State
from kiosk.services import QueueUnavailableError

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.network.identity import KioskIdentity
    from kiosk.operator.audit import AuditLog
    from kiosk.outbox.store import Outbox
    from kiosk.outbox.sync import SyncStatus, SyncWorker

__all__ = [
    "AckReadResult",
    "ExportNotConfiguredError",
    "ExportResult",
    "QueueActions",
    "QueueRuntime",
    "RejectedSubmission",
]

log = logging.getLogger(__name__)


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
class AckReadResult:
    """What reading the acknowledgements on a stick did: how many files were found, how many
    submissions are now delivered (payloads erased), how many files were already applied or
    addressed to another kiosk of the stand (both harmless), and the codes of the files refused
    (not the network's, altered, naming submissions never exported): nothing changed for them."""

    files: int
    delivered: int
    already_applied: int
    other_kiosk: int
    refused: tuple[str, ...]


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


class QueueRuntime(Protocol):
    """What the queue actions use of the kiosk's runtime (:class:`~kiosk.services.Services`)."""

    @property
    def settings(self) -> KioskSettings: ...

    @property
    def audit(self) -> AuditLog: ...

    @property
    def outbox(self) -> Outbox | None: ...

    @property
    def identity(self) -> KioskIdentity | None: ...

    @property
    def sync_worker(self) -> SyncWorker | None: ...

    def open_queue(self, passphrase: str | None = None) -> None: ...

    def start_sync(self, on_change: Callable[[SyncStatus], None]) -> SyncWorker: ...


class QueueActions:
    """The volunteer's audited actions on ``runtime``'s queue. Cheap to make: it holds nothing
    but the runtime, so the panel makes one for the services of the moment."""

    def __init__(self, runtime: QueueRuntime) -> None:
        self._runtime = runtime

    def record(
        self, action: str, outcome: str, *, detail: str | None = None, reference: str | None = None
    ) -> None:
        """Audit one of the volunteer's actions. A full disk is logged, never raised: the action
        itself already happened."""
        runtime = self._runtime
        try:
            runtime.audit.record(
                action, outcome, demo=runtime.settings.demo, detail=detail, reference=reference
            )
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            log.error("audit line for %s not written (%s)", action, why)

    def unlock_queue(
        self, passphrase: str, on_change: Callable[[SyncStatus], None] | None = None
    ) -> None:
        """Open the queue with the volunteer's passphrase and start the sync worker
        (``on_change`` as for :meth:`Services.start_sync`). A wrong passphrase raises
        :class:`~kiosk.outbox.records.OutboxKeyError` (code ``wrong_passphrase``) and changes
        nothing. Audited as ``operator.queue_unlock``."""
        runtime = self._runtime
        try:
            runtime.open_queue(passphrase)
        except Exception as exc:
            self.record("operator.queue_unlock", "failed", detail=stable_code(exc))
            raise
        if runtime.sync_worker is None and runtime.outbox is not None:
            runtime.start_sync(on_change or (lambda status: None))
        self.record("operator.queue_unlock", "ok")

    def send_now(self) -> bool:
        """Ask the sync worker for a round now (lifting a credentials pause: the volunteer
        says it is fixed); False when no worker runs (queue not open)."""
        sync = self._runtime.sync_worker
        if sync is None:
            self.record("operator.send_now", "no-queue")
            return False
        if sync.paused:
            sync.resume()
        else:
            sync.trigger()
        self.record("operator.send_now", "ok")
        return True

    def export_queue(self, dest_dir: Path) -> ExportResult:
        """Seal every undelivered submission into one new file in ``dest_dir`` (a USB stick),
        named after the stand, the kiosk and the time (never anything personal).

        Raises :class:`ExportNotConfiguredError` without a network key setting,
        :class:`~kiosk.services.QueueUnavailableError` while the queue is closed, and the
        export's :class:`~kiosk.outbox.records.OutboxError` (disk full, read-only stick...)."""
        settings = self._runtime.settings
        try:
            outbox, identity, pem = self._export_parts()
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"kiosk-export-{settings.stand_id}-{settings.kiosk_id}-{stamp}.kqx"
            path = Path(dest_dir) / name
            count = export_pending(outbox, path, pem, identity)
        except Exception as exc:
            self.record("operator.export", "failed", detail=stable_code(exc))
            raise
        outcome = "ok" if count else "nothing"
        self.record("operator.export", outcome, detail=f"{count} submission(s)")
        return ExportResult(path if count else None, count)

    def read_acknowledgements(self, source_dir: Path) -> AckReadResult:
        """Apply every acknowledgement file (``*.ack``, written by ``kiosk-queue import``) at
        the top of ``source_dir`` (a USB stick), checked against the ``export_public_key``
        setting and this kiosk's key: the submissions they name become delivered and their
        payloads are erased. A file that fails its checks changes nothing and is counted by
        its code; so is one already applied or meant for another kiosk.

        Raises :class:`ExportNotConfiguredError` without a network key setting and
        :class:`~kiosk.services.QueueUnavailableError` while the queue is closed."""
        from kiosk.outbox.ack import ACK_SUFFIX, apply_acknowledgement, read_acknowledgement
        from kiosk.outbox.records import AckAlreadyAppliedError, AcknowledgementError

        try:
            outbox, identity, pem = self._export_parts()
            files = sorted(Path(source_dir).glob(f"*{ACK_SUFFIX}"))
        except Exception as exc:
            self.record("operator.acknowledge", "failed", detail=stable_code(exc))
            raise
        delivered = already = other = 0
        refused: list[str] = []
        for file in files:
            try:
                applied = apply_acknowledgement(
                    outbox, read_acknowledgement(file, pem, identity.kid)
                )
            except AckAlreadyAppliedError:
                already += 1
            except AcknowledgementError as exc:
                if exc.code == "ack_other_kiosk":
                    other += 1
                else:
                    refused.append(exc.code)
            else:
                delivered += len(applied.delivered)
        result = AckReadResult(len(files), delivered, already, other, tuple(refused))
        outcome = "refused" if refused else "ok" if delivered else "nothing"
        detail = (
            f"{len(files)} file(s), {delivered} delivered, {already} already applied, "
            f"{other} for another kiosk, refused: {','.join(refused) or 'none'}"
        )
        self.record("operator.acknowledge", outcome, detail=detail)
        return result

    def _export_parts(self) -> tuple[Outbox, KioskIdentity, bytes]:
        """The open queue, the kiosk's key and the network's export key (PEM), or why not."""
        key_path = self._runtime.settings.export_public_key
        if key_path is None:
            raise ExportNotConfiguredError()
        outbox, identity = self._runtime.outbox, self._runtime.identity
        if outbox is None or identity is None:
            raise QueueUnavailableError()
        try:
            return outbox, identity, Path(key_path).read_bytes()
        except OSError:
            raise ExportNotConfiguredError() from None

    def rejected(self) -> list[RejectedSubmission]:
        """The submissions the network refused, oldest first; empty while the queue is closed."""
        # Here, not at the top: kiosk.fhir loads the Bundle builder and stdnum, which the
        # services warm up off the GUI thread; the panel is built on it.
        from kiosk.fhir.identifiers import reference_code

        outbox = self._runtime.outbox
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
        sync = self._runtime.sync_worker
        if sync is not None:
            sync.trigger()

    def discard_rejected(self, submission_id: str) -> None:
        """Give up on a rejected submission: its payload is wiped, a receipt row stays."""
        self._rejected_action("operator.discard", submission_id, retry=False)

    def _rejected_action(self, action: str, submission_id: str, *, retry: bool) -> None:
        outbox = self._runtime.outbox
        reference = _reference_or_none(submission_id)
        try:
            if outbox is None:
                raise QueueUnavailableError()
            if retry:
                outbox.retry_rejected(submission_id)
            else:
                outbox.discard_rejected(submission_id)
        except Exception as exc:
            self.record(action, "failed", detail=stable_code(exc), reference=reference)
            raise
        self.record(action, "ok", reference=reference)


def _reference_or_none(submission_id: str) -> str | None:
    from kiosk.fhir.identifiers import reference_code  # see QueueActions.rejected

    try:
        return reference_code(submission_id)
    except ValueError:
        return None
