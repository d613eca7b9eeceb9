"""A stand that never gets a network: ``kiosk-queue export`` -> ``import`` into the real FHIR
server (which writes the acknowledgement) -> ``acknowledge`` at the stand. The acknowledged
records are delivered and their sealed payloads are gone from the database file and its WAL;
a forged, altered, foreign, replayed or over-reaching acknowledgement changes nothing.

Each attack test first shows, on a copy of the stand's data folder, that the acknowledgement
WOULD change the queue if the check that stops it were not there; then the real command
refuses it and the queue is exactly as before.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.fhir import build_bundle
from kiosk.fhir.signature import sign_bundle
from kiosk.network.identity import KioskIdentity, load_or_create_identity
from kiosk.outbox import ack as ack_module
from kiosk.outbox import cli
from kiosk.outbox.ack import Acknowledgement, apply_acknowledgement, sign_acknowledgement
from kiosk.outbox.export import import_export
from kiosk.outbox.keys import MIN_SCRYPT_N, load_key, load_or_create_key
from kiosk.outbox.records import AcknowledgementError
from kiosk.outbox.store import Outbox
from tests.unit.test_enrolment import make_enrolment
from tests.unit.test_outbox_store import files_containing, raw_payload

PASSPHRASE = "stand passphrase"


class _NoKeyring:
    """Looks like keyring's ``fail`` backend: forces the passphrase path."""


_NoKeyring.__module__ = "keyring.backends.fail"


