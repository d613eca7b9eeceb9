"""SMART Backend Services against the real sekmet on loopback, over TLS with a test CA made here:
sekmet's inbound auth is ``smart`` only, scopes enforced; the kiosk's own key (sealed under a
queue key) is registered as a client's JWKS. Delivery goes through the kiosk's real sync worker
and queue: a good login delivers; a wrong key, an unknown client or a refused scope pause the
queue ("auth-paused") with the record still pending; a token endpoint that is down is a
transient failure; a token that goes stale mid-backlog is renewed without a failed submission.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from kiosk.config.settings import KioskSettings
from kiosk.network.bearer import BearerTokenError, KeyringBearerClient, store_bearer_token
from kiosk.network.clients import delivery_client
from kiosk.network.errors import ClientRejected, ClockSkew, ScopeRefused, TokenEndpointDown
from kiosk.network.identity import KioskIdentity, load_or_create_identity
from kiosk.network.smart import SmartDeliveryClient, SmartTokenSource
from kiosk.outbox.delivery import FhirClient
from kiosk.outbox.keys import DataKey, load_or_create_key
from kiosk.outbox.records import State
from kiosk.outbox.store import Outbox
from kiosk.outbox.sync import SyncState, SyncWorker
from kiosk.selftest import Status, check_network_login
from tests.fhir_server import FhirServer, free_port, make_bundle, start_sekmet, submission_counts
from tests.fixtures_fhir import require_sekmet
from tests.helpers.keyrings import MEMORY, MemoryKeyring
from tests.tls_ca import LoopbackPki, make_test_pki

# Sekmet checks a transaction posted to [base] against scope type "*" (not entry by entry), so
# the kiosk asks for create on every type here; a network that checks per entry would grant
# the narrower default (system/Patient.c system/Consent.c ...).
SCOPES = "system/*.c"
GOOD, WRONG_KEY, NARROW = "kiosk-good", "kiosk-wrong-key", "kiosk-narrow"
PASSPHRASE = "stand passphrase"


@dataclass
class SmartNetwork:
    server: FhirServer
    pki: LoopbackPki
    data_dir: Path
    data_key: DataKey
    identity: KioskIdentity


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmartNetwork]:
    require_sekmet()
    root = Path(tmp_path_factory.mktemp("smart"))
    # The queue key as a stand without a secure keyring keeps it: wrapped under a passphrase.
    data_key = load_or_create_key(
        root / "kiosk", passphrase=PASSPHRASE, protection="passphrase", scrypt_n=2**14
    )
    identity = load_or_create_identity(root / "kiosk", data_key)
    stranger = KioskIdentity.generate()  # a key that is not this kiosk's
    pki = make_test_pki(root / "pki")
    clients = [
        # The kiosk asks for SCOPES; the tests' searches ask for read too.
        {"client_id": GOOD, "jwks": identity.jwks(), "scopes": f"{SCOPES} system/*.rs"},
        {"client_id": WRONG_KEY, "jwks": stranger.jwks(), "scopes": SCOPES},
        {"client_id": NARROW, "jwks": identity.jwks(), "scopes": "system/Observation.rs"},
    ]
    server = start_sekmet(
        root / "sekmet",
        server_auth={
            "types": ["smart"],
            "smart_clients": clients,
            "enforce_scopes": True,
            "token_lifetime": 3600,
        },
        tls=(pki.server_cert, pki.server_key, pki.ca_path),
    )
    try:
        yield SmartNetwork(server, pki, root / "kiosk", data_key, identity)
    finally:
        server.stop()


def _tokens(
    network: SmartNetwork, client_id: str = GOOD, *, token_url: str | None = None, **kwargs
) -> SmartTokenSource:
    return SmartTokenSource(
        token_url or network.server.token_url,
        client_id,
        kwargs.pop("scopes", SCOPES),
        network.identity,
        ca_bundle=network.pki.ca_path.as_posix(),
        **kwargs,
    )


def _client(network: SmartNetwork, tokens: SmartTokenSource) -> SmartDeliveryClient:
    fhir = FhirClient(network.server.base_url, ca_bundle=network.pki.ca_path.as_posix())
    return SmartDeliveryClient(fhir, tokens)


def _outbox(tmp_path: Path, network: SmartNetwork, n: int) -> tuple[Outbox, list[str]]:
    outbox = Outbox.open(tmp_path / "outbox.sqlite3", network.data_key)
    ids = [str(uuid.uuid4()) for _ in range(n)]
    for submission_id in ids:
        outbox.enqueue(submission_id, make_bundle(submission_id))
    return outbox, ids


def _states(outbox: Outbox) -> dict[str, str]:
    return {r.submission_id: r.state for r in outbox.records()}


def _admin(network: SmartNetwork) -> requests.Session:
    """A session that reads the server as the registered kiosk (sekmet needs a token to search)."""
    tokens = _tokens(network, scopes="system/*.c system/*.rs")
    session = requests.Session()
    # A session's verify loses to REQUESTS_CA_BUNDLE in the environment; a mounted adapter
    # does not, so the searches below check the test CA too.
    session.headers["Authorization"] = f"Bearer {tokens.token()}"
    session.mount("https://", _CaAdapter(network.pki.ca_path.as_posix()))
    return session


class _CaAdapter(requests.adapters.HTTPAdapter):
    def __init__(self, ca_path: str) -> None:
        self._ca_path = ca_path
        super().__init__()

    def send(self, request, **kwargs):  # noqa: ANN001, ANN201 - requests' own signature
        kwargs["verify"] = self._ca_path
        return super().send(request, **kwargs)


def test_the_server_refuses_plain_requests_and_speaks_only_tls(network: SmartNetwork) -> None:
    base = network.server.base_url
    assert base.startswith("https://127.0.0.1:")
    with requests.post(base, json={}, verify=network.pki.ca_path.as_posix(), timeout=10) as r:
        assert r.status_code == 401
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(f"{base}/metadata", timeout=10)  # the system CAs do not know the test CA


def test_a_backlog_is_delivered_through_the_sync_worker_with_one_token(
    network: SmartNetwork, tmp_path: Path
) -> None:
    tokens = _tokens(network)
    outbox, ids = _outbox(tmp_path, network, 3)
    with outbox:
        worker = SyncWorker(outbox, _client(network, tokens))
        result = worker.run_round()
        assert (result.ended, result.delivered) == ("empty", 3)
        assert set(_states(outbox).values()) == {State.DELIVERED.value}
    assert tokens.fetched == 1
    with _admin(network) as session:
        for submission_id in ids:
            assert submission_counts(network.server.base_url, submission_id, session) == [1] * 5


@pytest.mark.parametrize(
    ("client_id", "scopes", "code", "words"),
    [
        (WRONG_KEY, SCOPES, "invalid-client", "not this kiosk's key"),
        ("kiosk-nobody", SCOPES, "unknown-client", "does not know client id 'kiosk-nobody'"),
        (NARROW, SCOPES, "scope-refused", "refused the scopes 'system/*.c'"),
    ],
    ids=["wrong-key", "unregistered-client", "scope-refused"],
)
def test_a_refused_login_pauses_the_queue_and_keeps_the_record(
    network: SmartNetwork, tmp_path: Path, client_id: str, scopes: str, code: str, words: str
) -> None:
    tokens = _tokens(network, client_id, scopes=scopes)
    outbox, ids = _outbox(tmp_path, network, 2)
    seen: list[SyncState] = []
    with outbox:
        worker = SyncWorker(
            outbox, _client(network, tokens), on_change=lambda s: seen.append(s.state)
        )
        result = worker.run_round()
        assert result.ended == "auth" and worker.paused
        assert worker.status.state is SyncState.AUTH_PAUSED
        assert words in (worker.status.last_error or "")
        assert set(_states(outbox).values()) == {State.PENDING.value}
        assert worker.run_round().ended == "paused"  # nothing is tried while paused
    with pytest.raises(ClientRejected if code != "scope-refused" else ScopeRefused) as raised:
        _tokens(network, client_id, scopes=scopes).token()
    assert raised.value.code == code


def test_a_token_endpoint_that_is_down_is_transient_and_keeps_the_record(
    network: SmartNetwork, tmp_path: Path
) -> None:
    down = f"https://127.0.0.1:{free_port()}/auth/token"
    tokens = _tokens(network, token_url=down)
    outbox, _ = _outbox(tmp_path, network, 1)
    with outbox:
        worker = SyncWorker(outbox, _client(network, tokens))
        result = worker.run_round()
        assert result.ended == "transient" and not worker.paused
        assert worker.status.state is SyncState.BACKING_OFF
        assert "token endpoint did not answer" in (worker.status.last_error or "")
        assert set(_states(outbox).values()) == {State.PENDING.value}
    with pytest.raises(TokenEndpointDown) as raised:
        _tokens(network, token_url=down).token()
    assert raised.value.transient and raised.value.code == "token-endpoint-down"


def test_a_token_refused_by_the_server_is_renewed_once_without_a_failed_submission(
    network: SmartNetwork, tmp_path: Path
) -> None:
    """The cache believes its token is good, the server does not (revoked, expired early):
    the 401 drops it, one new token is fetched, and the same record goes through."""
    tokens = _tokens(network)
    tokens.token()
    # Stand-in for a token the server no longer accepts: its signature no longer verifies.
    stale = tokens._token
    assert stale is not None
    tokens._token = type(stale)(stale.value[:-4] + "AAAA", stale.expires_in, 1e12, stale.scope)
    outbox, _ = _outbox(tmp_path, network, 2)
    with outbox:
        result = SyncWorker(outbox, _client(network, tokens)).run_round()
        assert (result.ended, result.delivered) == ("empty", 2)
        # Each record was claimed once and never marked for a retry: no submission failed.
        assert all((r.attempts, r.last_error) == (1, None) for r in outbox.records())
    assert tokens.fetched == 2


def test_a_token_expiring_mid_backlog_is_renewed_before_it_is_used(
    network: SmartNetwork, tmp_path: Path
) -> None:
    """A fake clock moves past the token's refresh time between two records: the second record
    goes out with a new token, and no post is refused."""
    now = [1_000.0]
    tokens = _tokens(network, monotonic=lambda: now[0])
    client = _client(network, tokens)
    outbox, _ = _outbox(tmp_path, network, 2)
    posted: list[str] = []
    inner_post = client._client.post_transaction

    def post(bundle: bytes):  # noqa: ANN202 - a spy on the real client
        outcome = inner_post(bundle)
        posted.append(type(outcome).__name__)
        now[0] += 3600  # the token's whole lifetime passes during each post
        return outcome

    client._client.post_transaction = post  # type: ignore[method-assign]
    with outbox:
        result = SyncWorker(outbox, client).run_round()
        assert (result.ended, result.delivered) == ("empty", 2)
    assert posted == ["Delivered", "Delivered"]
    assert tokens.fetched == 2


def _settings(network: SmartNetwork, client_id: str = GOOD, **kwargs: object) -> KioskSettings:
    return KioskSettings(
        endpoint=network.server.base_url,
        ca_bundle=kwargs.pop("ca_bundle", network.pki.ca_path.as_posix()),  # type: ignore[arg-type]
        auth="smart",
        token_url=kwargs.pop("token_url", network.server.token_url),  # type: ignore[arg-type]
        client_id=client_id,
        scopes=SCOPES,
        data_dir=kwargs.pop("data_dir", network.data_dir),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


def test_the_settings_build_the_kiosks_smart_client(network: SmartNetwork, tmp_path: Path) -> None:
    """What the kiosk's services start the sync worker with, from its settings alone."""
    client = delivery_client(_settings(network), network.identity)
    assert isinstance(client, SmartDeliveryClient)
    outbox, _ = _outbox(tmp_path, network, 1)
    with outbox:
        assert SyncWorker(outbox, client).run_round().delivered == 1
    refused = delivery_client(_settings(network), None)
    outcome = refused.post_transaction(make_bundle(str(uuid.uuid4())))
    assert getattr(outcome, "code", None) == "identity-unavailable"


