"""Where the kiosk's log lines go: the console, and a rotated file in the data folder's ``logs/``.

Volunteers send the log files when something went wrong at a stand, so they are kept small
(2 MB, five files: the current one and four older) and private to the kiosk's OS account
(folder 0700, files 0600): they name no one, but they are the stand's operational record.
A line logged with ``extra={"console": False}`` goes to the file only (the kiosk has already
printed it plainly on stderr). No Qt here: the ``kiosk`` command sets logging up before its
window exists.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from kiosk.files import default_data_dir, ensure_private_dir

__all__ = [
    "LOG_FILES",
    "LOG_FILE_BYTES",
    "ConsoleFilter",
    "PrivateRotatingFileHandler",
    "configure_logging",
    "log_dir",
]

log = logging.getLogger(__name__)

LOG_FILE_BYTES = 2 * 1024 * 1024
LOG_FILES = 5  # the current file and four older ones
LOG_FILE_NAME = "kiosk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ConsoleFilter(logging.Filter):
    """Keeps records marked ``extra={"console": False}`` (already printed plainly) off stderr."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "console", True)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created readable by the kiosk's account only (0600), the rotated
    files too."""

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_dir(data_dir: Path | None = None) -> Path | None:
    """The log folder: ``logs`` in ``data_dir`` (the settings' ``data_dir``) or in the user's
    data folder; None if there is no user data folder."""
    try:
        return (data_dir or default_data_dir()) / "logs"
    except Exception:  # noqa: BLE001 - no user data folder: the console still gets the logs
        return None


def configure_logging(folder: Path | None) -> Path | None:
    """Log at INFO to stderr and, when ``folder`` can be written, to ``folder/kiosk.log``.
    Returns the log file, or None when there is none (the console still gets every line)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter(FORMAT))
    console.addFilter(ConsoleFilter())
    root.addHandler(console)
    if folder is None:
        return None
    path = folder / LOG_FILE_NAME
    try:
        ensure_private_dir(folder.parent)  # the data folder, when the log comes first
        ensure_private_dir(folder)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILES - 1, encoding="utf-8"
        )
    except OSError as error:
        log.warning("no log file in %s (%s): logging to the console only", folder, error.strerror)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
