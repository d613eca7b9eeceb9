"""The operator PIN file under attack: a disk that refuses writes, a file deleted, edited, put
back or filled with nonsense. Each test is an attack that worked before the PIN record was
written before the check and sealed with the queue's key."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.operator import pin as pin_module
from kiosk.operator.pin import (
    MAX_LOCK_S,
    MIN_SCRYPT_N,
    SEAL_KEY_LABEL,
    TRIES_PER_LOCK,
    PinError,
    PinStore,
    queue_provisioned,
)
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import KEY_FILE_NAME
from tests.helpers.clocks import FakeClock

GOOD = "402719"
MINE = "58203917"  # the attacker's


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_700_000_000.0)


class Kiosk:
    """A data folder, the queue's seal key when it is at hand, and whether the queue exists."""

    def __init__(self, folder: Path, clock: FakeClock) -> None:
        self.folder, self.clock = folder, clock
        self.seal_key: bytes | None = DataKey.generate().subkey(SEAL_KEY_LABEL)
        self.key_at_hand = True

    def provision(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / KEY_FILE_NAME).write_text("{}")  # the queue exists from now on

    def store(self) -> PinStore:
        """A new store, as after a restart of the kiosk."""
        return PinStore.in_folder(
            self.folder,
            clock=self.clock,
            scrypt_n=MIN_SCRYPT_N,
            seal_key=lambda: self.seal_key if self.key_at_hand else None,
            provisioned=lambda: queue_provisioned(self.folder),
        )

    @property
    def file(self) -> Path:
        return self.folder / pin_module.PIN_FILE_NAME

    def edit(self, **fields: object) -> None:
        doc = json.loads(self.file.read_text())
        doc.update(fields)
        self.file.write_text(json.dumps(doc))


@pytest.fixture
def kiosk(tmp_path: Path, clock: FakeClock) -> Kiosk:
    """A provisioned kiosk with its PIN set and the queue's key at hand."""
    k = Kiosk(tmp_path / "data", clock)
    k.store().set_first(GOOD)  # in the run that made the queue, with its key at hand
    k.provision()
    return k


def _refuses(store: PinStore, pin: str, code: str) -> None:
    with pytest.raises(PinError) as raised:
        store.check(pin)
    assert raised.value.code == code
    assert pin not in str(raised.value)


# --- a disk that refuses writes ---------------------------------------------------------------


def _failing_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path, data: bytes, **_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(pin_module, "write_file_atomically", disk_full)


@pytest.mark.parametrize("sealed", [True, False], ids=["provisioned", "demo"])
def test_a_full_disk_refuses_every_try_even_the_right_pin(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, sealed: bool
) -> None:
    store = (
        Kiosk(tmp_path, clock).store()
        if sealed
        else PinStore.in_folder(tmp_path, clock=clock, scrypt_n=MIN_SCRYPT_N)
    )
    store.set_first(GOOD)
    _failing_disk(monkeypatch)
    for _ in range(4 * TRIES_PER_LOCK):
        _refuses(store, "999000", "storage")
    _refuses(store, GOOD, "storage")  # before: the 21st try, the right one, opened the panel
    monkeypatch.undo()
    assert store.failures() == 0 and store.check(GOOD).ok  # refused tries are not guesses


def test_the_right_pin_opens_even_if_clearing_the_count_fails(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = kiosk.store()
    real = pin_module.write_file_atomically
    writes: list[int] = []

    def second_write_fails(path: Path, data: bytes, **kwargs: object) -> None:
        writes.append(1)
        if len(writes) == 2:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pin_module, "write_file_atomically", second_write_fails)
    assert store.check(GOOD).ok
    assert kiosk.store().failures() == 1  # counted as wrong: stricter, never milder


# --- a deleted, edited, replaced or rolled-back file on a provisioned kiosk -----------------


def test_deleting_the_file_does_not_let_anyone_choose_a_new_pin(kiosk: Kiosk) -> None:
    kiosk.file.unlink()
    store = kiosk.store()
    with pytest.raises(PinError) as raised:
        store.is_set()
    assert raised.value.code == "reset_needed" and "kiosk provision" in str(raised.value)
    with pytest.raises(PinError, match="kiosk provision"):
        store.set_first(MINE)
    assert not kiosk.file.exists()


def test_editing_the_file_does_not_clear_the_lock_out(kiosk: Kiosk) -> None:
    store = kiosk.store()
    for _ in range(TRIES_PER_LOCK):
        store.check("999000")
    assert store.locked_until() is not None
    kiosk.edit(failures=0, locked_until=None)
    _refuses(kiosk.store(), "999000", "reset_needed")
    _refuses(store, GOOD, "reset_needed")


def test_replacing_the_hash_with_ones_own_pin_is_refused(kiosk: Kiosk, tmp_path: Path) -> None:
    other = PinStore.in_folder(tmp_path / "elsewhere", scrypt_n=MIN_SCRYPT_N)
    other.set_first(MINE)
    mine = json.loads(other.path.read_text())
    kiosk.edit(kdf=mine["kdf"], hash=mine["hash"])
    _refuses(kiosk.store(), MINE, "reset_needed")
    kiosk.edit(mac=None)  # an unsealed record is no better
    _refuses(kiosk.store(), MINE, "reset_needed")


def test_a_record_from_another_kiosk_is_refused(kiosk: Kiosk, tmp_path: Path) -> None:
    twin = Kiosk(tmp_path / "twin", kiosk.clock)
    twin.store().set_first(MINE)
    twin.provision()
    shutil.copy(twin.file, kiosk.file)
    _refuses(kiosk.store(), MINE, "reset_needed")


