"""The gate of a production kiosk that is not provisioned: the calm "not set up yet" screen in
the visitor's language instead of the welcome page, and nothing started behind it (no reader,
no queue key, no operator mode, so nobody at the stand can choose the operator PIN)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.config.settings import KioskSettings
from kiosk.operator.pin import MIN_SCRYPT_N, PinStore
from kiosk.outbox.keys import key_file_path
from kiosk.provision.readiness import provisioning_gaps
from kiosk.ui.app import Kiosk
from tests.gui.conftest import available_page_classes, widget_texts
from tests.helpers.clocks import FakeClock

pytestmark = pytest.mark.gui

SCREENSHOT = Path(os.environ.get("KIOSK_NOT_PROVISIONED_PNG", "/tmp/not-provisioned.png"))
PRODUCTION = {"stand_id": "ixelles", "kiosk_id": "k1", "endpoint": "https://fhir.example.org/fhir"}


@pytest.fixture
def build(qtbot: Any, clock: FakeClock) -> Iterator[Any]:
    built: list[Kiosk] = []

    def make(**options: object) -> Kiosk:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        values: dict[str, object] = {"demo": False, "default_language": "fr"}
        values.update(options)
        kiosk = Kiosk(
            app, KioskSettings(**values), clock=clock, page_classes=available_page_classes()
        )
        built.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1280, 800)
        kiosk.show(windowed=True)
        return kiosk

    try:
        yield make
    finally:
        for kiosk in built:
            kiosk.close()
            kiosk.translations.set_language("en")


def test_a_blank_production_kiosk_says_it_is_not_set_up_and_starts_nothing(
    build: Any, tmp_path: Path, qtbot: Any, themed: None
) -> None:
    data = tmp_path / "data"
    kiosk = build(data_dir=data)
    screen = kiosk.not_provisioned
    assert screen is not None and not kiosk.provisioned
    assert screen.gaps == ("stand_id", "kiosk_id", "endpoint", "operator_pin")
    settled: list[bool] = []
    kiosk.on_queue_settled = lambda: settled.append(True)
    kiosk.start()
    assert settled == [True]  # the smoke test's wait ends: there is no queue to open
    qtbot.waitExposed(screen)
    assert screen.isVisible() and screen.geometry() == kiosk.window.rect()
    assert screen.title.text() == "Cette borne n’est pas encore configurée."
    assert screen.command.text() == "kiosk provision"
    assert "stand_id, kiosk_id, endpoint, operator_pin" in screen.missing.text()
    # Nothing behind it: no operator mode to offer a first PIN, no reader, no queue key made.
    assert kiosk.operator_mode is None and kiosk.reader_link is None
    assert not key_file_path(data).exists()
    assert not hasattr(kiosk, "services")
    # The visitor's language: each offered language re-translates the screen.
    with qtbot.waitSignal(screen.language_chosen):
        screen.language_buttons["nl"].click()
    assert screen.title.text() == "Deze kiosk is nog niet ingesteld."
    screen.language_buttons["de"].click()
    assert screen.title.text() == "Dieses Gerät ist noch nicht eingerichtet."
    screen.language_buttons["en"].click()
    assert screen.title.text() == "This kiosk is not set up yet."
    texts = " ".join(widget_texts(screen))
    assert "For the IT person: set it up with this command:" in texts
    screen.language_buttons["fr"].click()
    QApplication.processEvents()  # the layout follows the new texts before the picture
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert kiosk.window.grab().save(str(SCREENSHOT))


def test_enter_and_tab_never_reach_the_welcome_page_underneath(build: Any, qtbot: Any) -> None:
    kiosk = build()
    screen = kiosk.not_provisioned
    assert screen is not None
    kiosk.start()
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    step = kiosk.flow.step
    seen = set()
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is screen or screen.isAncestorOf(focused), focused
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert set(screen.language_buttons.values()) <= seen
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert kiosk.flow.step is step


def test_a_provisioned_production_kiosk_and_a_demo_kiosk_show_no_gate(
    build: Any, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    PinStore.in_folder(data, scrypt_n=MIN_SCRYPT_N).set_first("402719")
    settings = KioskSettings(demo=False, data_dir=data, **PRODUCTION)
    assert provisioning_gaps(settings) == ()
    kiosk = build(data_dir=data, **PRODUCTION)
    assert kiosk.provisioned and kiosk.not_provisioned is None
    demo = build(demo=True, data_dir=tmp_path / "blank")
    assert demo.provisioned and demo.not_provisioned is None


@pytest.mark.parametrize(
    ("missing", "gap"),
    [("stand_id", "stand_id"), ("kiosk_id", "kiosk_id"), ("endpoint", "endpoint")],
)
def test_each_missing_setting_keeps_the_gate_closed(tmp_path: Path, missing: str, gap: str) -> None:
    data = tmp_path / "data"
    PinStore.in_folder(data, scrypt_n=MIN_SCRYPT_N).set_first("402719")
    values = {k: v for k, v in PRODUCTION.items() if k != missing}
    assert provisioning_gaps(KioskSettings(demo=False, data_dir=data, **values)) == (gap,)


def test_switching_a_demo_kiosk_to_real_mode_closes_the_gate_until_provisioned(
    build: Any, tmp_path: Path, qtbot: Any
) -> None:
    data = tmp_path / "data"
    kiosk = build(demo=True, data_dir=data)
    kiosk.start()
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=10_000)
    kiosk.switch_demo(False)
    assert kiosk.not_provisioned is not None and kiosk.not_provisioned.isVisible()
    assert not key_file_path(data).exists()  # real mode did not start: no queue key made
    kiosk.switch_demo(True)
    assert kiosk.not_provisioned is None
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=10_000)
