"""The operator (volunteer) mode: the controller behind the hidden gesture, the PIN screens and
the panel.

Opening it first wipes the visit (:meth:`OperatorHost.wipe_session`), so no citizen's data is
ever behind or inside the panel; then it asks for the PIN (or, on first start, for a new one
twice), shows the lock-out while PIN entry is locked, and finally the panel. The panel is a
full-window child widget over the main window's content (there may be no window manager: no
dialogs, no second top-level window); the content behind it is disabled so Tab stays inside.
It closes itself after :data:`IDLE_MS` without a touch or a key.

Every action is audited (:mod:`kiosk.operator.audit`), through :class:`~kiosk.services.Services`
for the queue's actions and :meth:`Services.record_action` for the panel's own. Slow work (the
export, the queue passphrase) runs on the :class:`~kiosk.ui.bridges.Background` helper.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.flow.config import LANGUAGES
from kiosk.operator.drives import Drive, removable_drives
from kiosk.operator.pin import PinError, PinStore
from kiosk.operator.report import OperatorSnapshot, build_snapshot
from kiosk.ui.bridges import Background
from kiosk.ui.i18n import LANGUAGE_NAMES, Translations, translate
from kiosk.ui.operator.actions import ExportView, QueuePassphraseView, RejectedView
from kiosk.ui.operator.gesture import HOLD_MS, OperatorGesture
from kiosk.ui.operator.host import OperatorHost
from kiosk.ui.operator.panel import PanelView
from kiosk.ui.operator.pin_views import PinPadView
from kiosk.ui.operator.views import ConfirmView, LanguageView, LockedView, View

if TYPE_CHECKING:
    from kiosk.outbox.sync import SyncStatus
    from kiosk.services import Services
    from kiosk.ui.main_window import MainWindow

__all__ = ["IDLE_MS", "OperatorMode"]

log = logging.getLogger(__name__)

IDLE_MS = 120_000
REFRESH_MS = 5_000
_ACTIVITY = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
)
SaveOverride = Callable[[Path, str, object], None]


def _default_save_override(data_dir: Path, key: str, value: object) -> None:
    try:
        from kiosk.config.overrides import save_override
    except ImportError:  # the config package lands separately
        log.error("operator setting %s not kept for the next start: no override store", key)
        return
    save_override(data_dir, key, value)


class OperatorMode(QObject):
    """The operator mode of one main window. Build it with
    :func:`kiosk.ui.operator.install_operator_mode`."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        host: OperatorHost,
        translations: Translations,
        *,
        pin_store: PinStore | None = None,
        clock: Callable[[], float] = time.time,
        drives: Callable[[], list[Drive]] = removable_drives,
        save_override: SaveOverride = _default_save_override,
        on_sync_change: Callable[[SyncStatus], None] | None = None,
        idle_ms: int = IDLE_MS,
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.translations = translations
        self._services = services
        self._pin_store = pin_store
        self._clock = clock
        self._drives = drives
        self._save_override = save_override
        self._on_sync_change = on_sync_change
        self._purpose = "open"  # what the PIN pad is for: open | first | change
        self._typed: list[str] = []  # earlier answers of a multi-step PIN question
        self._confirmed: Callable[[], None] | None = None
        self._after_confirm: View | None = None
        self.background = Background(self)

        self.overlay = _Overlay(window)
        self.overlay.setObjectName("operatorOverlay")
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.overlay.setStyleSheet("#operatorOverlay { background: #f4f6f9; }")
        self.overlay.hide()
        self.stack = QStackedWidget(self.overlay)
        layout = QVBoxLayout(self.overlay)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pin_view = PinPadView()
        self.locked_view = LockedView(clock)
        self.panel = PanelView()
        self.rejected_view = RejectedView()
        self.export_view = ExportView()
        self.confirm_view = ConfirmView()
        self.language_view = LanguageView()
        self.passphrase_view = QueuePassphraseView()
        for view in (self.pin_view, self.locked_view, self.panel, self.rejected_view,
                     self.export_view, self.confirm_view, self.language_view, self.passphrase_view):
            self.stack.addWidget(view)
        self._wire()

        self.gesture = OperatorGesture(window, hold_ms=hold_ms)
        self.gesture.triggered.connect(self.open)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._idle_timeout)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_panel)
        window.installEventFilter(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _wire(self) -> None:
        self.pin_view.submitted.connect(self._pin_typed)
        self.pin_view.cancelled.connect(self._pin_cancelled)
        self.locked_view.closed.connect(self.close)
        self.locked_view.expired.connect(self._ask_pin)
        self.panel.action.connect(self._action)
        self.panel.closed.connect(self.close)
        self.panel.language.connect(self.translations.set_language)
        self.rejected_view.back.connect(self.show_panel)
        self.rejected_view.retry.connect(lambda sid: self._confirm_rejected(sid, retry=True))
        self.rejected_view.discard.connect(lambda sid: self._confirm_rejected(sid, retry=False))
        self.export_view.back.connect(self.show_panel)
        self.export_view.rescan.connect(self._show_drives)
        self.export_view.chosen.connect(self._export_to)
        self.confirm_view.answered.connect(self._answered)
        self.language_view.back.connect(self.show_panel)
        self.language_view.chosen.connect(self._default_language)
        self.passphrase_view.back.connect(self.show_panel)
        self.passphrase_view.submitted.connect(self._unlock_queue)

    # ---------------------------------------------------------------- open and close

    @property
    def services(self) -> Services:
        """The host's current services (they change when demo mode is switched)."""
        current = getattr(self.host, "services", None)
        return current if current is not None else self._services

    @property
    def pin_store(self) -> PinStore:
        if self._pin_store is None:
            self._pin_store = PinStore.in_folder(self.services.data_dir)
        return self._pin_store

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    @property
    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def open(self) -> None:
        """The gesture or the shortcut: wipe the visit, then ask for the PIN."""
        if self.is_open:
            return
        self.host.wipe_session()  # before anything is shown: nobody's data behind the panel
        log.info("operator mode opened")
        self._cover()
        self._ask_pin()

    def close(self) -> None:
        """Back to the kiosk: every typed secret is dropped, the visitor's language restored."""
        if not self.is_open:
            return
        self._idle.stop()
        self._refresh.stop()
        self.locked_view.stop()
        self.pin_view.reset()
        self.passphrase_view.reset()
        self._typed = []
        self._confirmed = None
        for view in (self.pin_view, self.panel, self.rejected_view, self.export_view, self.passphrase_view):
            view.show_message(None)
        self.overlay.hide()
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(True)
        language = self.window.ctx.flow.language
        if self.translations.language != language:
            self.translations.set_language(language)
        log.info("operator mode closed")

    def remove(self) -> None:
        """Stop watching for the gesture (the kiosk is closing)."""
        self.close()
        self.gesture.remove()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.background.shutdown(wait=False)

    def _cover(self) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)  # no Tab, click or key reaches the page behind
        self.overlay.setGeometry(self.window.rect())
        self.overlay.show()
        self.overlay.raise_()
        self._idle.start()

    def _show(self, view: View) -> None:
        self.stack.setCurrentWidget(view)
        self._refresh.stop()
        # Hiding the last view moved the focus to the first button of this one, which would
        # look chosen: the PIN or passphrase field gets it, else the view itself.
        field = getattr(view, "field", None)
        (field if isinstance(field, QWidget) else view).setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- the PIN

    def _ask_pin(self) -> None:
        try:
            is_set = self.pin_store.is_set()
            locked = self.pin_store.locked_until() if is_set else None
        except PinError as error:
            self._pin_error(error)
            return
        if locked is not None:
            self._show(self.locked_view)
            self.locked_view.lock_until(locked)
            return
        self._purpose = "open" if is_set else "first"
        self._typed = []
        self.pin_view.ask("enter" if is_set else "first")
        self._show(self.pin_view)

    def _pin_error(self, error: PinError) -> None:
        log.error("operator PIN store: %s", error.code)
        self.pin_view.ask("enter")
        self.pin_view.show_message(
            lambda: translate(
                "OperatorPin", "The PIN file of this kiosk is damaged: ask the technical support."
            ),
            error=True,
        )
        self._show(self.pin_view)

    def _pin_cancelled(self) -> None:
        if self._purpose == "change":
            self.show_panel()
        else:
            self.close()

    def _pin_typed(self, digits: str) -> None:
        try:
            if self._purpose == "open":
                self._check_pin(digits)
            else:
                self._new_pin_step(digits)
        except PinError as error:
            self._pin_error(error)

    def _check_pin(self, digits: str) -> None:
        result = self.pin_store.check(digits)
        self.services.record_action("operator.unlock", result.outcome)
        if result.ok:
            self.pin_view.show_message(None)
            self.show_panel()
        elif result.outcome == "locked" and result.locked_until is not None:
            self._show(self.locked_view)
            self.locked_view.lock_until(result.locked_until)
        else:
            left = result.tries_left
            self.pin_view.show_message(
                lambda: translate("OperatorPin", "Wrong PIN. Tries left before a pause: {n}").format(n=left),
                error=True,
            )

    def _new_pin_step(self, digits: str) -> None:
        """first: new, again. change: old, new, again."""
        stage = self.pin_view.stage
        if stage == "old":
            self._typed = [digits]
            self.pin_view.show_message(None)
            self.pin_view.ask("new")
            return
        if stage in ("first", "new"):
            problem = _weak_pin_text(digits)
            if problem is not None:
                self.pin_view.show_message(problem, error=True)
                self.pin_view.ask(stage)
                return
            self._typed.append(digits)
            self.pin_view.show_message(None)
            self.pin_view.ask("again")
            return
        new = self._typed[-1] if self._typed else ""
        if digits != new:
            self._typed = self._typed[:-1]
            self.pin_view.show_message(
                lambda: translate("OperatorPin", "The two PINs differ. Choose the new PIN again."),
                error=True,
            )
            self.pin_view.ask("first" if self._purpose == "first" else "new")
            return
        if self._purpose == "first":
            self.pin_store.set_first(new)
            self._typed = []
            self.services.record_action("operator.pin_set", "ok")
            self.show_panel(lambda: translate("OperatorPanel", "The PIN is set. Keep it among the volunteers."))
            return
        old = self._typed[0]
        self._typed = []
        try:
            self.pin_store.change(old, new)
        except PinError as error:
            self.services.record_action("operator.pin_changed", error.code)
            if error.code == "locked":
                self._ask_pin()
                return
            if error.code != "wrong":
                raise
            self.pin_view.show_message(
                lambda: translate("OperatorPin", "The current PIN was wrong. The PIN was not changed."),
                error=True,
            )
            self.pin_view.ask("old")
            return
        self.services.record_action("operator.pin_changed", "ok")
        self.show_panel(lambda: translate("OperatorPanel", "The PIN has been changed."))

    # ---------------------------------------------------------------- the panel

    def show_panel(self, message: Callable[[], str] | None = None) -> None:
        self._refresh_panel()
        self.panel.show_message(message)
        self._show(self.panel)
        self._refresh.start()

    def snapshot(self) -> OperatorSnapshot:
        return build_snapshot(self.services, reader_state=self.host.reader_state())

    def _refresh_panel(self) -> None:
        try:
            snap = self.snapshot()
        except Exception as exc:  # noqa: BLE001 - a failing queue must not take the panel down
            log.error("operator panel status failed (%s)", getattr(exc, "code", type(exc).__name__))
            snap = OperatorSnapshot(queue_open=False, reader_state=self.host.reader_state())
        self.panel.show_snapshot(snap, demo=self.services.settings.demo)

    def _action(self, name: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "send_now": self._send_now,
            "export": self._show_drives,
            "rejected": self._show_rejected,
            "demo": self._ask_demo,
            "language": self._show_languages,
            "unlock_queue": self._ask_passphrase,
            "change_pin": self._change_pin,
            "exit": self._ask_exit,
        }
        handlers[name]()

    def _send_now(self) -> None:
        if self.services.send_now():
            self.show_panel(lambda: translate("OperatorPanel", "Sending started. The figures update in a moment."))
        else:
            self.show_panel(lambda: translate("OperatorPanel", "The queue is not open: nothing can be sent."))

    def _change_pin(self) -> None:
        self._purpose = "change"
        self._typed = []
        self.pin_view.show_message(None)
        self.pin_view.ask("old")
        self._show(self.pin_view)

    # -- confirmations ------------------------------------------------------------------------

    def _confirm(self, texts: tuple[Callable[[], str], ...], then: Callable[[], None], back: View) -> None:
        title, question, yes, no = texts
        self._confirmed = then
        self._after_confirm = back
        self.confirm_view.ask(title, question, yes, no)
        self._show(self.confirm_view)

    def _answered(self, yes: bool) -> None:
        action, self._confirmed = self._confirmed, None
        back = self._after_confirm or self.panel
        if yes and action is not None:
            action()
            return
        if back is self.panel:
            self.show_panel()
        elif back is self.rejected_view:
            self._show_rejected()
        else:
            self._show(back)

    def _ask_demo(self) -> None:
        on = not self.services.settings.demo
        if on:
            texts = (
                lambda: translate("OperatorConfirm", "Start demonstration mode?"),
                lambda: translate(
                    "OperatorConfirm",
                    "The kiosk will use specimen cards only. Nothing is saved or sent until "
                    "demonstration mode is stopped.",
                ),
                lambda: translate("OperatorConfirm", "Yes, start it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        else:
            texts = (
                lambda: translate("OperatorConfirm", "Stop demonstration mode?"),
                lambda: translate(
                    "OperatorConfirm", "The kiosk will read real eID cards and save real choices again."
                ),
                lambda: translate("OperatorConfirm", "Yes, stop it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        self._confirm(texts, lambda: self._switch_demo(on), self.panel)

    def _switch_demo(self, on: bool) -> None:
        services = self.services
        self._persist(services.data_dir, "demo", on)
        services.record_action("operator.demo_on" if on else "operator.demo_off", "ok")
        self.close()
        self.host.switch_demo(on)

    def _ask_exit(self) -> None:
        texts = (
            lambda: translate("OperatorConfirm", "Close the kiosk program?"),
            lambda: translate(
                "OperatorConfirm",
                "Visitors cannot enrol until the kiosk is started again. Submissions waiting "
                "to be sent are kept.",
            ),
            lambda: translate("OperatorConfirm", "Yes, close it"),
            lambda: translate("OperatorConfirm", "No"),
        )
        self._confirm(texts, self._exit, self.panel)

    def _exit(self) -> None:
        self.services.record_action("operator.exit", "ok")
        self.close()
        self.host.exit_kiosk()

    # -- language ---------------------------------------------------------------------------

    def _show_languages(self) -> None:
        settings = self.host.settings
        offered = [c for c in getattr(settings, "languages", LANGUAGES) if c in LANGUAGE_NAMES]
        self.language_view.offer(offered, settings.default_language)
        self._show(self.language_view)

    def _default_language(self, language: str) -> None:
        self.host.set_default_language(language)
        self._persist(self.services.data_dir, "default_language", language)
        self.services.record_action("operator.language", "ok", detail=language)
        name = LANGUAGE_NAMES[language]
        self.show_panel(
            lambda: translate("OperatorPanel", "New visitors will start in {language}.").format(language=name)
        )

    def _persist(self, data_dir: Path, key: str, value: object) -> None:
        try:
            self._save_override(data_dir, key, value)
        except Exception as exc:  # noqa: BLE001 - the change holds until the next start anyway
            log.error("operator setting %s not saved (%s)", key, getattr(exc, "code", type(exc).__name__))

    # -- refused submissions ----------------------------------------------------------------

    def _show_rejected(self, message: Callable[[], str] | None = None) -> None:
        self.rejected_view.show_items(self.services.rejected())
        self.rejected_view.show_message(message)
        self._show(self.rejected_view)

    def _confirm_rejected(self, submission_id: str, *, retry: bool) -> None:
        from kiosk.services import reference_code

        ref = reference_code(submission_id)
        if retry:
            texts = (
                lambda: translate("OperatorConfirm", "Send this submission again?"),
                lambda: translate(
                    "OperatorConfirm", "Reference {reference} goes back into the queue and is sent again."
                ).format(reference=ref),
                lambda: translate("OperatorConfirm", "Yes, send it again"),
                lambda: translate("OperatorConfirm", "No"),
            )
        else:
            texts = (
                lambda: translate("OperatorConfirm", "Discard this submission?"),
                lambda: translate(
                    "OperatorConfirm",
                    "Reference {reference} will never reach the network and cannot be recovered. "
                    "The visitor will have to enrol again.",
                ).format(reference=ref),
                lambda: translate("OperatorConfirm", "Yes, discard it"),
                lambda: translate("OperatorConfirm", "No"),
            )
        self._confirm(texts, lambda: self._act_on_rejected(submission_id, ref, retry), self.rejected_view)

    def _act_on_rejected(self, submission_id: str, ref: str, retry: bool) -> None:
        try:
            if retry:
                self.services.retry_rejected(submission_id)
            else:
                self.services.discard_rejected(submission_id)
        except Exception as exc:  # noqa: BLE001 - shown to the volunteer by its code
            code = _code(exc)
            log.error("operator action on a refused submission failed (%s)", code)
            self._show_rejected(lambda: translate("OperatorRejected", "That did not work ({code}).").format(code=code))
            return
        if retry:
            self._show_rejected(lambda: translate("OperatorRejected", "Reference {reference} is queued again.").format(reference=ref))
        else:
            self._show_rejected(lambda: translate("OperatorRejected", "Reference {reference} was discarded.").format(reference=ref))

    # -- export ------------------------------------------------------------------------------

    def _show_drives(self) -> None:
        try:
            drives = self._drives()
        except OSError:
            drives = []
        self.export_view.show_message(None)
        self.export_view.show_drives(drives)
        self.export_view.set_busy(False)
        self._show(self.export_view)

    def _export_to(self, drive: Drive) -> None:
        services = self.services
        self.export_view.set_busy(True)
        self.export_view.show_message(lambda: translate("OperatorExport", "Writing the file…"))
        self.background.run(
            lambda: services.export_queue(drive.path),
            on_success=lambda result: self._exported(result, drive),
            on_failure=self._export_failed,
            name="exporting the queue",
        )

    def _exported(self, result: Any, drive: Drive) -> None:
        self.export_view.set_busy(False)
        if not result.count:
            self.export_view.show_message(lambda: translate("OperatorExport", "Nothing to export: no submission is waiting."))
            return
        count, name = result.count, drive.name
        self.export_view.show_message(
            lambda: translate(
                "OperatorExport", "{n} submission(s) saved on {drive}. You can take the stick out."
            ).format(n=count, drive=name)
        )

    def _export_failed(self, error: BaseException) -> None:
        self.export_view.set_busy(False)
        code = _code(error)
        log.error("export failed (%s)", code)
        texts = {
            "export_key_missing": lambda: translate(
                "OperatorExport", "This kiosk has no network key for exports. Ask the technical support."
            ),
            "disk_full": lambda: translate("OperatorExport", "The USB stick is full. Use another one."),
            "read_only": lambda: translate("OperatorExport", "The USB stick cannot be written to. Use another one."),
        }
        self.export_view.show_message(
            texts.get(code, lambda: translate("OperatorExport", "The export did not work ({code}).").format(code=code)),
            error=True,
        )

    # -- the queue passphrase ----------------------------------------------------------------

    def _ask_passphrase(self) -> None:
        self.passphrase_view.ask(creating=not self.services.queue_key_exists())
        self.passphrase_view.set_busy(False)
        self._show(self.passphrase_view)

    def _unlock_queue(self, passphrase: str) -> None:
        services = self.services
        listener = self._on_sync_change
        if listener is None:
            listener = getattr(getattr(self.host, "sync_bridge", None), "post", None)
        self.passphrase_view.set_busy(True)
        self.passphrase_view.show_message(lambda: translate("OperatorPassphrase", "Unlocking…"))
        self.background.run(
            lambda: services.unlock_queue(passphrase, listener),
            on_success=lambda _: self._unlocked(),
            on_failure=self._unlock_failed,
            name="unlocking the queue",
        )

    def _unlocked(self) -> None:
        self.passphrase_view.set_busy(False)
        self.window.status_strip.set_queue_problem(None)
        self.show_panel(lambda: translate("OperatorPanel", "The queue is unlocked. Choices can be saved again."))

    def _unlock_failed(self, error: BaseException) -> None:
        self.passphrase_view.set_busy(False)
        code = _code(error)
        if code == "wrong_passphrase":
            self.passphrase_view.show_message(
                lambda: translate("OperatorPassphrase", "Wrong passphrase. Type it again."), error=True
            )
        else:
            self.passphrase_view.show_message(
                lambda: translate("OperatorPassphrase", "The queue could not be unlocked ({code}).").format(code=code),
                error=True,
            )

    # ---------------------------------------------------------------- Qt plumbing

    def _idle_timeout(self) -> None:
        log.info("operator panel closed after %d s without a touch", self._idle.interval() // 1000)
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.is_open:
            self.overlay.setGeometry(self.window.rect())
        elif kind in _ACTIVITY and self.is_open and isinstance(watched, QWidget):
            if watched is self.overlay or self.overlay.isAncestorOf(watched):
                self._idle.start()
        return False


class _Overlay(QWidget):
    """The panel's full-window surface. It keeps Return and Enter to itself: a PIN typed with
    the pad's Done key ends in a Return the field does not use, and the main window behind
    would take it as "press the focused button" (by then a button of the next screen)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def _weak_pin_text(pin: str) -> Callable[[], str] | None:
    from kiosk.operator.pin import pin_problem

    problem = pin_problem(pin)
    if problem is None:
        return None
    if problem in ("digits", "length"):
        return lambda: translate("OperatorPin", "A PIN has 6 to 12 digits.")
    return lambda: translate(
        "OperatorPin", "This PIN is too easy to guess (repeated or consecutive digits). Choose another."
    )


def _code(error: BaseException) -> str:
    code = getattr(error, "code", None)
    return code if isinstance(code, str) else type(error).__name__
