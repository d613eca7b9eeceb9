"""The volunteer (operator) mode in the Qt UI: a hidden gesture, the PIN screens and the panel,
over the main window. The kiosk calls :func:`install_operator_mode` once, in
``Kiosk.start()``.

Modules: :mod:`.host` (what the panel needs of the kiosk), :mod:`.gesture` (the long press and
the shortcut), :mod:`.mode` (the controller), :mod:`.pin_flow` (the PIN steps),
:mod:`.action_flows` (what the panel's actions do), :mod:`.views`, :mod:`.pin_views`,
:mod:`.panel` and :mod:`.actions` (the screens). The Qt-free core is :mod:`kiosk.operator`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.ui.operator.host import OperatorHost
from kiosk.ui.operator.mode import OperatorMode

if TYPE_CHECKING:
    from kiosk.outbox.sync import SyncStatus
    from kiosk.services import Services
    from kiosk.ui.i18n import Translations
    from kiosk.ui.main_window import MainWindow

__all__ = ["OperatorHost", "OperatorMode", "install_operator_mode"]


def install_operator_mode(
    window: MainWindow,
    services: Services,
    host: OperatorHost,
    translations: Translations,
    *,
    on_sync_change: Callable[[SyncStatus], None] | None = None,
    **options: Any,
) -> OperatorMode:
    """Watch ``window`` for the operator gesture and build the panel (hidden until then).

    ``on_sync_change`` receives the sync worker's status once a volunteer unlocks a queue kept
    behind a passphrase; by default the host's ``sync_bridge.post`` at that moment, when it
    has one (the kiosk replaces its bridge when it switches demo mode). ``options`` go to :class:`OperatorMode` (tests:
    ``pin_store``, ``clock``, ``drives``, ``save_override``, ``idle_ms``, ``hold_ms``).
    Call :meth:`OperatorMode.remove` when the kiosk closes.
    """
    return OperatorMode(window, services, host, translations, on_sync_change=on_sync_change, **options)
