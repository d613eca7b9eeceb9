"""Spare start-up PySide6's reading of the source file of every module imported after it.

Importing PySide6 replaces Python's ``__import__`` with shiboken's hook
(``shibokensupport.feature``). For its opt-in ``from __feature__ import snake_case`` syntax, the
hook records, for each module an import statement names for the first time, whether that module
"uses PySide", and decides it by reading the module's whole source file
(``inspect.getsource``, which also keeps the text in ``linecache``). Before the welcome page is
painted that is some sixty files (the kiosk's UI modules and the standard library modules they
name), about 10 ms of the start-up that ``bench/startup.py`` measures.

:func:`scan_namespaces_instead` gives the hook the same answer from the module's namespace: a
module uses PySide when one of its globals is a PySide6 module or an object defined in one. The
kiosk never selects a ``__feature__``, so the answer changes nothing it does; if the pinned
PySide6 no longer has the hook in this shape, the function leaves it alone and returns False
(start-up then reads the sources as before; ``tests/gui/test_startup_path.py`` notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["scan_namespaces_instead", "uses_pyside"]

_HOOK_MODULE = "shibokensupport.feature"
_PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether one of the module's globals is a PySide6 (or shiboken6) module or comes from one.

    Reads no file. An object whose ``__module__`` cannot be read is skipped."""
    namespace = getattr(module, "__dict__", None)
    if not isinstance(namespace, dict):
        return False
    for value in list(namespace.values()):
        try:
            origin = value.__name__ if isinstance(value, ModuleType) else value.__module__
        except Exception:  # noqa: BLE001 - any object may sit in a namespace; skip what won't say
            origin = None
        if isinstance(origin, str) and origin.startswith(_PREFIXES):
            return True
    return False


def scan_namespaces_instead() -> bool:
    """Import PySide6 and make its import hook use :func:`uses_pyside`; True if it did.

    Call it before the UI modules are imported (``kiosk.main`` does). Safe to call again."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    hook = sys.modules.get(_HOOK_MODULE)
    current = getattr(hook, "_mod_uses_pyside", None)
    if current is uses_pyside:
        return True
    if hook is None or not callable(current):
        return False  # logging is not set up yet: nothing would read a message
    hook._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