@pytest.fixture(scope="module")
def network_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Stand:
    """A stand's data folder and the network office's files, with the commands between them."""

    tmp: Path
    data_dir: Path
    network_key: rsa.RSAPrivateKey
    identity: KioskIdentity
    base_url: str

    @property
    def db(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def public_pem(self) -> Path:
        return self.tmp / "network.pub.pem"

    def open(self, data_dir: Path | None = None) -> Outbox:
        folder = data_dir or self.data_dir
        key = load_key(folder, passphrase=PASSPHRASE, keyring_backend=_NoKeyring())
        return Outbox.open(folder / "outbox.sqlite3", key)

    def enqueue(self, sid: str, *, demo: bool = False) -> None:
        bundle = sign_bundle(build_bundle(make_enrolment()), self.identity)
        with self.open() as box:
            box.enqueue(sid, bundle, demo=demo)

    def export(self, name: str = "stick.kqx") -> Path:
        target = self.tmp / name
        args = ["export", str(target), "--network-key", str(self.public_pem), "--db", str(self.db)]
        assert cli.main(args) == cli.EXIT_OK
        return target

    def import_(self, export: Path) -> int:
        return cli.main(
            [
                "import",
                str(export),
                "--key",
                str(self.tmp / "network.key.pem"),
                "--kiosk-keys",
                str(self.tmp / "kiosk-keys.json"),
                "--endpoint",
                self.base_url,
            ]
        )

    def acknowledge(self, ack: Path) -> int:
        args = [
            "acknowledge",
            str(ack),
            "--network-key",
            str(self.public_pem),
            "--db",
            str(self.db),
        ]
        return cli.main(args)

    def states(self, data_dir: Path | None = None) -> dict[str, str]:
        with self.open(data_dir) as box:
            return {r.submission_id: r.state.value for r in box.records()}

    def snapshot(self) -> tuple[object, ...]:
        """Everything about the queue an acknowledgement could change: each row's summary and
        the payloads still waiting."""
        with self.open() as box:
            return (tuple(box.records()), tuple(box.undelivered_payloads()))

    def copy(self) -> Path:
        """A copy of the stand's data folder, to show what an attack would do unchecked."""
        target = self.tmp / f"copy-{uuid.uuid4().hex[:8]}"
        shutil.copytree(self.data_dir, target)
        return target

    def sign(self, ack: Acknowledgement, key: rsa.RSAPrivateKey | None = None) -> Path:
        path = self.tmp / f"{uuid.uuid4()}.ack"
        path.write_bytes(sign_acknowledgement(ack, key or self.network_key))
        return path


@pytest.fixture
def stand(
    tmp_path: Path,
    network_key: rsa.RSAPrivateKey,
    fhir_base_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Stand:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    data_dir = tmp_path / "data"
    key = load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_NoKeyring(), scrypt_n=MIN_SCRYPT_N
    )
    identity = load_or_create_identity(data_dir, key)
    (tmp_path / "kiosk-keys.json").write_text(json.dumps(identity.jwks()))
    (tmp_path / "network.pub.pem").write_bytes(
        network_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    (tmp_path / "network.key.pem").write_bytes(
        network_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Stand(tmp_path, data_dir, network_key, identity, fhir_base_url)


def _ids(n: int) -> list[str]:
    return [str(uuid.uuid4()) for _ in range(n)]


@pytest.fixture
def acknowledged_export(stand: Stand) -> Iterator[tuple[Path, list[str], str]]:
    """Two submissions exported and imported (the acknowledgement names them) and one demo
    submission that went on the same file but was not delivered (so not acknowledged)."""
    delivered = _ids(2)
    demo = str(uuid.uuid4())
    for sid in delivered:
        stand.enqueue(sid)
    stand.enqueue(demo, demo=True)
    export = stand.export()
    assert stand.import_(export) == cli.EXIT_OK
    ack = export.with_name(export.name + ".ack")
    assert ack.is_file()
    yield ack, delivered, demo


def test_export_import_acknowledge_delivers_and_wipes_the_payloads(
    stand: Stand, capsys: pytest.CaptureFixture[str]
) -> None:
    delivered, demo, late = _ids(3), str(uuid.uuid4()), str(uuid.uuid4())
    for sid in delivered:
        stand.enqueue(sid)
    stand.enqueue(demo, demo=True)
    sealed = {sid: raw_payload(stand.db, sid) for sid in [*delivered, demo]}
    export = stand.export()
    stand.enqueue(late)  # after the export: not on the stick

    assert stand.import_(export) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert (
        "4 in file: 3 delivered, 0 rejected, 0 refused (not signed by a registered kiosk, "
        "altered, or card evidence that does not hold), 1 demo skipped." in out
    )
    ack = export.with_name(export.name + ".ack")
    assert f"Acknowledgement for the stand: {ack} (3 submission(s))" in out
    # Nothing personal on the stick: only ids, key thumbprints, a digest and a time.
    payload = json.loads(base64.urlsafe_b64decode(ack.read_text().split(".")[1] + "=="))
    assert set(payload) == {
        "v",
        "kiosk_kid",
        "kiosk_id",
        "export_sha256",
        "created_at",
        "delivered",
    }
    assert sorted(payload["delivered"]) == sorted(delivered)
    assert payload["export_sha256"] == hashlib.sha256(export.read_bytes()).hexdigest()
    assert payload["kiosk_kid"] == stand.identity.kid and payload["kiosk_id"] == "kiosk-07"
    # Sanity: before the acknowledgement the stand still holds the sealed payloads.
    assert stand.states()[delivered[0]] == "pending"
    pieces = {sid: [blob[20:84], blob[-64:]] for sid, blob in sealed.items() if blob}
    assert files_containing(stand.data_dir, pieces[delivered[0]])

    assert stand.acknowledge(ack) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "3 submission(s) now delivered and erased from this kiosk, 0 already delivered" in out

    states = stand.states()
    assert [states[sid] for sid in delivered] == ["delivered"] * 3
    assert states[demo] == "pending" and states[late] == "pending"
    with stand.open() as box:
        assert box.status().counts["delivered"] == 3
        assert box.status().exported_count == 1  # the demo one: on a file, not yet delivered
    # The database file and its WAL, read raw: no trace of the delivered ciphertext, while the
    # payload still waiting is there.
    wal = stand.db.with_name(stand.db.name + "-wal")
    raw = stand.db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for sid in delivered:
        assert all(piece not in raw for piece in pieces[sid]), sid
        assert raw_payload(stand.db, sid) is None
    assert all(piece in raw for piece in pieces[demo])
    assert files_containing(stand.data_dir, [p for sid in delivered for p in pieces[sid]]) == []

    # Not acknowledged: exported again, with the one queued since.
    again = stand.export("again.kqx")
    pem = (stand.tmp / "network.key.pem").read_bytes()
    from kiosk.fhir.signature import RegisteredKeys

    opened = import_export(again, pem, RegisteredKeys.from_jwks(stand.identity.jwks()))
    assert sorted(sid for sid, _, _ in opened.records) == sorted([demo, late])


def test_the_acknowledgement_key_defaults_to_the_export_public_key_setting(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ack, delivered, _ = acknowledged_export
    settings = stand.tmp / "kiosk.toml"
    settings.write_text(f'export_public_key = "{stand.public_pem}"\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(settings))

    assert cli.main(["acknowledge", str(ack), "--db", str(stand.db)]) == cli.EXIT_OK
    assert {stand.states()[sid] for sid in delivered} == {"delivered"}


# -- attacks --------------------------------------------------------------------------------------


def _refused(
    stand: Stand,
    ack: Path,
    code: str,
    capsys: pytest.CaptureFixture[str],
    exit_code: int = cli.EXIT_FILE,
) -> None:
    """The real command refuses ``ack`` with ``code`` and the queue is exactly as before."""
    before = stand.snapshot()
    capsys.readouterr()
    assert stand.acknowledge(ack) == exit_code
    assert f"[{code}]" in capsys.readouterr().err
    assert stand.snapshot() == before


def _unchecked_would_deliver(
    stand: Stand, ack: Path, kid: str, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """What reading ``ack`` WITHOUT its signature check does to a copy of the stand's queue."""
    from joserfc import jws

    with monkeypatch.context() as patched:
        patched.setattr(
            ack_module,
            "_verified",
            lambda data, key: ack_module._parse_payload(jws.extract_compact(data.strip()).payload),
        )
        read = ack_module.read_acknowledgement(ack, stand.public_pem.read_bytes(), kid)
    copy = stand.copy()
    with stand.open(copy) as box:
        apply_acknowledgement(box, read)
    return stand.states(copy)


def test_a_forged_acknowledgement_is_refused(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The attack: anyone with the stick writes an acknowledgement of their own, so the stand
    drops consents the network never got (the demo one here, never delivered)."""
    genuine, delivered, demo = acknowledged_export
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    claim = Acknowledgement(stand.identity.kid, "kiosk-07", "00" * 32, 0.0, (*delivered, demo))
    forged = stand.sign(claim, forger)
    # The forger also names the network's key, so only the signature can tell.
    header, payload, _ = forged.read_text().strip().split(".")
    right_kid = json.loads(base64.urlsafe_b64decode(genuine.read_text().split(".")[0] + "=="))
    forged_header = base64.urlsafe_b64encode(
        json.dumps(right_kid, separators=(",", ":")).encode()
    ).rstrip(b"=")
    named_right = stand.tmp / "forged-named-right.ack"
    sig = forged.read_text().strip().split(".")[2]
    named_right.write_text(f"{forged_header.decode()}.{payload}.{sig}\n")

    unchecked = _unchecked_would_deliver(stand, named_right, stand.identity.kid, monkeypatch)
    assert unchecked[demo] == "delivered"  # the harm the check prevents

    _refused(stand, forged, "ack_wrong_key", capsys)
    _refused(stand, named_right, "ack_not_genuine", capsys)
    assert stand.states()[demo] == "pending"


def test_an_acknowledgement_with_one_byte_altered_is_refused(
    stand: Stand,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The attack: two ids one byte apart; the network acknowledged the first, one byte of the
    signed content changed makes it name the second, which the network never got."""
    base = str(uuid.uuid4())[:-1]
    got, not_got = base + "a", base + "b"
    stand.enqueue(got)
    stand.enqueue(not_got, demo=True)  # on the file, skipped by the import
    export = stand.export()
    assert stand.import_(export) == cli.EXIT_OK
    ack = export.with_name(export.name + ".ack")
    header, payload, signature = ack.read_text().strip().split(".")
    plain = base64.urlsafe_b64decode(payload + "==")
    altered_plain = plain.replace(got.encode(), not_got.encode())
    assert sum(a != b for a, b in zip(plain, altered_plain, strict=True)) == 1
    altered_payload = base64.urlsafe_b64encode(altered_plain).rstrip(b"=").decode()
    altered = stand.tmp / "altered.ack"
    altered.write_text(f"{header}.{altered_payload}.{signature}\n")
    # And one byte of the signature itself.
    flipped = stand.tmp / "flipped.ack"
    sig = bytearray(base64.urlsafe_b64decode(signature + "=="))
    sig[len(sig) // 2] ^= 0x01
    flipped.write_text(
        f"{header}.{payload}.{base64.urlsafe_b64encode(bytes(sig)).rstrip(b'=').decode()}\n"
    )

    unchecked = _unchecked_would_deliver(stand, altered, stand.identity.kid, monkeypatch)
    assert unchecked[not_got] == "delivered" and unchecked[got] == "pending"
    unchecked = _unchecked_would_deliver(stand, flipped, stand.identity.kid, monkeypatch)
    assert unchecked[got] == "delivered"

    _refused(stand, altered, "ack_not_genuine", capsys)
    _refused(stand, flipped, "ack_not_genuine", capsys)
    assert stand.states() == {got: "pending", not_got: "pending"}
    assert stand.acknowledge(ack) == cli.EXIT_OK  # the genuine one still works
    assert stand.states() == {got: "delivered", not_got: "pending"}


def test_another_kiosks_acknowledgement_is_refused(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The attack (or mix-up): the network acknowledges another kiosk's export; had it named
    ids this queue exported, applying it would drop them here."""
    _, delivered, demo = acknowledged_export
    other = KioskIdentity.generate()
    foreign = Acknowledgement(other.kid, "kiosk-99", "00" * 32, 0.0, (demo,))
    path = stand.sign(foreign)

    copy = stand.copy()
    with stand.open(copy) as box:
        apply_acknowledgement(box, foreign)  # without the addressee check
    assert stand.states(copy)[demo] == "delivered"

    _refused(stand, path, "ack_other_kiosk", capsys)
    assert stand.states()[demo] == "pending"


def test_a_replayed_acknowledgement_is_a_harmless_no_op(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    ack, delivered, _ = acknowledged_export
    assert stand.acknowledge(ack) == cli.EXIT_OK
    _refused(stand, ack, "ack_already_applied", capsys, cli.EXIT_ALREADY_APPLIED)
    assert {stand.states()[sid] for sid in delivered} == {"delivered"}


def test_an_acknowledgement_naming_a_submission_never_exported_changes_nothing(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A genuine network signature over an id this stand queued but never exported (a mix-up
    at the office, or an id guessed): the network cannot have it, so the whole file is refused,
    including the ids it rightly names."""
    _, delivered, _ = acknowledged_export
    late = str(uuid.uuid4())
    stand.enqueue(late)
    claim = Acknowledgement(stand.identity.kid, "kiosk-07", "00" * 32, 0.0, (*delivered, late))
    path = stand.sign(claim)

    copy = stand.copy()
    with stand.open(copy) as box:  # without the check: as if it had been exported
        box.mark_exported([late])
        apply_acknowledgement(box, claim)
    assert stand.states(copy)[late] == "delivered"

    _refused(stand, path, "ack_not_exported", capsys)
    assert stand.states()[late] == "pending"
    assert {stand.states()[sid] for sid in delivered} == {"pending"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not an acknowledgement",
        lambda data: data[:-10],
        lambda data: b"\xff" + data,
    ],
    ids=["garbage", "truncated", "not text"],
)
def test_a_damaged_file_changes_nothing(
    stand: Stand,
    acknowledged_export: tuple[Path, list[str], str],
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[bytes], bytes],
) -> None:
    ack, _, _ = acknowledged_export
    ack.write_bytes(damage(ack.read_bytes()))
    before = stand.snapshot()
    assert stand.acknowledge(ack) == cli.EXIT_FILE
    err = capsys.readouterr().err
    assert "[not_an_ack]" in err or "[ack_not_genuine]" in err
    assert stand.snapshot() == before


def test_reading_an_acknowledgement_raises_a_kiosk_error_with_a_code(
    stand: Stand, acknowledged_export: tuple[Path, list[str], str]
) -> None:
    ack, _, _ = acknowledged_export
    with pytest.raises(AcknowledgementError) as caught:
        ack_module.read_acknowledgement(ack, stand.public_pem.read_bytes(), "another-kid")
    assert caught.value.code == "ack_other_kiosk"
