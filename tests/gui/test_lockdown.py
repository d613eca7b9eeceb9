"""Kiosk mode: the window covers the screen, frameless and on top; close, Alt+F4, Escape, Ctrl+W,
Ctrl+Q, F11 and context menus are refused while Tab and Enter still work; the cursor hides on
touch-only stands; the volunteers' exit and windowed mode close normally; one kiosk at a time."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk import launch
from kiosk.flow import Step
from kiosk.main import main as kiosk_main
from kiosk.services import KioskSettings
from kiosk.ui import app as app_module
from kiosk.ui.app import Kiosk
from kiosk.ui.lockdown import Lockdown, is_forbidden_key
from kiosk.ui.single_instance import ALREADY_RUNNING_EXIT, SingleInstance, default_lock_path
from tests.gui.conftest import available_page_classes
from tests.helpers.clocks import FakeClock

pytestmark = pytest.mark.gui

WAIT_MS = 10_000

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
NONE = Qt.KeyboardModifier.NoModifier
FORBIDDEN = [
    (Qt.Key.Key_F4, ALT),
    (Qt.Key.Key_Escape, NONE),
    (Qt.Key.Key_Escape, SHIFT),
    (Qt.Key.Key_W, CTRL),
    (Qt.Key.Key_Q, CTRL),
    (Qt.Key.Key_F11, NONE),
]
ALLOWED = [
    (Qt.Key.Key_Tab, NONE),
    (Qt.Key.Key_Return, NONE),
    (Qt.Key.Key_Left, NONE),
    (Qt.Key.Key_F4, NONE),
    (Qt.Key.Key_W, NONE),
    (Qt.Key.Key_Q, SHIFT),
    (Qt.Key.Key_O, CTRL | ALT | SHIFT),  # the volunteers' key combination
]


class Recorder(QObject):
    """Records the event types a widget receives (object filters run after the application's)."""

    def __init__(self, kinds: set[QEvent.Type]) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[tuple[QEvent.Type, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            key = event.key() if hasattr(event, "key") else 0
            self.seen.append((event.type(), key))
        return False


def _kiosk(qtbot: QtBot, clock: FakeClock, *, windowed: bool, **settings: object) -> Kiosk:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    options: dict[str, object] = {"demo": True, "default_language": "en", "stand_name": "Test"}
    options.update(settings)
    kiosk = Kiosk(app, KioskSettings(**options), clock=clock, page_classes=available_page_classes())
    qtbot.addWidget(kiosk.window)
    kiosk.show(windowed=windowed)
    return kiosk


@pytest.fixture
def locked(qtbot: QtBot, clock: FakeClock) -> Iterator[Kiosk]:
    kiosk = _kiosk(qtbot, clock, windowed=False)
    try:
        yield kiosk
    finally:
        kiosk.close()
        kiosk.window.close()


@pytest.fixture
def windowed(qtbot: QtBot, clock: FakeClock) -> Iterator[Kiosk]:
    kiosk = _kiosk(qtbot, clock, windowed=True)
    try:
        yield kiosk
    finally:
        kiosk.close()


# ---------------------------------------------------------------- the window


def test_kiosk_mode_is_frameless_on_top_and_covers_the_screen(locked: Kiosk) -> None:
    window = locked.window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    assert window.geometry() == screen.geometry()
    assert window.isVisible()
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_a_missing_screen_falls_back_to_the_primary_one_and_says_so(
    qtbot: QtBot, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.ui.lockdown")
    kiosk = _kiosk(qtbot, clock, windowed=False, screen=len(QGuiApplication.screens()) + 3)
    try:
        screen = QGuiApplication.primaryScreen()
        assert screen is not None
        assert kiosk.window.geometry() == screen.geometry()
        assert any("is not connected" in r.getMessage() for r in caplog.records)
    finally:
        kiosk.close()


def test_windowed_mode_is_a_normal_window(windowed: Kiosk) -> None:
    window = windowed.window
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert windowed.lockdown is None
    assert window.size().width() == 1280 and window.size().height() == 800


# ---------------------------------------------------------------- closing


def test_kiosk_mode_refuses_to_close(locked: Kiosk) -> None:
    window = locked.window
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.close() is False
    assert window.isVisible()
    assert locked.flow.step is Step.WELCOME


def test_windowed_mode_closes(windowed: Kiosk) -> None:
    assert windowed.window.close() is True
    assert not windowed.window.isVisible()


def test_the_volunteers_exit_closes_the_locked_window(locked: Kiosk) -> None:
    locked.exit_kiosk()
    assert not locked.window.isVisible()
    assert locked.lockdown is not None and not locked.lockdown.active


# ---------------------------------------------------------------- keys and menus


@pytest.mark.parametrize(("key", "modifiers"), FORBIDDEN)
def test_keys_that_leave_the_kiosk_are_swallowed(
    locked: Kiosk, qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = locked.window
    target = window.pages[Step.WELCOME]
    recorder = Recorder({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
    for watched in (target, window):
        watched.installEventFilter(recorder)
    QTest.keyClick(target, key, modifiers)  # also presses and releases the modifier keys
    assert [seen for seen in recorder.seen if seen[1] == int(key.value)] == []
    assert window.isVisible()


@pytest.mark.parametrize(("key", "modifiers"), ALLOWED)
def test_other_keys_pass(locked: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    editor = QLineEdit(locked.window)  # accepts every key, so the first receiver records it
    recorder = Recorder({QEvent.Type.KeyPress})
    editor.installEventFilter(recorder)
    QTest.keyClick(editor, key, modifiers)
    assert (QEvent.Type.KeyPress, int(key.value)) in recorder.seen


@pytest.mark.parametrize(
    ("key", "modifiers", "forbidden"),
    [*(f + (True,) for f in FORBIDDEN), *(a + (False,) for a in ALLOWED)],
)
def test_which_keys_are_forbidden(
    key: Qt.Key, modifiers: Qt.KeyboardModifier, forbidden: bool
) -> None:
    assert is_forbidden_key(key, modifiers) is forbidden


def test_tab_still_moves_the_focus_in_kiosk_mode(locked: Kiosk, qtbot: QtBot) -> None:
    window = locked.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    first = window.language_buttons["nl"]
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Tab)  # the header's buttons are one group: Tab leaves it
    assert QApplication.focusWidget() is window.pages[Step.WELCOME].language_buttons["nl"]  # type: ignore[attr-defined]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.pages[Step.WELCOME].language_buttons["fr"]  # type: ignore[attr-defined]


def test_enter_still_works_in_kiosk_mode(locked: Kiosk, qtbot: QtBot) -> None:
    window = locked.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    locked.flow.start()
    assert locked.flow.step is Step.PRIVACY
    window.primary_button.setFocus()
    QTest.keyClick(window.primary_button, Qt.Key.Key_Return)
    assert locked.flow.step is Step.INSERT_CARD


def test_context_menus_are_swallowed(locked: Kiosk) -> None:
    editor = QLineEdit(locked.window)  # a line edit has a copy/paste menu of its own
    recorder = Recorder({QEvent.Type.ContextMenu})
    editor.installEventFilter(recorder)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), editor.mapToGlobal(QPoint(5, 5))
    )
    assert QApplication.sendEvent(editor, event) is True  # taken by the lock-down
    assert recorder.seen == []


def test_windowed_mode_lets_keys_and_menus_through(windowed: Kiosk) -> None:
    editor = QLineEdit(windowed.window)
    plain = QWidget(windowed.window)  # no menu of its own: nothing pops up
    recorder = Recorder({QEvent.Type.KeyPress, QEvent.Type.ContextMenu})
    for widget in (editor, plain):
        widget.installEventFilter(recorder)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert (QEvent.Type.KeyPress, int(Qt.Key.Key_Escape.value)) in recorder.seen
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(1, 1), plain.mapToGlobal(QPoint(1, 1))
    )
    QApplication.sendEvent(plain, event)
    assert (QEvent.Type.ContextMenu, 0) in recorder.seen


# ---------------------------------------------------------------- cursor


def test_touch_only_stands_hide_the_cursor_until_exit(qtbot: QtBot, clock: FakeClock) -> None:
    assert QGuiApplication.overrideCursor() is None
    kiosk = _kiosk(qtbot, clock, windowed=False, hide_cursor=True)
    try:
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        kiosk.close()
    assert QGuiApplication.overrideCursor() is None


def test_the_cursor_stays_by_default(locked: Kiosk) -> None:
    assert QGuiApplication.overrideCursor() is None


def test_release_undoes_the_lock_down(qapp: QApplication) -> None:
    window = QWidget()
    lockdown = Lockdown(window, hide_cursor=True)
    lockdown.install()
    assert lockdown.active
    lockdown.release()
    lockdown.release()  # twice is harmless
    assert not lockdown.active and QGuiApplication.overrideCursor() is None
    assert window.close() is True


# ---------------------------------------------------------------- one kiosk at a time


def test_a_second_lock_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    first, second = SingleInstance(path), SingleInstance(path)
    assert first.acquire() is True
    try:
        assert second.acquire() is False
        assert first.held and not second.held
        assert second.owner == os.getpid()
    finally:
        first.release()
    assert second.acquire() is True
    second.release()


def test_a_lock_left_by_a_killed_kiosk_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys\nfrom PySide6.QtCore import QLockFile\n"
                "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
                "assert lock.tryLock(0)\nprint('locked', flush=True)\nsys.stdin.read()\n"
            ),
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert SingleInstance(path).acquire() is False  # alive: refused
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert path.exists()  # killed: the file stayed behind
    taker = SingleInstance(path)
    assert taker.acquire() is True
    taker.release()


def test_the_lock_file_is_per_user_in_a_runtime_or_temporary_folder() -> None:
    path = default_lock_path()
    assert path.name == f"ehealth-kiosk-{os.getuid()}.lock"
    assert path.parent.is_dir()


def test_a_second_kiosk_exits_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.lock"
    monkeypatch.setattr(app_module, "SingleInstance", lambda: SingleInstance(path))
    monkeypatch.setattr(launch, "configure_logging", lambda log_dir, **_: None)
    running = SingleInstance(path)
    assert running.acquire()
    try:
        status = kiosk_main(["--demo", "--windowed"])
    finally:
        running.release()
    assert status == ALREADY_RUNNING_EXIT == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kiosk: another kiosk is already running on this computer."]
