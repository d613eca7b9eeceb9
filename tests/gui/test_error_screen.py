"""A bug in a page or a worker thread wipes the visit and shows the calm error screen with a
stable code; the log has the type, the code and the frames but no message, name or national
number; the screen returns to the welcome page after a minute or on "Start again", and stays for
a volunteer when errors repeat."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.crash_report import error_code, redacted_traceback
from kiosk.flow import Step
from kiosk.services import KioskSettings
from kiosk.ui.app import Kiosk
from kiosk.ui.crash import CrashGuard
from kiosk.ui.error_screen import REPEAT_WINDOW_S, RETURN_AFTER_MS, ErrorScreen
from tests.gui.conftest import available_page_classes, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of, specimen_read

pytestmark = pytest.mark.gui

WAIT_MS = 10_000
CODE = re.compile(r"E-[0-9A-F]{6}")


def _secrets() -> list[str]:
    read = specimen_read("nl-citizen")
    nn = read.identity.national_number
    return [*secrets_of(read), f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}"]


def _boom(*_: object) -> None:
    identity = specimen_read("nl-citizen").identity
    # The message carries personal data on purpose: it must never reach the log or the screen.
    raise KeyError(f"{identity.surname} {identity.national_number}")


@pytest.fixture
def guarded(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[Kiosk]:
    """The whole demo kiosk, started, with its crash guard installed as :func:`main` does."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = KioskSettings(
        demo=True, default_language="en", stand_name="Test stand", data_dir=tmp_path
    )
    kiosk = Kiosk(app, settings, clock=clock, page_classes=available_page_classes())
    qtbot.addWidget(kiosk.window)
    kiosk.crash_guard.install()
    try:
        kiosk.show(windowed=True)
        kiosk.start()
        yield kiosk
    finally:
        kiosk.close()
        kiosk.translations.set_language("en")
    assert not kiosk.crash_guard.installed


