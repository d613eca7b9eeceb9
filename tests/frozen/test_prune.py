"""packaging/prune.py without building: which Qt plugins stay, and which libraries go with them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "kiosk_packaging_prune", ROOT / "packaging" / "prune.py"
)
assert _spec is not None and _spec.loader is not None
prune = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prune)

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/imageformats/libqjpeg.so", True),
        (f"{QT}/plugins/imageformats/libqpdf.so", False),
        (f"{QT}/plugins/imageformats/libqsvg.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/tls/libqopensslbackend.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6\\plugins\\imageformats\\qgif.dll", False),
        (f"{QT}/lib/libQt6Core.so.6", True),  # not a plugin: left to the reachability walk
    ],
)
def test_plugin_selection(dest: str, kept: bool) -> None:
    assert prune.plugin_kept(dest) is kept


def test_libraries_only_dropped_plugins_needed_go_with_them() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        (f"{QT}/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        (f"{QT}/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        (f"{QT}/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/src/libqpdf.so": ["libQt6Pdf.so.6", "libQt6Core.so.6"],
        "/src/libQt6Pdf.so.6": ["libQt6Core.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
    }
    datas = [
        ("libQt6Pdf.so.6", f"{QT}/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Core.so.6", f"{QT}/lib/libQt6Core.so.6", "SYMLINK"),
        (f"{QT}/translations/qtbase_nl.qm", "/src/qtbase_nl.qm", "DATA"),
        ("kiosk/ui/theme.qss", "/src/theme.qss", "DATA"),
    ]

    def imports_of(path: str) -> list[tuple[str, str | None]]:
        return [(name, f"/src/{name}") for name in links.get(path, [])] + [("libc.so.6", None)]

    kept, kept_datas, dropped = prune.prune(binaries, datas, imports_of)
    assert [b[0] for b in kept] == [
        "PySide6/QtWidgets.abi3.so",
        f"{QT}/lib/libQt6Widgets.so.6",
        f"{QT}/lib/libQt6Core.so.6",
        f"{QT}/lib/libQt6XcbQpa.so.6",
        f"{QT}/plugins/platforms/libqxcb.so",
        "libpython3.11.so.1.0",  # loaded by the bootloader: nothing links to it
    ]
    assert [d[0] for d in kept_datas] == ["libQt6Core.so.6", "kiosk/ui/theme.qss"]
    assert dropped == sorted(
        [
            f"{QT}/plugins/imageformats/libqpdf.so",
            f"{QT}/lib/libQt6Pdf.so.6",
            "libQt6Pdf.so.6",
            f"{QT}/translations/qtbase_nl.qm",
        ]
    )
