"""The operator (volunteer) mode: the controller behind the hidden gesture, the PIN screens and
the panel. It opens, covers the window, closes and is removed; it builds the screens, wires
their signals and shows the panel; the steps themselves are in :mod:`.pin_flow` (the PIN) and
:mod:`.action_flows` (the panel's actions).

Opening it first wipes the visit (:meth:`OperatorHost.wipe_session`), so no citizen's data is
ever behind or inside the panel; then it asks for the PIN (or, on first start, for a new one
twice), shows the lock-out while PIN entry is locked, and finally the panel. The panel is a
full-window child widget over the main window's content (there may be no window manager: no
dialogs, no second top-level window); the content behind it is disabled so Tab stays inside.
It closes itself after :data:`IDLE_MS` without a touch or a key.

Every action is audited (:mod:`kiosk.operator.audit`) through
:class:`~kiosk.operator.queue_actions.QueueActions`: the queue's actions by their own methods,
the panel's own by :meth:`~kiosk.operator.queue_actions.QueueActions.record`. Slow work (the
export, the queue passphrase) runs on the mode's :class:`~kiosk.ui.bridges.Background` helper.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.errors import stable_code
from kiosk.operator.drives import Drive, removable_drives
from kiosk.operator.pin import PinStore, queue_provisioned
from kiosk.operator.queue_actions import QueueActions
from kiosk.operator.report import OperatorSnapshot, build_snapshot
from kiosk.ui.bridges import Background
from kiosk.ui.i18n import Translations
from kiosk.ui.operator.action_flows import ActionFlows, SaveOverride, default_save_override
from kiosk.ui.operator.actions import AckView, ExportView, QueuePassphraseView, RejectedView
from kiosk.ui.operator.gesture import HOLD_MS, OperatorGesture
from kiosk.ui.operator.host import OperatorHost
from kiosk.ui.operator.panel import PanelView
from kiosk.ui.operator.pin_flow import PinFlow
from kiosk.ui.operator.pin_views import PinPadView
from kiosk.ui.operator.views import ConfirmView, LanguageView, LockedView, View

if TYPE_CHECKING:
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


class OperatorMode(QObject):
    """The operator mode of one main window. Build it with
    :func:`kiosk.ui.operator.install_operator_mode`."""

    def __init__(
        self,
        window: MainWindow,
        host: OperatorHost,
        translations: Translations,
        *,
        pin_store: PinStore | None = None,
        clock: Callable[[], float] = time.time,
        drives: Callable[[], list[Drive]] = removable_drives,
        save_override: SaveOverride = default_save_override,
        idle_ms: int = IDLE_MS,
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.translations = translations
        self._pin_store = pin_store
        self._clock = clock
        self.background = Background(self)
        self.pin_flow = PinFlow(self)
        self.action_flows = ActionFlows(self, drives=drives, save_override=save_override)

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
        self.ack_view = AckView()
        self.confirm_view = ConfirmView()
        self.language_view = LanguageView()
        self.passphrase_view = QueuePassphraseView()
        for view in (
            self.pin_view,
            self.locked_view,
            self.panel,
            self.rejected_view,
            self.export_view,
            self.ack_view,
            self.confirm_view,
            self.language_view,
            self.passphrase_view,
        ):
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
        pins, actions = self.pin_flow, self.action_flows
        self.pin_view.submitted.connect(pins.typed)
        self.pin_view.cancelled.connect(pins.cancelled)
        self.locked_view.closed.connect(self.close)
        self.locked_view.expired.connect(pins.ask)
        self.panel.action.connect(self._action)
        self.panel.closed.connect(self.close)
        self.panel.language.connect(self.translations.set_language)
        self.rejected_view.back.connect(self.show_panel)
        self.rejected_view.retry.connect(lambda sid: actions.confirm_rejected(sid, retry=True))
        self.rejected_view.discard.connect(lambda sid: actions.confirm_rejected(sid, retry=False))
        self.export_view.back.connect(self.show_panel)
        self.export_view.rescan.connect(actions.show_drives)
        self.export_view.chosen.connect(actions.export_to)
        self.ack_view.back.connect(self.show_panel)
        self.ack_view.rescan.connect(actions.show_ack_drives)
        self.ack_view.chosen.connect(actions.acknowledge_from)
        self.confirm_view.answered.connect(actions.answered)
        self.language_view.back.connect(self.show_panel)
        self.language_view.chosen.connect(actions.default_language)
        self.passphrase_view.back.connect(self.show_panel)
        self.passphrase_view.submitted.connect(actions.unlock_queue)

    # ---------------------------------------------------------------- open and close

    @property
    def services(self) -> Services:
        """The host's current services (they change when demo mode is switched)."""
        return self.host.services

    @property
    def queue_actions(self) -> QueueActions:
        """The volunteer's audited actions on the current services' queue."""
        return QueueActions(self.services)

    @property
    def pin_store(self) -> PinStore:
        if self._pin_store is None:
            data_dir = self.services.data_dir
            self._pin_store = PinStore.in_folder(
                data_dir,
                # Looked up at each use: the services change when demo mode is switched.
                seal_key=lambda: self.services.operator_pin_key,
                provisioned=lambda: (
                    not self.services.settings.demo
                    and not self.services.queue_made_this_run
                    and queue_provisioned(data_dir)
                ),
            )
        return self._pin_store

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    @property
    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open(self) -> None:
        """The gesture or the shortcut: wipe the visit, then ask for the PIN."""
        if self.is_open:
            return
        self.host.wipe_session()  # before anything is shown: nobody's data behind the panel
        log.info("operator mode opened")
        self._cover()
        self.pin_flow.ask()

    def close(self) -> None:
        """Back to the kiosk: every typed secret is dropped, the visitor's language restored."""
        if not self.is_open:
            return
        self._idle.stop()
        self._refresh.stop()
        self.locked_view.stop()
        self.pin_view.reset()
        self.passphrase_view.reset()
        self.pin_flow.reset()
        self.action_flows.reset()
        for view in (
            self.pin_view,
            self.panel,
            self.rejected_view,
            self.export_view,
            self.ack_view,
            self.passphrase_view,
        ):
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

    def show_view(self, view: View) -> None:
        """Bring ``view`` to the front (the panel's figures stop refreshing)."""
        self.stack.setCurrentWidget(view)
        self._refresh.stop()
        # Hiding the last view moved the focus to the first button of this one, which would
        # look chosen: the PIN or passphrase field gets it, else the view itself.
        field = getattr(view, "field", None)
        (field if isinstance(field, QWidget) else view).setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- the panel

    def show_panel(self, message: Callable[[], str] | None = None) -> None:
        self.pin_flow.seal()
        self._refresh_panel()
        self.panel.show_message(message)
        self.show_view(self.panel)
        self._refresh.start()

    def snapshot(self) -> OperatorSnapshot:
        return build_snapshot(self.services, reader_state=self.host.reader_state())

    def _refresh_panel(self) -> None:
        try:
            snap = self.snapshot()
        except Exception as exc:  # noqa: BLE001 - a failing queue must not take the panel down
            log.error("operator panel status failed (%s)", stable_code(exc))
            snap = OperatorSnapshot(queue_open=False, reader_state=self.host.reader_state())
        self.panel.show_snapshot(snap, demo=self.services.settings.demo)
        try:
            week = self.services.figures.last_days(7)
        except Exception as exc:  # noqa: BLE001 - the chart is not worth the panel
            log.error("operator panel figures failed (%s)", stable_code(exc))
            week = []
        self.panel.show_week(week)

    def _action(self, name: str) -> None:
        actions = self.action_flows
        handlers: dict[str, Callable[[], None]] = {
            "send_now": actions.send_now,
            "send_figures": actions.send_figures,
            "export": actions.show_drives,
            "acknowledge": actions.show_ack_drives,
            "rejected": actions.show_rejected,
            "demo": actions.ask_demo,
            "language": actions.show_languages,
            "unlock_queue": actions.ask_passphrase,
            "change_pin": self.pin_flow.change,
            "exit": actions.ask_exit,
        }
        handlers[name]()

    # ---------------------------------------------------------------- Qt plumbing

    def _idle_timeout(self) -> None:
        log.info("operator panel closed after %d s without a touch", self._idle.interval() // 1000)
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.is_open:
            self.overlay.setGeometry(self.window.rect())
        elif (
            kind in _ACTIVITY
            and self.is_open
            and isinstance(watched, QWidget)
            and (watched is self.overlay or self.overlay.isAncestorOf(watched))
        ):
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
