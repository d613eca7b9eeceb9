"""The card reader's state as the kiosk shows it: the status strip, the card pages and the
operator panel read it; :class:`kiosk.flow.reader_tracker.ReaderTracker` keeps it from the card
monitor's events.

Its own small module: the welcome page's status strip needs it before the card monitor loads.
"""

from __future__ import annotations

import enum

__all__ = ["ReaderState"]


class ReaderState(enum.StrEnum):
    """What the card reader is doing, for the status strip and the card pages. Not personal."""

    STARTING = "starting"  # the monitor has not reported yet
    NO_SERVICE = "no-service"  # pcscd / the Smart Card service is not running
    NO_READER = "no-reader"
    READY = "ready"  # a reader, no card
    CARD = "card"  # a card is in the reader
    READING = "reading"
