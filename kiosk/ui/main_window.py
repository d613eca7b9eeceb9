"""The main window: a header, the status strip, one page per flow step, and a footer.

* Header: the stand's name, a DEMO mark in demo mode, and a button for each language the stand
  offers (each in its own language, in the stand's order; none when it offers only one) on every
  page, then the controls others add (larger text, read aloud). Choosing a language tells the
  flow; the page re-translates in place. The stand's name is the first thing to give way: it
  shows only while the header has room for it besides the buttons.
* Status strip (:class:`~kiosk.ui.status_strip.StatusStrip`): network, queue, card reader.
* Body: a :class:`~PySide6.QtWidgets.QStackedWidget` with one instance of every page class
  (:func:`kiosk.ui.pages.page_classes`), shown by the flow's step. Each page sits in a
  vertical scroll area (:func:`kiosk.ui.theme.scroll_area`) that shows no scroll bar while the
  page fits: a page that needs more height than the screen has (larger text) scrolls instead
  of being squeezed.
* Footer: "Back", "Stop" and the page's primary button, as the page's :meth:`~Page.nav` says;
  the window runs :meth:`~Page.validate` / :meth:`~Page.apply` and shows a refused action's
  reason, translated (:mod:`kiosk.ui.messages`). "Back" goes to the flow's previous step, or
  stays on the page when its nav says ``back_on_page`` (a form closes: :meth:`~Page.page_back`).
  "Stop" asks first when there is something to lose.

The window observes the flow. Whenever the visit returns to the welcome page, from anywhere
(done, stop, "not me", card removed, inactivity), every page's :meth:`~Page.clear` runs, the
language goes back to the kiosk's default and the look to the standard one: nothing of one
visitor is left for the next. The window itself never holds a card read or a photo.

Look (:mod:`kiosk.ui.look`): :meth:`MainWindow.set_look` shows the visit in larger text, or in
larger text and high contrast, at any step; :attr:`MainWindow.look` is the look on screen and
:attr:`MainWindow.look_changed` tells the header's toggle (:mod:`kiosk.ui.look_toggle`).

Keyboard: Tab moves through every control; Enter activates the focused button, or else the
primary button. Hardware is wired in by :mod:`kiosk.ui.app`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import FlowError, Step
from kiosk.flow.config import LANGUAGES
from kiosk.flow.steps import logged_name
from kiosk.ui.i18n import LANGUAGE_NAMES, Translations, translate
from kiosk.ui.look import Look, look_sheet
from kiosk.ui.messages import message
from kiosk.ui.page import Page, PageContext
from kiosk.ui.status_strip import StatusStrip
from kiosk.ui.theme import button, label, scroll_area

__all__ = ["MainWindow"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Hosts the pages of the visit around the flow in ``ctx``.

    Args:
        ctx: what pages get (the flow, demo, stand name...).
        translations: switched to the flow's language whenever it changes.
        page_classes: the page classes, all built at once (default: the registry,
            :func:`kiosk.ui.pages.page_classes`, of which only the welcome page is built before
            the first paint; see :meth:`build_pages`). Every step must have exactly one page.
        languages: the languages offered, in display order (the header, and every page's
            :meth:`~Page.set_languages`: the welcome page offers them).

    Attributes:
        pages: step -> the page showing it (only the welcome page until :meth:`build_pages`).
        status_strip: the strip under the header.

    Signals:
        painted(): the window was painted for the first time (start-up continues then).
        look_changed(Look): :meth:`set_look` changed the look.
    """

    painted = Signal()
    look_changed = Signal(Look)

    def __init__(
        self,
        ctx: PageContext,
        translations: Translations,
        *,
        page_classes: Sequence[type[Page]] | None = None,
        languages: Sequence[str] = LANGUAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        unknown = [code for code in languages if code not in LANGUAGE_NAMES]
        if unknown or not languages or len(set(languages)) != len(languages):
            raise ValueError("languages must be distinct kiosk languages, at least one")
        self.ctx = ctx
        self.languages: tuple[str, ...] = tuple(languages)
        self._translations = translations
        self._demo_toggle: QPushButton | None = None
        self._demo_panel: QWidget | None = None
        self._footer_extras: list[QWidget] = []
        self._look = Look.STANDARD

        self._central = central = QWidget()  # the looks' style sheets go here
        central.setObjectName("central")
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_header())
        self.status_strip = StatusStrip()
        root.addWidget(self.status_strip)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        root.addWidget(self._build_messages())
        root.addWidget(self._build_footer())
        self.setCentralWidget(central)
        # The window is the screen (or a fixed 1280x800 window): it never needs the layout's
        # minimum size pushed to the windowing system, which would happen at every footer or
        # message change (and some platforms, offscreen among them, warn each time).
        own_layout = self.layout()
        assert own_layout is not None  # a QMainWindow always has its own layout
        own_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        self.pages: dict[Step, Page] = {}
        self._frames: dict[Page, QScrollArea] = {}  # the scroll area each page sits in
        self._page_classes = page_classes
        self._complete = False
        self._reader_state: str | None = None
        self._painted = False
        if page_classes is None and ctx.flow.step is Step.WELCOME:
            # Start-up: only the welcome page now; the others once it is on screen.
            from kiosk.ui.pages.welcome import WelcomePage

            self._add_page(WelcomePage)
            self._order_focus_chain()
        else:
            self.build_pages()
        ctx.flow.add_observer(self._on_step)
        self._attached = True
        self._sync_language()
        self._show(ctx.flow.step)
        self.retranslate()

    # ---------------------------------------------------------------- building

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")  # a plain QWidget: the style sheet paints its background
        header.installEventFilter(self)  # its size and its buttons' texts decide _fit_header
        self.header = header
        self._header_layout = layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(8)
        self.stand_label = label("stand", wrap=False)
        self.stand_label.setText(self.ctx.stand_name)
        # The name never widens the window: it gives way to the buttons (_fit_header).
        self.stand_label.setMinimumWidth(1)
        layout.addWidget(self.stand_label)
        self.demo_mark = label("demo-mark", wrap=False)
        self.demo_mark.setVisible(self.ctx.demo)
        layout.addWidget(self.demo_mark)
        layout.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        # Offered languages first, in their order (also the Tab order); the others exist hidden
        # so the flow's language always has a button to check.
        order = [*self.languages, *(c for c in LANGUAGE_NAMES if c not in self.languages)]
        switcher = len(self.languages) > 1
        for code in order:
            name = LANGUAGE_NAMES[code]
            choice = button("language")
            choice.setObjectName(f"header-language-{code}")
            choice.setText(name)
            choice.setCheckable(True)
            choice.setAccessibleName(name)
            choice.setProperty("spokenLanguage", code)  # read aloud says it in its language
            choice.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            group.addButton(choice)
            layout.addWidget(choice)
            choice.setVisible(switcher and code in self.languages)
            self.language_buttons[code] = choice
        return header

    def _build_messages(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(48, 0, 48, 8)
        layout.setSpacing(8)
        self.error_banner = label("error-banner")
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.hide()
        layout.addWidget(self.error_banner)

        self.stop_confirm = QWidget()
        self.stop_confirm.setObjectName("stopConfirm")
        row = QHBoxLayout(self.stop_confirm)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        self.stop_question = label("notice")
        self.stop_yes = button("stop")
        self.stop_yes.setObjectName("stopYes")
        self.stop_no = button("primary")
        self.stop_no.setObjectName("stopNo")
        self.stop_yes.clicked.connect(self._stop_confirmed)
        self.stop_no.clicked.connect(self._hide_stop_confirm)
        row.addWidget(self.stop_question, 1)
        row.addWidget(self.stop_no)
        row.addWidget(self.stop_yes)
        self.stop_confirm.hide()
        layout.addWidget(self.stop_confirm)
        return box

    def _build_footer(self) -> QWidget:
        self.footer = footer = QWidget()
        footer.setObjectName("footer")  # a plain QWidget: the style sheet paints its background
        layout = QHBoxLayout(footer)
        layout.setContentsMargins(48, 8, 48, 10)
        layout.setSpacing(24)
        self.back_button = button("secondary")
        self.back_button.setObjectName("back")
        self.stop_button = button("stop")
        self.stop_button.setObjectName("stop")
        self.primary_button = button("primary")
        self.primary_button.setObjectName("primary")
        self.primary_button.setMinimumWidth(280)  # QSS sets heights; widths stay ours
        self.back_button.clicked.connect(self._back)
        self.stop_button.clicked.connect(self._stop)
        self.primary_button.clicked.connect(self._primary)
        layout.addWidget(self.back_button)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)
        layout.addWidget(self.primary_button)
        return footer

    def build_pages(self) -> None:
        """Build every page not built yet (start-up builds only the welcome page, then this
        right after the first paint). Raises if a step has no page or two pages."""
        if self._complete:
            return
        classes = self._page_classes
        if classes is None:
            from kiosk.ui.pages import page_classes as registered

            classes = registered()
        built = {type(page) for page in self.pages.values()}
        for cls in classes:
            if cls not in built:
                self._add_page(cls)
        missing = [step.value for step in Step if step not in self.pages]
        if missing:
            raise RuntimeError(f"no page shows step(s): {', '.join(missing)}")
        self._complete = True
        self._order_focus_chain()

    def _order_focus_chain(self) -> None:
        """Tab goes header -> page -> footer. Pages are built after the footer, so Qt's default
        chain (creation order) would visit the footer before the page."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None and len(chain) < 10_000:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        in_pages = [w for w in chain if self.stack.isAncestorOf(w)]
        if not in_pages:
            return
        previous: QWidget = in_pages[-1]
        for widget in (self.stop_no, self.stop_yes, self.back_button, self.stop_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.primary_button)

    def _add_page(self, cls: type[Page]) -> None:
        page = cls(self.ctx)
        page.changed.connect(self._refresh_footer)
        frame = scroll_area(page)
        frame.setObjectName(f"pageFrame-{cls.__name__}")
        self._frames[page] = frame
        self.stack.addWidget(frame)
        for step in cls.steps:
            if step in self.pages:
                raise RuntimeError(f"two pages show step {step.value}")
            self.pages[step] = page
        if self._reader_state is not None:
            page.set_reader_state(self._reader_state)
        page.set_languages(self.languages)

    @property
    def look(self) -> Look:
        """The look on screen (:attr:`Look.STANDARD` at the start of every visit)."""
        return self._look

    def set_look(self, look: Look) -> None:
        """Show the visit in ``look``, from the next paint on; safe at any step, any number of
        times (the same look again does nothing).

        The look's style sheet goes on the central widget (header, pages, footer, the demo
        panel): the volunteers' operator screens keep the standard look. The standard look is
        no sheet of its own: the application's (or the window's) theme shows through.
        """
        look = Look(look)
        if look is self._look:
            return
        self._look = look
        central = self._central
        central.setStyleSheet(look_sheet(look) if look.large else "")
        # The new sizes reach the layouts through posted events; activate them now, so that
        # whatever happens next (a page change, a picture) sees the new geometry.
        root = central.layout()
        if root is not None:
            root.invalidate()
            root.activate()
        # Not logged: set from the card, the look would tell its special status (a cane).
        self.look_changed.emit(look)

    def add_header_control(self, widget: QWidget) -> None:
        """Add ``widget`` at the header's end, after the language buttons (read aloud)."""
        self._header_layout.addWidget(widget)

    def add_footer_control(self, widget: QWidget) -> None:
        """Add ``widget`` to the footer after "Stop" (a page-specific extra, e.g. "Read my
        details aloud"); the footer shows while the widget is visible."""
        layout = self.footer.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.stop_button) + 1, widget)
        self._footer_extras.append(widget)

    def install_demo_panel(self, panel: QWidget) -> None:
        """Float the presenters' panel over the page, toggled by a discreet header button."""
        self._demo_panel = panel
        panel.setParent(self.centralWidget())
        panel.hide()
        toggle = button("language")
        toggle.setObjectName("demoToggle")
        toggle.setCheckable(True)
        toggle.toggled.connect(self._toggle_demo_panel)
        self._header_layout.insertWidget(2, toggle)
        self._demo_toggle = toggle
        hide = getattr(panel, "hide_requested", None)
        if hide is not None:
            hide.connect(lambda: toggle.setChecked(False))
        self.retranslate()

    def set_demo(self, demo: bool) -> None:
        """Show or hide the DEMO mark, and drop the presenters' panel (the kiosk installs a
        new one for new demo services)."""
        self.ctx.demo = demo
        self.demo_mark.setVisible(demo)
        if self._demo_toggle is not None:
            self._header_layout.removeWidget(self._demo_toggle)
            self._demo_toggle.hide()  # deleted only when the event loop runs again
            self._demo_toggle.deleteLater()
            self._demo_toggle = None
        if self._demo_panel is not None:
            self._demo_panel.hide()
            self._demo_panel.deleteLater()
            self._demo_panel = None

    # ---------------------------------------------------------------- the flow's side

    @property
    def current_page(self) -> Page:
        frame = self.stack.currentWidget()
        assert isinstance(frame, QScrollArea)
        page = frame.widget()
        assert isinstance(page, Page)
        return page

    def _on_step(self, old: Step, new: Step) -> None:
        if new is Step.WELCOME and old is not Step.WELCOME:
            self.end_of_visit()
        self._sync_language()
        if new is not old:
            self._hide_messages()
        self._show(new)

    def _show(self, step: Step) -> None:
        if step not in self.pages:
            self.build_pages()  # a visitor quicker than the start-up
        page = self.pages[step]
        frame = self._frames[page]
        if self.stack.currentWidget() is not frame:
            self.stack.setCurrentWidget(frame)
            frame.verticalScrollBar().setValue(0)  # a new page starts at its top
            # No control of the new page is focused in advance (a highlighted button looks
            # chosen, and Enter would press it); a page that wants a field focused does it in
            # enter().
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        page.enter()
        self._refresh_footer()

    def end_of_visit(self) -> None:
        """Forget the visit on screen: every page clears, messages go.

        A page whose :meth:`~Page.clear` fails does not stop the others from clearing; the
        first failure is raised once they all ran (it is a bug, and the crash screen follows).
        """
        failure: Exception | None = None
        for page in dict.fromkeys(self.pages.values()):
            try:
                page.clear()
            except Exception as error:  # noqa: BLE001 - re-raised below, after the others
                failure = failure or error
        self._hide_messages()
        self.set_look(Look.STANDARD)
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()  # a physical keyboard could have copied a number
        if failure is not None:
            raise failure
        log.info("screen cleared for the next visitor")

    def _sync_language(self) -> None:
        language = self.ctx.flow.language
        if language != self._translations.language:
            self._translations.set_language(language)
        self.language_buttons[language].setChecked(True)

    def _refresh_footer(self) -> None:
        flow = self.ctx.flow
        nav = self.current_page.nav()
        can_back = "back" in flow.allowed_events() and bool(flow.session.history)
        self.back_button.setVisible(nav.back_on_page is not None or (nav.back and can_back))
        self.back_button.setAccessibleDescription(
            nav.back_on_page or translate("MainWindow", "Go to the previous step.")
        )
        self.stop_button.setVisible(nav.stop and flow.step is not Step.WELCOME)
        self.primary_button.setVisible(nav.primary is not None)
        self.primary_button.setText(nav.primary or "")
        self.primary_button.setAccessibleName(nav.primary or "")
        self.primary_button.setEnabled(nav.primary_enabled)
        buttons = (self.back_button, self.stop_button, self.primary_button, *self._footer_extras)
        self.footer.setVisible(any(not b.isHidden() for b in buttons))

    # ---------------------------------------------------------------- the citizen's side

    def _choose_language(self, language: str) -> None:
        self._attempt(lambda: self.ctx.flow.choose_language(language))
        self._sync_language()  # re-check the right button if the flow refused

    def _primary(self) -> None:
        page = self.current_page
        problem = page.validate()
        if problem:
            self.show_error(problem)
            return
        self._attempt(page.apply)

    def _back(self) -> None:
        page = self.current_page
        if page.nav().back_on_page is not None:
            self._attempt(page.page_back)  # a form closes; the flow stays on its step
            return
        self._attempt(self.ctx.flow.back)

    def _stop(self) -> None:
        if self.ctx.flow.session.is_empty():
            self._attempt(self.ctx.flow.cancel)  # nothing to lose: no need to ask
            return
        self.error_banner.hide()
        self.stop_confirm.show()
        self.stop_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stop_confirmed(self) -> None:
        self._hide_stop_confirm()
        if self.ctx.flow.step is not Step.WELCOME:
            self._attempt(self.ctx.flow.cancel)

    def _hide_stop_confirm(self) -> None:
        self.stop_confirm.hide()

    def _hide_messages(self) -> None:
        self.error_banner.hide()
        self.error_banner.clear()
        self.stop_confirm.hide()

    def _attempt(self, action: Callable[[], None]) -> None:
        """Run a citizen's action; a refusal is shown, translated, and changes nothing."""
        try:
            action()
        except FlowError as error:
            step = logged_name(self.ctx.flow.step)  # never says "representation"
            log.info("action refused on step %s: %s", step, error.code)
            self.show_error(message(error.code))

    def show_error(self, text: str) -> None:
        self.stop_confirm.hide()
        self.error_banner.setText(text)
        self.error_banner.setAccessibleName(text)
        self.error_banner.show()

    # ---------------------------------------------------------------- hardware state

    def set_reader_state(self, state: str) -> None:
        """The card reader's state: the status strip and any page that shows it."""
        self._reader_state = state
        self.status_strip.set_reader_state(state)
        for page in dict.fromkeys(self.pages.values()):
            page.set_reader_state(state)

    # ---------------------------------------------------------------- Qt plumbing

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Health data sharing: consent kiosk"))
        self.demo_mark.setText(translate("MainWindow", "DEMO"))
        self.demo_mark.setAccessibleName(translate("MainWindow", "Demonstration mode"))
        self.back_button.setText(translate("MainWindow", "Back"))
        self.stop_button.setText(translate("MainWindow", "Stop"))
        for widget in (self.back_button, self.stop_button):
            widget.setAccessibleName(widget.text())
        self.back_button.setAccessibleDescription(
            translate("MainWindow", "Go to the previous step.")
        )
        self.stop_button.setAccessibleDescription(
            translate("MainWindow", "Stop and erase everything you entered.")
        )
        self.stop_question.setText(
            translate("MainWindow", "Do you want to stop? Everything you entered will be erased.")
        )
        self.stop_yes.setText(translate("MainWindow", "Yes, stop"))
        self.stop_no.setText(translate("MainWindow", "No, continue"))
        for widget in (self.stop_yes, self.stop_no):
            widget.setAccessibleName(widget.text())
        if self._demo_toggle is not None:
            self._demo_toggle.setText(translate("MainWindow", "Demo cards"))
            self._demo_toggle.setAccessibleName(self._demo_toggle.text())
        self._refresh_footer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached only when no child took the key: a focused button without autoDefault, a
        # label, a line edit's Return. Enter then means "this button", or the page's action.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isVisible():
                focused.click()
                return
            if self.primary_button.isVisible() and self.primary_button.isEnabled():
                self.primary_button.click()
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            self._fit_header()
        return False

    def _fit_header(self) -> None:
        """Show the stand's name only while the header has room for it besides its buttons
        (four languages, the demo toggle, larger text and read aloud, in the larger look)."""
        layout = self._header_layout
        others = [
            widget
            for i in range(layout.count())
            if (item := layout.itemAt(i)) is not None
            and (widget := item.widget()) is not None
            and widget is not self.stand_label
            and not widget.isHidden()
        ]
        margins = layout.contentsMargins()
        needed = margins.left() + margins.right() + self.stand_label.sizeHint().width()
        needed += sum(w.sizeHint().width() for w in others) + layout.spacing() * (len(others) + 1)
        fits = needed <= self.header.width()
        if fits != self.stand_label.isVisibleTo(self.header):
            self.stand_label.setVisible(fits)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_demo_panel()

    def _toggle_demo_panel(self, shown: bool) -> None:
        if self._demo_panel is not None:
            self._demo_panel.setVisible(shown)
            if shown:
                self._place_demo_panel()
                self._demo_panel.raise_()

    def _place_demo_panel(self) -> None:
        panel = self._demo_panel
        if panel is None:
            return
        top = self.status_strip.geometry().bottom() + 8
        width = min(400, self.width() // 3)
        panel.setGeometry(self.width() - width - 16, top, width, self.height() - top - 16)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detach()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop following the flow and clear the screen (the window is going away)."""
        if self._attached:
            self._attached = False
            self.ctx.flow.remove_observer(self._on_step)
            self.end_of_visit()
