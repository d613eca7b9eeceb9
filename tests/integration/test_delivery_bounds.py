"""Hostile servers against the delivery client, the SMART token client and the sync worker: an
answer of 100 MB, an answer trickled a byte at a time, no answer at all, a redirect to itself.

Every exchange must stay bounded in bytes (the memory the kiosk holds: measured with
tracemalloc) and in time (a deadline for the whole exchange, and ``SyncWorker.stop`` ending a
request in flight), and a record whose exchange was cut short stays pending, never delivered.
Nothing here times the client: the server counts what it managed to send before the client
hung up, and the worker's ``stop`` reports whether its thread ended.
"""

from __future__ import annotations

import logging
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from kiosk.network.errors import TokenEndpointDown
from kiosk.network.identity import KioskIdentity
from kiosk.network.smart import SmartDeliveryClient, SmartTokenSource
from kiosk.outbox.delivery import Delivered, FhirClient, TransientFailure
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import State
from kiosk.outbox.store import Outbox
from kiosk.outbox.sync import SyncState, SyncWorker
from tests.fhir_server import make_bundle
from tests.hostile_server import MB, HostileServer, Mode
from tests.tls_ca import LoopbackPki, make_test_pki

T = TypeVar("T")

BUNDLE = make_bundle("00000000-0000-4000-8000-0000000000b0")
METADATA, BASE, TOKEN = "/fhir/metadata", "/fhir", "/token"
#: Far below what the old client held for a 100 MB answer (100 MB and more), well above the caps
#: (2 MB for FHIR answers, 64 KB for a token).
MEMORY_CEILING = 16 * MB
#: Short deadlines for the tests; the trickling server sends a byte every 0.2 s (well inside
#: the read timeout, which restarts with each byte) and has 40 of them to send.
DEADLINE_S = 1.0
TIMEOUT = (2.0, 5.0)
FAST = dict(backoff_base_s=0.01, backoff_cap_s=0.1, poll_interval_s=3600.0)


def _peak(call: Callable[[], T]) -> tuple[T, int]:
    """``call()`` and the most memory it held at once (tracemalloc's peak, in bytes)."""
    tracemalloc.start()
    try:
        result = call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox.open(tmp_path / "outbox.sqlite3", DataKey.generate())
    yield box
    box.close()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> LoopbackPki:
    return make_test_pki(tmp_path_factory.mktemp("hostile-tls"))


def _one_record(outbox: Outbox) -> str:
    submission_id = str(uuid.uuid4())
    outbox.enqueue(submission_id, make_bundle(submission_id))
    return submission_id


def _states(outbox: Outbox) -> dict[str, State]:
    return {r.submission_id: r.state for r in outbox.records()}


# ---- answers too large ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", [Mode.HUGE, Mode.HUGE_DECLARED, Mode.GZIP_BOMB])
def test_a_100_mb_answer_to_a_post_is_refused_without_being_held(mode: Mode) -> None:
    with HostileServer({BASE: mode}) as server, FhirClient(server.base_url) as client:
        outcome, peak = _peak(lambda: client.post_transaction(BUNDLE))
        served = server.wait_served(1)
    assert peak < MEMORY_CEILING, f"the client held {peak / MB:.0f} MB of the answer"
    assert isinstance(outcome, TransientFailure) and outcome.code == "answer-too-large"
    assert outcome.error.startswith("answer too large")
    if mode is not Mode.GZIP_BOMB:  # (the bomb is small enough to fit the socket buffers)
        assert not served[0].complete  # the client hung up: it did not read the rest


def test_a_100_mb_answer_to_the_probe_is_not_reachable_and_not_held(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "kiosk.outbox.delivery")
    with HostileServer({METADATA: Mode.HUGE}) as server, FhirClient(server.base_url) as client:
        reachable, peak = _peak(client.probe)
    assert peak < MEMORY_CEILING, f"the probe held {peak / MB:.0f} MB of the answer"
    assert reachable is False
    assert "answer too large" in caplog.text and "answer-too-large" in caplog.text


def test_a_100_mb_token_answer_is_refused_without_being_held() -> None:
    with HostileServer({TOKEN: Mode.HUGE}) as server:
        tokens = SmartTokenSource(server.token_url, "kiosk-1", "s", KioskIdentity.generate())

        def login() -> TokenEndpointDown:
            with pytest.raises(TokenEndpointDown) as raised:
                tokens.token()
            return raised.value

        error, peak = _peak(login)
        tokens.close()
    assert peak < MEMORY_CEILING
    assert error.transient and "too large" in error.message


def test_a_huge_answer_leaves_the_record_pending_and_says_why(outbox: Outbox) -> None:
    submission_id = _one_record(outbox)
    with HostileServer({METADATA: Mode.OK, BASE: Mode.HUGE}) as server:
        with FhirClient(server.base_url) as client:
            result = SyncWorker(outbox, client, **FAST).run_round()  # type: ignore[arg-type]
    assert (result.ended, result.delivered) == ("transient", 0)
    assert _states(outbox) == {submission_id: State.PENDING}
    record = outbox.records()[0]
    assert record.last_error is not None and record.last_error.startswith("answer too large")


# ---- answers too slow ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", [Mode.TRICKLE_BODY, Mode.TRICKLE_HEADERS, Mode.SILENT])
def test_a_post_whose_answer_trickles_or_never_comes_ends_at_its_deadline(mode: Mode) -> None:
    with HostileServer({BASE: mode}) as server:
        with FhirClient(server.base_url, timeout=TIMEOUT, deadline_s=DEADLINE_S) as client:
            outcome = client.post_transaction(BUNDLE)
        if mode is not Mode.SILENT:
            served = server.wait_served(1)
            assert not served[0].complete  # the client hung up before the trickle ended
    assert not isinstance(outcome, Delivered)
    assert isinstance(outcome, TransientFailure) and outcome.code == "deadline-exceeded"
    assert "deadline" in outcome.error


