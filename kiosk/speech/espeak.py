"""The Linux engine: the ``espeak-ng`` command (Debian package ``espeak-ng``), one process per
utterance.

Why not ``pyttsx3`` here: its espeak driver does load ``libespeak-ng.so.1`` (Debian 12,
pyttsx3 2.99), but on Linux it plays each utterance with ``os.system("aplay ...")`` from a
temporary WAV file: that needs alsa-utils, cannot be interrupted (``stop()`` would have to wait
for the sentence to end), and prints to standard output. The command plays through
espeak-ng's own audio output, and killing it stops the sound at once. Windows uses pyttsx3
over SAPI 5 (:mod:`kiosk.speech.sapi`).

The text goes to the process on standard input, never on its command line, which any user of
the machine can read (``ps``).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

from kiosk.speech.backend import LANGUAGE_VOICES, Voice

__all__ = ["EspeakNg", "open_espeak"]

TIMEOUT_S = 120.0  # the longest page read aloud takes well under a minute


class EspeakNg:
    """A :class:`~kiosk.speech.engine.Backend` over the ``espeak-ng`` program at ``command``."""

    label = "espeak-ng"

    def __init__(self, command: str) -> None:
        self.command = command
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._languages = self._find_languages()

    def _find_languages(self) -> frozenset[str]:
        try:
            listing = subprocess.run(
                [self.command, "--voices"], capture_output=True, timeout=30, check=True
            ).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            return frozenset()
        names = {line.split()[1] for line in listing.splitlines()[1:] if len(line.split()) > 1}
        return frozenset(code for code, name in LANGUAGE_VOICES.items() if name in names)

    def languages(self) -> frozenset[str]:
        return self._languages

    def _arguments(self, language: str, voice: Voice) -> list[str]:
        # -a: amplitude, 100 is espeak-ng's normal level; the kiosk's volume is 0-100 percent.
        amplitude = max(0, min(200, round(voice.volume)))
        rate = max(80, min(450, round(voice.rate)))
        return [
            self.command,
            "-v",
            LANGUAGE_VOICES[language],
            "-s",
            str(rate),
            "-a",
            str(amplitude),
        ]

    def speak(self, text: str, language: str, voice: Voice) -> None:
        with self._lock:
            process = subprocess.Popen(
                self._arguments(language, voice),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self._process = process
        try:
            process.communicate(text.encode("utf-8"), timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        finally:
            with self._lock:
                self._process = None

    def interrupt(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def synthesise(
        self, text: str, language: str, target: Path, voice: Voice | None = None
    ) -> None:
        """Write ``text`` spoken in ``language`` to the WAV file ``target`` (self-test, tests).

        Raises:
            OSError: the program failed or wrote nothing.
        """
        arguments = [*self._arguments(language, voice or Voice()), "-w", str(target)]
        try:
            subprocess.run(
                arguments,
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=TIMEOUT_S,
                check=True,
            )
        except subprocess.SubprocessError as error:
            raise OSError(f"espeak-ng failed ({type(error).__name__})") from None
        if not target.is_file() or target.stat().st_size == 0:
            raise OSError("espeak-ng wrote no sound")


def open_espeak() -> EspeakNg | None:
    """The ``espeak-ng`` program on the PATH, or None."""
    command = shutil.which("espeak-ng")
    return EspeakNg(command) if command else None
