"""A virtual Belgian eID card: the BELPIC applet emulated for demos, tests and pcscd (vpcd).

Public API: :class:`VirtualCard` / :class:`VirtualTransport` (in-process),
:class:`CardProfile` and :class:`Faults`; specimen profiles from
:mod:`kiosk.cardreader.virtual.profiles`, file dumps from :mod:`kiosk.cardreader.virtual.dump`,
and the pcscd bridge in :mod:`kiosk.cardreader.virtual.vpcd`.
"""

from __future__ import annotations

from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.model import CardProfile, Faults, Specimen

__all__ = ["CardProfile", "Faults", "Specimen", "VirtualCard", "VirtualTransport"]
