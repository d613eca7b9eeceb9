"""The audit log: one JSON line per operator action and per submission, for campaign reports and
dispute handling, with no personal data in the clear.

``audit.jsonl`` in the kiosk's data folder (0600). Each line::

    {"time": "2024-05-02T09:14:03Z", "stand": "ixelles-1", "kiosk": "kiosk-2",
     "action": "submission", "outcome": "queued", "demo": false,
     "subject": "<HMAC-SHA256 hex of the national number>", "reference": "ABCD-EF23",
     "decision": "given"}

``subject``, ``detail``, ``reference`` and, on submission lines, ``decision`` (``given`` or
``refused``: the campaign counts) are optional. The subject is a keyed hash so that,
given a citizen's national number, the network can find their lines in a dispute, while the
file alone tells nobody who came. The key comes from the queue's data key
(``DataKey.subkey(b"audit-subject")``), so it has the queue's protection and is only known while
the queue is open; without it a line has no subject and says so (``"subject_note"``).
National numbers are normalised to their 11 digits before hashing, so a formatted and a plain
number give the same subject.

Actions (stable names): ``submission`` and ``submission.trusted_person`` (one line per trusted
person, with that person's hashed number and the same reference, so a disputed designation can
be found too), ``operator.unlock``, ``operator.pin_set``, ``operator.pin_changed``,
``operator.send_now``, ``operator.export``, ``operator.acknowledge``, ``operator.retry``,
``operator.discard``, ``operator.demo_on``, ``operator.demo_off``, ``operator.language``,
``operator.queue_unlock``, ``operator.exit``.

Each line is appended, flushed and fsynced before :meth:`AuditLog.record` returns; the file is
rotated by size (``audit.jsonl.1`` ... ``.5``, oldest dropped). Every write opens the file in
append mode, so two :class:`AuditLog` objects on one folder (the kiosk restarting its services
in the other mode) interleave whole lines. Free text is passed through
:func:`kiosk.redaction.scrub_error_text` as a safety net.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.files import ensure_private_dir
from kiosk.redaction import scrub_error_text

__all__ = ["AUDIT_FILE_NAME", "AuditLog", "subject_hash"]

log = logging.getLogger(__name__)

AUDIT_FILE_NAME = "audit.jsonl"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
SUBJECT_KEY_LABEL = b"audit-subject"
_ACTION = re.compile(r"[a-z][a-z0-9_.]{0,63}")
_NO_KEY = "no subject: the queue key is not available"


def subject_hash(key: bytes, national_number: str) -> str:
    """HMAC-SHA256 (hex) of the national number's digits under ``key``."""
    digits = "".join(ch for ch in str(national_number) if ch.isdigit())
    if len(digits) != 11:
        raise ValueError("a national number has 11 digits")  # the value is never echoed
    return hmac.new(key, digits.encode("ascii"), hashlib.sha256).hexdigest()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AuditLog:
    """Appends audit lines to ``folder/audit.jsonl``; safe to call from any thread."""

    def __init__(
        self,
        folder: Path,
        *,
        stand_id: str,
        kiosk_id: str,
        clock: Callable[[], datetime] = _utc_now,
        max_bytes: int = MAX_BYTES,
        backups: int = BACKUPS,
    ) -> None:
        self.folder = Path(folder)
        self.path = self.folder / AUDIT_FILE_NAME
        self.stand_id = stand_id
        self.kiosk_id = kiosk_id
        self._clock = clock
        self._max_bytes = max_bytes
        self._backups = backups
        self._subject_key: bytes | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"AuditLog(path={str(self.path)!r}, subject_key={self._subject_key is not None})"

    def set_subject_key(self, key: bytes | None) -> None:
        """The HMAC key for subjects (``DataKey.subkey(b"audit-subject")``); None forgets it."""
        if key is not None and len(key) < 16:
            raise ValueError("the subject key is too short")
        self._subject_key = key

    @property
    def has_subject_key(self) -> bool:
        return self._subject_key is not None

    def record(
        self,
        action: str,
        outcome: str,
        *,
        demo: bool,
        national_number: str | None = None,
        detail: str | None = None,
        reference: str | None = None,
        decision: str | None = None,
    ) -> dict[str, Any]:
        """Append one line and return it (as written). ``national_number`` is hashed, never
        written; raises :class:`OSError` if the line could not be made durable."""
        if not _ACTION.fullmatch(action):
            raise ValueError("an audit action is a short lower-case name")
        entry: dict[str, Any] = {
            "time": self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "stand": self.stand_id,
            "kiosk": self.kiosk_id,
            "action": action,
            "outcome": scrub_error_text(outcome, limit=40),
            "demo": bool(demo),
        }
        if national_number is not None:
            key = self._subject_key
            if key is None:
                entry["subject_note"] = _NO_KEY
            else:
                entry["subject"] = subject_hash(key, national_number)
        if detail:
            entry["detail"] = scrub_error_text(detail, limit=200)
        if reference:
            entry["reference"] = scrub_error_text(reference, limit=20)
        if decision in ("given", "refused"):
            entry["decision"] = decision
        line = json.dumps(entry, ensure_ascii=True, separators=(",", ":")) + "\n"
        with self._lock:
            self._append(line.encode("ascii"))
        return entry

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every readable line, oldest first (rotated files included); damaged lines skipped."""
        paths = [self._backup(i) for i in range(self._backups, 0, -1)] + [self.path]
        for path in paths:
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            for text in raw.splitlines():
                try:
                    item = json.loads(text)
                except ValueError:
                    continue  # a line torn by a power cut
                if isinstance(item, dict):
                    yield item

    # -- internals -------------------------------------------------------------------------

    def _backup(self, n: int) -> Path:
        return self.path.with_name(f"{self.path.name}.{n}")

    def _append(self, data: bytes) -> None:
        ensure_private_dir(self.folder)
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(data) > self._max_bytes:
            self._rotate()
        elif size and not self._ends_with_newline():
            data = b"\n" + data  # a line torn by a power cut stays alone, this one is whole
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def _rotate(self) -> None:
        self._backup(self._backups).unlink(missing_ok=True)
        for n in range(self._backups - 1, 0, -1):
            if self._backup(n).exists():
                os.replace(self._backup(n), self._backup(n + 1))
        os.replace(self.path, self._backup(1))
        log.info("audit log rotated")
