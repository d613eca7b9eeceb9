"""The small interface between the card-reading code and whatever carries APDUs.

Implementations: :class:`kiosk.cardreader.pcsc.PcscTransport` (a real reader through PC/SC)
and :class:`kiosk.cardreader.virtual.card.VirtualTransport` (the emulated card, in-process).
A transport is *raw*: it returns exactly what the card answered, including ``61 xx`` and
``6C xx`` status words; T=0 handling lives in :mod:`kiosk.cardreader.apdu`.

Two wrappers a read puts around it: :class:`LimitedTransport` holds the read to its budget of
commands and time (:class:`ReadLimits`), :class:`AbortableTransport` ends it when the card
monitor stops.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.cardreader.errors import CardReadError, ReadLimitError


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


@dataclass(frozen=True)
class ReadLimits:
    """What one read may cost before it is refused as a read error.

    Measured on our virtual specimen cards (every profile, photo and address, applet 1.7 and
    1.8, with and without T=0 GET RESPONSE): at most 63 APDUs, and 1.56 s in the timing model
    of :mod:`kiosk.cardreader.virtual.timing` (the slowest, applet 1.7 rate); a real card in a
    USB reader takes 0.5-2 s. The budget leaves a wide margin over both:

    ``max_apdus``: 1000, 16 times our largest read (a real read with retries is a few hundred).
    ``max_seconds``: 20 s, 10 times a slow real read, and less than the 30 s after which the
    screen gives up, so the monitor is free again before the citizen is told to try again.
    ``max_get_responses``: GET RESPONSE commands to fetch one answer. A card hands over a whole
    answer (at most 256 bytes) in one; 4 leaves room for a reader that passes it in 64-byte
    pieces, and stops a card that drips it out 4 bytes at a time.

    A single command is not interrupted: the reader's own timeout ends a card that never
    answers; the read fails as soon as a command returns past the deadline.
    """

    max_apdus: int = 1000
    max_seconds: float = 20.0
    max_get_responses: int = 4


READ_LIMITS = ReadLimits()


class LimitedTransport:
    """Passes commands through while the read is within its :class:`ReadLimits`; then raises
    :class:`~kiosk.cardreader.errors.ReadLimitError`. The clock starts at construction."""

    def __init__(
        self,
        inner: ApduTransport,
        limits: ReadLimits = READ_LIMITS,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner
        self._limits = limits
        self._clock = clock
        self._started = clock()
        self.count = 0

    def __repr__(self) -> str:
        return f"LimitedTransport(count={self.count}, limits={self._limits!r})"

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        if self.count >= self._limits.max_apdus:
            raise ReadLimitError(
                f"read stopped after {self.count} commands: no eID needs that many"
            )
        self._check_time()
        self.count += 1
        response = self._inner.transmit(apdu)
        self._check_time()
        return response

    def atr(self) -> bytes:
        return self._inner.atr()

    def _check_time(self) -> None:
        elapsed = self._clock() - self._started
        if elapsed > self._limits.max_seconds:
            raise ReadLimitError(
                f"read stopped after {elapsed:.1f} s and {self.count} commands: "
                f"the limit is {self._limits.max_seconds:.0f} s"
            )
