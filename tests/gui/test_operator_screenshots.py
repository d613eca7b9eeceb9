"""``tools/screenshots.py --operator-only`` renders the volunteer panel's screens in every
language: 1280x800 pictures with text, named by language and view only."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.flow import Step
from kiosk.flow.config import LANGUAGES

pytestmark = pytest.mark.gui

TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"
VIEWS = ("new-pin", "pin", "panel", "rejected", "export", "locked", "crash-screen")


def test_the_operator_screens_are_rendered_in_every_language(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path), "--operator-only"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    first = len(Step) + 1
    expected = {
        f"{lang}-{first + i:02d}-operator-{view}.png"
        for lang in LANGUAGES
        for i, view in enumerate(VIEWS)
    }
    names = {p.name for p in tmp_path.iterdir()}
    assert names == expected
    for name in names:
        assert re.fullmatch(r"(nl|fr|en|de)-\d\d-operator-[a-z-]+\.png", name)
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1280, 800), name
        dark = sum(
            1
            for x in range(0, 1280, 8)
            for y in range(0, 800, 8)
            if image.pixelColor(x, y).lightness() < 80
        )
        assert dark > 50, f"{name} shows hardly any text"
