"""Spoken guidance: a small, Qt-free text-to-speech interface and its offline engines.

* :class:`~kiosk.speech.engine.SpeechEngine` — what the UI uses: ``say(text, language)``,
  ``stop()`` and ``available``. Speaking never blocks the caller: every engine here speaks on
  its own worker thread, one utterance at a time, and ``stop()`` cuts the current one off and
  drops the queued ones at once (a session wipe, a language change).
* :func:`~kiosk.speech.engine.open_engine` — the platform's engine: the ``espeak-ng`` command
  on Linux (:mod:`kiosk.speech.espeak`), SAPI 5 through ``pyttsx3`` on Windows
  (:mod:`kiosk.speech.sapi`), or an unavailable engine that says nothing (never a crash).

Which texts are spoken, and when, is the UI's business (:mod:`kiosk.ui.read_aloud`).
"""

from kiosk.speech.engine import (
    LANGUAGE_VOICES,
    SILENT,
    QueuedEngine,
    SilentEngine,
    SpeechEngine,
    open_engine,
)

__all__ = [
    "LANGUAGE_VOICES",
    "SILENT",
    "QueuedEngine",
    "SilentEngine",
    "SpeechEngine",
    "open_engine",
]
