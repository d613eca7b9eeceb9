"""The kiosk's own network key: made on the kiosk, sealed under the queue key, exported only as
a public JWK Set with its RFC 7638 thumbprint, rotated on request; and ``kiosk network``."""

from __future__ import annotations

import base64
import hashlib
import json
import pickle
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.main import main
from kiosk.network.errors import IdentityError
from kiosk.network.identity import (
    IDENTITY_FILE_NAME,
    KioskIdentity,
    load_identity,
    load_or_create_identity,
    rotate_identity,
)
from kiosk.outbox.keys import DataKey, load_or_create_key


def _b64url(n: int) -> str:
    return base64.urlsafe_b64encode(n.to_bytes(48, "big")).rstrip(b"=").decode()


def test_the_key_is_made_once_sealed_and_read_back(tmp_path: Path) -> None:
    key = DataKey.generate()
    first = load_or_create_identity(tmp_path, key)
    again = load_or_create_identity(tmp_path, key)
    assert again.thumbprint == first.thumbprint == load_identity(tmp_path, key).kid
    text = (tmp_path / IDENTITY_FILE_NAME).read_text("ascii")
    secret = first.private_key.private_numbers().private_value
    assert _b64url(secret) not in text and f"{secret:096x}" not in text
    assert oct((tmp_path / IDENTITY_FILE_NAME).stat().st_mode & 0o777) == "0o600"
    assert "private_key" not in repr(first) and "KioskIdentity(" in repr(first)
    with pytest.raises(TypeError):
        pickle.dumps(first)


def test_the_public_jwk_is_p384_es384_and_its_kid_is_the_rfc7638_thumbprint(
    tmp_path: Path,
) -> None:
    identity = load_or_create_identity(tmp_path, DataKey.generate())
    (jwk,) = identity.jwks()["keys"]
    assert "d" not in jwk
    assert (jwk["kty"], jwk["crv"], jwk["alg"], jwk["use"]) == ("EC", "P-384", "ES384", "sig")
    numbers = identity.private_key.public_key().public_numbers()
    assert (jwk["x"], jwk["y"]) == (_b64url(numbers.x), _b64url(numbers.y))
    canonical = json.dumps(
        {"crv": "P-384", "kty": "EC", "x": jwk["x"], "y": jwk["y"]}, separators=(",", ":")
    )
    expected = base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).rstrip(b"=")
    assert jwk["kid"] == identity.thumbprint == expected.decode()


def test_another_queue_key_or_a_damaged_file_is_refused_by_code(tmp_path: Path) -> None:
    key = DataKey.generate()
    load_or_create_identity(tmp_path, key)
    with pytest.raises(IdentityError) as raised:
        load_identity(tmp_path, DataKey.generate())  # same key id, other material
    assert raised.value.code == "identity-damaged"
    with pytest.raises(IdentityError) as raised:
        load_identity(tmp_path, DataKey.generate(key_id=2))
    assert raised.value.code == "identity-wrong-queue-key"
    path = tmp_path / IDENTITY_FILE_NAME
    doc = json.loads(path.read_text())
    doc["kid"] = "swapped"
    path.write_text(json.dumps(doc))
    with pytest.raises(IdentityError) as raised:
        load_identity(tmp_path, key)
    assert raised.value.code == "identity-damaged"
    with pytest.raises(IdentityError) as raised:
        load_identity(tmp_path / "nowhere", key)
    assert raised.value.code == "identity-missing" and "kiosk network register" in str(raised.value)


def test_rotation_replaces_the_key(tmp_path: Path) -> None:
    key = DataKey.generate()
    old = load_or_create_identity(tmp_path, key)
    new = rotate_identity(tmp_path, key)
    assert new.thumbprint != old.thumbprint
    assert load_identity(tmp_path, key).thumbprint == new.thumbprint


def test_only_p384_keys_are_accepted() -> None:
    with pytest.raises(ValueError, match="P-384"):
        KioskIdentity(ec.generate_private_key(ec.SECP256R1()))


# ---- kiosk network register | rotate-key ------------------------------------------------


@pytest.fixture
def configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "data"
    load_or_create_key(
        data_dir, passphrase="correct horse", protection="passphrase", scrypt_n=2**14
    )
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", "correct horse")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{data_dir}"\n', "utf-8")
    return config


def test_register_prints_the_jwks_and_thumbprint_and_rotate_changes_them(
    configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["network", "--config", str(configured), "register", "--jwks-only"]) == 0
    jwks = json.loads(capsys.readouterr().out)
    kid = jwks["keys"][0]["kid"]
    assert main(["network", "--config", str(configured), "register"]) == 0
    out = capsys.readouterr().out
    assert f"thumbprint (RFC 7638, the key's kid): {kid}" in out and '"d"' not in out
    assert main(["network", "--config", str(configured), "rotate-key", "--jwks-only"]) == 0
    rotated = json.loads(capsys.readouterr().out)["keys"][0]["kid"]
    assert rotated != kid


def test_register_without_the_queue_passphrase_fails_with_exit_3(
    configured: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", "wrong passphrase")
    assert main(["network", "--config", str(configured), "register"]) == 3
    assert "wrong_passphrase" in capsys.readouterr().err


def test_csr_prints_a_request_signed_with_the_kiosks_own_key(
    configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["network", "--config", str(configured), "register", "--jwks-only"]) == 0
    jwk = json.loads(capsys.readouterr().out)["keys"][0]
    assert main(["network", "--config", str(configured), "csr", "--common-name", "stand-1"]) == 0
    captured = capsys.readouterr()
    request = x509.load_pem_x509_csr(captured.out.encode("ascii"))
    assert request.is_signature_valid
    public = request.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    numbers = public.public_numbers()
    assert _b64(numbers.x.to_bytes(48, "big")) == jwk["x"]  # the registered key, no other
    assert "PRIVATE" not in captured.out and jwk["kid"] in captured.err


def test_set_token_refuses_a_machine_without_a_secure_keyring(
    configured: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("a-token\n"))
    try:
        assert main(["network", "--config", str(configured), "set-token"]) == 3
    finally:
        keyring.set_keyring(previous)
    assert "bearer-no-secure-keyring" in capsys.readouterr().err


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
