"""The refusal confirmation: "I do not agree" is respected, kindly, and never taken by mistake.

A refusal is recorded only once confirmed here (the flow keeps no decision until then). The page
says that refusing is the citizen's right and changes nothing about their care, that they can
give consent later, and offers two equal answers: confirm, or go back to the choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow import FlowError, Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label

log = logging.getLogger(__name__)


class RefusalPage(Page):
    """CONFIRM_REFUSAL: confirm "I do not agree", or go back to the decision."""

    steps = (Step.CONFIRM_REFUSAL,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = label("title")
        self._right = label("lead")
        self._same_care = label("reassurance")
        self._as_before = label("body")
        self._later = label("body")
        self._question = label("question")
        self._question.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.go_back = button("choice", expand=True)
        self.confirm = button("choice", expand=True)
        self.go_back.clicked.connect(self._go_back)
        self.confirm.clicked.connect(self._confirm)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(self.go_back, 1)
        buttons.addWidget(self.confirm, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(20)
        layout.addWidget(self._title)
        layout.addWidget(self._right)
        layout.addWidget(self._same_care)
        layout.addWidget(self._as_before)
        layout.addWidget(self._later)
        layout.addStretch(1)
        layout.addWidget(self._question)
        layout.addLayout(buttons)
        self.setTabOrder(self.go_back, self.confirm)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        for choice in (self.go_back, self.confirm):
            choice.clearFocus()  # no answer pre-selected for Enter
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def nav(self) -> Nav:
        # "Go back" is in the body, next to the confirmation; a second one in the footer would
        # only make the choice less clear.
        return Nav(back=False, stop=True, primary=None)

    def retranslate(self) -> None:
        self._title.setText(translate("RefusalPage", "You do not agree to share your health data"))
        self._right.setText(translate("RefusalPage", "That is your right."))
        self._same_care.setText(translate("RefusalPage", "Your care stays exactly the same."))
        self._as_before.setText(
            translate(
                "RefusalPage",
                "Your care providers will go on treating you as before; they just cannot share "
                "your health data with each other electronically.",
            )
        )
        self._later.setText(
            translate(
                "RefusalPage",
                "If you change your mind, you can give your consent later, with your doctor or "
                "pharmacist, or on the network's website.",
            )
        )
        self._question.setText(translate("RefusalPage", "Do you confirm that you do not agree?"))
        self.go_back.setText(translate("RefusalPage", "No, go back"))
        self.confirm.setText(translate("RefusalPage", "Yes, I confirm"))
        for choice in (self.go_back, self.confirm):
            choice.setAccessibleName(choice.text())
        self.go_back.setAccessibleDescription(
            translate("RefusalPage", "Returns to the question about sharing your health data.")
        )
        self.confirm.setAccessibleDescription(
            translate(
                "RefusalPage", "Records that you do not agree. You can check it before it is sent."
            )
        )

    def clear(self) -> None:
        """Nothing personal is shown here; forget only the keyboard focus."""
        for choice in (self.go_back, self.confirm):
            choice.clearFocus()

    # -- actions ----------------------------------------------------------------------------

    def _go_back(self) -> None:
        self._act(self.ctx.flow.back)

    def _confirm(self) -> None:
        self._act(self.ctx.flow.confirm_refusal)

    def _act(self, action: Callable[[], None]) -> None:
        if self.ctx.flow.step is not Step.CONFIRM_REFUSAL:
            return  # a second tap while the next page appears
        try:
            action()
        except FlowError as exc:
            log.warning("refusal page action refused by the flow: %s", exc.code)
