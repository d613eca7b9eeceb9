"""``kiosk-queue import`` delivers only what a registered kiosk signed, to the real FHIR server.

Each test seals its own export file: a genuine one (a registered kiosk signed the file and each
Bundle), or one an attacker could write. The counts at the server show what was delivered.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.fhir import build_bundle
from kiosk.fhir.checks import bundle_identifiers
from kiosk.fhir.signature import sign_bundle
from kiosk.network.identity import KioskIdentity
from kiosk.outbox import cli
from kiosk.outbox.export import _OAEP, MAGIC, PLAIN_MAGIC, seal_records
from tests.fhir_server import count_matching
from tests.unit.test_enrolment import make_enrolment

Record = tuple[str, bytes, bool]


@pytest.fixture(scope="module")
def network_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def kiosk() -> KioskIdentity:
    """The registered kiosk."""
    return KioskIdentity.generate()


@pytest.fixture
def keys(tmp_path: Path, network_key: rsa.RSAPrivateKey, kiosk: KioskIdentity) -> dict[str, Path]:
    """The network office's files: its private key and the registered kiosk keys (JWKS)."""
    private = tmp_path / "network.key.pem"
    private.write_bytes(
        network_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    registered = tmp_path / "kiosk-keys.json"
    another = KioskIdentity.generate()  # the network registers many kiosks
    registered.write_text(json.dumps({"keys": another.jwks()["keys"] + kiosk.jwks()["keys"]}))
    return {"private": private, "kiosk_keys": registered}


def _submission(identity: KioskIdentity) -> Record:
    enrolment = make_enrolment()
    return enrolment.submission_id, sign_bundle(build_bundle(enrolment), identity), False


def _import(file: Path, keys: dict[str, Path], base_url: str) -> int:
    return cli.main(
        [
            "import",
            str(file),
            "--key",
            str(keys["private"]),
            "--kiosk-keys",
            str(keys["kiosk_keys"]),
            "--endpoint",
            base_url,
        ]
    )


def _at_server(base_url: str, bundle: bytes) -> list[int]:
    """How many resources the server holds per entry of ``bundle`` that is the submission's own:
    not the Patient nor the Device (every test submission has the same citizen and kiosk)."""
    return [
        count_matching(base_url, kind, criteria)
        for kind, criteria in bundle_identifiers(bundle)
        if kind not in ("Patient", "Device")
    ]


def _nothing_of(base_url: str, bundle: bytes) -> bool:
    return set(_at_server(base_url, bundle)) == {0}


def _all_of(base_url: str, bundle: bytes) -> bool:
    return set(_at_server(base_url, bundle)) == {1}


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / f"{uuid.uuid4()}.kqx"
    path.write_bytes(data)
    return path


def _unseal(data: bytes, private_key: rsa.RSAPrivateKey) -> bytes:
    """The plain content of an export file (what only the network can read)."""
    wrapped_len = struct.unpack(">H", data[42:44])[0]
    wrapped = data[44 : 44 + wrapped_len]
    header = data[: 44 + wrapped_len + 12]
    file_key = private_key.decrypt(wrapped, _OAEP)
    return AESGCM(file_key).decrypt(header[-12:], data[len(header) + 8 :], header)


def _seal(plain: bytes, public_key: rsa.RSAPublicKey, version: int = 2) -> bytes:
    """Seal ``plain`` as an export file of format ``version``: all it takes is the network's
    public key."""
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    file_key = AESGCM.generate_key(bit_length=256)
    wrapped = public_key.encrypt(file_key, _OAEP)
    header = (
        MAGIC
        + bytes((version, 1))
        + hashlib.sha256(der).digest()
        + struct.pack(">H", len(wrapped))
        + wrapped
        + os.urandom(12)
    )
    sealed = AESGCM(file_key).encrypt(header[-12:], plain, header)
    return header + struct.pack(">Q", len(sealed)) + sealed


def test_a_file_forged_with_the_network_public_key_only_is_refused(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The attack: the network's export key is public (every kiosk has it), so anyone could seal
    consents of their own making into a file that imported as genuine. (Before kiosk signatures
    this file was delivered, exit 0.) The forger signs with a key of their own: not registered."""
    forger = KioskIdentity.generate()
    record = _submission(forger)
    forged = _write(tmp_path, seal_records([record], network_key.public_key(), forger))

    assert _import(forged, keys, fhir_base_url) == cli.EXIT_FILE
    assert "export_unknown_kiosk" in capsys.readouterr().err
    assert _nothing_of(fhir_base_url, record[1])


def test_an_unsigned_version_1_file_is_refused(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sid, bundle, _ = _submission(kiosk)  # even with a genuine Bundle in it
    raw_id = sid.encode()
    plain = (
        PLAIN_MAGIC
        + struct.pack(">dI", 0.0, 1)
        + struct.pack(">H", len(raw_id))
        + raw_id
        + struct.pack(">B32sI", 0, hashlib.sha256(bundle).digest(), len(bundle))
        + bundle
    )
    old = _write(tmp_path, _seal(plain, network_key.public_key(), version=1))

    assert _import(old, keys, fhir_base_url) == cli.EXIT_FILE
    err = capsys.readouterr().err
    assert "export_unsigned" in err and "not signed by a kiosk" in err and "newer" not in err
    assert _nothing_of(fhir_base_url, bundle)


def test_a_genuine_file_is_delivered(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = [_submission(kiosk), _submission(kiosk)]
    genuine = _write(tmp_path, seal_records(records, network_key.public_key(), kiosk))

    assert _import(genuine, keys, fhir_base_url) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert f"file signed by registered kiosk key {kiosk.kid}" in out
    assert "2 in file: 2 delivered, 0 rejected, 0 refused" in out
    assert all(_all_of(fhir_base_url, bundle) for _, bundle, _ in records)


def test_a_file_spliced_from_two_genuine_files_is_refused(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Whoever can read two files (the network's private key) cannot assemble a third from
    their parts: the kiosk's signature covers the manifest and all the bundles of each file."""
    first, second = [_submission(kiosk)], [_submission(kiosk)]
    public = network_key.public_key()
    head, entries, bundles, signature = _parts(
        _unseal(seal_records(first, public, kiosk), network_key)
    )
    _, other_entries, other_bundles, _ = _parts(
        _unseal(seal_records(second, public, kiosk), network_key)
    )
    spliced = b"".join(
        [head, struct.pack(">I", 2), *entries, *other_entries, *bundles, *other_bundles, signature]
    )
    file = _write(tmp_path, _seal(spliced, public))

    assert _import(file, keys, fhir_base_url) == cli.EXIT_FILE
    assert "export_not_genuine" in capsys.readouterr().err
    assert all(_nothing_of(fhir_base_url, bundle) for _, bundle, _ in first + second)


def _parts(plain: bytes) -> tuple[bytes, list[bytes], list[bytes], bytes]:
    """A plain export content cut up: (magic, time and kid), manifest entries, bundles, and the
    signature with its length."""
    pos = len(PLAIN_MAGIC) + 8
    pos += 1 + plain[pos]
    head = plain[:pos]
    (count,) = struct.unpack(">I", plain[pos : pos + 4])
    pos += 4
    entries, lengths = [], []
    for _ in range(count):
        (id_len,) = struct.unpack(">H", plain[pos : pos + 2])
        end = pos + 2 + id_len + 37
        entries.append(plain[pos:end])
        lengths.append(struct.unpack(">I", plain[end - 4 : end])[0])
        pos = end
    bundles = []
    for length in lengths:
        bundles.append(plain[pos : pos + length])
        pos += length
    return head, entries, bundles, plain[pos:]


@pytest.mark.parametrize("attack", ["altered", "unregistered kiosk", "unsigned"])
def test_a_submission_a_registered_kiosk_did_not_sign_is_refused_the_others_go_through(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
    attack: str,
) -> None:
    good_before, bad, good_after = _submission(kiosk), _submission(kiosk), _submission(kiosk)
    sid, bundle, demo = bad
    if attack == "altered":  # a consent refused at the kiosk, turned into a consent given
        bundle = bundle.replace(b'"status":"active"', b'"status":"rejected"', 1)
        expected = "altered"
    elif attack == "unregistered kiosk":
        bundle = sign_bundle(bundle, KioskIdentity.generate())
        expected = "unknown-kiosk-key"
    else:
        bundle = build_bundle(make_enrolment())
        sid = "unsigned-" + sid
        expected = "unsigned"
    assert bundle != bad[1]
    records = [good_before, (sid, bundle, demo), good_after]
    # The file itself is genuine: the registered kiosk signed what it exported.
    file = _write(tmp_path, seal_records(records, network_key.public_key(), kiosk))

    assert _import(file, keys, fhir_base_url) == cli.EXIT_NOT_GENUINE
    out = capsys.readouterr().out
    assert f"REFUSED    {sid}: not a genuine kiosk submission [{expected}]" in out
    assert "3 in file: 2 delivered, 0 rejected, 1 refused" in out
    assert _nothing_of(fhir_base_url, bundle)
    assert _all_of(fhir_base_url, good_before[1]) and _all_of(fhir_base_url, good_after[1])


@pytest.mark.parametrize("problem", ["missing", "not JSON", "not a JWK Set", "RSA key", "empty"])
def test_a_registered_keys_file_missing_or_malformed_delivers_nothing(
    tmp_path: Path,
    keys: dict[str, Path],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
    problem: str,
) -> None:
    record = _submission(kiosk)
    file = _write(tmp_path, seal_records([record], network_key.public_key(), kiosk))
    registered = keys["kiosk_keys"]
    if problem == "missing":
        registered.unlink()
    elif problem == "not JSON":
        registered.write_text("keys: none")
    elif problem == "not a JWK Set":
        registered.write_text(json.dumps(kiosk.public_jwk()))
    elif problem == "empty":
        registered.write_text(json.dumps({"keys": []}))
    else:
        from joserfc.jwk import RSAKey

        registered.write_text(
            json.dumps({"keys": [RSAKey.import_key(network_key).as_dict(private=False)]})
        )

    assert _import(file, keys, fhir_base_url) == cli.EXIT_KEY
    err = capsys.readouterr().err
    assert ("kiosk-keys-missing" if problem == "missing" else "kiosk-keys-malformed") in err
    assert "nothing was imported" in err
    assert _nothing_of(fhir_base_url, record[1])
