"""The operator PIN: 6 to 12 digits, kept only as a scrypt hash, with a growing lock-out.

The PIN file (``operator-pin.json`` in the kiosk's data folder, 0600, written atomically) holds
the scrypt parameters, the salt, the hash, and the lock-out state: how many wrong PINs in a row
and until when the panel is locked. The state is on disk so that restarting the kiosk does not
give a guesser five fresh tries.

Lock-out: every :data:`TRIES_PER_LOCK` wrong PINs in a row lock the panel, the first time for
:data:`FIRST_LOCK_S`, then each time twice as long, capped at :data:`MAX_LOCK_S`. A PIN typed
while locked is not even checked (and not counted). The right PIN clears the count. With a
6-digit PIN that is at most about 120 guesses a day.

Weak PINs are refused when set (:func:`pin_problem`): not 6-12 digits, one digit repeated, a
run up or down (``123456``, ``987654``, wrapping ``890123``), or a block repeated (``121212``).

The clock (wall-clock seconds) is injectable so tests drive the lock-out without waiting.
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from hmac import compare_digest as _compare
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.errors import KioskError
from kiosk.files import ensure_private_dir, write_file_atomically

__all__ = [
    "FIRST_LOCK_S",
    "MAX_LOCK_S",
    "PIN_FILE_NAME",
    "TRIES_PER_LOCK",
    "PinCheck",
    "PinError",
    "PinStore",
    "pin_problem",
]

log = logging.getLogger(__name__)

PIN_FILE_NAME = "operator-pin.json"
FILE_FORMAT = "ehealth-kiosk-operator-pin"
FILE_VERSION = 1
MIN_DIGITS, MAX_DIGITS = 6, 12
TRIES_PER_LOCK = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 3600.0
# 2**15 took ~0.11 s on the project's reference machine: unnoticed by a volunteer, costly to a
# guesser with a copy of the file (a 6-digit space takes a core ~30 hours).
DEFAULT_SCRYPT_N = 2**15
MIN_SCRYPT_N = 2**14
_MAX_SCRYPT = {"n": 2**20, "r": 32, "p": 16}  # refuse files that would exhaust memory
HASH_LEN = 32


class PinError(KioskError):
    """A PIN action refused. ``code``: ``weak`` (see ``problem``), ``wrong`` (the old PIN when
    changing), ``locked``, ``already_set``, ``not_set``, ``damaged`` (the PIN file cannot be
    read), ``storage`` (it cannot be written). The message never contains a PIN."""

    def __init__(self, code: str, message: str, *, problem: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.problem = problem


@dataclass(frozen=True)
class PinCheck:
    """The outcome of :meth:`PinStore.check`.

    ``outcome``: ``ok``, ``wrong`` or ``locked``; ``failures``: wrong PINs in a row now;
    ``locked_until``: wall-clock seconds until which the panel is locked (None: not locked);
    ``tries_left``: wrong PINs left before the next lock."""

    outcome: str
    failures: int
    locked_until: float | None
    tries_left: int

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` may not be the operator PIN (``length``, ``digits``, ``same``, ``sequence``,
    ``repeated``), or None when it is acceptable."""
    if not pin.isascii() or not pin.isdigit():
        return "digits"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return "length"
    if len(set(pin)) == 1:
        return "same"
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return "sequence"
    for size in range(2, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return "repeated"
    return None


def lock_seconds(lock_number: int) -> float:
    """How long the ``lock_number``-th lock (1, 2, ...) of a run of wrong PINs lasts."""
    doublings = min(max(lock_number - 1, 0), 20)
    return float(min(MAX_LOCK_S, FIRST_LOCK_S * 2**doublings))


class PinStore:
    """The operator PIN of one kiosk, in ``path``. Not thread-safe: the GUI thread uses it.

    ``clock`` returns wall-clock seconds (``time.time``): a lock must outlast a restart, which a
    monotonic clock does not.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        scrypt_n: int = DEFAULT_SCRYPT_N,
    ) -> None:
        if scrypt_n < MIN_SCRYPT_N or scrypt_n & (scrypt_n - 1):
            raise ValueError("scrypt n must be a power of two >= 2**14")
        self.path = Path(path)
        self._clock = clock
        self._scrypt_n = scrypt_n

    @classmethod
    def in_folder(cls, data_dir: Path, **kwargs: Any) -> PinStore:
        return cls(Path(data_dir) / PIN_FILE_NAME, **kwargs)

    def __repr__(self) -> str:
        return f"PinStore(path={str(self.path)!r})"

    # -- state ---------------------------------------------------------------------------------

    def is_set(self) -> bool:
        """Whether a PIN was chosen (first start: no file, the panel asks for a new PIN)."""
        return self._read() is not None

    def locked_until(self) -> float | None:
        """Wall-clock seconds until which PIN entry is locked, or None."""
        doc = self._read()
        until = doc.get("locked_until") if doc else None
        return float(until) if isinstance(until, (int, float)) and until > self._clock() else None

    def failures(self) -> int:
        doc = self._read()
        return int(doc.get("failures", 0)) if doc else 0

    # -- actions -------------------------------------------------------------------------------

    def set_first(self, pin: str) -> None:
        """Choose the PIN on first start; refused once a PIN exists (change it instead)."""
        if self.is_set():
            raise PinError("already_set", "an operator PIN is already set; change it instead")
        self._store_new(pin)
        log.info("operator PIN set for the first time")

    def change(self, old: str, new: str) -> None:
        """Replace the PIN; ``old`` must be right (a wrong one counts towards the lock-out)."""
        self._check_weak(new)  # before counting a try: a weak new PIN is no guess
        result = self.check(old)
        if result.outcome == "locked":
            raise PinError("locked", "PIN entry is locked for now")
        if not result.ok:
            raise PinError("wrong", "the current PIN is not right")
        self._store_new(new)
        log.info("operator PIN changed")

    def check(self, pin: str) -> PinCheck:
        """Check ``pin``; counts a wrong one and locks after every :data:`TRIES_PER_LOCK`."""
        doc = self._read()
        if doc is None:
            raise PinError("not_set", "no operator PIN is set yet")
        now = self._clock()
        failures = int(doc.get("failures", 0))
        until = doc.get("locked_until")
        if isinstance(until, (int, float)) and until > now:
            return PinCheck("locked", failures, float(until), 0)
        if _compare(self._hash(pin, doc), _unb64(doc["hash"])):
            if failures or until is not None:
                doc["failures"], doc["locked_until"] = 0, None
                self._write(doc)
            return PinCheck("ok", 0, None, TRIES_PER_LOCK)
        failures += 1
        doc["failures"] = failures
        locked: float | None = None
        if failures % TRIES_PER_LOCK == 0:
            locked = now + lock_seconds(failures // TRIES_PER_LOCK)
            doc["locked_until"] = locked
            log.warning(
                "operator PIN entry locked for %.0f s after %d wrong PINs in a row",
                locked - now,
                failures,
            )
        self._write(doc)
        tries_left = TRIES_PER_LOCK - failures % TRIES_PER_LOCK if locked is None else 0
        return PinCheck("locked" if locked else "wrong", failures, locked, tries_left)

    # -- internals -----------------------------------------------------------------------------

    def _check_weak(self, pin: str) -> None:
        problem = pin_problem(pin)
        if problem is not None:
            raise PinError("weak", f"this PIN is not allowed ({problem})", problem=problem)

    def _store_new(self, pin: str) -> None:
        self._check_weak(pin)
        salt = os.urandom(16)
        kdf = {"name": "scrypt", "n": self._scrypt_n, "r": 8, "p": 1, "salt": _b64(salt)}
        doc: dict[str, Any] = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "kdf": kdf,
            "set_at": round(self._clock()),
            "failures": 0,
            "locked_until": None,
        }
        doc["hash"] = _b64(self._hash(pin, doc))
        self._write(doc)

    def _hash(self, pin: str, doc: dict[str, Any]) -> bytes:
        kdf = doc["kdf"]
        scrypt = Scrypt(
            salt=_unb64(kdf["salt"]), length=HASH_LEN, n=kdf["n"], r=kdf["r"], p=kdf["p"]
        )
        return scrypt.derive(pin.encode("utf-8"))

    def _read(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise PinError(
                "damaged", f"the operator PIN file cannot be read ({exc.strerror})"
            ) from None
        try:
            doc: dict[str, Any] = json.loads(raw)
            kdf = doc["kdf"]
            ok = (
                doc.get("format") == FILE_FORMAT
                and doc.get("version") == FILE_VERSION
                and kdf.get("name") == "scrypt"
                and all(
                    isinstance(kdf.get(k), int) and 0 < kdf[k] <= m for k, m in _MAX_SCRYPT.items()
                )
                and len(_unb64(kdf["salt"])) >= 16
                and len(_unb64(doc["hash"])) == HASH_LEN
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            ok = False
        if not ok:
            # Never fall back to "no PIN": that would open the panel to anyone.
            raise PinError(
                "damaged",
                f"the operator PIN file {self.path.name} is damaged; restore it from a backup "
                "or remove it to choose a new PIN",
            )
        return doc

    def _write(self, doc: dict[str, Any]) -> None:
        body = json.dumps(doc, indent=2, sort_keys=True).encode("ascii") + b"\n"
        try:
            ensure_private_dir(self.path.parent)
            write_file_atomically(self.path, body, mode=0o600)
        except OSError as exc:
            raise PinError(
                "storage", f"the operator PIN file cannot be written ({exc.strerror})"
            ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")  # noqa: TRY004 - callers treat it as a bad file
    return base64.b64decode(text, validate=True)
