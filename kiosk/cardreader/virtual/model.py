"""The immutable description of an emulated Belgian eID card: :class:`CardProfile`.

A profile is everything a card would give a reader (ATR, GET CARD DATA block, file contents by
file id) plus, for built-in specimen profiles, the values the identity file was built from so
tests can compare what the reader parsed with what went in. Profiles come from
:mod:`kiosk.cardreader.virtual.profiles` (generated specimens) or
:mod:`kiosk.cardreader.virtual.dump` (replayed file dumps).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.cardreader.belpic import DF_BELPIC, DF_ID, MF

# ATR of applet 1.1/1.7 cards (perso v02+, Dec 2004 onwards).
ATR_APPLET_17 = bytes.fromhex("3B 98 13 40 0A A5 03 01 01 01 AD 13 11")
# ATR of applet 1.8 cards (perso v04, 2020 onwards).
ATR_APPLET_18 = bytes.fromhex("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00")

PKCS15_AID = bytes.fromhex("A0 00 00 01 77 50 4B 43 53 2D 31 35")  # DF(BELPIC) = 3F00/DF00
IDFILES_AID = bytes.fromhex("A0 00 00 01 77 49 64 46 69 6C 65 73")  # DF(ID) = 3F00/DF01

# Files the kiosk's reader never asks for, but a card has (the reader's own table, with the
# applet AID and the DFs, is in kiosk.cardreader.belpic and imported above).
FID_CA_CERT = 0x503A
FID_ROOT_CERT = 0x503B
FID_DIR = 0x2F00

CARD_DATA_LEN = 28


def parent_df(fid: int) -> int:
    """The DF an elementary file lives in on a BELPIC card (by its file-id range)."""
    high = fid >> 8
    if high == 0x40:
        return DF_ID
    if high == 0x50:
        return DF_BELPIC
    return MF


@dataclass(frozen=True, repr=False)
class Specimen:
    """The source values an emulated identity and address file were built from.

    Fictitious by construction, but held like real personal data: never printed.
    """

    card_number: str
    chip_number: bytes
    validity_begin: date
    validity_end: date
    issuing_municipality: str
    national_number: str
    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date: date
    birth_date_text: str
    sex: str
    document_type: str
    street_and_number: str
    zip_code: str
    municipality: str
    photo: bytes
    special_status: str = "0"

    def __repr__(self) -> str:
        return "Specimen(<redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class CardProfile:
    """Everything an emulated card answers with; immutable after construction.

    ``files`` maps a file id (``0x4031``) to the exact bytes of that EF, padding included.
    ``card_data`` is the 28-byte GET CARD DATA block (P2=00); byte 21 is the applet version.
    ``basic_private_key``: the card's basic key PrK#1 (applet 1.8), which signs INTERNAL
    AUTHENTICATE challenges; its public half is file 4040. ``None``: the card has no basic
    key it can use (applet 1.7, or a dump replayed without its key).
    """

    name: str
    atr: bytes
    card_data: bytes
    files: Mapping[int, bytes]
    trust_root_pem: bytes | None = None
    specimen: Specimen | None = None
    description: str = ""
    pin_tries: int = 3
    basic_private_key: ec.EllipticCurvePrivateKey | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if len(self.card_data) != CARD_DATA_LEN:
            raise ValueError(f"card data must be {CARD_DATA_LEN} bytes, got {len(self.card_data)}")
        if not self.atr:
            raise ValueError("a card needs an ATR")
        frozen = MappingProxyType({int(fid): bytes(data) for fid, data in self.files.items()})
        object.__setattr__(self, "files", frozen)
        object.__setattr__(self, "atr", bytes(self.atr))
        object.__setattr__(self, "card_data", bytes(self.card_data))

    @property
    def applet_version(self) -> int:
        """0x11, 0x17 or 0x18, from GET CARD DATA byte 21."""
        return self.card_data[21]

    def with_files(self, files: Mapping[int, bytes]) -> CardProfile:
        """A copy of this profile with some files replaced (used for fault injection)."""
        merged = dict(self.files)
        merged.update(files)
        return replace(self, files=merged)

    def with_basic_private_key(self, key: ec.EllipticCurvePrivateKey | None) -> CardProfile:
        """A copy of this profile whose chip holds another basic key (files unchanged)."""
        return replace(self, basic_private_key=key)

    def __repr__(self) -> str:
        fids = ",".join(f"{fid:04X}" for fid in sorted(self.files))
        return (
            f"CardProfile(name={self.name!r}, applet=0x{self.applet_version:02X}, files=[{fids}])"
        )

    __str__ = __repr__


@dataclass(frozen=True)
class Faults:
    """Faults to inject, in-process (:class:`VirtualTransport`) or through vpcd.

    ``remove_after``: the card is pulled after answering APDU number k (counting from 1 since
    insertion); fires once, then the card stays out until it is inserted again.
    ``flip_byte``: ``(fid, offset)`` - that file is served with one byte inverted.
    ``latency_s``: added before answering each APDU.
    ``clone``: the card is a clone of an applet 1.8 card: every file is the original's (so
    the signatures and the basic-key hash verify), but the chip signs INTERNAL AUTHENTICATE
    with a key of its own, since a card's private key cannot be copied.

    Hostile cards, each of which kept a read busy for minutes before reads were bounded
    (:class:`~kiosk.cardreader.transport.ReadLimits`):

    ``get_response_chunk``: every answer with data waits in the card behind ``61 xx`` and
    comes out through GET RESPONSE this many bytes at a time (4: 63 commands per block).
    ``reask_length``: every READ BINARY is first answered ``6C xx`` with the very length the
    reader asked for, so each block costs two commands.
    ``old_applet``: GET CARD DATA claims applet 1.0, for which the reader pauses 50 ms before
    every re-issue after ``6C``.
    ``endless_files``: the ID files (identity, address, photo and their signatures) are zero
    padded to 32 KiB, beyond the longest file a reader accepts.
    ``mute_after_select_s``: after the applet SELECT every answer is held back this long, like
    a card that keeps the reader waiting with NULL procedure bytes.
    """

    remove_after: int | None = None
    flip_byte: tuple[int, int] | None = None
    latency_s: float = 0.0
    clone: bool = False
    get_response_chunk: int = 0
    reask_length: bool = False
    old_applet: bool = False
    endless_files: bool = False
    mute_after_select_s: float = 0.0

    def __post_init__(self) -> None:
        if self.remove_after is not None and self.remove_after < 0:
            raise ValueError("remove_after must be >= 0")
        if self.latency_s < 0 or self.mute_after_select_s < 0:
            raise ValueError("latency_s and mute_after_select_s must be >= 0")
        if not 0 <= self.get_response_chunk <= 0xFF:
            raise ValueError("get_response_chunk must be 0 (off) to 255")

    @property
    def changes_the_card(self) -> bool:
        """Whether the card itself answers differently (not only later, or not at all)."""
        return bool(
            self.flip_byte is not None
            or self.clone
            or self.get_response_chunk
            or self.reask_length
            or self.old_applet
            or self.endless_files
        )

    def delay_s(self, *, selected: bool) -> float:
        """How long to hold back the answer to a command; ``selected``: the applet SELECT has
        been answered since the card was powered."""
        return self.latency_s + (self.mute_after_select_s if selected else 0.0)


def is_applet_select(apdu: bytes) -> bool:
    """Whether ``apdu`` is a SELECT by AID (the reader's first command to an eID)."""
    return len(apdu) >= 4 and apdu[1] == 0xA4 and apdu[2] == 0x04
