"""A card monitor backend over an in-process virtual reader, for demo mode and tests.

:class:`VirtualBackend` is a :class:`~kiosk.cardreader.monitor.MonitorBackend`: the
:class:`~kiosk.cardreader.monitor.CardMonitor` drives it exactly as it drives the PC/SC backend,
so demo mode runs the same monitor thread, events and verified reads as a real reader. A
presenter (the demo panel) calls :meth:`VirtualBackend.insert` and :meth:`VirtualBackend.remove`
from the GUI thread; the monitor thread sees the change at its next (or current) wait.

Reads go through :func:`kiosk.cardreader.reader.read_card` on a
:class:`~kiosk.cardreader.virtual.card.VirtualTransport`, verified against the specimen's own
test root (the specimens are signed by this process's test PKI, never by a Belgian root), so a
"damaged" card (a flipped byte) fails verification like a forged real one would. A
submission's challenge (:meth:`VirtualBackend.authenticate`) goes to the same virtual card;
``insert(..., clone=True)`` puts in a clone (right files, wrong basic key).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from kiosk.cardreader.belpic import FID_ID
from kiosk.cardreader.errors import CardReadError, NoCardError, NoReaderError
from kiosk.cardreader.reader import CardRead, authenticate_card, read_card
from kiosk.cardreader.transport import AbortableTransport
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.model import CardProfile, Faults
from kiosk.cardreader.virtual.profiles import build_profile

__all__ = ["DEFAULT_READER", "VirtualBackend"]

log = logging.getLogger(__name__)

DEFAULT_READER = "Virtual eID reader 0"


@dataclass(frozen=True)
class _Inserted:
    profile: CardProfile
    transport: VirtualTransport
    token: int


class VirtualBackend:
    """One virtual reader that a presenter (or a test) fills with specimen cards.

    Args:
        reader: the reader's name in events.
        connected: whether the reader is plugged in at the start.
        latency_s: added before each APDU answer, so a demo shows the reading step for about
            as long as a real card takes (a real read is 0.5-2 s; in-process it is instant).
        clock, sleep: the time a read's budget is measured in and what the card's delays and
            the reader's pauses wait with (tests pass a fake clock's, so a slow hostile card
            costs no real time).

    Thread-safety: :meth:`insert`, :meth:`remove`, :meth:`plug`, :meth:`unplug`, :meth:`wake`
    and :meth:`abort` may be called from any thread; :meth:`snapshot`, :meth:`read` and
    :meth:`close` run on the monitor's worker.
    """

    def __init__(
        self,
        *,
        reader: str = DEFAULT_READER,
        connected: bool = True,
        latency_s: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if latency_s < 0:
            raise ValueError("latency_s must be >= 0")
        self.reader = reader
        self._latency_s = latency_s
        self._clock = clock
        self._sleep = sleep
        self._cond = threading.Condition()
        self._connected = connected
        self._card: _Inserted | None = None
        self._tokens = 0
        self._version = 0  # bumped on every change the monitor must see
        self._seen = -1  # the version the last snapshot returned
        self._woken = False
        self._aborted = threading.Event()

    def __repr__(self) -> str:
        card = self._card.profile.name if self._card else None
        return f"VirtualBackend(connected={self._connected}, card={card!r})"

    # -- the presenter's side ---------------------------------------------------------------

    @property
    def inserted(self) -> str | None:
        """The name of the specimen profile in the reader, or None."""
        card = self._card
        return card.profile.name if card else None

    @property
    def connected(self) -> bool:
        return self._connected

    def insert(
        self,
        profile: str,
        *,
        damaged: bool = False,
        inactive: bool = False,
        clone: bool = False,
        faults: Faults | None = None,
    ) -> None:
        """Put the named specimen card (see ``PROFILES``) in the reader, replacing any card.

        ``damaged``: one byte of the identity file is flipped, so the signature check fails.
        ``inactive``: a card whose applet answers nothing (read as "not an eID").
        ``clone``: the files of an applet-1.8 card on another chip: it reads fine and fails the
        submission's challenge.
        ``faults``: more faults (a hostile card, see :class:`Faults`); the reader's latency
        is added to theirs.
        """
        built = build_profile(profile)
        faults = replace(
            faults or Faults(),
            flip_byte=(FID_ID, 20) if damaged else (faults.flip_byte if faults else None),
            latency_s=self._latency_s + (faults.latency_s if faults else 0.0),
            clone=clone or (faults.clone if faults else False),
        )
        transport = VirtualTransport(
            VirtualCard(built, inactive=inactive), faults, sleep=self._sleep
        )
        with self._cond:
            if self._card is not None:
                self._card.transport.remove()
            self._tokens += 1
            self._card = _Inserted(built, transport, self._tokens)
            self._changed()
        log.info("virtual card inserted (specimen profile)")

    def remove(self) -> None:
        """Take the card out; a read in progress fails as a real one would (card removed)."""
        with self._cond:
            if self._card is None:
                return
            self._card.transport.remove()
            self._card = None
            self._changed()
        log.info("virtual card removed")

    def unplug(self) -> None:
        """Disconnect the reader (its card goes with it)."""
        with self._cond:
            if self._card is not None:
                self._card.transport.remove()
                self._card = None
            self._connected = False
            self._changed()

    def plug(self) -> None:
        with self._cond:
            self._connected = True
            self._changed()

    def _changed(self) -> None:
        self._version += 1
        self._cond.notify_all()

    # -- MonitorBackend -------------------------------------------------------------------------

    def snapshot(self, timeout_s: float) -> Mapping[str, int | None]:
        with self._cond:
            self._cond.wait_for(
                lambda: self._woken or self._version != self._seen, timeout=max(timeout_s, 0.0)
            )
            self._woken = False
            self._seen = self._version
            if not self._connected:
                return {}
            return {self.reader: self._card.token if self._card else None}

    def wake(self) -> None:
        with self._cond:
            self._woken = True
            self._cond.notify_all()

    def read(self, reader: str, *, photo: bool, address: bool) -> CardRead:
        card = self._card_in(reader)
        if self._aborted.is_set():
            raise CardReadError("read not started: the card monitor is stopping")
        trust = [card.profile.trust_root_pem] if card.profile.trust_root_pem else []
        return read_card(
            AbortableTransport(card.transport, self._aborted),
            photo=photo,
            address=address,
            extra_roots=trust,
            clock=self._clock,
            sleep=self._sleep,
        )

    def authenticate(self, reader: str, basic_key: bytes, challenge: bytes) -> bytes:
        """The virtual card signs ``challenge`` as a real one would (a clone fails)."""
        card = self._card_in(reader)
        if self._aborted.is_set():
            raise CardReadError("challenge not started: the card monitor is stopping")
        return authenticate_card(
            AbortableTransport(card.transport, self._aborted), basic_key, challenge
        )

    def _card_in(self, reader: str) -> _Inserted:
        with self._cond:
            if not self._connected or reader != self.reader:
                raise NoReaderError("no virtual reader by that name")
            card = self._card
        if card is None:
            raise NoCardError("the virtual reader is empty")
        return card

    def abort(self) -> None:
        self._aborted.set()

    def close(self) -> None:
        """Nothing to release: the card stays in the virtual reader, as a real one would."""
