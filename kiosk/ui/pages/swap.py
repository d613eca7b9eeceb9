"""The card swap: adding a trusted person by reading their eID in the kiosk's one reader.

Shows every ``SWAP_*`` step (:data:`kiosk.flow.steps.SWAP_STEPS`) as one page: a drawing of the
card and the reader (:class:`CardReaderPicture`: whose card, going in or coming out), "step n of
5", one short instruction and one line of detail. The card itself moves the flow on (the main
window feeds card events to the flow); the page only offers what the citizen can decide:
confirm the person (with the acknowledgement that they registered their own informed consent),
give up adding them, or try a failed read again.

The five stages the citizen sees::

    1 take out your card -> 2 put in theirs (reading, errors) -> 3 is this them?
    -> 4 take out theirs -> 5 put yours back (reading, errors)
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import FlowError, Step
from kiosk.flow import errors as codes
from kiosk.flow.steps import SWAP_STEPS
from kiosk.ui.i18n import translate
from kiosk.ui.messages import card_message, message
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.pages.trusted import check_box, named_button, person_name, trusted_problem_text
from kiosk.ui.theme import label

_S = Step


class Motion(enum.Enum):
    """What the card in the drawing does."""

    OUT = "out"  # take it out (arrow up)
    IN = "in"  # put it in (arrow down)
    READING = "reading"  # in the reader, being read
    HELD = "held"  # in the reader, waiting for the citizen
    PROBLEM = "problem"  # in the reader, something went wrong


@dataclass(frozen=True, slots=True)
class Scene:
    """One drawing: whose card and what it does."""

    own_card: bool
    motion: Motion


# The drawing and the stage ("step n of 5") of every swap step.
SCENES: dict[Step, tuple[Scene, int]] = {
    _S.SWAP_REMOVE_OWN: (Scene(True, Motion.OUT), 1),
    _S.SWAP_INSERT_OTHER: (Scene(False, Motion.IN), 2),
    _S.SWAP_READING_OTHER: (Scene(False, Motion.READING), 2),
    _S.SWAP_OTHER_ERROR: (Scene(False, Motion.PROBLEM), 2),
    _S.SWAP_CONFIRM_OTHER: (Scene(False, Motion.HELD), 3),
    _S.SWAP_REMOVE_OTHER: (Scene(False, Motion.OUT), 4),
    _S.SWAP_REINSERT_OWN: (Scene(True, Motion.IN), 5),
    _S.SWAP_READING_OWN: (Scene(True, Motion.READING), 5),
    _S.SWAP_OWN_ERROR: (Scene(True, Motion.PROBLEM), 5),
}
STAGES = 5
assert set(SCENES) == SWAP_STEPS

# Steps where the citizen may give up adding the person (``cancel_swap``) from this page.
_CANCELLABLE = frozenset(
    {
        _S.SWAP_REMOVE_OWN,
        _S.SWAP_INSERT_OTHER,
        _S.SWAP_READING_OTHER,
        _S.SWAP_OTHER_ERROR,
        _S.SWAP_CONFIRM_OTHER,
    }
)
_READING = frozenset({_S.SWAP_READING_OTHER, _S.SWAP_READING_OWN})
_ERRORS = frozenset({_S.SWAP_OTHER_ERROR, _S.SWAP_OWN_ERROR})

# Colours with strong contrast on the light page and between the two cards (they also differ
# in lightness, for colour-blind eyes): the citizen's card blue, the trusted person's amber.
_OWN = QColor("#1d4f91")
_OTHER = QColor("#e0a100")
_READER = QColor("#2b2b2b")
_ARROW = QColor("#111111")
_PROBLEM = QColor("#b00020")
_CHIP = QColor("#c9a227")


class CardReaderPicture(QWidget):
    """A card and the reader slot, drawn with QPainter; decorative (the text says it all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardReaderPicture")
        self._scene = Scene(True, Motion.OUT)
        self.setMinimumSize(240, 300)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def scene(self) -> Scene:
        return self._scene

    def set_scene(self, scene: Scene) -> None:
        if scene != self._scene:
            self._scene = scene
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(340, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A 100 x 130 drawing, scaled to fit and centred.
        scale = min(self.width() / 100, self.height() / 130)
        painter.translate((self.width() - 100 * scale) / 2, (self.height() - 130 * scale) / 2)
        painter.scale(scale, scale)
        scene = self._scene
        card_top = {Motion.OUT: 8.0, Motion.IN: 8.0}.get(scene.motion, 42.0)
        self._card(painter, QRectF(30, card_top, 40, 62), _OWN if scene.own_card else _OTHER)
        self._reader(painter)
        if scene.motion in (Motion.OUT, Motion.IN):
            self._arrow(painter, up=scene.motion is Motion.OUT)
        elif scene.motion is Motion.READING:
            self._waves(painter)
        elif scene.motion is Motion.PROBLEM:
            self._problem(painter)
        painter.end()

    @staticmethod
    def _card(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        painter.setPen(QPen(_ARROW, 1.2))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        # the chip near the end that goes in first, and a head-and-shoulders like an ID photo
        painter.setBrush(_CHIP)
        painter.drawRoundedRect(QRectF(rect.center().x() - 6, rect.bottom() - 18, 12, 9), 1.5, 1.5)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        head = QPointF(rect.center().x(), rect.top() + 14)
        painter.drawEllipse(head, 6, 6)
        body = QPainterPath()
        body.addRoundedRect(QRectF(head.x() - 10, head.y() + 8, 20, 12), 6, 6)
        painter.drawPath(body)

    @staticmethod
    def _reader(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_READER)
        painter.drawRoundedRect(QRectF(14, 88, 72, 34), 6, 6)
        painter.setBrush(QColor("#000000"))
        painter.drawRect(QRectF(26, 86, 48, 4))  # the slot
        painter.setBrush(QColor("#3fbf5f"))
        painter.drawEllipse(QPointF(76, 112), 3, 3)  # the reader's light

    @staticmethod
    def _arrow(painter: QPainter, *, up: bool) -> None:
        x, top, bottom = 88.0, 18.0, 62.0
        tip, tail = (top, bottom) if up else (bottom, top)
        painter.setPen(QPen(_ARROW, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x, tail), QPointF(x, tip))
        step = 8 if up else -8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_ARROW)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, tip - step / 2),
                    QPointF(x - 7, tip + step),
                    QPointF(x + 7, tip + step),
                ]
            )
        )

    @staticmethod
    def _waves(painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, radius in enumerate((8.0, 14.0, 20.0)):
            painter.setPen(QPen(_ARROW, 2.0 - i * 0.4))
            painter.drawArc(
                QRectF(80 - radius, 40 - radius, 2 * radius, 2 * radius),
                -60 * 16,
                120 * 16,
            )

    @staticmethod
    def _problem(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_PROBLEM)
        painter.drawEllipse(QPointF(80, 34), 13, 13)
        painter.setPen(QPen(QColor("#ffffff"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(80, 27), QPointF(80, 36))
        painter.drawPoint(QPointF(80, 41.5))


def _instructions(step: Step) -> tuple[str, str]:
    """The title and the detail line of a step that is not an error."""
    if step is _S.SWAP_REMOVE_OWN:
        return (
            translate("SwapPage", "Take your card out of the reader"),
            translate(
                "SwapPage",
                "Then we will read your trusted person's card. Your answers so far are kept.",
            ),
        )
    if step is _S.SWAP_INSERT_OTHER:
        return (
            translate("SwapPage", "Put your trusted person's card in the reader"),
            translate("SwapPage", "Chip first, and leave it in until we say so."),
        )
    if step in (_S.SWAP_READING_OTHER, _S.SWAP_READING_OWN):
        return (
            translate("SwapPage", "Reading the card…"),
            translate("SwapPage", "This takes a few seconds. Please leave the card in."),
        )
    if step is _S.SWAP_CONFIRM_OTHER:
        return (
            translate("SwapPage", "Is this your trusted person?"),
            translate(
                "SwapPage", "If it is, tick the box and tap \u201cYes, add this person\u201d."
            ),
        )
    if step is _S.SWAP_REMOVE_OTHER:
        return (
            translate("SwapPage", "Take their card out of the reader"),
            translate("SwapPage", "Give it back to them. Then we need your own card again."),
        )
    return (
        translate("SwapPage", "Put your own card back in the reader"),
        translate("SwapPage", "We check that it is you, so that your answers stay safe."),
    )


def swap_error_text(code: str | None) -> tuple[str, str]:
    """The title and the detail line of a swap error step, for the flow's ``error_code``."""
    if code == codes.TRUSTED_PERSON_IS_CITIZEN:
        return (
            translate("SwapPage", "This is your own card"),
            translate("SwapPage", "Take your card out and put in your trusted person's card."),
        )
    if code == codes.DUPLICATE_TRUSTED_PERSON:
        return (
            translate("SwapPage", "This person is already on your list"),
            translate(
                "SwapPage",
                "Take this card out. You can put in another person's card, or stop adding.",
            ),
        )
    titles = {
        codes.NOT_THE_SAME_CARD: translate("SwapPage", "This is not the card you started with"),
        codes.CARD_EXPIRED: translate("SwapPage", "This card has expired"),
        "card-removed": translate("SwapPage", "The card came out too soon"),
        "not-an-eid": translate("SwapPage", "This is not a Belgian eID card"),
    }
    title = titles.get(code or "", translate("SwapPage", "The card could not be used"))
    detail = message(code) if code in codes.FLOW_CODES else card_message(code)
    return title, detail


class SwapPage(Page):
    """Every SWAP_* step: the drawing, the stage, what to do, and the few choices there are."""

    steps = tuple(SCENES)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("swapPage")
        self.picture = CardReaderPicture()
        self.stage = label("hint")
        self.title = label("title")
        self.detail = label("lead")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to give: just "working"
        self.busy.setTextVisible(False)
        self.person = label("name")
        self.person.setObjectName("trustedPersonName")
        self.acknowledged = check_box("consentAcknowledged")
        self.acknowledged.toggled.connect(self._acknowledgement_changed)
        self.not_yet = label("hint")
        self.problem = label("error")
        self.cancel = named_button("cancelSwap")
        self.cancel.clicked.connect(self._cancel)
        self._shown: Step | None = None
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(16)
        text.addStretch(1)
        for widget in (
            self.stage,
            self.title,
            self.detail,
            self.busy,
            self.person,
            self.acknowledged,
            self.not_yet,
            self.problem,
        ):
            text.addWidget(widget)
        text.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        text.addLayout(buttons)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(48)
        layout.addWidget(self.picture, 2)
        layout.addLayout(text, 3)

    # ---------------------------------------------------------------- the contract

    def enter(self) -> None:
        step = self.ctx.flow.step
        if step not in SCENES:
            return
        if step is not self._shown:
            self.problem.clear()
            if step is _S.SWAP_CONFIRM_OTHER:
                self.acknowledged.setChecked(False)  # every person read is confirmed afresh
        self._shown = step
        scene, _ = SCENES[step]
        self.picture.set_scene(scene)
        confirming = step is _S.SWAP_CONFIRM_OTHER
        pending = self.ctx.flow.session.pending_card
        if confirming and pending is not None:
            self.person.setText(person_name(pending.identity.first_names, pending.identity.surname))
        else:
            self.person.clear()
        for widget in (self.person, self.acknowledged, self.not_yet):
            widget.setVisible(confirming)
        self.busy.setVisible(step in _READING)
        self.cancel.setVisible(step in _CANCELLABLE)
        self.retranslate()
        self.changed.emit()

    def nav(self) -> Nav:
        step = self.ctx.flow.step
        if step is _S.SWAP_CONFIRM_OTHER:
            return Nav(
                back=False,
                primary=translate("SwapPage", "Yes, add this person"),
                primary_enabled=self.acknowledged.isChecked(),
            )
        if step in _ERRORS:
            return Nav(back=False, primary=translate("SwapPage", "Try again"))
        return Nav(back=False, primary=None)

    def validate(self) -> str | None:
        if self.ctx.flow.step is _S.SWAP_CONFIRM_OTHER and not self.acknowledged.isChecked():
            return trusted_problem_text(codes.CONSENT_NOT_ACKNOWLEDGED)
        return None

    def apply(self) -> None:
        flow = self.ctx.flow
        if flow.step is _S.SWAP_CONFIRM_OTHER:
            flow.accept_trusted_person_card(consent_acknowledged=self.acknowledged.isChecked())
        elif flow.step in _ERRORS:
            flow.retry()

    def retranslate(self) -> None:
        step = self._shown or _S.SWAP_REMOVE_OWN
        _, stage = SCENES[step]
        self.stage.setText(
            translate("SwapPage", "Step {number} of {total}").format(number=stage, total=STAGES)
        )
        if step in _ERRORS:
            title, detail = swap_error_text(self.ctx.flow.error_code)
        else:
            title, detail = _instructions(step)
        self.title.setText(title)
        self.detail.setText(detail)
        self.acknowledged.setText(
            translate(
                "SwapPage",
                "I confirm that this person has registered their own informed consent.",
            )
        )
        self.acknowledged.setAccessibleName(self.acknowledged.text())
        self.not_yet.setText(
            translate(
                "SwapPage",
                "Not registered yet? They can register at this kiosk too. You can add them "
                "afterwards.",
            )
        )
        if step is _S.SWAP_CONFIRM_OTHER:
            self.cancel.setText(translate("SwapPage", "No, do not add this person"))
        else:
            self.cancel.setText(translate("SwapPage", "Stop adding a trusted person"))
        self.cancel.setAccessibleName(self.cancel.text())

    def clear(self) -> None:
        self.person.clear()
        self.problem.clear()
        self.acknowledged.setChecked(False)
        self._shown = None

    # ---------------------------------------------------------------- actions

    def _acknowledgement_changed(self) -> None:
        self.problem.clear()
        self.changed.emit()

    def _cancel(self) -> None:
        try:
            self.ctx.flow.cancel_swap()
        except FlowError as exc:
            self.problem.setText(trusted_problem_text(exc.code))
