"""The card monitor runs a submission's challenge on its worker and answers through a future."""

from __future__ import annotations

import pytest

from kiosk.cardreader.errors import CardReadError, NoCardError
from kiosk.cardreader.monitor import CardMonitor
from kiosk.cardreader.virtual.backend import DEFAULT_READER, VirtualBackend
from tests.helpers.specimens import specimen_read

WAIT_S = 10.0
CHALLENGE = bytes(48)


def test_the_answer_is_the_cards_signature_or_its_error() -> None:
    backend = VirtualBackend()
    monitor = CardMonitor(backend, lambda event: None, poll_timeout_s=5.0)
    monitor.start()
    try:
        key = specimen_read("applet18").basic_key
        assert key is not None
        with pytest.raises(NoCardError):
            monitor.authenticate(DEFAULT_READER, key, CHALLENGE).result(timeout=WAIT_S)
        backend.insert("applet18")
        signature = monitor.authenticate(DEFAULT_READER, key, CHALLENGE).result(timeout=WAIT_S)
        assert len(signature) == 96
    finally:
        monitor.stop()


def test_a_stopped_monitor_answers_at_once_with_an_error() -> None:
    monitor = CardMonitor(VirtualBackend(), lambda event: None)
    monitor.start()
    monitor.stop()
    answer = monitor.authenticate(DEFAULT_READER, b"key", CHALLENGE)
    assert isinstance(answer.exception(timeout=0), CardReadError)
