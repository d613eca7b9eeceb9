"""Runs of the real UI with nobody at the screen: what the bundle's tests and benchmarks drive.

Hidden options of the ``kiosk`` command (:mod:`kiosk.main`), the same from source and in the
PyInstaller bundle, so the frozen app is checked with its own code:

* ``kiosk --scripted-demo-enrolment``: the real :class:`~kiosk.ui.app.Kiosk` in demo mode
  (offscreen unless ``QT_QPA_PLATFORM`` says otherwise) walks one whole visit through the
  window's own buttons and the demo reader: English, privacy notice, a specimen card read and
  verified on the monitor thread, "this is me", "I agree", no trusted person, one excluded
  care provider typed on the on-screen keyboard, review, "Confirm and send" (a FHIR Bundle
  built, validated, sealed and queued), receipt, "Finish". Prints one JSON line with the demo
  queue's counts and exits 0 only if exactly one submission is pending in it.
* ``kiosk --report-first-paint [kiosk options]``: the ordinary ``kiosk`` start-up, printing
  ``painted <time.monotonic()> <peak RSS KiB>`` when the welcome page is first painted and
  running on until stopped (``bench/startup.py``'s protocol; ``bench/bundle.py`` compares the
  bundle with the source this way). With ``--grab-window FILE`` it then saves the window's own
  grab as a PNG (written aside and renamed into place: a reader never sees half a file) and
  prints ``grabbed <width>x<height> <platform> <step> <FILE>``: how the stand test proves
  what is on a screen that screenshot tools see as black (the headless ``cage``).

Nothing printed here is personal: specimen cards only, and only counts and step names.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

    from kiosk.ui.app import Kiosk
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard

__all__ = [
    "ButtonVisit",
    "ScriptError",
    "report_first_paint",
    "run_until",
    "scripted_demo_enrolment",
]

CITIZEN = "nl-citizen"  # a specimen profile of the demo reader
NIHII = "12345625001"  # fictitious; follows the mod-97 check-digit rule
LANGUAGE = "en"
STEP_TIMEOUT_MS = 30_000  # a card read on a loaded 2-core machine; normally about a second


class ScriptError(RuntimeError):
    """The scripted visit could not go on; the message names the step, never a person."""


def run_until(
    ready: Callable[[], bool], what: str, *, timeout_ms: int = STEP_TIMEOUT_MS, poll_ms: int = 5
) -> None:
    """Run the event loop (card events arrive from the monitor thread) until ``ready()``;
    raise :class:`ScriptError` naming ``what`` after ``timeout_ms``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if ready():
        return
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if ready() else None)
    check.start(poll_ms)
    # Owned and stopped here: a pending singleShot would outlive the wait (the soak counts).
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    loop.exec()
    check.stop()
    deadline.stop()
    if not ready():
        raise ScriptError(f"timed out waiting for {what}")


class ButtonVisit:
    """Drives a visit through the window's own buttons and on-screen keyboard, as a citizen's
    taps would (the scripted enrolment here, ``bench/soak.py``)."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.flow = kiosk.flow

    def button(self, name: str) -> QAbstractButton:
        from PySide6.QtWidgets import QAbstractButton

        found = self.window.current_page.findChild(QAbstractButton, name)
        if found is None or not found.isVisible() or not found.isEnabled():
            raise ScriptError(f"no usable button {name} on {self.flow.step.value}")
        return found

    def expect(self, step: object) -> None:
        if self.flow.step is not step:
            raise ScriptError(f"on {self.flow.step.value}, expected {getattr(step, 'value', step)}")

    def _keyboard(self) -> OnScreenKeyboard:
        from kiosk.ui.widgets.keyboard import OnScreenKeyboard

        keyboard = self.window.current_page.findChild(OnScreenKeyboard)
        if keyboard is None:
            raise ScriptError(f"no on-screen keyboard on {self.flow.step.value}")
        return keyboard

    def tap(self, text: str) -> None:
        """Type ``text`` on the page's on-screen keyboard (digits, letters, capitals, spaces)."""
        from kiosk.ui.widgets.keyboard import KeyboardMode

        keyboard = self._keyboard()
        for char in text:
            wanted = KeyboardMode.DIGITS if char.isdigit() else KeyboardMode.LETTERS
            if keyboard.mode() is not wanted:
                keyboard.key("to-digits" if char.isdigit() else "to-letters").click()
            if char.isupper():
                keyboard.key("shift").click()
            keyboard.key({" ": "space"}.get(char, char.lower())).click()

    def done_key(self) -> None:
        """The keyboard's "Done" key (the numeric pad's one in digit mode)."""
        from kiosk.ui.widgets.keyboard import KeyboardMode

        keyboard = self._keyboard()
        digits = keyboard.mode() is KeyboardMode.DIGITS
        keyboard.key("pad-done" if digits else "done").click()


