"""An in-process emulator of the BELPIC applet that answers APDUs like a real T=0 eID card.

:class:`VirtualCard` turns a command APDU into the response APDU (data + SW1 SW2) a Belgian eID
would send: SELECT by AID, file id and path, READ BINARY with the ``6C xx`` / ``6B 00`` /
``69 86`` cases, GET CARD DATA, GET RESPONSE, INTERNAL AUTHENTICATE with the basic key
(applet 1.8), and the class/instruction errors. Status words follow the applet 1.7/1.8
reference manuals (``reference/eid-spec/``).

:class:`VirtualTransport` puts a card behind :class:`kiosk.cardreader.transport.ApduTransport`
in-process, with the same fault injection as the vpcd bridge.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

from kiosk.cardreader.belpic import BELPIC_AID, DF_BELPIC, DF_ID, MF
from kiosk.cardreader.errors import CardRemovedError
from kiosk.cardreader.virtual.model import (
    CARD_DATA_LEN,
    IDFILES_AID,
    PKCS15_AID,
    CardProfile,
    Faults,
    is_applet_select,
    parent_df,
)
from kiosk.cardreader.virtual.pki import basic_key

log = logging.getLogger(__name__)

SW_OK = b"\x90\x00"
SW_WRONG_LENGTH = b"\x67\x00"
SW_NO_DATA = b"\x69\x85"  # GET RESPONSE with nothing pending
SW_NO_CURRENT_EF = b"\x69\x86"
SW_FILE_NOT_FOUND = b"\x6a\x82"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_LC_INCONSISTENT = b"\x6a\x87"
SW_WRONG_DATA = b"\x6a\x80"
SW_KEY_NOT_FOUND = b"\x6a\x88"
SW_OUT_OF_RANGE = b"\x6b\x00"
SW_WRONG_ALGORITHM = SW_OUT_OF_RANGE  # INTERNAL AUTHENTICATE: "wrong parameter P1-P2"
SW_INS_NOT_AVAILABLE = b"\x6d\x00"
SW_CLA_NOT_SUPPORTED = b"\x6e\x00"

INS_INTERNAL_AUTHENTICATE = 0x88
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_RESPONSE = 0xC0
INS_GET_CARD_DATA = 0xE4
INS_LOG_OFF = 0xE6

# The class byte each implemented instruction expects: ISO commands 00, proprietary ones 80.
_INSTRUCTIONS = {
    INS_SELECT: 0x00,
    INS_READ_BINARY: 0x00,
    INS_GET_RESPONSE: 0x00,
    INS_GET_CARD_DATA: 0x80,
    INS_LOG_OFF: 0x80,
}
# Applet 1.8 adds INTERNAL AUTHENTICATE with the ECDSA basic key (1.8 manual §6.11). The public
# applet 1.7 manual does not list the instruction at all (its Table 7), so a 1.7 card answers it
# like any unknown instruction, 6D 00.
_INSTRUCTIONS_18 = {**_INSTRUCTIONS, INS_INTERNAL_AUTHENTICATE: 0x00}

# INTERNAL AUTHENTICATE for the P-384 basic key (1.8 manual §6.11, tables 14, 16, 34):
# P1 02 = ECDSA SHA-2-384, P2 81 = PrK#1 (basic key), data = 94 30 <48-byte challenge>.
ALGORITHM_ECDSA_SHA384 = 0x02
KEY_BASIC = 0x81
TAG_CHALLENGE = 0x94
CHALLENGE_LEN = 48


class _Status(Exception):
    """Short-circuits command handling with a status word."""

    def __init__(self, sw: bytes) -> None:
        super().__init__(sw.hex())
        self.sw = sw


def _sw_6c(length: int) -> bytes:
    return bytes((0x6C, length & 0xFF))


class _Command:
    """A parsed short command APDU (extended length is not supported by the card)."""

    __slots__ = ("cla", "ins", "p1", "p2", "data", "le")

    def __init__(self, apdu: bytes) -> None:
        if len(apdu) < 4:
            raise _Status(SW_WRONG_LENGTH)
        self.cla, self.ins, self.p1, self.p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        self.data = b""
        self.le: int | None = None
        if len(apdu) == 5:
            self.le = apdu[4] or 256
        elif len(apdu) > 5:
            lc = apdu[4]
            body = apdu[5:]
            if lc == 0:
                raise _Status(SW_WRONG_LENGTH)
            if len(body) == lc:
                self.data = bytes(body)
            elif len(body) == lc + 1:
                self.data = bytes(body[:-1])
                self.le = body[-1] or 256
            else:
                raise _Status(SW_WRONG_LENGTH)


# What ``Faults.endless_files`` pads the ID files to: past READ BINARY's 15-bit offsets.
ENDLESS_FILE_SIZE = 0x8000
_ID_FILES = (0x4031, 0x4032, 0x4033, 0x4034, 0x4035)
_APPLET_10 = 0x10


def _hostile_profile(profile: CardProfile, faults: Faults) -> CardProfile:
    if faults.endless_files:
        profile = profile.with_files(
            {
                fid: content.ljust(ENDLESS_FILE_SIZE, b"\x00")
                for fid, content in profile.files.items()
                if fid in _ID_FILES
            }
        )
    if faults.old_applet:
        card_data = bytearray(profile.card_data)
        card_data[21] = _APPLET_10
        profile = replace(profile, card_data=bytes(card_data))
    return profile


def _with_flipped_byte(profile: CardProfile, fid: int, offset: int) -> CardProfile:
    content = profile.files.get(fid)
    if content is None:
        raise ValueError(f"cannot flip a byte of file {fid:04X}: the card has no such file")
    if not 0 <= offset < len(content):
        raise ValueError(f"offset {offset} is outside file {fid:04X} ({len(content)} bytes)")
    flipped = bytearray(content)
    flipped[offset] ^= 0xFF
    return profile.with_files({fid: bytes(flipped)})


class VirtualCard:
    """An emulated BELPIC card built from a :class:`CardProfile`.

    ``t0_get_response``: answer case-2 commands that return data with ``61 xx`` first and
    deliver the data through GET RESPONSE, as some card/reader combinations do.
    ``inactive``: a card not yet activated at the municipality; after the applet select it
    answers ``6D 00`` to everything.
    ``get_response_chunk`` and ``reask_length``: hostile behaviour, see :class:`Faults`.

    The profile (files, ATR, card data) is immutable; only the selection state changes.
    ``process`` is thread-safe.
    """

    def __init__(
        self,
        profile: CardProfile,
        *,
        t0_get_response: bool = False,
        inactive: bool = False,
        get_response_chunk: int = 0,
        reask_length: bool = False,
    ) -> None:
        self._profile = profile
        self._t0_get_response = t0_get_response or get_response_chunk > 0
        self._inactive = inactive
        self._get_response_chunk = get_response_chunk
        self._reask_length = reask_length
        self._reasked: bytes | None = None
        self._lock = threading.Lock()
        self._current_df = MF
        self._current_ef: int | None = None
        self._pending = b""
        self.power_on()

    @property
    def profile(self) -> CardProfile:
        return self._profile

    @property
    def atr(self) -> bytes:
        return self._profile.atr

    @property
    def t0_get_response(self) -> bool:
        return self._t0_get_response

    @property
    def inactive(self) -> bool:
        return self._inactive

    def __repr__(self) -> str:
        return (
            f"VirtualCard(profile={self._profile.name!r}, "
            f"t0_get_response={self._t0_get_response}, inactive={self._inactive})"
        )

    def power_on(self) -> None:
        """Cold or warm reset: BELPIC is default-selected, the MF is current, nothing pending."""
        with self._lock:
            self._current_df = MF
            self._current_ef = None
            self._pending = b""
            self._reasked = None

    reset = power_on

    def with_faults(self, faults: Faults) -> VirtualCard:
        """This card, or with ``faults.flip_byte`` / ``faults.clone`` a fresh card with the
        same options whose file carries the flipped byte / whose chip has another basic key;
        likewise for the hostile faults (see :class:`Faults`)."""
        if not faults.changes_the_card:
            return self
        profile = _hostile_profile(self._profile, faults)
        if faults.flip_byte is not None:
            profile = _with_flipped_byte(profile, *faults.flip_byte)
        if faults.clone:
            if profile.basic_private_key is None:
                raise ValueError("cannot clone a card without a basic key (applet 1.8 only)")
            # Same files, another chip: the cloner could copy every file but not the key.
            profile = profile.with_basic_private_key(basic_key(f"clone of {profile.name}"))
        return VirtualCard(
            profile,
            t0_get_response=self._t0_get_response,
            inactive=self._inactive,
            get_response_chunk=faults.get_response_chunk or self._get_response_chunk,
            reask_length=faults.reask_length or self._reask_length,
        )

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with a response APDU (data + SW1 SW2)."""
        with self._lock:
            try:
                command = _Command(bytes(apdu))
            except _Status as status:
                return status.sw
            if command.ins != INS_GET_RESPONSE:
                self._pending = b""
            try:
                response = self._dispatch(command)
            except _Status as status:
                response = status.sw
            if self._reask_length and command.ins == INS_READ_BINARY:
                response = self._reask(bytes(apdu), command, response)
            return response

    def _reask(self, apdu: bytes, command: _Command, response: bytes) -> bytes:
        """Hostile: answer a READ BINARY that would succeed with ``6C`` and the length it
        already asked for; the re-issued command (same header) gets the answer."""
        reissued = self._reasked is not None and self._reasked[:4] == apdu[:4]
        if reissued or response[-2] not in (0x90, 0x61):
            # The re-issue after a 6C, ours or the card's own for a short last block.
            self._reasked = apdu if response[-2] == 0x6C else None
            return response
        self._reasked = apdu
        self._pending = b""
        return _sw_6c(command.le or 0)

    def _dispatch(self, command: _Command) -> bytes:
        if command.cla not in (0x00, 0x80):
            raise _Status(SW_CLA_NOT_SUPPORTED)
        if self._inactive and not self._is_applet_select(command):
            raise _Status(SW_INS_NOT_AVAILABLE)
        instructions = _INSTRUCTIONS_18 if self._profile.applet_version >= 0x18 else _INSTRUCTIONS
        expected_cla = instructions.get(command.ins)
        if expected_cla is None:
            raise _Status(SW_INS_NOT_AVAILABLE)
        if command.cla != expected_cla:
            raise _Status(SW_CLA_NOT_SUPPORTED)
        if command.ins == INS_SELECT:
            return self._select(command)
        if command.ins == INS_READ_BINARY:
            return self._read_binary(command)
        if command.ins == INS_GET_RESPONSE:
            return self._get_response(command)
        if command.ins == INS_GET_CARD_DATA:
            return self._get_card_data(command)
        if command.ins == INS_INTERNAL_AUTHENTICATE:
            return self._internal_authenticate(command)
        return self._log_off(command)

    @staticmethod
    def _is_applet_select(command: _Command) -> bool:
        return (
            command.cla == 0x00
            and command.ins == INS_SELECT
            and command.p1 == 0x04
            and command.data == BELPIC_AID
        )

    # -- SELECT ---------------------------------------------------------------------------

    def _select(self, command: _Command) -> bytes:
        if command.p1 == 0x04:
            if command.p2 not in (0x00, 0x0C):
                raise _Status(SW_WRONG_P1P2)
            return self._select_aid(command.data)
        if command.p1 not in (0x02, 0x08) or command.p2 != 0x0C:
            raise _Status(SW_WRONG_P1P2)
        if not command.data:
            raise _Status(SW_WRONG_LENGTH)
        if command.p1 == 0x02:
            if len(command.data) != 2:
                raise _Status(SW_LC_INCONSISTENT)
            return self._select_fid(int.from_bytes(command.data, "big"))
        if len(command.data) % 2:
            raise _Status(SW_LC_INCONSISTENT)
        fids = [
            int.from_bytes(command.data[i : i + 2], "big") for i in range(0, len(command.data), 2)
        ]
        return self._select_path(fids)

    def _select_aid(self, aid: bytes) -> bytes:
        targets = {BELPIC_AID: MF, PKCS15_AID: DF_BELPIC, IDFILES_AID: DF_ID}
        target = targets.get(aid)
        if target is None:
            raise _Status(SW_FILE_NOT_FOUND)
        self._current_df = target
        self._current_ef = None
        return SW_OK

    def _select_fid(self, fid: int) -> bytes:
        # The MF and both DFs are reachable from anywhere (parent/sibling selection);
        # an EF only from its own DF, which is why readers walk 3F00, DF01, 4031.
        if fid in (MF, DF_BELPIC, DF_ID):
            self._current_df = fid
            self._current_ef = None
            return SW_OK
        if fid in self._profile.files and parent_df(fid) == self._current_df:
            self._current_ef = fid
            return SW_OK
        raise _Status(SW_FILE_NOT_FOUND)

    def _select_path(self, fids: list[int]) -> bytes:
        if fids and fids[0] == MF:
            fids = fids[1:]
        df, ef = MF, None
        for index, fid in enumerate(fids):
            last = index == len(fids) - 1
            if ef is None and df == MF and fid in (DF_BELPIC, DF_ID):
                df = fid
            elif last and ef is None and fid in self._profile.files and parent_df(fid) == df:
                ef = fid
            else:
                raise _Status(SW_FILE_NOT_FOUND)
        self._current_df, self._current_ef = df, ef
        return SW_OK

    # -- READ BINARY, GET RESPONSE, GET CARD DATA --------------------------------------------

    def _read_binary(self, command: _Command) -> bytes:
        if command.data or command.le is None:
            raise _Status(SW_WRONG_LENGTH)
        if command.p1 & 0x80:  # short-EF addressing is not supported by BELPIC
            raise _Status(SW_OUT_OF_RANGE)
        if self._current_ef is None:
            raise _Status(SW_NO_CURRENT_EF)
        content = self._profile.files[self._current_ef]
        offset = (command.p1 << 8) | command.p2
        if offset >= len(content):
            raise _Status(SW_OUT_OF_RANGE)
        remaining = len(content) - offset
        if command.le > remaining:
            raise _Status(_sw_6c(remaining))
        return self._deliver(content[offset : offset + command.le])

    def _get_card_data(self, command: _Command) -> bytes:
        if command.data or command.p1 != 0x00:
            raise _Status(SW_OUT_OF_RANGE)
        if command.p2 == 0x00:
            block = self._profile.card_data
        elif command.p2 == 0x01 and self._profile.applet_version >= 0x18:
            block = self._profile.card_data + bytes((self._profile.pin_tries & 0xFF, 0xFF, 0xFF))
        else:
            raise _Status(SW_OUT_OF_RANGE)
        assert len(block) in (CARD_DATA_LEN, CARD_DATA_LEN + 3)
        if command.le != len(block):
            raise _Status(_sw_6c(len(block)))
        return self._deliver(block)

    def _get_response(self, command: _Command) -> bytes:
        if command.data or command.le is None:
            raise _Status(SW_WRONG_LENGTH)
        if command.p1 or command.p2:
            raise _Status(SW_WRONG_P1P2)
        if not self._pending:
            raise _Status(SW_NO_DATA)
        if command.le > len(self._pending):
            raise _Status(_sw_6c(len(self._pending)))
        data, self._pending = self._pending[: command.le], self._pending[command.le :]
        if self._pending:
            return data + self._announce()
        return data + SW_OK

    def _announce(self) -> bytes:
        """``61 xx``: how much of the pending answer the next GET RESPONSE may fetch."""
        size = len(self._pending)
        if self._get_response_chunk:
            size = min(size, self._get_response_chunk)
        return bytes((0x61, size & 0xFF))

    def _log_off(self, command: _Command) -> bytes:
        if command.data:
            raise _Status(SW_WRONG_LENGTH)
        if command.p1 or command.p2:
            raise _Status(SW_OUT_OF_RANGE)
        return SW_OK

    # -- INTERNAL AUTHENTICATE (applet 1.8) ------------------------------------------------------

    def _internal_authenticate(self, command: _Command) -> bytes:
        """Sign a 48-byte challenge with the basic key; the answer is raw ``r || s``.

        Status words from the 1.8 manual, table 37: ``6A 88`` key not found (P2 is not the
        basic key, or the chip has none), ``6B 00`` wrong P1-P2 (an algorithm other than
        ECDSA SHA-2-384, the only one for a P-384 basic key, table 33), ``67 00`` wrong length
        (no data, or Lc disagrees with the challenge TLV), ``6A 80`` wrong data (wrong
        challenge tag or length). The manual does not say in which order a card checks; this
        one checks the key, the algorithm, then the data. The challenge is signed as it is:
        it is the hash ("an off-card hash to be signed by the applet", §6.11), as eid-viewer's
        ``ECDSA_do_verify`` over the raw challenge shows.
        """
        if command.p2 != KEY_BASIC:
            raise _Status(SW_KEY_NOT_FOUND)
        key = self._profile.basic_private_key
        if key is None:
            raise _Status(SW_KEY_NOT_FOUND)
        if command.p1 != ALGORITHM_ECDSA_SHA384:
            raise _Status(SW_WRONG_ALGORITHM)
        data = command.data
        if len(data) < 2 or data[1] + 2 != len(data):
            raise _Status(SW_WRONG_LENGTH)
        if data[0] != TAG_CHALLENGE or data[1] != CHALLENGE_LEN:
            raise _Status(SW_WRONG_DATA)
        der = key.sign(data[2:], ec.ECDSA(Prehashed(hashes.SHA384())))
        r, s = decode_dss_signature(der)
        size = (key.curve.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
        # A case-4 command under T=0: the answer always waits for GET RESPONSE (1.8 manual
        # §6.1), whatever the card's t0_get_response setting for case-2 commands.
        self._pending = signature
        return self._announce()

    def _deliver(self, data: bytes) -> bytes:
        if self._t0_get_response and data:
            self._pending = data
            return self._announce()
        return data + SW_OK


class VirtualTransport:
    """:class:`~kiosk.cardreader.transport.ApduTransport` over a :class:`VirtualCard`, in-process.

    Raw like a PC/SC transport: ``61 xx`` and ``6C xx`` come back as they are. Faults as in
    :class:`Faults`; after a removal :meth:`transmit` and :meth:`atr` raise
    :class:`CardRemovedError` until :meth:`insert`.
    """

    def __init__(
        self,
        card: VirtualCard,
        faults: Faults | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._faults = faults or Faults()
        self._sleep = sleep  # what the latency and mute faults wait with (tests: a fake clock)
        self._lock = threading.Lock()
        self._card = card.with_faults(self._faults)
        self._present = True
        self._selected = False  # the applet SELECT went through since insertion
        self._count = 0
        self._removal_armed = self._faults.remove_after is not None
        self.sent: list[bytes] = []  # command APDUs only (no card data), for test assertions

    @property
    def card(self) -> VirtualCard:
        return self._card

    @property
    def present(self) -> bool:
        return self._present

    def __repr__(self) -> str:
        return f"VirtualTransport(card={self._card!r}, present={self._present})"

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        with self._lock:
            if not self._present:
                raise CardRemovedError("virtual card is not inserted")
            if self._removal_armed and self._count >= (self._faults.remove_after or 0):
                self._removal_armed = False
                self._present = False
                log.info("Fault injection: virtual card removed after %d APDUs", self._count)
                raise CardRemovedError("virtual card was removed")
            self._count += 1
            self.sent.append(bytes(apdu))
            card = self._card
            delay_s = self._faults.delay_s(selected=self._selected)
            self._selected = self._selected or is_applet_select(apdu)
        if delay_s:
            self._sleep(delay_s)
        response = card.process(apdu)
        return response[:-2], response[-2], response[-1]

    def atr(self) -> bytes:
        if not self._present:
            raise CardRemovedError("virtual card is not inserted")
        return self._card.atr

    def remove(self) -> None:
        """Pull the card out of the (virtual) reader."""
        with self._lock:
            self._present = False

    def insert(self, card: VirtualCard | None = None) -> None:
        """Insert the same card again (power-on reset) or another one (faults still apply,
        except a removal that already fired)."""
        with self._lock:
            if card is not None:
                self._card = card.with_faults(self._faults)
            self._card.power_on()
            self._count = 0
            self._selected = False
            self._present = True