@pytest.mark.parametrize(
    ("client_id", "token_url", "status", "words"),
    [
        (GOOD, None, Status.OK, "granted 'system/*.c' for 3600 s"),
        (WRONG_KEY, None, Status.FAIL, "invalid-client: the network refused this kiosk's signed"),
        ("kiosk-nobody", None, Status.FAIL, "unknown-client: the network does not know"),
        (NARROW, None, Status.FAIL, "scope-refused"),
        (GOOD, "down", Status.FAIL, "token-endpoint-down"),
    ],
    ids=["ok", "wrong-key", "unregistered", "scope", "down"],
)
def test_the_self_test_fetches_a_token_and_says_exactly_what_failed(
    network: SmartNetwork,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    client_id: str,
    token_url: str | None,
    status: Status,
    words: str,
) -> None:
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", PASSPHRASE)
    url = f"https://127.0.0.1:{free_port()}/auth/token" if token_url else network.server.token_url
    result = check_network_login(_settings(network, client_id, token_url=url), network.data_dir)
    print(result.line())  # the line an installer sees (pytest -s shows it)
    assert result.status is status and words in result.detail, result.line()
    if status is Status.OK:
        assert network.identity.kid in result.detail


def test_the_self_test_without_the_passphrase_asks_for_it(
    network: SmartNetwork, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_QUEUE_PASSPHRASE", raising=False)
    result = check_network_login(_settings(network), network.data_dir)
    assert result.status is Status.WARN and "KIOSK_QUEUE_PASSPHRASE" in result.detail


def test_the_self_test_names_an_untrusted_certificate(
    network: SmartNetwork, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", PASSPHRASE)
    result = check_network_login(_settings(network, ca_bundle=None), network.data_dir)
    assert result.status is Status.FAIL
    assert "token-endpoint-down: the token endpoint did not answer (TLS error" in result.detail


@pytest.mark.parametrize("offset_s", [600.0, -600.0], ids=["ahead", "behind"])
def test_a_kiosk_clock_far_from_the_networks_is_named_clock_skew(
    network: SmartNetwork, tmp_path: Path, offset_s: float
) -> None:
    """The assertion carries the kiosk's time: ten minutes off, sekmet refuses it (exp too far
    ahead, or already expired) and its Date header shows why; the queue pauses, nothing lost."""
    tokens = _tokens(network, clock=lambda: time.time() + offset_s)
    with pytest.raises(ClockSkew) as raised:
        tokens.token()
    direction = "ahead of" if offset_s > 0 else "behind"
    assert raised.value.code == "clock-skew" and direction in raised.value.message
    outbox, _ = _outbox(tmp_path, network, 1)
    with outbox:
        worker = SyncWorker(outbox, _client(network, tokens))
        assert worker.run_round().ended == "auth"
        assert "set the kiosk's clock" in (worker.status.last_error or "")
        assert set(_states(outbox).values()) == {State.PENDING.value}


def test_the_kiosks_services_deliver_with_smart_from_the_settings(
    network: SmartNetwork, tmp_path: Path
) -> None:
    """The running kiosk's wiring: the queue opens with the passphrase, the network key is
    unsealed next to it, and the sync worker thread delivers with a token."""
    import queue as queues

    from kiosk.outbox.sync import SyncStatus
    from kiosk.services import Services

    data_dir = tmp_path / "stand"
    shutil.copytree(network.data_dir, data_dir)  # the key files only: a queue of its own
    services = Services(_settings(network, data_dir=data_dir))
    statuses: queues.Queue[SyncStatus] = queues.Queue()
    try:
        services.open_queue(PASSPHRASE)
        submission_id = str(uuid.uuid4())
        assert services.outbox is not None
        services.outbox.enqueue(submission_id, make_bundle(submission_id))
        services.start_sync(statuses.put)
        while True:  # each status change is a signal; the worker reports idle when done
            status = statuses.get(timeout=60)
            assert status.state is not SyncState.AUTH_PAUSED, status.last_error
            if status.state is SyncState.IDLE and status.pending == 0:
                break
        assert [r.state for r in services.outbox.records()] == [State.DELIVERED]
    finally:
        services.close()


# -- auth = "bearer-from-keyring": a token the network issued, kept in the OS keyring ----------


def test_a_bearer_token_from_the_keyring_delivers_and_a_replaced_one_resumes_the_queue(
    network: SmartNetwork, tmp_path: Path
) -> None:
    """No token stored: the queue pauses (bearer-missing), nothing lost. A refused token: it
    pauses again. The network's token stored and the queue resumed: delivered."""
    store = MemoryKeyring()
    fhir = FhirClient(network.server.base_url, ca_bundle=network.pki.ca_path.as_posix())
    client = KeyringBearerClient(fhir, tmp_path, backend=store, allowed=MEMORY)
    outbox, ids = _outbox(tmp_path, network, 2)
    with outbox:
        worker = SyncWorker(outbox, client)
        assert worker.run_round().ended == "auth"
        assert worker.status.state is SyncState.AUTH_PAUSED
        assert "kiosk network set-token" in (worker.status.last_error or "")
        store_bearer_token(
            tmp_path, "not-a-token-the-network-issued", backend=store, allowed=MEMORY
        )
        worker.resume()
        assert worker.run_round().ended == "auth"
        assert set(_states(outbox).values()) == {State.PENDING}
        token = _tokens(network).token()
        store_bearer_token(tmp_path, token, backend=store, allowed=MEMORY)
        worker.resume()
        assert worker.run_round().delivered == 2
        assert set(_states(outbox).values()) == {State.DELIVERED}
    # The token is kept under this kiosk's name only, and never in a file of its folder.
    assert list(store.secrets.values()) == [token]
    assert not any(token.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_a_bearer_token_is_only_kept_in_a_secure_keyring(tmp_path: Path) -> None:
    with pytest.raises(BearerTokenError) as raised:
        store_bearer_token(tmp_path, "abc", backend=MemoryKeyring())  # not allow-listed
    assert raised.value.code == "bearer-no-secure-keyring"
    with pytest.raises(BearerTokenError) as raised:
        store_bearer_token(tmp_path, "two words", backend=MemoryKeyring(), allowed=MEMORY)
    assert raised.value.code == "bearer-invalid"


def test_the_settings_build_the_bearer_client(network: SmartNetwork) -> None:
    settings = KioskSettings(
        endpoint=network.server.base_url,
        ca_bundle=network.pki.ca_path.as_posix(),
        auth="bearer-from-keyring",
        data_dir=network.data_dir,
    )
    assert isinstance(delivery_client(settings, None), KeyringBearerClient)
