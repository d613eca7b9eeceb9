"""``tools/screenshots.py`` renders every step in every language, and the pictures show pages.

The tool runs as a subprocess, exactly as a reviewer runs it (a clean QApplication with the
kiosk's own theme, offscreen). Each picture must be 1280x800, not blank (many colours once
scaled down) and hold text (pixels in the theme's text colour), and its file name must say only
the language and the step. ``--look large`` renders the same pages in larger text and high
contrast (checked in one language: a black header), its files named after the look.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.flow import Step
from kiosk.flow.config import LANGUAGES

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "screenshots.py"
NAME = re.compile(r"(nl|fr|en|de)-(\d\d)-([a-z0-9-]+?)(?:-(form|typing|stop))?\.png")


def _render(outdir: Path, *options: str) -> Path:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(TOOL), str(outdir), *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "screenshots in" in result.stdout
    return outdir


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every page in every language, rendered once for this module."""
    return _render(tmp_path_factory.mktemp("screenshots"))


@pytest.fixture(scope="module")
def large_shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every page in German, larger text and high contrast."""
    return _render(tmp_path_factory.mktemp("large-screenshots"), "--look", "large", "--lang", "de")


def test_one_picture_per_step_and_language(shots: Path) -> None:
    names = sorted(p.name for p in shots.iterdir())
    order = list(Step)
    expected = {
        f"{lang}-{order.index(s) + 1:02d}-{s.value}.png" for lang in LANGUAGES for s in Step
    }
    assert expected <= set(names), sorted(expected - set(names))
    for name in names:  # the extras follow the same pattern: nothing personal in a file name
        match = NAME.fullmatch(name)
        assert match is not None, name
        assert order[int(match[2]) - 1].value == match[3], name


# Grey levels up to this count as the theme's text colour (#111111 is 17); anti-aliased glyph
# cores reach it, the page's greys and blues do not.
_TEXT_GREY = 0x30
_IS_TEXT = bytes(1 if level <= _TEXT_GREY else 0 for level in range(256))


def colours(image: QImage) -> int:
    """Distinct colours of ``image`` scaled down to 160x100 (one per 8x8 block)."""
    small = image.scaled(
        160, 100, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(small.constBits())
    return len({data[i : i + 4] for i in range(0, len(data), 4)})


def text_pixels(image: QImage) -> int:
    """Pixels in the text colour below the header and the status strip."""
    body = image.copy(0, 100, image.width(), image.height() - 100)
    grey = body.convertToFormat(QImage.Format.Format_Grayscale8)
    assert grey.bytesPerLine() == grey.width()  # no row padding at 1280 px
    return bytes(grey.constBits()).translate(_IS_TEXT).count(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_is_a_page_with_text(shots: Path, language: str) -> None:
    pictures = sorted(shots.glob(f"{language}-*.png"))
    assert len(pictures) >= len(Step)
    for path in pictures:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (1280, 800), path.name
        count = colours(image)
        assert count >= 16, f"{path.name}: {count} colours, looks blank"
        text = text_pixels(image)
        assert text >= 2000, f"{path.name}: only {text} text-coloured pixels in the body"


def test_the_large_look_renders_every_view_under_its_own_names(
    shots: Path, large_shots: Path
) -> None:
    standard = sorted(p.name for p in shots.glob("de-*.png"))
    large = sorted(p.name for p in large_shots.iterdir())
    assert large == [f"large-{name}" for name in standard]
    for name in large:
        image = QImage(str(large_shots / name))
        assert (image.width(), image.height()) == (1280, 800), name
        assert image.pixelColor(4, 4).name() == "#000000", f"{name}: not the black header"
        assert text_pixels(image) >= 2000, name
    assert QImage(str(shots / standard[0])).pixelColor(4, 4).name() != "#000000"
