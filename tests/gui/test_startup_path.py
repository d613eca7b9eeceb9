"""What start-up does before the welcome page is first painted, and what it leaves for after.

``bench/startup.py`` measures the time; these tests keep the reasons it is short from eroding
unnoticed, without timing anything: a fresh ``kiosk --demo --windowed`` process reports, at its
first paint, whether PySide's ``Qt`` namespace enums were built (about 30 ms) and which of the
kiosk's modules were loaded, and whether any source file was read. Also
:func:`kiosk.ui.theme.set_qt_property`, the helper that keeps the ``Qt`` enums out of the welcome
page, and :mod:`kiosk.ui.source_scan`, which keeps PySide6's import hook from reading sources.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui.source_scan import scan_namespaces_instead, uses_pyside
from kiosk.ui.theme import label, set_qt_property

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Prints, at the first paint, what was loaded, and once the kiosk has started (the pages, the
# reader, the queue) whether the garbage collector runs; then exits through the kiosk command's
# own smoke-test path.
_CHILD = """
import gc, json, linecache, sys
from kiosk.main import main, prepare_ui_imports
prepare_ui_imports()  # what the kiosk command does before it imports the UI
read_while_importing_pyside = set(linecache.cache)
from PySide6 import QtCore, QtGui, QtWidgets
from kiosk.ui import app as kiosk_app
_show, _start = kiosk_app.Kiosk.show, kiosk_app.Kiosk.start
def report():
    print(json.dumps({
        "qt_enums": "Qt" in vars(QtCore),
        "qt_classes": sorted(
            name for module, name in ((QtGui, "QFont"), (QtWidgets, "QSizePolicy"))
            if name in vars(module)
        ),
        "modules": sorted(m for m in sys.modules if m.startswith("kiosk")),
        "sources_read": sorted(set(linecache.cache) - read_while_importing_pyside),
        "gc_at_first_paint": gc.isenabled(),
    }), flush=True)
def show(self, *, windowed):
    self.window.painted.connect(report)
    _show(self, windowed=windowed)
def start(self):
    _start(self)
    print(json.dumps({"gc_once_started": gc.isenabled()}), flush=True)
