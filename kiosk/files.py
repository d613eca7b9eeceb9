"""The kiosk's own files on disk: its data folder, folders only this OS account can read, and
writes a crash cannot leave half done.

Used by the queue (:mod:`kiosk.outbox`), the volunteer's settings and PIN, the audit log and the
log file. Kept apart from the queue's records so that start-up (which needs the data folder for
the log and the volunteer's choices) does not load them.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import platformdirs

__all__ = [
    "APP_NAME",
    "default_data_dir",
    "ensure_private_dir",
    "fsync_dir",
    "write_file_atomically",
]

APP_NAME = "ehealth-kiosk"


def default_data_dir() -> Path:
    """The per-user data folder that holds the queue database and its key file."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by this OS account only; tighten it if it exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (path.stat().st_mode & 0o077):
        os.chmod(path, 0o700)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable
    (no-op where directories cannot be synced).
    """
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomically(
    path: Path, data: bytes, *, mode: int = 0o600, replace: bool = True
) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the whole new one.

    Temp file in the same folder (created with ``mode`` before any byte is written), fsync,
    rename, fsync of the folder. With ``replace=False`` an existing ``path`` is never overwritten
    (``FileExistsError``), which is how two processes racing to create the same file agree.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:
                # Filesystems without hard links (FAT sticks): best effort, check then rename.
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
