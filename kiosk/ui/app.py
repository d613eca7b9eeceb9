"""The ``kiosk`` command's window: set up Qt, show the welcome page, then start the hardware and
the queue (the options, the settings and the log are ready by then: :mod:`kiosk.launch`).

``kiosk`` runs a real kiosk for the public: the window covers the configured screen, frameless
and on top, and a visitor cannot close it (:mod:`kiosk.ui.lockdown`); a second ``kiosk`` refuses
to start (:mod:`kiosk.ui.single_instance`); a bug wipes the visit and shows a calm error screen
(:mod:`kiosk.ui.error_screen`). Settings come from the stand's TOML file (:mod:`kiosk.config`,
``--config FILE``); ``--demo`` and ``--language`` override it. ``kiosk --demo`` runs with
specimen cards in an in-process virtual reader, a throw-away queue and a presenters' panel.
``--windowed`` opens a normal 1280x800 window (development, desktop use).

Exit status: 0 after a normal exit, 2 when the settings are not valid (the kiosk refuses to start
rather than guess), 3 when another kiosk already runs.

:class:`Kiosk` is the composition: :class:`~kiosk.services.Services`, the flow, the window, the
bridges, the inactivity watch, the header's "Larger text" toggle (:mod:`kiosk.ui.look_toggle`,
there from the first paint) and the error screen, wired together. It is also the host of the
volunteers' operator mode (:class:`kiosk.ui.operator.host.OperatorHost`). Start-up shows the
window first and starts the slow parts right after (:meth:`Kiosk.start`): the card monitor, then
the queue on a background thread, then the sync worker; a citizen can touch a language meanwhile.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.cardreader.reader_state import ReaderState
from kiosk.config import KioskSettings
from kiosk.flow import EnrolmentFlow, Step
from kiosk.launch import refuse
from kiosk.provision.readiness import provisioning_gaps
from kiosk.ui.crash import CrashGuard
from kiosk.ui.i18n import Translations
from kiosk.ui.inactivity import InactivityWatch
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.look_toggle import LookToggle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import Page, PageContext
from kiosk.ui.single_instance import ALREADY_RUNNING_EXIT, SingleInstance
from kiosk.ui.theme import apply_theme

if TYPE_CHECKING:
    from kiosk.cardreader.reader import CardRead
    from kiosk.crash_report import Crash
    from kiosk.enrolment import Enrolment
    from kiosk.services import Services
    from kiosk.speech import SpeechEngine
    from kiosk.ui.bridges import Background, CardBridge, ReaderLink, SyncBridge
    from kiosk.ui.error_screen import ErrorScreen
    from kiosk.ui.not_provisioned import NotProvisionedScreen
    from kiosk.ui.operator import OperatorMode
    from kiosk.ui.read_aloud import ReadAloud

__all__ = ["Kiosk", "run"]

log = logging.getLogger("kiosk.ui")

WINDOWED_SIZE = (1280, 800)  # the stand's touchscreen
#: How often the kiosk looks for a finished day whose figures are not queued yet (a quiet
#: night: nobody's first visit after midnight does it).
FIGURES_CHECK_MS = 15 * 60 * 1000


class Kiosk:
    """One running kiosk. Build it, :meth:`show` it, :meth:`start` it, :meth:`close` it at exit.

    ``clock`` is the flow's monotonic clock (tests inject a fake one); ``page_classes`` replaces
    the registered pages (tests). The crash guard (:attr:`crash_guard`) is installed by
    :func:`run`, not here: the hooks are process-wide.

    The gate: a production kiosk that is not provisioned (``provisioning`` names what it lacks,
    :func:`~kiosk.provision.readiness.provisioning_gaps`) shows the "not set up yet" screen
    (:mod:`kiosk.ui.not_provisioned`) over the window and :meth:`start` starts nothing: no card
    reader, no queue (whose first opening would make a key), no operator mode (whose first
    opening would let anyone at the stand choose the PIN). Demo mode is never gated.

    The services, the bridges, the other pages and the background helper are built (and their
    modules imported) by :meth:`start`, after the first paint: the welcome page needs none of
    them.
    """

    services: Services
    background: Background
    card_bridge: CardBridge
    sync_bridge: SyncBridge

    def __init__(
        self,
        app: QApplication,
        settings: KioskSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        page_classes: Sequence[type[Page]] | None = None,
        provisioning: Callable[[KioskSettings], Sequence[str]] = provisioning_gaps,
        speech: SpeechEngine | None = None,
    ) -> None:
        self._settings = settings
        self._provisioning = provisioning
        self._speech = speech  # None: the machine's own engine, opened by start()
        # Through a method: switching demo mode replaces the services, not the flow.
        self.flow = EnrolmentFlow(
            self._submit,
            settings.flow_config(),
            clock=clock,
            authenticate=self._authenticate,
            refused=self._refused,
        )
        self.translations = Translations(app)
        # Before the window: its widgets are built in the visitor's language instead of being
        # built in English and re-translated.
        self.translations.set_language(self.flow.language)
        self.ctx = PageContext(
            flow=self.flow,
            demo=settings.demo,
            show_photo=settings.show_photo,
            portal_urls=dict(settings.portal_urls),
            stand_name=settings.stand_name,
            evidence=settings.flow_config().evidence,
        )
        self.window = MainWindow(
            self.ctx, self.translations, page_classes=page_classes, languages=settings.languages
        )
        # On the welcome page from the first paint: any visitor may need it before anything.
        self.look_toggle = LookToggle(self.window)
        self.inactivity = InactivityWatch(self.flow, parent=self.window)
        # The stand's daily figures count every visit (into the services of the moment).
        self.flow.add_observer(self._count_figures)
        self._figures_timer = QTimer(self.window)
        self._figures_timer.setInterval(FIGURES_CHECK_MS)
        self._figures_timer.timeout.connect(self._queue_finished_days)
        self._clock = clock
        self._error_screen: ErrorScreen | None = None  # built after the first paint
        self.crash_guard = CrashGuard(self._on_crash, parent=self.window)
        self.lockdown: Lockdown | None = None
        self.operator_mode: OperatorMode | None = None
        self.reader_link: ReaderLink | None = None
        self.read_aloud: ReadAloud | None = None
        #: Called once the queue is open or could not be opened (the smoke test waits for it).
        self.on_queue_settled: Callable[[], None] | None = None
        self._started = self._closed = self._running = False
        self.not_provisioned: NotProvisionedScreen | None = None
        self._gate(provisioning(settings))

    # ---------------------------------------------------------------- start and stop

    def show(self, *, windowed: bool) -> None:
        """Show the window: a normal window, or locked down over the configured screen."""
        window = self.window
        if windowed:
            window.resize(*WINDOWED_SIZE)
            window.show()
            return
        self.lockdown = Lockdown(window, hide_cursor=self._settings.hide_cursor, parent=window)
        self.lockdown.cover(self._settings.screen)
        self.lockdown.install()
        window.show()

    @property
    def provisioned(self) -> bool:
        """Whether the kiosk may face the public (always in demo mode)."""
        return self.not_provisioned is None or not self.not_provisioned.gaps

    def _gate(self, gaps: Sequence[str]) -> None:
        """Show the "not set up yet" screen when ``gaps`` names something, else hide it."""
        if not gaps:
            if self.not_provisioned is not None:
                self.not_provisioned.hide()
                self.not_provisioned.deleteLater()
                self.not_provisioned = None
            return
        log.warning(
            "this kiosk is not provisioned (missing: %s): run `kiosk provision`", ", ".join(gaps)
        )
        from kiosk.ui.not_provisioned import NotProvisionedScreen

        if self.not_provisioned is not None:
            self.not_provisioned.deleteLater()
        screen = NotProvisionedScreen(
            self.window, gaps, self._settings.languages, self.translations.language
        )
        screen.language_chosen.connect(self.translations.set_language)
        self.not_provisioned = screen
        screen.show_over_parent()

    def start(self) -> None:
        """Start the card monitor, the inactivity watch, open the queue in the background, and
        install the volunteers' operator mode; on a kiosk that is not provisioned, nothing (the
        smoke test's wait for the queue ends at once)."""
        if self._started:
            return
        if not self.provisioned:
            self._settled()
            return
        self._started = True
        from kiosk.ui.bridges import Background

        self.background = Background(self.window)
        self.window.build_pages()
        _ = self.error_screen  # built now, not by the first crash
        self._start_services()
        self.inactivity.start()
        self._figures_timer.start()
        self._install_operator_mode()
        self._install_read_aloud()

    def _install_read_aloud(self) -> None:
        """The header's read-aloud toggle over the speech engine (hidden without one, or when
        the stand switched speech off)."""
        from kiosk.speech import SILENT, open_engine
        from kiosk.speech.engine import Voice
        from kiosk.ui.read_aloud import ReadAloud

        settings = self._settings
        if settings.speech == "disabled":
            self._speech = SILENT
        elif self._speech is None:
            self._speech = open_engine(
                Voice(rate=round(settings.speech_rate), volume=round(settings.speech_volume))
            )
        self.read_aloud = ReadAloud(self.window, self._speech, at_start=settings.speech_at_start)

    def _install_operator_mode(self) -> None:
        from kiosk.ui.operator import install_operator_mode

        self.operator_mode = install_operator_mode(self.window, self, self.translations)

    def _start_services(self) -> None:
        """New services for the settings in force and new bridges (an event the old threads
        queued is dropped with the old ones); then the card monitor and, in the background, the
        queue."""
        from kiosk.services import Services
        from kiosk.ui.bridges import CardBridge, ReaderLink, SyncBridge

        self.services = services = Services(self._settings)
        self._running = True
        self.card_bridge = CardBridge(self.window)
        self.sync_bridge = SyncBridge(self.window)
        self.sync_bridge.status.connect(self.window.status_strip.set_sync_status)
        monitor = services.start_monitor(self.card_bridge.post)
        # Connected before the event loop runs again: no monitor event can be missed.
        self.reader_link = ReaderLink(
            self.flow,
            self.card_bridge,
            lambda reader, photo: monitor.request_read(reader, photo=photo),
            photo=self._settings.show_photo,
            parent=self.window,
        )
        self.reader_link.state_changed.connect(self.window.set_reader_state)
        self.window.set_reader_state(self.reader_link.state.value)
        if services.demo_reader is not None:
            from kiosk.ui.demo_panel import DemoPanel

            self.window.install_demo_panel(DemoPanel(services.demo_reader))
        self.background.run(
            services.open_queue,
            on_success=lambda _: self._queue_open(services),
            on_failure=lambda error: self._queue_failed(services, error),
            name="opening the queue",
        )

    def _stop_services(self) -> None:
        if not self._running:
            return
        self._running = False
        if self.reader_link is not None:
            self.reader_link.close()
            self.reader_link.deleteLater()
            self.reader_link = None
        self.services.close()
        for bridge in (self.card_bridge, self.sync_bridge):
            bridge.deleteLater()

    def _queue_open(self, services: Services) -> None:
        if self._closed or services is not self.services:
            return  # closed meanwhile, or replaced by a switch of demo mode
        self.window.status_strip.set_queue_problem(None)
        services.start_sync(self.sync_bridge.post)
        self._queue_finished_days()
        self.background.run(services.warm_up, name="loading the FHIR builder")
        self._settled()

    def _queue_failed(self, services: Services, error: BaseException) -> None:
        if self._closed or services is not self.services:
            return
        code = getattr(error, "code", None)
        code = code if isinstance(code, str) else "storage_unavailable"
        # The outbox's messages are written for volunteers and hold no personal data.
        log.error("the submission queue cannot be opened (%s): %s", code, error)
        self.window.status_strip.set_queue_problem(code)
        self._settled()

    def _settled(self) -> None:
        if self.on_queue_settled is not None:
            self.on_queue_settled()

    def _count_figures(self, old: Step, new: Step) -> None:
        if not self._started or self._closed:
            return
        try:
            figures = self.services.figures
        except OSError as exc:  # the data folder: a figure is never worth a visit
            log.error("visit figures unavailable (%s)", exc.strerror or type(exc).__name__)
            return
        figures.observe(self.flow, old, new)

    def _queue_finished_days(self) -> None:
        if not self._started or self._closed:
            return
        try:
            self.services.queue_finished_days()
        except OSError as exc:
            log.error("visit figures unavailable (%s)", exc.strerror or type(exc).__name__)

    def _submit(self, enrolment: Enrolment) -> str | None:
        return self.services.submit(enrolment)

    def _authenticate(self, card: CardRead, challenge: bytes) -> bytes:
        link = self.reader_link
        return self.services.authenticate_card(
            link.card_reader if link is not None else None, card, challenge
        )

    def _refused(self, enrolment: Enrolment, code: str) -> None:
        self.services.refuse(enrolment, code)

    def close(self) -> None:
        """Stop everything; the screen is cleared and the demo queue deleted."""
        if self._closed:
            return
        self._closed = True
        if self.operator_mode is not None:
            self.operator_mode.remove()
        if self.lockdown is not None:
            self.lockdown.release()
        self.crash_guard.uninstall()
        self.inactivity.stop()
        self._figures_timer.stop()
        if self.read_aloud is not None:
            self.read_aloud.close()
        if self._speech is not None:
            self._speech.close()
        if self.reader_link is not None:
            self.reader_link.close()
        self.window.detach()
        if self._started:
            self.background.shutdown(wait=True)
            self.services.close()

    # ---------------------------------------------------------------- errors

    @property
    def error_screen(self) -> ErrorScreen:
        """The calm screen shown after a bug. Built by :meth:`start`, after the first paint
        (the welcome page does not wait for it), or by the first crash if that comes sooner."""
        if self._error_screen is None:
            from kiosk.ui.error_screen import ErrorScreen

            self._error_screen = ErrorScreen(self.window, clock=self._clock)
        return self._error_screen

    def _on_crash(self, crash: Crash) -> None:
        """An unexpected exception (already logged): wipe the visit, show the error screen."""
        try:
            self._wipe()
        except Exception as error:  # noqa: BLE001 - the error screen must show regardless
            log.error(
                "clearing the screen after error %s failed (%s)", crash.code, type(error).__name__
            )
        self.error_screen.show_crash(crash.code)

    def _wipe(self) -> None:
        if self.flow.step is not Step.WELCOME:
            try:
                self.flow.cancel()
            except Exception as error:  # noqa: BLE001 - the screen is cleared below anyway
                log.error("the visit could not be ended normally (%s)", type(error).__name__)
        self.window.end_of_visit()

    # ---------------------------------------------------------------- OperatorHost

    @property
    def settings(self) -> KioskSettings:
        """The settings in force (the operator panel may have changed demo and language)."""
        return self._settings

    def wipe_session(self) -> None:
        """Drop the visit: the flow is on the welcome page and no widget holds the citizen's
        data. Also dismisses the error screen: a volunteer is acting."""
        self._wipe()
        if self._error_screen is not None:
            self._error_screen.reset()

    def switch_demo(self, on: bool) -> None:
        """Restart the services in demo mode (``on``) or real mode; the visit is wiped first."""
        if on == self._settings.demo:
            return
        log.info("switching to %s mode", "demo" if on else "real")
        self.wipe_session()
        if self._started:
            self._stop_services()
        self._settings = dataclasses.replace(self._settings, demo=on)
        self.flow.reconfigure(self._settings.flow_config())
        self.window.set_demo(on)
        self.window.status_strip.set_queue_problem(None)
        self._gate(self._provisioning(self._settings))
        if self._started and not self._closed and self.provisioned:
            self._start_services()
        # Else real mode on a kiosk that is not provisioned: the screen says so and nothing
        # runs; the operator panel (open, as it asked for this) can switch demo mode back on.

    def set_default_language(self, language: str) -> None:
        """Each new visitor starts in ``language`` (one the stand offers) from now on."""
        if language not in self._settings.languages:
            raise ValueError(f"language {language!r} is not offered at this stand")
        self._settings = dataclasses.replace(self._settings, default_language=language)
        self.flow.reconfigure(self._settings.flow_config())
        if self.flow.step is Step.WELCOME:
            self.flow.choose_language(language)  # the welcome page now, not after a visit
        log.info("default language set to %s", language)

    def exit_kiosk(self) -> None:
        """Leave the application: lift the lock-down, close the window, end the event loop."""
        log.info("kiosk exit requested")
        if self.lockdown is not None:
            self.lockdown.release()
        self.window.close()
        QCoreApplication.quit()

    def reader_state(self) -> str:
        link = self.reader_link
        return link.state.value if link is not None else ReaderState.STARTING.value


