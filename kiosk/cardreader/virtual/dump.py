"""Replaying real card dumps: a folder of files named by file id becomes a :class:`CardProfile`.

Folder layout: one file per EF named by its file id in hex (``4031``, ``4032``, ``4033``,
``4034``, ``4035``, ``503C``, any other ``XXXX``), optionally ``ATR`` and ``CARDDATA`` (raw
bytes, or hex text), ``ROOT.pem`` (the root that signed the RRN certificate, written by
:func:`write_dump` for built-in profiles) and ``BASICKEY.pem`` (the applet 1.8 basic private
key of a built-in profile, PKCS#8). File contents are served byte for byte, padding
included, so real test-card dumps replay exactly. A dump of a real applet 1.8 card has no
private key (nobody can read it out of a card), so it replays as what it is: a copy, which
refuses INTERNAL AUTHENTICATE (``6A 88``).
"""

from __future__ import annotations

import hashlib
import re
import string
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.cardreader.virtual.encode import card_data as make_card_data
from kiosk.cardreader.virtual.model import ATR_APPLET_17, CARD_DATA_LEN, CardProfile

_FID_NAME = re.compile(r"^[0-9A-Fa-f]{4}$")
ATR_NAME = "ATR"
CARD_DATA_NAME = "CARDDATA"
ROOT_NAME = "ROOT.pem"
BASIC_KEY_NAME = "BASICKEY.pem"
_HEX_TEXT = set(string.hexdigits + string.whitespace + ":")


def _raw_or_hex(content: bytes) -> bytes:
    """Bytes as given, unless the file is hex text (``3B 98 13 ...``, with or without spaces)."""
    try:
        text = content.decode("ascii")
    except UnicodeDecodeError:
        return content
    if text.strip() and set(text) <= _HEX_TEXT:
        digits = "".join(ch for ch in text if ch in string.hexdigits)
        if len(digits) % 2 == 0:
            return bytes.fromhex(digits)
    return content


def load_dump(folder: str | Path, *, name: str | None = None) -> CardProfile:
    """A profile that serves the files in ``folder`` exactly (see the module docstring).

    Missing ATR: the applet 1.1/1.7 ATR. Missing CARDDATA: a plausible applet 1.7 block.
    Files that are not there (e.g. no 4033) are absent on the card (SELECT answers 6A 82).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError("dump folder not found")
    files: dict[int, bytes] = {}
    atr = ATR_APPLET_17
    card_data: bytes | None = None
    pin_tries = 3
    trust_root: bytes | None = None
    basic_key: ec.EllipticCurvePrivateKey | None = None
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if _FID_NAME.match(path.name):
            files[int(path.name, 16)] = path.read_bytes()
        elif path.name.upper() == ATR_NAME:
            atr = _raw_or_hex(path.read_bytes())
        elif path.name.upper() == CARD_DATA_NAME:
            card_data = _raw_or_hex(path.read_bytes())
        elif path.name == ROOT_NAME:
            trust_root = path.read_bytes()
        elif path.name == BASIC_KEY_NAME:
            basic_key = _load_basic_key(path.read_bytes())
    if not files:
        raise ValueError("no card files (named by file id, e.g. 4031) in the dump folder")
    if card_data is None:
        # Derive a stable chip serial from the identity file so one dump keeps one serial.
        seed = hashlib.sha256(files.get(0x4031, b"")).digest()
        card_data = make_card_data(bytes.fromhex("534C4750") + seed[:12], 0x17)
    elif len(card_data) == CARD_DATA_LEN + 3:  # the applet 1.8 P2=01 block: PIN tries + RFU
        pin_tries = card_data[CARD_DATA_LEN]
        card_data = card_data[:CARD_DATA_LEN]
    return CardProfile(
        # Not the folder name: sample dumps are often named after a national number.
        name=name or "dump",
        atr=atr,
        card_data=card_data,
        files=files,
        trust_root_pem=trust_root,
        description="replay of a card file dump",
        pin_tries=pin_tries,
        basic_private_key=basic_key,
    )


def _load_basic_key(pem: bytes) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{BASIC_KEY_NAME} is not an unencrypted PEM private key") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{BASIC_KEY_NAME} is not an EC private key")
    return key


def write_dump(profile: CardProfile, folder: str | Path) -> Path:
    """Save ``profile`` as a dump folder that :func:`load_dump` reads back identically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for fid, content in profile.files.items():
        (folder / f"{fid:04X}").write_bytes(content)
    (folder / ATR_NAME).write_bytes(profile.atr)
    card_data = profile.card_data
    if profile.applet_version >= 0x18:
        card_data += bytes((profile.pin_tries & 0xFF, 0xFF, 0xFF))
    (folder / CARD_DATA_NAME).write_bytes(card_data)
    if profile.trust_root_pem is not None:
        (folder / ROOT_NAME).write_bytes(profile.trust_root_pem)
    if profile.basic_private_key is not None:
        # A specimen's key, derived from its public name (pki.basic_key): no secret.
        pem = profile.basic_private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        (folder / BASIC_KEY_NAME).write_bytes(pem)
    return folder
