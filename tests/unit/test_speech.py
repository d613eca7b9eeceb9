"""The speech engine: off the caller's thread, stopped at once, silent (never crashing) without
an engine; the self-test's line; and real speech: espeak-ng says a sentence in each kiosk
language into a WAV file that is not silence."""

from __future__ import annotations

import array
import math
import threading
import wave
from pathlib import Path

import pytest

from kiosk.config import KioskSettings
from kiosk.selftest import Status, check_speech
from kiosk.speech import SILENT, QueuedEngine
from kiosk.speech.engine import Voice
from kiosk.speech.espeak import EspeakNg, open_espeak

WAIT_S = 10.0  # a loaded 2-core machine; each wait ends as soon as its event is set

SENTENCES = {
    "nl": "Steek uw identiteitskaart in de lezer, met de chip naar boven.",
    "fr": "Introduisez votre carte d'identité dans le lecteur, la puce vers le haut.",
    "en": "Put your identity card in the reader, chip first and facing up.",
    "de": "Stecken Sie Ihren Personalausweis in das Lesegerät, mit dem Chip nach oben.",
}
RMS_FLOOR = 300.0  # of 32767; espeak-ng's speech is in the thousands, silence is 0


class BlockingBackend:
    """Speaks until interrupted; records what it started to say."""

    label = "blocking"

    def __init__(self, languages: frozenset[str] = frozenset({"nl", "fr", "en", "de"})) -> None:
        self._languages = languages
        self.started: list[tuple[str, str]] = []
        self.speaking = threading.Event()
        self.cut = threading.Event()
        self.fail_next = False

    def languages(self) -> frozenset[str]:
        return self._languages

    def speak(self, text: str, language: str, voice: Voice) -> None:
        self.started.append((language, text))
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the sound card went away")
        self.speaking.set()
        self.cut.wait()
        self.cut.clear()

    def interrupt(self) -> None:
        self.cut.set()


def test_say_returns_at_once_and_stop_cuts_off_and_drops_the_queue() -> None:
    backend = BlockingBackend()
    engine = QueuedEngine(backend)
    try:
        engine.say("first", "nl")  # the backend blocks on it until interrupted
        engine.say("second", "nl")
        engine.say("third", "nl")
        assert backend.speaking.wait(WAIT_S)  # the caller was not held up meanwhile
        engine.stop()
        assert engine.wait_idle(WAIT_S)
        assert backend.started == [("nl", "first")]  # the queued ones were dropped
        backend.speaking.clear()
        engine.say("after the stop", "fr")
        assert backend.speaking.wait(WAIT_S)
        engine.stop()
        assert engine.wait_idle(WAIT_S)
        assert backend.started[-1] == ("fr", "after the stop")
    finally:
        engine.close()


def test_a_language_without_a_voice_and_empty_text_are_not_said() -> None:
    backend = BlockingBackend(frozenset({"fr"}))
    engine = QueuedEngine(backend)
    try:
        assert engine.available
        engine.say("Hallo", "nl")
        engine.say("   ", "fr")
        assert engine.wait_idle(WAIT_S) and backend.started == []
    finally:
        engine.close()


def test_a_failing_backend_does_not_stop_the_worker() -> None:
    backend = BlockingBackend()
    backend.fail_next = True
    engine = QueuedEngine(backend)
    try:
        engine.say("broken", "en")
        engine.say("still speaking", "en")
        assert backend.speaking.wait(WAIT_S)
        assert [text for _, text in backend.started] == ["broken", "still speaking"]
    finally:
        engine.close()


def test_no_engine_is_silent_and_unavailable() -> None:
    assert not SILENT.available
    SILENT.say("Hallo", "nl")
    SILENT.stop()
    SILENT.close()
    assert not QueuedEngine(BlockingBackend(frozenset())).available


def test_a_missing_program_gives_no_voices() -> None:
    assert EspeakNg("/nonexistent/espeak-ng").languages() == frozenset()


def test_the_self_test_line() -> None:
    assert check_speech(KioskSettings(speech="disabled")).status is Status.OK

    class NoVoices(BlockingBackend):
        def languages(self) -> frozenset[str]:
            return frozenset({"en"})

    partial = check_speech(KioskSettings(), backend=NoVoices())
    assert partial.status is Status.WARN and "nl, fr, de" in partial.detail
    none = check_speech(KioskSettings(), backend=BlockingBackend(frozenset()))
    assert none.status is Status.WARN and "hidden" in none.detail


def espeak() -> EspeakNg:
    found = open_espeak()
    assert found is not None, "espeak-ng is not installed (scripts/setup.sh installs it)"
    return found


def test_the_machines_engine_has_the_four_voices() -> None:
    result = check_speech(KioskSettings())
    assert result.status is Status.OK, result.detail
    assert espeak().languages() == frozenset(SENTENCES)


def rms(path: Path) -> float:
    with wave.open(str(path), "rb") as sound:
        assert sound.getsampwidth() == 2 and sound.getnchannels() == 1
        samples = array.array("h", sound.readframes(sound.getnframes()))
    assert len(samples) > 0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_espeak_ng_speaks_a_sentence_in_each_language(tmp_path: Path, language: str) -> None:
    target = tmp_path / f"{language}.wav"
    espeak().synthesise(SENTENCES[language], language, target)
    with wave.open(str(target), "rb") as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert seconds > 1.0  # a whole sentence, not a click
    assert rms(target) > RMS_FLOOR


def test_silence_is_below_the_floor(tmp_path: Path) -> None:
    """The floor tells speech from silence: a silent file of the same format is under it."""
    target = tmp_path / "silence.wav"
    with wave.open(str(target), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(22050)
        sound.writeframes(bytes(2 * 22050))
    assert rms(target) < RMS_FLOOR


def test_pyttsx3_finds_the_four_voices_through_libespeak_ng() -> None:
    """The Windows backend's code, over pyttsx3's espeak driver (libespeak-ng) here."""
    from kiosk.speech.sapi import Sapi

    assert Sapi(driver="espeak").languages() >= frozenset(SENTENCES)
