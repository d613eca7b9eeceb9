"""Print what the kiosk says aloud on every page: the spoken guide, for review and the docs.

Usage::

    python tools/spoken_guide.py [--lang en] [--check]

The real main window (offscreen, 1280x800, demo data as in ``tools/screenshots.py``: specimen
cards of fictitious people, two trusted persons, two excluded care providers) is taken to each
step of the visit (:class:`kiosk.flow.Step`) in turn by the test suite's flow driver, with read
aloud on from the start of every visit and a recording speech engine in place of the real one.
For each step it prints exactly what would be said when the page is shown: what is still queued
for the engine once the window has settled (a later focus move or page change cuts the page's
words off, as on the real engine, and so shows here). On the "is this you?" page it prints what
"Read my details aloud" says too (the specimen's name: a fictitious person), and on the
inactivity warning the countdown's lines, second by second.

Each step is a fresh visit (the last one cancelled), so a step reached by a card error or a
refusal is shown as well as the others. A text said in another language than the visitor's is
marked with that language. ``--check`` also reports, and exits with 1 on, a page that says
nothing, a page whose heading or any text is said twice in a row, and a text in another
language than the visitor's.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# The fakes and the flow driver are the test suite's; run as a script, this file has only its
# own folder on the path, not the repository's root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.clocks import FakeClock  # noqa: E402
from tests.helpers.speech import RecordingSpeech  # noqa: E402
from tools.screenshots import SIZE, Driver, settle, wait_until  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.app import Kiosk


@dataclass
class Section:
    """What is said on one step: (language, text) pairs, and the page's extras."""

    step: str
    said: list[tuple[str, str]]
    extras: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def problems(self, language: str) -> list[str]:
        """Nothing said; the heading said twice, or one text twice in a row (a page read
        twice, a label doubled); a text in another language than the visitor's."""
        texts = [text for _, text in self.said if text.strip()]
        found = [] if texts else [f"{self.step}: nothing is said"]
        twice = {b for a, b in zip(texts, texts[1:], strict=False) if a == b}
        if texts and texts.count(texts[0]) > 1:
            twice.add(texts[0])
        found += [f"{self.step}: said twice: {text!r}" for text in sorted(twice)]
        for name, lines in [("page", self.said), *self.extras.items()]:
            found += [
                f"{self.step} ({name}): in {lang!r}, not {language!r}: {text!r}"
                for lang, text in lines
                # the welcome page greets in every language, each in its own voice
                if lang != language and self.step != "welcome"
            ]
        return found


def guide(
    kiosk: Kiosk, app: QApplication, clock: FakeClock, speech: RecordingSpeech, language: str
) -> list[Section]:
    """Every step's spoken words in ``language``, in the flow's order."""
    from kiosk.flow import Step

    driver = Driver(kiosk, clock)
    read_aloud = kiosk.read_aloud
    assert read_aloud is not None
    sections = []
    for step in Step:
        driver.reach(step, language)
        settle(app)
        assert read_aloud.on, "read aloud is on from the start of every visit"
        section = Section(step.value, list(speech.spoken))
        speech.take()
        if step is Step.CONFIRM_IDENTITY:
            read_aloud.read_my_details()
            section.extras[f'"{read_aloud.details.text()}"'] = list(speech.spoken)
            speech.take()
        elif step is Step.STILL_THERE:
            section.extras["countdown"] = countdown(kiosk, clock, speech)
        sections.append(section)
    kiosk.flow.cancel()
    return sections


def countdown(kiosk: Kiosk, clock: FakeClock, speech: RecordingSpeech) -> list[tuple[str, str]]:
    """The warning's countdown as read aloud, a second at a time, until the last second."""
    read_aloud = kiosk.read_aloud
    assert read_aloud is not None
    said: list[tuple[str, str]] = []
    left = kiosk.flow.seconds_left()
    while left is not None and left > 0:
        read_aloud.announce_countdown()
        said += speech.spoken
        speech.take()
        clock.advance(min(1.0, left - math.floor(left) or 1.0))
        left = kiosk.flow.seconds_left()
    return said


def render(sections: list[Section], language: str) -> str:
    def lines(said: list[tuple[str, str]]) -> list[str]:
        return [f"  {text}" if lang == language else f"  [{lang}] {text}" for lang, text in said]

    out = [f"# What the kiosk says aloud on each page ({language})"]
    for section in sections:
        out.append(f"[{section.step}]")
        out += lines(section.said) or ["  (nothing)"]
        for name, said in section.extras.items():
            if name == "countdown":
                out.append("  countdown: " + " / ".join(text for _, text in said))
            else:
                out.append(f"  {name}:")
                out += ["  " + line for line in lines(said)]
    return "\n".join(out)


def run(languages: Sequence[str], *, check: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.services import KioskSettings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    clock = FakeClock()
    speech = RecordingSpeech()
    data = tempfile.TemporaryDirectory(prefix="kiosk-spoken-guide-")
    settings = KioskSettings(
        demo=True,
        default_language="en",
        stand_name="Demo stand",
        data_dir=Path(data.name),
        speech_at_start=True,
    )
    kiosk = Kiosk(app, settings, clock=clock, speech=speech)
    problems: list[str] = []
    try:
        kiosk.show(windowed=True)
        kiosk.window.resize(*SIZE)
        kiosk.start()
        wait_until(lambda: kiosk.services.outbox is not None, "the demo queue")
        assert kiosk.reader_link is not None
        kiosk.reader_link.close()  # the flow is driven here: no read may start by itself
        kiosk.reader_link = None
        for language in languages:
            sections = guide(kiosk, app, clock, speech, language)
            print(render(sections, language), end="\n\n")
            problems += [p for s in sections for p in s.problems(language)]
    finally:
        kiosk.close()
        data.cleanup()
    if check:
        for problem in problems:
            print(f"PROBLEM {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.flow.config import LANGUAGES

    parser = argparse.ArgumentParser(
        prog="spoken_guide", description="Print what the kiosk says aloud on every page."
    )
    parser.add_argument(
        "--lang", default="en", help=f"comma-separated, among {','.join(LANGUAGES)} (default: en)"
    )
    parser.add_argument(
        "--check", action="store_true", help="report silent pages, repeats, other languages"
    )
    args = parser.parse_args(argv)
    languages = [code.strip() for code in args.lang.split(",") if code.strip()]
    if not languages or set(languages) - set(LANGUAGES):
        parser.error(f"--lang: choose among {', '.join(LANGUAGES)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(languages, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
