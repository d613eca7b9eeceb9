"""The card page: "put your card in", "reading your card", and what to do when reading failed.

One page for three steps so the picture and the layout stay put while the card moves:

* INSERT_CARD — how to insert the card (chip first, facing up), and what the reader is doing
  (no reader, service not running: ask a volunteer). A card left in the reader by the previous
  visitor must come out first (``flow.stale_card_in_reader``).
* READING — a busy bar and "leave your card in".
* CARD_ERROR — the reason in plain words (:func:`kiosk.ui.messages.card_message`) and "Try
  again". Nothing read from a card that failed is ever shown: the flow keeps no data from it.

The main window calls :meth:`CardPage.set_reader_state` with the reader state
(:class:`kiosk.cardreader.reader_state.ReaderState`); the page never touches the reader itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.messages import card_message, message
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import label, set_role


class CardPicture(QWidget):
    """The card seen from above going into the reader: chip first, chip facing up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(260, 300))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("")  # decoration: the text next to it says the same
        self._out = False

    def set_out(self, out: bool) -> None:
        """Point the arrow out of the reader (a card must come out) or into it."""
        if out != self._out:
            self._out = out
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A 300 x 340 drawing, scaled to fit and centred (window -> viewport mapping).
        scale = min(self.width() / 300, self.height() / 340)
        width, height = round(300 * scale), round(340 * scale)
        painter.setViewport(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )
        painter.setWindow(0, 0, 300, 340)
        navy, blue, gold = QColor("#0b2e59"), QColor("#0b4f9c"), QColor("#c99a2e")
        # The reader, from above, its slot facing the card.
        painter.setPen(QPen(navy, 4))
        painter.setBrush(QColor("#4a5568"))
        painter.drawRoundedRect(QRectF(40, 10, 220, 80), 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#111111"))
        painter.drawRoundedRect(QRectF(70, 78, 160, 8), 3, 3)
        # The card lying flat, its chip up and at the end that goes in first.
        painter.setPen(QPen(navy, 3))
        painter.setBrush(QColor("#e3eefa"))
        painter.drawRoundedRect(QRectF(90, 120, 120, 190), 12, 12)
        painter.setPen(QPen(QColor("#7a5a12"), 2))
        painter.setBrush(gold)
        painter.drawRoundedRect(QRectF(125, 140, 50, 40), 6, 6)
        painter.drawLine(QPointF(125, 160), QPointF(175, 160))
        painter.drawLine(QPointF(150, 140), QPointF(150, 180))
        painter.setPen(QPen(QColor("#9fb3c8"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (215, 240, 265):  # the printed lines of the card
            painter.drawLine(QPointF(110, y), QPointF(190, y))
        # The arrow: towards the reader, or away from it.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blue)
        shaft = QPainterPath()
        shaft.addRect(QRectF(242, 150, 16, 150) if not self._out else QRectF(242, 112, 16, 150))
        painter.drawPath(shaft)
        if self._out:
            head = [QPointF(226, 252), QPointF(274, 252), QPointF(250, 300)]
        else:
            head = [QPointF(226, 160), QPointF(274, 160), QPointF(250, 112)]
        painter.drawPolygon(QPolygonF(head))
        painter.end()


class CardPage(Page):
    """INSERT_CARD, READING and CARD_ERROR."""

    steps = (Step.INSERT_CARD, Step.READING, Step.CARD_ERROR)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("cardPage")
        self._reader_state = ReaderState.STARTING
        self.picture = CardPicture()
        self.title = label("title")
        self.instruction = label("lead")
        self.detail = label("body")
        self.reader_notice = label("notice")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a read has no meaningful percentage
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(520)

        text = QVBoxLayout()
        text.setSpacing(18)
        text.addStretch(1)
        text.addWidget(self.title)
        text.addWidget(self.instruction)
        text.addWidget(self.detail)
        text.addWidget(self.progress)
        text.addWidget(self.reader_notice)
        text.addStretch(2)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(48)
        self.picture.setFixedWidth(420)  # the picture stays put while the steps change
        layout.addWidget(self.picture)
        layout.addLayout(text, 1)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        self.retranslate()

    def nav(self) -> Nav:
        step = self.ctx.flow.step
        if step is Step.CARD_ERROR:
            return Nav(back=True, stop=True, primary=translate("CardPage", "Try again"))
        if step is Step.READING:
            return Nav(back=False, stop=True, primary=None)
        return Nav(back=True, stop=True, primary=None)  # the card itself moves the visit on

    def apply(self) -> None:
        self.ctx.flow.retry()

    def set_reader_state(self, state: str) -> None:
        """The card reader's state (:class:`~kiosk.cardreader.reader_state.ReaderState` value)."""
        self._reader_state = ReaderState(state)
        self._show_reader()

    def retranslate(self) -> None:
        flow = self.ctx.flow
        step = flow.step
        self.progress.setVisible(step is Step.READING)
        self.picture.set_out(step is Step.INSERT_CARD and flow.stale_card_in_reader)
        if step is Step.READING:
            self.title.setText(translate("CardPage", "Reading your card"))
            self.instruction.setText(translate("CardPage", "Please leave your card in the reader."))
            self.detail.setText(translate("CardPage", "This takes a few seconds."))
        elif step is Step.CARD_ERROR:
            self.title.setText(translate("CardPage", "There is a problem with the card"))
            self.instruction.setText(card_message(flow.error_code))
            self.detail.setText(
                translate("CardPage", "If it still does not work, please ask a volunteer.")
            )
        elif flow.stale_card_in_reader:
            self.title.setText(translate("CardPage", "Please take the card out of the reader"))
            self.instruction.setText(
                translate("CardPage", "A card is still in the reader. Take it out first.")
            )
            self.detail.setText(translate("CardPage", "Then put your own identity card in."))
        else:
            self.title.setText(translate("CardPage", "Put your identity card in the reader"))
            self.instruction.setText(
                translate("CardPage", "Chip first, facing up, as in the picture.")
            )
            self.detail.setText(
                translate("CardPage", "Leave it in the reader until you are told to take it out.")
            )
        for widget in (self.title, self.instruction, self.detail):
            widget.setAccessibleName(widget.text())
        self._show_reader()

    def clear(self) -> None:
        """Nothing personal is shown here (error texts name no one)."""

    # -- the reader notice ------------------------------------------------------------------

    def _show_reader(self) -> None:
        state = self._reader_state
        text, role = "", "notice"
        if self.ctx.flow.step is not Step.READING:
            if state is ReaderState.NO_READER:
                text = message("no-reader")
            elif state is ReaderState.NO_SERVICE:
                text = message("no-pcsc-service")
            elif state is ReaderState.READY and self.ctx.flow.step is Step.INSERT_CARD:
                text, role = translate("CardPage", "The card reader is ready."), "hint"
        self.reader_notice.setText(text)
        self.reader_notice.setAccessibleName(text)
        self.reader_notice.setVisible(bool(text))
        set_role(self.reader_notice, role)
