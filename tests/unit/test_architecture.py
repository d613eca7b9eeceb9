"""Architecture rules that keep the core portable and the hardware behind one seam."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kiosk

PKG = Path(kiosk.__file__).parent


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PKG)], prefix="kiosk."):
        if info.name.startswith("kiosk.ui"):
            continue
        names.append(info.name)
    return names


def test_core_modules_do_not_import_qt() -> None:
    modules = _core_modules()
    assert modules, "no core modules found"
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imports Qt: {out.stdout.strip()}"


def test_only_the_pcsc_adapter_imports_pyscard() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+smartcard\b", re.MULTILINE)
    importers = sorted(
        str(p.relative_to(PKG)) for p in PKG.rglob("*.py") if pattern.search(p.read_text("utf-8"))
    )
    assert importers == ["cardreader/pcsc.py"]
