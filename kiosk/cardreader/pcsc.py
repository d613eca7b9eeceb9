"""The PC/SC adapter: the only module that imports pyscard (``smartcard``).

* :func:`list_readers` / :func:`reader_states`: which readers exist and which hold a card.
* :func:`connect`: a :class:`PcscTransport` (an :class:`~kiosk.cardreader.transport.ApduTransport`)
  to the card in one reader, shared mode, T=0 preferred as the eID speaks only T=0, T=1 accepted
  for readers that insist. :meth:`PcscTransport.transaction` wraps a whole read in
  ``SCardBeginTransaction``/``SCardEndTransaction`` so no other program (the eID viewer, a
  browser's PKCS#11 module) can move the card's current file in the middle of it.
* :class:`PcscBackend`: what :class:`kiosk.cardreader.monitor.CardMonitor` needs: snapshots of
  readers and cards through ``SCardGetStatusChange`` (with a timeout, and ``SCardCancel`` to
  wake it) and verified reads.

PC/SC return codes become our typed errors. A card pulled mid-command does not always say so:
pcscd first returns an empty response or ``SCARD_E_NOT_TRANSACTED`` and only notices the removal
at its next poll of the reader (every 400 ms for the vpcd driver), so after such a failure we
ask pcscd, with a short deadline, whether the card is still there.

Readers named like "Windows Hello for Business" are virtual smart cards that hide or break the
real reader (Fedict/eid-mw#57, #180): they are never listed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Self

from cryptography import x509
from smartcard import scard

from kiosk.cardreader.errors import (
    CardError,
    CardReadError,
    CardRemovedError,
    NoCardError,
    NoPcscServiceError,
    NoReaderError,
    NotAnEidCardError,
)
from kiosk.cardreader.reader import CardRead, authenticate_card, read_card
from kiosk.cardreader.transport import AbortableTransport

__all__ = [
    "PcscBackend",
    "PcscTransport",
    "authenticate_on_reader",
    "connect",
    "list_readers",
    "read_from_reader",
    "reader_states",
    "wait_for_card",
]

log = logging.getLogger(__name__)

_PNP = "\\\\?PnP?\\Notification"
_IGNORED_READERS = ("windows hello for business",)
# pcscd polls readers without hot-plug events every 400 ms: give it two polls and a margin.
_REMOVAL_CHECK_S = 1.0
# eid-mw: "If you do an SCardTransmit() too fast after an SCardConnect(), some cards/readers
# will return an error (e.g. 0x801002f)". We retry once after this pause instead of always
# sleeping before the first command.
_FIRST_COMMAND_RETRY_S = 0.2

_SERVICE_DOWN = frozenset({scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED})
_CARD_GONE = frozenset(
    {scard.SCARD_W_REMOVED_CARD, scard.SCARD_W_RESET_CARD, scard.SCARD_E_NO_SMARTCARD}
)
_READER_GONE = frozenset({scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE})
_MUTE = frozenset(
    {
        scard.SCARD_W_UNRESPONSIVE_CARD,
        scard.SCARD_W_UNPOWERED_CARD,
        scard.SCARD_W_UNSUPPORTED_CARD,
        scard.SCARD_E_CARD_UNSUPPORTED,
    }
)


def _code(hresult: int) -> int:
    # pyscard hands back a C LONG: normalise so it compares with the SCARD_* constants.
    return hresult & 0xFFFFFFFF


def _describe(hresult: int) -> str:
    return f"0x{_code(hresult):08X} ({scard.SCardGetErrorMessage(hresult)})"


def _service_error(what: str, hresult: int) -> NoPcscServiceError:
    return NoPcscServiceError(f"{what}: PC/SC service not running, {_describe(hresult)}")


def _usable(reader: str) -> bool:
    lowered = reader.lower()
    return not any(ignored in lowered for ignored in _IGNORED_READERS)


class _Context:
    """An SCARDCONTEXT, released on close. Raises NoPcscServiceError if pcscd is not there."""

    def __init__(self) -> None:
        hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            if _code(hresult) in _SERVICE_DOWN:
                raise _service_error("SCardEstablishContext", hresult)
            raise NoPcscServiceError(f"SCardEstablishContext failed: {_describe(hresult)}")
        self.handle = handle
        self._closed = False

    def readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self.handle, [])
        code = _code(hresult)
        if code == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if code in _SERVICE_DOWN or code == scard.SCARD_E_INVALID_HANDLE:
            raise _service_error("SCardListReaders", hresult)
        if code != scard.SCARD_S_SUCCESS:
            raise CardReadError(f"SCardListReaders failed: {_describe(hresult)}")
        return [reader for reader in readers if _usable(reader)]

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            scard.SCardReleaseContext(self.handle)


@contextmanager
def _context() -> Iterator[_Context]:
    context = _Context()
    try:
        yield context
    finally:
        context.close()


def list_readers() -> list[str]:
    """The names of the connected readers (possibly none). Raises NoPcscServiceError."""
    with _context() as context:
        return context.readers()


def reader_states() -> list[tuple[str, bool]]:
    """Each reader with whether it holds a card, without waiting. Raises NoPcscServiceError."""
    with _context() as context:
        readers = context.readers()
        if not readers:
            return []
        hresult, states = scard.SCardGetStatusChange(
            context.handle, 0, [(reader, scard.SCARD_STATE_UNAWARE) for reader in readers]
        )
        code = _code(hresult)
        if code in _SERVICE_DOWN:
            raise _service_error("SCardGetStatusChange", hresult)
        if code != scard.SCARD_S_SUCCESS:
            raise CardReadError(f"SCardGetStatusChange failed: {_describe(hresult)}")
        return [(reader, _card_present(state)) for reader, state, _atr in states]


def wait_for_card(reader: str, *, present: bool = True, timeout_s: float = 10.0) -> bool:
    """Block until ``reader`` holds a card (``present=False``: until it is empty), at most
    ``timeout_s``. Returns whether that state was reached. Raises NoPcscServiceError, and
    NoReaderError if the reader does not exist."""
    deadline = time.monotonic() + timeout_s
    with _context() as context:
        state = scard.SCARD_STATE_UNAWARE
        while True:
            remaining_ms = max(int((deadline - time.monotonic()) * 1000), 0)
            if state == scard.SCARD_STATE_UNAWARE:
                remaining_ms = 0
            hresult, states = scard.SCardGetStatusChange(
                context.handle, remaining_ms, [(reader, state)]
            )
            code = _code(hresult)
            if code in _SERVICE_DOWN:
                raise _service_error("SCardGetStatusChange", hresult)
            if code in _READER_GONE:
                raise NoReaderError(f"no reader named {reader!r}")
            if code == scard.SCARD_S_SUCCESS:
                state = states[0][1] & ~scard.SCARD_STATE_CHANGED
                if _card_present(state) == present:
                    return True
            elif code != scard.SCARD_E_TIMEOUT:
                raise CardReadError(f"SCardGetStatusChange failed: {_describe(hresult)}")
            if time.monotonic() >= deadline:
                return False


def _card_present(state: int) -> bool:
    return bool(state & scard.SCARD_STATE_PRESENT) and not state & (
        scard.SCARD_STATE_EMPTY | scard.SCARD_STATE_UNAVAILABLE
    )


class PcscTransport:
    """A connection to the card in one reader; raw APDUs (see :mod:`kiosk.cardreader.apdu`).

    Use as a context manager (:func:`connect`); one thread at a time.
    """

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = _Context()
        self._handle: int | None = None
        self._commands = 0
        self._atr: bytes | None = None
        try:
            self._handle, protocol = self._connect()
            self._use_protocol(protocol)
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        state = "connected" if self._handle is not None else "closed"
        return f"PcscTransport(reader={self.reader!r}, T={self._protocol_name()}, {state})"

    def _protocol_name(self) -> str:
        if getattr(self, "_protocol", None) == scard.SCARD_PROTOCOL_T1:
            return "1"
        return "0"

    def _use_protocol(self, protocol: int) -> None:
        self._protocol = protocol
        self._pci = (
            scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0
        )

    def _connect(self) -> tuple[int, int]:
        hresult = 0
        for protocols in (scard.SCARD_PROTOCOL_T0, scard.SCARD_PROTOCOL_T1):
            hresult, handle, protocol = scard.SCardConnect(
                self._context.handle, self.reader, scard.SCARD_SHARE_SHARED, protocols
            )
            if _code(hresult) == scard.SCARD_S_SUCCESS:
                return handle, protocol
            if _code(hresult) != scard.SCARD_E_PROTO_MISMATCH:
                break
        raise _connect_error(self.reader, hresult)

    def _status_atr(self) -> bytes:
        assert self._handle is not None
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self._handle)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise self._transmit_error("SCardStatus", hresult)
        return bytes(atr)

    # -- ApduTransport ------------------------------------------------------------------

    def atr(self) -> bytes:
        # Asked for on demand only: a read does not need it, and it costs a call to pcscd.
        if self._atr is None:
            self._atr = self._status_atr()
        return self._atr

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        if self._handle is None:
            raise CardReadError("transmit on a closed PC/SC connection")
        first = self._commands == 0
        self._commands += 1
        hresult, response = self._send(apdu)
        if first and self._failed(hresult, response) and not self._card_gone(0.0):
            log.info("first command after connect failed, retrying once after a pause")
            time.sleep(_FIRST_COMMAND_RETRY_S)
            hresult, response = self._send(apdu)
        code = _code(hresult)
        if code != scard.SCARD_S_SUCCESS:
            raise self._transmit_error("SCardTransmit", hresult)
        if len(response) < 2:
            if self._card_gone(_REMOVAL_CHECK_S):
                raise CardRemovedError("card removed during a command")
            raise CardReadError("card answered without a status word")
        return bytes(response[:-2]), response[-2], response[-1]

    def _send(self, apdu: bytes) -> tuple[int, list[int]]:
        hresult, response = scard.SCardTransmit(self._handle, self._pci, list(apdu))
        return hresult, response

    @staticmethod
    def _failed(hresult: int, response: Sequence[int]) -> bool:
        code = _code(hresult)
        if code in (scard.SCARD_E_COMM_DATA_LOST, scard.SCARD_E_NOT_TRANSACTED):
            return True
        return code == scard.SCARD_S_SUCCESS and len(response) < 2

    def _transmit_error(self, what: str, hresult: int) -> CardError:
        code = _code(hresult)
        if code in _CARD_GONE:
            return CardRemovedError(f"{what}: card removed or reset, {_describe(hresult)}")
        if code in _READER_GONE:
            return CardRemovedError(f"{what}: reader disconnected, {_describe(hresult)}")
        if code in _SERVICE_DOWN:
            return _service_error(what, hresult)
        if code in _MUTE:
            return CardReadError(f"{what}: card stopped answering, {_describe(hresult)}")
        if self._card_gone(_REMOVAL_CHECK_S):
            return CardRemovedError(f"{what}: card removed, {_describe(hresult)}")
        return CardReadError(f"{what} failed: {_describe(hresult)}")

    def _card_gone(self, within_s: float) -> bool:
        """Whether the card left (or was replaced or reset) since we connected, waiting up to
        ``within_s`` for pcscd to notice."""
        if self._handle is None:
            return True
        deadline = time.monotonic() + within_s
        state = scard.SCARD_STATE_UNAWARE
        while True:
            hresult, *_rest = scard.SCardStatus(self._handle)
            code = _code(hresult)
            if code in _CARD_GONE or code in _READER_GONE:
                return True
            if code != scard.SCARD_S_SUCCESS:
                return False
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            hresult, states = scard.SCardGetStatusChange(
                self._context.handle, int(remaining * 1000) + 1, [(self.reader, state)]
            )
            code = _code(hresult)
            if code == scard.SCARD_E_TIMEOUT:
                return False
            if code in _READER_GONE:
                return True
            if code != scard.SCARD_S_SUCCESS:
                return False
            event_state = states[0][1]
            if not _card_present(event_state):
                return True
            state = event_state & ~scard.SCARD_STATE_CHANGED

    # -- transaction and life cycle -------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[PcscTransport]:
        """Exclusive use of the card for the duration of the ``with`` block."""
        if self._handle is None:
            raise CardReadError("transaction on a closed PC/SC connection")
        hresult = scard.SCardBeginTransaction(self._handle)
        if _code(hresult) == scard.SCARD_W_RESET_CARD:
            # Another program reset the card since we connected: acknowledge and go on; the
            # read starts with the applet select anyway.
            log.info("card was reset by another program, reconnecting")
            hresult, protocol = scard.SCardReconnect(
                self._handle,
                scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
                scard.SCARD_LEAVE_CARD,
            )
            if _code(hresult) == scard.SCARD_S_SUCCESS:
                self._use_protocol(protocol)
                self._atr = None
                hresult = scard.SCardBeginTransaction(self._handle)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise self._transmit_error("SCardBeginTransaction", hresult)
        try:
            yield self
        finally:
            if self._handle is not None:
                # Fails harmlessly when the card is gone; nothing to undo then.
                scard.SCardEndTransaction(self._handle, scard.SCARD_LEAVE_CARD)

    def close(self) -> None:
        if self._handle is not None:
            scard.SCardDisconnect(self._handle, scard.SCARD_LEAVE_CARD)
            self._handle = None
        self._context.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _connect_error(reader: str, hresult: int) -> CardError:
    code = _code(hresult)
    detail = f"SCardConnect: {_describe(hresult)}"
    if code in (scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD):
        return NoCardError(detail)
    if code in _READER_GONE:
        return NoReaderError(detail)
    if code in _MUTE:
        return NotAnEidCardError(f"the card does not answer: {detail}")
    if code in _SERVICE_DOWN:
        return _service_error("SCardConnect", hresult)
    if code == scard.SCARD_E_SHARING_VIOLATION:
        return CardReadError(f"another program holds the reader exclusively: {detail}")
    return CardReadError(detail)


def read_from_reader(
    reader: str,
    *,
    photo: bool = False,
    address: bool = False,
    roots: Sequence[x509.Certificate] | None = None,
) -> CardRead:
    """Connect to ``reader`` and read its card with :func:`kiosk.cardreader.reader.read_card`
    inside one PC/SC transaction."""
    with connect(reader) as transport, transport.transaction():
        return read_card(transport, photo=photo, address=address, roots=roots)


def authenticate_on_reader(reader: str, basic_key: bytes, challenge: bytes) -> bytes:
    """Connect to ``reader`` and run :func:`kiosk.cardreader.reader.authenticate_card` (one
    INTERNAL AUTHENTICATE) inside one PC/SC transaction; returns the card's signature."""
    with connect(reader) as transport, transport.transaction():
        return authenticate_card(transport, basic_key, challenge)


