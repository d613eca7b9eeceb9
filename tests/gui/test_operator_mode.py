"""Operator (volunteer) mode in the real main window: the gesture, the PIN screens and lock-out,
every panel action, and that no citizen's data is ever behind or inside the panel."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.flow import FlowError, Step
from kiosk.operator.audit import AUDIT_FILE_NAME
from kiosk.operator.pin import FIRST_LOCK_S, MIN_SCRYPT_N, TRIES_PER_LOCK, PinStore
from kiosk.services import KioskSettings
from kiosk.ui.operator import OperatorMode, install_operator_mode
from kiosk.ui.operator.host import OperatorHost
from tests.gui.conftest import available_page_classes, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of, specimen_read

pytestmark = pytest.mark.gui

PIN = "402719"
WAIT_MS = 10_000


class FakeHost:
    """The kiosk as the panel sees it; records what the panel asked."""

    def __init__(self, kiosk: Any) -> None:
        self.kiosk = kiosk
        self.services = kiosk.services
        self.sync_bridge = kiosk.sync_bridge
        self.calls: list[Any] = []

    @property
    def settings(self) -> KioskSettings:
        return self.kiosk.settings

    def wipe_session(self) -> None:
        self.calls.append("wipe")
        try:
            self.kiosk.flow.cancel()
        except FlowError:
            pass
        self.kiosk.window.end_of_visit()

    def switch_demo(self, on: bool) -> None:
        self.calls.append(("demo", on))

    def set_default_language(self, language: str) -> None:
        self.calls.append(("language", language))

    def exit_kiosk(self) -> None:
        self.calls.append("exit")

    def reader_state(self) -> str:
        return "ready"


class Harness:
    def __init__(
        self,
        kiosk: Any,
        mode: OperatorMode,
        host: FakeHost,
        wall: FakeClock,
        drives: Path,
        overrides: list[tuple[Path, str, object]],
    ) -> None:
        self.kiosk, self.mode, self.host, self.wall = kiosk, mode, host, wall
        self.drives, self.overrides = drives, overrides

    def type_pin(self, digits: str) -> None:
        keyboard = self.mode.pin_view.keyboard
        for digit in digits:
            keyboard.key(digit).click()
        keyboard.key("pad-done").click()

    def open_panel(self) -> None:
        self.mode.open()
        if self.mode.pin_view.stage == "first":
            self.type_pin(PIN)
            self.type_pin(PIN)
        else:
            self.type_pin(PIN)
        assert self.mode.current_view is self.mode.panel

    def audit(self) -> list[dict[str, Any]]:
        path = self.kiosk.services.data_dir / AUDIT_FILE_NAME
        return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def harness(qtbot: Any, clock: FakeClock, tmp_path: Path) -> Iterator[Harness]:
    from kiosk.ui.app import Kiosk
    from kiosk.ui.theme import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = KioskSettings(
        demo=True,
        default_language="en",
        stand_name="Test stand",
        stand_id="test-stand",
        data_dir=tmp_path / "data",
    )
    kiosk = Kiosk(app, settings, clock=clock, page_classes=available_page_classes())
    kiosk.window.setStyleSheet(style_sheet())
    qtbot.addWidget(kiosk.window)
    drives = tmp_path / "media"
    (drives / "volunteer" / "STICK").mkdir(parents=True)
    overrides: list[tuple[Path, str, object]] = []
    wall = FakeClock(1_700_000_000.0)
    mode: OperatorMode | None = None
    try:
        kiosk.show(windowed=True)
        kiosk.start()
        host = FakeHost(kiosk)  # the kiosk's services exist once it has started
        assert isinstance(host, OperatorHost)
        assert isinstance(kiosk, OperatorHost)  # the real host, once started
        qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
        from kiosk.operator.drives import removable_drives

        own = getattr(kiosk, "operator_mode", None)
        if own is not None:
            own.remove()  # the kiosk's own, with the real PIN strength: this test injects its own

        mode = install_operator_mode(
            kiosk.window,
            host,
            kiosk.translations,
            pin_store=PinStore.in_folder(settings.data_dir, clock=wall, scrypt_n=MIN_SCRYPT_N),
            clock=wall,
            drives=lambda: removable_drives([str(drives / "*" / "*")], require_mount=False),
            save_override=lambda d, k, v: overrides.append((d, k, v)),
            hold_ms=50,
        )
        yield Harness(kiosk, mode, host, wall, drives, overrides)
    finally:
        if mode is not None:
            mode.remove()
        kiosk.close()
        kiosk.translations.set_language("en")


def test_a_long_press_in_the_corner_opens_the_pin_page(harness: Harness, qtbot: Any) -> None:
    window, mode = harness.kiosk.window, harness.mode
    qtbot.mousePress(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(200, 10))
    assert not mode.gesture.pressing  # outside the corner: nothing starts
    qtbot.mouseRelease(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(200, 10))
    qtbot.mousePress(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert mode.gesture.pressing
    qtbot.mouseRelease(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not mode.gesture.pressing and not mode.is_open  # a tap is not a long press
    with qtbot.waitSignal(mode.gesture.triggered, timeout=WAIT_MS):
        qtbot.mousePress(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseRelease(window.stand_label, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert mode.is_open and mode.current_view is mode.pin_view
    assert mode.pin_view.stage == "first"  # no PIN yet: choose one
    assert harness.host.calls == ["wipe"]
    assert mode.overlay.geometry() == window.rect()
    central = window.centralWidget()
    assert central is not None and not central.isEnabled()


def test_the_keyboard_shortcut_opens_it_too(harness: Harness, qtbot: Any) -> None:
    window = harness.kiosk.window
    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(window.stand_label, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not harness.mode.is_open
    qtbot.keyClick(window.stand_label, Qt.Key.Key_O, modifiers)
    assert harness.mode.is_open and harness.mode.current_view is harness.mode.pin_view


def test_first_start_asks_for_a_new_pin_twice_and_refuses_a_weak_one(harness: Harness) -> None:
    mode = harness.mode
    mode.open()
    harness.type_pin("123456")
    assert mode.pin_view.stage == "first" and "easy to guess" in mode.pin_view.message.text()
    harness.type_pin(PIN)
    assert mode.pin_view.stage == "again"
    harness.type_pin("402718")
    assert mode.pin_view.stage == "first" and "differ" in mode.pin_view.message.text()
    harness.type_pin(PIN)
    harness.type_pin(PIN)
    assert mode.current_view is mode.panel and mode.pin_store.is_set()
    assert PIN.encode() not in mode.pin_store.path.read_bytes()
    assert [e["action"] for e in harness.audit()][-1] == "operator.pin_set"
    # The pad's Done key ended in a Return: it must not press a button of the panel.
    assert "started" not in mode.panel.message.text()
    assert mode.panel.hasFocus()


def test_wrong_pins_lock_the_panel_with_a_countdown_that_grows(harness: Harness) -> None:
    mode = harness.mode
    harness.open_panel()
    mode.close()
    mode.open()
    for _ in range(TRIES_PER_LOCK - 1):
        harness.type_pin("999000")
        assert mode.current_view is mode.pin_view
    assert "Tries left before a pause: 1" in mode.pin_view.message.text()
    harness.type_pin("999000")
    assert mode.current_view is mode.locked_view
    assert mode.locked_view.remaining.text() == "30 s"
    mode.close()
    mode.open()  # closing and opening again does not lift the lock
    assert mode.current_view is mode.locked_view
    harness.wall.now += FIRST_LOCK_S
    mode.locked_view.refresh()  # the countdown's tick
    assert mode.current_view is mode.pin_view
    for _ in range(TRIES_PER_LOCK):
        harness.type_pin("999000")
    assert mode.current_view is mode.locked_view
    assert mode.locked_view.remaining.text() == "1 min"  # 60 s: twice the first pause
    outcomes = [e["outcome"] for e in harness.audit() if e["action"] == "operator.unlock"]
    assert outcomes == ["wrong"] * 4 + ["locked"] + ["wrong"] * 4 + ["locked"]


def test_send_now_triggers_the_sync_worker(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.open_panel()
    sync = harness.kiosk.services.sync_worker
    assert sync is not None
    triggered: list[bool] = []
    monkeypatch.setattr(sync, "trigger", lambda: triggered.append(True))
    harness.mode.panel.action_buttons["send_now"].click()
    assert triggered == [True]
    assert "Sending started" in harness.mode.panel.message.text()
    assert harness.audit()[-1]["action"] == "operator.send_now"


def test_export_writes_a_file_on_the_chosen_stick(
    harness: Harness, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = tmp_path / "network.pem"
    pem.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    services = harness.kiosk.services
    # The setting the config engineer adds; until then the services read it with getattr.
    monkeypatch.setattr(
        services, "settings", dataclasses.replace(services.settings, export_public_key=pem)
    )
    reach(harness.kiosk.flow, harness.kiosk.flow._clock, Step.DONE)  # a queued demo submission
    harness.open_panel()
    mode = harness.mode
    mode.panel.action_buttons["export"].click()
    assert mode.current_view is mode.export_view
    stick = harness.drives / "volunteer" / "STICK"
    mode.export_view.findChild(type(mode.panel.close_button), "drive-STICK").click()
    qtbot.waitUntil(lambda: "saved on STICK" in mode.export_view.message.text(), timeout=WAIT_MS)
    (written,) = stick.iterdir()
    assert written.name.startswith("kiosk-export-test-stand-") and written.stat().st_size > 0
    assert harness.audit()[-1]["action"] == "operator.export"


def test_export_without_a_network_key_tells_the_volunteer(harness: Harness, qtbot: Any) -> None:
    harness.open_panel()
    mode = harness.mode
    mode.panel.action_buttons["export"].click()
    mode.export_view.findChild(type(mode.panel.close_button), "drive-STICK").click()
    qtbot.waitUntil(lambda: "no network key" in mode.export_view.message.text(), timeout=WAIT_MS)


def test_an_acknowledgement_on_the_stick_delivers_and_the_volunteer_is_told(
    harness: Harness, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from kiosk.outbox.ack import Acknowledgement, sign_acknowledgement

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = tmp_path / "network.pem"
    pem.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    services = harness.kiosk.services
    monkeypatch.setattr(
        services, "settings", dataclasses.replace(services.settings, export_public_key=pem)
    )
    reach(harness.kiosk.flow, harness.kiosk.flow._clock, Step.DONE)  # a queued demo submission
    stick = harness.drives / "volunteer" / "STICK"
    assert harness.mode.queue_actions.export_queue(stick).count == 1
    outbox, identity = services.outbox, services.identity
    assert outbox is not None and identity is not None
    (sid,) = [r.submission_id for r in outbox.records()]
    ack = Acknowledgement(identity.kid, None, "00" * 32, 0.0, (sid,))
    (stick / "export.kqx.ack").write_bytes(sign_acknowledgement(ack, key))

    harness.open_panel()
    mode = harness.mode
    mode.panel.action_buttons["acknowledge"].click()
    assert mode.current_view is mode.ack_view
    assert "Read acknowledgement from USB" in mode.ack_view.title.text()
    mode.ack_view.findChild(type(mode.panel.close_button), "drive-STICK").click()
    qtbot.waitUntil(
        lambda: "confirmed by the network and erased" in mode.ack_view.message.text(),
        timeout=WAIT_MS,
    )
    assert [r.state.value for r in outbox.records()] == ["delivered"]
    assert harness.audit()[-1]["action"] == "operator.acknowledge"
    mode.ack_view.findChild(type(mode.panel.close_button), "drive-STICK").click()
    qtbot.waitUntil(lambda: "already read" in mode.ack_view.message.text(), timeout=WAIT_MS)


def test_reading_an_acknowledgement_without_a_network_key_tells_the_volunteer(
    harness: Harness, qtbot: Any
) -> None:
    harness.open_panel()
    mode = harness.mode
    mode.panel.action_buttons["acknowledge"].click()
    mode.ack_view.findChild(type(mode.panel.close_button), "drive-STICK").click()
    qtbot.waitUntil(lambda: "no network key" in mode.ack_view.message.text(), timeout=WAIT_MS)


def _reject_queued(harness: Harness) -> str:
    outbox = harness.kiosk.services.outbox
    assert outbox is not None
    record = outbox.claim_next()
    assert record is not None
    outbox.mark_rejected(record.submission_id, reason="HTTP 422: unprocessable")
    return record.submission_id


def test_rejected_submissions_are_retried_or_discarded_after_a_confirmation(
    harness: Harness,
) -> None:
    from kiosk.fhir.identifiers import reference_code
    from kiosk.outbox.records import State

    flow = harness.kiosk.flow
    reach(flow, flow._clock, Step.DONE)
    first = _reject_queued(harness)
    flow.cancel()  # the next visitor
    reach(flow, flow._clock, Step.DONE)
    second = _reject_queued(harness)
    harness.open_panel()
    mode = harness.mode
    assert mode.panel.action_buttons["rejected"].text() == "Refused submissions: 2"
    mode.panel.action_buttons["rejected"].click()
    texts = widget_texts(mode.rejected_view)
    assert any(reference_code(first) in t for t in texts) and any("HTTP 422" in t for t in texts)
    button_type = type(mode.panel.close_button)
    mode.rejected_view.findChild(button_type, f"retry-{reference_code(first)}").click()
    assert mode.current_view is mode.confirm_view
    mode.confirm_view.no.click()  # changed their mind: nothing happens
    assert (
        mode.current_view is mode.rejected_view and len(harness.mode.queue_actions.rejected()) == 2
    )
    mode.rejected_view.findChild(button_type, f"retry-{reference_code(first)}").click()
    mode.confirm_view.yes.click()
    assert "queued again" in mode.rejected_view.message.text()
    mode.rejected_view.findChild(button_type, f"discard-{reference_code(second)}").click()
    assert "never reach the network" in mode.confirm_view.lead.text()
    mode.confirm_view.yes.click()
    assert harness.mode.queue_actions.rejected() == []
    outbox = harness.kiosk.services.outbox
    assert outbox is not None
    states = {r.submission_id: r.state for r in outbox.records()}
    assert states[second] is State.DISCARDED and states[first] is not State.REJECTED
    assert [e["action"] for e in harness.audit()][-2:] == ["operator.retry", "operator.discard"]


def test_demo_switch_and_default_language_call_the_host_and_persist(harness: Harness) -> None:
    mode, data_dir = harness.mode, harness.kiosk.services.data_dir
    harness.open_panel()
    mode.panel.action_buttons["language"].click()
    names = [
        b.text()
        for b in mode.language_view.findChildren(type(mode.panel.close_button))
        if b.objectName().startswith("defaultLanguage-")
    ]
    assert names == ["Nederlands", "Français", "English", "Deutsch"]
    mode.language_view.findChild(type(mode.panel.close_button), "defaultLanguage-nl").click()
    assert ("language", "nl") in harness.host.calls
    assert (data_dir, "default_language", "nl") in harness.overrides
    assert "Nederlands" in mode.panel.message.text()
    assert mode.panel.action_buttons["demo"].text() == "Stop demonstration mode"
    mode.panel.action_buttons["demo"].click()
    mode.confirm_view.yes.click()
    assert ("demo", False) in harness.host.calls and (data_dir, "demo", False) in harness.overrides
    assert not mode.is_open
    assert [e["action"] for e in harness.audit()][-2:] == ["operator.language", "operator.demo_off"]


def test_exit_asks_first_then_calls_the_host(harness: Harness) -> None:
    mode = harness.mode
    harness.open_panel()
    mode.panel.action_buttons["exit"].click()
    mode.confirm_view.no.click()
    assert "exit" not in harness.host.calls and mode.current_view is mode.panel
    mode.panel.action_buttons["exit"].click()
    mode.confirm_view.yes.click()
    assert harness.host.calls[-1] == "exit" and not mode.is_open
    assert harness.audit()[-1]["action"] == "operator.exit"


def test_changing_the_pin_needs_the_old_one(harness: Harness) -> None:
    mode = harness.mode
    harness.open_panel()
    mode.panel.action_buttons["change_pin"].click()
    harness.type_pin("999000")  # wrong old PIN: found out at the end
    harness.type_pin("58203917")
    harness.type_pin("58203917")
    assert mode.pin_view.stage == "old" and "was wrong" in mode.pin_view.message.text()
    harness.type_pin(PIN)
    harness.type_pin("58203917")
    harness.type_pin("58203917")
    assert mode.current_view is mode.panel and "changed" in mode.panel.message.text()
    assert mode.pin_store.check("58203917").ok


def test_the_panel_closes_itself_when_left_alone(harness: Harness, qtbot: Any) -> None:
    mode = harness.mode
    harness.open_panel()
    mode._idle.setInterval(50)
    mode._idle.start()
    qtbot.waitUntil(lambda: not mode.is_open, timeout=WAIT_MS)
    central = harness.kiosk.window.centralWidget()
    assert central is not None and central.isEnabled()


def test_nothing_personal_in_the_panel_or_the_audit_log_after_a_full_enrolment(
    harness: Harness,
) -> None:
    flow = harness.kiosk.flow
    reach(flow, flow._clock, Step.REVIEW)
    flow.confirm()
    assert flow.step is Step.DONE
    harness.open_panel()  # the gesture wipes the visit first
    assert flow.step is Step.WELCOME
    mode = harness.mode
    secrets = secrets_of(specimen_read("nl-citizen"))
    views = [mode.panel]
    for name in ("rejected", "export", "language"):
        mode.panel.action_buttons[name].click()
        views.append(mode.current_view)  # type: ignore[arg-type]
        mode.show_panel()
    for root in (mode.overlay, harness.kiosk.window):
        shown = " ".join(widget_texts(root))
        for secret in secrets:
            assert secret not in shown
    assert (
        mode.panel.findChild(type(mode.panel.title), "figure-today_demo")
        .text()
        .startswith("1 demo")
    )
    raw = (harness.kiosk.services.data_dir / AUDIT_FILE_NAME).read_bytes()
    identity = specimen_read("nl-citizen").identity
    number = identity.national_number
    formatted = f"{number[:2]}.{number[2:4]}.{number[4:6]}"
    for secret in (*secrets, formatted):
        assert secret.encode() not in raw


def test_every_panel_text_goes_through_translate(harness: Harness, marking: None) -> None:
    mode = harness.mode
    harness.open_panel()
    QApplication.sendPostedEvents()
    for view in (mode.panel, mode.pin_view, mode.locked_view, mode.confirm_view):
        for text in (view.title.text(), view.lead.text()):
            assert text.startswith("«") or not text, text
    for name, widget in mode.panel.action_buttons.items():
        assert widget.text().startswith("«"), name


def test_a_queue_behind_a_passphrase_is_unlocked_from_the_panel(
    harness: Harness,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_secure_keyring: None,
) -> None:
    from kiosk.outbox.records import OutboxKeyError
    from kiosk.services import Services

    real = Services(KioskSettings(demo=False, data_dir=tmp_path / "real", stand_id="test-stand"))
    try:
        with pytest.raises(OutboxKeyError):
            real.open_queue()
        harness.host.services = real
        harness.mode.pin_store.set_first(PIN)  # a real kiosk's PIN comes from kiosk provision
        harness.open_panel()
        mode = harness.mode
        unlock = mode.panel.action_buttons["unlock_queue"]
        assert unlock.isVisibleTo(mode.panel)
        unlock.click()
        view = mode.passphrase_view
        assert view.again.isVisibleTo(view)  # no key yet: the passphrase is chosen, twice
        view.field.setText("short")
        view.ok_button.click()
        assert "at least" in view.message.text()
        view.field.setText("Brussel-Bruxelles 2024")
        view.again.setText("Brussel-Bruxelles 2024")
        view.ok_button.click()
        qtbot.waitUntil(lambda: mode.current_view is mode.panel, timeout=WAIT_MS)
        assert "unlocked" in mode.panel.message.text() and real.outbox is not None
        assert not mode.panel.action_buttons["unlock_queue"].isVisibleTo(mode.panel)
        assert view.field.text() == "" and view.again.text() == ""
    finally:
        real.close()


def test_a_real_kiosk_without_a_pin_never_offers_to_choose_one(
    harness: Harness, tmp_path: Path
) -> None:
    from kiosk.services import Services

    real = Services(KioskSettings(demo=False, data_dir=tmp_path / "real", stand_id="test-stand"))
    try:
        harness.host.services = real
        mode = harness.mode
        mode.open()
        assert mode.current_view is mode.pin_view
        assert mode.pin_view.stage == "enter"  # not "first": nobody at the stand chooses it
        assert "kiosk provision" in mode.pin_view.message.text()
        assert not mode.pin_store.is_set()
    finally:
        real.close()


def test_the_panel_names_an_unreachable_network_plainly_and_not_as_a_problem_in_demo_mode(
    qtbot: Any,
) -> None:
    from kiosk.operator.report import REACHABLE, UNREACHABLE, OperatorSnapshot
    from kiosk.outbox.sync import NOT_REACHABLE
    from kiosk.ui.operator.panel import PanelView

    panel = PanelView()
    qtbot.addWidget(panel)
    value = {key: row[1] for key, row in panel._rows.items()}
    offline = OperatorSnapshot(queue_open=True, network=UNREACHABLE, last_error=NOT_REACHABLE)

    panel.show_snapshot(offline, demo=False)
    assert value["last_error"].text() == "the network's server does not answer"
    assert value["network"].text() == "not reachable"
    assert "#a4161a" in value["network"].styleSheet()  # shown as a warning

    panel.show_snapshot(offline, demo=True)  # nothing is sent in demonstration mode
    assert value["last_error"].text() == "none"
    assert value["network"].text() == "not used in demonstration mode"
    assert "#a4161a" not in value["network"].styleSheet()

    online = OperatorSnapshot(queue_open=True, network=REACHABLE, last_error="HTTP 503")
    panel.show_snapshot(online, demo=True)  # a real problem still shows, untranslated detail
    assert value["last_error"].text() == "HTTP 503"


def test_a_disk_that_refuses_writes_keeps_the_panel_shut_even_for_the_right_pin(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import errno
    import os

    from kiosk.operator import pin as pin_module

    mode = harness.mode
    harness.open_panel()  # the PIN is set
    mode.close()

    def disk_full(path: Path, data: bytes, **_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pin_module, "write_file_atomically", disk_full)
    mode.open()
    for _ in range(4 * TRIES_PER_LOCK):
        harness.type_pin("999000")
    harness.type_pin(PIN)  # before: the 21st try, the right one, opened the panel
    assert mode.current_view is mode.pin_view and mode.pin_view.stage == "enter"
    assert "Storage problem" in mode.pin_view.message.text()
    assert "No space left on device" in caplog.text and PIN not in caplog.text


def test_a_missing_pin_file_on_a_provisioned_kiosk_names_the_reset(
    harness: Harness, tmp_path: Path
) -> None:
    mode = harness.mode
    harness.open_panel()
    mode.close()
    store = mode.pin_store
    mode._pin_store = PinStore(
        store.path, clock=harness.wall, scrypt_n=MIN_SCRYPT_N, provisioned=lambda: True
    )
    store.path.unlink()  # before: the next person chose a new PIN
    mode.open()
    assert mode.current_view is mode.pin_view and mode.pin_view.stage == "enter"
    assert "kiosk provision" in mode.pin_view.message.text()
    harness.type_pin(PIN)
    assert mode.current_view is mode.pin_view and not store.path.exists()
