"""Render every page of the kiosk, in every language, to PNG files: the review aid for layout
and translations.

Usage::

    python tools/screenshots.py OUTDIR [--lang nl,fr] [--look large] [--real-window]

Each step of the visit (:class:`kiosk.flow.Step`) is shown in the real main window, header,
status strip and footer included, at the stand's 1280x800, with demo data: specimen cards
(fictitious people), two trusted persons (one read by card, one typed), two excluded care
providers, the demo queue for the receipt. A few dense views get an extra picture (the
exclusions form with its keyboard, the typed form filled in, the stop question). Files are
named ``<lang>-<nn>-<step>[-<view>].png`` where ``nn`` is the step's place in the flow's
order (``nl-03-insert-card.png``): never anything personal.

``--look large`` renders every page and view in larger text with high contrast
(:attr:`kiosk.ui.look.Look.LARGE_HIGH_CONTRAST`, the header's "Larger text"), ``--look
large-text`` in larger text only (:attr:`~kiosk.ui.look.Look.LARGE_TEXT`); their files start
with the look's name (``large-nl-03-insert-card.png``). The operator screens keep the standard
look, and their names.

With ``--operator`` the volunteer (operator) panel's screens follow, numbered after the steps
(``<lang>-<nn>-operator-<view>.png``): choosing the first PIN, typing the PIN, the panel with
queued submissions and one the network refused, the refused list, the USB stick chooser, the
lock-out, and the crash screen a volunteer is called to. ``--operator-only`` renders just
those. The kiosk's data folder (PIN, audit log) is a temporary folder, removed at the end.

Usage with the panel: ``python tools/screenshots.py OUTDIR --operator``.

By default the window is rendered offscreen with ``QWidget.grab()``. ``--real-window`` shows
a frameless window on a real X display instead and grabs the screen (under ``xvfb-run`` when
no ``DISPLAY`` is set: the script re-runs itself there), which also exercises the xcb platform
plugin and the window system's painting.

The flow is driven directly (its public methods, the same ones the pages call) with verified
reads of the specimen cards, by the test suite's flow driver (``tests/helpers``); the card
reader link is detached so that no read is started, and the status strip is told the reader
state each step implies.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The fakes and the flow driver are the test suite's; run as a script, this file has only its
# own folder on the path, not the repository's root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.clocks import FakeClock  # noqa: E402
from tests.helpers.flow_driver import Entries, next_visit  # noqa: E402
from tests.helpers.specimens import specimen_read  # noqa: E402
from tests.helpers.submit import RecordingSubmit  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from kiosk.flow import EnrolmentFlow, Step
    from kiosk.ui.app import Kiosk

log = logging.getLogger("screenshots")

SIZE = (1280, 800)  # the stand's touchscreen
START_TIMEOUT_S = 30.0
PNG_QUALITY = 80  # Qt maps it to zlib level 2: as small as the default, 40 % quicker
#: ``--look`` choices: the kiosk.ui.look.Look value of each (the file names' prefix).
LOOKS = {"standard": "standard", "large": "large-high-contrast", "large-text": "large-text"}

# Demo data: which specimen card plays whom in each language.
CITIZEN = {"nl": "nl-citizen", "fr": "fr-citizen", "en": "nl-citizen", "de": "de-citizen"}
TYPED_PERSON = "foreigner"  # typed in: a foreign resident's "B" card number
EXCLUSIONS = (("12345625001", "Dr Lambert"), ("23456776002", None))
DEMO_ENTRIES = Entries(by_card=True, typed=TYPED_PERSON, exclusions=EXCLUSIONS)


class Driver:
    """Takes a fresh visit to any step, in a language, with the demo data."""

    def __init__(self, kiosk: Kiosk, clock: FakeClock) -> None:
        self.flow: EnrolmentFlow = kiosk.flow
        self.clock = clock
        # The flow keeps its submit privately and the kiosk offers no hook for it: a recording
        # stand-in in front of the demo queue can be made to fail, for the submit-error page.
        self.flow._submit = RecordingSubmit(forward_to=self.flow._submit)

    def reach(self, step: Step, language: str) -> None:
        next_visit(
            self.flow, self.clock, step, language, citizen=CITIZEN[language], entries=DEMO_ENTRIES
        )


# ---------------------------------------------------------------- views and pictures


def reader_state_for(step: Step) -> str:
    """The card reader state a visitor would see on ``step``."""
    from kiosk.cardreader.reader_state import ReaderState
    from kiosk.flow import Step
    from kiosk.flow.steps import BUSY

    empty = {
        Step.WELCOME,
        Step.PRIVACY,
        Step.INSERT_CARD,
        Step.SWAP_INSERT_OTHER,
        Step.SWAP_REINSERT_OWN,
    }
    if step in BUSY:
        return ReaderState.READING.value
    return (ReaderState.READY if step in empty else ReaderState.CARD).value


def extra_views(kiosk: Kiosk) -> dict[Step, list[tuple[str, Callable[[], None]]]]:
    """Dense views that one picture per step would miss: (suffix, how to show it)."""
    from kiosk.flow import Step

    window = kiosk.window

    def exclusions_form() -> None:
        window.pages[Step.EXCLUSIONS].show_form()  # type: ignore[attr-defined]

    def typed_form_filled() -> None:
        keyboard = window.pages[Step.TRUSTED_TYPED].keyboard  # type: ignore[attr-defined]
        # Tapped on the keyboard as a visitor would: a national number half typed.
        for digit in specimen_read(TYPED_PERSON).identity.national_number[:7]:
            keyboard.key(digit).click()

    def stop_question() -> None:
        window.stop_button.click()

    return {
        Step.EXCLUSIONS: [("form", exclusions_form)],
        Step.TRUSTED_TYPED: [("typing", typed_form_filled)],
        Step.REVIEW: [("stop", stop_question)],
    }


def _as_is() -> None:
    """The step as the flow shows it on arrival."""


def settle(app: QApplication) -> None:
    """Let posted layout and paint work run before a picture is taken."""
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def picture(kiosk: Kiosk, app: QApplication, real_window: bool) -> QPixmap:
    settle(app)
    window = kiosk.window
    if not real_window:
        return window.grab()
    window.repaint()
    settle(app)
    screen = window.screen()
    return screen.grabWindow(0)  # the whole screen, as the visitor sees it


def wait_until(ready: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``ready()`` (checked every 10 ms), or give up."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if ready() else None)
    check.start(10)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(START_TIMEOUT_S * 1000))
    if not ready():
        loop.exec()
    check.stop()
    deadline.stop()
    if not ready():
        raise RuntimeError(f"timed out waiting for {what}")


OPERATOR_PIN = "402719"


class OperatorScenes:
    """Shows the operator panel's screens over the kiosk (the kiosk is the panel's host)."""

    def __init__(self, kiosk: Kiosk, data_dir: Path) -> None:
        from kiosk.operator.drives import removable_drives
        from kiosk.operator.pin import MIN_SCRYPT_N, PinStore
        from kiosk.ui.operator import install_operator_mode

        own = getattr(kiosk, "operator_mode", None)
        if own is not None:
            own.remove()  # replaced by one whose clock and drives this script controls
        self.kiosk = kiosk
        self.data_dir = data_dir
        self.wall = FakeClock(time.time())
        sticks = data_dir / "media"
        (sticks / "volunteer" / "USB-STICK").mkdir(parents=True, exist_ok=True)
        self._store = lambda language: PinStore(
            data_dir / f"pin-{language}.json", clock=self.wall, scrypt_n=MIN_SCRYPT_N
        )
        self.mode = install_operator_mode(
            kiosk.window,
            kiosk,  # type: ignore[arg-type]  (the Kiosk implements OperatorHost)
            kiosk.translations,
            pin_store=self._store("none"),
            clock=self.wall,
            drives=lambda: removable_drives([str(sticks / "*" / "*")], require_mount=False),
            save_override=lambda *_: None,
        )
        self._queued = False

    def fill_queue(self, driver: Driver, language: str) -> None:
        """Three queued demo submissions, the network refused one (once for all languages)."""
        from kiosk.flow import Step

        if self._queued:
            return
        for _ in range(3):
            driver.reach(Step.DONE, language)
        outbox = self.kiosk.services.outbox
        assert outbox is not None
        record = outbox.claim_next()
        assert record is not None
        outbox.mark_rejected(
            record.submission_id, reason="HTTP 422: Consent.policyRule is not a known policy"
        )
        self.kiosk.flow.cancel()
        self._queued = True

    def views(self, language: str) -> list[tuple[str, Callable[[], None]]]:
        mode = self.mode

        def type_pin(digits: str) -> None:
            for digit in digits:
                mode.pin_view.keyboard.key(digit).click()

        def first_pin() -> None:
            mode.close()
            mode._pin_store = self._store(language)
            mode.open()

        def pin_entry() -> None:
            type_pin(OPERATOR_PIN)  # the first PIN, twice
            mode.pin_view.keyboard.key("pad-done").click()
            type_pin(OPERATOR_PIN)
            mode.pin_view.keyboard.key("pad-done").click()
            mode.close()
            mode.open()
            type_pin(OPERATOR_PIN[:4])

        def panel() -> None:
            type_pin(OPERATOR_PIN[4:])
            mode.pin_view.keyboard.key("pad-done").click()

        def rejected() -> None:
            mode.panel.action_buttons["rejected"].click()

        def export() -> None:
            mode.show_panel()
            mode.panel.action_buttons["export"].click()

        def locked() -> None:
            mode.close()
            mode.open()
            for _ in range(5):
                type_pin("999000")
                mode.pin_view.keyboard.key("pad-done").click()

        def crash_screen() -> None:
            mode.close()
            self.kiosk.error_screen.show_crash("E-1A2B3C")  # what a volunteer is called to

        return [
            ("operator-new-pin", first_pin),
            ("operator-pin", pin_entry),
            ("operator-panel", panel),
            ("operator-rejected", rejected),
            ("operator-export", export),
            ("operator-locked", locked),
            ("operator-crash-screen", crash_screen),
        ]

    def done(self) -> None:
        self.mode.close()
        self.kiosk.error_screen.reset()
        self.wall.advance(24 * 3600)  # the next language starts unlocked


def render(
    outdir: Path,
    languages: Sequence[str],
    *,
    real_window: bool = False,
    operator: str = "no",
    look: str = "standard",
) -> list[Path]:
    """Render every step (and the extra views) in ``languages`` into ``outdir``; ``operator``:
    ``"no"``, ``"also"`` (the operator panel's screens too) or ``"only"``; ``look``: a key
    of :data:`LOOKS`."""
    from PySide6.QtWidgets import QApplication

    from kiosk.flow import Step
    from kiosk.services import KioskSettings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.look import Look
    from kiosk.ui.theme import apply_theme

    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    clock = FakeClock()
    data = tempfile.TemporaryDirectory(prefix="kiosk-screenshots-")
    settings = KioskSettings(
        demo=True, default_language="en", stand_name="Demo stand", data_dir=Path(data.name)
    )
    kiosk = Kiosk(app, settings, clock=clock)
    written: list[Path] = []
    try:
        kiosk.show(windowed=not real_window)
        if not real_window:
            kiosk.window.resize(*SIZE)
        kiosk.start()
        wait_until(lambda: kiosk.services.outbox is not None, "the demo queue")
        strip = kiosk.window.status_strip
        wait_until(lambda: strip.queue.text() != "", "the first network status")
        assert kiosk.reader_link is not None
        kiosk.reader_link.close()  # the flow is driven here: no read may start by itself
        kiosk.reader_link = None  # closed once (the kiosk would close it again at the end)
        driver = Driver(kiosk, clock)
        extras = extra_views(kiosk)
        order = list(Step)
        shown_look = Look(LOOKS[look])
        prefix = "" if shown_look is Look.STANDARD else f"{look}-"
        for language in languages:
            for step in order if operator != "only" else []:
                name = f"{prefix}{language}-{order.index(step) + 1:02d}-{step.value}"
                views: list[tuple[str, Callable[[], None]]] = [("", _as_is)]
                views += extras.get(step, [])
                for suffix, show in views:
                    driver.reach(step, language)  # a new visit: the standard look
                    kiosk.window.set_look(shown_look)
                    kiosk.window.set_reader_state(reader_state_for(step))
                    show()
                    path = outdir / (f"{name}-{suffix}.png" if suffix else f"{name}.png")
                    if not picture(kiosk, app, real_window).save(str(path), "PNG", PNG_QUALITY):
                        raise OSError(f"could not write {path.name}")
                    written.append(path)
            if operator != "no":
                written += _operator_pictures(
                    kiosk, app, driver, outdir, language, len(order), real_window
                )
        if kiosk.flow.step is not Step.WELCOME:
            kiosk.flow.cancel()
    finally:
        scenes = _SCENES.pop(id(kiosk), None)
        if scenes is not None:
            scenes.mode.remove()
        kiosk.close()
        data.cleanup()
    return written


_SCENES: dict[int, OperatorScenes] = {}


def _operator_pictures(
    kiosk: Kiosk,
    app: QApplication,
    driver: Driver,
    outdir: Path,
    language: str,
    first: int,
    real_window: bool,
) -> list[Path]:
    from kiosk.flow import Step

    data_dir = kiosk.services.data_dir
    scenes = _SCENES.setdefault(id(kiosk), None) or OperatorScenes(kiosk, data_dir)
    _SCENES[id(kiosk)] = scenes
    scenes.fill_queue(driver, language)
    driver.reach(Step.WELCOME, language)
    written = []
    for n, (name, show) in enumerate(scenes.views(language), start=first + 1):
        show()
        path = outdir / f"{language}-{n:02d}-{name}.png"
        if not picture(kiosk, app, real_window).save(str(path), "PNG", PNG_QUALITY):
            raise OSError(f"could not write {path.name}")
        written.append(path)
    scenes.done()
    return written


# ---------------------------------------------------------------- the command


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    from kiosk.flow.config import LANGUAGES

    parser = argparse.ArgumentParser(
        prog="screenshots", description="Render every kiosk page in every language to PNG."
    )
    parser.add_argument("outdir", type=Path, help="folder for the PNG files (created)")
    parser.add_argument(
        "--lang",
        default=",".join(LANGUAGES),
        help=f"comma-separated languages (default: {','.join(LANGUAGES)})",
    )
    parser.add_argument(
        "--look",
        choices=sorted(LOOKS),
        default="standard",
        help="large: larger text and high contrast; large-text: larger text only",
    )
    parser.add_argument(
        "--real-window",
        action="store_true",
        help="show a real window on an X display (xvfb-run if none) and grab the screen",
    )
    parser.add_argument(
        "--operator", action="store_true", help="also render the volunteer panel's screens"
    )
    parser.add_argument(
        "--operator-only", action="store_true", help="render only the volunteer panel's screens"
    )
    args = parser.parse_args(argv)
    args.operator_mode = "only" if args.operator_only else "also" if args.operator else "no"
    args.languages = [code.strip() for code in args.lang.split(",") if code.strip()]
    unknown = sorted(set(args.languages) - set(LANGUAGES))
    if unknown or not args.languages:
        parser.error(f"--lang: choose among {', '.join(LANGUAGES)}")
    return args


def _under_xvfb(argv: Sequence[str]) -> int:
    """Run this script again on a fresh virtual X display of the stand's size."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        log.error("--real-window needs a DISPLAY or xvfb-run (Debian package xvfb)")
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", KIOSK_SCREENSHOTS_UNDER_XVFB="1")
    screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
    command = [xvfb, "-a", "-s", screen, sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.run(command, env=env, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.real_window:
        if not os.environ.get("DISPLAY") and not os.environ.get("KIOSK_SCREENSHOTS_UNDER_XVFB"):
            return _under_xvfb(argv)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    written = render(
        args.outdir,
        args.languages,
        real_window=args.real_window,
        operator=args.operator_mode,
        look=args.look,
    )
    seconds = time.perf_counter() - started
    print(f"{len(written)} screenshots in {args.outdir} ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
