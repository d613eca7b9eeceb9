"""Read a Belgian eID and prove the data is genuine: the one call the rest of the kiosk makes.

:func:`read_card` runs the BELPIC sequence (:mod:`kiosk.cardreader.belpic`) over any
:class:`~kiosk.cardreader.transport.ApduTransport`, verifies the National Register signatures
(:mod:`kiosk.cardreader.verify`), parses the files (:mod:`kiosk.cardreader.identity`) and
returns one immutable :class:`CardRead`. Verification failures raise; an expired card does not
(it is a flag: the flow decides what an expired card may still do).

The photo is only held in memory for the screen: nothing here writes to disk. The raw identity
file, its signature and the RRN certificate are kept because the enrolment carries them as the
proof that the identity was read from a genuine card.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cryptography import x509

from kiosk.cardreader.apdu import CountingTransport
from kiosk.cardreader.belpic import BelpicSession, CardData, read_eid_files
from kiosk.cardreader.identity import Address, Identity, parse_address, parse_identity
from kiosk.cardreader.transport import ApduTransport
from kiosk.cardreader.verify import (
    Verification,
    load_trusted_roots,
    trim_der,
    verify_card_data,
)

__all__ = ["CardRead", "read_card"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False)
class CardRead:
    """One verified read of one card. Personal data throughout: ``repr`` shows none of it."""

    card_data: CardData
    identity: Identity
    address: Address | None
    photo: bytes | None
    identity_file: bytes
    identity_signature: bytes
    rrn_certificate: bytes  # DER, padding trimmed
    address_file: bytes | None
    address_signature: bytes | None
    verification: Verification
    expired: bool
    apdu_count: int

    def __repr__(self) -> str:
        return (
            f"CardRead(applet={self.card_data.applet_version_text}, "
            f"document_type={self.identity.document_type.code!r}, "
            f"photo={self.photo is not None}, address={self.address is not None}, "
            f"expired={self.expired}, apdus={self.apdu_count})"
        )

    __str__ = __repr__


def read_card(
    transport: ApduTransport,
    *,
    photo: bool = False,
    address: bool = False,
    roots: Sequence[x509.Certificate] | None = None,
    extra_roots: Iterable[bytes | str | os.PathLike[str]] = (),
    today: date | None = None,
) -> CardRead:
    """Read and verify the eID behind ``transport``.

    Always reads the identity file, its signature and the RRN certificate; the photo and the
    address (with its signature) only when asked (the address is personal data the enrolment
    does not need by default). ``roots`` replaces the pinned Belgian roots (load them once with
    :func:`~kiosk.cardreader.verify.load_trusted_roots`); ``extra_roots`` adds certificates
    (test cards only). ``today`` decides ``expired`` (default: the local date).

    Raises the :mod:`kiosk.cardreader.errors` types: NotAnEidCardError, CardRemovedError,
    CardReadError from the card; CardDataInvalidError, UnknownRootError from verification.
    ``ValueError`` if an extra root is not a certificate (a configuration error).
    """
    started = time.perf_counter()
    trusted = _trusted(roots, extra_roots)
    counting = CountingTransport(transport)
    session = BelpicSession(counting)
    card_data = session.open()
    files = read_eid_files(session, photo=photo, address=address)
    rrn_certificate = trim_der(files.rrn_certificate)
    verification = verify_card_data(
        identity_file=files.identity,
        identity_signature=files.identity_signature,
        rrn_certificate=rrn_certificate,
        roots=trusted,
        photo=files.photo,
        address_file=files.address,
        address_signature=files.address_signature,
    )
    identity = parse_identity(files.identity)
    parsed_address = parse_address(files.address) if files.address is not None else None
    expired = identity.expired(today or date.today())
    result = CardRead(
        card_data=card_data,
        identity=identity,
        address=parsed_address,
        photo=files.photo,
        identity_file=files.identity,
        identity_signature=files.identity_signature,
        rrn_certificate=rrn_certificate,
        address_file=files.address,
        address_signature=files.address_signature,
        verification=verification,
        expired=expired,
        apdu_count=counting.count,
    )
    log.info(
        "eID read and verified in %.0f ms: applet %s, %d APDUs, photo %s, address %s%s",
        (time.perf_counter() - started) * 1000,
        card_data.applet_version_text,
        counting.count,
        "read" if photo else "not read",
        "read" if address else "not read",
        ", card expired" if expired else "",
    )
    return result


def _trusted(
    roots: Sequence[x509.Certificate] | None,
    extra_roots: Iterable[bytes | str | os.PathLike[str]],
) -> tuple[x509.Certificate, ...]:
    extra = tuple(extra_roots)
    if roots is None:
        return load_trusted_roots(extra)
    if not extra:
        return tuple(roots)
    return tuple(roots) + load_trusted_roots(extra)
