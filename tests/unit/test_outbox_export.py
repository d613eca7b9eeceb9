"""Sealed USB export files: round trip, nothing readable without the network's private key,
tampering detected, and the queue left as it was (records stay until delivered)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from kiosk.fhir.signature import RegisteredKeys
from kiosk.network.identity import KioskIdentity
from kiosk.outbox.export import MAGIC, export_pending, import_export
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import ExportError, OutboxEnvironmentError, State
from kiosk.outbox.store import Outbox
from tests.unit.test_outbox_store import files_containing, make_bundle, personal_needles

KIOSK = KioskIdentity.generate()
KIOSK_KEYS = RegisteredKeys.from_jwks(KIOSK.jwks())


def _pem_pair(bits: int = 2048) -> tuple[bytes, bytes]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return public_pem, private_pem


@pytest.fixture(scope="module")
def network_keys() -> tuple[bytes, bytes]:
    return _pem_pair()


@pytest.fixture
def outbox(tmp_path: Path):
    box = Outbox.open(tmp_path / "data" / "outbox.sqlite3", DataKey.generate())
    yield box
    box.close()


def test_round_trip_exports_undelivered_and_changes_nothing_else(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    bundles = {}
    for sid, demo in (("a", False), ("b", True), ("c", False), ("d", False)):
        bundles[sid] = make_bundle()
        outbox.enqueue(sid, bundles[sid], demo=demo)
    outbox.claim_next()
    outbox.mark_delivered("a", server_ids=[])  # delivered: not exported
    outbox.claim_next()  # b sending: exported (the post may have been lost)
    before = {r.submission_id: r for r in outbox.records()}

    target = tmp_path / "stick" / "export.kqx"
    target.parent.mkdir()
    public_pem, private_pem = network_keys
    assert export_pending(outbox, target, public_pem, KIOSK) == 3

    records = import_export(target, private_pem, KIOSK_KEYS).records
    assert records == [
        ("b", bundles["b"], True),
        ("c", bundles["c"], False),
        ("d", bundles["d"], False),
    ]
    after = {r.submission_id: r for r in outbox.records()}
    for sid in "bcd":
        assert after[sid].exported_at is not None
        assert (after[sid].state, after[sid].attempts) == (before[sid].state, before[sid].attempts)
    assert after["a"].exported_at is None
    assert outbox.status().exported_count == 3
    # Still queued, still readable by the kiosk until the network acknowledges them.
    claimed = outbox.claim_next()
    assert claimed is not None and claimed.bundle == bundles["c"]
    assert [p.name for p in target.parent.iterdir()] == ["export.kqx"]  # no temp file left


def test_export_reveals_nothing_without_the_private_key(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    outbox.enqueue("3f0c1a52-9d8e-4b7a-a0c1-5d9e2f6b8c01", make_bundle())
    target = tmp_path / "stick" / "export.kqx"
    target.parent.mkdir()
    export_pending(outbox, target, network_keys[0], KIOSK)
    data = target.read_bytes()
    assert data.startswith(MAGIC)
    assert files_containing(target.parent, personal_needles()) == []
    assert b"3f0c1a52" not in data and b"Patient" not in data and b"Bundle" not in data


def test_nothing_to_export_writes_no_file(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    target = tmp_path / "export.kqx"
    assert export_pending(outbox, target, network_keys[0], KIOSK) == 0
    assert not target.exists()


def test_existing_file_is_not_overwritten_unless_asked(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    outbox.enqueue("a", make_bundle())
    target = tmp_path / "export.kqx"
    target.write_bytes(b"an earlier export")
    with pytest.raises(ExportError) as info:
        export_pending(outbox, target, network_keys[0], KIOSK)
    assert info.value.code == "export_exists" and target.read_bytes() == b"an earlier export"
    assert outbox.records()[0].exported_at is None
    assert export_pending(outbox, target, network_keys[0], KIOSK, overwrite=True) == 1
    assert import_export(target, network_keys[1], KIOSK_KEYS).records[0][0] == "a"


def test_unwritable_target_is_an_environment_error(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    outbox.enqueue("a", make_bundle())
    with pytest.raises(OutboxEnvironmentError) as info:
        export_pending(outbox, tmp_path / "no-such-stick" / "export.kqx", network_keys[0], KIOSK)
    assert info.value.environment and "kept" in str(info.value)
    assert outbox.records()[0].exported_at is None


def test_weak_or_wrong_type_network_keys_are_refused(tmp_path: Path, outbox: Outbox) -> None:
    outbox.enqueue("a", make_bundle())
    weak_public, _ = _pem_pair(1024)
    ec_public = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    for pem in (weak_public, ec_public, b"not a key"):
        with pytest.raises(ExportError) as info:
            export_pending(outbox, tmp_path / "x.kqx", pem, KIOSK)
        assert info.value.code == "bad_network_key"
    assert not (tmp_path / "x.kqx").exists()


@pytest.fixture
def sealed(tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]) -> bytes:
    outbox.enqueue("a", make_bundle())
    outbox.enqueue("b", make_bundle())
    target = tmp_path / "export.kqx"
    export_pending(outbox, target, network_keys[0], KIOSK)
    return target.read_bytes()


@pytest.mark.parametrize(
    ("where", "code"),
    [
        (lambda n: 3, "not_an_export"),  # magic
        (lambda n: 12, "export_wrong_key"),  # recipient fingerprint
        (lambda n: 60, "export_damaged"),  # wrapped file key
        (lambda n: n // 2, "export_damaged"),  # ciphertext
        (lambda n: n - 1, "export_damaged"),  # GCM tag
    ],
    ids=["magic", "fingerprint", "wrapped-key", "ciphertext", "tag"],
)
def test_tampering_is_detected(
    tmp_path: Path, sealed: bytes, network_keys: tuple[bytes, bytes], where, code: str
) -> None:
    data = bytearray(sealed)
    data[where(len(data))] ^= 0x01
    target = tmp_path / "tampered.kqx"
    target.write_bytes(bytes(data))
    with pytest.raises(ExportError) as info:
        import_export(target, network_keys[1], KIOSK_KEYS)
    assert info.value.code == code


@pytest.mark.parametrize("change", ["truncate", "append"])
def test_truncated_or_extended_file_is_damaged(
    tmp_path: Path, sealed: bytes, network_keys: tuple[bytes, bytes], change: str
) -> None:
    target = tmp_path / "changed.kqx"
    target.write_bytes(sealed[:-10] if change == "truncate" else sealed + b"\x00")
    with pytest.raises(ExportError) as info:
        import_export(target, network_keys[1], KIOSK_KEYS)
    assert info.value.code == "export_damaged"


def test_other_private_key_is_refused(tmp_path: Path, sealed: bytes) -> None:
    target = tmp_path / "export.kqx"
    target.write_bytes(sealed)
    with pytest.raises(ExportError) as info:
        import_export(target, _pem_pair()[1], KIOSK_KEYS)
    assert info.value.code == "export_wrong_key"


def test_records_sealed_twice_import_the_same(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    bundle = make_bundle()
    outbox.enqueue("a", bundle)
    first, second = tmp_path / "1.kqx", tmp_path / "2.kqx"
    export_pending(outbox, first, network_keys[0], KIOSK)
    export_pending(outbox, second, network_keys[0], KIOSK)
    assert first.read_bytes() != second.read_bytes()  # fresh file key and nonce each time
    assert (
        import_export(first, network_keys[1], KIOSK_KEYS).records
        == import_export(second, network_keys[1], KIOSK_KEYS).records
        == [("a", bundle, False)]
    )
    assert outbox.records()[0].state is State.PENDING


def test_a_damaged_record_is_left_out_not_blocking(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    import sqlite3

    outbox.enqueue("bad", make_bundle())
    outbox.enqueue("good", make_bundle())
    with sqlite3.connect(outbox.path) as conn:
        conn.execute(
            "UPDATE submissions SET payload=substr(payload, 1, 40) WHERE submission_id='bad'"
        )
    conn.close()
    target = tmp_path / "export.kqx"
    assert export_pending(outbox, target, network_keys[0], KIOSK) == 1
    assert [sid for sid, _, _ in import_export(target, network_keys[1], KIOSK_KEYS).records] == [
        "good"
    ]
    assert {r.submission_id: r.exported_at is not None for r in outbox.records()} == {
        "bad": False,
        "good": True,
    }


# -- format 2: the kiosk signs the file ---------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "code", "words"),
    [
        (0, "not_an_export", "not one this tool knows"),
        (1, "export_unsigned", "not signed by a kiosk"),
        (3, "export_too_new", "newer than this tool"),
    ],
)
def test_other_format_versions_are_refused_with_what_they_are(
    tmp_path: Path,
    sealed: bytes,
    network_keys: tuple[bytes, bytes],
    version: int,
    code: str,
    words: str,
) -> None:
    data = bytearray(sealed)
    data[len(MAGIC)] = version
    target = tmp_path / "other.kqx"
    target.write_bytes(bytes(data))
    with pytest.raises(ExportError) as info:
        import_export(target, network_keys[1], KIOSK_KEYS)
    assert info.value.code == code and words in info.value.message
    if version < 2:
        assert "newer" not in info.value.message


def test_a_file_of_an_unregistered_kiosk_is_refused(
    tmp_path: Path, sealed: bytes, network_keys: tuple[bytes, bytes]
) -> None:
    target = tmp_path / "export.kqx"
    target.write_bytes(sealed)
    others = RegisteredKeys.from_jwks(KioskIdentity.generate().jwks())
    with pytest.raises(ExportError) as info:
        import_export(target, network_keys[1], others)
    assert info.value.code == "export_unknown_kiosk" and KIOSK.kid in info.value.message
    opened = import_export(target, network_keys[1], KIOSK_KEYS)
    assert opened.kid == KIOSK.kid and [sid for sid, _, _ in opened.records] == ["a", "b"]


def test_a_bundle_queued_before_signing_is_signed_at_export(
    tmp_path: Path, outbox: Outbox, network_keys: tuple[bytes, bytes]
) -> None:
    from kiosk.fhir import build_bundle
    from kiosk.fhir.signature import is_signed, sign_bundle, signing_payload, verify_bundle
    from tests.unit.test_enrolment import make_enrolment

    legacy = build_bundle(make_enrolment())
    signed = sign_bundle(build_bundle(make_enrolment()), KIOSK)
    outbox.enqueue("legacy", legacy)
    outbox.enqueue("signed", signed)
    target = tmp_path / "export.kqx"
    export_pending(outbox, target, network_keys[0], KIOSK)
    records = dict(
        (sid, bundle)
        for sid, bundle, _ in import_export(target, network_keys[1], KIOSK_KEYS).records
    )
    assert records["signed"] == signed  # as queued: never re-signed
    assert is_signed(records["legacy"]) and signing_payload(records["legacy"]) == legacy
    assert verify_bundle(records["legacy"], KIOSK_KEYS) == KIOSK.kid
    claimed = outbox.claim_next()
    assert claimed is not None and claimed.bundle == legacy  # the queue is left as it was
