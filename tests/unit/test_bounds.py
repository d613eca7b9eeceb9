"""The bounds on one HTTP exchange (kiosk.outbox.bounds) without a server: the byte cap, the
deadline and cancelling end an exchange, and shut its sockets so a blocked read returns.
Socket pairs stand in for connections; the end-to-end cases are in
tests/integration/test_delivery_bounds.py."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kiosk.errors import KioskError
from kiosk.outbox.bounds import (
    AnswerTooLarge,
    DeadlineExceeded,
    RequestCancelled,
    Watchdog,
    fetch,
    watch_socket,
)


class _Answer:
    def __init__(self, chunks: list[bytes], headers: dict[str, str] | None = None) -> None:
        self.status_code = 200
        self.headers = headers or {}
        self.chunks = chunks
        self.read = 0

    def iter_content(self, chunk_size: int) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk


def _send(answer: _Answer):  # a factory of context managers, like ``session.post`` with stream
    @contextmanager
    def send() -> Iterator[_Answer]:
        yield answer

    return send


def test_the_errors_are_kiosk_errors_with_stable_codes() -> None:
    assert (AnswerTooLarge(1024).code, DeadlineExceeded(1).code, RequestCancelled().code) == (
        "answer-too-large",
        "deadline-exceeded",
        "request-cancelled",
    )
    assert all(issubclass(e, KioskError) for e in (AnswerTooLarge, DeadlineExceeded))


def test_an_answer_within_its_cap_is_read_whole() -> None:
    answer = fetch(_send(_Answer([b"ab", b"cd"])), Watchdog(), deadline_s=30, limit=4)
    assert (answer.status, answer.body) == (200, b"abcd")


def test_reading_stops_at_the_first_chunk_past_the_cap() -> None:
    response = _Answer([b"x" * 3] * 1000)
    with pytest.raises(AnswerTooLarge):
        fetch(_send(response), Watchdog(), deadline_s=30, limit=10)
    assert response.read == 4


def test_a_declared_length_past_the_cap_is_refused_before_reading() -> None:
    response = _Answer([b"x"], {"Content-Length": "104857600"})
    with pytest.raises(AnswerTooLarge, match="more than 1 KB"):
        fetch(_send(response), Watchdog(), deadline_s=30, limit=1024)
    assert response.read == 0


def test_the_deadline_shuts_a_socket_blocked_in_a_read() -> None:
    ours, theirs = socket.socketpair()
    ours.settimeout(30)  # only so that a broken watchdog fails the test instead of hanging it
    with ours, theirs, pytest.raises(DeadlineExceeded, match="deadline"):
        with Watchdog().exchange(0.05) as exchange:
            watch_socket(ours)
            assert ours.recv(1) == b""  # blocked until the deadline shut it: no byte ever came
            exchange.check()


def test_cancel_ends_the_exchange_in_flight_and_refuses_later_ones() -> None:
    watchdog = Watchdog()
    ours, theirs = socket.socketpair()
    ours.settimeout(30)
    with ours, theirs:
        with pytest.raises(RequestCancelled), watchdog.exchange(30) as exchange:
            watch_socket(ours)
            watchdog.cancel()  # as SyncWorker.stop() does, from its own thread
            assert ours.recv(1) == b""
            exchange.check()
    with pytest.raises(RequestCancelled), watchdog.exchange(30):
        pass
    assert watchdog.cancelled


def test_a_socket_reported_after_the_end_is_shut_at_once() -> None:
    watchdog = Watchdog()
    ours, theirs = socket.socketpair()
    with ours, theirs, watchdog.exchange(30) as exchange:
        exchange.end("cancelled")
        watch_socket(ours)
        assert ours.recv(1) == b""


def test_sockets_outside_an_exchange_are_not_watched() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        watch_socket(ours)  # no exchange on this thread: nothing to do
        theirs.sendall(b"k")
        assert ours.recv(1) == b"k"
