"""Nothing of a visitor is left for the next one, at every step where the visit holds their data.

For every step at which the session holds the citizen's identity (``HOLDS_IDENTITY``), the
"are you still there?" warning, and every step of the trusted-person card swap, a visit is
driven there in the real main window (demo mode), the citizen's card read through the demo
reader and the card monitor thread, then ended in two ways:

* the card is taken out of the reader: at an identity step the visit must end at once; during
  the card swap taking a card out is part of the swap and must NOT end the visit;
* nobody touches the screen any more: the injected clock is moved on and the flow ticked (no
  real waiting) until the visit ends; the warning must come first.

Afterwards the welcome page shows, the flow's session is empty, and no widget anywhere in the
window (labels, buttons, fields, lists, tooltips, accessible names and descriptions, placeholder
texts, window titles, pictures) nor the clipboard holds the citizen's surname, first names,
national number or card number, in any formatting, nor those of a trusted person the visit
added or read, nor the name of an excluded care provider.

Card reads in the demo reader are made instant here (the demo's pacing latency is for the
audience, not under test). The reading steps are held open by a gate between two APDUs of the
virtual card, so a card can be pulled mid-read, as a citizen would.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from kiosk.cardreader.reader_state import ReaderState
from kiosk.cardreader.virtual.card import VirtualTransport
from kiosk.enrolment import ConsentDecision
from kiosk.flow import Step
from kiosk.flow.steps import HOLDS_IDENTITY, SWAP_STEPS
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard
from tests.gui.conftest import widget_texts
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import add_typed_person
from tests.helpers.specimens import specimen_read

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

pytestmark = pytest.mark.gui

WAIT_MS = 15_000

CITIZEN = "nl-citizen"
BY_CARD = "fr-citizen"  # the trusted person read during the swap
TYPED = "de-citizen"  # a trusted person added by typing, before the swap
STRANGER = "foreigner"  # neither of them: "not the card you started with"
NIHII = "12345625001"
PROVIDER = "Dr Lambert"

_SEPARATORS = re.compile(r"[\s.\-/]")


# ---------------------------------------------------------------- the gate on card reads


class ReadGate:
    """Holds card reads on the card monitor's thread, between two APDUs, while closed."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self.holding = threading.Event()  # a read is waiting at the gate

    def close(self) -> None:
        self.holding.clear()
        self._open.clear()

    def open(self) -> None:
        self._open.set()

    def around(
        self, transmit: Callable[[VirtualTransport, bytes], tuple[bytes, int, int]]
    ) -> Callable[[VirtualTransport, bytes], tuple[bytes, int, int]]:
        def gated(transport: VirtualTransport, apdu: bytes) -> tuple[bytes, int, int]:
            # Only the monitor's reads: the tests' own specimen reads run on the main thread.
            monitor = threading.current_thread() is not threading.main_thread()
            if monitor and not self._open.is_set():
                self.holding.set()
                self._open.wait(timeout=60)  # bounded: a broken test must not hang
            return transmit(transport, apdu)

        return gated


@pytest.fixture(autouse=True)
def instant_demo_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the kiosk starts: the demo reader answers without its pacing latency."""
    monkeypatch.setattr("kiosk.services.DEMO_APDU_LATENCY_S", 0.0)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch, kiosk_window: Kiosk) -> Iterator[ReadGate]:
    """Depends on the kiosk so that it opens (at teardown) before the kiosk's monitor stops."""
    read_gate = ReadGate()
    monkeypatch.setattr(VirtualTransport, "transmit", read_gate.around(VirtualTransport.transmit))
    yield read_gate
    read_gate.open()


# ---------------------------------------------------------------- what must not remain


def personal_values(*profiles: str) -> tuple[list[str], list[str]]:
    """(names, numbers) of the named specimen card holders."""
    names: list[str] = []
    numbers: list[str] = []
    for profile in profiles:
        identity = specimen_read(profile).identity
        names += [identity.surname, *identity.first_names.split()]
        numbers += [identity.national_number, identity.card_number]
    return names, numbers


def every_text(window: QWidget) -> list[str]:
    """What the window and its children show or expose, and what the clipboard holds."""
    texts = widget_texts(window)
    texts += [edit.placeholderText() for edit in window.findChildren(QLineEdit)]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.statusTip(), widget.whatsThis()]
    clipboard = QApplication.clipboard()
    if clipboard is not None:
        texts.append(clipboard.text())
    return [t for t in texts if t]


