"""What the operator panel needs from the kiosk around it: the :class:`OperatorHost` Protocol.

The :class:`~kiosk.ui.app.Kiosk` implements it; GUI tests use a small fake. The panel never
reaches into the kiosk otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from kiosk.config.settings import KioskSettings
    from kiosk.services import Services
    from kiosk.ui.bridges import SyncBridge

__all__ = ["OperatorHost"]


@runtime_checkable
class OperatorHost(Protocol):
    """The kiosk, as the operator panel sees it."""

    @property
    def settings(self) -> KioskSettings:
        """The settings in force (languages offered, stand, demo...)."""
        ...

    @property
    def services(self) -> Services:
        """The services of the moment: :meth:`switch_demo` replaces them, so the panel reads
        this each time it acts."""
        ...

    @property
    def sync_bridge(self) -> SyncBridge:
        """Where the sync worker's status goes (the status strip): a queue the volunteer
        unlocks starts its worker with this bridge's ``post``. Replaced with the services."""
        ...

    def wipe_session(self) -> None:
        """Drop the visit: the citizen's data leaves every widget, the flow is on welcome."""
        ...

    def switch_demo(self, on: bool) -> None:
        """Restart the services in demo mode (``on``) or in real mode."""
        ...

    def set_default_language(self, language: str) -> None:
        """Each new visitor starts in ``language`` from now on."""
        ...

    def exit_kiosk(self) -> None:
        """Leave the kiosk application (a volunteer closes the stand)."""
        ...

    def reader_state(self) -> str:
        """The card reader's state (a :class:`~kiosk.cardreader.reader_state.ReaderState` value)."""
        ...