# -------------------------------------------------------------------- the command


def run(args: argparse.Namespace, settings: KioskSettings) -> int:
    """Run the kiosk with ``settings`` (logging already set up) until it exits."""
    instance = SingleInstance()
    if not instance.acquire():
        owner = instance.owner or "?"
        log.info("the running kiosk is process %s", owner, extra={"console": False})
        return refuse(ALREADY_RUNNING_EXIT, "another kiosk is already running on this computer.")
    try:
        return _run(args, settings)
    finally:
        instance.release()


def _run(args: argparse.Namespace, settings: KioskSettings) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ehealth-kiosk")
    apply_theme(app)
    kiosk = Kiosk(app, settings)
    kiosk.crash_guard.install()

    # The welcome page first; the other pages, the reader and the queue once it is on screen.
    kiosk.window.painted.connect(lambda: QTimer.singleShot(0, kiosk.start))
    kiosk.show(windowed=args.windowed)
    # Python runs signal handlers only between Qt events; the inactivity tick provides them.
    signal.signal(signal.SIGINT, lambda *_: kiosk.exit_kiosk())
    signal.signal(signal.SIGTERM, lambda *_: kiosk.exit_kiosk())
    if args.smoke_test:
        kiosk.on_queue_settled = kiosk.exit_kiosk
    log.info(
        "kiosk started (%s, %s)",
        "demo" if settings.demo else "real reader",
        "windowed" if args.windowed else "kiosk mode",
    )
    try:
        return app.exec()
    finally:
        kiosk.close()
