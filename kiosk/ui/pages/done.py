"""The receipt: thank you, the reference code, a QR code to the network's portal, and the way out.

The enrolment is already stored in the outbox when this page shows (the flow replaced the
visit's session: nothing personal is left to show, only the reference). After a refusal nothing
was stored or sent (:attr:`~kiosk.flow.EnrolmentFlow.nothing_sent`): the page says so, and has
no reference to show; the QR code then opens the portal only. In demonstration mode the receipt
says that nothing was sent (demo submissions are never delivered). The reference is the
citizen's handle if they contact the network; it is shown in large monospaced characters and
also carried by the QR code, which opens the Brussels Health Network's portal in the visitor's
language. The page reminds the citizen to take their card, counts down to the automatic return
to the welcome screen (a touch anywhere gives more time: the flow handles that), and "Finish"
returns now.
"""

from __future__ import annotations

import math
from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import label
from kiosk.ui.widgets.qr import QrCode

#: The Brussels Health Network's portal per kiosk language, when the stand configures none.
#: BHN publishes FR/NL/EN only (consent-domain.md §5): German visitors get the English site.
DEFAULT_PORTAL_URLS: dict[str, str] = {
    "nl": "https://brusselshealthnetwork.be/nl/",
    "fr": "https://brusselshealthnetwork.be/fr/",
    "en": "https://brusselshealthnetwork.be/en/",
    "de": "https://brusselshealthnetwork.be/en/",
}

#: The QR code's side in pixels: about 7 px modules for a portal link, easy for any phone at
#: arm's length, and small enough to leave the reference the main place on the receipt.
QR_SIDE = 300

# The countdown label follows the flow's clock; refreshed a few times a second so it never
# shows a stale number for long (the flow's own tick ends the page).
_REFRESH_MS = 250


def portal_url(configured: dict[str, str] | None, language: str) -> str:
    """The portal address for ``language``: the stand's setting, else the BHN default."""
    for urls in (configured or {}, DEFAULT_PORTAL_URLS):
        url = urls.get(language)
        if url:
            return url
    return DEFAULT_PORTAL_URLS["en"]


def receipt_link(url: str, reference: str) -> str:
    """The QR code's text: the portal address with the reference in the fragment.

    A phone opens a bare URL directly, and the reference stays visible in the address bar and
    the browser history for the citizen to find again; a fragment is never sent to the web
    server, so the portal's logs collect no references.
    """
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="ref=" + quote(reference, safe="-_.")))


def display_address(url: str) -> str:
    """The address as a person would type it: no scheme, no "www.", no trailing slash."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    return (host + parts.path).rstrip("/")


class DonePage(Page):
    """DONE: the receipt; "Finish" (primary) returns to the welcome screen."""

    steps = (Step.DONE,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._reference = ""
        self._nothing_sent = False
        self._active = False  # entered and not yet cleared: the countdown runs
        self._title = label("title")
        self._saved = label("lead")
        self._reference_caption = label("heading")
        # The reference alphabet (base32) has no 0/O, 1/I or 8/B pairs to confuse.
        self.reference_label = label("big", wrap=False)
        self._write_down = label("body")
        self._take_card = label("notice")
        self.countdown = label("hint")

        self.qr = QrCode()
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)
        self._scan = label("hint")
        self._scan.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.address = label("heading", wrap=False)
        self.address.setObjectName("portalAddress")  # one size smaller in the larger look
        self.address.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A stand's long portal address must not widen the page; the QR code carries it whole.
        self.address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._title)
        left.addWidget(self._saved)
        left.addSpacing(8)
        left.addWidget(self._reference_caption)
        left.addWidget(self.reference_label)
        left.addWidget(self._write_down)
        left.addSpacing(8)
        left.addWidget(self._take_card)
        left.addStretch(1)
        left.addWidget(self.countdown)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addStretch(1)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self._scan)
        right.addWidget(self.address)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(48)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(self._update_countdown)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        flow = self.ctx.flow
        self._reference = flow.reference or ""
        self._nothing_sent = flow.nothing_sent
        self._active = True
        url = portal_url(self.ctx.portal_urls, flow.language)
        self.qr.set_text(receipt_link(url, self._reference) if self._reference else url)
        self.address.setText(display_address(url))
        self.retranslate()  # the texts differ after a refusal; also shows the reference
        self._timer.start()

    def nav(self) -> Nav:
        return Nav(back=False, stop=False, primary=translate("DonePage", "Finish"))

    def apply(self) -> None:
        self._timer.stop()
        self.ctx.flow.next()

    def retranslate(self) -> None:
        self._title.setText(translate("DonePage", "Thank you!"))
        if self._nothing_sent:
            saved = translate(
                "DonePage",
                "Your answer is noted. Nothing about you was stored or sent: "
                "your data was not registered.",
            )
            scan = translate("DonePage", "Scan to open the network's website.")
        else:
            # A demo submission stays in the demo queue and is never delivered (services.py).
            saved = (
                translate(
                    "DonePage",
                    "This was a demonstration: nothing was sent to the Brussels Health Network.",
                )
                if self.ctx.demo
                else translate(
                    "DonePage",
                    "Your choice has been saved. This kiosk sends it securely to the Brussels "
                    "Health Network.",
                )
            )
            scan = translate(
                "DonePage", "Scan to open the network's website. Your reference is included."
            )
        self._saved.setText(saved)
        self._scan.setText(scan)
        self._reference_caption.setText(translate("DonePage", "Your reference"))
        self._write_down.setText(
            translate("DonePage", "Write it down, or scan the code with your phone to keep it.")
        )
        self._take_card.setText(translate("DonePage", "Please take your eID card with you."))
        self.qr.setAccessibleName(translate("DonePage", "QR code"))
        self.qr.setAccessibleDescription(
            translate("DonePage", "Opens the network's website, with your reference.")
        )
        self._show_reference()
        self._update_countdown()

    def clear(self) -> None:
        self._timer.stop()
        self._reference = ""
        self._nothing_sent = self._active = False
        self.qr.clear()
        self.address.clear()
        self._show_reference()
        self.countdown.clear()

    # -- Qt -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._active and self.ctx.flow.step is Step.DONE:
            self._update_countdown()
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()  # nothing to count down for while another page shows
        super().hideEvent(event)

    # -- helpers ------------------------------------------------------------------------------

    def _show_reference(self) -> None:
        for widget in (self._reference_caption, self.reference_label, self._write_down):
            widget.setVisible(not self._nothing_sent)
        self.reference_label.setText(self._reference)
        # Screen readers read a code like "K7Q2" as a word; spaced out, they spell it.
        spelled = " ".join(self._reference)
        self.reference_label.setAccessibleName(
            translate("DonePage", "Your reference: {reference}").format(reference=spelled)
            if self._reference
            else ""
        )

    def _update_countdown(self) -> None:
        seconds = self.ctx.flow.seconds_left() if self._active else None
        if seconds is None or self.ctx.flow.step is not Step.DONE:
            self._timer.stop()
            self.countdown.clear()
            return
        n = max(1, math.ceil(seconds))
        # No %n plural: pyside6-lupdate loses it (i18n/README.md); translations say "seconds
        # left: {n}" where the language needs agreement.
        self.countdown.setText(
            translate("DonePage", "This screen closes by itself in {n} second(s).").format(n=n)
        )
