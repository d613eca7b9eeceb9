"""The status strip on every page: network, submissions waiting, card reader. Nothing personal.

It reassures the citizen ("no network: your choices are kept safely and sent later") and tells a
volunteer at a glance when something needs them (reader missing, queue locked, a submission the
network refused). It only shows counts and states: it is fed
:class:`~kiosk.outbox.sync_status.SyncStatus` (through :class:`~kiosk.ui.bridges.SyncBridge`), the
reader state (:class:`~kiosk.cardreader.reader_state.ReaderState`) and, when the queue cannot be
opened, the outbox error code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.cardreader.reader_state import ReaderState
from kiosk.outbox.sync_status import SyncState, SyncStatus
from kiosk.ui.i18n import translate
from kiosk.ui.theme import label, set_role

__all__ = ["StatusStrip"]


class StatusStrip(QFrame):  # a QFrame: the style sheet paints its background
    """Three short items: the network, the queue, the card reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusStrip")
        self.network = label("status", wrap=False)
        self.queue = label("status", wrap=False)
        self.reader = label("status", wrap=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 4)
        layout.setSpacing(32)
        layout.addWidget(self.network)
        layout.addWidget(self.queue)
        layout.addStretch(1)
        layout.addWidget(self.reader)
        self._sync: SyncStatus | None = None
        self._queue_problem: str | None = None
        self._reader_state = ReaderState.STARTING
        self.retranslate()

    # -- inputs -------------------------------------------------------------------------------

    def set_sync_status(self, status: SyncStatus) -> None:
        self._sync = status
        self._show_network()
        self._show_queue()

    def set_queue_problem(self, code: str | None) -> None:
        """The queue could not be opened (an outbox error code), or None once it is."""
        self._queue_problem = code
        self._show_network()
        self._show_queue()

    def set_reader_state(self, state: str) -> None:
        self._reader_state = ReaderState(state)
        self._show_reader()

    # -- display ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._show_network()
        self._show_queue()
        self._show_reader()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_network(self) -> None:
        status = self._sync
        warn = False
        if self._queue_problem is not None:
            text = translate("StatusStrip", "Choices cannot be saved: please ask a volunteer")
            warn = True
        elif status is None:
            text = translate("StatusStrip", "Network: checking")
        elif status.state is SyncState.AUTH_PAUSED:
            text = translate("StatusStrip", "Sending paused: please ask a volunteer")
            warn = True
        elif status.state is SyncState.STORAGE_ERROR:
            text = translate("StatusStrip", "Storage problem: please ask a volunteer")
            warn = True
        elif status.state is SyncState.SENDING:
            text = translate("StatusStrip", "Sending")
        elif status.reachable:
            text = translate("StatusStrip", "Network: connected")
        else:
            text = translate("StatusStrip", "No network: choices are kept safely and sent later")
        _show(self.network, text, warn)

    def _show_queue(self) -> None:
        status = self._sync
        if status is None or self._queue_problem is not None:
            _show(self.queue, "", False)
            return
        if status.rejected:
            text = translate("StatusStrip", "Need a volunteer: {n}").format(n=status.rejected)
            _show(self.queue, text, True)
            return
        text = translate("StatusStrip", "Waiting to be sent: {n}").format(n=status.pending)
        _show(self.queue, text, False)

    def _show_reader(self) -> None:
        state = self._reader_state
        texts = {
            ReaderState.STARTING: translate("StatusStrip", "Card reader: starting"),
            ReaderState.NO_SERVICE: translate("StatusStrip", "Card reader not working"),
            ReaderState.NO_READER: translate("StatusStrip", "No card reader connected"),
            ReaderState.READY: translate("StatusStrip", "Card reader ready"),
            ReaderState.CARD: translate("StatusStrip", "Card in the reader"),
            ReaderState.READING: translate("StatusStrip", "Reading the card"),
        }
        warn = state in (ReaderState.NO_SERVICE, ReaderState.NO_READER)
        _show(self.reader, texts[state], warn)


def _show(widget: QLabel, text: str, warn: bool) -> None:
    widget.setText(text)
    widget.setAccessibleName(text)
    widget.setVisible(bool(text))
    set_role(widget, "status-warning" if warn else "status")
