"""The queue's data key: keyring allow-list, passphrase wrap, and that a lost or wrong key is a
clear error that never costs a queued submission."""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from pathlib import Path

import keyring
import keyring.backend
import pytest

from kiosk.outbox import keys
from kiosk.outbox.keys import (
    DataKey,
    key_protection,
    load_key,
    load_or_create_key,
    secure_keyring_available,
)
from kiosk.outbox.records import OutboxKeyError, PassphraseRequired
from kiosk.outbox.store import Outbox
from tests.helpers.keyrings import MEMORY, MemoryKeyring
from tests.unit.test_outbox_store import make_bundle

FAST_N = keys.MIN_SCRYPT_N  # keeps the suite quick; the default strength has its own test
PASSPHRASE = "Brussel-Bruxelles 2024"


def _fake_backend(module: str, name: str, **attrs: object) -> object:
    """An object whose class looks like a given keyring backend (module + class name)."""
    cls = type(name, (), {"__module__": module, **attrs})
    return cls()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- keyring allow-list -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyrings.alt.file", "PlaintextKeyring"),
        ("keyrings.alt.file", "EncryptedKeyring"),
        ("keyring.backends.fail", "Keyring"),
        ("keyring.backends.null", "Keyring"),
    ],
)
def test_insecure_backends_are_refused(module: str, name: str) -> None:
    assert not secure_keyring_available(_fake_backend(module, name))


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyring.backends.Windows", "WinVaultKeyring"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
    ],
)
def test_os_secret_stores_are_accepted(module: str, name: str) -> None:
    assert secure_keyring_available(_fake_backend(module, name))


def test_chainer_is_judged_by_its_members() -> None:
    plaintext = _fake_backend("keyrings.alt.file", "PlaintextKeyring")
    vault = _fake_backend("keyring.backends.Windows", "WinVaultKeyring")
    only_insecure = _fake_backend(
        "keyring.backends.chainer", "ChainerBackend", backends=[plaintext]
    )
    mixed = _fake_backend("keyring.backends.chainer", "ChainerBackend", backends=[plaintext, vault])
    assert not secure_keyring_available(only_insecure)
    assert secure_keyring_available(mixed)
    # The write goes to the secure member, never to the higher-ranked plaintext file.
    assert keys._resolve_secure_backend(mixed, keys.SECURE_KEYRING_BACKENDS) is vault


def test_this_headless_machine_has_no_secure_keyring_and_asks_for_a_passphrase(
    tmp_path: Path,
) -> None:
    if secure_keyring_available():
        pytest.skip("this machine has a secure keyring")
    with pytest.raises(PassphraseRequired) as info:
        load_or_create_key(tmp_path / "data")
    assert info.value.code == "passphrase_required"
    assert not (tmp_path / "data" / "outbox-key.json").exists()


