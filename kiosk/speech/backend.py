"""What an engine's backend is: one utterance at a time, in a voice per kiosk language.

Shared by the worker (:mod:`kiosk.speech.engine`) and the backends (:mod:`kiosk.speech.espeak`,
:mod:`kiosk.speech.sapi`), which know nothing of each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["LANGUAGE_VOICES", "Backend", "Voice"]

#: espeak-ng's voice for each kiosk language (Belgian French; Dutch, English, German).
LANGUAGE_VOICES: dict[str, str] = {"nl": "nl", "fr": "fr-be", "en": "en-gb", "de": "de"}


@dataclass(frozen=True)
class Voice:
    """How to speak: words per minute and volume (0 to 100 percent)."""

    rate: int = 160
    volume: int = 80


class Backend(Protocol):
    """One utterance at a time, on the engine's worker thread. ``label`` names it (self-test)."""

    label: str

    def languages(self) -> frozenset[str]:
        """The kiosk languages this backend has a voice for."""
        ...

    def speak(self, text: str, language: str, voice: Voice) -> None:
        """Say ``text`` and return when it has been said or :meth:`interrupt` was called."""
        ...

    def interrupt(self) -> None:
        """Cut the utterance in progress short (called from another thread)."""
        ...
