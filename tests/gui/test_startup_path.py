"""The order of the kiosk's start-up: the welcome page first, everything slow after it.

``bench/startup.py`` measures the time; these tests keep the order that a visitor notices,
without timing anything. A fresh ``kiosk --demo --windowed --smoke-test`` process reports what
was loaded and built when its window was first painted, and again once the services started:

* the welcome page is on screen before the services (card monitor, queue, sync) exist;
* the slow libraries (``keyring``, ``requests``, ``stdnum``) are not loaded before it.

Also: the Qt-free core imports no Qt, so a check or a tool can use it without a display.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Reports at the first paint and once the kiosk has started, then exits through the kiosk
# command's own smoke-test path (once the queue is open).
_CHILD = """
import json, sys
from kiosk.main import main
from kiosk.ui import app as kiosk_app
_show, _start = kiosk_app.Kiosk.show, kiosk_app.Kiosk.start
def report(kiosk, moment):
    print(json.dumps({
        "moment": moment,
        "modules": sorted(sys.modules),
        "pages": sorted(step.value for step in kiosk.window.pages),
        "services": hasattr(kiosk, "services"),
    }), flush=True)
def show(self, *, windowed):
    self.window.painted.connect(lambda: report(self, "painted"))
    _show(self, windowed=windowed)
def start(self):
    _start(self)
    report(self, "started")
kiosk_app.Kiosk.show, kiosk_app.Kiosk.start = show, start
sys.exit(main(["--demo", "--windowed", "--smoke-test"]))
"""

#: Slow to import and not needed to greet a visitor: loaded once the welcome page is up.
SLOW_LIBRARIES = ("keyring", "requests", "stdnum")

#: The Qt-free core: the flow, the settings, the visit's data, the log set-up.
CORE = ("kiosk.flow", "kiosk.config", "kiosk.session", "kiosk.enrolment", "kiosk.logging_setup")


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        env[name] = str(home / name.lower())
        Path(env[name]).mkdir(mode=0o700)
    return env


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        check=False,
        cwd=ROOT,
        env=_child_env(tmp_path_factory.mktemp("startup-home")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    by_moment = {line["moment"]: line for line in lines}
    assert [line["moment"] for line in lines] == ["painted", "started"], lines
    return by_moment


def _loaded(report: dict[str, object], package: str) -> bool:
    modules = report["modules"]
    assert isinstance(modules, list)
    return any(name == package or name.startswith(package + ".") for name in modules)


def test_the_welcome_page_is_painted_before_the_services_start(
    reports: dict[str, dict[str, object]],
) -> None:
    painted, started = reports["painted"], reports["started"]
    assert painted["pages"] == ["welcome"]
    assert painted["services"] is False
    assert not _loaded(painted, "kiosk.cardreader.monitor")
    assert not _loaded(painted, "kiosk.outbox.store")
    assert started["services"] is True
    assert _loaded(started, "kiosk.cardreader.monitor")


@pytest.mark.parametrize("library", SLOW_LIBRARIES)
def test_slow_libraries_wait_for_the_welcome_page(
    reports: dict[str, dict[str, object]], library: str
) -> None:
    assert not _loaded(reports["painted"], library)


def test_the_core_imports_no_qt() -> None:
    program = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "[]"