def connect(reader: str) -> PcscTransport:
    """Connect to the card in ``reader``. Use as ``with connect(name) as transport:``.

    Raises NoPcscServiceError, NoReaderError (no such reader), NoCardError (reader empty),
    NotAnEidCardError (mute card) or CardReadError.
    """
    return PcscTransport(reader)


class PcscBackend:
    """The monitor's access to PC/SC (see :class:`kiosk.cardreader.monitor.MonitorBackend`).

    Owns one context, used only by the monitor thread, except :meth:`wake`, which any thread
    may call to cut a wait short.
    """

    def __init__(self, *, roots: Sequence[x509.Certificate] | None = None) -> None:
        self._roots = roots
        self._aborted = threading.Event()
        self._lock = threading.Lock()
        self._context: _Context | None = None
        self._known: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"PcscBackend(readers={len(self._known)})"

    def snapshot(self, timeout_s: float) -> dict[str, int | None]:
        """Wait up to ``timeout_s`` for a reader or card change (or :meth:`wake`); return each
        reader with a token for the card in it (``None``: empty). The token changes when a
        card is swapped between two snapshots. Raises NoPcscServiceError."""
        context = self._ensure_context()
        try:
            readers = context.readers()
        except NoPcscServiceError:
            self._drop_context()
            raise
        self._known = {
            reader: self._known.get(reader, scard.SCARD_STATE_UNAWARE) for reader in readers
        }
        watch = [(reader, state) for reader, state in self._known.items()]
        # Ask for the reader count in the high word: pcsc-lite reports a change in it.
        watch.append((_PNP, len(readers) << 16))
        unaware = any(state == scard.SCARD_STATE_UNAWARE for state in self._known.values())
        timeout_ms = 0 if unaware else max(int(timeout_s * 1000), 0)
        hresult, states = scard.SCardGetStatusChange(context.handle, timeout_ms, watch)
        code = _code(hresult)
        if code in _SERVICE_DOWN or code == scard.SCARD_E_INVALID_HANDLE:
            self._drop_context()
            raise _service_error("SCardGetStatusChange", hresult)
        if code == scard.SCARD_S_SUCCESS:
            for reader, state, _atr in states:
                if reader in self._known:
                    self._known[reader] = state & ~scard.SCARD_STATE_CHANGED
        elif code not in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED, *_READER_GONE):
            log.warning("SCardGetStatusChange failed: %s", _describe(hresult))
        return {
            reader: (state >> 16) if _card_present(state) else None
            for reader, state in self._known.items()
        }

    def wake(self) -> None:
        with self._lock:
            if self._context is not None:
                scard.SCardCancel(self._context.handle)

    def read(self, reader: str, *, photo: bool = False, address: bool = False) -> CardRead:
        """A verified read (:func:`kiosk.cardreader.reader.read_card`) in one transaction,
        against ``roots`` (default: the pinned Belgian roots)."""
        if self._aborted.is_set():
            raise CardReadError("read not started: the card monitor is stopping")
        with connect(reader) as transport, transport.transaction():
            return read_card(
                AbortableTransport(transport, self._aborted),
                photo=photo,
                address=address,
                roots=self._roots,
            )

    def authenticate(self, reader: str, basic_key: bytes, challenge: bytes) -> bytes:
        """The card in ``reader`` signs ``challenge`` (:func:`authenticate_on_reader`)."""
        if self._aborted.is_set():
            raise CardReadError("challenge not started: the card monitor is stopping")
        return authenticate_on_reader(reader, basic_key, challenge)

    def abort(self) -> None:
        self._aborted.set()

    def close(self) -> None:
        self._drop_context()

    def _ensure_context(self) -> _Context:
        with self._lock:
            if self._context is None:
                self._context = _Context()
                self._known = {}
            return self._context

    def _drop_context(self) -> None:
        with self._lock:
            context, self._context = self._context, None
        if context is not None:
            context.close()
