"""Soak benchmark: many complete visits through the real main window; memory must not creep.

One process runs the whole kiosk in demo mode (offscreen): the main window with every page, the
card monitor thread over the demo reader, the demo queue and the sync worker. Each cycle is a
whole visit, driven through the window's own buttons and the demo reader:

  language -> privacy -> card in (read on the monitor thread) -> "yes, this is me"
  -> "I agree" -> a trusted person typed on the on-screen keyboard -> one excluded care
  provider -> review -> "Confirm and send" (a Bundle built, sealed and queued)
  -> receipt -> "Finish" (every page cleared) -> card out.

Prints the resident set size (RSS, from /proc) after cycle 50 and after the last one, and the
growth between them (target: <= 5 MB over 500 cycles), and the median time per cycle.

The demo reader's pacing latency (about a second per read, for audiences) is set to zero: it
is a sleep, not work. Usage: ``.venv/bin/python bench/soak.py [--cycles 500]``.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

import kiosk.services
from kiosk.cardreader.reader import read_card
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.flow import Step
from kiosk.services import KioskSettings
from kiosk.ui.app import Kiosk
from kiosk.ui.scripted import ButtonVisit, run_until
from kiosk.ui.theme import apply_theme

CITIZEN = "nl-citizen"
TYPED = "de-citizen"  # the trusted person typed in
NIHII = "12345625001"
LANGUAGES = ("nl", "fr", "en", "de")
RSS_FIRST = 50  # measured after this cycle, once start-up allocations have settled
TARGET_GROWTH_MB = 5.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class Visit(ButtonVisit):
    """Drives one whole visit through the window's buttons and the demo reader."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__(kiosk)
        reader = kiosk.services.demo_reader
        assert reader is not None
        self.reader = reader
        profile = build_profile(TYPED)
        roots = [profile.trust_root_pem] if profile.trust_root_pem else []
        person = read_card(VirtualTransport(VirtualCard(profile)), extra_roots=roots).identity
        self.typed = (person.national_number, person.card_number, person.surname)

    def run(self, language: str) -> None:
        window, flow = self.window, self.flow
        window.pages[Step.WELCOME].language_buttons[language].click()  # type: ignore[attr-defined]
        self.expect(Step.PRIVACY)
        window.primary_button.click()
        self.expect(Step.INSERT_CARD)
        self.reader.insert(CITIZEN)
        run_until(lambda: flow.step is Step.CONFIRM_IDENTITY, "the citizen's card read")
        self.button("thisIsMe").click()
        window.current_page.agree.click()  # type: ignore[attr-defined]
        self.expect(Step.TRUSTED_PERSON)
        self.button("typeTrustedPerson").click()
        number, card, surname = self.typed
        for value in (number, card):
            self.tap(value)
            self.done_key()
        self.tap(surname)
        self.button("consentAcknowledged").click()
        window.primary_button.click()  # "Add this person"
        self.expect(Step.TRUSTED_PERSON)
        window.primary_button.click()  # "Next"
        self.expect(Step.EXCLUSIONS)
        self.button("addExclusion").click()
        self.tap(NIHII)
        window.primary_button.click()  # "Add to the list"
        window.primary_button.click()  # "Next"
        self.expect(Step.REVIEW)
        window.primary_button.click()  # "Confirm and send"
        self.expect(Step.DONE)
        window.primary_button.click()  # "Finish": the wipe
        self.expect(Step.WELCOME)
        if not flow.session.is_empty():
            raise RuntimeError("the session is not empty after the visit")
        self.reader.remove()
        link = self.kiosk.reader_link
        assert link is not None
        # The removal reaches the window before the next visitor; deferred deletions run too.
        run_until(lambda: link.state.value == "ready", "the card removal")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500, help="visits (default 500)")
    args = parser.parse_args(argv)
    if args.cycles < RSS_FIRST:
        parser.error(f"--cycles must be at least {RSS_FIRST}")
    logging.basicConfig(level=logging.WARNING)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts

    kiosk.services.DEMO_APDU_LATENCY_S = 0.0  # before the demo reader is built
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    settings = KioskSettings(demo=True, default_language="fr", stand_name="Soak stand")
    running = Kiosk(app, settings)
    try:
        running.show(windowed=True)
        running.start()
        run_until(lambda: running.services.outbox is not None, "the demo queue")
        link = running.reader_link
        assert link is not None
        run_until(lambda: link.state.value == "ready", "the demo reader")
        visit = Visit(running)
        times: list[float] = []
        first = last = 0.0
        objects_first = 0
        for cycle in range(1, args.cycles + 1):
            started = time.perf_counter()
            visit.run(LANGUAGES[cycle % len(LANGUAGES)])
            times.append(time.perf_counter() - started)
            if cycle == RSS_FIRST:
                first = rss_mb()
                objects_first = len(app.findChildren(QObject))
        last = rss_mb()
        objects_last = len(app.findChildren(QObject))
        gc.collect()
        collected = rss_mb()
        outbox = running.services.outbox
        queued = outbox.status().undelivered if outbox is not None else -1
    finally:
        running.close()

    growth = last - first
    verdict = "meets" if growth <= TARGET_GROWTH_MB else "MISSES"
    print(f"{args.cycles} complete visits in the real main window (offscreen, demo card)")
    print(f"  RSS after cycle {RSS_FIRST}: {first:.1f} MB")
    print(f"  RSS after cycle {args.cycles}: {last:.1f} MB ({collected:.1f} MB after gc.collect())")
    print(f"  growth: {growth:+.1f} MB ({verdict} the target <= {TARGET_GROWTH_MB:.0f} MB)")
    # Qt objects parented to the application (not to a window) live until it ends: a count
    # that grows with the visits points at the leak.
    print(
        f"  QObjects owned by the application: {objects_first} after cycle {RSS_FIRST}, "
        f"{objects_last} after cycle {args.cycles}"
    )
    print(f"  time per visit: median {statistics.median(times) * 1000:.0f} ms")
    print(f"  submissions waiting in the demo queue: {queued}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
