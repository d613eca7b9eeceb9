"""The ``kiosk`` command: set up Qt, show the welcome page, then start the hardware and the queue.

``kiosk`` runs a real kiosk (a PC/SC reader through pcscd, the kiosk's own queue; no endpoint
configured yet, so submissions wait offline). ``kiosk --demo`` runs with specimen cards in an
in-process virtual reader, a throw-away queue and a presenters' panel. ``--windowed`` opens a
1280x800 window instead of covering the primary screen; ``--language`` sets the welcome page's
language for each new visitor.

:class:`Kiosk` is the composition: :class:`~kiosk.services.Services`, the flow, the window, the
bridges and the inactivity watch, wired together. Start-up shows the window first and starts the
slow parts right after (:meth:`Kiosk.start`): the card monitor, then the queue on a background
thread, then the sync worker; a citizen can touch a language meanwhile.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.flow import EnrolmentFlow
from kiosk.flow.config import LANGUAGES
from kiosk.services import KioskSettings, Services
from kiosk.ui.bridges import Background, CardBridge, ReaderLink, SyncBridge
from kiosk.ui.i18n import Translations
from kiosk.ui.inactivity import InactivityWatch
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import Page, PageContext
from kiosk.ui.theme import apply_theme

__all__ = ["Kiosk", "main"]

log = logging.getLogger("kiosk.ui")

WINDOWED_SIZE = (1280, 800)  # the stand's touchscreen


class Kiosk:
    """One running kiosk. Build it, :meth:`show` it, :meth:`start` it, :meth:`close` it at exit.

    ``clock`` is the flow's monotonic clock (tests inject a fake one); ``page_classes`` replaces
    the registered pages (tests).
    """

    def __init__(
        self,
        app: QApplication,
        settings: KioskSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        page_classes: Sequence[type[Page]] | None = None,
    ) -> None:
        self.settings = settings
        self.services = Services(settings)
        self.flow = EnrolmentFlow(self.services.submit, settings.flow_config(), clock=clock)
        self.translations = Translations(app)
        self.ctx = PageContext(
            flow=self.flow,
            demo=settings.demo,
            show_photo=settings.show_photo,
            portal_urls=dict(settings.portal_urls),
            stand_name=settings.stand_name,
        )
        self.window = MainWindow(self.ctx, self.translations, page_classes=page_classes)
        self.card_bridge = CardBridge(self.window)
        self.sync_bridge = SyncBridge(self.window)
        self.background = Background(self.window)
        self.inactivity = InactivityWatch(self.flow, parent=self.window)
        self.reader_link: ReaderLink | None = None
        #: Called once the queue is open or could not be opened (the smoke test waits for it).
        self.on_queue_settled: Callable[[], None] | None = None
        self.sync_bridge.status.connect(self.window.status_strip.set_sync_status)
        self._started = self._closed = False

    def show(self, *, windowed: bool) -> None:
        window = self.window
        if windowed:
            window.resize(*WINDOWED_SIZE)
            window.show()
            return
        from PySide6.QtCore import Qt

        # With no window manager showFullScreen() leaves a small window: set the geometry.
        screen = QApplication.primaryScreen()
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.show()

    def start(self) -> None:
        """Start the card monitor, the inactivity watch, and open the queue in the background."""
        if self._started:
            return
        self._started = True
        self.window.build_pages()
        monitor = self.services.start_monitor(self.card_bridge.post)
        # Connected before the event loop runs again: no monitor event can be missed.
        self.reader_link = ReaderLink(
            self.flow,
            self.card_bridge,
            lambda reader, photo: monitor.request_read(reader, photo=photo),
            photo=self.settings.show_photo,
            parent=self.window,
        )
        self.reader_link.state_changed.connect(self.window.set_reader_state)
        if self.services.demo_reader is not None:
            from kiosk.ui.demo_panel import DemoPanel

            self.window.install_demo_panel(DemoPanel(self.services.demo_reader))
        self.inactivity.start()
        self.background.run(
            self.services.open_queue,
            on_success=self._queue_open,
            on_failure=self._queue_failed,
            name="opening the queue",
        )

    def _queue_open(self, _: Any) -> None:
        if self._closed:
            return
        self.window.status_strip.set_queue_problem(None)
        self.services.start_sync(self.sync_bridge.post)
        self.background.run(self.services.warm_up, name="loading the FHIR builder")
        self._settled()

    def _queue_failed(self, error: BaseException) -> None:
        code = getattr(error, "code", None)
        code = code if isinstance(code, str) else "storage_unavailable"
        # The outbox's messages are written for volunteers and hold no personal data.
        log.error("the submission queue cannot be opened (%s): %s", code, error)
        self.window.status_strip.set_queue_problem(code)
        self._settled()

    def _settled(self) -> None:
        if self.on_queue_settled is not None:
            self.on_queue_settled()

    def close(self) -> None:
        """Stop everything; the screen is cleared and the demo queue deleted."""
        if self._closed:
            return
        self._closed = True
        self.inactivity.stop()
        if self.reader_link is not None:
            self.reader_link.close()
        self.window.detach()
        self.background.shutdown(wait=True)
        self.services.close()


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Consent enrolment kiosk of the Brussels Health Network."
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="specimen cards in a virtual reader, a temporary queue, a presenters' panel",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="a 1280x800 window instead of full screen"
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="fr",
        help="the welcome page's language for each new visitor (default: fr)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="show the welcome page, start the reader and open the queue, then exit",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ehealth-kiosk")
    apply_theme(app)
    settings = KioskSettings(demo=args.demo, default_language=args.language)
    kiosk = Kiosk(app, settings)
    # The welcome page first; the other pages, the reader and the queue once it is on screen.
    kiosk.window.painted.connect(lambda: QTimer.singleShot(0, kiosk.start))
    kiosk.show(windowed=args.windowed)
    # Python runs signal handlers only between Qt events; the inactivity tick provides them.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    if args.smoke_test:
        kiosk.on_queue_settled = app.quit
    log.info("kiosk started (%s)", "demo" if args.demo else "real reader")
    try:
        return app.exec()
    finally:
        kiosk.close()


if __name__ == "__main__":
    raise SystemExit(main())
