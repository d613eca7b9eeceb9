"""The operator PIN: hash-only storage, weak PINs refused, lock-out that grows and survives a
restart, constant-time comparison."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from kiosk.operator import pin as pin_module
from kiosk.operator.pin import (
    FIRST_LOCK_S,
    MAX_LOCK_S,
    MIN_SCRYPT_N,
    TRIES_PER_LOCK,
    PinError,
    PinStore,
    lock_seconds,
    pin_problem,
)
from tests.helpers.clocks import FakeClock

GOOD = "402719"
OTHER = "58203917"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_700_000_000.0)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> PinStore:
    return PinStore.in_folder(tmp_path / "data", clock=clock, scrypt_n=MIN_SCRYPT_N)


def _wrong(store: PinStore, times: int) -> None:
    for _ in range(times):
        assert not store.check("999000").ok


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("12345", "length"),
        ("1234567890123", "length"),
        ("12a456", "digits"),
        ("١٢٣٤٥٦", "digits"),  # Arabic-Indic digits are digits to Python, not to us
        ("000000", "same"),
        ("123456", "sequence"),
        ("987654", "sequence"),
        ("890123", "sequence"),
        ("121212", "repeated"),
        ("40274027", "repeated"),
        (GOOD, None),
        (OTHER, None),
    ],
)
def test_weak_pins_are_refused(pin: str, problem: str | None) -> None:
    assert pin_problem(pin) == problem


def test_first_start_has_no_pin_and_setting_one_stores_only_a_scrypt_hash(
    store: PinStore,
) -> None:
    assert not store.is_set()
    with pytest.raises(PinError) as raised:
        store.check(GOOD)
    assert raised.value.code == "not_set"
    store.set_first(GOOD)
    assert store.is_set()
    raw = store.path.read_bytes()
    assert GOOD.encode() not in raw
    doc = json.loads(raw)
    assert doc["kdf"]["name"] == "scrypt"
    assert doc["kdf"]["n"] == MIN_SCRYPT_N and doc["kdf"]["r"] == 8 and doc["kdf"]["p"] == 1
    assert len(doc["kdf"]["salt"]) >= 20 and doc["failures"] == 0
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.check(GOOD).ok
    with pytest.raises(PinError) as again:
        store.set_first(OTHER)
    assert again.value.code == "already_set"


def test_the_same_pin_gets_a_different_salt_and_hash_each_time(tmp_path: Path) -> None:
    a = PinStore(tmp_path / "a.json", scrypt_n=MIN_SCRYPT_N)
    b = PinStore(tmp_path / "b.json", scrypt_n=MIN_SCRYPT_N)
    a.set_first(GOOD)
    b.set_first(GOOD)
    da, db = json.loads(a.path.read_text()), json.loads(b.path.read_text())
    assert da["kdf"]["salt"] != db["kdf"]["salt"] and da["hash"] != db["hash"]


def test_a_weak_first_pin_is_refused_with_its_problem(store: PinStore) -> None:
    with pytest.raises(PinError) as raised:
        store.set_first("111111")
    assert (raised.value.code, raised.value.problem) == ("weak", "same")
    assert "111111" not in str(raised.value)
    assert not store.is_set()


def test_five_wrong_pins_lock_and_the_lock_grows_and_is_capped(
    store: PinStore, clock: FakeClock
) -> None:
    store.set_first(GOOD)
    for left in range(TRIES_PER_LOCK - 1, 0, -1):
        result = store.check("999000")
        assert (result.outcome, result.tries_left) == ("wrong", left)
    locked = store.check("999000")
    assert locked.outcome == "locked" and locked.locked_until == clock.now + FIRST_LOCK_S
    # While locked even the right PIN is not checked.
    assert store.check(GOOD).outcome == "locked"
    assert store.failures() == TRIES_PER_LOCK
    clock.now += FIRST_LOCK_S
    assert store.locked_until() is None
    _wrong(store, TRIES_PER_LOCK - 1)
    second = store.check("999000")
    assert second.outcome == "locked" and second.locked_until == clock.now + 2 * FIRST_LOCK_S
    assert [lock_seconds(n) for n in (1, 2, 3)] == [
        FIRST_LOCK_S,
        2 * FIRST_LOCK_S,
        4 * FIRST_LOCK_S,
    ]
    assert lock_seconds(50) == MAX_LOCK_S


def test_the_right_pin_clears_the_count(store: PinStore, clock: FakeClock) -> None:
    store.set_first(GOOD)
    _wrong(store, TRIES_PER_LOCK - 1)
    assert store.check(GOOD).ok
    assert store.failures() == 0
    assert store.check("999000").tries_left == TRIES_PER_LOCK - 1


def test_a_restart_does_not_reset_the_lock(tmp_path: Path, clock: FakeClock) -> None:
    first = PinStore.in_folder(tmp_path, clock=clock, scrypt_n=MIN_SCRYPT_N)
    first.set_first(GOOD)
    _wrong(first, TRIES_PER_LOCK)
    reopened = PinStore.in_folder(tmp_path, clock=clock, scrypt_n=MIN_SCRYPT_N)
    assert reopened.locked_until() == clock.now + FIRST_LOCK_S
    assert reopened.check(GOOD).outcome == "locked"
    assert reopened.failures() == TRIES_PER_LOCK


def test_changing_the_pin_needs_the_old_one(store: PinStore) -> None:
    store.set_first(GOOD)
    with pytest.raises(PinError) as wrong:
        store.change("999000", OTHER)
    assert wrong.value.code == "wrong" and store.failures() == 1
    with pytest.raises(PinError) as weak:
        store.change(GOOD, "123456")
    assert weak.value.code == "weak" and store.failures() == 1  # a weak new PIN is no guess
    store.change(GOOD, OTHER)
    assert store.check(OTHER).ok and not store.check(GOOD).ok


def test_changing_is_refused_while_locked(store: PinStore) -> None:
    store.set_first(GOOD)
    _wrong(store, TRIES_PER_LOCK)
    with pytest.raises(PinError) as raised:
        store.change(GOOD, OTHER)
    assert raised.value.code == "locked"


def test_the_comparison_is_constant_time(store: PinStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.set_first(GOOD)
    calls: list[tuple[bytes, bytes]] = []
    real = pin_module._compare

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(pin_module, "_compare", spy)
    assert store.check(GOOD).ok and not store.check("999000").ok
    assert len(calls) == 2 and all(len(a) == len(b) == 32 for a, b in calls)


def test_a_damaged_file_never_means_no_pin(store: PinStore) -> None:
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('{"format": "something else"}')
    with pytest.raises(PinError) as raised:
        store.is_set()
    assert raised.value.code == "damaged"
    store.path.write_text(
        json.dumps(
            {
                "format": "ehealth-kiosk-operator-pin",
                "version": 1,
                "kdf": {
                    "name": "scrypt",
                    "n": 2**30,
                    "r": 8,
                    "p": 1,
                    "salt": "AAAAAAAAAAAAAAAAAAAAAA==",
                },
                "hash": "AA==",
            }
        )
    )
    with pytest.raises(PinError):
        store.check(GOOD)


def test_repr_shows_no_secret(store: PinStore) -> None:
    store.set_first(GOOD)
    assert GOOD not in repr(store)
