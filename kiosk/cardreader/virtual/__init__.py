"""A virtual Belgian eID card: the BELPIC applet emulated for demos, tests and pcscd (vpcd).

Public API: :class:`VirtualCard` / :class:`VirtualTransport` (in-process), :class:`CardProfile`
and :class:`Faults`; specimen cards from :func:`build_profile` (names in :data:`PROFILES`),
file dumps with :func:`load_dump` / :func:`write_dump`, and the pcscd bridge
:class:`kiosk.cardreader.virtual.vpcd.VpcdBridge`.
"""

from __future__ import annotations

from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.dump import load_dump, write_dump
from kiosk.cardreader.virtual.model import CardProfile, Faults, Specimen
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

__all__ = [
    "PROFILES",
    "CardProfile",
    "Faults",
    "Specimen",
    "VirtualCard",
    "VirtualTransport",
    "build_profile",
    "load_dump",
    "write_dump",
]