def _crash_on_consent(kiosk: Kiosk, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reach the identity page (name and number on screen), then "This is me" into a consent
    page whose enter() raises."""
    reach(kiosk.flow, clock, Step.CONFIRM_IDENTITY)
    consent = kiosk.window.pages[Step.CONSENT]
    monkeypatch.setattr(consent, "enter", _boom)
    this_is_me = kiosk.window.findChild(QAbstractButton, "thisIsMe")
    assert this_is_me is not None
    this_is_me.click()  # the exception escapes the button's slot


# ---------------------------------------------------------------- the whole kiosk


def test_a_page_that_raises_ends_on_the_error_screen_with_the_visit_wiped(
    guarded: Kiosk,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    screen = guarded.error_screen
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
        _crash_on_consent(guarded, clock, monkeypatch)
    assert screen.isVisible()
    assert screen.geometry() == guarded.window.rect()
    assert CODE.fullmatch(screen.code)
    assert guarded.flow.step is Step.WELCOME
    assert guarded.flow.session.is_empty()
    texts = "\n".join(widget_texts(guarded.window))
    for secret in _secrets():
        assert secret not in texts
    assert f"Error code: {screen.code}" in texts
    assert "Please ask a volunteer for help." in texts
    assert "Traceback" not in texts and "KeyError" not in texts
    logged = "\n".join(r.getMessage() for r in caplog.records)
    crash_lines = [r for r in caplog.records if screen.code in r.getMessage()]
    assert crash_lines and crash_lines[0].levelno == logging.ERROR
    assert "KeyError" in crash_lines[0].getMessage() and "_boom" in crash_lines[0].getMessage()
    for secret in _secrets():
        assert secret not in logged


def test_the_same_bug_gives_the_same_code(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = []
    for _ in range(2):
        with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS) as crashed:
            _crash_on_consent(guarded, clock, monkeypatch)
        codes.append(crashed.args[0].code)
        guarded.error_screen.start_again.click()
        assert not guarded.error_screen.isVisible()
    assert codes[0] == codes[1]
    assert CODE.fullmatch(codes[0])


def test_start_again_returns_to_the_welcome_page(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
        _crash_on_consent(guarded, clock, monkeypatch)
    screen = guarded.error_screen
    assert screen.start_again.isVisible()
    with qtbot.waitSignal(screen.finished, timeout=WAIT_MS):
        QTest.mouseClick(screen.start_again, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()
    assert guarded.window.current_page is guarded.window.pages[Step.WELCOME]


def test_the_screen_goes_by_itself_after_a_minute(guarded: Kiosk) -> None:
    assert guarded.error_screen._timer.interval() == RETURN_AFTER_MS == 60_000


def test_an_exception_on_a_worker_thread_shows_the_screen(
    guarded: Kiosk, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    worker = threading.Thread(target=_boom, name="test-worker")
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS) as crashed:
        worker.start()
        worker.join()
    assert crashed.args[0].thread == "test-worker"
    assert guarded.error_screen.isVisible()
    assert any("test-worker" in r.getMessage() for r in caplog.records)


def test_repeated_errors_keep_the_screen_for_a_volunteer(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = guarded.error_screen
    for n in range(3):
        with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
            _crash_on_consent(guarded, clock, monkeypatch)
        if n < 2:
            assert not screen.sticky
            screen.start_again.click()
        clock.advance(60)
    assert screen.sticky and screen.isVisible()
    assert not screen.start_again.isVisible() and screen.waiting.isVisible()
    assert not screen._timer.isActive()
    QTest.keyClick(screen, Qt.Key.Key_Return)
    assert screen.isVisible()
    guarded.wipe_session()  # a volunteer opened the operator panel
    assert not screen.isVisible()
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
        _crash_on_consent(guarded, clock, monkeypatch)
    assert not screen.sticky  # the count started again


def test_errors_far_apart_do_not_count_as_repeats(qtbot: QtBot, clock: FakeClock) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    screen = ErrorScreen(parent, clock=clock)
    for _ in range(5):
        screen.show_crash("E-000001")
        assert not screen.sticky
        clock.advance(REPEAT_WINDOW_S / 2 + 1)


def test_the_screen_returns_by_itself_when_nobody_touches_it(
    qtbot: QtBot, clock: FakeClock
) -> None:
    parent = QWidget()
    parent.resize(1280, 800)
    qtbot.addWidget(parent)
    parent.show()
    screen = ErrorScreen(parent, clock=clock, return_after_ms=10)
    with qtbot.waitSignal(screen.finished, timeout=WAIT_MS):
        screen.show_crash("E-ABCDEF")
    assert not screen.isVisible()


def test_tab_stays_on_the_error_screen(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = guarded.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
        _crash_on_consent(guarded, clock, monkeypatch)
    screen = guarded.error_screen
    seen = set()
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is screen or screen.isAncestorOf(focused), focused
        seen.add(focused)
    assert screen.start_again in seen


def test_a_press_on_the_screen_reaches_the_window_for_the_volunteers_gesture(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
        _crash_on_consent(guarded, clock, monkeypatch)

    class Presses(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.MouseButtonPress:
                self.count += 1
            return False

    presses = Presses()
    guarded.window.installEventFilter(presses)
    QTest.mousePress(guarded.error_screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    QTest.mouseRelease(guarded.error_screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert presses.count == 1


def test_the_volunteers_shortcut_opens_the_operator_mode_over_a_stuck_screen(
    guarded: Kiosk, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = guarded.error_screen
    for _ in range(3):
        with qtbot.waitSignal(guarded.crash_guard.crashed, timeout=WAIT_MS):
            _crash_on_consent(guarded, clock, monkeypatch)
        screen.start_again.click()
    assert screen.sticky and screen.isVisible()
    operator = guarded.operator_mode
    assert operator is not None and not operator.is_open
    mods = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(screen, Qt.Key.Key_O, mods)
    qtbot.waitUntil(lambda: operator.is_open, timeout=WAIT_MS)
    assert not screen.isVisible()  # the volunteer acts: the screen and its count are reset
    operator.close()


def test_the_guard_hands_back_the_previous_hooks(qapp: QApplication) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    guard = CrashGuard(lambda crash: None)
    guard.install()
    assert sys.excepthook == guard.excepthook
    guard.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


# ---------------------------------------------------------------- codes and reports


def _raise_here() -> None:
    raise ValueError("85073003328 Janssens")


def _raise_elsewhere() -> None:
    raise ValueError("85073003328 Janssens")


def _caught(fn) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        fn()
    except BaseException as error:  # noqa: BLE001
        return error
    raise AssertionError("did not raise")


def test_codes_are_stable_per_place_and_type() -> None:
    a1, a2, b = _caught(_raise_here), _caught(_raise_here), _caught(_raise_elsewhere)
    code = error_code(type(a1), a1.__traceback__)
    assert CODE.fullmatch(code)
    assert code == error_code(type(a2), a2.__traceback__)
    assert code != error_code(type(b), b.__traceback__)
    assert code != error_code(KeyError, a1.__traceback__)


def test_the_report_has_frames_but_no_message() -> None:
    def outer() -> None:
        try:
            _raise_here()
        except ValueError as error:
            raise RuntimeError("while handling 85073003328") from error

    error = _caught(outer)
    report = redacted_traceback(type(error), error, error.__traceback__)
    assert "85073003328" not in report and "Janssens" not in report
    assert "_raise_here" in report and "outer" in report
    assert "ValueError: [message withheld]" in report
    assert "RuntimeError: [message withheld]" in report
    assert "direct cause" in report
    assert report.index("ValueError") < report.index("RuntimeError")  # as Python prints it


def test_a_short_error_code_attribute_is_kept() -> None:
    class CodedError(Exception):
        code = "queue-unavailable"

    error = CodedError("secret 85073003328")
    report = redacted_traceback(CodedError, error, None)
    assert "(code queue-unavailable)" in report and "85073003328" not in report
