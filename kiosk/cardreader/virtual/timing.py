"""How long an APDU takes on a real reader: a time model for the virtual card (off by default).

Through pcscd and vpcd the virtual card answers an APDU in about 0.1 ms, where a real eID in a
USB reader needs milliseconds per command and about a second for a whole read with the photo.
With a :class:`ReaderTiming` the vpcd bridge holds each answer back until the modelled time of
that APDU has passed since the command arrived, so a benchmark sees a real card's pace. The
model is pure arithmetic; the bridge does the waiting.

The model, per APDU: ``command_overhead_s + characters * character_time``.

* Rate (ISO/IEC 7816-3 §7.1, §8.3): TA1 of the ATR codes FI (high nibble) and DI (low nibble);
  Tables 7 and 8 give Fi (clock cycles) and Di; without TA1, Fi = 372 and Di = 1. One
  elementary time unit is ``etu = Fi / (Di * f)``. We assume the reader runs the card at
  the TA1 values (a PPS exchange, or the card's specific mode) and at f = 4 MHz: many CCID
  readers declare ``dwDefaultClock 4.000 MHz`` (ACS ACR38U, Gemplus GemPC433, SCM SDI010 in
  the reader list of the CCID driver, ``readers/*.txt``, e.g.
  https://opensource.apple.com/source/SmartcardCCID/SmartcardCCID-55000/ccid/ccid/readers/ACR38U-CCID.txt.auto.html
  ), and "usual frequencies for USB readers are 4.8 MHz, 4.0 MHz, and 3.692 MHz" (fgrieu,
  "reader's speed", https://community.oracle.com/message/10886838, which decodes the same
  ``TA1 = 96`` as the applet 1.8 ATR).
* Character (§7.2, §7.3): start bit, 8 data bits, parity and the 2 etu guard time make
  12 etu under T=0, plus N etu of extra guard time from TC1 (N = 255 means none for T=0).
  Belgian eID: applet 1.7 (``3B 98 13 ...``) TA1 = 13, Fi 372 / Di 4, 93 clock cycles:
  etu 23.25 µs, 279 µs per character; applet 1.8 (``3B 7F 96 ...``) TA1 = 96, Fi 512 / Di 32,
  etu 4 µs, 48 µs per character. Neither has extra guard time.
* Characters on the T=0 wire (§10.3): the 5-byte command header (CLA INS P1 P2 P3; a case-1
  command gets P3 = 00, a case-4 command's Le is not sent); one procedure byte (the INS
  acknowledgement) before the command data, and one before the response data, when there is
  any; the data; SW1 SW2.
* Not modelled, each of which a real read pays on top: the card's own processing time and the
  NULL procedure bytes it sends meanwhile; the 16 etu minimum between two characters sent in
  opposite directions (at most 4 etu more per turn, about one character per APDU); power-up,
  ATR and PPS (before the card is "inserted" for a client).
* ``command_overhead_s``: what the reader and the host add per command, 1 ms by default. A
  CCID command travels in a Bulk-OUT transfer and its answer in a Bulk-IN transfer, and a
  full-speed USB device is served in 1 ms frames (USB 2.0 specification, "Frames and
  Microframes", "Start-of-Frame Packets"),
  so an APDU costs at least about one frame beyond its wire time. We found no public
  measurement of the reader's share alone; the public logs we found show whole exchanges that
  take longer (they include the card's processing): LudovicRousseau/PCSC issue #71
  (https://github.com/LudovicRousseau/PCSC/issues/71, Gemalto IDBridge CT40, pcscd log) 6.1 ms
  from a short T=1 command leaving the driver to its ``6D 00`` answer; OpenSC/OpenSC issue
  #1112 (https://github.com/OpenSC/OpenSC/issues/1112, a Belgian eID of applet 1.7 in an
  Alcor AU9560) 18 ms for GET CARD DATA, of which this model's wire time explains about 10 ms.
  1 ms is therefore the low end: a larger overhead would raise the floor and flatter a
  benchmark's ratio against it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEFAULT_CLOCK_HZ",
    "DEFAULT_COMMAND_OVERHEAD_S",
    "AtrParameters",
    "CardTiming",
    "ReaderTiming",
    "parse_atr",
    "t0_characters",
]

DEFAULT_CLOCK_HZ = 4_000_000
DEFAULT_COMMAND_OVERHEAD_S = 0.001

# ISO/IEC 7816-3:2006 Table 7 (FI -> Fi) and Table 8 (DI -> Di); other codes are reserved.
_FI = {0x0: 372, 0x1: 372, 0x2: 558, 0x3: 744, 0x4: 1116, 0x5: 1488, 0x6: 1860,
       0x9: 512, 0xA: 768, 0xB: 1024, 0xC: 1536, 0xD: 2048}  # fmt: skip
_DI = {0x1: 1, 0x2: 2, 0x3: 4, 0x4: 8, 0x5: 16, 0x6: 32, 0x7: 64, 0x8: 12, 0x9: 20}

_T0_CHARACTER_ETU = 12


@dataclass(frozen=True)
class AtrParameters:
    """What an ATR says about the transmission rate: Fi and Di (the values, not the codes),
    the extra guard time N (TC1) and the protocols the card offers (T=0 when it names none)."""

    fi: int = 372
    di: int = 1
    extra_guard_time: int = 0
    protocols: tuple[int, ...] = (0,)


def parse_atr(atr: bytes) -> AtrParameters:
    """Read TA1 and TC1 (and the protocols of the TDi) from an ATR.

    T0 and each TDi announce, in their high nibble, which of TAi TBi TCi TDi follow; TA1 and
    TC1 are the first group's. Raises ValueError for a short ATR, an unknown convention byte
    or a reserved FI/DI code.
    """
    atr = bytes(atr)
    if len(atr) < 2:
        raise ValueError("an ATR has at least TS and T0")
    if atr[0] not in (0x3B, 0x3F):
        raise ValueError(f"unknown ATR convention byte TS={atr[0]:02X}")
    ta1: int | None = None
    tc1: int | None = None
    protocols: list[int] = []
    position = 1
    indicator = atr[1]  # T0, then each TDi
    group = 1
    while True:
        present = [indicator & bit for bit in (0x10, 0x20, 0x40, 0x80)]
        values: list[int | None] = []
        for bit in present:
            if not bit:
                values.append(None)
                continue
            position += 1
            if position >= len(atr):
                raise ValueError("ATR ends inside its interface bytes")
            values.append(atr[position])
        ta, _tb, tc, td = values
        if group == 1:
            ta1, tc1 = ta, tc
        if td is None:
            break
        protocols.append(td & 0x0F)
        indicator = td
        group += 1
    fi, di = 372, 1
    if ta1 is not None:
        if ta1 >> 4 not in _FI or ta1 & 0x0F not in _DI:
            raise ValueError(f"reserved FI/DI code in TA1={ta1:02X}")
        fi, di = _FI[ta1 >> 4], _DI[ta1 & 0x0F]
    return AtrParameters(
        fi=fi,
        di=di,
        extra_guard_time=tc1 or 0,
        protocols=tuple(dict.fromkeys(protocols)) or (0,),
    )


def t0_characters(command: bytes, response: bytes) -> int:
    """The characters one command APDU and its response APDU (data + SW1 SW2) put on a T=0
    wire: header, procedure bytes, data both ways and the status word."""
    command_data = 0
    if len(command) > 5:
        command_data = min(command[4], len(command) - 5)
    response_data = max(len(response) - 2, 0)
    acknowledgements = (command_data > 0) + (response_data > 0)
    return 5 + command_data + acknowledgements + response_data + 2


@dataclass(frozen=True)
class CardTiming:
    """The modelled time of APDUs with one card in one reader (:meth:`ReaderTiming.for_card`)."""

    etu_s: float
    character_etu: int
    command_overhead_s: float

    @property
    def character_s(self) -> float:
        return self.character_etu * self.etu_s

    def wire_s(self, command: bytes, response: bytes) -> float:
        """The time the characters of one exchange take on the wire."""
        return t0_characters(command, response) * self.character_s

    def apdu_s(self, command: bytes, response: bytes) -> float:
        """Wire time plus the reader's fixed per-command overhead."""
        return self.command_overhead_s + self.wire_s(command, response)


@dataclass(frozen=True)
class ReaderTiming:
    """A reader: its clock to the card and its fixed cost per command (see the module text)."""

    clock_hz: float = DEFAULT_CLOCK_HZ
    command_overhead_s: float = DEFAULT_COMMAND_OVERHEAD_S

    def for_card(self, atr: bytes) -> CardTiming:
        """The timing of the card with this ATR, at the rate its TA1 offers."""
        parameters = parse_atr(atr)
        guard = parameters.extra_guard_time
        return CardTiming(
            etu_s=parameters.fi / (parameters.di * self.clock_hz),
            character_etu=_T0_CHARACTER_ETU + (0 if guard == 255 else guard),
            command_overhead_s=self.command_overhead_s,
        )
