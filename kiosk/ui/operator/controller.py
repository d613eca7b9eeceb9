"""What the operator mode's step flows use of it: the :class:`OperatorController` Protocol.

:class:`~kiosk.ui.operator.mode.OperatorMode` builds the screens and owns the navigation; the
PIN steps (:mod:`.pin_flow`) and the panel's actions (:mod:`.action_flows`) drive them through
this Protocol. So the mode imports the two flows and neither imports the mode: no import cycle
between the controller's files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kiosk.operator.pin import PinStore
    from kiosk.operator.queue_actions import QueueActions
    from kiosk.services import Services
    from kiosk.ui.bridges import Background
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.operator.actions import AckView, ExportView, QueuePassphraseView, RejectedView
    from kiosk.ui.operator.host import OperatorHost
    from kiosk.ui.operator.panel import PanelView
    from kiosk.ui.operator.pin_views import PinPadView
    from kiosk.ui.operator.views import ConfirmView, LanguageView, LockedView, View

__all__ = ["OperatorController"]


class OperatorController(Protocol):
    """The operator mode, as its PIN steps and the panel's actions see it."""

    host: OperatorHost
    window: MainWindow
    background: Background  # slow work (the export, the queue passphrase) off the GUI thread

    # The screens.
    panel: PanelView
    pin_view: PinPadView
    locked_view: LockedView
    confirm_view: ConfirmView
    language_view: LanguageView
    rejected_view: RejectedView
    export_view: ExportView
    ack_view: AckView
    passphrase_view: QueuePassphraseView

    @property
    def services(self) -> Services:
        """The host's services of the moment."""
        ...

    @property
    def queue_actions(self) -> QueueActions:
        """The volunteer's audited actions on those services."""
        ...

    @property
    def pin_store(self) -> PinStore: ...

    def show_view(self, view: View) -> None:
        """Bring ``view`` to the front."""
        ...

    def show_panel(self, message: Callable[[], str] | None = None) -> None:
        """Back to the panel, with an optional message (a translated text, made when shown)."""
        ...

    def close(self) -> None:
        """Leave the operator mode."""
        ...