def leaks(window: QWidget, names: list[str], numbers: list[str]) -> list[str]:
    """Which kinds of personal value are still exposed: never the values themselves, so a
    failure message cannot leak them either."""
    found: list[str] = []
    texts = every_text(window)
    for i, name in enumerate(names):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        if any(pattern.search(t) for t in texts):
            found.append(f"name #{i}")
    # Any formatting: 85.07.30-033.28, 850730 033 28, 850730-03328 ... all lose their separators.
    digits = [_SEPARATORS.sub("", t) for t in texts]
    for i, number in enumerate(numbers):
        if any(number in d for d in digits):
            found.append(f"number #{i}")
    if any(not label.pixmap().isNull() for label in window.findChildren(QLabel)):
        found.append("a picture (the card photo?)")
    return found


def assert_wiped(kiosk: Kiosk, names: list[str], numbers: list[str]) -> None:
    window, flow = kiosk.window, kiosk.flow
    assert flow.step is Step.WELCOME
    assert window.current_page is window.pages[Step.WELCOME]
    assert flow.session.is_empty()
    assert flow.trusted_persons == () and flow.exclusions == () and flow.decision is None
    assert flow.language == kiosk.settings.default_language
    assert not window.error_banner.isVisible() and not window.stop_confirm.isVisible()
    assert not leaks(window, names, numbers)


# ---------------------------------------------------------------- reaching a step


def wait_step(qtbot: QtBot, kiosk: Kiosk, *steps: Step) -> None:
    qtbot.waitUntil(lambda: kiosk.flow.step in steps, timeout=WAIT_MS)


def insert(qtbot: QtBot, kiosk: Kiosk, profile: str, *steps: Step, **faults: bool) -> None:
    reader = kiosk.services.demo_reader
    assert reader is not None
    reader.insert(profile, **faults)
    wait_step(qtbot, kiosk, *steps)


def remove(qtbot: QtBot, kiosk: Kiosk, *steps: Step) -> None:
    reader = kiosk.services.demo_reader
    assert reader is not None
    reader.remove()
    wait_step(qtbot, kiosk, *steps)


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    for char in text:
        wanted = KeyboardMode.DIGITS if char.isdigit() else KeyboardMode.LETTERS
        if keyboard.mode() is not wanted:
            keyboard.key("to-digits" if char.isdigit() else "to-letters").click()
        if char.isupper():
            keyboard.key("shift").click()
        keyboard.key({" ": "space"}.get(char, char.lower())).click()


