"""A check box whose label wraps onto several lines instead of running off the screen.

``QCheckBox`` draws its text on one line: a long sentence (and translations are often a third
longer than English) is cut at the window's edge. :class:`WrappingCheckBox` is still a
``QCheckBox`` (``toggled``, ``isChecked``, Space toggles it, Tab reaches it, screen readers
know it as a check box) but draws only the box itself and shows its text in a word-wrapped
label beside it. A tap anywhere on the box or its text toggles it, and it is never shorter
than the style sheet's check box height (a touch target of at least 48 px).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QStyle, QWidget

MIN_TOUCH_PX = 48


class WrappingCheckBox(QCheckBox):
    """A check box with a word-wrapped text (see the module docstring).

    :meth:`setText` / :meth:`text` are the wrapped label's; the ``QCheckBox`` itself keeps no
    text, so set the accessible name too (pages do: ``setAccessibleName(box.text())``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("checkBoxText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "body")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The check box handles every tap and press; the text only shows.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- text -------------------------------------------------------------------------------

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    # -- geometry ---------------------------------------------------------------------------

    def _indent(self) -> int:
        """Where the text starts: after the box and the style's spacing."""
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return box + gap

    def _box_height(self) -> int:
        """The empty check box's height (the style sheet's min-height), at least 48 px."""
        return max(MIN_TOUCH_PX, super().sizeHint().height())

    def sizeHint(self) -> QSize:
        text = self.label.sizeHint()
        width = self._indent() + text.width()
        return QSize(width, max(self._box_height(), self.heightForWidth(width)))

    def minimumSizeHint(self) -> QSize:
        text = self.label.minimumSizeHint()
        return QSize(self._indent() + text.width(), self._box_height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self.label.heightForWidth(max(1, width - self._indent()))
        return max(self._box_height(), text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        indent = self._indent()
        self.label.setGeometry(indent, 0, max(0, self.width() - indent), self.height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the text too, not only the box


def check_box(name: str) -> WrappingCheckBox:
    """The kiosk's check box (wrapping text, tap anywhere on it), with an object name."""
    box = WrappingCheckBox()
    box.setObjectName(name)
    return box
