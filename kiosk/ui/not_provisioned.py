"""The calm "This kiosk is not set up yet" screen of a production kiosk that is not provisioned.

A production kiosk without a stand id, a kiosk id, an endpoint or an operator PIN
(:func:`kiosk.provision.readiness.provisioning_gaps`) must not greet visitors nor let the first
person at the stand choose the operator PIN. :class:`~kiosk.ui.app.Kiosk` shows this screen over
the whole window instead of the welcome page and starts nothing else: no card reader, no queue,
no operator mode. It says so in the visitor's language (buttons for each language the stand
offers) and names the command the network's IT person runs, and what is missing (setting
names, as the command and the settings file spell them). Demo mode never shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.provision.readiness import PROVISION
from kiosk.ui.cover import CoverScreen
from kiosk.ui.i18n import LANGUAGE_NAMES, translate
from kiosk.ui.theme import button, label

__all__ = ["NotProvisionedScreen"]


class NotProvisionedScreen(CoverScreen):
    """Covers ``parent`` (the main window) with the "not set up yet" screen.

    ``gaps``: what is missing (setting names); ``languages``: the stand's languages, a button
    each when there are several.

    Signals:
        language_chosen(str): a language button was touched (the kiosk switches to it).
    """

    language_chosen = Signal(str)

    def __init__(
        self, parent: QWidget, gaps: Sequence[str], languages: Sequence[str], language: str
    ) -> None:
        super().__init__(parent, "notProvisioned")
        self.gaps = tuple(gaps)

        self.title = label("title")
        self.lead = label("lead")
        self.instruction = label("body")
        self.command = label("value")
        self.command.setObjectName("provisionCommand")
        self.command.setText(PROVISION)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.missing = label("hint")
        for widget in (self.title, self.lead, self.instruction, self.command, self.missing):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.language_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addStretch(1)
        for code in languages if len(languages) > 1 else ():
            choice = button("secondary")
            choice.setObjectName(f"not-provisioned-language-{code}")
            choice.setText(LANGUAGE_NAMES[code])
            choice.setAccessibleName(LANGUAGE_NAMES[code])
            choice.setCheckable(True)
            choice.setChecked(code == language)
            choice.clicked.connect(lambda _=False, c=code: self._choose(c))
            row.addWidget(choice)
            self.language_buttons[code] = choice
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.setSpacing(24)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(24)
        layout.addWidget(self.instruction)
        layout.addWidget(self.command)
        layout.addWidget(self.missing)
        layout.addStretch(3)
        self.retranslate()

    def show_over_parent(self) -> None:
        """Cover the parent window and take the keyboard focus (nothing reaches what is below)."""
        self.cover()

    def retranslate(self) -> None:
        self.title.setText(translate("NotProvisioned", "This kiosk is not set up yet."))
        self.lead.setText(
            translate(
                "NotProvisioned",
                "It cannot register anyone for now. Please come back later or ask a volunteer.",
            )
        )
        #: Addressed to the network's IT person; the command itself is shown below it.
        self.instruction.setText(
            translate("NotProvisioned", "For the IT person: set it up with this command:")
        )
        self.missing.setText(
            translate("NotProvisioned", "Missing: {items}").format(items=", ".join(self.gaps))
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.lead.text())

    def _choose(self, code: str) -> None:
        for other, choice in self.language_buttons.items():
            choice.setChecked(other == code)
        self.language_chosen.emit(code)
        self.retranslate()  # now, not when Qt's posted LanguageChange arrives

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays on this screen's buttons, never the page underneath.
        buttons = list(self.language_buttons.values())
        if not buttons:
            self.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        focused = [i for i, b in enumerate(buttons) if b.hasFocus()]
        step = 1 if next else -1
        target = (focused[0] + step) % len(buttons) if focused else 0
        buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True