def identify(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The citizen's card through the demo reader and the monitor, to "is this you?"."""
    qtbot.waitUntil(lambda: kiosk.reader_link is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)
    kiosk.flow.start()
    kiosk.flow.next()
    insert(qtbot, kiosk, CITIZEN, Step.CONFIRM_IDENTITY)


def reach(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock, target: Step, gate: ReadGate) -> None:
    """Drive a visit to ``target`` with the demo reader. A trusted person is typed in before
    the trusted-person list; the swap reads ``BY_CARD``."""
    flow = kiosk.flow
    identify(qtbot, kiosk)
    if target is Step.CONFIRM_IDENTITY:
        return
    flow.next()
    if target is Step.STILL_THERE:
        flow.tick(clock.advance(flow.config.inactivity_s))
    elif target is Step.CONFIRM_REFUSAL:
        flow.decide(ConsentDecision.REFUSED)
    elif target is not Step.CONSENT:
        flow.decide(ConsentDecision.GIVEN)
        add_typed_person(flow, TYPED)
        if target is Step.TRUSTED_TYPED:
            flow.type_trusted_person()
            # Half a form: someone else's number and name, tapped but never added.
            other = specimen_read(BY_CARD).identity
            keyboard = kiosk.window.current_page.findChild(OnScreenKeyboard)
            assert keyboard is not None
            tap(qtbot, keyboard, other.national_number)
            keyboard.key("pad-done").click()
            tap(qtbot, keyboard, other.card_number)
            keyboard.key("pad-done").click()
            tap(qtbot, keyboard, other.surname)
        elif target in SWAP_STEPS:
            swap(qtbot, kiosk, target, gate)
        elif target is not Step.TRUSTED_PERSON:
            flow.next()
            flow.add_exclusion(NIHII, PROVIDER)
            if target is not Step.EXCLUSIONS:
                flow.next()
            if target is Step.SUBMIT_ERROR:
                fail_the_queue(kiosk)
                flow.confirm()
    assert flow.step is target, f"reached {flow.step} instead of {target}"


def fail_the_queue(kiosk: Kiosk) -> None:
    """The outbox refuses to store (a full disk): the flow shows the submit error."""
    outbox = kiosk.services.outbox
    assert outbox is not None

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    outbox.enqueue = disk_full  # type: ignore[method-assign]


def swap(qtbot: QtBot, kiosk: Kiosk, target: Step, gate: ReadGate) -> None:
    """Through the card swap to ``target``, every card move in the demo reader."""
    flow, s = kiosk.flow, Step
    flow.begin_card_swap()
    if target is s.SWAP_REMOVE_OWN:
        return
    remove(qtbot, kiosk, s.SWAP_INSERT_OTHER)
    if target is s.SWAP_INSERT_OTHER:
        return
    if target is s.SWAP_READING_OTHER:
        hold_read(qtbot, kiosk, gate, BY_CARD, s.SWAP_READING_OTHER)
        return
    if target is s.SWAP_OTHER_ERROR:
        insert(qtbot, kiosk, BY_CARD, s.SWAP_OTHER_ERROR, damaged=True)
        return
    insert(qtbot, kiosk, BY_CARD, s.SWAP_CONFIRM_OTHER)
    if target is s.SWAP_CONFIRM_OTHER:
        return
    flow.accept_trusted_person_card(consent_acknowledged=True)
    if target is s.SWAP_REMOVE_OTHER:
        return
    remove(qtbot, kiosk, s.SWAP_REINSERT_OWN)
    if target is s.SWAP_REINSERT_OWN:
        return
    if target is s.SWAP_READING_OWN:
        hold_read(qtbot, kiosk, gate, CITIZEN, s.SWAP_READING_OWN)
        return
    insert(qtbot, kiosk, STRANGER, s.SWAP_OWN_ERROR)  # not the card the visit started with


def hold_read(qtbot: QtBot, kiosk: Kiosk, gate: ReadGate, profile: str, step: Step) -> None:
    """Put a card in and keep its read going (at the gate) on ``step``."""
    gate.close()
    insert(qtbot, kiosk, profile, step)
    qtbot.waitUntil(gate.holding.is_set, timeout=WAIT_MS)


def secrets_at(step: Step) -> tuple[list[str], list[str]]:
    """The personal values a visit driven to ``step`` by :func:`reach` has seen."""
    profiles = [CITIZEN]
    if step in SWAP_STEPS or step in (
        Step.TRUSTED_PERSON,
        Step.TRUSTED_TYPED,
        Step.EXCLUSIONS,
        Step.REVIEW,
        Step.SUBMIT_ERROR,
    ):
        profiles += [TYPED, BY_CARD]  # BY_CARD: tapped in the form, or read in the swap
    names, numbers = personal_values(*profiles)
    if step in (Step.EXCLUSIONS, Step.REVIEW, Step.SUBMIT_ERROR):
        names.append(PROVIDER)
    return names, numbers


def let_time_pass(kiosk: Kiosk, clock: FakeClock) -> list[Step]:
    """Nobody touches the kiosk: tick the flow a minute at a time until it is back at the
    welcome page (bounded). Returns the steps it went through."""
    flow, seen = kiosk.flow, [kiosk.flow.step]
    for _ in range(10):
        flow.tick(clock.advance(flow.config.inactivity_s))
        seen.append(flow.step)
        if flow.step is Step.WELCOME:
            break
    return seen


# ---------------------------------------------------------------- the tests

IDENTITY_STEPS = sorted(HOLDS_IDENTITY | {Step.STILL_THERE}, key=list(Step).index)
ALL_STEPS = sorted(HOLDS_IDENTITY | SWAP_STEPS, key=list(Step).index)

# Swap steps with a card in the reader, and where taking it out leads (never the welcome page).
REMOVAL_IN_SWAP = {
    Step.SWAP_REMOVE_OWN: {Step.SWAP_INSERT_OTHER},
    Step.SWAP_READING_OTHER: {Step.SWAP_OTHER_ERROR},
    Step.SWAP_OTHER_ERROR: {Step.SWAP_INSERT_OTHER},
    Step.SWAP_CONFIRM_OTHER: {Step.SWAP_INSERT_OTHER},
    Step.SWAP_REMOVE_OTHER: {Step.SWAP_REINSERT_OWN},
    Step.SWAP_READING_OWN: {Step.SWAP_OWN_ERROR},
    Step.SWAP_OWN_ERROR: {Step.SWAP_REINSERT_OWN},
}
assert set(REMOVAL_IN_SWAP) | {Step.SWAP_INSERT_OTHER, Step.SWAP_REINSERT_OWN} == SWAP_STEPS


def _ids(steps: list[Step]) -> list[str]:
    return [step.value for step in steps]


@pytest.mark.parametrize("step", IDENTITY_STEPS, ids=_ids(IDENTITY_STEPS))
def test_taking_the_card_out_ends_the_visit_and_leaves_nothing(
    qtbot: QtBot, kiosk_window: Kiosk, clock: FakeClock, gate: ReadGate, step: Step
) -> None:
    reach(qtbot, kiosk_window, clock, step, gate)
    names, numbers = secrets_at(step)
    assert leaks(kiosk_window.window, names, numbers)  # the check sees them while they are due
    remove(qtbot, kiosk_window, Step.WELCOME)
    assert_wiped(kiosk_window, names, numbers)


@pytest.mark.parametrize("step", ALL_STEPS, ids=_ids(ALL_STEPS))
def test_inactivity_warns_then_ends_the_visit_and_leaves_nothing(
    qtbot: QtBot, kiosk_window: Kiosk, clock: FakeClock, gate: ReadGate, step: Step
) -> None:
    reach(qtbot, kiosk_window, clock, step, gate)
    names, numbers = secrets_at(step)
    assert leaks(kiosk_window.window, names, numbers)
    seen = let_time_pass(kiosk_window, clock)
    assert seen[-2:] == [Step.STILL_THERE, Step.WELCOME], [s.value for s in seen]
    assert_wiped(kiosk_window, names, numbers)


@pytest.mark.parametrize("step", list(REMOVAL_IN_SWAP), ids=_ids(list(REMOVAL_IN_SWAP)))
def test_taking_a_card_out_during_the_swap_keeps_the_visit(
    qtbot: QtBot, kiosk_window: Kiosk, clock: FakeClock, gate: ReadGate, step: Step
) -> None:
    flow = kiosk_window.flow
    reach(qtbot, kiosk_window, clock, step, gate)
    citizen = specimen_read(CITIZEN).identity.national_number
    kiosk_window.services.demo_reader.remove()  # type: ignore[union-attr]
    gate.open()  # a held read now fails: the card is gone
    link = kiosk_window.reader_link
    assert link is not None
    qtbot.waitUntil(lambda: link.state is ReaderState.READY, timeout=WAIT_MS)  # all seen
    assert flow.step in REMOVAL_IN_SWAP[step], flow.step
    assert not flow.session.is_empty()
    assert flow.session.card is not None and flow.session.card.identity.national_number == citizen
    assert [p.source for p in flow.trusted_persons] == ["typed"]
    assert kiosk_window.window.current_page is kiosk_window.window.pages[flow.step]
    if step is Step.SWAP_CONFIRM_OTHER:
        # The person whose card went away before being accepted is off the screen.
        assert flow.session.pending_card is None
        names, numbers = personal_values(BY_CARD)
        assert not leaks(kiosk_window.window.current_page, names, numbers)


def test_a_visit_that_added_both_trusted_persons_leaves_nothing(
    qtbot: QtBot, kiosk_window: Kiosk, clock: FakeClock, gate: ReadGate
) -> None:
    """Back on the list after the whole swap, with two trusted persons, the card comes out."""
    flow = kiosk_window.flow
    reach(qtbot, kiosk_window, clock, Step.SWAP_REINSERT_OWN, gate)
    insert(qtbot, kiosk_window, CITIZEN, Step.TRUSTED_PERSON)
    assert [p.source for p in flow.trusted_persons] == ["typed", "card"]
    names, numbers = personal_values(CITIZEN, TYPED, BY_CARD)
    assert leaks(kiosk_window.window.current_page, names, numbers)  # both listed on screen
    remove(qtbot, kiosk_window, Step.WELCOME)
    assert_wiped(kiosk_window, names, numbers)
