"""The T=0 command layer: one command in, the complete response out, as real eID cards behave.

A transport is raw (:mod:`kiosk.cardreader.transport`): it hands back ``61 xx`` and ``6C xx``
exactly as the card sent them. :func:`send` finishes the exchange the way the official
middleware does (eid-mw ``CCard::SendAPDU``):

* ``61 xx``: the data waits in the card; fetch it with GET RESPONSE ``00 C0 00 00 xx``,
  again while the card keeps answering ``61 xx`` (chained responses), at most
  ``max_get_responses`` times (:class:`~kiosk.cardreader.transport.ReadLimits`): a card that
  drips its answer out a few bytes at a time is refused.
* ``6C xx``: the Le was wrong; re-send the same command with ``Le = xx``. Applet 1.0 cards need
  a pause before the re-issue or they go mute (eid-mw waits 50 ms, OpenSC 40 ms); later applets
  do not, so the pause is a parameter the BELPIC layer sets from GET CARD DATA.

:class:`CountingTransport` counts what goes over the wire (the benchmark and the read result
report it). :func:`status_error` turns a status word into our typed errors. Nothing here logs
data: only command names and status words, which are not personal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from kiosk.cardreader.errors import CardError, CardReadError, NotAnEidCardError, ReadLimitError
from kiosk.cardreader.transport import READ_LIMITS, ApduTransport

__all__ = [
    "SW_OK",
    "CountingTransport",
    "Response",
    "command_name",
    "send",
    "status_error",
]

SW_OK = 0x9000

INS_GET_RESPONSE = 0xC0

_COMMAND_NAMES = {
    0x88: "INTERNAL AUTHENTICATE",
    0xA4: "SELECT",
    0xB0: "READ BINARY",
    0xC0: "GET RESPONSE",
    0xE4: "GET CARD DATA",
    0xB2: "READ RECORD",
}

# Status words the BELPIC applet uses (1.7/1.8 reference manuals, tables 20, 23 and 37).
_SW_MEANINGS = {
    0x6400: "no precise diagnostic",
    0x6581: "EEPROM corrupted",
    0x6700: "wrong length",
    0x6982: "security status not satisfied",
    0x6985: "conditions of use not satisfied (file not activated)",
    0x6986: "no current EF",
    0x6A80: "wrong data",
    0x6A82: "file not found",
    0x6A86: "wrong P1-P2",
    0x6A87: "Lc inconsistent with P1-P2",
    0x6A88: "referenced key not found",
    0x6B00: "offset outside the file",
    0x6D00: "command not available in the current life cycle (card not activated)",
    0x6E00: "class not supported",
}


class Response(NamedTuple):
    """A complete response: the data (already fetched through GET RESPONSE) and the final SW.

    A tuple, so callers can write ``data, sw = send(...)``.
    """

    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def __repr__(self) -> str:
        # The data can be identity file content: show its size only.
        return f"Response(sw={self.sw:04X}, {len(self.data)} bytes)"

    def __str__(self) -> str:
        return self.__repr__()


class CountingTransport:
    """An :class:`ApduTransport` that forwards to another one and counts the commands sent.

    ``sent`` keeps the command APDUs themselves (headers and select paths, never card data)
    when ``record=True``; the benchmark replays them as its floor.
    """

    def __init__(self, inner: ApduTransport, *, record: bool = False) -> None:
        self._inner = inner
        self.count = 0
        self.sent: list[bytes] | None = [] if record else None

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        self.count += 1
        if self.sent is not None:
            self.sent.append(bytes(apdu))
        return self._inner.transmit(apdu)

    def atr(self) -> bytes:
        return self._inner.atr()

    def __repr__(self) -> str:
        return f"CountingTransport(count={self.count})"


def command_name(apdu: bytes) -> str:
    """A short, non-personal name for a command APDU, for log lines and error messages."""
    if len(apdu) < 2:
        return "malformed command"
    return _COMMAND_NAMES.get(apdu[1], f"INS {apdu[1]:02X}")


def send(
    transport: ApduTransport,
    apdu: bytes,
    *,
    reissue_delay_s: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
    max_get_responses: int = READ_LIMITS.max_get_responses,
) -> Response:
    """Send one command APDU over a raw T=0 transport and return the complete response.

    Follows ``61 xx`` with GET RESPONSE (chained) and answers ``6C xx`` with one re-issue of
    the same command with ``Le = xx``, after ``reissue_delay_s``. Any other status word is
    returned as it is: whether ``6A 82`` or ``6B 00`` is an error depends on the caller.

    Raises :class:`CardReadError` if the card answers without a status word or asks for a
    second ``6C`` correction, :class:`ReadLimitError` if it needs more than
    ``max_get_responses`` GET RESPONSE commands for one answer; transport errors
    (:class:`~kiosk.cardreader.errors.CardRemovedError`...) pass through.
    """
    apdu = bytes(apdu)
    data, sw1, sw2 = _transmit(transport, apdu)
    if sw1 == 0x6C:
        apdu = _with_le(apdu, sw2)
        if reissue_delay_s > 0:
            sleep(reissue_delay_s)
        data, sw1, sw2 = _transmit(transport, apdu)
        if sw1 == 0x6C:
            raise CardReadError(f"{command_name(apdu)}: card asked twice for another length (6C)")
    if sw1 == 0x61:
        chunks = [data]
        for _ in range(max_get_responses):
            data, sw1, sw2 = _transmit(transport, bytes((0x00, INS_GET_RESPONSE, 0x00, 0x00, sw2)))
            chunks.append(data)
            if sw1 != 0x61:
                break
        else:
            raise ReadLimitError(
                f"{command_name(apdu)}: the answer needs more than {max_get_responses} "
                "GET RESPONSE commands"
            )
        data = b"".join(chunks)
    return Response(bytes(data), (sw1 << 8) | sw2)


def _transmit(transport: ApduTransport, apdu: bytes) -> tuple[bytes, int, int]:
    data, sw1, sw2 = transport.transmit(apdu)
    if sw1 is None or sw2 is None:
        raise CardReadError(f"{command_name(apdu)}: no status word in the response")
    return bytes(data), int(sw1), int(sw2)


def _with_le(apdu: bytes, le: int) -> bytes:
    """The same command with a new Le: only meaningful for case 1 and case 2 commands."""
    if len(apdu) == 4:
        return apdu + bytes((le,))
    if len(apdu) == 5:
        return apdu[:4] + bytes((le,))
    raise CardReadError(f"{command_name(apdu)}: card asked for a new Le on a command with data")


def status_error(apdu: bytes, sw: int, *, not_activated_is_not_eid: bool = True) -> CardError:
    """The error to raise for an unexpected status word ``sw`` in answer to ``apdu``.

    ``6D 00`` (command not available in this life cycle: a card issued but not yet activated at
    the municipality) and ``6E 00`` (class not supported: another kind of card) mean the card is
    not a readable eID; everything else is a read error naming the command and the SW.
    """
    meaning = _SW_MEANINGS.get(sw) or _generic_meaning(sw)
    detail = f"{command_name(apdu)} failed: SW {sw:04X} ({meaning})"
    if not_activated_is_not_eid and sw in (0x6D00, 0x6E00):
        return NotAnEidCardError(detail)
    return CardReadError(detail)


def _generic_meaning(sw: int) -> str:
    sw1 = sw >> 8
    if sw1 == 0x63:
        return "verification failed"
    if sw1 in (0x64, 0x65):
        return "execution error"
    if sw1 in (0x67, 0x68, 0x69, 0x6A, 0x6B):
        return "checking error"
    return "unexpected status"
