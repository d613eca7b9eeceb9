"""The submit error page: the kiosk could not store the enrolment; calm words, nothing lost.

:meth:`EnrolmentFlow.confirm` hands the enrolment to the outbox, which stores it on this kiosk
(encrypted) before any network is involved; this page appears only when that storing failed
(e.g. a full disk). The citizen's entries are still in the visit: "Try again" retries the same
submission, "Back" returns to the review. The network being offline is *not* an error: the
outbox keeps the enrolment and sends it later, and the citizen sees the receipt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import label


class SubmitErrorPage(Page):
    """SUBMIT_ERROR: reassure, then "Try again" (primary) or "Back" to the review."""

    steps = (Step.SUBMIT_ERROR,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = label("title")
        self._nothing_lost = label("reassurance")
        self._try_again = label("body")
        self._help = label("body")
        for text in (self._title, self._nothing_lost, self._try_again, self._help):
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 20, 96, 20)
        layout.setSpacing(28)
        layout.addStretch(2)
        layout.addWidget(self._title)
        layout.addWidget(self._nothing_lost)
        layout.addWidget(self._try_again)
        layout.addWidget(self._help)
        layout.addStretch(3)
        self.retranslate()

    def nav(self) -> Nav:
        return Nav(back=True, stop=True, primary=translate("SubmitErrorPage", "Try again"))

    def apply(self) -> None:
        self.ctx.flow.retry()

    def retranslate(self) -> None:
        self._title.setText(translate("SubmitErrorPage", "We could not save your choices just now"))
        self._nothing_lost.setText(
            translate("SubmitErrorPage", "Nothing is lost: your choices are still here.")
        )
        self._try_again.setText(translate("SubmitErrorPage", "Please try again."))
        self._help.setText(
            translate(
                "SubmitErrorPage", "If it still does not work, please ask a volunteer for help."
            )
        )

    def clear(self) -> None:
        """This page shows nothing personal."""
