"""The BELPIC read sequence: select the applet, identify the card, select and read its files.

What a Belgian eID answers, and why this module sends what it sends
(``reference/eid-card.md`` §1):

* The applet is selected by AID; a card that refuses it, or answers GET CARD DATA
  (``80 E4 00 00 1C``) with less than 28 bytes, is not an eID. ``6D 00`` means the card has not
  been activated at the municipality yet.
* Files are selected by file id (``00 A4 02 0C 02 <FID>``): the card does not select by path
  with P1=02, and an EF can only be selected from its own DF. After the applet select the MF
  is current (content v4.01 §4.4), so the ID files take ``DF01`` then the FID, the RRN
  certificate ``3F00``, ``DF00`` then the FID. We track the current DF and go straight there;
  when the card disagrees (``6A 82``) we walk the whole path from the MF, and once more after
  re-selecting the applet, as eid-mw does.
* READ BINARY in 0xFC-byte chunks. A file's length is unknown in advance (SELECT returns no
  FCI): the card answers ``6C xx`` to the chunk that passes the end (one extra command, then a
  short block = end of file), or ``6B 00`` when the file ends exactly on a chunk boundary.
  Certificates are DER with zero padding (50 to 1,100 bytes): once the first chunk gives the
  DER length we ask for exactly the remaining bytes and leave the padding on the card.
* Applet 1.8 cards hold a basic key: its public half is EF 4040 (a DER SubjectPublicKeyInfo,
  120 bytes for P-384), its SHA-384 is identity tag 0x1A, and the card signs a challenge with
  it (INTERNAL AUTHENTICATE, 1.8 manual §6.11). The read takes 4040 whenever the identity
  file names it: the tag is under the National Register's signature, the applet version in
  GET CARD DATA is not, so a copy that claims to be an older card still has to show its key.
  The challenge itself is not part of a read (the card allows 5000 of them until its PIN is
  verified, 1.8 manual §5.2): see :meth:`BelpicSession.internal_authenticate`.

Every exchange goes through :func:`kiosk.cardreader.apdu.send`. Nothing here logs file content.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.cardreader.apdu import SW_OK, Response, send, status_error
from kiosk.cardreader.errors import CardDataInvalidError, CardReadError, NotAnEidCardError
from kiosk.cardreader.tlv import parse_tlv
from kiosk.cardreader.transport import READ_LIMITS, ApduTransport

__all__ = [
    "BELPIC_AID",
    "CHALLENGE_LEN",
    "CHUNK",
    "FID_BASIC_KEY",
    "BelpicSession",
    "CardData",
    "CardFiles",
    "read_eid_files",
]

log = logging.getLogger(__name__)

BELPIC_AID = bytes.fromhex("A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF")

MF = 0x3F00
DF_BELPIC = 0xDF00
DF_ID = 0xDF01

FID_ID = 0x4031
FID_ID_SIG = 0x4032
FID_ADDRESS = 0x4033
FID_ADDRESS_SIG = 0x4034
FID_PHOTO = 0x4035
FID_BASIC_KEY = 0x4040
FID_RRN_CERT = 0x503C

_TAG_BASIC_KEY_HASH = 0x1A  # in the identity file: SHA-384 of EF 4040
# The DER SubjectPublicKeyInfo of a P-384 key, the size of 4040 on every applet 1.8 card
# (card content v5.4 §6.2.7): asked for as the first block, it saves the 6C round trip.
_BASIC_KEY_SIZE = 120
# INTERNAL AUTHENTICATE with the basic key (1.8 manual §6.11, tables 14 and 16): P1 02 =
# ECDSA SHA-2-384, P2 81 = PrK#1, data = tag 94, length, the challenge (a SHA-384 digest).
_INS_INTERNAL_AUTHENTICATE = 0x88
_ALGORITHM_ECDSA_SHA384 = 0x02
_KEY_BASIC = 0x81
_TAG_CHALLENGE = 0x94
CHALLENGE_LEN = 48

CHUNK = 0xFC  # eid-mw's MAX_APDU_READ_LEN: some readers fail on longer T=0 responses
CARD_DATA_LEN = 28
# READ BINARY offsets are 15 bits (P1 bit 8 selects short-EF addressing); no BELPIC file
# comes near this, so reaching it means the card keeps sending full blocks forever.
_MAX_OFFSET = 0x7FFF
# eid-mw waits 50 ms before re-issuing after ``6C xx`` on "Belpic V1" cards (they go mute
# otherwise); OpenSC 40 ms, commons-eid 10 ms. Later applets need no pause.
_V10_REISSUE_DELAY_S = 0.050

_SELECT_NOT_FOUND = (0x6A82, 0x6A86)


def parent_df(fid: int) -> int:
    """The DF an elementary file lives in: 40xx in DF01 (ID), 50xx in DF00 (BELPIC)."""
    return {0x40: DF_ID, 0x50: DF_BELPIC}.get(fid >> 8, MF)


@dataclass(frozen=True)
class CardData:
    """The GET CARD DATA block (applet 1.7 manual §6.9, 1.8 manual §6.14).

    The chip serial identifies the card, so it stays out of ``repr``.
    """

    raw: bytes = field(repr=False)

    @property
    def chip_serial(self) -> bytes:
        return self.raw[:16]

    @property
    def chip_serial_hex(self) -> str:
        return self.raw[:16].hex().upper()

    @property
    def applet_version(self) -> int:
        """0x10 (1.0), 0x11 (1.1), 0x17 (1.7), 0x18 (1.8)."""
        return self.raw[21]

    @property
    def applet_version_text(self) -> str:
        return f"{self.applet_version >> 4}.{self.applet_version & 0x0F}"

    @property
    def life_cycle(self) -> int:
        """0x0F personalised, 0x07 selectable."""
        return self.raw[27]

    def __repr__(self) -> str:
        return f"CardData(applet={self.applet_version_text}, life_cycle=0x{self.life_cycle:02X})"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class CardFiles:
    """The raw files of one read, exactly as the card gave them (the RRN certificate possibly
    without its zero padding). Personal data: the ``repr`` lists which files are there only."""

    identity: bytes
    identity_signature: bytes
    rrn_certificate: bytes
    photo: bytes | None = None
    address: bytes | None = None
    address_signature: bytes | None = None
    basic_key: bytes | None = None  # EF 4040, when the identity file names one (tag 0x1A)

    def __repr__(self) -> str:
        present = [
            name for name in ("basic_key", "photo", "address") if getattr(self, name) is not None
        ]
        return (
            f"CardFiles(identity, signature, rrn_certificate{''.join(', ' + p for p in present)})"
        )

    __str__ = __repr__


class _NotFound(Exception):
    """A SELECT answered 6A 82 / 6A 86: the file is not where we thought we were."""


class _FileMissing(CardReadError):
    """The file is not on the card, even selected by path after re-selecting the applet."""


class BelpicSession:
    """The BELPIC commands over one connected card, remembering which DF is current.

    Not thread-safe: one session per card connection, used from one thread.
    """

    def __init__(
        self,
        transport: ApduTransport,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_get_responses: int = READ_LIMITS.max_get_responses,
    ) -> None:
        self._transport = transport
        self._sleep = sleep
        self._max_get_responses = max_get_responses
        self._current_df: int | None = None  # None: unknown (before the applet select)
        self._reissue_delay_s = 0.0
        self.card_data: CardData | None = None

    def __repr__(self) -> str:
        df = "unknown" if self._current_df is None else f"{self._current_df:04X}"
        return f"BelpicSession(current_df={df}, card_data={self.card_data!r})"

    # -- identification -------------------------------------------------------------------

    def open(self) -> CardData:
        """Select the applet and read GET CARD DATA; raises NotAnEidCardError if the card is
        not a readable eID."""
        self.select_applet()
        return self.get_card_data()

    def select_applet(self) -> None:
        apdu = bytes((0x00, 0xA4, 0x04, 0x0C, len(BELPIC_AID))) + BELPIC_AID
        sw = self._send(apdu).sw
        if sw == 0x6D00:
            raise NotAnEidCardError("BELPIC applet not available: card not activated (SW 6D00)")
        if sw != SW_OK:
            raise NotAnEidCardError(f"card has no BELPIC applet (SELECT answered SW {sw:04X})")
        self._current_df = MF

    def get_card_data(self) -> CardData:
        apdu = bytes((0x80, 0xE4, 0x00, 0x00, CARD_DATA_LEN))
        data, sw = self._send(apdu)
        if sw == 0x6D00:
            raise NotAnEidCardError("GET CARD DATA not available: card not activated (SW 6D00)")
        if sw != SW_OK or len(data) < CARD_DATA_LEN:
            raise NotAnEidCardError(
                f"GET CARD DATA answered SW {sw:04X} with {len(data)} bytes: not a BELPIC card"
            )
        card_data = CardData(bytes(data[:CARD_DATA_LEN]))
        if card_data.applet_version < 0x11:
            self._reissue_delay_s = _V10_REISSUE_DELAY_S
        self.card_data = card_data
        log.debug(
            "BELPIC applet %s, life cycle 0x%02X",
            card_data.applet_version_text,
            card_data.life_cycle,
        )
        return card_data

    # -- files ----------------------------------------------------------------------------

    def read_file(self, fid: int, *, der: bool = False, first_le: int = CHUNK) -> bytes:
        """Select EF ``fid`` and read it to its end.

        ``der=True``: the file holds one DER object followed by padding; stop at the end of
        the DER object when its header says where that is. ``first_le``: the size of the
        first block asked for, for a file whose usual size is known (a wrong guess costs
        nothing but the usual ``6C`` round trip or one more block).
        """
        if not 0 < first_le <= CHUNK:
            raise ValueError(f"first_le must be 1..{CHUNK}")
        self.select_file(fid)
        chunks: list[bytes] = []
        offset = 0
        expected: int | None = None
        while expected is None or offset < expected:
            if offset > _MAX_OFFSET:
                raise CardReadError(f"file {fid:04X} is longer than any BELPIC file")
            if expected is not None:
                le = min(CHUNK, expected - offset)
            else:
                le = first_le if offset == 0 else CHUNK
            apdu = bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, le))
            data, sw = self._send(apdu)
            if sw == 0x6B00 and offset > 0:
                break  # the file ended exactly on a chunk boundary
            if sw != SW_OK:
                raise status_error(apdu, sw)
            if len(data) > le:
                raise CardReadError(f"READ BINARY of {fid:04X}: card sent more than asked")
            chunks.append(data)
            offset += len(data)
            if len(data) < le:
                break  # short block: end of file (after a 6C correction, or from the reader)
            if der and expected is None:
                expected = _der_length(data)
        return b"".join(chunks)

    def select_file(self, fid: int) -> None:
        """Select EF ``fid`` with as few commands as the known current DF allows."""
        parent = parent_df(fid)
        try:
            if self._current_df == parent:
                self._select(fid)
            elif self._current_df == MF:
                self._select(parent)
                self._select(fid)
            else:
                self._select_path(parent, fid)
        except _NotFound:
            log.info("SELECT %04X: not found from the assumed DF, selecting by path", fid)
            try:
                self._select_path(parent, fid)
            except _NotFound:
                log.info("SELECT %04X by path failed, re-selecting the applet", fid)
                self.select_applet()
                try:
                    self._select_path(parent, fid)
                except _NotFound as exc:
                    raise _FileMissing(f"file {fid:04X} not found on the card") from exc
        self._current_df = parent

    # -- card authentication (applet 1.8) ---------------------------------------------------

    def internal_authenticate(self, challenge: bytes) -> Response:
        """INTERNAL AUTHENTICATE with the basic key: the card signs ``challenge`` (48 bytes,
        taken as a SHA-384 digest, not hashed again) with ECDSA P-384 and answers the raw
        ``r || s`` (96 bytes).

        Sent without Le, as eid-mw's ``CCard::CardChallenge`` does: under T=0 the card
        answers ``61 60`` and :func:`~kiosk.cardreader.apdu.send` fetches the signature with
        GET RESPONSE. The applet must be selected. Returns the response with its status word
        unjudged: what a refusal means depends on what the read showed
        (:func:`kiosk.cardreader.reader.authenticate_card`). Every call counts against the
        card's limit of 5000 (1.8 manual §5.2): never call it as part of a read.
        """
        if len(challenge) != CHALLENGE_LEN:
            raise ValueError(f"the challenge must be {CHALLENGE_LEN} bytes (a SHA-384 digest)")
        header = (0x00, _INS_INTERNAL_AUTHENTICATE, _ALGORITHM_ECDSA_SHA384, _KEY_BASIC)
        data = bytes((_TAG_CHALLENGE, len(challenge))) + bytes(challenge)
        return self._send(bytes((*header, len(data))) + data)

    def _select_path(self, parent: int, fid: int) -> None:
        self._select(MF)
        if parent != MF:
            self._select(parent)
        self._select(fid)

    def _select(self, fid: int) -> None:
        apdu = bytes((0x00, 0xA4, 0x02, 0x0C, 0x02)) + fid.to_bytes(2, "big")
        sw = self._send(apdu).sw
        if sw == SW_OK:
            if fid in (MF, DF_ID, DF_BELPIC):
                self._current_df = fid
            return
        self._current_df = None
        if sw in _SELECT_NOT_FOUND:
            raise _NotFound(f"{fid:04X}")
        raise status_error(apdu, sw)

    def _send(self, apdu: bytes) -> Response:
        return send(
            self._transport,
            apdu,
            reissue_delay_s=self._reissue_delay_s,
            sleep=self._sleep,
            max_get_responses=self._max_get_responses,
        )


def _der_length(head: bytes) -> int | None:
    """Total length of the DER object starting ``head`` (a SEQUENCE), or None if ``head`` is
    not the start of one (an all-zero "absent certificate" file, for example)."""
    if len(head) < 2 or head[0] != 0x30:
        return None
    first = head[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if not 1 <= count <= 3 or len(head) < 2 + count:
        return None
    return 2 + count + int.from_bytes(head[2 : 2 + count], "big")


def read_eid_files(
    session: BelpicSession, *, photo: bool = False, address: bool = False
) -> CardFiles:
    """Read the files a verified identity needs, in the order that costs fewest selects:
    the DF01 files (identity, its signature, the basic public key when the identity file
    names one, then address and photo only when asked), then the RRN certificate in DF00.
    ``session`` must be open (:meth:`BelpicSession.open`).

    Raises :class:`CardDataInvalidError` when the identity file names a basic key (tag
    0x1A) that the card does not have."""
    identity = session.read_file(FID_ID)
    identity_signature = session.read_file(FID_ID_SIG)
    basic_key = None
    if _names_basic_key(identity):
        try:
            basic_key = session.read_file(FID_BASIC_KEY, der=True, first_le=_BASIC_KEY_SIZE)
        except _FileMissing as exc:
            raise CardDataInvalidError(
                "the identity file names a basic public key (tag 0x1A) but the card has no "
                "file 4040"
            ) from exc
    address_file = address_signature = None
    if address:
        address_file = session.read_file(FID_ADDRESS)
        address_signature = session.read_file(FID_ADDRESS_SIG)
    photo_file = session.read_file(FID_PHOTO) if photo else None
    rrn_certificate = session.read_file(FID_RRN_CERT, der=True)
    return CardFiles(
        identity=identity,
        identity_signature=identity_signature,
        rrn_certificate=rrn_certificate,
        photo=photo_file,
        address=address_file,
        address_signature=address_signature,
        basic_key=basic_key,
    )


def _names_basic_key(identity: bytes) -> bool:
    """Whether the identity file carries tag 0x1A. A file that does not parse says no here:
    the verification that follows the read refuses it with the reason."""
    try:
        return any(tag == _TAG_BASIC_KEY_HASH for tag, _value in parse_tlv(identity))
    except CardDataInvalidError:
        return False
