"""A speech engine for tests: records what the kiosk would say, in which language.

:class:`RecordingSpeech` satisfies :class:`kiosk.speech.SpeechEngine`; ``spoken`` is the list of
(language, text) said since the last :meth:`take` or :meth:`stop` (a stop cuts off and drops
everything, as a real engine does); ``heard`` keeps every text ever asked for (privacy
checks); ``stops`` counts :meth:`stop` calls (speech must stop at once on a wipe or a language
change).
"""

from __future__ import annotations


class RecordingSpeech:
    """Says nothing; remembers everything it was asked to say."""

    def __init__(self, *, available: bool = True) -> None:
        self.available = available
        self.spoken: list[tuple[str, str]] = []
        self.heard: list[str] = []
        self.stops = 0
        self.closed = False

    def say(self, text: str, language: str) -> None:
        self.spoken.append((language, text))
        self.heard.append(text)

    def stop(self) -> None:
        self.stops += 1
        self.spoken.clear()

    def close(self) -> None:
        self.closed = True

    def take(self) -> list[str]:
        """The texts said since the last call (and forget them)."""
        texts = [text for _, text in self.spoken]
        self.spoken.clear()
        return texts

    def spoken_texts(self) -> list[str]:
        """The texts said since the last :meth:`take` (kept)."""
        return [text for _, text in self.spoken]

    def languages(self) -> set[str]:
        return {language for language, _ in self.spoken}
