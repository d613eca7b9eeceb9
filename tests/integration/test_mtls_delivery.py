"""Mutual TLS against the real sekmet on loopback: its app under uvicorn requiring a client
certificate from a test CA made here. The kiosk's ``auth = "mtls"`` settings deliver through the
real sync worker; no certificate, or an expired one, fails the handshake: a transient failure
(the queue backs off and retries), with the record still pending."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config.settings import KioskSettings
from kiosk.network.clients import delivery_client
from kiosk.network.identity import KioskIdentity, load_or_create_identity
from kiosk.network.tls import certificate_request
from kiosk.outbox.keys import DataKey, load_or_create_key
from kiosk.outbox.records import State
from kiosk.outbox.store import Outbox
from kiosk.outbox.sync import SyncState, SyncWorker
from kiosk.selftest import Status, check_endpoint
from tests.fhir_server import FhirServer, make_bundle, start_sekmet
from tests.fixtures_fhir import require_sekmet
from tests.tls_ca import LoopbackPki, make_test_pki, sign_request


@pytest.fixture(scope="module")
def mtls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FhirServer, LoopbackPki]]:
    require_sekmet()
    root = Path(tmp_path_factory.mktemp("mtls"))
    pki = make_test_pki(root / "pki")
    server = start_sekmet(
        root / "sekmet",
        tls=(pki.server_cert, pki.server_key, pki.ca_path),
        client_cert=(pki.client_cert, pki.client_key),
    )
    try:
        yield server, pki
    finally:
        server.stop()


def _settings(server: FhirServer, pki: LoopbackPki, cert: Path | None, key: Path | None):
    auth = "mtls" if cert else "none"
    return KioskSettings(
        endpoint=server.base_url,
        ca_bundle=pki.ca_path.as_posix(),
        auth=auth,
        client_cert=cert.as_posix() if cert else None,
        client_key=key.as_posix() if key else None,
    )


def _round(
    settings: KioskSettings, tmp_path: Path, identity: KioskIdentity | None = None
) -> tuple[SyncWorker, str, list[State]]:
    outbox = Outbox.open(tmp_path / "outbox.sqlite3", DataKey.generate())
    submission_id = str(uuid.uuid4())
    outbox.enqueue(submission_id, make_bundle(submission_id))
    with outbox:
        worker = SyncWorker(outbox, delivery_client(settings, identity))
        result = worker.run_round()
        states = [r.state for r in outbox.records()]
    return worker, result.ended, states


def test_the_kiosks_client_certificate_delivers(mtls, tmp_path: Path) -> None:
    server, pki = mtls
    worker, ended, states = _round(
        _settings(server, pki, pki.client_cert, pki.client_key), tmp_path
    )
    assert (ended, states) == ("empty", [State.DELIVERED])
    result = check_endpoint(_settings(server, pki, pki.client_cert, pki.client_key))
    assert result.status is Status.OK, result.line()


@pytest.mark.parametrize("which", ["none", "expired"])
def test_no_or_an_expired_certificate_fails_the_handshake_and_keeps_the_record(
    mtls, tmp_path: Path, which: str
) -> None:
    server, pki = mtls
    cert, key = (pki.expired_cert, pki.expired_key) if which == "expired" else (None, None)
    worker, ended, states = _round(_settings(server, pki, cert, key), tmp_path)
    # The server refuses the handshake, so the probe already fails: the queue waits, offline.
    assert ended == "offline" and states == [State.PENDING]
    assert worker.status.state is SyncState.OFFLINE and not worker.paused
    result = check_endpoint(_settings(server, pki, cert, key))
    # Under TLS 1.3 the server refuses the certificate after the handshake: the client sees a
    # reset, not a certificate error, so the line cannot be more precise than this.
    assert result.status is Status.WARN and "not reachable" in result.detail, result.line()


# -- the kiosk's own key as the TLS client key ---------------------------------------------------

PASSPHRASE = "stand passphrase"


@pytest.fixture
def own_key(mtls, tmp_path: Path) -> tuple[Path, KioskIdentity, Path]:
    """A kiosk data folder with its sealed network key, and the certificate the network's CA
    issued for the request `kiosk network csr` prints (here: certificate_request)."""
    _server, pki = mtls
    data_dir = tmp_path / "kiosk"
    key = load_or_create_key(
        data_dir, passphrase=PASSPHRASE, protection="passphrase", scrypt_n=2**14
    )
    identity = load_or_create_identity(data_dir, key)
    request = certificate_request(identity, "stand-1 kiosk-1")
    cert = sign_request(pki, request, tmp_path / "kiosk-cert.pem")
    return data_dir, identity, cert


def _own_key_settings(server: FhirServer, pki: LoopbackPki, cert: Path, data_dir: Path):
    return KioskSettings(
        endpoint=server.base_url,
        ca_bundle=pki.ca_path.as_posix(),
        auth="mtls",
        client_cert=cert.as_posix(),
        data_dir=data_dir,
    )


def test_a_certificate_for_the_kiosks_own_key_delivers_and_no_key_file_is_left(
    mtls, own_key, tmp_path: Path
) -> None:
    server, pki = mtls
    data_dir, identity, cert = own_key
    settings = _own_key_settings(server, pki, cert, data_dir)
    before = set(Path(tempfile.gettempdir()).glob("kiosk-tls-*"))
    _worker, ended, states = _round(settings, tmp_path, identity)
    assert (ended, states) == ("empty", [State.DELIVERED])
    # The key was handed to TLS encrypted, in a folder that is gone again.
    assert set(Path(tempfile.gettempdir()).glob("kiosk-tls-*")) == before


def test_the_self_test_completes_the_handshake_with_the_kiosks_own_key(
    mtls, own_key, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, pki = mtls
    data_dir, _identity, cert = own_key
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", PASSPHRASE)
    result = check_endpoint(_own_key_settings(server, pki, cert, data_dir), data_dir=data_dir)
    assert result.status is Status.OK, result.line()


def test_a_certificate_for_another_key_pauses_the_queue_and_says_why(
    mtls, own_key, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, pki = mtls
    data_dir, identity, _cert = own_key
    settings = _own_key_settings(server, pki, pki.client_cert, data_dir)  # not for this key
    worker, ended, states = _round(settings, tmp_path, identity)
    assert (ended, states) == ("auth", [State.PENDING])
    assert worker.status.state is SyncState.AUTH_PAUSED
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", PASSPHRASE)
    result = check_endpoint(settings, data_dir=data_dir)
    assert result.status is Status.FAIL
    assert "client-cert-mismatch" in result.detail and "kiosk network csr" in result.detail
