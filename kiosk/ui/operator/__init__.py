"""The volunteer (operator) mode in the Qt UI: a hidden gesture, the PIN screens and the panel,
over the main window. The kiosk calls :func:`install_operator_mode` once, in
``Kiosk.start()``.

Modules: :mod:`.host` (what the panel needs of the kiosk), :mod:`.gesture` (the long press and
the shortcut), :mod:`.mode` (the controller) and :mod:`.controller` (what the step flows use of
it), :mod:`.pin_flow` (the PIN steps),
:mod:`.action_flows` (what the panel's actions do), :mod:`.views`, :mod:`.pin_views`,
:mod:`.panel` and :mod:`.actions` (the screens). The Qt-free core is :mod:`kiosk.operator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.ui.operator.host import OperatorHost
from kiosk.ui.operator.mode import OperatorMode

if TYPE_CHECKING:
    from kiosk.ui.i18n import Translations
    from kiosk.ui.main_window import MainWindow

__all__ = ["OperatorHost", "OperatorMode", "install_operator_mode"]


def install_operator_mode(
    window: MainWindow, host: OperatorHost, translations: Translations, **options: Any
) -> OperatorMode:
    """Watch ``window`` for the operator gesture and build the panel (hidden until then).

    The panel acts on ``host``'s services of the moment (:class:`OperatorHost`). ``options``
    go to :class:`OperatorMode` (tests: ``pin_store``, ``clock``, ``drives``,
    ``save_override``, ``idle_ms``, ``hold_ms``). Call :meth:`OperatorMode.remove` when the
    kiosk closes.
    """
    return OperatorMode(window, host, translations, **options)
