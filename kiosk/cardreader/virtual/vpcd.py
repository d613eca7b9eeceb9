"""Plugging a :class:`VirtualCard` into a running pcscd through the vsmartcard ``vpcd`` driver.

The vpcd reader driver listens on a TCP port; a card emulator connects to it as a client.
Connecting is inserting the card, closing the connection is removing it. Every message is a
2-byte big-endian length then the payload: a 1-byte payload is a control code (0 power off,
1 power on, 2 reset, 4 "send the ATR"), anything longer is a command APDU to answer with the
response APDU. Latency: Nagle plus delayed ACKs cost ~50 ms per APDU, so the socket runs with
``TCP_NODELAY`` and re-arms ``TCP_QUICKACK`` before every ``recv`` (Linux).

Optionally (``timing=``, a :class:`~kiosk.cardreader.virtual.timing.ReaderTiming`) each answer
is held back until the modelled time of that APDU on a real reader has passed since the command
arrived, so benchmarks see a real card's pace; off by default, so tests stay fast.

Only loopback addresses are accepted: the protocol is plaintext and unauthenticated.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable

from kiosk.cardreader.virtual.card import VirtualCard
from kiosk.cardreader.virtual.model import Faults, is_applet_select
from kiosk.cardreader.virtual.timing import CardTiming, ReaderTiming

log = logging.getLogger(__name__)

DEFAULT_PORT = 35963  # 0x8C7B, /etc/reader.conf.d/vpcd: reader "Virtual PCD 00 00"

CTRL_POWER_OFF = 0
CTRL_POWER_ON = 1
CTRL_RESET = 2
CTRL_ATR = 4


class _Disconnected(Exception):
    """The connection to vpcd ended (by either side)."""


def _check_loopback(host: str) -> None:
    if host == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError("the virtual card only connects to vpcd on a loopback address")


def _quickack(sock: socket.socket) -> None:
    # Linux resets QUICKACK after use, so it is re-armed before every read.
    if hasattr(socket, "TCP_QUICKACK"):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        except OSError:
            pass


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        _quickack(sock)
        try:
            chunk = sock.recv(size - len(chunks))
        except OSError as exc:
            raise _Disconnected from exc
        if not chunk:
            raise _Disconnected
        chunks += chunk
    return bytes(chunks)


def _send(sock: socket.socket, payload: bytes) -> None:
    try:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)
    except OSError as exc:
        raise _Disconnected from exc


class VpcdBridge:
    """Serves a virtual card to pcscd's vpcd driver on a daemon thread.

    ``start()`` connects (inserts) and keeps reconnecting while the card is meant to be in
    the reader (vpcd or pcscd may start later or restart). Events for waiting instead of
    sleeping: ``connected`` (TCP link up = card inserted), ``powered`` (pcscd fetched the ATR,
    so PC/SC clients see the card), ``disconnected`` (card out), ``fault_removed`` (the
    ``remove_after`` fault fired; the card stays out until :meth:`insert`).

    pcscd polls vpcd for presence (every 400 ms): a card pulled and put back within one poll
    is never seen as removed, so after a removal the bridge stays out ``min_absence_s``.

    ``timing``: hold each answer until the modelled time of the APDU (for the inserted card's
    ATR) has passed since the command arrived. ``clock`` and ``sleep`` are what that waiting
    uses (tests pass fakes); ``sleep`` blocks the bridge thread, it does not spin.
    """

    def __init__(
        self,
        card: VirtualCard,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        faults: Faults | None = None,
        *,
        retry_interval_s: float = 0.2,
        min_absence_s: float = 1.0,
        timing: ReaderTiming | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        _check_loopback(host)
        self._host = host
        self._port = port
        self._faults = faults or Faults()
        self._retry_interval_s = retry_interval_s
        self._min_absence_s = min_absence_s
        self._timing = timing
        self._clock = clock
        self._sleep = sleep
        self._removed_at = float("-inf")
        self._card = card.with_faults(self._faults)
        self._card_timing = self._timing_of(card)  # a bad ATR fails here, not on the thread
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._want_inserted = True
        self._stopping = False
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._removal_armed = self._faults.remove_after is not None
        self.connected = threading.Event()
        self.powered = threading.Event()
        self.disconnected = threading.Event()
        self.disconnected.set()
        self.fault_removed = threading.Event()  # the remove_after fault has fired
        self.apdu_count = 0  # APDUs answered since the last insertion
        self.fault_removals = 0

    def __repr__(self) -> str:
        return (
            f"VpcdBridge(card={self._card!r}, port={self._port}, "
            f"connected={self.connected.is_set()})"
        )

    @property
    def card(self) -> VirtualCard:
        return self._card

    @property
    def address(self) -> tuple[str, int]:
        return self._host, self._port

    def start(self) -> None:
        """Start serving on a daemon thread (idempotent)."""
        with self._lock:
            if self._thread is not None:
                return
            self._stopping = False
            self._thread = threading.Thread(
                target=self._run, name=f"vpcd-bridge-{self._port}", daemon=True
            )
            self._thread.start()

    def insert(self, card: VirtualCard | None = None) -> None:
        """Insert the card again, or another one (after :meth:`remove` or a fault removal)."""
        with self._wake:
            if card is not None:
                self._card_timing = self._timing_of(card)
                self._card = card.with_faults(self._faults)
            self._want_inserted = True
            self._wake.notify_all()

    def remove(self) -> None:
        """Pull the card out: the connection to vpcd is closed and stays closed."""
        with self._wake:
            self._want_inserted = False
            self._drop_locked()
            self._wake.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        """Remove the card and end the thread."""
        with self._wake:
            self._stopping = True
            self._want_inserted = False
            self._drop_locked()
            self._wake.notify_all()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    def _timing_of(self, card: VirtualCard) -> CardTiming | None:
        return self._timing.for_card(card.atr) if self._timing is not None else None

    def _drop_locked(self) -> None:
        if self._socket is not None:
            try:
                self._socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    # -- the serving thread -------------------------------------------------------------------

    def _run(self) -> None:
        announced_wait = False
        while True:
            with self._wake:
                while not self._stopping and not self._want_inserted:
                    self._wake.wait()
                absent_for = time.monotonic() - self._removed_at
                if absent_for < self._min_absence_s:
                    self._wake.wait_for(lambda: self._stopping, self._min_absence_s - absent_for)
                if self._stopping:
                    return
                if not self._want_inserted:
                    continue
                card, card_timing = self._card, self._card_timing
            try:
                sock = socket.create_connection((self._host, self._port), timeout=2.0)
            except OSError:
                if not announced_wait:
                    log.info("Waiting for the vpcd reader driver on port %d", self._port)
                    announced_wait = True
                with self._wake:
                    self._wake.wait_for(lambda: self._stopping, self._retry_interval_s)
                continue
            announced_wait = False
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._wake:
                if self._stopping or not self._want_inserted:
                    sock.close()
                    continue
                self._socket = sock
                self.apdu_count = 0
            card.power_on()
            self.disconnected.clear()
            self.connected.set()
            log.info("Virtual card inserted (connected to vpcd on port %d)", self._port)
            try:
                self._serve(sock, card, card_timing)
            except _Disconnected:
                pass
            finally:
                with self._wake:
                    self._socket = None
                    self._removed_at = time.monotonic()
                sock.close()
                self.connected.clear()
                self.powered.clear()
                self.disconnected.set()
                log.info("Virtual card removed (disconnected from vpcd)")

    def _serve(self, sock: socket.socket, card: VirtualCard, timing: CardTiming | None) -> None:
        selected = False  # the applet SELECT went through (for the mute fault)
        while True:
            size = int.from_bytes(_recv_exact(sock, 2), "big")
            payload = _recv_exact(sock, size) if size else b""
            if len(payload) == 1:
                self._control(sock, card, payload[0])
                continue
            if not payload:
                continue
            received_at = self._clock()
            if self._fault_removal_due():
                return
            delay_s = self._faults.delay_s(selected=selected)
            selected = selected or is_applet_select(payload)
            if delay_s:
                self._sleep(delay_s)
            response = card.process(payload)
            if timing is not None:
                # From the command's arrival: the emulator's own work is part of the card's time.
                remaining = received_at + timing.apdu_s(payload, response) - self._clock()
                if remaining > 0:
                    self._sleep(remaining)
            # Counted before the answer goes out: once the reader has the last response, a test
            # may read apdu_count at once, and must not race this thread's increment.
            self.apdu_count += 1
            _send(sock, response)
            if self._fault_removal_due():
                return

    def _control(self, sock: socket.socket, card: VirtualCard, code: int) -> None:
        if code in (CTRL_POWER_ON, CTRL_RESET, CTRL_POWER_OFF):
            card.power_on()  # every one of these ends with a card in its reset state
        elif code == CTRL_ATR:
            self.powered.set()  # before the send, for the same reason as apdu_count in _serve
            _send(sock, card.atr)
        else:
            log.debug("Ignoring unknown vpcd control code %d", code)

    def _fault_removal_due(self) -> bool:
        with self._wake:
            limit = self._faults.remove_after
            if not self._removal_armed or limit is None or self.apdu_count < limit:
                return False
            self._removal_armed = False
            self._want_inserted = False
            self.fault_removals += 1
            self.fault_removed.set()
        log.info("Fault injection: removing the virtual card after %d APDUs", self.apdu_count)
        return True
