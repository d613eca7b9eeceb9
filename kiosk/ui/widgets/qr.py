"""A QR code drawn with Qt from the ``qrcode`` package's module matrix (no Pillow).

``qrcode`` computes the symbol (version, error correction, mask); this module only turns its
matrix of dark/light modules into pixels. Scanners need two things a naive scale breaks:

* a quiet zone of four light modules on every side (ISO/IEC 18004 §6.3.8), part of the matrix
  here so it is never clipped by a layout margin;
* square, equal modules: every module is drawn as the same whole number of device pixels, never
  smoothed, so edges stay sharp at any widget size.

:func:`qr_matrix` gives the matrix, :func:`qr_image` a 1-bit-looking image of it, and
:class:`QrCode` a widget that keeps the largest crisp size fitting its rectangle.
"""

from __future__ import annotations

import qrcode  # type: ignore[import-untyped]  # no stubs published
import qrcode.constants  # type: ignore[import-untyped]
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["QUIET_ZONE", "QrCode", "qr_image", "qr_matrix"]

#: Light modules around the symbol, as the QR specification requires.
QUIET_ZONE = 4

_DARK = 0x00
_LIGHT = 0xFF

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str, *, border: int = QUIET_ZONE) -> Matrix:
    """The modules of ``text``'s QR code, quiet zone included; True is dark.

    Error correction level M (15 %): a printed or on-screen code survives glare and a
    smudged screen, and a short URL still fits a small version that scans from a distance.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_image(text: str, module_px: int = 1, *, border: int = QUIET_ZONE) -> QImage:
    """``text`` as a greyscale image, each module ``module_px`` x ``module_px`` pixels."""
    return matrix_image(qr_matrix(text, border=border), module_px)


def matrix_image(matrix: Matrix, module_px: int = 1) -> QImage:
    """The image of a module matrix, each module ``module_px`` pixels square."""
    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor(_LIGHT, _LIGHT, _LIGHT))
    dark = QColor(_DARK, _DARK, _DARK)
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, cell in enumerate(row):
                if cell:
                    painter.fillRect(x * module_px, y * module_px, module_px, module_px, dark)
    finally:
        painter.end()
    return image


class QrCode(QWidget):
    """Shows one QR code, as large as fits, with whole-pixel modules, centred.

    The quiet zone is part of the drawn square and painted light, so it never depends on the
    theme's background (a dark theme would otherwise eat it); outside the square the widget
    is left to the theme.
    """

    def __init__(self, parent: QWidget | None = None, *, minimum_module_px: int = 4) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: Matrix = ()
        self._image: QImage | None = None
        self._minimum_module_px = minimum_module_px
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with it but look

    # -- content ---------------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Encode ``text``; an empty string shows nothing."""
        if text == self._text:
            return
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self._image = matrix_image(self._matrix) if text else None
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_text("")

    def matrix(self) -> Matrix:
        """The modules being drawn (quiet zone included), for tests and diagnostics."""
        return self._matrix

    def symbol_rect(self) -> QRect:
        """Where the code (quiet zone included) is drawn, in widget pixels; empty if none."""
        count = len(self._matrix)
        if not count:
            return QRect()
        ratio = self.devicePixelRatioF()
        module = int(min(self.width(), self.height()) * ratio) // count
        if module < 1:
            return QRect()
        side = round(module * count / ratio)
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    # -- Qt ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = max(len(self._matrix), 21) * self._minimum_module_px * 2
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = max(len(self._matrix), 21) * self._minimum_module_px
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._image is None:
            return
        painter = QPainter(self)
        try:
            # Nearest-neighbour at a whole multiple: every module the same size, sharp edges.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            target = self.symbol_rect()
            if not target.isEmpty():
                painter.drawImage(target, self._image)
        finally:
            painter.end()
