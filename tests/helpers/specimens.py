"""The people of the tests: verified reads of the virtual specimen cards, without pcscd, and
fictitious people and care providers to type in.

A specimen card (:mod:`kiosk.cardreader.virtual.profiles`) is read through the virtual card's
APDU transport by the real reader code and verified against the test root that signed it (never
a Belgian root), so a test gets the same :class:`~kiosk.cardreader.reader.CardRead` the card
monitor would deliver. Every name and number here is fictitious.
"""

from __future__ import annotations

import dataclasses
import functools
from types import MappingProxyType

from kiosk.cardreader.reader import CardRead, read_card
from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import build_profile

#: A trusted person to type in: valid national number and eID card number check digits
#: (read-only: tests share it; ``{**TYPED, "surname": ...}`` makes a variant).
TYPED = MappingProxyType(
    {
        "national_number": "85073003328",
        "card_number": "592123456732",
        "surname": "Janssens",
        "first_names": "Marc",
    }
)


@functools.cache
def specimen_read(name: str = "nl-citizen", *, photo: bool = True) -> CardRead:
    """A verified read of the named specimen card, the photo too unless ``photo=False``.

    Cached: each card is read once per process (with and without the photo).
    """
    profile = build_profile(name)
    roots = [profile.trust_root_pem] if profile.trust_root_pem else []
    return read_card(VirtualTransport(VirtualCard(profile)), photo=photo, extra_roots=roots)


def other_card_of(read: CardRead, card_number: str = "591234567829") -> CardRead:
    """The same person on another card (another card number and chip)."""
    identity = dataclasses.replace(read.identity, card_number=card_number, chip_number=b"\x01" * 16)
    return dataclasses.replace(read, identity=identity)


def trusted_card_for(citizen: str) -> str:
    """The specimen card that plays a trusted person read by card: never the citizen's own."""
    return "nl-citizen" if citizen == "fr-citizen" else "fr-citizen"


def secrets_of(read: CardRead) -> list[str]:
    """What must not be on screen once the visit is over: surname, each first name on its own,
    national number and card number."""
    i = read.identity
    return [i.surname, *i.first_names.split(), i.national_number, i.card_number]


def card_secrets(read: CardRead) -> list[str]:
    """The identity's strings as the card holds them (the first names as one string): what the
    flow's logs, reprs and objects must not hold once it has let the visit go."""
    i = read.identity
    return [i.surname, i.first_names, i.national_number, i.card_number]


def nihii(base6: int, tail: str = "001") -> str:
    """An 11-digit NIHII number (a care provider's) whose check digits follow the mod-97 rule."""
    return f"{base6:06d}{97 - base6 % 97:02d}{tail}"


NIHII_1, NIHII_2, NIHII_3 = nihii(123456), nihii(234567), nihii(345678)
