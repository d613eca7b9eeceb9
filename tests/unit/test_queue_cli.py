"""``kiosk-queue``: status (text and JSON), export with the queue passphrase, import to a loopback
FHIR stub, and the documented exit codes. Output never carries personal data."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.fhir import build_bundle
from kiosk.fhir.signature import sign_bundle
from kiosk.network.identity import load_or_create_identity
from kiosk.outbox import cli
from kiosk.outbox.keys import MIN_SCRYPT_N, load_or_create_key
from kiosk.outbox.store import Outbox
from tests.unit.test_enrolment import CITIZEN_NN, make_enrolment
from tests.unit.test_outbox_store import NAMES, NATIONAL_NUMBER, TRUSTED_NATIONAL_NUMBER

PASSPHRASE = "volunteer day passphrase"


class _NoKeyring:
    """Looks like keyring's ``fail`` backend: forces the passphrase path."""


_NoKeyring.__module__ = "keyring.backends.fail"


def _assert_nothing_personal(text: str) -> None:
    assert NATIONAL_NUMBER not in text and TRUSTED_NATIONAL_NUMBER not in text
    assert not any(name in text for name in NAMES)
    assert CITIZEN_NN not in text and "Lampaert" not in text


@pytest.fixture
def queue(tmp_path: Path) -> dict[str, bytes]:
    """A passphrase-protected queue: two pending (one demo), one delivered, one rejected, each
    a Bundle the kiosk signed; the network registered the kiosk's key (``kiosk-keys.json``)."""
    data_dir = tmp_path / "data"
    key = load_or_create_key(
        data_dir, passphrase=PASSPHRASE, keyring_backend=_NoKeyring(), scrypt_n=MIN_SCRYPT_N
    )
    identity = load_or_create_identity(data_dir, key)
    (tmp_path / "kiosk-keys.json").write_text(json.dumps(identity.jwks()))
    bundles = {
        sid: sign_bundle(build_bundle(make_enrolment()), identity)
        for sid in ("done", "refused", "p1", "p2")
    }
    with Outbox.open(data_dir / "outbox.sqlite3", key) as box:
        for sid, bundle in bundles.items():
            box.enqueue(sid, bundle, demo=(sid == "p2"))
        box.claim_next()
        box.mark_delivered("done", server_ids=["Consent/1"])
        box.claim_next()
        box.mark_rejected("refused", reason=f"HTTP 422 invalid ssin {NATIONAL_NUMBER}")
    return bundles


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "outbox.sqlite3"


@pytest.fixture(scope="module")
def network_keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("network")
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_path, private_path = folder / "network.pub.pem", folder / "network.key.pem"
    public_path.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    private_path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return public_path, private_path


# -- status -------------------------------------------------------------------------------------


