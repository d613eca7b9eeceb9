"""What the kiosk bundle leaves out: Qt plugins it never loads, and the libraries only they needed.

PyInstaller's Qt hooks collect every plugin of each Qt module the kiosk imports (QtCore, QtGui,
QtWidgets), and then every library those plugins link against: the PDF and SVG image formats
pull in QtPdf and QtSvg, the GTK theme pulls GTK, the Wayland and EGL-FS platforms pull their
own Qt libraries. :func:`prune` keeps only the plugins in :data:`KEEP_PLUGINS`, then keeps the
libraries reachable from what is left (Python extension modules, the Python library, the kept
plugins) through their link-time imports, and drops the rest. Qt's own translations go too: the
kiosk ships its own ``kiosk_<lang>.qm`` and never loads Qt's.

Used by ``packaging/kiosk.spec`` on every platform; the rules are written on plugin names without
``lib``/``.so``/``.dll`` so one list serves Linux and Windows. Pure functions over PyInstaller's
TOC tuples ``(dest_name, src_name, typecode)``: tested without building (tests/frozen).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

__all__ = ["KEEP_PLUGINS", "is_qt_plugin", "plugin_kept", "prune"]

Entry = tuple[str, str, str]

#: Qt plugin folder -> plugin base names (no ``lib`` prefix, no suffix) the kiosk may load.
#: A folder not listed here is dropped whole.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # offscreen: self-test and CI; minimal: fallback; xcb: X11 (and XWayland on a Wayland
    # desktop); linuxfb: a stand with no display server; windows: Windows.
    "platforms": frozenset({"qoffscreen", "qminimal", "qxcb", "qlinuxfb", "qwindows"}),
    # The identity page shows the card photo, a JPEG. PNG and BMP are built into QtGui; the QR
    # code is drawn into a QImage directly.
    "imageformats": frozenset({"qjpeg"}),
    # Dead keys on a physical keyboard (operator mode).
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin"}),
    # Touch screens without a display server (linuxfb + evdev).
    "generic": frozenset({"qevdevtouchplugin", "qevdevmouseplugin", "qevdevkeyboardplugin"}),
    # X11 with OpenGL contexts; QtGui itself links libGL/libEGL from the host anyway.
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    # The native Windows widget style (Qt 6.7+ loads it as a plugin); the style sheet draws
    # the rest.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

# Linux wheels keep Qt under PySide6/Qt/, Windows wheels directly under PySide6/.
_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/(?P<folder>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/[^/]+\.qm$")
# Python extension modules and the Python library itself (loaded by the bootloader, so nothing
# links to it): the roots of the reachability walk.
_PY_EXTENSION = re.compile(r"(\.cpython-[^/]*\.so|\.abi3\.so|\.pyd|/lib-dynload/[^/]+\.so)$")
_PYTHON_LIB = re.compile(r"(^|/)(libpython3[^/]*\.so[^/]*|python3\d*\.dll)$", re.IGNORECASE)


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def is_qt_plugin(dest: str) -> bool:
    return _PLUGIN.search(_norm(dest)) is not None


def _plugin_base(file: str) -> str:
    name = file.split(".", 1)[0]  # libqxcb.so -> libqxcb; qwindows.dll -> qwindows
    return name.removeprefix("lib")


def plugin_kept(dest: str) -> bool:
    """True for a Qt plugin in :data:`KEEP_PLUGINS` (and for anything that is not a plugin)."""
    match = _PLUGIN.search(_norm(dest))
    if match is None:
        return True
    wanted = KEEP_PLUGINS.get(match["folder"], frozenset())
    return _plugin_base(match["file"]) in wanted


def _is_root(dest: str) -> bool:
    dest = _norm(dest)
    return bool(_PY_EXTENSION.search(dest) or _PYTHON_LIB.search(dest)) or is_qt_plugin(dest)


def prune(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    imports_of: Callable[[str], Iterable[tuple[str, str | None]]],
) -> tuple[list[Entry], list[Entry], list[str]]:
    """``(binaries, datas, dropped)``: unwanted plugins and Qt translations removed, and every
    shared library no kept root reaches through ``imports_of`` (PyInstaller's
    ``bindepend.get_imports``: ``{(name, full path or None)}``) removed.

    Libraries are matched on their source file's real path, so a symlinked ``.so.6`` and its
    target are one library. Symlink entries follow their target.
    """
    binaries, datas = list(binaries), list(datas)
    dropped: list[str] = []

    kept_bins: list[Entry] = []
    for entry in binaries:
        if plugin_kept(entry[0]):
            kept_bins.append(entry)
        else:
            dropped.append(entry[0])

    by_real: dict[str, list[Entry]] = {}
    for entry in kept_bins:
        if entry[2] != "SYMLINK":
            by_real.setdefault(os.path.realpath(entry[1]), []).append(entry)
    reached: set[str] = set()
    todo = [os.path.realpath(e[1]) for e in kept_bins if e[2] != "SYMLINK" and _is_root(e[0])]
    while todo:
        path = todo.pop()
        if path in reached:
            continue
        reached.add(path)
        for _name, full in imports_of(path):
            if full is not None:
                real = os.path.realpath(full)
                if real in by_real and real not in reached:
                    todo.append(real)

    result: list[Entry] = []
    kept_dests: set[str] = set()
    for entry in kept_bins:
        if entry[2] == "SYMLINK":
            continue
        if os.path.realpath(entry[1]) in reached:
            result.append(entry)
            kept_dests.add(_norm(entry[0]))
        else:
            dropped.append(entry[0])
    kept_dests.update(_norm(entry[0]) for entry in datas if entry[2] != "SYMLINK")

    def keep_link(entry: Entry) -> bool:
        # PyInstaller puts symlinks (to libraries and to data) in either list; src_name is the
        # target relative to the link's folder. A link to a dropped file goes with it.
        target = os.path.normpath(str(PurePath(_norm(entry[0])).parent / _norm(entry[1])))
        target = target.replace("\\", "/")
        return target in kept_dests or any(d.startswith(target + "/") for d in kept_dests)

    for entry in kept_bins:
        if entry[2] != "SYMLINK":
            continue
        if keep_link(entry):
            result.append(entry)
        else:
            dropped.append(entry[0])

    kept_datas: list[Entry] = []
    for entry in datas:
        unwanted = _QT_TRANSLATION.search(_norm(entry[0])) or not plugin_kept(entry[0])
        if unwanted or (entry[2] == "SYMLINK" and not keep_link(entry)):
            dropped.append(entry[0])
        else:
            kept_datas.append(entry)
    return result, kept_datas, sorted(dropped)
