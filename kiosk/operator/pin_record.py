"""The operator PIN file's record: parsed with every field checked, written back, and sealed.

The seal is an HMAC-SHA256 keyed from the queue's data key
(:meth:`~kiosk.outbox.keys.DataKey.subkey` with :data:`SEAL_KEY_LABEL`) over every field but
the seal itself and ``pending``. Whoever can write the data folder but does not hold the data
key cannot set a PIN of their choice nor clear the lock-out without it showing.

``pending`` is the lock-out state counted while the key is not at hand (a passphrase-protected
queue before the volunteer has unlocked it): it is not sealed, so it may only ever make the
sealed state stricter (:meth:`LockState.stricter`), never milder; it is folded into the sealed
state as soon as the key is there.

:func:`parse_record` raises ``ValueError`` for anything malformed: a missing field, a wrong type,
a negative count, a time that is not a finite number. It never lets another exception out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["SEAL_KEY_LABEL", "LockState", "PinRecord", "parse_record"]

SEAL_KEY_LABEL = b"ehealth-kiosk/operator-pin/seal v1"
FILE_FORMAT = "ehealth-kiosk-operator-pin"
FILE_VERSION = 1
HASH_LEN = 32
MIN_SALT_LEN = 16
MAC_LEN = 32
_MAX_SCRYPT = {"n": 2**20, "r": 32, "p": 16}  # refuse files that would exhaust memory


@dataclass(frozen=True)
class LockState:
    """Wrong PINs in a row, and until when (wall-clock seconds) PIN entry is locked."""

    failures: int = 0
    locked_until: float | None = None

    def stricter(self, other: LockState | None) -> LockState:
        """The more restrictive of the two, field by field."""
        if other is None:
            return self
        untils = [u for u in (self.locked_until, other.locked_until) if u is not None]
        return LockState(max(self.failures, other.failures), max(untils) if untils else None)


@dataclass(frozen=True)
class PinRecord:
    """One operator PIN: its scrypt parameters, salt and hash, when it was set, the sealed
    lock-out ``state``, the unsealed ``pending`` one, and the ``mac`` (None: not sealed)."""

    n: int
    r: int
    p: int
    salt: bytes
    hash: bytes
    set_at: int
    state: LockState
    mac: bytes | None = None
    pending: LockState | None = None

    def _sealed_fields(self) -> dict[str, Any]:
        return {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "kdf": {
                "name": "scrypt",
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "salt": _b64(self.salt),
            },
            "hash": _b64(self.hash),
            "set_at": self.set_at,
            "failures": self.state.failures,
            "locked_until": _time(self.state.locked_until),
        }

    def _sealed_body(self) -> bytes:
        body = json.dumps(self._sealed_fields(), sort_keys=True, separators=(",", ":"))
        return body.encode("ascii")

    def digest(self) -> bytes:
        """A fingerprint of the sealed part (to recognise a record this process wrote)."""
        return hashlib.sha256(self._sealed_body()).digest()

    def _mac(self, key: bytes) -> bytes:
        return hmac.new(key, self._sealed_body(), hashlib.sha256).digest()

    def sealed(self, key: bytes) -> PinRecord:
        """This record with ``pending`` folded in and a fresh seal."""
        folded = replace(self, state=self.state.stricter(self.pending), pending=None, mac=None)
        return replace(folded, mac=folded._mac(key))

    def seal_ok(self, key: bytes) -> bool:
        return self.mac is not None and hmac.compare_digest(self.mac, self._mac(key))

    def to_json(self) -> bytes:
        doc = self._sealed_fields()
        doc["mac"] = _b64(self.mac) if self.mac is not None else None
        doc["pending"] = (
            None
            if self.pending is None
            else {
                "failures": self.pending.failures,
                "locked_until": _time(self.pending.locked_until),
            }
        )
        return json.dumps(doc, indent=2, sort_keys=True).encode("ascii") + b"\n"


def parse_record(raw: bytes) -> PinRecord:
    """The record in ``raw``; ``ValueError`` when anything in it is malformed."""
    try:
        doc = json.loads(raw)
        if not isinstance(doc, dict):
            raise ValueError("not a JSON object")
        if doc.get("format") != FILE_FORMAT or doc.get("version") != FILE_VERSION:
            raise ValueError("not an operator PIN file of this version")
        kdf = doc["kdf"]
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        n, r, p = (_int(kdf[k], 1, most) for k, most in _MAX_SCRYPT.items())
        salt, pin_hash = _unb64(kdf["salt"]), _unb64(doc["hash"])
        if len(salt) < MIN_SALT_LEN or len(pin_hash) != HASH_LEN or n & (n - 1):
            raise ValueError("bad salt, hash or scrypt n")
        mac = None if doc.get("mac") is None else _unb64(doc["mac"])
        if mac is not None and len(mac) != MAC_LEN:
            raise ValueError("bad seal")
        pending = doc.get("pending")
        return PinRecord(
            n=n,
            r=r,
            p=p,
            salt=salt,
            hash=pin_hash,
            set_at=_int(doc.get("set_at", 0), 0, 2**53),
            state=_state(doc),
            mac=mac,
            pending=None if pending is None else _state(pending),
        )
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValueError(f"malformed record ({type(exc).__name__})") from None


def _state(doc: Any) -> LockState:
    if not isinstance(doc, dict):
        raise ValueError("a lock-out state is an object")
    until = doc.get("locked_until")
    if until is not None:
        if isinstance(until, bool) or not isinstance(until, int | float):
            raise ValueError("locked_until is not a number")
        until = float(until)
        if not math.isfinite(until) or until < 0:
            raise ValueError("locked_until is not a time")
    return LockState(_int(doc.get("failures", 0), 0, 2**53), until)


def _time(value: float | None) -> float | None:
    # Always a float, as parsing gives back: the seal is computed over the same text both ways.
    return None if value is None else float(value)


def _int(value: Any, least: int, most: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise ValueError("not a whole number in range")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)