def test_status_json(queue: dict[str, bytes], db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["status", "--json", "--db", str(db)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["counts"] == {
        "pending": 2,
        "sending": 0,
        "delivered": 1,
        "rejected": 1,
        "discarded": 0,
    }
    assert doc["undelivered"] == 2 and doc["overdue"] == 0 and doc["needs_volunteer"] is True
    assert doc["exported_count"] == 0 and doc["last_success_at"] is not None
    assert doc["last_error"] == "HTTP 422 invalid ssin [number]"
    assert doc["oldest_pending_age_s"] >= 0 and doc["database"] == str(db)
    _assert_nothing_personal(out)


def test_status_text(queue: dict[str, bytes], db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["status", "--db", str(db)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert (
        "pending" in out
        and "a volunteer must look" in out
        and "Overdue (older than 7 days): 0" in out
    )
    _assert_nothing_personal(out)


def test_status_without_a_queue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["status", "--db", str(tmp_path / "none.sqlite3")]) == cli.EXIT_STORAGE
    assert "no_queue" in capsys.readouterr().err


def test_help_documents_exit_codes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.outbox.cli", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    ).stdout
    assert "exit codes:" in out and "wrong passphrase" in out and "--network-key" in out
    assert "not signed by a registered kiosk" in out


# -- export -------------------------------------------------------------------------------------


def test_export_with_passphrase_from_environment(
    queue: dict[str, bytes],
    db: Path,
    tmp_path: Path,
    network_keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "stick.kqx"
    code = cli.main(["export", str(target), "--network-key", str(network_keys[0]), "--db", str(db)])
    assert code == cli.EXIT_OK
    assert "Exported 2 submission(s)" in capsys.readouterr().out
    assert (
        cli.main(["export", str(target), "--network-key", str(network_keys[0]), "--db", str(db)])
        == cli.EXIT_FILE
    )
    assert "export_exists" in capsys.readouterr().err

    from kiosk.fhir.signature import RegisteredKeys
    from kiosk.outbox.export import import_export

    kiosk_keys = RegisteredKeys.from_file(tmp_path / "kiosk-keys.json")
    got = import_export(target, network_keys[1].read_bytes(), kiosk_keys).records
    assert got == [("p1", queue["p1"], False), ("p2", queue["p2"], True)]


def test_export_with_wrong_or_missing_passphrase(
    queue: dict[str, bytes],
    db: Path,
    tmp_path: Path,
    network_keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "stick.kqx"
    args = ["export", str(target), "--network-key", str(network_keys[0]), "--db", str(db)]
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "not the passphrase")
    assert cli.main(args) == cli.EXIT_KEY
    assert "wrong_passphrase" in capsys.readouterr().err
    monkeypatch.delenv(cli.PASSPHRASE_ENV)
    monkeypatch.setattr(sys, "stdin", open(__file__, encoding="utf-8"))  # not a terminal: no prompt
    try:
        assert cli.main(args) == cli.EXIT_KEY
    finally:
        sys.stdin.close()
    assert cli.PASSPHRASE_ENV in capsys.readouterr().err
    assert not target.exists()
    assert cli.main(["status", "--json", "--db", str(db)]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["undelivered"] == 2


# -- import -------------------------------------------------------------------------------------


class FhirStub:
    """A loopback endpoint answering transaction posts with a chosen status."""

    def __init__(self) -> None:
        self.status = 200
        self.received: list[bytes] = []
        self.auth: list[str | None] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                stub.received.append(body)
                stub.auth.append(self.headers.get("Authorization"))
                if stub.status == 200:
                    entries = json.loads(body)["entry"]
                    answer = {
                        "resourceType": "Bundle",
                        "type": "transaction-response",
                        "entry": [
                            {
                                "response": {
                                    "status": "201 Created",
                                    "location": f"Res/{n}/_history/1",
                                }
                            }
                            for n in range(len(entries))
                        ],
                    }
                else:
                    answer = {
                        "resourceType": "OperationOutcome",
                        "issue": [{"severity": "error", "code": "processing"}],
                    }
                payload = json.dumps(answer).encode()
                self.send_response(stub.status)
                self.send_header("Content-Type", "application/fhir+json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/fhir"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def fhir() -> Iterator[FhirStub]:
    stub = FhirStub()
    yield stub
    stub.close()


@pytest.fixture
def export_file(
    queue: dict[str, bytes],
    db: Path,
    tmp_path: Path,
    network_keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "stick.kqx"
    assert (
        cli.main(["export", str(target), "--network-key", str(network_keys[0]), "--db", str(db)])
        == 0
    )
    capsys.readouterr()
    return target


def test_import_delivers_and_skips_demo(
    queue: dict[str, bytes],
    export_file: Path,
    network_keys: tuple[Path, Path],
    fhir: FhirStub,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NETWORK_TOKEN", "t0ken")
    args = [
        "import",
        str(export_file),
        "--key",
        str(network_keys[1]),
        "--kiosk-keys",
        str(export_file.parent / "kiosk-keys.json"),
        "--endpoint",
        fhir.url,
        "--token-env",
        "NETWORK_TOKEN",
    ]
    assert cli.main(args) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "delivered  p1" in out and "2 in file: 1 delivered, 0 rejected, 0 refused" in out
    assert "1 demo skipped." in out
    _assert_nothing_personal(out)
    assert fhir.received == [queue["p1"]] and fhir.auth == ["Bearer t0ken"]

    assert cli.main([*args, "--include-demo"]) == cli.EXIT_OK  # importing again is harmless
    assert fhir.received == [queue["p1"], queue["p1"], queue["p2"]]


@pytest.mark.parametrize(
    ("status", "code", "posts"),
    [
        (503, cli.EXIT_INCOMPLETE, 1),
        (500, cli.EXIT_INCOMPLETE, 1),
        (401, cli.EXIT_KEY, 1),
        (422, cli.EXIT_REJECTED, 2),
    ],
)
def test_import_exit_codes(
    export_file: Path,
    network_keys: tuple[Path, Path],
    fhir: FhirStub,
    capsys: pytest.CaptureFixture[str],
    status: int,
    code: int,
    posts: int,
) -> None:
    fhir.status = status
    args = [
        "import",
        str(export_file),
        "--key",
        str(network_keys[1]),
        "--kiosk-keys",
        str(export_file.parent / "kiosk-keys.json"),
        "--endpoint",
        fhir.url,
        "--include-demo",
    ]
    assert cli.main(args) == code
    assert (
        len(fhir.received) == posts
    )  # stops at the first unavailable answer; goes on after a rejection
    captured = capsys.readouterr()
    _assert_nothing_personal(captured.out + captured.err)


def test_import_refuses_plain_http_to_a_remote_host(
    export_file: Path, network_keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "import",
        str(export_file),
        "--key",
        str(network_keys[1]),
        "--kiosk-keys",
        str(export_file.parent / "kiosk-keys.json"),
        "--endpoint",
        "http://example.org/fhir",
    ]
    assert cli.main(args) == cli.EXIT_USAGE
    assert "https" in capsys.readouterr().err


def test_import_of_a_damaged_file(
    export_file: Path,
    network_keys: tuple[Path, Path],
    fhir: FhirStub,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray(export_file.read_bytes())
    data[-5] ^= 0xFF
    export_file.write_bytes(bytes(data))
    args = ["import", str(export_file), "--key", str(network_keys[1]), "--endpoint", fhir.url]
    args += ["--kiosk-keys", str(export_file.parent / "kiosk-keys.json")]
    assert cli.main(args) == cli.EXIT_FILE
    assert "export_damaged" in capsys.readouterr().err and fhir.received == []