class _Visit(ButtonVisit):
    """The scripted demo enrolment's one visit."""

    def run(self) -> None:
        from kiosk.flow import Step

        window, flow, services = self.window, self.flow, self.kiosk.services
        run_until(lambda: self.kiosk.reader_link is not None, "the card reader")
        run_until(lambda: services.outbox is not None, "the demo queue")
        reader = services.demo_reader
        if reader is None:
            raise ScriptError("the kiosk has no demo reader")
        window.pages[Step.WELCOME].language_buttons[LANGUAGE].click()  # type: ignore[attr-defined]
        self.expect(Step.PRIVACY)
        window.primary_button.click()  # "I understand, continue"
        self.expect(Step.INSERT_CARD)
        reader.insert(CITIZEN)
        run_until(lambda: flow.step is Step.CONFIRM_IDENTITY, "the specimen card's read")
        self.button("thisIsMe").click()
        self.expect(Step.CONSENT)
        window.current_page.agree.click()  # type: ignore[attr-defined]
        self.expect(Step.TRUSTED_PERSON)
        window.primary_button.click()  # "Skip": nobody else
        self.expect(Step.EXCLUSIONS)
        self.button("addExclusion").click()
        self.tap(NIHII)
        window.primary_button.click()  # "Add to the list"
        window.primary_button.click()  # "Next"
        self.expect(Step.REVIEW)
        window.primary_button.click()  # "Confirm and send"
        self.expect(Step.DONE)
        if not flow.reference:
            raise ScriptError("the receipt has no reference")

    def finish(self) -> None:
        from kiosk.flow import Step

        self.window.primary_button.click()  # "Finish": the wipe
        self.expect(Step.WELCOME)
        if not self.flow.session.is_empty():
            raise ScriptError("the session is not empty after the visit")
        reader = self.kiosk.services.demo_reader
        if reader is not None:
            reader.remove()


def scripted_demo_enrolment(argv: Sequence[str] = ()) -> int:
    """``kiosk --scripted-demo-enrolment``: see the module docstring. Returns the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from kiosk.config.settings import KioskSettings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.theme import apply_theme

    started = time.monotonic()
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    kiosk = Kiosk(app, KioskSettings(demo=True, default_language=LANGUAGE))
    report: dict[str, object] = {"scripted_demo_enrolment": "failed"}
    try:
        kiosk.show(windowed=True)
        kiosk.start()
        visit = _Visit(kiosk)
        visit.run()
        status = kiosk.services.queue_status()  # before close: the demo queue goes with it
        if status is None:
            raise ScriptError("the demo queue is not open")
        report.update(
            step=kiosk.flow.step.value,
            pending=status.counts.get("pending", 0),
            undelivered=status.undelivered,
            counts=status.counts,
        )
        visit.finish()
        ok = status.counts.get("pending", 0) == 1 and sum(status.counts.values()) == 1
        report["scripted_demo_enrolment"] = "ok" if ok else "failed"
    except ScriptError as error:
        report.update(step=kiosk.flow.step.value, error=str(error))
    finally:
        kiosk.close()
    report["seconds"] = round(time.monotonic() - started, 2)
    import json

    print(json.dumps(report, sort_keys=True), flush=True)
    return 0 if report["scripted_demo_enrolment"] == "ok" else 1


def _grab_option(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``argv`` without ``--grab-window FILE``, and that FILE (``None`` when absent)."""
    args = list(argv)
    if "--grab-window" not in args:
        return args, None
    at = args.index("--grab-window")
    if at + 1 >= len(args):
        raise SystemExit("kiosk: --grab-window needs a file name")
    target = args[at + 1]
    del args[at : at + 2]
    return args, target


def _save_grab(kiosk: Kiosk, target: str) -> None:
    """Save the window's own rendering to ``target`` (PNG) and say so on stdout."""
    from PySide6.QtGui import QGuiApplication

    image = kiosk.window.grab()
    partial = f"{target}.partial"
    if not image.save(partial, "PNG"):
        print(f"grab failed {target}", flush=True)
        return
    os.replace(partial, target)
    platform = QGuiApplication.platformName()
    step = kiosk.flow.step.value
    print(f"grabbed {image.width()}x{image.height()} {platform} {step} {target}", flush=True)


def report_first_paint(argv: Sequence[str]) -> int:
    """``kiosk --report-first-paint [--grab-window FILE] ...``: ``kiosk ...`` that prints when
    it is first painted (and saves its window's grab)."""
    from kiosk.launch import prepare

    args, grab_target = _grab_option(argv)
    prepared = prepare(args)  # as ``kiosk`` does: options, settings and log before Qt
    if isinstance(prepared, int):
        return prepared
    from kiosk.ui import app as kiosk_app

    def report() -> None:
        try:
            import resource
        except ImportError:  # Windows: no peak RSS figure
            peak = 0
        else:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {time.monotonic():.6f} {peak}", flush=True)

    original = kiosk_app.Kiosk.show

    def show(self: Kiosk, *, windowed: bool) -> None:
        self.window.painted.connect(report)
        if grab_target is not None:
            from PySide6.QtCore import QTimer

            # After the paint that emitted ``painted`` has finished.
            self.window.painted.connect(
                lambda: QTimer.singleShot(0, lambda: _save_grab(self, grab_target))
            )
        original(self, windowed=windowed)

    # The one hook start-up has no seam for; the welcome page is painted on the first paint.
    kiosk_app.Kiosk.show = show  # type: ignore[method-assign]
    try:
        return kiosk_app.run(*prepared)
    finally:
        kiosk_app.Kiosk.show = original  # type: ignore[method-assign]
