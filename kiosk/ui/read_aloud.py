"""Read aloud: the header's toggle and shortcut that make the kiosk speak the page.

While it is on, the kiosk says each page's heading and instruction when it is shown, then the
control in focus; every later focus move says the newly focused control; the inactivity
warning is read, then its countdown (every 5 seconds, then each of the last 5). Everything
spoken is what the page shows, taken from its widgets after they were translated: the same
translations, never a second set of texts (:func:`spoken_page`). A page whose content cannot
be spoken as shown describes it in its accessible description, translated like the rest (the
review page: the decision and how many trusted persons and excluded care providers).

Privacy (others may listen): nothing read from a card is ever spoken, nor any text holding a
person's name or number from the visit (:func:`speakable` drops it), with one exception: on
the "is this you?" page the visitor may press "Read my details aloud" (in the footer, while
read aloud is on) for their name and date of birth. The national number is never spoken.

Speech stops at once when the visit is wiped (the welcome page returns), when the language
changes, and when read aloud is switched off. A new visit starts with read aloud off, or on
when the stand says so (``speech_at_start``: headphones). Without a speech engine the toggle
is hidden (the self-test warns), and nothing else changes.

The card's special status: when the citizen's own card says white cane (the flow's
``adaptations.speech``, set as the confirm page is entered), read aloud switches on for the rest
of the visit, once: the visitor can still switch it off.

Keyboard: F2 switches read aloud on and off.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.flow import Step
from kiosk.speech import SpeechEngine
from kiosk.ui.i18n import translate
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import button

__all__ = ["SHORTCUT", "ReadAloud", "speakable", "spoken_page"]

SHORTCUT = "F2"
COUNTDOWN_POLL_MS = 250
_LONG_NUMBER = re.compile(r"\d[\d .\-/]{4,}\d")  # national, card, NIHII numbers, masked or not
_TEXT_ROLES = ("heading", "body", "reassurance", "notice", "question", "error")
_PRIVATE_ROLES = frozenset({"name", "value"})  # labels that show what the card says


def _visible_labels(page: QWidget, roles: Iterable[str]) -> list[QLabel]:
    wanted = set(roles)
    return [
        w
        for w in page.findChildren(QLabel)
        if w.property("role") in wanted
        and w.isVisibleTo(page)
        and any(c.isalpha() for c in w.text())  # not a bullet or a lone number
        and not _in_control(w, page)
    ]


def _in_control(widget: QWidget, page: QWidget) -> bool:
    """Whether ``widget`` is part of a control (a check box's text): said as the control's
    name when it is reached, never as the page's instruction ("I confirm..." unticked)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def spoken_page(page: QWidget) -> list[str]:
    """What is said when ``page`` is shown: its heading, then its instruction: its lead texts,
    or on a page without one (the privacy notice) its text in the order it was built; then
    the page's own description of what it shows, if it gives one (its accessible description,
    a sentence a line: the review page's decision and counts)."""
    titles = _visible_labels(page, ("title",))
    leads = _visible_labels(page, ("lead",)) or _visible_labels(page, _TEXT_ROLES)
    summary = [line for line in page.accessibleDescription().splitlines() if line.strip()]
    return [w.text() for w in [*titles[:1], *leads]] + summary


def control_name(widget: QWidget | None) -> str:
    """What is said for a focused control: its accessible name, else its text; a text field's
    name only, never what was typed in it."""
    if widget is None or widget.property("role") in _PRIVATE_ROLES:
        return ""
    if not isinstance(widget, (QAbstractButton, QLineEdit)):
        return ""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    name = name.replace("&", "")
    if isinstance(widget, QCheckBox) and name:
        return f"{name} {check_state(widget)}"
    return name


def check_state(box: QCheckBox) -> str:
    """A check box's state in words, said after its name and whenever it is ticked or not."""
    if box.isChecked():
        return translate("ReadAloud", "Ticked.")
    return translate("ReadAloud", "Not ticked.")


def personal_values(window: MainWindow) -> list[str]:
    """Every name and number of the visit (the citizen's card, a pending card, trusted
    persons, excluded providers): texts holding one are not spoken."""
    flow = window.ctx.flow
    session = flow.session
    values: list[str] = []
    for read in (session.card, session.pending_card):
        if read is not None:
            i = read.identity
            values += [i.surname, *i.first_names.split(), i.national_number, i.card_number]
    people = [*flow.trusted_persons]
    if session.pending_person is not None:
        people.append(session.pending_person)
    for person in people:
        values += [person.surname, *person.first_names.split(), person.national_number]
        values.append(person.eid_card_number)
    for exclusion in flow.exclusions:
        values += [exclusion.nihii, exclusion.display_name or ""]
    return [v for v in values if len(v) > 1]


def speakable(text: str, private: Iterable[str]) -> bool:
    """Whether ``text`` may be said aloud: no long number and none of the ``private`` values
    as a word of its own (a trusted person called Ana does not silence "manage")."""
    if _LONG_NUMBER.search(text):
        return False
    folded = text.casefold()
    return not any(
        re.search(rf"(?<!\w){re.escape(value.casefold())}(?!\w)", folded) for value in private
    )


class ReadAloud(QObject):
    """The read-aloud control of ``window``, speaking through ``engine``.

    Args:
        window: the main window (its header gets the toggle; its flow is followed).
        engine: where speech goes; an unavailable one hides the toggle.
        at_start: read aloud is on at the start of every visit.
    """

    def __init__(self, window: MainWindow, engine: SpeechEngine, *, at_start: bool) -> None:
        super().__init__(window)
        self.window = window
        self.engine = engine
        self.at_start = at_start
        self._language = window.ctx.flow.language
        self._last_countdown: int | None = None
        self._adapted = False  # read aloud was switched on for this visit's white cane

        self.toggle = button("language")
        self.toggle.setObjectName("readAloud")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        window.add_header_control(self.toggle)
        self.details = button("secondary")
        self.details.setObjectName("readMyDetails")
        self.details.clicked.connect(self.read_my_details)
        self.details.hide()
        window.add_footer_control(self.details)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self._shortcut)
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_POLL_MS)
        self._countdown.timeout.connect(self.announce_countdown)

        window.ctx.flow.add_observer(self._on_step)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        window.installEventFilter(self)
        self.toggle.setVisible(engine.available)
        self.toggle.setChecked(engine.available and at_start)
        self._refresh_details()
        self.retranslate()

    @property
    def on(self) -> bool:
        return self.toggle.isChecked()

    # ---------------------------------------------------------------- speaking

    def _say(self, texts: Iterable[str]) -> None:
        """Say ``texts`` in the visitor's language (those :func:`speakable` allows)."""
        language = self.window.ctx.flow.language
        self._say_in_languages((text, language) for text in texts)

    def _say_in_languages(self, texts: Iterable[tuple[str, str]]) -> None:
        """Say each (text, language) that :func:`speakable` allows, in that language."""
        private = personal_values(self.window)
        for text, language in texts:
            if text and speakable(text, private):
                self.engine.say(text, language)

    def _voice_for(self, widget: QWidget) -> str:
        """The language a control's name is said in: its own (a language button), else the
        visitor's."""
        language = widget.property("spokenLanguage")
        return language if isinstance(language, str) else self.window.ctx.flow.language

    def read_page(self) -> None:
        """Say the page on screen from the start: heading, instruction, the control in focus."""
        self.engine.stop()
        # Texts change with the language through posted events: let them arrive first.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        window = self.window
        focused = QApplication.focusWidget()
        in_languages = window.current_page.spoken_in_languages()
        if in_languages is None:
            self._say(spoken_page(window.current_page))
        else:
            self._say_in_languages(in_languages)
        if focused is not None and window.isAncestorOf(focused):
            self._say_in_languages([(control_name(focused), self._voice_for(focused))])

    def read_my_details(self) -> None:
        """The confirm page's name and date of birth, asked for by the visitor (never the
        national number)."""
        page = self.window.current_page
        if self.window.ctx.flow.step is not Step.CONFIRM_IDENTITY:
            return
        self.engine.stop()
        texts = []
        for caption, value in (("name_caption", "name"), ("birth_caption", "birth")):
            shown_caption = getattr(page, caption, None)
            shown_value = getattr(page, value, None)
            if isinstance(shown_caption, QLabel) and isinstance(shown_value, QLabel):
                texts += [shown_caption.text(), shown_value.text()]
        language = self.window.ctx.flow.language
        for text in texts:
            self.engine.say(text, language)

    def announce_countdown(self) -> None:
        """On the inactivity warning: say the seconds left every 5 seconds, then each second."""
        flow = self.window.ctx.flow
        left = flow.seconds_left()
        if not self.on or flow.step is not Step.STILL_THERE or left is None:
            self._countdown.stop()
            return
        seconds = math.ceil(left)
        if seconds == self._last_countdown or not (seconds <= 5 or seconds % 5 == 0):
            return
        self._last_countdown = seconds
        self._say([translate("StillTherePage", "Seconds left: {n}").format(n=seconds)])

    # ---------------------------------------------------------------- events

    def _toggled(self, on: bool) -> None:
        self._refresh_details()
        if on:
            self.read_page()
            self._watch_countdown()
        else:
            self.engine.stop()
            self._countdown.stop()

    def _shortcut(self) -> None:
        if self.toggle.isVisible():
            self.toggle.toggle()

    def _on_step(self, old: Step, new: Step) -> None:
        language_changed = self.window.ctx.flow.language != self._language
        self._language = self.window.ctx.flow.language
        if new is Step.WELCOME and old is not Step.WELCOME:
            self.engine.stop()  # the visit is wiped: not one more word of it
            self._adapted = False
            self.toggle.setChecked(self.engine.available and self.at_start)
        elif language_changed:
            self.engine.stop()
        self._follow_check_boxes()
        if self._speech_asked():
            self._adapted = True
            if not self.on:
                self.toggle.setChecked(True)  # reads the page
                return
        self._refresh_details()
        if self.on and (new is not old or language_changed):
            self.read_page()
        self._watch_countdown()

    def _speech_asked(self) -> bool:
        """The citizen's card asks for speech (white cane) and this visit has not had it yet."""
        adaptations = self.window.ctx.flow.adaptations
        return adaptations.speech and not self._adapted and self.engine.available

    def _watch_countdown(self) -> None:
        if self.on and self.window.ctx.flow.step is Step.STILL_THERE:
            self._last_countdown = None
            self._countdown.start()
        else:
            self._countdown.stop()

    def _follow_check_boxes(self) -> None:
        """Say a check box's new state when the visitor ticks or unticks it (once per box)."""
        for box in self.window.current_page.findChildren(QCheckBox):
            if box.property("readAloudFollowed") is not True:
                box.setProperty("readAloudFollowed", True)
                box.toggled.connect(lambda _on, box=box: self._check_box_toggled(box))

    def _check_box_toggled(self, box: QCheckBox) -> None:
        if self.on and box.isVisible():
            self.engine.stop()
            self._say([check_state(box)])

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.on or new is None or not self.window.isAncestorOf(new):
            return
        name = control_name(new)
        if name:
            self.engine.stop()
            self._say_in_languages([(name, self._voice_for(new))])

    def _refresh_details(self) -> None:
        step = self.window.ctx.flow.step
        # The confirm page always shows its footer ("Stop"), where this button sits.
        self.details.setVisible(self.on and step is Step.CONFIRM_IDENTITY)

    def retranslate(self) -> None:
        self.toggle.setText(translate("ReadAloud", "Read aloud"))
        self.toggle.setAccessibleName(self.toggle.text())
        self.toggle.setAccessibleDescription(
            translate("ReadAloud", "Reads the page aloud. Shortcut: F2.")
        )
        self.details.setText(translate("ReadAloud", "Read my details aloud"))
        self.details.setAccessibleName(self.details.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def close(self) -> None:
        """Stop speaking and stop following the window (the kiosk is closing)."""
        self.engine.stop()
        self._countdown.stop()
        self.window.ctx.flow.remove_observer(self._on_step)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
