"""Shared fixtures and helpers for the GUI tests (pytest-qt, offscreen).

Every UI engineer may use these; keep them small and documented.

Fixtures:

* ``english_afterwards`` (autouse) — removes every translator the application still holds after
  a test and restores the default locale, so no test leaks a language into the next.
* ``clock`` — a :class:`~tests.helpers.clocks.FakeClock` (manual monotonic seconds) injected
  into every flow built here, so inactivity and timeouts are driven with
  ``flow.tick(clock.advance(s))``, never waited.
* ``submitted`` — a :class:`~tests.helpers.submit.RecordingSubmit`: the flow's ``submit``;
  keeps the enrolments it "stored", returns ``REFERENCE``; set ``.failing = True`` to make it
  raise (submit-error step).
* ``flow`` — an :class:`~kiosk.flow.EnrolmentFlow` on the welcome step (demo config, the fake
  clock, the recording submit), English by default (``demo_flow(..., language=...)``).
* ``ctx`` — a :class:`~kiosk.ui.page.PageContext` around ``flow`` (demo, photo shown, a stand
  name, portal URLs).
* ``identity_ctx`` — the same, but the flow has read the ``nl-citizen`` specimen card and waits
  on the confirm-identity step (``ctx.flow.session.card`` is a verified ``CardRead`` with photo).
* ``translations`` — :class:`kiosk.ui.i18n.Translations` on the test QApplication, set back to
  English after the test (translators are application-wide).
* ``kiosk_window`` — the whole kiosk in demo mode, started: a :class:`kiosk.ui.app.Kiosk` with
  ``.window`` (the :class:`~kiosk.ui.main_window.MainWindow`, 1280x800, shown), ``.flow`` (on
  the fake ``clock``), ``.services.demo_reader`` (insert/remove specimen cards: the real card
  monitor thread reports them), a throw-away demo queue and the sync worker (offline). English
  is the default language; the theme is set on the window. Closed after the test.

Helpers (import them: ``from tests.gui.conftest import widget_texts, ...``); the fakes and the
flow driver (specimen reads, ``reach``, ``secrets_of``, ...) are in :mod:`tests.helpers`:

* ``demo_flow(clock, submit, language="en")`` — the flow the ``flow`` fixture is.
* ``available_page_classes()`` — the registered page classes, with a placeholder page for any
  step whose module does not exist yet (so window tests run while pages are being written;
  ``test_main_window`` checks the real registry separately).
* ``widget_texts(widget)`` — every text a widget tree shows or exposes (labels, buttons, line
  edits, list items, tooltips, accessible names and descriptions, window titles).
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from importlib import import_module
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.flow import EnrolmentFlow, FlowConfig, Step
from kiosk.ui.i18n import Translations
from kiosk.ui.page import Page, PageContext
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import reach
from tests.helpers.submit import RecordingSubmit

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

REFERENCE = "TEST-REF1"
PORTAL_URLS = {
    "nl": "https://www.brusselsgezondheidsnetwerk.be",
    "fr": "https://www.reseausantebruxellois.be",
    "en": "https://www.brusselshealthnetwork.be/en",
    "de": "https://www.brusselshealthnetwork.be/en",
}


def demo_flow(clock: FakeClock, submit: RecordingSubmit, language: str = "en") -> EnrolmentFlow:
    """A demo flow on ``clock``; ``language`` is its default (English: the tests' source texts).

    The product's default is French; a test about another language says so, here or with
    ``flow.choose_language``.
    """
    config = FlowConfig(
        stand_id="test-stand", kiosk_id="test-kiosk", demo=True, default_language=language
    )
    return EnrolmentFlow(submit, config, clock=clock)


def widget_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its descendants show or expose to assistive technology."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        texts.append(widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in texts if t]


def available_page_classes() -> list[type[Page]]:
    """The registered pages; a placeholder for each step whose page module is missing."""
    from kiosk.ui import pages

    found: list[type[Page]] = []
    for name in pages.MODULES:
        try:
            module = import_module(f"kiosk.ui.pages.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"kiosk.ui.pages.{name}":
                raise  # the module exists but is broken: that must show
            continue
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Page) and obj.__module__ == module.__name__ and obj.steps:
                found.append(obj)
    shown = {step for cls in found for step in cls.steps}
    missing = tuple(step for step in Step if step not in shown)
    if missing:
        found.append(type("PlaceholderPage", (Page,), {"steps": missing}))
    return found


# ---------------------------------------------------------------- fixtures


def _leaked_translation() -> str | None:
    """What a probe text translates to when some translator is still installed, else None."""
    text = QCoreApplication.translate("MainWindow", "Back")
    return None if text == "Back" else text


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts and ends in English: translators and the locale are app-wide.

    Removes the translators :class:`~kiosk.ui.i18n.Translations` installed (they are children
    of the application) and restores the default locale; a translator a test installed
    without a parent and did not remove fails the test here, naming the leak.
    """
    locale = QLocale()
    assert _leaked_translation() is None, "a translator was left installed before this test"
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    leaked = _leaked_translation()
    assert leaked is None, f"the test left a translator installed ('Back' reads {leaked!r})"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def submitted() -> RecordingSubmit:
    return RecordingSubmit(REFERENCE)


@pytest.fixture
def flow(clock: FakeClock, submitted: RecordingSubmit) -> EnrolmentFlow:
    return demo_flow(clock, submitted)


@pytest.fixture
def ctx(flow: EnrolmentFlow, qapp: QApplication) -> PageContext:
    return PageContext(
        flow=flow, demo=True, show_photo=True, portal_urls=PORTAL_URLS, stand_name="Test stand"
    )


@pytest.fixture
def identity_ctx(ctx: PageContext, clock: FakeClock) -> PageContext:
    reach(ctx.flow, clock, Step.CONFIRM_IDENTITY)
    return ctx


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.set_language("en")


@pytest.fixture
def kiosk_window(qtbot: QtBot, clock: FakeClock) -> Iterator[Kiosk]:
    from kiosk.services import KioskSettings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.theme import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = KioskSettings(demo=True, default_language="en", stand_name="Test stand")
    kiosk = Kiosk(app, settings, clock=clock, page_classes=available_page_classes())
    # The theme on the window rather than the application, so other tests keep a plain app.
    kiosk.window.setStyleSheet(style_sheet())
    qtbot.addWidget(kiosk.window)
    try:
        kiosk.show(windowed=True)
        kiosk.start()
        yield kiosk
    finally:
        kiosk.close()
        kiosk.translations.set_language("en")  # translators are application-wide


class MarkingTranslator(QTranslator):
    """Wraps every translated text in «», so a text that skipped translate() stands out."""

    def translate(  # noqa: D102 (Qt's virtual)
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»"

    def isEmpty(self) -> bool:  # noqa: N802, D102
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    """Every text on screen is wrapped in «» while the test runs."""
    translator = MarkingTranslator()
    assert qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The kiosk's real style sheet and font, removed again after the test."""
    from kiosk.ui.theme import apply_theme

    font, sheet = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