def test_an_older_copy_put_back_does_not_clear_the_lock_while_the_kiosk_runs(
    kiosk: Kiosk,
) -> None:
    store = kiosk.store()
    before = kiosk.file.read_bytes()
    for _ in range(TRIES_PER_LOCK):
        store.check("999000")
    kiosk.file.write_bytes(before)  # sealed, genuine, but from before the lock
    assert store.locked_until() is not None
    assert store.check(GOOD).outcome == "locked"


@pytest.mark.parametrize(
    "fields",
    [
        {"failures": "x"},
        {"failures": -1},
        {"failures": True},
        {"locked_until": "soon"},
        {"locked_until": float("nan")},
        {"kdf": {"name": "scrypt", "n": "big"}},
        {"kdf": None},
        {"hash": 42},
        {"pending": []},
        {"pending": {"failures": 1.5}},
        {"mac": "not base64!"},
    ],
)
@pytest.mark.parametrize("provisioned", [True, False])
def test_a_malformed_field_is_a_clear_refusal_never_a_crash(
    tmp_path: Path, clock: FakeClock, fields: dict[str, object], provisioned: bool
) -> None:
    k = Kiosk(tmp_path / "data", clock)
    if not provisioned:
        k.seal_key = None
    k.store().set_first(GOOD)
    if provisioned:
        k.provision()
    k.edit(**fields)  # before: failures "x" raised an uncaught ValueError
    store = k.store()
    for action in (store.is_set, store.locked_until, store.failures, lambda: store.check(GOOD)):
        with pytest.raises(PinError) as raised:
            action()
        assert raised.value.code == ("reset_needed" if provisioned else "damaged")


@pytest.mark.parametrize("until", [1e300, 2**62])
def test_a_lock_far_in_the_future_lasts_at_most_the_longest_lock(
    tmp_path: Path, clock: FakeClock, until: float
) -> None:
    store = PinStore.in_folder(tmp_path, clock=clock, scrypt_n=MIN_SCRYPT_N)  # demo: unsealed
    store.set_first(GOOD)
    doc = json.loads(store.path.read_text())
    doc["locked_until"] = until
    store.path.write_text(json.dumps(doc))  # before: locked for ever
    locked = store.locked_until()
    assert locked is not None and locked <= clock() + MAX_LOCK_S
    assert store.check(GOOD).outcome == "locked"
    clock.advance(MAX_LOCK_S + 1)
    assert store.locked_until() is None and store.check(GOOD).ok


def test_a_huge_count_is_capped(tmp_path: Path, clock: FakeClock) -> None:
    store = PinStore.in_folder(tmp_path, clock=clock, scrypt_n=MIN_SCRYPT_N)
    store.set_first(GOOD)
    doc = json.loads(store.path.read_text())
    doc["failures"] = 2**53
    store.path.write_text(json.dumps(doc))
    assert store.failures() == pin_module.MAX_FAILURES
    assert store.check("999000").outcome == "locked"  # and no overflow in the lock's length


# --- demo mode and a kiosk without a queue keep the first-start behaviour ---------------------


def test_without_a_queue_deleting_the_file_means_first_start(tmp_path: Path) -> None:
    store = PinStore.in_folder(tmp_path, scrypt_n=MIN_SCRYPT_N)
    store.set_first(GOOD)
    store.path.unlink()
    assert not store.is_set()
    store.set_first(MINE)
    assert store.check(MINE).ok


# --- the queue's key not at hand (a passphrase queue not unlocked yet) ------------------------


def test_tries_before_the_queue_is_unlocked_count_and_are_sealed_after(kiosk: Kiosk) -> None:
    kiosk.key_at_hand = False
    store = kiosk.store()
    for _ in range(TRIES_PER_LOCK - 1):
        assert store.check("999000").outcome == "wrong"
    # Counted in the unsealed pending state; deleting it is possible without the key, but
    # editing the sealed part still shows.
    assert json.loads(kiosk.file.read_text())["pending"]["failures"] == TRIES_PER_LOCK - 1
    with pytest.raises(PinError, match="unlock"):
        store.change(GOOD, MINE)  # a new PIN cannot be sealed without the key
    kiosk.key_at_hand = True
    store.seal()
    doc = json.loads(kiosk.file.read_text())
    assert doc["pending"] is None and doc["failures"] == TRIES_PER_LOCK - 1
    assert kiosk.store().check("999000").outcome == "locked"


def test_pending_can_only_make_the_lock_out_stricter(kiosk: Kiosk) -> None:
    store = kiosk.store()
    for _ in range(3):
        store.check("999000")
    kiosk.edit(pending={"failures": 0, "locked_until": None})
    assert kiosk.store().failures() == 3


def test_a_pin_chosen_before_the_queue_existed_is_sealed_once_it_does(
    tmp_path: Path, clock: FakeClock
) -> None:
    k = Kiosk(tmp_path / "data", clock)
    k.key_at_hand = False
    store = k.store()
    store.set_first(GOOD)  # first start of a passphrase kiosk: the PIN before the queue
    assert json.loads(k.file.read_text())["mac"] is None
    k.provision()
    k.key_at_hand = True
    assert store.check(GOOD).ok  # this process wrote it: it vouches for it, and seals it
    assert json.loads(k.file.read_text())["mac"] is not None
    assert k.store().check(GOOD).ok  # after a restart too


def test_an_unsealed_record_this_run_did_not_write_is_refused(
    tmp_path: Path, clock: FakeClock
) -> None:
    k = Kiosk(tmp_path / "data", clock)
    k.key_at_hand = False
    k.store().set_first(GOOD)
    k.provision()
    k.key_at_hand = True
    _refuses(k.store(), GOOD, "reset_needed")  # planted while the kiosk was off
