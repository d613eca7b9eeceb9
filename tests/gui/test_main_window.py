"""The main window and the kiosk around it: pages for every step, language switching in place,
the status strip fed by the bridges, wipes on card removal and inactivity, the footer, the
error messages, the demo panel, and the wiring of the real card monitor in demo mode."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.cardreader.monitor import CardInserted, ReaderAdded
from kiosk.cardreader.reader_state import ReaderState
from kiosk.flow import FlowError, Step
from kiosk.flow import errors as codes
from kiosk.outbox.sync import SyncState, SyncStatus
from kiosk.ui import i18n
from kiosk.ui.app import Kiosk
from kiosk.ui.i18n import LANGUAGE_NAMES, Translations
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import OUTBOX_CODES, all_codes, card_message, message
from kiosk.ui.page import PageContext
from kiosk.ui.pages import page_classes
from tests.gui.conftest import available_page_classes, widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.specimens import secrets_of, specimen_read

pytestmark = pytest.mark.gui

WAIT_MS = 10_000  # card reads and threads on a loaded machine; normally milliseconds
ROOT = Path(__file__).resolve().parents[2]


def _visible_buttons(window: MainWindow) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible()]


def _insert_and_confirm_identity(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Drive a real demo visit to the identity page through the monitor thread."""
    flow = kiosk.flow
    reader = kiosk.services.demo_reader
    assert reader is not None
    qtbot.waitUntil(lambda: kiosk.reader_link is not None, timeout=WAIT_MS)
    welcome = kiosk.window.pages[Step.WELCOME]
    QTest.mouseClick(welcome.language_buttons["en"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert flow.step is Step.PRIVACY
    kiosk.window.primary_button.click()
    assert flow.step is Step.INSERT_CARD
    reader.insert("nl-citizen")
    qtbot.waitUntil(lambda: flow.step is Step.CONFIRM_IDENTITY, timeout=WAIT_MS)


# ---------------------------------------------------------------- pages and messages


def test_every_step_has_exactly_one_registered_page() -> None:
    classes = page_classes()  # fails loudly while a page module is missing or broken
    shown = [step for cls in classes for step in cls.steps]
    assert sorted(shown) == sorted(Step)


def test_the_window_hosts_a_page_for_every_step(
    ctx: PageContext, qtbot: QtBot, translations: Translations
) -> None:
    window = MainWindow(ctx, translations, page_classes=available_page_classes())
    qtbot.addWidget(window)
    assert set(window.pages) == set(Step)
    assert window.current_page is window.pages[Step.WELCOME]


def test_only_the_welcome_page_is_built_before_the_first_paint(
    ctx: PageContext, qtbot: QtBot, translations: Translations
) -> None:
    window = MainWindow(ctx, translations)
    qtbot.addWidget(window)
    assert set(window.pages) == {Step.WELCOME}
    ctx.flow.start()  # a visitor quicker than the start-up: the rest is built on demand
    assert set(window.pages) == set(Step)
    assert window.current_page is window.pages[Step.PRIVACY]
    window.build_pages()  # idempotent
    assert window.stack.count() == len(set(window.pages.values()))


def test_the_window_tells_when_it_is_first_painted(
    ctx: PageContext, qtbot: QtBot, translations: Translations
) -> None:
    window = MainWindow(ctx, translations)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.painted, timeout=WAIT_MS):
        window.show()


def test_every_page_is_told_the_offered_languages_and_the_reader_state(
    ctx: PageContext, qtbot: QtBot, translations: Translations
) -> None:
    heard: list[tuple[str, object]] = []
    classes = available_page_classes()
    done = next(cls for cls in classes if Step.DONE in cls.steps)

    class Listening(done):  # type: ignore[misc, valid-type]
        def set_languages(self, languages: Sequence[str]) -> None:
            heard.append(("languages", tuple(languages)))

        def set_reader_state(self, state: str) -> None:
            heard.append(("reader", state))

    classes = [Listening if cls is done else cls for cls in classes]
    window = MainWindow(ctx, translations, page_classes=classes, languages=("fr", "nl"))
    qtbot.addWidget(window)
    assert heard == [("languages", ("fr", "nl"))]
    window.set_reader_state(ReaderState.READY.value)  # every page hears it; most ignore it
    assert heard[-1] == ("reader", "ready")


def test_a_step_without_a_page_is_refused_at_start(
    ctx: PageContext, qtbot: QtBot, translations: Translations
) -> None:
    partial = [cls for cls in available_page_classes() if Step.DONE not in cls.steps]
    with pytest.raises(RuntimeError, match="done"):
        MainWindow(ctx, translations, page_classes=partial)


def test_every_error_code_has_a_plain_message(qapp: QApplication) -> None:
    texts = {code: message(code) for code in all_codes()}
    assert all(texts.values())
    generic = message("no-such-code-anywhere")
    # Only codes the citizen cannot act on may share the generic "ask a volunteer" text.
    citizen_codes = codes.FLOW_CODES - {codes.NOT_ALLOWED_HERE} | {
        "invalid-national-number",
        "invalid-card-number",
        "card-number-check-digits",
        "invalid-nihii",
        "nihii-check-digits",
        "no-card",
        "not-an-eid",
        "card-removed",
    }
    for code in citizen_codes:
        assert texts[code] != generic, code
    for code in all_codes():
        assert "{" not in texts[code] and code not in texts[code]  # no raw code, no placeholder
        assert card_message(code)


def test_every_outbox_error_code_in_the_source_has_a_message() -> None:
    """The outbox has no list of its codes: read them from its source."""
    pattern = re.compile(r"""code\s*=\s*["']([a-z_]+)["']""")
    found: set[str] = set()
    for path in (ROOT / "kiosk" / "outbox").glob("*.py"):
        found |= set(pattern.findall(path.read_text("utf-8")))
    assert found, "no outbox codes found: the pattern is out of date"
    assert found <= OUTBOX_CODES, sorted(found - OUTBOX_CODES)


def test_a_card_error_from_the_cards_own_data_is_not_blamed_on_typing(qapp: QApplication) -> None:
    assert card_message("invalid-name") != message("invalid-name")
    assert card_message("not-an-eid") == message("not-an-eid")


# ---------------------------------------------------------------- language


def _compile_dutch(tmp_path: Path) -> Path:
    """A tiny Dutch translation for the window's own texts and one page, compiled by lrelease."""
    ts = tmp_path / "kiosk_nl.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="nl">
<context><name>MainWindow</name>
<message><source>Stop</source><translation>Stoppen</translation></message>
<message><source>Back</source><translation>Terug</translation></message>
</context>
<context><name>PrivacyPage</name>
<message><source>Before we read your card</source><translation>Voor we uw kaart lezen</translation></message>
</context>
<context><name>StatusStrip</name>
<message><source>Card reader ready</source><translation>Kaartlezer klaar</translation></message>
</context>
</TS>
""",  # noqa: E501 (the translation file's content, kept byte for byte)
        encoding="utf-8",
    )
    qm = tmp_path / "kiosk_nl.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_choosing_a_language_retranslates_the_page_in_place(
    kiosk_window: Kiosk, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qm = _compile_dutch(tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda language: str(qm) if language == "nl" else None)
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.start()
    page = window.current_page
    title = page._title  # type: ignore[attr-defined]
    assert title.text() == "Before we read your card"
    qtbot.waitUntil(
        lambda: window.status_strip.reader.text() == "Card reader ready", timeout=WAIT_MS
    )

    QTest.mouseClick(window.language_buttons["nl"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stop_button.text() == "Stoppen", timeout=WAIT_MS)
    assert flow.language == "nl" and flow.step is Step.PRIVACY
    assert window.current_page is page  # the same page, re-translated
    assert title.text() == "Voor we uw kaart lezen"
    assert window.back_button.text() == "Terug"
    assert window.status_strip.reader.text() == "Kaartlezer klaar"
    assert window.language_buttons["nl"].isChecked()

    QTest.mouseClick(window.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stop_button.text() == "Stop", timeout=WAIT_MS)
    assert title.text() == "Before we read your card"


def test_the_next_visitor_gets_the_default_language(kiosk_window: Kiosk, qtbot: QtBot) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.choose_language("de")
    flow.start()
    assert kiosk_window.translations.language == "de"
    window.stop_button.click()  # nothing personal yet: stops without asking
    assert flow.step is Step.WELCOME
    assert flow.language == "en" and kiosk_window.translations.language == "en"
    assert window.language_buttons["en"].isChecked()


def test_language_buttons_are_named_in_their_own_language(kiosk_window: Kiosk) -> None:
    buttons = kiosk_window.window.language_buttons
    assert {code: b.text() for code, b in buttons.items()} == LANGUAGE_NAMES
    assert all(b.accessibleName() == b.text() for b in buttons.values())


# ---------------------------------------------------------------- hardware and status


def test_the_status_strip_follows_the_reader_and_the_queue(
    kiosk_window: Kiosk, qtbot: QtBot
) -> None:
    strip = kiosk_window.window.status_strip
    reader = kiosk_window.services.demo_reader
    assert reader is not None
    qtbot.waitUntil(lambda: strip.reader.text() == "Card reader ready", timeout=WAIT_MS)
    # The demo has no endpoint: the sync worker reports "offline" with the queue's count.
    qtbot.waitUntil(lambda: "No network" in strip.network.text(), timeout=WAIT_MS)
    assert strip.queue.text() == "Waiting to be sent: 0"
    reader.insert("fr-citizen")
    qtbot.waitUntil(lambda: strip.reader.text() == "Card in the reader", timeout=WAIT_MS)
    reader.unplug()
    qtbot.waitUntil(lambda: strip.reader.text() == "No card reader connected", timeout=WAIT_MS)
    assert strip.reader.property("role") == "status-warning"


def test_bridges_deliver_worker_thread_events_on_the_gui_thread(qtbot: QtBot) -> None:
    from kiosk.ui.bridges import CardBridge, SyncBridge
    from kiosk.ui.status_strip import StatusStrip

    strip = StatusStrip()
    qtbot.addWidget(strip)
    sync, cards = SyncBridge(), CardBridge()
    sync.status.connect(strip.set_sync_status)
    on_gui_thread: list[bool] = []
    for bridge in (sync.status, cards.received):
        bridge.connect(
            lambda _: on_gui_thread.append(threading.current_thread() is threading.main_thread())
        )
    status = SyncStatus(SyncState.AUTH_PAUSED, 3, 1, 10.0, None, "auth", True, True)
    with qtbot.waitSignal(sync.status, timeout=WAIT_MS):
        threading.Thread(target=sync.post, args=(status,)).start()
    assert strip.network.text() == "Sending paused: please ask a volunteer"
    assert strip.queue.text() == "Need a volunteer: 1"
    with qtbot.waitSignal(cards.received, timeout=WAIT_MS) as received:
        threading.Thread(target=cards.post, args=(ReaderAdded("x"),)).start()
    assert received.args == [ReaderAdded("x")]
    assert on_gui_thread == [True, True]


def test_the_queue_problem_is_shown_to_volunteers(kiosk_window: Kiosk) -> None:
    strip = kiosk_window.window.status_strip
    strip.set_queue_problem("passphrase_required")
    assert strip.network.text() == "Choices cannot be saved: please ask a volunteer"
    assert strip.queue.isHidden()


def test_a_real_demo_visit_reads_the_card_through_the_monitor(
    kiosk_window: Kiosk, qtbot: QtBot
) -> None:
    _insert_and_confirm_identity(qtbot, kiosk_window)
    page = kiosk_window.window.current_page
    card = kiosk_window.flow.session.card
    assert card is not None and card.photo  # the photo was asked for the identity page
    texts = widget_texts(page)
    assert any("Peeters-Specimen" in t for t in texts)
    assert card.identity.national_number not in " ".join(texts)  # masked


def test_removing_the_card_at_confirm_identity_wipes_the_screen(
    kiosk_window: Kiosk, qtbot: QtBot
) -> None:
    _insert_and_confirm_identity(qtbot, kiosk_window)
    window, flow = kiosk_window.window, kiosk_window.flow
    card = flow.session.card
    assert card is not None
    secrets = secrets_of(card)
    kiosk_window.services.demo_reader.remove()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: flow.step is Step.WELCOME, timeout=WAIT_MS)
    assert flow.session.is_empty()
    text = "\n".join(widget_texts(window))
    for secret in secrets:
        assert secret not in text
    assert all(label.pixmap().isNull() for label in window.findChildren(QLabel))


def test_a_stale_read_is_not_given_to_the_next_card(kiosk_window: Kiosk, qtbot: QtBot) -> None:
    """Pull the card during its read and put another one in: only the last card is shown."""
    flow, reader = kiosk_window.flow, kiosk_window.services.demo_reader
    assert reader is not None
    qtbot.waitUntil(lambda: kiosk_window.reader_link is not None, timeout=WAIT_MS)
    flow.start()
    flow.next()
    reader.insert("fr-citizen")
    reader.insert("nl-citizen")  # replaces it before or during the read
    qtbot.waitUntil(lambda: flow.step is Step.CONFIRM_IDENTITY, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: kiosk_window.reader_link.state is ReaderState.CARD, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert flow.session.card.identity.surname == "Peeters-Specimen"  # type: ignore[union-attr]


def test_unplugging_the_reader_while_waiting_for_a_card_is_shown(
    kiosk_window: Kiosk, qtbot: QtBot
) -> None:
    flow, reader = kiosk_window.flow, kiosk_window.services.demo_reader
    assert reader is not None
    qtbot.waitUntil(
        lambda: kiosk_window.window.status_strip.reader.text() == "Card reader ready",
        timeout=WAIT_MS,
    )
    flow.start()
    flow.next()
    reader.unplug()
    qtbot.waitUntil(lambda: flow.step is Step.CARD_ERROR, timeout=WAIT_MS)
    assert flow.error_code == "no-reader"
    assert message("no-reader") in widget_texts(kiosk_window.window.current_page)


def test_a_demo_visit_ends_in_the_demo_queue_with_a_reference(
    kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock
) -> None:
    from kiosk.fhir.identifiers import reference_code

    services, flow = kiosk_window.services, kiosk_window.flow
    qtbot.waitUntil(lambda: services.outbox is not None, timeout=WAIT_MS)
    reach(flow, clock, Step.REVIEW)
    flow.confirm()  # the real services.submit: FHIR Bundle into the temporary demo queue
    assert flow.step is Step.DONE
    assert services.outbox is not None
    ((sid, _bundle, demo),) = services.outbox.undelivered_payloads()
    assert demo and flow.reference == reference_code(sid)
    strip = kiosk_window.window.status_strip
    qtbot.waitUntil(lambda: strip.queue.text() == "Waiting to be sent: 1", timeout=WAIT_MS)


def test_the_background_helper_calls_back_on_the_gui_thread(qtbot: QtBot) -> None:
    from kiosk.ui.bridges import Background

    helper = Background()
    results: list[tuple[str, object, bool]] = []
    main = threading.main_thread()

    def on_ok(value: object) -> None:
        results.append(("ok", value, threading.current_thread() is main))

    def on_error(error: BaseException) -> None:
        results.append(("error", type(error).__name__, threading.current_thread() is main))

    def fail() -> None:
        raise OSError("disk full")

    try:
        helper.run(lambda: threading.current_thread() is not main, on_success=on_ok)
        helper.run(fail, on_failure=on_error)
        qtbot.waitUntil(lambda: len(results) == 2 and not helper.busy, timeout=WAIT_MS)
    finally:
        helper.shutdown()
    assert sorted(results, key=str) == [("error", "OSError", True), ("ok", True, True)]
    with pytest.raises(RuntimeError):
        helper.run(lambda: None)


# ---------------------------------------------------------------- inactivity


def test_inactivity_shows_still_there_then_wipes(
    kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock
) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.choose_language("de")
    reach(flow, clock, Step.CONFIRM_IDENTITY)
    secrets = secrets_of(specimen_read("nl-citizen"))
    flow.tick(clock.advance(flow.config.inactivity_s))
    assert flow.step is Step.STILL_THERE
    still = window.current_page
    assert still is window.pages[Step.STILL_THERE]
    countdown = still.findChild(QLabel, "countdown")
    assert countdown is not None and countdown.text() == "15"
    assert "15" in countdown.accessibleName()  # in German: this visitor chose German
    assert not window.primary_button.isVisible()  # the answer is in the body, never the footer
    flow.tick(clock.advance(flow.config.warning_s))
    assert flow.step is Step.WELCOME
    assert flow.session.is_empty() and flow.language == "en"
    text = "\n".join(widget_texts(window))
    assert not [s for s in secrets if s in text]


def test_a_touch_answers_the_warning(kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    reach(flow, clock, Step.STILL_THERE)
    # Any press anywhere counts (the application-wide filter), not only the big button.
    QTest.mouseClick(window.status_strip, Qt.MouseButton.LeftButton)
    assert flow.step is Step.CONFIRM_IDENTITY
    assert window.current_page is window.pages[Step.CONFIRM_IDENTITY]


def test_the_tick_timer_drives_the_flow(
    kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock
) -> None:
    flow = kiosk_window.flow
    assert kiosk_window.inactivity.active
    reach(flow, clock, Step.CONFIRM_IDENTITY)
    clock.advance(flow.config.inactivity_s)  # no tick by hand: the window's timer calls it
    qtbot.waitUntil(lambda: flow.step is Step.STILL_THERE, timeout=WAIT_MS)


# ---------------------------------------------------------------- footer and messages


def test_the_footer_follows_the_page(kiosk_window: Kiosk, clock: FakeClock) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    assert window.footer.isHidden()  # welcome: the languages are the only way on
    flow.start()
    assert window.back_button.isVisible() and window.stop_button.isVisible()
    assert window.primary_button.text() == "I understand, continue"
    window.back_button.click()
    assert flow.step is Step.WELCOME


def test_back_on_the_exclusion_form_closes_the_form_not_the_step(
    kiosk_window: Kiosk, clock: FakeClock
) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    reach(flow, clock, Step.EXCLUSIONS)
    page = window.current_page
    page.show_form()  # type: ignore[attr-defined]
    assert window.back_button.isVisible()
    assert window.back_button.accessibleDescription() == "Cancel: do not add a care provider"
    window.back_button.click()
    assert flow.step is Step.EXCLUSIONS and page.view().name == "LIST"  # type: ignore[attr-defined]
    assert window.back_button.accessibleDescription() == "Go to the previous step."
    window.back_button.click()  # on the list, "Back" is the flow's again
    assert flow.step is Step.TRUSTED_PERSON


def test_enter_presses_the_primary_button(kiosk_window: Kiosk) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.start()
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert flow.step is Step.INSERT_CARD


def test_enter_presses_the_focused_button_rather_than_the_primary(kiosk_window: Kiosk) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.start()
    window.back_button.setFocus()
    QTest.keyClick(window.back_button, Qt.Key.Key_Return)
    assert flow.step is Step.WELCOME


def test_stop_asks_first_when_there_is_something_to_lose(
    kiosk_window: Kiosk, clock: FakeClock
) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    reach(flow, clock, Step.CONSENT)
    window.stop_button.click()
    assert flow.step is Step.CONSENT and window.stop_confirm.isVisible()
    window.stop_no.click()
    assert flow.step is Step.CONSENT and window.stop_confirm.isHidden()
    window.stop_button.click()
    window.stop_yes.click()
    assert flow.step is Step.WELCOME and flow.session.is_empty()
    assert window.stop_confirm.isHidden()


def test_a_refused_action_shows_its_message_until_the_step_changes(kiosk_window: Kiosk) -> None:
    window, flow = kiosk_window.window, kiosk_window.flow
    flow.start()

    def refused() -> None:
        raise FlowError(codes.NO_WAY_BACK)

    window._attempt(refused)
    assert window.error_banner.isVisible()
    assert window.error_banner.text() == message(codes.NO_WAY_BACK)
    flow.next()
    assert window.error_banner.isHidden() and window.error_banner.text() == ""


# ---------------------------------------------------------------- accessibility and layout


@pytest.mark.parametrize(
    "step",
    [
        Step.WELCOME,
        Step.PRIVACY,
        Step.INSERT_CARD,
        Step.CARD_ERROR,
        Step.CONFIRM_IDENTITY,
        Step.UNDER_16,
        Step.STILL_THERE,
    ],
)
def test_every_visible_button_is_named_and_large_enough(
    kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock, step: Step
) -> None:
    window = kiosk_window.window
    reach(kiosk_window.flow, clock, step)
    window.grab()  # lays out and paints, as on the screen
    buttons = _visible_buttons(window)
    assert buttons
    for b in buttons:
        assert b.accessibleName(), b.objectName()
        assert b.height() >= 48 and b.width() >= 48, (b.objectName(), b.size())
        assert b.focusPolicy() & Qt.FocusPolicy.TabFocus, b.objectName()


def test_tab_goes_from_the_header_through_the_page_to_the_footer(
    kiosk_window: Kiosk, qtbot: QtBot, clock: FakeClock
) -> None:
    window = kiosk_window.window
    window.activateWindow()
    qtbot.waitActive(window)
    reach(kiosk_window.flow, clock, Step.CONFIRM_IDENTITY)
    window.language_buttons["de"].setFocus()
    order = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order[:3] == ["thisIsMe", "notMe", "stop"]  # then round again (header, demo)


def test_the_window_fits_the_stands_screen(kiosk_window: Kiosk, clock: FakeClock) -> None:
    window = kiosk_window.window
    reach(kiosk_window.flow, clock, Step.PRIVACY)  # the footer is shown
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint


# ---------------------------------------------------------------- demo panel


def test_the_demo_panel_inserts_and_removes_specimen_cards(
    kiosk_window: Kiosk, qtbot: QtBot
) -> None:
    window, reader = kiosk_window.window, kiosk_window.services.demo_reader
    assert reader is not None
    toggle = window.findChild(QAbstractButton, "demoToggle")
    assert toggle is not None and toggle.isVisible()
    toggle.click()
    panel = window.findChild(QAbstractButton, "demo-de-citizen")
    assert panel is not None and panel.isVisible()
    panel.click()
    assert reader.inserted == "de-citizen"
    assert not panel.isVisible()  # the panel steps aside so the audience sees the page
    events: list[object] = []
    kiosk_window.card_bridge.received.connect(events.append)
    qtbot.waitUntil(
        lambda: CardInserted(reader.reader) in events or reader.inserted is None, timeout=WAIT_MS
    )
    toggle.click()
    remove = window.findChild(QAbstractButton, "demo-remove")
    assert remove is not None
    remove.click()
    assert reader.inserted is None
