"""Reading a file the configuration names, safely: only a regular file, and only a small one.

The settings file and every file a setting names (CA bundle, trust roots, export key, client
certificate and key) are read whole. Without a check, ``/dev/zero`` fills the memory and a FIFO
blocks the kiosk's start for ever; a huge file costs seconds and memory before its first line
is even looked at. :func:`read_bounded` opens without blocking, refuses anything but a regular
file and anything over :data:`MAX_FILE_BYTES`, before reading a byte.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "FileRefused", "read_bounded"]

#: far above any real settings file or PEM bundle (a full public CA bundle is ~220 KB)
MAX_FILE_BYTES = 1024 * 1024

# O_NONBLOCK: opening a FIFO for reading waits for a writer without it (POSIX only).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


class FileRefused(ValueError):
    """The file is there but is not one to read: ``problem`` says why, in a few words."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``. Raises :class:`FileRefused` for a folder, device, pipe or socket
    and for a file larger than ``limit``; ``OSError`` (e.g. ``FileNotFoundError``) when it
    cannot be opened, ``ValueError`` for a NUL in the name."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            raise FileRefused(f"is too large ({_size(info.st_size)}; at most {_size(limit)})")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(limit + 1 - total, 1 << 16) or 1):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew since fstat
                raise FileRefused(f"is too large (more than {_size(limit)})")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{(n + 1023) // 1024} KB"
