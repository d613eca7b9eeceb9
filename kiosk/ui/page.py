"""The contract every page of the visit shares, and what pages get to work with.

A page shows one (or a few closely related) :class:`~kiosk.flow.steps.Step` of the flow. The main
window (:mod:`kiosk.ui.main_window`) owns the chrome around it: a header with the stand name and
the language buttons, the status strip, and a footer with "Back", "Stop" and the page's primary
button. A page only fills its body and says which footer buttons it wants (:meth:`Page.nav`).

Life of a page, all on the GUI thread:

* :meth:`enter` — the flow arrived at one of the page's steps (or the same step changed, e.g.
  a list edit): read what to show from ``ctx.flow`` / ``ctx.flow.session`` and fill the widgets.
* :meth:`validate` — return ``None`` when the primary action may proceed, else a translated
  message to show. Live validation calls it on every edit and emits :attr:`changed`.
* :meth:`apply` — the primary button was pressed and :meth:`validate` passed: call the flow
  method(s) that carry the page's data into the visit (``ctx.flow.next()``, ``decide(...)``...).
  A :class:`~kiosk.flow.errors.FlowError` raised here is shown by the main window, translated.
* :meth:`retranslate` — set every visible text through :func:`kiosk.ui.i18n.translate`; called
  on construction and on ``QEvent.LanguageChange``.
* :meth:`clear` — forget every piece of personal data the widgets hold (names, numbers, photo,
  typed text); called on every page whenever a visit ends. After it no widget's text may contain
  a name or national number of the last visitor (tests walk the widget tree to check).

Two things the main window tells every page, which most pages ignore (the defaults do nothing):

* :meth:`set_reader_state` — the card reader's state changed (the card page shows it);
* :meth:`set_languages` — the languages the stand offers, in its order (the welcome page
  offers them), once when the page is built.

Pages never start threads or touch the card reader or the queue directly: they call flow
methods; the main window wires hardware events into the flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kiosk.evidence import EvidenceForm
    from kiosk.flow import EnrolmentFlow, Step


@dataclass(frozen=True)
class Nav:
    """Which footer buttons a page wants, and the primary button's label (translated).

    ``primary`` None hides the primary button (e.g. "insert your card": the card moves the
    flow on). ``primary_enabled`` False shows it disabled (e.g. until a form validates).
    ``back_on_page`` set: "Back" stays on the page (a form open over the page's list goes back
    to the list: :meth:`Page.page_back`), this text saying so to assistive technology; the
    flow's step does not change.
    """

    back: bool = True
    stop: bool = True
    primary: str | None = None
    primary_enabled: bool = True
    back_on_page: str | None = None


@dataclass
class PageContext:
    """What every page may use. Passed in, never reached through globals.

    Attributes:
        flow: the visit state machine (the single source of truth).
        demo: demo mode (pages may show a discreet "DEMO" mark; never personal data of real
            people in demo).
        show_photo: whether the identity page shows the card's photo (a stand setting).
        portal_urls: the network's portal address per language (receipt QR code).
        stand_name: the stand's display name (header), e.g. the municipality or hospital.
        evidence: the ``evidence`` setting (``minimal`` or ``card``): the privacy notice says
            what the card evidence sends.
    """

    flow: EnrolmentFlow
    demo: bool = False
    show_photo: bool = True
    portal_urls: dict[str, str] | None = None
    stand_name: str = ""
    evidence: EvidenceForm = "minimal"


class Page(QWidget):
    """Base class of every page. See the module docstring for the contract.

    Signals:
        changed(): the page's :meth:`nav` or validity may have changed; the main window
            refreshes the footer.
    """

    steps: ClassVar[tuple[Step, ...]] = ()
    changed = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        """The flow arrived at one of this page's steps, or the current step changed."""

    def nav(self) -> Nav:
        return Nav()

    def validate(self) -> str | None:
        return None

    def apply(self) -> None:
        """Carry the page's data into the flow (primary button pressed, validation passed)."""

    def retranslate(self) -> None:
        """Set every visible text; must be safe to call at any time."""

    def clear(self) -> None:
        """Drop every piece of personal data the widgets hold."""

    def page_back(self) -> None:
        """ "Back" pressed while :meth:`nav` says ``back_on_page``: go back within the page."""

    def set_reader_state(self, state: str) -> None:
        """The card reader's state changed (a :class:`~kiosk.cardreader.reader_state.ReaderState`
        value). Pages that do not show it ignore it."""

    def set_languages(self, languages: Sequence[str]) -> None:
        """The languages the stand offers, in its order. Pages that do not offer them ignore it."""

    def spoken_in_languages(self) -> list[tuple[str, str]] | None:
        """What read aloud says for this page as (text, language) pairs, for a page that speaks
        several languages at once (the welcome page); ``None``: its heading and instruction, in
        the visitor's language (:func:`kiosk.ui.read_aloud.spoken_page`)."""
        return None

    # -- plumbing -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.changed.emit()
        super().changeEvent(event)
