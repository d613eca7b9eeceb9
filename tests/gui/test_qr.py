"""The QR code widget draws exactly ``qrcode``'s symbol: quiet zone, square whole-pixel modules.

The pixels are read back at every module centre and compared with the matrix ``qrcode``
computed for the text; when the ``zxingcpp`` decoder is installed the images are also decoded
back to their text (it is an optional test tool, not a dependency of the kiosk).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.widgets.qr import QUIET_ZONE, QrCode, matrix_image, qr_image, qr_matrix

pytestmark = pytest.mark.gui

URL = "https://brusselshealthnetwork.be/fr/#ref=K7Q2-9XPM"


def sample(image: QImage, rect: QRect, count: int) -> list[list[bool]]:
    """The module matrix read from ``image``: dark where the centre of a module is dark."""
    module = rect.width() / count
    rows = []
    for y in range(count):
        cy = rect.top() + int((y + 0.5) * module)
        row = []
        for x in range(count):
            cx = rect.left() + int((x + 0.5) * module)
            row.append(image.pixelColor(cx, cy).lightness() < 128)
        rows.append(row)
    return rows


def grey_levels(image: QImage, rect: QRect) -> set[int]:
    return {
        image.pixelColor(x, y).lightness()
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    }


def test_matrix_has_the_quiet_zone_and_a_valid_size() -> None:
    matrix = qr_matrix(URL)
    count = len(matrix)
    assert all(len(row) == count for row in matrix)
    symbol = count - 2 * QUIET_ZONE
    assert (symbol - 17) % 4 == 0 and 21 <= symbol <= 177  # 4 * version + 17
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[-1 - i])
        assert not any(row[i] for row in matrix) and not any(row[-1 - i] for row in matrix)
    # the top-left finder pattern starts right after the quiet zone
    assert matrix[QUIET_ZONE][QUIET_ZONE : QUIET_ZONE + 7] == (True,) * 7


@pytest.mark.parametrize("module_px", [1, 3, 8])
def test_image_modules_are_whole_pixels(qapp: QApplication, module_px: int) -> None:
    matrix = qr_matrix(URL)
    image = qr_image(URL, module_px)
    side = len(matrix) * module_px
    assert (image.width(), image.height()) == (side, side)
    assert sample(image, image.rect(), len(matrix)) == [list(row) for row in matrix]
    assert grey_levels(image, image.rect()) == {0, 255}  # no grey edge: nothing was smoothed
    # every pixel of a module has the module's colour, not only its centre
    for y in range(0, side, 7):
        for x in range(0, side, 5):
            dark = image.pixelColor(x, y).lightness() < 128
            assert dark == matrix[y // module_px][x // module_px]


def test_matrix_image_refuses_a_zero_module() -> None:
    with pytest.raises(ValueError):
        matrix_image(qr_matrix("x"), 0)


@pytest.mark.parametrize("size", [(333, 250), (250, 333), (400, 400), (97, 120)])
def test_widget_draws_the_largest_crisp_symbol_centred(qtbot, size: tuple[int, int]) -> None:
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.set_text(URL)
    widget.resize(*size)
    matrix = widget.matrix()
    count = len(matrix)
    assert matrix == qr_matrix(URL)

    rect = widget.symbol_rect()
    module = min(size) // count
    assert module >= 1
    assert rect.width() == rect.height() == module * count
    # centred to the pixel, and as large as fits
    assert abs(rect.left() - (size[0] - rect.width()) // 2) <= 1
    assert abs(rect.top() - (size[1] - rect.height()) // 2) <= 1
    assert (module + 1) * count > min(size)

    image = widget.grab().toImage()
    assert sample(image, rect, count) == [list(row) for row in matrix]
    assert grey_levels(image, rect) == {0, 255}
    # the quiet zone is drawn, pure light, whatever the theme paints around the widget
    band = QUIET_ZONE * module
    for side in (
        QRect(rect.left(), rect.top(), rect.width(), band),
        QRect(rect.left(), rect.bottom() - band + 1, rect.width(), band),
        QRect(rect.left(), rect.top(), band, rect.height()),
        QRect(rect.right() - band + 1, rect.top(), band, rect.height()),
    ):
        assert grey_levels(image, side) == {255}


def test_quiet_zone_survives_a_dark_background(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setStyleSheet("background: #000000;")
    widget = QrCode(parent)
    widget.set_text(URL)
    widget.setGeometry(10, 10, 300, 260)
    image = parent.grab().toImage()
    rect = widget.symbol_rect().translated(widget.pos())
    count = len(widget.matrix())
    assert image.pixelColor(2, 2).lightness() < 10  # the theme's dark background around it
    assert sample(image, rect, count) == [list(row) for row in widget.matrix()]
    band = QUIET_ZONE * (rect.width() // count)
    assert grey_levels(image, QRect(rect.left(), rect.top(), rect.width(), band)) == {255}


def test_widget_changes_and_clears_its_text(qtbot) -> None:
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    assert widget.symbol_rect().isEmpty() and widget.matrix() == ()

    widget.set_text("first")
    first = widget.matrix()
    widget.set_text(URL)
    assert widget.text() == URL and widget.matrix() == qr_matrix(URL) != first

    widget.clear()
    assert widget.text() == "" and widget.matrix() == ()
    assert widget.symbol_rect().isEmpty()


def test_widget_keeps_a_square_shape(qtbot) -> None:
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.set_text(URL)
    assert widget.hasHeightForWidth() and widget.heightForWidth(321) == 321
    hint = widget.sizeHint()
    assert hint.width() == hint.height() >= len(widget.matrix()) * 4


@pytest.mark.parametrize(
    "text",
    [URL, "https://brusselshealthnetwork.be/nl/#ref=TEST-REF1", "Réseau santé — référence 42"],
)
def test_a_decoder_reads_the_text_back(qtbot, text: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp", reason="optional QR decoder (pip install zxing-cpp)")
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.set_text(text)
    widget.resize(360, 300)
    for image in (qr_image(text, 4), widget.grab().toImage()):
        found = zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
        assert [code.text for code in found] == [text]
