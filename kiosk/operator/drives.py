"""Removable drives a volunteer can export the queue to (a USB stick).

Linux: the mount points under ``/media/<user>/<label>``, ``/run/media/<user>/<label>`` (where
desktop automounters put sticks) and ``/mnt/<name>``; only real mount points we may write to.
Windows: the drive letters whose type is "removable" (``GetDriveTypeW`` == 2). Other systems:
none. Tests pass their own ``patterns`` and ``require_mount=False``.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LINUX_PATTERNS", "Drive", "removable_drives"]

log = logging.getLogger(__name__)

LINUX_PATTERNS: tuple[str, ...] = ("/media/*/*", "/run/media/*/*", "/mnt/*")
_DRIVE_REMOVABLE = 2


@dataclass(frozen=True)
class Drive:
    """A place an export can be written: its folder, a short name to show, free bytes."""

    path: Path
    name: str
    free_bytes: int | None


def removable_drives(
    patterns: Sequence[str] | None = None, *, require_mount: bool = True
) -> list[Drive]:
    """The writable removable drives now, sorted by name."""
    if patterns is None and sys.platform == "win32":
        return _windows_drives()
    if patterns is None and not sys.platform.startswith("linux"):
        return []
    found: dict[Path, Drive] = {}
    for pattern in patterns if patterns is not None else LINUX_PATTERNS:
        for name in glob.glob(pattern):
            path = Path(name)
            if path in found or not path.is_dir():
                continue
            if require_mount and not os.path.ismount(path):
                continue
            if not os.access(path, os.W_OK):
                continue
            found[path] = Drive(path, path.name, _free(path))
    return sorted(found.values(), key=lambda d: (d.name.lower(), str(d.path)))


def _free(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def _windows_drives() -> list[Drive]:  # pragma: no cover - exercised on Windows stands only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for i in range(26):
        if not mask & (1 << i):
            continue
        root = f"{chr(ord('A') + i)}:\\"
        if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == _DRIVE_REMOVABLE:
            path = Path(root)
            if os.access(path, os.W_OK):
                drives.append(Drive(path, root[:2], _free(path)))
    return drives
