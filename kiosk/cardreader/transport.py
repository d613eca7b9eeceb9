"""The small interface between the card-reading code and whatever carries APDUs.

Implementations: :class:`kiosk.cardreader.pcsc.PcscTransport` (a real reader through PC/SC)
and :class:`kiosk.cardreader.virtual.card.VirtualTransport` (the emulated card, in-process).
A transport is *raw*: it returns exactly what the card answered, including ``61 xx`` and
``6C xx`` status words; T=0 handling lives in :mod:`kiosk.cardreader.apdu`.
"""

from __future__ import annotations

from typing import Protocol


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
