"""The stand's settings reach the screen: languages offered and their order (welcome page and the
header's switcher), inactivity, warning and receipt times, the photo; and the operator host's
changes: default language, demo mode on and off, wiping the visit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk import launch
from kiosk.cardreader.monitor import CardInserted
from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import Step
from kiosk.main import main as kiosk_main
from kiosk.services import KioskSettings
from kiosk.ui import app as app_module
from kiosk.ui.app import Kiosk
from tests.gui.conftest import available_page_classes, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of, specimen_read

pytestmark = pytest.mark.gui

WAIT_MS = 10_000

Make = Callable[..., Kiosk]


@pytest.fixture
def make(qtbot: QtBot, clock: FakeClock) -> Iterator[Make]:
    """Build, show (windowed) and start kiosks with the given settings; all closed after."""
    built: list[Kiosk] = []

    def build(**settings: object) -> Kiosk:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        options: dict[str, object] = {"demo": True, "default_language": "en"}
        options.update(settings)
        kiosk = Kiosk(
            app, KioskSettings(**options), clock=clock, page_classes=available_page_classes()
        )
        built.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.show(windowed=True)
        kiosk.start()
        return kiosk

    try:
        yield build
    finally:
        for kiosk in built:
            kiosk.close()
            kiosk.translations.set_language("en")


def _in_screen_order(buttons: dict[str, QAbstractButton]) -> list[str]:
    shown = [
        (b.mapTo(b.window(), b.rect().topLeft()).x(), code)
        for code, b in buttons.items()
        if b.isVisible()
    ]
    return [code for _, code in sorted(shown)]


# ---------------------------------------------------------------- languages


def test_all_four_languages_by_default(make: Make) -> None:
    kiosk = make()
    kiosk.window.grab()
    welcome = kiosk.window.pages[Step.WELCOME]
    assert _in_screen_order(welcome.language_buttons) == ["nl", "fr", "en", "de"]  # type: ignore[attr-defined]
    assert _in_screen_order(kiosk.window.language_buttons) == ["nl", "fr", "en", "de"]


def test_the_stands_languages_in_the_stands_order(make: Make) -> None:
    kiosk = make(languages=("fr", "nl", "de"), default_language="fr")
    window = kiosk.window
    window.grab()
    welcome = window.pages[Step.WELCOME]
    assert _in_screen_order(welcome.language_buttons) == ["fr", "nl", "de"]  # type: ignore[attr-defined]
    assert _in_screen_order(window.language_buttons) == ["fr", "nl", "de"]
    texts = widget_texts(welcome)
    assert "Bienvenue  ·  Welkom  ·  Willkommen" in texts
    assert not any("Welcome" in t for t in texts if "Bienvenue" in t)
    # The switcher on every page offers the same choice.
    kiosk.flow.start()
    window.grab()
    assert _in_screen_order(window.language_buttons) == ["fr", "nl", "de"]


def test_the_welcome_buttons_tab_in_the_stands_order(make: Make, qtbot: QtBot) -> None:
    kiosk = make(languages=("de", "en"), default_language="de")
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    buttons = window.pages[Step.WELCOME].language_buttons  # type: ignore[attr-defined]
    buttons["de"].setFocus()
    QTest.keyClick(buttons["de"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is buttons["en"]


def test_a_one_language_stand_has_no_switcher(make: Make) -> None:
    kiosk = make(languages=("nl",), default_language="nl")
    window = kiosk.window
    window.grab()
    assert not any(b.isVisible() for b in window.language_buttons.values())
    welcome = window.pages[Step.WELCOME]
    assert _in_screen_order(welcome.language_buttons) == ["nl"]  # type: ignore[attr-defined]
    assert kiosk.flow.language == "nl"


def test_choosing_an_offered_language_starts_the_visit_in_it(make: Make) -> None:
    kiosk = make(languages=("fr", "de"), default_language="fr")
    kiosk.window.pages[Step.WELCOME].language_buttons["de"].click()  # type: ignore[attr-defined]
    assert kiosk.flow.step is Step.PRIVACY and kiosk.flow.language == "de"
    assert kiosk.window.language_buttons["de"].isChecked()


# ---------------------------------------------------------------- times and photo


def test_inactivity_and_warning_times_come_from_the_settings(make: Make, clock: FakeClock) -> None:
    kiosk = make(inactivity_s=30.0, warning_s=10.0)
    flow = kiosk.flow
    assert (flow.config.inactivity_s, flow.config.warning_s) == (30.0, 10.0)
    reach(flow, clock, Step.CONFIRM_IDENTITY)
    flow.tick(clock.advance(29))
    assert flow.step is Step.CONFIRM_IDENTITY
    flow.tick(clock.advance(1))
    assert flow.step is Step.STILL_THERE
    flow.tick(clock.advance(9))
    assert flow.step is Step.STILL_THERE
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME


def test_the_receipt_stays_as_long_as_the_settings_say(
    make: Make, qtbot: QtBot, clock: FakeClock
) -> None:
    kiosk = make(receipt_s=45.0)
    flow = kiosk.flow
    assert flow.config.ending_s == 45.0
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
    reach(flow, clock, Step.DONE)  # submitted into the demo queue
    flow.tick(clock.advance(44))
    assert flow.step is Step.DONE
    flow.tick(clock.advance(1))
    assert flow.step is Step.WELCOME


def test_no_photo_when_the_stand_says_so(make: Make, clock: FakeClock) -> None:
    kiosk = make(show_photo=False)
    assert kiosk.ctx.show_photo is False
    assert kiosk.reader_link is not None and kiosk.reader_link.photo is False


# ---------------------------------------------------------------- the operator host


def test_the_default_language_changes_for_the_next_visitor(make: Make, clock: FakeClock) -> None:
    kiosk = make(languages=("fr", "nl", "en"), default_language="fr")
    kiosk.set_default_language("nl")
    assert kiosk.settings.default_language == "nl"
    assert kiosk.flow.language == "nl"  # the welcome page is ready in it now
    assert kiosk.window.language_buttons["nl"].isChecked()
    reach(kiosk.flow, clock, Step.PRIVACY)
    kiosk.flow.choose_language("en")
    kiosk.flow.cancel()
    assert kiosk.flow.language == "nl"
    with pytest.raises(ValueError):
        kiosk.set_default_language("de")  # not offered here


def test_wipe_session_drops_the_visit_from_every_widget(make: Make, clock: FakeClock) -> None:
    kiosk = make()
    reach(kiosk.flow, clock, Step.CONFIRM_IDENTITY)
    read = specimen_read("nl-citizen")
    assert read.identity.surname in "\n".join(widget_texts(kiosk.window))
    kiosk.wipe_session()
    assert kiosk.flow.step is Step.WELCOME and kiosk.flow.session.is_empty()
    texts = "\n".join(widget_texts(kiosk.window))
    for secret in secrets_of(read):
        assert secret not in texts
    kiosk.wipe_session()  # on the welcome page already: harmless


def test_the_host_reports_the_reader_state(make: Make, qtbot: QtBot) -> None:
    kiosk = make()
    qtbot.waitUntil(lambda: kiosk.reader_state() == ReaderState.READY.value, timeout=WAIT_MS)


def test_demo_mode_switches_off_and_on_again(
    make: Make, qtbot: QtBot, clock: FakeClock, tmp_path: Path, no_secure_keyring: None
) -> None:
    from kiosk.operator.pin import MIN_SCRYPT_N, PinStore

    settled: list[str] = []
    # Provisioned (ids, endpoint, a PIN): real mode on a blank kiosk shows the "not set up yet"
    # screen instead (tests/gui/test_not_provisioned.py).
    PinStore.in_folder(tmp_path, scrypt_n=MIN_SCRYPT_N).set_first("402719")
    kiosk = make(
        data_dir=tmp_path, stand_id="ixelles", kiosk_id="k1", endpoint="https://fhir.invalid/fhir"
    )
    kiosk.on_queue_settled = lambda: settled.append("queue")
    window = kiosk.window
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
    old_services = kiosk.services
    reach(kiosk.flow, clock, Step.CONFIRM_IDENTITY)

    kiosk.switch_demo(False)
    assert kiosk.services is not old_services and kiosk.settings.demo is False
    assert old_services.outbox is None  # closed
    assert kiosk.flow.config.demo is False and kiosk.services.settings.demo is False
    assert kiosk.flow.step is Step.WELCOME and kiosk.flow.session.is_empty()
    assert not window.demo_mark.isVisible() and kiosk.ctx.demo is False
    assert not any(t.isVisible() for t in window.findChildren(QWidget, "demoToggle"))
    assert kiosk.services.demo_reader is None
    # The real queue cannot open here (no secure keyring): the strip says so, nothing crashes.
    qtbot.waitUntil(lambda: "queue" in settled, timeout=WAIT_MS)

    settled.clear()
    kiosk.switch_demo(True)
    assert kiosk.settings.demo is True and kiosk.flow.config.demo is True
    assert window.demo_mark.isVisible()

    def toggles() -> list[QAbstractButton]:
        return [t for t in window.findChildren(QAbstractButton, "demoToggle") if t.isVisible()]

    qtbot.waitUntil(lambda: len(toggles()) == 1, timeout=WAIT_MS)  # shown by the layout, queued
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
    reader = kiosk.services.demo_reader
    assert reader is not None
    # The new reader is wired: a card inserted reaches the new bridge and the flow's link.
    qtbot.waitUntil(lambda: kiosk.reader_state() == ReaderState.READY.value, timeout=WAIT_MS)
    with qtbot.waitSignal(
        kiosk.card_bridge.received,
        check_params_cb=lambda event: isinstance(event, CardInserted),
        timeout=WAIT_MS,
    ):
        reader.insert("nl-citizen")
    qtbot.waitUntil(lambda: kiosk.reader_state() == ReaderState.CARD.value, timeout=WAIT_MS)
    kiosk.switch_demo(True)  # already on: nothing happens
    assert kiosk.services.demo_reader is reader


# ---------------------------------------------------------------- the command line


def test_the_command_line_overrides_reach_the_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    class Loaded:
        settings = KioskSettings()

    def fake_load(path: Path | None, *, overrides: dict[str, object]) -> Loaded:
        seen.update(path=path, overrides=overrides)
        return Loaded()

    monkeypatch.setattr(launch, "load_config", fake_load)
    args = launch.parse_options(["--config", "/x/kiosk.toml", "--demo", "--language", "de"])
    launch.load_settings(args)
    assert seen == {
        "path": Path("/x/kiosk.toml"),
        "overrides": {"demo": True, "default_language": "de"},
    }
    launch.load_settings(launch.parse_options([]))
    assert seen == {"path": None, "overrides": {}}  # the file decides


def test_a_bad_settings_file_refuses_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("kiosk.config.loader", reason="the settings loader has not landed yet")
    bad = tmp_path / "kiosk.toml"
    bad.write_text('inactivity_s = "abc"\n', encoding="utf-8")
    monkeypatch.setattr(launch, "configure_logging", lambda log_dir, **_: None)
    opened: list[object] = []
    monkeypatch.setattr(app_module, "_run", lambda *a: opened.append(a) or 0)
    status = kiosk_main(["--config", str(bad), "--windowed"])
    assert status == launch.CONFIG_ERROR_EXIT == 2
    assert opened == []  # no window
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kiosk: the settings are not valid: ")
    assert "inactivity_s" in err[0] and ":1:" in err[0]
