"""``tools/spoken_guide.py`` prints what is said on every page, and finds nothing wrong with it.

The tool runs as a subprocess, as a reviewer runs it (offscreen, its own QApplication), in
English with ``--check``: it must exit cleanly, greet in the welcome page's words, and give
every step of the flow a section with at least one spoken line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.flow import Step
from kiosk.ui.pages.welcome import GREETINGS

pytestmark = pytest.mark.gui

TOOL = Path(__file__).resolve().parents[2] / "tools" / "spoken_guide.py"
SECTION = re.compile(r"^\[([a-z0-9-]+)\]$")


def sections(output: str) -> dict[str, list[str]]:
    """The spoken lines under each ``[step]`` heading."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in output.splitlines():
        heading = SECTION.match(line)
        if heading:
            current = found.setdefault(heading[1], [])
        elif current is not None and line.strip():
            current.append(line.strip())
    return found


def test_the_english_guide_covers_every_step() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(TOOL), "--lang", "en", "--check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = sections(result.stdout)
    assert list(found) == [step.value for step in Step]
    # every language greets in its own voice; the visitor's own is unmarked
    assert [line for line in found[Step.WELCOME.value] if not line.startswith("[")] == [
        f"{GREETINGS['en']}. Choose your language"
    ]
    empty = [step for step, lines in found.items() if not lines or lines == ["(nothing)"]]
    assert empty == []
    assert any(line.startswith("countdown:") for line in found[Step.STILL_THERE.value])
