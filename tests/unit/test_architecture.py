"""Architecture rules that keep the core portable, Qt inside ``kiosk/ui/`` and the hardware behind
one seam.

The rules read each module's source with :mod:`ast`, so every import statement counts: at module
level, inside functions (a deferred import is still a dependency) and under ``TYPE_CHECKING``
(a core whose annotations name Qt or the UI depends on them too, and the type checker follows
them; no such import is needed today). Only ``kiosk.main``, the command's front door, may import
the UI package: it sends the kiosk command to it. A runtime check completes the source rules:
importing every core module loads no Qt, not even through a third-party library.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kiosk

PKG = Path(kiosk.__file__).parent
QT_PACKAGES = ("PySide6", "shiboken6")
ENTRY_POINT = "kiosk.main"  # the command's front door: it dispatches to the UI


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PKG.rglob("*.py"))}


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, wherever the import statement is; relative imports
    resolved against ``module``. ``from a import b`` yields ``a`` and ``a.b`` (``b`` may be a
    module)."""
    found: set[str] = set()
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _imports() -> dict[str, set[str]]:
    return {
        name: imports_of(path.read_text("utf-8"), name, is_package=path.name == "__init__.py")
        for name, path in _modules().items()
    }


def _is_ui(name: str) -> bool:
    return name == "kiosk.ui" or name.startswith("kiosk.ui.")


def test_the_import_reader_sees_imports_in_functions_and_under_type_checking() -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..other import thing\n"
        "if TYPE_CHECKING:\n"
        "    from PySide6.QtCore import QObject\n"
        "def check():\n"
        "    import shiboken6\n"
        "    from PySide6 import QtCore\n"
    )
    found = imports_of(source, "kiosk.pkg.mod")
    assert {"kiosk.pkg", "kiosk.pkg.sibling", "kiosk.other", "kiosk.other.thing"} <= found
    assert {"PySide6.QtCore", "shiboken6", "PySide6"} <= found


def test_nothing_outside_kiosk_ui_imports_qt() -> None:
    offenders = sorted(
        f"{name} imports {imported}"
        for name, imported_names in _imports().items()
        if not _is_ui(name)
        for imported in imported_names
        if imported.split(".")[0] in QT_PACKAGES
    )
    assert offenders == []


def test_the_core_does_not_import_the_ui() -> None:
    # kiosk.ui imports Qt: a core module importing it imports Qt, only later.
    offenders = sorted(
        f"{name} imports {imported}"
        for name, imported_names in _imports().items()
        if not _is_ui(name) and name != ENTRY_POINT
        for imported in imported_names
        if _is_ui(imported)
    )
    assert offenders == []


def test_only_the_pcsc_adapter_imports_pyscard() -> None:
    importers = sorted(
        name
        for name, imported_names in _imports().items()
        if any(imported.split(".")[0] == "smartcard" for imported in imported_names)
    )
    assert importers == ["kiosk.cardreader.pcsc"]


def test_no_modules_import_each_other_in_a_circle() -> None:
    # A package's __init__ re-exporting its modules is left out: its modules importing names
    # from it are not a cycle of responsibilities.
    modules = _modules()
    edges = {
        name: {
            imported
            for imported in imported_names
            if imported in modules and imported != name and modules[imported].name != "__init__.py"
        }
        for name, imported_names in _imports().items()
    }
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycles.append(path[path.index(name) :] + [name])
            return
        if name in done:
            return
        for imported in sorted(edges[name]):
            visit(imported, [*path, name])
        done.add(name)

    for name in sorted(edges):
        visit(name, [])
    assert cycles == []


def test_core_modules_do_not_load_qt_when_imported() -> None:
    modules = [name for name in _modules() if not _is_ui(name) and name != ENTRY_POINT]
    assert "kiosk.services" in modules and "kiosk.selftest" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imports Qt: {out.stdout.strip()}"
