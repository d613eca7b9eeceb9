"""The small interface between the card-reading code and whatever carries APDUs.

Implementations: :class:`kiosk.cardreader.pcsc.PcscTransport` (a real reader through PC/SC)
and :class:`kiosk.cardreader.virtual.card.VirtualTransport` (the emulated card, in-process).
A transport is *raw*: it returns exactly what the card answered, including ``61 xx`` and
``6C xx`` status words; T=0 handling lives in :mod:`kiosk.cardreader.apdu`.
"""

from __future__ import annotations

import threading
from typing import Protocol

from kiosk.cardreader.errors import CardReadError


class ApduTransport(Protocol):
    """Sends one command APDU and returns the card's raw response."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        """Send ``apdu``; return ``(data, sw1, sw2)``.

        Raises :class:`~kiosk.cardreader.errors.CardRemovedError` if the card is gone and
        :class:`~kiosk.cardreader.errors.CardReadError` for other transmission failures.
        """
        ...

    def atr(self) -> bytes:
        """The card's answer to reset."""
        ...


class AbortableTransport:
    """Passes commands through until ``aborted`` is set, then fails the next one.

    The card monitor wraps the transport of a read with it, so that stopping the monitor ends
    a read at its next command instead of waiting for the whole card to be read.
    """

    def __init__(self, inner: ApduTransport, aborted: threading.Event) -> None:
        self._inner = inner
        self._aborted = aborted

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        if self._aborted.is_set():
            raise CardReadError("read aborted: the card monitor is stopping")
        return self._inner.transmit(apdu)

    def atr(self) -> bytes:
        return self._inner.atr()
