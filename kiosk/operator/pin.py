"""The operator PIN: 6 to 12 digits, kept only as a scrypt hash, with a growing lock-out.

The PIN file (``operator-pin.json`` in the kiosk's data folder, 0600, written atomically) holds
the scrypt parameters, the salt, the hash, and the lock-out state: how many wrong PINs in a row
and until when the panel is locked. The state is on disk so that restarting the kiosk does not
give a guesser five fresh tries.

Lock-out: every :data:`TRIES_PER_LOCK` wrong PINs in a row lock the panel, the first time for
:data:`FIRST_LOCK_S`, then each time twice as long, capped at :data:`MAX_LOCK_S`. A PIN typed
while locked is not even checked (and not counted). The right PIN clears the count. With a
6-digit PIN that is at most about 120 guesses a day.

Fail closed: a try is written down as a wrong one *before* the PIN is compared, and cleared
after if it was right. When that cannot be written (disk full, read-only folder), the try is
refused unchecked (``PinError`` code ``storage``): a guesser gains nothing from a full disk.

Tamper-evident (on a provisioned kiosk, see :mod:`kiosk.operator.pin_record`): the record is
sealed with a key derived from the queue's data key (``seal_key``). A missing, unsealed or
altered record on a kiosk whose queue exists (``provisioned``) is refused with code
``reset_needed``: the network's IT person resets the operator PIN (``kiosk provision``).
Without the key at hand (a passphrase-protected queue not yet unlocked) the record cannot be
checked nor resealed; tries are then counted in its unsealed ``pending`` state, which can only
make the lock-out stricter. Every field is checked and clamped: a malformed file is ``damaged``
(or ``reset_needed`` when provisioned), never an uncaught exception; a lock far in the future
lasts at most :data:`MAX_LOCK_S`. What a sealed file cannot stop, a copy of an older sealed file
put back, is stopped for as long as the kiosk runs: the store never goes below the strictest
state it saw. Demo mode and a kiosk without a queue yet (no key, not provisioned) behave as
before: the first start asks for a new PIN.

Weak PINs are refused when set (:func:`pin_problem`): not 6-12 digits, one digit repeated, a
run up or down (``123456``, ``987654``, wrapping ``890123``), or a block repeated (``121212``).

The clock (wall-clock seconds) is injectable so tests drive the lock-out without waiting.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from hmac import compare_digest as _compare
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.errors import KioskError
from kiosk.files import ensure_private_dir, write_file_atomically

from .pin_record import HASH_LEN, SEAL_KEY_LABEL, LockState, PinRecord, parse_record

__all__ = [
    "FIRST_LOCK_S",
    "MAX_LOCK_S",
    "PIN_FILE_NAME",
    "RESET_COMMAND",
    "SEAL_KEY_LABEL",
    "TRIES_PER_LOCK",
    "PinCheck",
    "PinError",
    "PinStore",
    "pin_problem",
    "queue_provisioned",
]

log = logging.getLogger(__name__)

PIN_FILE_NAME = "operator-pin.json"
MIN_DIGITS, MAX_DIGITS = 6, 12
TRIES_PER_LOCK = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 3600.0
MAX_FAILURES = 10_000  # a count above this says nothing more; it keeps the arithmetic small
# 2**15 took ~0.11 s on the project's reference machine: unnoticed by a volunteer, costly to a
# guesser with a copy of the file (a 6-digit space takes a core ~30 hours).
DEFAULT_SCRYPT_N = 2**15
MIN_SCRYPT_N = 2**14
#: the command the network's IT person runs to reset a kiosk's operator PIN
RESET_COMMAND = "kiosk provision"
_RESET = f"ask the network's IT person to reset the operator PIN ({RESET_COMMAND})"


class PinError(KioskError):
    """A PIN action refused. ``code``: ``weak`` (see ``problem``), ``wrong`` (the old PIN when
    changing), ``locked``, ``already_set``, ``not_set``, ``damaged`` (the PIN file cannot be
    read), ``storage`` (it cannot be written: the try was not checked), ``reset_needed`` (on a
    provisioned kiosk the record is missing, damaged or was altered), ``no_key`` (the queue's
    key is needed and not at hand: unlock the queue first). The message never contains a PIN."""

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


def queue_provisioned(data_dir: Path) -> bool:
    """Whether the kiosk's queue exists in ``data_dir`` (its key file or its database): from
    then on the PIN record must be there and sealed."""
    from kiosk.outbox.records import DB_FILE_NAME, KEY_FILE_NAME

    return (Path(data_dir) / KEY_FILE_NAME).exists() or (Path(data_dir) / DB_FILE_NAME).exists()


@dataclass(frozen=True)
class _Loaded:
    record: PinRecord
    key: bytes | None  # the seal key, when at hand (the record was then checked against it)


class PinStore:
    """The operator PIN of one kiosk, in ``path``. Not thread-safe: the GUI thread uses it.

    ``clock`` returns wall-clock seconds (``time.time``): a lock must outlast a restart, which a
    monotonic clock does not. ``seal_key`` gives the 32-byte seal key (the data key's
    :data:`SEAL_KEY_LABEL` subkey) or None while it is not at hand; ``provisioned`` says whether
    the kiosk's queue exists (:func:`queue_provisioned`). Both default to "no" (demo mode, tests).
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        scrypt_n: int = DEFAULT_SCRYPT_N,
        seal_key: Callable[[], bytes | None] | None = None,
        provisioned: Callable[[], bool] | None = None,
    ) -> None:
        if scrypt_n < MIN_SCRYPT_N or scrypt_n & (scrypt_n - 1):
            raise ValueError("scrypt n must be a power of two >= 2**14")
        self.path = Path(path)
        self._clock = clock
        self._scrypt_n = scrypt_n
        self._seal_key = seal_key or (lambda: None)
        self._provisioned = provisioned or (lambda: False)
        # Unsealed records this process wrote or read before the kiosk was provisioned: the
        # only unsealed ones it seals once the key is there (the PIN chosen before the queue).
        self._vouched: set[bytes] = set()
        # The strictest state seen, by PIN hash: a file put back cannot lower it while we run.
        self._floor: dict[bytes, LockState] = {}
        # The first clamp of each lock too far ahead, so it ends MAX_LOCK_S after first seen.
        self._clamps: dict[float, float] = {}

    @classmethod
    def in_folder(cls, data_dir: Path, **kwargs: Any) -> PinStore:
        return cls(Path(data_dir) / PIN_FILE_NAME, **kwargs)

    def __repr__(self) -> str:
        return f"PinStore(path={str(self.path)!r})"

    # -- state ---------------------------------------------------------------------------------

    def is_set(self) -> bool:
        """Whether a PIN was chosen (first start: no file, the panel asks for a new PIN)."""
        return self._load() is not None

    def locked_until(self) -> float | None:
        """Wall-clock seconds until which PIN entry is locked, or None."""
        loaded = self._load()
        if loaded is None:
            return None
        until = self._state(loaded).locked_until
        return until if until is not None and until > self._clock() else None

    def failures(self) -> int:
        loaded = self._load()
        return self._state(loaded).failures if loaded else 0

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
        loaded = self._load()
        if loaded is not None and loaded.key is None and self._needs_seal(loaded.record):
            raise PinError("no_key", "the queue is locked: unlock it, then change the PIN")
        result = self.check(old)
        if result.outcome == "locked":
            raise PinError("locked", "PIN entry is locked for now")
        if not result.ok:
            raise PinError("wrong", "the current PIN is not right")
        self._store_new(new)
        log.info("operator PIN changed")

    def check(self, pin: str) -> PinCheck:
        """Check ``pin``; counts a wrong one and locks after every :data:`TRIES_PER_LOCK`.

        The try is first written down as a wrong one; when that fails (``PinError`` code
        ``storage``) the PIN is not compared at all."""
        loaded = self._load()
        if loaded is None:
            raise PinError("not_set", "no operator PIN is set yet")
        now = self._clock()
        state = self._state(loaded)
        if state.locked_until is not None and state.locked_until > now:
            return PinCheck("locked", state.failures, state.locked_until, 0)
        failures = min(state.failures + 1, MAX_FAILURES)
        locked: float | None = None
        if failures % TRIES_PER_LOCK == 0:
            locked = now + lock_seconds(failures // TRIES_PER_LOCK)
        loaded = self._record_state(loaded, LockState(failures, locked))
        if _compare(self._hash(pin, loaded.record), loaded.record.hash):
            try:
                self._record_state(loaded, LockState())
            except PinError as error:  # the try stays counted as wrong: stricter, not weaker
                log.warning("the right operator PIN could not clear the count: %s", error)
            return PinCheck("ok", 0, None, TRIES_PER_LOCK)
        if locked is not None:
            log.warning(
                "operator PIN entry locked for %.0f s after %d wrong PINs in a row",
                locked - now,
                failures,
            )
            return PinCheck("locked", failures, locked, 0)
        return PinCheck("wrong", failures, None, TRIES_PER_LOCK - failures % TRIES_PER_LOCK)

    def seal(self) -> None:
        """Seal the record now if the key is at hand and it is not (yet) sealed: the PIN chosen
        before the queue existed, or tries counted while the queue was locked. The operator
        mode calls it when the panel shows; errors are the read errors of the other methods."""
        loaded = self._load()
        if loaded is not None and loaded.key is not None:
            record = loaded.record
            if record.mac is None or record.pending is not None:
                self._record_state(loaded, self._state(loaded))
                log.info("operator PIN record sealed")

    # -- internals -----------------------------------------------------------------------------

    def _check_weak(self, pin: str) -> None:
        problem = pin_problem(pin)
        if problem is not None:
            raise PinError("weak", f"this PIN is not allowed ({problem})", problem=problem)

    def _needs_seal(self, record: PinRecord | None) -> bool:
        return self._provisioned() or (record is not None and record.mac is not None)

    def _store_new(self, pin: str) -> None:
        self._check_weak(pin)
        key = self._seal_key()
        if key is None and self._provisioned():
            raise PinError("no_key", "the queue is locked: unlock it, then set the PIN")
        salt = os.urandom(16)
        record = PinRecord(
            n=self._scrypt_n,
            r=8,
            p=1,
            salt=salt,
            hash=b"",
            set_at=round(self._clock()),
            state=LockState(),
        )
        record = replace(record, hash=self._hash(pin, record))
        self._write(record.sealed(key) if key is not None else record, vouch=key is None)

    def _hash(self, pin: str, record: PinRecord) -> bytes:
        scrypt = Scrypt(salt=record.salt, length=HASH_LEN, n=record.n, r=record.r, p=record.p)
        return scrypt.derive(pin.encode("utf-8"))

    def _state(self, loaded: _Loaded) -> LockState:
        """The lock-out state in force: sealed, made stricter by pending and by what this
        process saw, a count capped and a lock at most MAX_LOCK_S ahead."""
        record = loaded.record
        state = record.state.stricter(record.pending).stricter(self._floor.get(record.hash))
        until = state.locked_until
        horizon = self._clock() + MAX_LOCK_S
        if until is not None and until > horizon:
            until = min(self._clamps.setdefault(until, horizon), horizon)
        return LockState(min(state.failures, MAX_FAILURES), until)

    def _record_state(self, loaded: _Loaded, state: LockState) -> _Loaded:
        """Write ``state`` as the lock-out state; raises PinError ``storage`` if it cannot."""
        record, key = loaded.record, loaded.key
        if key is not None:
            new = replace(record, state=state, pending=None).sealed(key)
        elif self._needs_seal(record):
            # Unsealable without the key: only the pending state changes, and it can never make
            # the sealed one milder (a right PIN leaves the sealed count until the key is back).
            new = replace(record, pending=state)
        else:
            new = replace(record, state=state)
        self._write(new, vouch=key is None and not self._needs_seal(record))
        self._floor[record.hash] = state  # only once written: a refused try is no guess
        return _Loaded(new, key)

    def _load(self) -> _Loaded | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            if self._provisioned():
                log.error("the operator PIN file is missing on a kiosk whose queue exists")
                raise self._reset_needed("is missing") from None
            return None
        except OSError as exc:
            raise PinError(
                "damaged", f"the operator PIN file cannot be read ({exc.strerror})"
            ) from None
        try:
            record = parse_record(raw)
        except ValueError as exc:
            log.error("the operator PIN file is damaged (%s)", exc)
            if self._provisioned():
                raise self._reset_needed("is damaged") from None
            # Never fall back to "no PIN": that would open the panel to anyone.
            raise PinError(
                "damaged",
                f"the operator PIN file {self.path.name} is damaged; restore it from a backup "
                "or remove it to choose a new PIN",
            ) from None
        key = self._seal_key()
        if key is not None:
            if record.mac is not None and not record.seal_ok(key):
                log.error("the operator PIN file's seal does not match: it was altered")
                raise self._reset_needed("was altered")
            unsealed = record.mac is None and record.digest() not in self._vouched
            if unsealed and self._provisioned():
                log.error("the operator PIN file is not sealed on a kiosk whose queue exists")
                raise self._reset_needed("is not sealed")
        elif record.mac is None and not self._provisioned():
            self._vouched.add(record.digest())
        return _Loaded(record, key)

    def _reset_needed(self, what: str) -> PinError:
        return PinError("reset_needed", f"the operator PIN file {self.path.name} {what}; {_RESET}")

    def _write(self, record: PinRecord, *, vouch: bool) -> None:
        try:
            ensure_private_dir(self.path.parent)
            write_file_atomically(self.path, record.to_json(), mode=0o600)
        except OSError as exc:
            log.error("the operator PIN file cannot be written (%s)", exc.strerror)
            raise PinError(
                "storage", f"the operator PIN file cannot be written ({exc.strerror})"
            ) from None
        if vouch:
            self._vouched.add(record.digest())
