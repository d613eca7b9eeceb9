"""The PIN steps of the operator mode: the first PIN (chosen twice on the first start of a demo
kiosk; a production kiosk's comes from ``kiosk provision``), the PIN
entry that opens the panel, the lock-out after too many wrong tries, and changing the PIN
(old, new, again).

:class:`PinFlow` drives the :class:`~kiosk.ui.operator.pin_views.PinPadView` and the
:class:`~kiosk.ui.operator.views.LockedView` of its operator mode
(:class:`~kiosk.ui.operator.controller.OperatorController`) against the mode's
:class:`~kiosk.operator.pin.PinStore`; the mode wires the views' signals to it and shows the
panel or closes when a step is done. Every unlock and PIN change is audited through
:meth:`QueueActions.record <kiosk.operator.queue_actions.QueueActions.record>`. The digits
typed in an earlier step are kept only until the question ends or the mode closes
(:meth:`PinFlow.reset`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from kiosk.operator.pin import PinError
from kiosk.ui.i18n import translate

if TYPE_CHECKING:
    from kiosk.ui.operator.controller import OperatorController

__all__ = ["PinFlow", "weak_pin_text"]

log = logging.getLogger(__name__)

Purpose = Literal["open", "first", "change"]


class PinFlow:
    """The PIN questions of one operator mode."""

    def __init__(self, mode: OperatorController) -> None:
        self._mode = mode
        self._purpose: Purpose = "open"  # what the PIN pad is for
        self._typed: list[str] = []  # earlier answers of a multi-step PIN question

    def reset(self) -> None:
        """Forget the digits of earlier steps (the mode closes)."""
        self._typed = []

    def ask(self) -> None:
        """Ask for the PIN, or for a new one on first start, or show the lock-out."""
        mode = self._mode
        try:
            is_set = mode.pin_store.is_set()
            locked = mode.pin_store.locked_until() if is_set else None
        except PinError as error:
            self._pin_error(error)
            return
        if locked is not None:
            mode.show_view(mode.locked_view)
            mode.locked_view.lock_until(locked)
            return
        if not is_set and not mode.services.settings.demo:
            # A production kiosk gets its first PIN from `kiosk provision`, never from whoever
            # reaches the touchscreen first (the kiosk's gate normally keeps this from showing).
            self._pin_error(PinError("not_set", "no operator PIN on a production kiosk"))
            return
        self._purpose = "open" if is_set else "first"
        self._typed = []
        mode.pin_view.ask("enter" if is_set else "first")
        mode.show_view(mode.pin_view)

    def change(self) -> None:
        """The panel's "change the PIN" action: old, new, again."""
        self._purpose = "change"
        self._typed = []
        self._mode.pin_view.show_message(None)
        self._mode.pin_view.ask("old")
        self._mode.show_view(self._mode.pin_view)

    def cancelled(self) -> None:
        if self._purpose == "change":
            self._mode.show_panel()
        else:
            self._mode.close()

    def typed(self, digits: str) -> None:
        try:
            if self._purpose == "open":
                self._check_pin(digits)
            else:
                self._new_pin_step(digits)
        except PinError as error:
            self._pin_error(error)

    def seal(self) -> None:
        """Seal the PIN record if it can be sealed now (the panel shows: the queue may have just
        been made or unlocked). A failure is logged; the next PIN question shows it."""
        try:
            self._mode.pin_store.seal()
        except PinError as error:
            log.error("operator PIN record not sealed (%s): %s", error.code, error)

    def _pin_error(self, error: PinError) -> None:
        # The message says why (the file, the OS reason) and never holds a PIN.
        log.error("operator PIN store refused (%s): %s", error.code, error)
        self._typed = []
        self._purpose = "open"  # the pad now asks for the PIN, whatever it asked before
        pin_view = self._mode.pin_view
        pin_view.ask("enter")
        pin_view.show_message(_ERROR_TEXTS.get(error.code, _damaged_text), error=True)
        self._mode.show_view(pin_view)

    def _check_pin(self, digits: str) -> None:
        mode = self._mode
        result = mode.pin_store.check(digits)
        mode.queue_actions.record("operator.unlock", result.outcome)
        if result.ok:
            mode.pin_view.show_message(None)
            mode.show_panel()
        elif result.outcome == "locked" and result.locked_until is not None:
            mode.show_view(mode.locked_view)
            mode.locked_view.lock_until(result.locked_until)
        else:
            left = result.tries_left
            mode.pin_view.show_message(
                lambda: translate(
                    "OperatorPin", "Wrong PIN. Tries left before a pause: {n}"
                ).format(n=left),
                error=True,
            )

    def _new_pin_step(self, digits: str) -> None:
        """first: new, again. change: old, new, again."""
        pin_view = self._mode.pin_view
        stage = pin_view.stage
        if stage == "old":
            self._typed = [digits]
            pin_view.show_message(None)
            pin_view.ask("new")
            return
        if stage in ("first", "new"):
            problem = weak_pin_text(digits)
            if problem is not None:
                pin_view.show_message(problem, error=True)
                pin_view.ask(stage)
                return
            self._typed.append(digits)
            pin_view.show_message(None)
            pin_view.ask("again")
            return
        new = self._typed[-1] if self._typed else ""
        if digits != new:
            self._typed = self._typed[:-1]
            pin_view.show_message(
                lambda: translate("OperatorPin", "The two PINs differ. Choose the new PIN again."),
                error=True,
            )
            pin_view.ask("first" if self._purpose == "first" else "new")
            return
        if self._purpose == "first":
            self._set_first(new)
        else:
            self._change(new)

    def _set_first(self, new: str) -> None:
        mode = self._mode
        mode.pin_store.set_first(new)
        self._typed = []
        mode.queue_actions.record("operator.pin_set", "ok")
        mode.show_panel(
            lambda: translate("OperatorPanel", "The PIN is set. Keep it among the volunteers.")
        )

    def _change(self, new: str) -> None:
        mode = self._mode
        old = self._typed[0]
        self._typed = []
        try:
            mode.pin_store.change(old, new)
        except PinError as error:
            mode.queue_actions.record("operator.pin_changed", error.code)
            if error.code == "locked":
                self.ask()
                return
            if error.code == "no_key":  # nothing was checked nor counted: back to the panel
                mode.show_panel(_ERROR_TEXTS["no_key"])
                return
            if error.code != "wrong":
                raise
            mode.pin_view.show_message(
                lambda: translate(
                    "OperatorPin", "The current PIN was wrong. The PIN was not changed."
                ),
                error=True,
            )
            mode.pin_view.ask("old")
            return
        mode.queue_actions.record("operator.pin_changed", "ok")
        mode.show_panel(lambda: translate("OperatorPanel", "The PIN has been changed."))


