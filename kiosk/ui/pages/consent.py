"""The consent page: what informed consent means, in plain words, and the citizen's free choice.

It covers what the citizen must know before deciding (consent-domain.md §6): what is shared
and why, who can and who can never see it, that it is free, voluntary and valid throughout
Belgium, that they stay in control (withdraw, exclude a care provider, see who consulted the
record, name a trusted person), and that saying no changes nothing about their care.

The choice is two equally prominent buttons in the body, side by side, same size and style,
neither focused nor pre-selected (Enter cannot answer for the citizen). "I agree" goes on to
the trusted person; "I do not agree" asks for a confirmation first (:mod:`.refusal`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.enrolment import ConsentDecision
from kiosk.flow import FlowError, Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import button, label, scroll_area

log = logging.getLogger(__name__)


class ConsentPage(Page):
    """CONSENT: the explanation and the decision."""

    steps = (Step.CONSENT,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = label("title")
        self._lead = label("lead")

        # Three short blocks side by side: a 75-year-old reads a column, not a wall of text.
        self._headings = [label("heading") for _ in range(3)]
        self._points = [[label("body") for _ in range(n)] for n in (2, 2, 3)]
        blocks = QHBoxLayout()
        blocks.setSpacing(36)
        for heading, points in zip(self._headings, self._points, strict=True):
            column = QVBoxLayout()  # each column its own height: no gaps from its neighbours
            column.setSpacing(10)
            column.addWidget(heading)
            for point in points:
                column.addWidget(_bulleted(point))
            column.addStretch(1)
            blocks.addLayout(column, 1)

        self._care_unchanged = label("reassurance")
        self._question = label("question")
        self._question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._care_unchanged.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.agree = button("choice", expand=True)
        self.decline = button("choice", expand=True)
        self.agree.clicked.connect(lambda: self._decide(ConsentDecision.GIVEN))
        self.decline.clicked.connect(lambda: self._decide(ConsentDecision.REFUSED))
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(self.agree, 1)
        buttons.addWidget(self.decline, 1)

        explanation = QWidget()
        inner = QVBoxLayout(explanation)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(self._title)
        inner.addWidget(self._lead)
        inner.addSpacing(8)
        inner.addLayout(blocks)
        inner.addStretch(1)
        # Only the explanation scrolls (a long translation); the choice always stays in view.
        scroll = scroll_area(explanation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(12)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._care_unchanged)  # never scrolled away: it matters to the choice
        layout.addWidget(self._question)
        layout.addLayout(buttons)
        self.setTabOrder(self.agree, self.decline)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        # No pre-selected answer: neither button may hold the focus, or Enter would choose.
        for choice in (self.agree, self.decline):
            choice.clearFocus()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def nav(self) -> Nav:
        return Nav(back=True, stop=True, primary=None)  # the two answers are in the body

    def retranslate(self) -> None:
        self._title.setText(translate("ConsentPage", "Sharing your health data"))
        self._lead.setText(
            translate(
                "ConsentPage",
                "With your informed consent, the care providers who treat you can share your "
                "health data with each other, safely and electronically, for your care only.",
            )
        )
        headings = (
            translate("ConsentPage", "What is it?"),
            translate("ConsentPage", "Who can see your data?"),
            translate("ConsentPage", "You stay in control"),
        )
        points = (
            (
                translate("ConsentPage", "It is free and voluntary."),
                translate(
                    "ConsentPage", "It is valid throughout Belgium, in every health network."
                ),
            ),
            (
                translate(
                    "ConsentPage",
                    "Only care providers who are treating you, within strict access rules.",
                ),
                translate(
                    "ConsentPage",
                    "Never insurers, occupational doctors or health insurance fund doctors.",
                ),
            ),
            (
                translate("ConsentPage", "You can withdraw your consent at any time."),
                translate(
                    "ConsentPage",
                    "You can see who consulted your record and exclude a care provider.",
                ),
                translate("ConsentPage", "You can name a trusted person to help you."),
            ),
        )
        for heading, text in zip(self._headings, headings, strict=True):
            heading.setText(text)
        for labels, texts in zip(self._points, points, strict=True):
            for widget, text in zip(labels, texts, strict=True):
                widget.setText(text)
        self._care_unchanged.setText(
            translate("ConsentPage", "If you do not agree, your care stays exactly the same.")
        )
        self._question.setText(translate("ConsentPage", "Do you agree to share your health data?"))
        self.agree.setText(translate("ConsentPage", "I agree to share"))
        self.decline.setText(translate("ConsentPage", "I do not agree"))
        for choice in (self.agree, self.decline):
            choice.setAccessibleName(choice.text())
        self.agree.setAccessibleDescription(
            translate(
                "ConsentPage", "Gives your informed consent. Next you can name a trusted person."
            )
        )
        self.decline.setAccessibleDescription(
            translate("ConsentPage", "You will be asked to confirm. Your care stays the same.")
        )

    def clear(self) -> None:
        """Nothing personal is shown here; forget only the keyboard focus."""
        for choice in (self.agree, self.decline):
            choice.clearFocus()

    # -- actions ----------------------------------------------------------------------------

    def _decide(self, decision: ConsentDecision) -> None:
        if self.ctx.flow.step is not Step.CONSENT:
            return  # a second tap while the next page appears
        try:
            self.ctx.flow.decide(decision)
        except FlowError as exc:
            log.warning("consent decision refused by the flow: %s", exc.code)


def _bulleted(text: QLabel) -> QWidget:
    """``text`` with a bullet in front, aligned on the first line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    bullet = label("bullet", wrap=False)
    bullet.setText("\N{BULLET}")
    layout.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1, Qt.AlignmentFlag.AlignTop)
    return row
