"""The Windows engine: SAPI 5 through ``pyttsx3``, one utterance at a time on the engine's
worker thread (pyttsx3 engines are used from the thread that made them).

A voice is chosen per kiosk language from the voices Windows has installed (by their
language code); a language without a voice is not offered.
"""

from __future__ import annotations

import threading
from typing import Any

from kiosk.speech.backend import Voice

__all__ = ["Sapi", "open_sapi"]


def _codes(voice: Any) -> set[str]:
    """The two-letter languages a pyttsx3 voice declares (SAPI gives them in several forms)."""
    found: set[str] = set()
    for item in getattr(voice, "languages", None) or []:
        text = item.decode("ascii", "replace") if isinstance(item, bytes) else str(item)
        found.add(text.strip().lower()[:2])
    name = f"{getattr(voice, 'id', '')} {getattr(voice, 'name', '')}".lower()
    for code, word in (("nl", "dutch"), ("fr", "french"), ("en", "english"), ("de", "german")):
        if word in name:
            found.add(code)
    return found


class Sapi:
    """A :class:`~kiosk.speech.engine.Backend` over pyttsx3 (driver ``sapi5`` by default)."""

    label = "SAPI 5 (pyttsx3)"

    def __init__(self, driver: str = "sapi5") -> None:
        import pyttsx3

        self._driver = driver
        probe = pyttsx3.init(driver)
        self._voices: dict[str, str] = {}
        for voice in probe.getProperty("voices"):
            for code in _codes(voice) & {"nl", "fr", "en", "de"}:
                self._voices.setdefault(code, voice.id)
        self._engine: Any = None
        self._lock = threading.Lock()

    def languages(self) -> frozenset[str]:
        return frozenset(self._voices)

    def speak(self, text: str, language: str, voice: Voice) -> None:
        import pyttsx3

        with self._lock:
            if self._engine is None:
                self._engine = pyttsx3.init(self._driver)
            engine = self._engine
        engine.setProperty("voice", self._voices[language])
        engine.setProperty("rate", voice.rate)
        engine.setProperty("volume", voice.volume / 100)
        engine.say(text)
        engine.runAndWait()

    def interrupt(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.stop()


def open_sapi() -> Sapi | None:
    """SAPI 5 through pyttsx3, or None when either is missing."""
    try:
        return Sapi()
    except Exception:  # noqa: BLE001 - no pyttsx3, no COM, no SAPI: no speech
        return None