kiosk_app.Kiosk.show, kiosk_app.Kiosk.start = show, start
sys.exit(main(["--demo", "--windowed", "--smoke-test"]))
"""

# Loaded after the first paint, by the services, the pages, the reader or the queue (or a crash):
# not needed to show the welcome page.
_AFTER_PAINT = (
    "kiosk.services",
    "kiosk.enrolment",
    "kiosk.outbox",
    "kiosk.crash_report",
    "kiosk.ui.bridges",
    "kiosk.ui.pages.privacy",
    "kiosk.ui.error_screen",
    "kiosk.ui.operator",
    "kiosk.ui.demo_panel",
    "kiosk.cardreader.monitor",
    "kiosk.outbox.store",
    "logging.handlers",
    "json",
    "datetime",
)


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    home = tmp_path_factory.mktemp("startup-home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        env[name] = str(home / name.lower())
        Path(env[name]).mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2 and "modules" in lines[0] and "gc_once_started" in lines[1], lines
    return {**lines[0], **lines[1]}


def test_the_welcome_page_is_painted_without_the_qt_namespace_enums(
    first_paint: dict[str, object],
) -> None:
    assert first_paint["qt_enums"] is False


def test_the_welcome_page_is_painted_without_pyside_font_and_size_policy_classes(
    first_paint: dict[str, object],
) -> None:
    # PySide builds a class (and its enums) on first use: QFont ~2 ms, QSizePolicy ~1 ms.
    assert first_paint["qt_classes"] == []


def test_the_welcome_page_does_not_wait_for_the_other_pages_the_reader_or_the_queue(
    first_paint: dict[str, object],
) -> None:
    modules = first_paint["modules"]
    assert isinstance(modules, list)
    assert "kiosk.ui.pages.welcome" in modules  # the report did come from the first paint
    loaded = [name for name in _AFTER_PAINT if name in modules]
    assert loaded == []


def test_no_source_file_is_read_before_the_welcome_page(first_paint: dict[str, object]) -> None:
    # Once PySide6 is imported, its import hook would read (into linecache) every module imported
    # after it: the kiosk's UI and the standard library modules they name (kiosk.ui.source_scan).
    assert first_paint["sources_read"] == []


def test_the_garbage_collector_waits_for_the_first_paint(first_paint: dict[str, object]) -> None:
    # Paused by kiosk.main for the start-up, running again once the kiosk has started.
    assert first_paint["gc_at_first_paint"] is False
    assert first_paint["gc_once_started"] is True


def test_set_qt_property_sets_enums_and_flags_by_their_names(qtbot: QtBot) -> None:
    text = QLabel("x")
    qtbot.addWidget(text)
    set_qt_property(text, "alignment", "AlignHCenter|AlignTop")
    assert text.alignment() == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    set_qt_property(text, "textFormat", "RichText")
    assert text.textFormat() == Qt.TextFormat.RichText


@pytest.mark.parametrize(
    ("name", "keys"), [("alignment", "AlignCentre"), ("textFormt", "PlainText"), ("wordWrap", "x")]
)
def test_set_qt_property_refuses_an_unknown_property_or_key(
    qtbot: QtBot, name: str, keys: str
) -> None:
    text = QLabel("x")
    qtbot.addWidget(text)
    with pytest.raises(ValueError, match=name):
        set_qt_property(text, name, keys)


def test_theme_labels_are_plain_text(qtbot: QtBot) -> None:
    text = label("body")
    qtbot.addWidget(text)
    text.setText("<b>Jan</b>")
    assert text.textFormat() == Qt.TextFormat.PlainText


def test_uses_pyside_looks_at_the_namespace_not_the_source() -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QObject

    assert uses_pyside(ModuleType("with_a_class", "x")) is False
    qt_module = ModuleType("qt_user")
    qt_module.QObject = QObject  # type: ignore[attr-defined]
    assert uses_pyside(qt_module) is True
    qt_package = ModuleType("qt_package_user")
    qt_package.QtWidgets = QtWidgets  # type: ignore[attr-defined]
    assert uses_pyside(qt_package) is True
    assert uses_pyside(importlib.import_module("kiosk.ui.theme")) is True
    assert uses_pyside(importlib.import_module("kiosk.flow")) is False


def test_uses_pyside_skips_objects_that_will_not_say_where_they_come_from() -> None:
    class Evasive:
        def __getattribute__(self, name: str) -> object:
            raise RuntimeError(name)

    module = ModuleType("evasive_user")
    module.thing = Evasive()  # type: ignore[attr-defined]
    assert uses_pyside(module) is False


def test_the_import_hook_is_switched_to_the_namespace_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from shibokensupport import feature  # type: ignore[import-not-found]

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # restored after
    assert scan_namespaces_instead() is True
    assert feature._mod_uses_pyside is uses_pyside
    assert scan_namespaces_instead() is True  # again: no change
    module = ModuleType("fresh_after_switch")
    feature.feature_imported(module)
    assert feature.pyside_feature_dict.pop("fresh_after_switch") == -1


def test_an_unknown_import_hook_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from shibokensupport import feature

    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert scan_namespaces_instead() is False
    assert not hasattr(feature, "_mod_uses_pyside")


def test_the_garbage_collector_runs_again_when_the_kiosk_stops_before_its_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk import main as front
    from kiosk.ui import app as app_module

    bad = tmp_path / "kiosk.toml"
    bad.write_text('inactivity_s = "abc"\n', encoding="utf-8")
    monkeypatch.setattr(app_module, "configure_logging", lambda log_dir, **_: None)
    during: list[bool] = []
    monkeypatch.setattr(
        app_module, "_refuse", lambda status, _text: during.append(gc.isenabled()) or status
    )
    assert gc.isenabled()
    assert front.main(["--config", str(bad), "--windowed"]) == app_module.CONFIG_ERROR_EXIT
    assert during == [False]  # paused during the start-up...
    assert gc.isenabled()  # ...and running again
