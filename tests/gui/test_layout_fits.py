"""Nothing is clipped, squeezed or drawn over something else at the stand's 1280x800 and on a
1920x1080 screen, in the standard look and in larger text (:mod:`kiosk.ui.look`), in any of the
kiosk's languages (the compiled translations), and long texts scroll instead of being cut.

:func:`layout_problems` walks a window's texts and buttons: a word-wrapped label shorter than
its text needs, a button or one-line label narrower or lower than its size hint, a widget cut
by its parent (a scroll area's viewport may hide it: it scrolls), two texts or buttons on top
of each other. Every step of the visit is checked in the real main window, its header as full
as it gets (the demo, larger-text and read-aloud toggles), in the standard look and in larger
text with high contrast, at both sizes; the dense views (two trusted persons and the "no more"
note, the exclusion form, the typed form) in every look at 1280x800.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import EnrolmentFlow, Step
from kiosk.flow.config import LANGUAGES
from kiosk.ui.i18n import Translations
from kiosk.ui.look import Look
from kiosk.ui.look_toggle import LookToggle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.page import PageContext
from kiosk.ui.pages.consent import ConsentPage
from kiosk.ui.pages.privacy import PrivacyPage
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.theme import BASE_PIXEL_SIZE, style_sheet
from kiosk.ui.widgets.check_box import WrappingCheckBox, check_box
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import next_visit
from tests.helpers.speech import RecordingSpeech

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SCREEN = (1280, 800)
SCREENS = (SCREEN, (1920, 1080))
#: The looks every step is walked in; the large-text look without high contrast has the same
#: sizes (its borders are one pixel thinner), and is checked on the dense views.
WALKED_LOOKS = (Look.STANDARD, Look.LARGE_HIGH_CONTRAST)
_SHOWN = (QLabel, QAbstractButton, QLineEdit)

# Fictitious trusted persons (valid check digits), as in test_trusted_pages.
PERSONS = (
    {
        "national_number": "85073003328",
        "card_number": "592123456732",
        "surname": "Janssens-Vandenberghe",
        "first_names": "Marc Alexandre",
    },
    {
        "national_number": "90020199704",
        "card_number": "591234567829",
        "surname": "Peeters",
        "first_names": "Anna",
    },
)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, _SHOWN) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"


def _in_root(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def _visible_part(widget: QWidget, root: QWidget, *, scrolling: bool = True) -> QRect:
    """The part of ``widget`` its ancestors let show, in ``root``; with ``scrolling`` False,
    only up to the nearest scroll area's viewport (what is cut by something else than
    scrolling)."""
    rect = _in_root(widget, root)
    for parent in _ancestors(widget, root):
        area = parent.parentWidget()
        if not scrolling and isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return rect
        rect = rect.intersected(_in_root(parent, root))
    return rect.intersected(root.rect())


def layout_problems(root: QWidget) -> list[str]:
    """What is clipped, squeezed, cut off or overlapping among ``root``'s visible widgets."""
    problems: list[str] = []
    shown = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, _SHOWN) and w.isVisibleTo(root) and not isinstance(w.parent(), QLineEdit)
    ]
    for widget in shown:
        name = _describe(widget)
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed - 1:
                    problems.append(f"{name} clipped: {widget.height()} px of {needed}")
            else:
                hint = widget.sizeHint()
                if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
                    problems.append(f"{name} cut: {widget.size().toTuple()} < {hint.toTuple()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if widget.hasHeightForWidth():  # a wrapping text: narrower is fine, if taller
                hint = widget.minimumSizeHint()
                hint.setHeight(widget.heightForWidth(widget.width()))
            if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
                problems.append(f"{name} squeezed: {widget.size().toTuple()} < {hint.toTuple()}")
        part = _visible_part(widget, root, scrolling=False)
        if not part.isEmpty() and part != _in_root(widget, root):
            problems.append(f"{name} cut off by its parent: {part.getRect()}")
    parts = [(w, _visible_part(w, root)) for w in shown]
    for i, (a, rect_a) in enumerate(parts):
        for b, rect_b in parts[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = rect_a.intersected(rect_b)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{_describe(a)} overlaps {_describe(b)}")
    return problems


def settle() -> None:
    """Let queued layout requests run (the layouts apply them on the event loop)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot, ctx: PageContext, translations: Translations) -> Iterator[MainWindow]:
    """The main window with every header control a stand can have."""
    win = MainWindow(ctx, translations)
    win.setStyleSheet(style_sheet())
    LookToggle(win)
    read_aloud = ReadAloud(win, RecordingSpeech(), at_start=False)
    win.install_demo_panel(QWidget())
    win.resize(*SCREEN)
    win.show()
    yield win
    # Deleted now, not just closed: a window left alive is restyled by every later change of
    # the application's style sheet (seconds each, adding up over the tests).
    read_aloud.close()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def problems_in(window: MainWindow, look: Look, size: tuple[int, int]) -> list[str]:
    """:func:`layout_problems` of ``window`` in ``look`` at ``size``; a window that grew too."""
    window.set_look(look)
    window.resize(*size)
    settle()
    problems = layout_problems(window)
    if window.size().toTuple() != size:  # a layout too wide or tall grows the window
        problems.append(f"window grew to {window.size().toTuple()}")
    return problems


def full_trusted_list(flow: EnrolmentFlow) -> None:
    for person in PERSONS:
        flow.type_trusted_person()
        flow.add_trusted_person_typed(**person, consent_acknowledged=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_fits_the_screen(
    window: MainWindow, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    flow = ctx.flow
    found: dict[str, list[str]] = {}
    views = [(look, size) for look in WALKED_LOOKS for size in SCREENS]
    for n, step in enumerate(Step):
        next_visit(flow, clock, step, language)  # the visit starts in the standard look
        # Every other step backwards: one change of look per step (each restyles every page).
        for look, size in views if n % 2 else views[::-1]:
            problems = problems_in(window, look, size)
            if problems:
                found[f"{step.value} {look.value} {size[0]}x{size[1]}"] = problems
    assert window.language_buttons[language].isChecked()
    assert found == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_full_trusted_person_list_fits(
    window: MainWindow, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    next_visit(ctx.flow, clock, Step.TRUSTED_PERSON, language)
    full_trusted_list(ctx.flow)
    page = window.current_page
    for look in Look:  # one window for the three looks: building the pages takes a while
        assert problems_in(window, look, SCREEN) == [], look
        assert page.full_note.isVisible() and len(page.rows.rows) == 2  # type: ignore[attr-defined]
        for row in page.rows.rows:  # type: ignore[attr-defined]
            assert row.remove.height() >= 64


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dense_forms_fit(
    window: MainWindow, ctx: PageContext, clock: FakeClock, language: str
) -> None:
    for look in Look:
        next_visit(ctx.flow, clock, Step.EXCLUSIONS, language)
        page = window.current_page
        page.show_form()  # type: ignore[attr-defined]
        assert problems_in(window, look, SCREEN) == [], look
        # The exclusion form opens without scrolling: every key of its keypad in view.
        frame = page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea) and frame.verticalScrollBar().maximum() == 0, look
        for digit in "12345699001":  # check digits off every known rule: the longest message
            page.keyboard.key(digit).click()  # type: ignore[attr-defined]
        assert page.confirm.isVisible()  # type: ignore[attr-defined]
        assert problems_in(window, look, SCREEN) == [], look
        next_visit(ctx.flow, clock, Step.TRUSTED_TYPED, language)  # the standard look again
        assert problems_in(window, look, SCREEN) == [], look
        # The typed form fits without scrolling: every key of its keyboard in view.
        frame = window.current_page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea) and frame.verticalScrollBar().maximum() == 0


# ---------------------------------------------------------------- long texts scroll


class Lengthening(QTranslator):
    """The texts of ``contexts`` (or just the ``sources`` named) three times over: a translation
    much longer than English."""

    def __init__(self, *contexts: str, sources: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.contexts = contexts
        self.sources = sources

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in self.contexts or source in self.sources:
            return " ".join([source] * 3)
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.mark.parametrize("cls", [PrivacyPage, ConsentPage])
def test_long_texts_scroll_rather_than_clip(
    qtbot, qapp: QApplication, ctx: PageContext, cls: type
) -> None:
    translator = Lengthening(cls.__name__)
    assert qapp.installTranslator(translator)
    try:
        page = cls(ctx)
        page.setStyleSheet(style_sheet())
        qtbot.addWidget(page)
        page.resize(1280, 620)  # the body between the header and the footer
        page.show()
        settle()
        assert layout_problems(page) == []
        (scroll,) = page.findChildren(QScrollArea)
        assert scroll.verticalScrollBar().maximum() > 0  # it does not fit, so it scrolls
        assert scroll.verticalScrollBar().width() >= 48  # and a finger can drag it
    finally:
        qapp.removeTranslator(translator)


def test_long_check_box_texts_wrap_on_every_page(
    window: MainWindow, ctx: PageContext, clock: FakeClock, qapp: QApplication
) -> None:
    views = {
        "swap": lambda: next_visit(ctx.flow, clock, Step.SWAP_CONFIRM_OTHER, "en"),
        "typed": lambda: next_visit(ctx.flow, clock, Step.TRUSTED_TYPED, "en"),
        "exclusion form": lambda: (
            next_visit(ctx.flow, clock, Step.EXCLUSIONS, "en"),
            window.current_page.show_form(),  # type: ignore[attr-defined]
        ),
    }
    boxes: set[str] = set()
    for show in views.values():  # pages set some texts only when shown
        show()
        boxes |= {box.text() for box in window.findChildren(QCheckBox) if box.text()}
    assert len(boxes) >= 2  # the trusted person's consent, the care provider's number
    translator = Lengthening(sources=frozenset(boxes))
    assert qapp.installTranslator(translator)
    try:
        found = {}
        for name, show in views.items():
            show()
            settle()
            found[name] = layout_problems(window)
            if window.size().toTuple() != SCREEN:
                found[name].append(f"window grew to {window.size().toTuple()}")
    finally:
        qapp.removeTranslator(translator)
    assert {name: problems for name, problems in found.items() if problems} == {}


# ---------------------------------------------------------------- the wrapping check box

LONG = (
    "I confirm that this person has registered their own informed consent with the "
    "Brussels Health Network, as the law asks."
)


@pytest.fixture
def box(qtbot) -> Iterator[WrappingCheckBox]:
    holder = QWidget()  # held here: qtbot does not keep the Python object alive
    holder.setStyleSheet(style_sheet())
    qtbot.addWidget(holder)
    widget = check_box("confirmBox")
    widget.setText(LONG)
    widget.setAccessibleName(widget.text())
    column = QVBoxLayout(holder)
    column.addWidget(widget)
    column.addStretch(1)
    holder.resize(420, 400)
    holder.show()
    settle()
    yield widget


def test_a_long_check_box_label_wraps_inside_its_column(box: WrappingCheckBox) -> None:
    holder = box.parentWidget()
    assert holder.width() == 420  # an unwrapped check box would have widened it
    assert box.geometry().right() < holder.width()
    assert box.label.geometry().right() < box.width()
    assert box.label.height() >= box.label.heightForWidth(box.label.width())
    assert box.height() >= 3 * box.fontMetrics().height()  # three lines or more at 420 px
    assert layout_problems(holder) == []
    assert box.text() == LONG and box.accessibleName() == LONG


def test_a_tap_on_the_text_toggles_the_box(qtbot, box: WrappingCheckBox) -> None:
    far_right = QPoint(box.width() - 10, box.height() // 2)
    with qtbot.waitSignal(box.toggled):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=far_right)
    assert box.isChecked()
    with qtbot.waitSignal(box.toggled):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.label.geometry().center())
    assert not box.isChecked()


def test_the_keyboard_reaches_and_toggles_the_box(qtbot, box: WrappingCheckBox) -> None:
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    box.setFocus()
    with qtbot.waitSignal(box.toggled):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert not box.label.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_short_check_box_is_still_a_touch_target(qtbot, box: WrappingCheckBox) -> None:
    box.setText("Yes")
    settle()
    assert box.height() >= 48 and box.sizeHint().height() >= 48


@pytest.mark.parametrize("make", [QWidget, QCheckBox, QLabel])
def test_every_widget_gets_the_base_font(qtbot, themed: None, make: type[QWidget]) -> None:
    widget = make()
    qtbot.addWidget(widget)
    widget.ensurePolished()
    assert widget.font().family() == "DejaVu Sans"
    assert widget.font().pixelSize() == BASE_PIXEL_SIZE
