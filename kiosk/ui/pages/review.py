"""The review page: exactly what will be sent, for the citizen to check before confirming.

It shows what :meth:`EnrolmentFlow.confirm` will capture, read from the same place: the name on
the verified card, the national number masked (only its last two digits: enough to recognise,
useless to an onlooker), the decision, and, with consent, the trusted persons (name, masked
national number) and the excluded care providers (NIHII number as printed, name). Nothing is
copied out of the flow; "Confirm and send" is the footer's primary button.

For read aloud (and screen readers) the page describes itself in words that hold no name and no
number of the visit, since others may listen: the decision as shown and, with consent, how many
trusted persons and excluded care providers there are. That is the page's accessible
description, one sentence a line (:func:`kiosk.ui.read_aloud.spoken_page` says it after the
lead).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.enrolment import ConsentDecision, Exclusion, TrustedPerson
from kiosk.flow import Step
from kiosk.ui.i18n import translate
from kiosk.ui.page import Nav, Page, PageContext
from kiosk.ui.theme import label


def mask_national_number(number: str) -> str:
    """All but the last two digits hidden, grouped as printed on the card: ``••.••.••-•••.59``.

    Same shape as :attr:`kiosk.cardreader.identity.Identity.masked_national_number`.
    """
    if len(number) == 11 and number.isdigit():
        return f"••.••.••-•••.{number[-2:]}"
    return "•" * max(len(number) - 2, 0) + number[-2:]


def format_nihii(nihii: str) -> str:
    """An 11-digit NIHII (RIZIV/INAMI) number as printed on prescriptions: ``1-23456-78-901``."""
    if len(nihii) == 11 and nihii.isdigit():
        return f"{nihii[0]}-{nihii[1:6]}-{nihii[6:8]}-{nihii[8:]}"
    return nihii


class _Lines(QWidget):
    """A column of value labels that grows as needed; cleared labels keep no text."""

    def __init__(self, role: str = "body", *, first_role: str | None = None) -> None:
        super().__init__()
        self._role = role
        self._first_role = first_role or role
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._labels: list[QLabel] = []

    def set_lines(self, lines: list[str]) -> None:
        while len(self._labels) < len(lines):
            line = label(self._first_role if not self._labels else self._role)
            self._layout.addWidget(line)
            self._labels.append(line)
        for i, line in enumerate(self._labels):
            line.setText(lines[i] if i < len(lines) else "")
            line.setVisible(i < len(lines))

    def lines(self) -> list[str]:
        return [line.text() for line in self._labels if line.text()]


class ReviewPage(Page):
    """REVIEW: the summary; the primary button confirms and sends."""

    steps = (Step.REVIEW,)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._shown = False
        self._title = label("title")
        self._lead = label("lead")
        self._captions = {
            key: label("heading") for key in ("you", "decision", "trusted", "excluded")
        }
        self.you = _Lines(first_role="name")
        self.decision = _Lines("value")  # the answer itself stands out
        self.trusted = _Lines()
        self.excluded = _Lines()
        values = {
            "you": self.you,
            "decision": self.decision,
            "trusted": self.trusted,
            "excluded": self.excluded,
        }

        summary = QWidget()
        grid = QGridLayout(summary)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(22)
        for row, key in enumerate(values):
            grid.addWidget(self._captions[key], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(values[key], row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(values), 1)
        scroll = QScrollArea()  # ten exclusions do not fit otherwise
        scroll.setWidget(summary)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        summary.setAutoFillBackground(False)

        self._next = label("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(18)
        layout.addWidget(self._title)
        layout.addWidget(self._lead)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._next)
        self.retranslate()

    # -- the contract -----------------------------------------------------------------------

    def enter(self) -> None:
        self._shown = True
        self._fill()

    def nav(self) -> Nav:
        return Nav(back=True, stop=True, primary=translate("ReviewPage", "Confirm and send"))

    def apply(self) -> None:
        self.ctx.flow.confirm()

    def retranslate(self) -> None:
        self._title.setText(translate("ReviewPage", "Please check your choices"))
        self._lead.setText(
            translate("ReviewPage", "This is what will be sent to the health network.")
        )
        self._captions["you"].setText(translate("ReviewPage", "You"))
        self._captions["decision"].setText(translate("ReviewPage", "Your choice"))
        self._captions["trusted"].setText(translate("ReviewPage", "Trusted persons"))
        self._captions["excluded"].setText(translate("ReviewPage", "Excluded care providers"))
        self._next.setText(
            translate(
                "ReviewPage",
                "When you confirm, your choices are encrypted and sent to the Brussels Health "
                "Network. If the network cannot be reached right now, this kiosk keeps them "
                "safely and sends them later.",
            )
        )
        if self._shown:
            self._fill()  # the summary's own words (e.g. "None") change language too

    def clear(self) -> None:
        self._shown = False
        for lines in (self.you, self.decision, self.trusted, self.excluded):
            lines.set_lines([])
        self.setAccessibleDescription("")

    # -- the summary ------------------------------------------------------------------------

    def _fill(self) -> None:
        flow = self.ctx.flow
        card = flow.session.card
        if flow.step is not Step.REVIEW or card is None:
            self.clear()
            return
        identity = card.identity
        self.you.set_lines(
            [
                _full_name(identity.first_names, identity.surname),
                translate("ReviewPage", "National number: {number}").format(
                    number=identity.masked_national_number
                ),
            ]
        )
        given = flow.decision is ConsentDecision.GIVEN
        self.decision.set_lines(
            [
                translate("ReviewPage", "You agree to share your health data.")
                if given
                else translate("ReviewPage", "You do not agree to share your health data.")
            ]
        )
        none = translate("ReviewPage", "None")
        self.trusted.set_lines([_trusted_line(p) for p in flow.trusted_persons] or [none])
        self.excluded.set_lines([_excluded_line(e) for e in flow.exclusions] or [none])
        # A refusal carries neither (the flow enforces it): do not show empty rows about them.
        for key, lines in (("trusted", self.trusted), ("excluded", self.excluded)):
            self._captions[key].setVisible(given)
            lines.setVisible(given)
        summary = self.decision.lines()
        if given:
            summary += [
                _trusted_count(len(flow.trusted_persons)),
                _excluded_count(len(flow.exclusions)),
            ]
        self.setAccessibleDescription("\n".join(summary))


def _trusted_count(n: int) -> str:
    if n == 0:
        return translate("ReviewPage", "Trusted persons: none")
    return translate("ReviewPage", "Trusted persons: {n}").format(n=n)


def _excluded_count(n: int) -> str:
    if n == 0:
        return translate("ReviewPage", "Excluded care providers: none")
    return translate("ReviewPage", "Excluded care providers: {n}").format(n=n)


def _full_name(first_names: str, surname: str) -> str:
    return " ".join(part for part in (first_names, surname) if part)


def _trusted_line(person: TrustedPerson) -> str:
    return translate("ReviewPage", "{name}, national number {number}").format(
        name=_full_name(person.first_names, person.surname),
        number=mask_national_number(person.national_number),
    )


def _excluded_line(exclusion: Exclusion) -> str:
    number = format_nihii(exclusion.nihii)
    if not exclusion.display_name:
        return translate("ReviewPage", "NIHII {number}").format(number=number)
    return translate("ReviewPage", "{name}, NIHII {number}").format(
        name=exclusion.display_name, number=number
    )