def _damaged_text() -> str:
    return translate(
        "OperatorPin", "The PIN file of this kiosk is damaged: ask the technical support."
    )


_ERROR_TEXTS: dict[str, Callable[[], str]] = {
    "storage": lambda: translate(
        "OperatorPin",
        "Storage problem: the kiosk cannot save to its disk, so the PIN cannot be checked. "
        "Ask the technical support.",
    ),
    "reset_needed": lambda: translate(
        "OperatorPin",
        "The operator PIN of this kiosk is locked: ask the network's IT person to reset the "
        "operator PIN (kiosk provision).",
    ),
    "no_key": lambda: translate(
        "OperatorPin", "Unlock the queue with its passphrase first, then change the PIN."
    ),
    "not_set": lambda: translate(
        "OperatorPin",
        "This kiosk is not set up yet: the network's IT person sets the operator PIN "
        "(kiosk provision).",
    ),
}


def weak_pin_text(pin: str) -> Callable[[], str] | None:
    """Why ``pin`` cannot be the new PIN, as a text for the volunteer; ``None`` if it can."""
    from kiosk.operator.pin import pin_problem

    problem = pin_problem(pin)
    if problem is None:
        return None
    if problem in ("digits", "length"):
        return lambda: translate("OperatorPin", "A PIN has 6 to 12 digits.")
    return lambda: translate(
        "OperatorPin",
        "This PIN is too easy to guess (repeated or consecutive digits). Choose another.",
    )