def test_test_backend_is_not_on_the_production_allow_list(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(PassphraseRequired):
        load_or_create_key(tmp_path / "data")
    assert memory_keyring.secrets == {}


# -- keyring-held key ---------------------------------------------------------------------------


def test_key_in_allowed_keyring_round_trips(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "data"
    created = load_or_create_key(data_dir, allowed_backends=MEMORY)
    assert created.source == "keyring" and key_protection(data_dir) == "keyring"
    loaded = load_or_create_key(data_dir, allowed_backends=MEMORY)
    assert loaded.material == created.material and loaded.key_id == created.key_id
    key_file = (data_dir / "outbox-key.json").read_bytes()
    assert created.material not in key_file
    assert base64.b64encode(created.material) not in key_file
    assert created.material.hex().encode() not in key_file
    [stored] = memory_keyring.secrets.values()
    assert base64.b64decode(stored) == created.material


def test_keyring_gone_or_emptied_is_a_clear_error(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data_dir = tmp_path / "data"
    load_or_create_key(data_dir, allowed_backends=MEMORY)
    with pytest.raises(OutboxKeyError) as info:
        load_key(
            data_dir,
            keyring_backend=_fake_backend("keyring.backends.fail", "Keyring"),
            allowed_backends=MEMORY,
        )
    assert info.value.code == "keyring_unavailable" and "kept" in str(info.value)
    memory_keyring.secrets.clear()
    with pytest.raises(OutboxKeyError) as info:
        load_key(data_dir, allowed_backends=MEMORY)
    assert info.value.code == "keyring_entry_missing"
    with pytest.raises(OutboxKeyError):  # and no new key is made in its place
        load_or_create_key(data_dir, allowed_backends=MEMORY)
    assert memory_keyring.secrets == {}


def test_keyring_that_refuses_to_store_is_reported(tmp_path: Path) -> None:
    class Locked(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

    allowed = frozenset({f"{Locked.__module__}.{Locked.__qualname__}"})
    with pytest.raises(OutboxKeyError) as info:
        load_or_create_key(tmp_path / "data", keyring_backend=Locked(), allowed_backends=allowed)
    assert info.value.code == "keyring_unavailable"
    assert not (tmp_path / "data" / "outbox-key.json").exists()


# -- passphrase-wrapped key ---------------------------------------------------------------------


def test_passphrase_key_round_trips_and_file_holds_no_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    created = load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring(), scrypt_n=FAST_N
    )
    assert created.source == "passphrase" and key_protection(data_dir) == "passphrase"
    loaded = load_key(data_dir, passphrase=PASSPHRASE)
    assert loaded.material == created.material
    key_file = (data_dir / "outbox-key.json").read_bytes()
    assert created.material not in key_file and base64.b64encode(created.material) not in key_file
    assert PASSPHRASE.encode() not in key_file
    doc = json.loads(key_file)
    assert doc["kdf"]["name"] == "scrypt" and doc["kdf"]["n"] == FAST_N and doc["kdf"]["r"] == 8
    if os.name == "posix":
        assert (data_dir / "outbox-key.json").stat().st_mode & 0o777 == 0o600


def test_default_scrypt_strength(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    load_or_create_key(data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring())
    assert json.loads((data_dir / "outbox-key.json").read_bytes())["kdf"]["n"] >= 2**15


def test_wrong_or_missing_passphrase_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring(), scrypt_n=FAST_N
    )
    before = (data_dir / "outbox-key.json").read_bytes()
    with pytest.raises(OutboxKeyError) as info:
        load_or_create_key(data_dir, passphrase="not the passphrase")
    assert info.value.code == "wrong_passphrase"
    assert "passphrase chosen when this kiosk was set up" in str(info.value) and "kept" in str(
        info.value
    )
    with pytest.raises(PassphraseRequired):
        load_key(data_dir)
    assert (data_dir / "outbox-key.json").read_bytes() == before


def test_passphrase_typed_decomposed_still_opens(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    composed = "Crème brûlée à Ixelles"
    load_or_create_key(
        data_dir, passphrase=composed, keyring_backend=_no_keyring(), scrypt_n=FAST_N
    )
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert load_key(data_dir, passphrase=decomposed).key_id == 1


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutboxKeyError) as info:
        load_or_create_key(tmp_path / "data", passphrase="1234", keyring_backend=_no_keyring())
    assert info.value.code == "passphrase_too_short"
    assert not (tmp_path / "data" / "outbox-key.json").exists()


def test_damaged_key_file_is_reported(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring(), scrypt_n=FAST_N
    )
    path = data_dir / "outbox-key.json"
    doc = json.loads(path.read_bytes())
    doc["kdf"]["n"] = 3  # not a power of two
    path.write_text(json.dumps(doc))
    with pytest.raises(OutboxKeyError) as info:
        load_key(data_dir, passphrase=PASSPHRASE)
    assert info.value.code == "key_file_damaged"
    path.write_text("{not json")
    with pytest.raises(OutboxKeyError) as info:
        load_key(data_dir, passphrase=PASSPHRASE)
    assert info.value.code == "key_file_damaged"


def test_repr_never_shows_the_key() -> None:
    key = DataKey.generate()
    assert repr(key) == "DataKey(key_id=1, source='memory')"
    with pytest.raises(ValueError):
        DataKey(1, b"short")


# -- the queue survives key trouble -------------------------------------------------------------


def test_lost_or_wrong_key_never_costs_queued_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / "outbox.sqlite3"
    key = load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring(), scrypt_n=FAST_N
    )
    bundles = {f"sub-{n}": make_bundle() for n in range(3)}
    with Outbox.open(db, key) as box:
        for sid, bundle in bundles.items():
            box.enqueue(sid, bundle)
    db_before = db.read_bytes()

    with pytest.raises(OutboxKeyError) as info:
        load_or_create_key(data_dir, passphrase="a wrong passphrase")
    assert info.value.code == "wrong_passphrase"

    key_file = data_dir / "outbox-key.json"
    backup = tmp_path / "backup-key.json"
    key_file.rename(backup)  # the key file is lost ...
    with pytest.raises(OutboxKeyError) as info:
        load_or_create_key(
            data_dir, passphrase=PASSPHRASE, keyring_backend=_no_keyring(), scrypt_n=FAST_N
        )
    assert info.value.code == "key_file_missing" and "restore" in str(info.value)
    assert not key_file.exists()  # ... and no new key was made over the old queue
    with pytest.raises(OutboxKeyError):
        load_key(data_dir, passphrase=PASSPHRASE)
    assert db.read_bytes() == db_before

    backup.rename(key_file)  # restored from backup: everything reads back
    with Outbox.open(db, load_key(data_dir, passphrase=PASSPHRASE)) as box:
        got = {}
        while (record := box.claim_next()) is not None:
            got[record.submission_id] = record.bundle
    assert got == bundles


def _no_keyring() -> object:
    return _fake_backend("keyring.backends.fail", "Keyring")
