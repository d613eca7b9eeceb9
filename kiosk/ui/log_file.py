"""The kiosk's log file: rotated, and readable by the kiosk's account only.

Its own module because :mod:`logging.handlers` is a slow import (sockets, pickle, queues) that
the kiosk loads only once the welcome page is on screen (:func:`kiosk.ui.app.configure_logging`).
"""

from __future__ import annotations

import logging.handlers
import os
from typing import Any

__all__ = ["PrivateRotatingFileHandler"]


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by the kiosk's account only (0600), the rotated ones too: they name
    no one, but they are the stand's operational record."""

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)
