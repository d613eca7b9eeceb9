"""The speech interface, its worker thread, and the choice of engine for this machine.

:class:`QueuedEngine` is the one implementation of "speak off the GUI thread": a daemon worker
takes utterances from a queue and hands each to a :class:`Backend` (which may block while it
speaks); :meth:`QueuedEngine.stop` empties the queue and interrupts the backend, so the
current sentence is cut off at once. Backends only synthesise and play one utterance.

Nothing spoken is logged: the visitor may ask for their own details to be read aloud.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from typing import Protocol

from kiosk.speech.backend import LANGUAGE_VOICES, Backend, Voice

__all__ = [
    "LANGUAGE_VOICES",
    "SILENT",
    "Backend",
    "QueuedEngine",
    "SilentEngine",
    "SpeechEngine",
    "Voice",
    "open_backend",
    "open_engine",
]

log = logging.getLogger(__name__)


class SpeechEngine(Protocol):
    """What the UI speaks through. ``say`` and ``stop`` return at once and never raise."""

    @property
    def available(self) -> bool:
        """Whether anything is heard: False when no engine or no voice was found."""
        ...

    def say(self, text: str, language: str) -> None:
        """Queue ``text`` in ``language`` (nl, fr, en, de) after what is being said."""
        ...

    def stop(self) -> None:
        """Stop speaking now and forget everything queued."""
        ...

    def close(self) -> None:
        """Stop, and end the worker (the kiosk is exiting)."""
        ...


class SilentEngine:
    """No engine on this machine: says nothing, never fails."""

    available = False

    def say(self, text: str, language: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


SILENT = SilentEngine()


class QueuedEngine:
    """A :class:`SpeechEngine` over a :class:`Backend`, speaking on a worker thread.

    Args:
        backend: synthesises and plays one utterance.
        voice: rate and volume.
    """

    def __init__(self, backend: Backend, voice: Voice | None = None) -> None:
        self._backend = backend
        self.voice = voice or Voice()
        self._languages = backend.languages()
        self._queue: queue.Queue[tuple[int, str, str] | None] = queue.Queue()  # None: close
        self._generation = 0  # bumped by stop(): utterances queued before it are dropped
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    @property
    def available(self) -> bool:
        return bool(self._languages)

    @property
    def languages(self) -> frozenset[str]:
        return self._languages

    def say(self, text: str, language: str) -> None:
        if not text.strip() or language not in self._languages:
            return
        with self._lock:
            self._idle.clear()
            self._queue.put((self._generation, text, language))

    def stop(self) -> None:
        with self._lock:
            self._generation += 1
            while True:
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break
        self._backend.interrupt()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until everything queued was said (tests and the self-test only)."""
        return self._idle.wait(timeout)

    def close(self) -> None:
        self.stop()
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            generation, text, language = item
            if generation == self._generation:
                try:
                    self._backend.speak(text, language, self.voice)
                except Exception as error:  # noqa: BLE001 - speech must never take the kiosk down
                    log.warning("speech failed: %s", type(error).__name__)
            with self._lock:
                if self._queue.empty():
                    self._idle.set()


def open_backend() -> Backend | None:
    """This machine's backend: the ``espeak-ng`` command, or SAPI 5 on Windows; None if absent."""
    if sys.platform == "win32":
        from kiosk.speech.sapi import open_sapi

        return open_sapi()
    from kiosk.speech.espeak import open_espeak

    return open_espeak()


def open_engine(voice: Voice | None = None) -> SpeechEngine:
    """This machine's engine, or :data:`SILENT` when it has none (the self-test says so)."""
    backend = open_backend()
    if backend is None or not backend.languages():
        log.warning("no speech engine: read aloud is not offered")
        return SILENT
    return QueuedEngine(backend, voice)
