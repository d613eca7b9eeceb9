"""The presenters' demo panel: put a specimen card in the virtual reader, or take it out.

Demo mode only. The panel floats over the page when the discreet "Demo cards" header button is
on, and hides itself after a card moves so the audience sees the page react. It talks to the
:class:`~kiosk.cardreader.virtual.backend.VirtualBackend` directly (thread-safe); the card
monitor then reports the change exactly as it would for a real reader. The specimen people are
fictitious; their names never show here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.cardreader.virtual.backend import VirtualBackend
from kiosk.ui.i18n import translate
from kiosk.ui.theme import button, label

__all__ = ["DemoPanel"]

log = logging.getLogger(__name__)


class DemoPanel(QFrame):
    """Buttons to insert each specimen card (and faulty ones), remove it, unplug the reader.

    Signals:
        hide_requested(): a card moved; the window may hide the panel.
    """

    hide_requested = Signal()

    def __init__(self, reader: VirtualBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        self.setProperty("role", "demo-panel")
        self._reader = reader
        self.title = label("heading")
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, Callable[[], None]]] = [
            ("nl-citizen", lambda: reader.insert("nl-citizen")),
            ("fr-citizen", lambda: reader.insert("fr-citizen")),
            ("de-citizen", lambda: reader.insert("de-citizen")),
            ("foreigner", lambda: reader.insert("foreigner")),
            ("applet18", lambda: reader.insert("applet18")),
            ("kids", lambda: reader.insert("kids")),
            ("white-cane", lambda: reader.insert("white-cane")),
            ("yellow-cane", lambda: reader.insert("yellow-cane")),
            ("extended-minority", lambda: reader.insert("extended-minority")),
            ("expired", lambda: reader.insert("expired")),
            ("damaged", lambda: reader.insert("nl-citizen", damaged=True)),
            ("inactive", lambda: reader.insert("nl-citizen", inactive=True)),
            ("remove", reader.remove),
            ("unplug", self._toggle_plug),
        ]
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        for name, action in actions:
            choice = button("secondary")
            choice.setObjectName(f"demo-{name}")
            choice.clicked.connect(lambda _=False, a=action, n=name: self._do(n, a))
            layout.addWidget(choice)
            self.buttons[name] = choice
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("DemoPanel", "Demo cards (fictitious people)"))
        texts = {
            "nl-citizen": translate("DemoPanel", "Citizen, Dutch card"),
            "fr-citizen": translate("DemoPanel", "Citizen, French card"),
            "de-citizen": translate("DemoPanel", "Citizen, German card"),
            "foreigner": translate("DemoPanel", "Foreign resident"),
            "applet18": translate("DemoPanel", "Citizen, new card (2020)"),
            "kids": translate("DemoPanel", "Child of 10 (Kids-ID)"),
            "white-cane": translate("DemoPanel", "White cane (blind)"),
            "yellow-cane": translate("DemoPanel", "Yellow cane (partially sighted)"),
            "extended-minority": translate("DemoPanel", "Has a legal representative"),
            "expired": translate("DemoPanel", "Expired card"),
            "damaged": translate("DemoPanel", "Forged or damaged card"),
            "inactive": translate("DemoPanel", "Not an eID card"),
            "remove": translate("DemoPanel", "Take the card out"),
            "unplug": (
                translate("DemoPanel", "Unplug the reader")
                if self._reader.connected
                else translate("DemoPanel", "Plug the reader in")
            ),
        }
        for name, choice in self.buttons.items():
            choice.setText(texts[name])
            choice.setAccessibleName(texts[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _toggle_plug(self) -> None:
        if self._reader.connected:
            self._reader.unplug()
        else:
            self._reader.plug()

    def _do(self, name: str, action: Callable[[], None]) -> None:
        log.info("demo panel: %s", name)  # profile names are not personal data
        action()
        self.retranslate()
        self.hide_requested.emit()