@pytest.mark.parametrize("mode", [Mode.TRICKLE_BODY, Mode.SILENT])
def test_over_tls_a_trickled_or_missing_answer_ends_at_its_deadline(
    mode: Mode, pki: LoopbackPki
) -> None:
    with HostileServer({BASE: mode}, tls=pki) as server:
        assert server.base_url.startswith("https://")
        with FhirClient(
            server.base_url, timeout=TIMEOUT, deadline_s=DEADLINE_S, ca_bundle=str(pki.ca_path)
        ) as client:
            outcome = client.post_transaction(BUNDLE)
        if mode is Mode.TRICKLE_BODY:
            assert not server.wait_served(1)[0].complete
    assert isinstance(outcome, TransientFailure) and outcome.code == "deadline-exceeded"


def test_a_trickling_probe_is_not_reachable() -> None:
    with HostileServer({METADATA: Mode.TRICKLE_BODY}) as server:
        with FhirClient(server.base_url, timeout=TIMEOUT, deadline_s=DEADLINE_S) as client:
            assert client.probe() is False
        assert not server.wait_served(1)[0].complete


def test_a_trickling_token_answer_ends_at_its_deadline() -> None:
    with HostileServer({TOKEN: Mode.TRICKLE_BODY}) as server:
        tokens = SmartTokenSource(
            server.token_url,
            "kiosk-1",
            "s",
            KioskIdentity.generate(),
            timeout=TIMEOUT,
            deadline_s=DEADLINE_S,
        )
        with pytest.raises(TokenEndpointDown, match="too slow") as raised:
            tokens.token()
        tokens.close()
        assert not server.wait_served(1)[0].complete
    assert raised.value.transient


def test_a_trickled_answer_leaves_the_record_pending(outbox: Outbox) -> None:
    submission_id = _one_record(outbox)
    with HostileServer({METADATA: Mode.OK, BASE: Mode.TRICKLE_BODY}) as server:
        with FhirClient(server.base_url, timeout=TIMEOUT, deadline_s=DEADLINE_S) as client:
            worker = SyncWorker(outbox, client, **FAST)  # type: ignore[arg-type]
            result = worker.run_round()
    assert (result.ended, result.delivered) == ("transient", 0)
    assert _states(outbox) == {submission_id: State.PENDING}
    assert "deadline" in (worker.status.last_error or "")


@pytest.mark.parametrize("mode", [Mode.TRICKLE_BODY, Mode.SILENT])
def test_stop_ends_a_post_in_flight_and_the_record_stays_pending(
    outbox: Outbox, mode: Mode
) -> None:
    submission_id = _one_record(outbox)
    hostile = HostileServer({METADATA: Mode.OK, BASE: mode}, trickle_bytes=None)
    # The client's own bounds (60 s per read, 72 s in all) are far away: only stop() can end it.
    with hostile as server, FhirClient(server.base_url, timeout=(2.0, 60.0)) as c:
        worker = SyncWorker(outbox, c, **FAST)  # type: ignore[arg-type]
        worker.start()
        assert server.began.wait(30), "the worker never posted"
        assert worker.stop(timeout=5.0), "stop() could not end the post in flight"
        assert worker.status.state is SyncState.STOPPED
    assert _states(outbox) == {submission_id: State.PENDING}
    record = outbox.records()[0]
    assert record.last_error == "request ended: the sync worker is stopping"


def test_stop_ends_a_login_in_flight_and_the_record_stays_pending(outbox: Outbox) -> None:
    submission_id = _one_record(outbox)
    modes = {METADATA: Mode.OK, BASE: Mode.OK, TOKEN: Mode.TRICKLE_BODY}
    with HostileServer(modes, trickle_bytes=None) as server:
        tokens = SmartTokenSource(server.token_url, "kiosk-1", "s", KioskIdentity.generate())
        client = SmartDeliveryClient(FhirClient(server.base_url), tokens)
        worker = SyncWorker(outbox, client, **FAST)  # type: ignore[arg-type]
        worker.start()
        assert server.began.wait(30), "the worker never logged in"
        assert worker.stop(timeout=5.0), "stop() could not end the login in flight"
        client.close()
    assert _states(outbox) == {submission_id: State.PENDING}
    assert [s.path for s in server.served if s.path == BASE] == []  # nothing was posted


def test_over_tls_stop_ends_a_post_in_flight(outbox: Outbox, pki: LoopbackPki) -> None:
    submission_id = _one_record(outbox)
    hostile = HostileServer({METADATA: Mode.OK, BASE: Mode.SILENT}, tls=pki)
    with (
        hostile as server,
        FhirClient(server.base_url, timeout=(2.0, 60.0), ca_bundle=str(pki.ca_path)) as client,
    ):
        worker = SyncWorker(outbox, client, **FAST)  # type: ignore[arg-type]
        worker.start()
        assert server.began.wait(30), "the worker never posted"
        assert worker.stop(timeout=5.0), "stop() could not end the post in flight"
    assert _states(outbox) == {submission_id: State.PENDING}


# ---- redirects -----------------------------------------------------------------------------


def test_a_redirect_loop_is_not_followed() -> None:
    with HostileServer({METADATA: Mode.REDIRECT, BASE: Mode.REDIRECT}) as server:
        with FhirClient(server.base_url, timeout=TIMEOUT) as client:
            assert client.probe() is False
            outcome = client.post_transaction(BUNDLE)
        served = server.wait_served(2)
    assert isinstance(outcome, TransientFailure) and "redirect" in outcome.error
    assert [s.path for s in served] == [METADATA, BASE] and len(server.served) == 2
