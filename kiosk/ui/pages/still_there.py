"""The inactivity warning: "Are you still there?" with a visible countdown and one big button.

Shown by the flow after a minute without a touch. Any touch anywhere answers it (the
application-wide activity filter tells the flow), the big button included; when the countdown
ends the flow wipes the visit. The countdown is read from ``flow.seconds_left()`` and redrawn by
a timer while the page is shown (the flow owns the deadline; the page only displays it).

The answer is in the page body, never in the footer: the footer's primary button changes with
the page, and a touch that resumes the visit must not land on the next page's main action.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label

REFRESH_MS = 250  # redraw often enough that whole seconds never lag behind


class StillTherePage(Page):
    """STILL_THERE: the countdown before the visit is wiped."""

    steps = (Step.STILL_THERE,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("stillTherePage")
        self.title = label("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = label("lead")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("big")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.here = button("primary", large=True)
        self.here.setObjectName("stillHere")
        self.here.setMinimumWidth(480)  # the style sheet sets heights, not this width
        self.here.clicked.connect(self._still_here)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_countdown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 40)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.countdown)
        layout.addSpacing(16)
        layout.addWidget(self.here, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def enter(self) -> None:
        self._show_countdown()
        self._timer.start()

    def nav(self) -> Nav:
        return Nav(back=False, stop=True, primary=None)

    def retranslate(self) -> None:
        self.title.setText(translate("StillTherePage", "Are you still there?"))
        self.explanation.setText(
            translate(
                "StillTherePage",
                "For your privacy, the kiosk will erase what you entered and start again when "
                "the countdown reaches zero.",
            )
        )
        self.here.setText(translate("StillTherePage", "I am still here"))
        self.here.setAccessibleName(self.here.text())
        self._show_countdown()

    def clear(self) -> None:
        self._timer.stop()
        self.countdown.clear()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _show_countdown(self) -> None:
        left = self.ctx.flow.seconds_left()
        if self.ctx.flow.step is not Step.STILL_THERE or left is None:
            self.countdown.clear()
            return
        seconds = math.ceil(left)
        # The number alone: no plural to agree with (lupdate marks plurals only for tr()).
        self.countdown.setText(str(seconds))
        self.countdown.setAccessibleName(
            translate("StillTherePage", "Seconds left: {n}").format(n=seconds)
        )

    def _still_here(self) -> None:
        # The press already told the flow (activity filter); this keeps the button meaningful
        # on its own (keyboard users, tests without the filter).
        self.ctx.flow.user_activity()
