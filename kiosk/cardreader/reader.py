"""Read a Belgian eID and prove the data is genuine: the two calls the rest of the kiosk makes.

:func:`read_card` runs the BELPIC sequence (:mod:`kiosk.cardreader.belpic`) over any
:class:`~kiosk.cardreader.transport.ApduTransport`, verifies the National Register signatures
(:mod:`kiosk.cardreader.verify`), parses the files (:mod:`kiosk.cardreader.identity`) and
returns one immutable :class:`CardRead`. Verification failures raise; an expired card does not
(it is a flag: the flow decides what an expired card may still do).

:func:`authenticate_card` proves, later and once per submission, that the card in the reader
is the one the files belong to and not a copy of them: the applet 1.8 challenge with the basic
key the read verified (eid-card.md §3.5).

The photo is only held in memory for the screen: nothing here writes to disk. The raw identity
file, its signature and the RRN certificate are kept because the enrolment carries them as the
proof that the identity was read from a genuine card.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cryptography import x509

from kiosk.cardreader.apdu import SW_OK, CountingTransport, status_error
from kiosk.cardreader.belpic import CHALLENGE_LEN, BelpicSession, CardData, read_eid_files
from kiosk.cardreader.errors import CardCloneError, CardDataInvalidError, CardReadError
from kiosk.cardreader.identity import Address, Identity, parse_address, parse_identity
from kiosk.cardreader.transport import READ_LIMITS, ApduTransport, LimitedTransport, ReadLimits
from kiosk.cardreader.verify import (
    Verification,
    basic_public_key,
    load_trusted_roots,
    trim_der,
    verify_card_data,
    verify_card_signature,
)

__all__ = ["CHALLENGE_LEN", "CardRead", "authenticate_card", "read_card"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False)
class CardRead:
    """One verified read of one card. Personal data throughout: ``repr`` shows none of it.

    ``basic_key`` is EF 4040 (DER SubjectPublicKeyInfo, P-384) as read and checked against
    identity tag 0x1A, on cards that have one (applet 1.8); pass it to
    :func:`authenticate_card`. ``None``: the card has no basic key (applet 1.7 and older) and
    its authenticity cannot be proven, only its data (``authenticity_provable`` is False).
    """

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
    basic_key: bytes | None = None

    @property
    def authenticity_provable(self) -> bool:
        """The card can prove it is the genuine card (:func:`authenticate_card`); False for
        applet 1.7 and older, which are "authenticity not provable"."""
        return self.basic_key is not None

    def __repr__(self) -> str:
        return (
            f"CardRead(applet={self.card_data.applet_version_text}, "
            f"document_type={self.identity.document_type.code!r}, "
            f"photo={self.photo is not None}, address={self.address is not None}, "
            f"authenticity_provable={self.authenticity_provable}, "
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
    limits: ReadLimits = READ_LIMITS,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> CardRead:
    """Read and verify the eID behind ``transport``.

    Always reads the identity file, its signature and the RRN certificate, and the basic
    public key (EF 4040) when the identity file names one (applet 1.8); the photo and the
    address (with its signature) only when asked (the address is personal data the enrolment
    does not need by default). ``roots`` replaces the pinned Belgian roots (load them once with
    :func:`~kiosk.cardreader.verify.load_trusted_roots`); ``extra_roots`` adds certificates
    (test cards only). ``today`` decides ``expired`` (default: the local date).

    The read is bounded by ``limits`` (commands, seconds by ``clock``, GET RESPONSE chaining):
    past them it ends in :class:`~kiosk.cardreader.errors.ReadLimitError`, a read error, and
    the calling thread is free again. ``sleep`` is what the pause before a re-issued command
    (applet 1.0 cards) waits with; tests pass a fake clock's.

    Raises the :mod:`kiosk.cardreader.errors` types: NotAnEidCardError, CardRemovedError,
    CardReadError (ReadLimitError) from the card; CardDataInvalidError, UnknownRootError from
    verification.
    ``ValueError`` if an extra root is not a certificate (a configuration error).
    """
    started = time.perf_counter()
    trusted = _trusted(roots, extra_roots)
    counting = CountingTransport(LimitedTransport(transport, limits, clock=clock))
    session = BelpicSession(counting, sleep=sleep, max_get_responses=limits.max_get_responses)
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
        basic_key=files.basic_key,
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
        basic_key=files.basic_key,
    )
    log.info(
        "eID read and verified in %.0f ms: applet %s, %d APDUs, photo %s, address %s, %s%s",
        (time.perf_counter() - started) * 1000,
        card_data.applet_version_text,
        counting.count,
        "read" if photo else "not read",
        "read" if address else "not read",
        "authenticity provable" if result.authenticity_provable else "authenticity not provable",
        ", card expired" if expired else "",
    )
    return result


# INTERNAL AUTHENTICATE answers that a card whose signed files name a basic key can only give
# if it is not that card: no such key (6A 88), no such command (6D 00).
_NO_BASIC_KEY = (0x6A88, 0x6D00)
# "Condition of use not satisfied (algorithm locked, key not initialized, command blocked)"
# (1.8 manual table 37): on a genuine card, the 5000 challenges are used up.
_BLOCKED = 0x6985
# The command's class and instruction, which is all status_error needs to name it.
_INTERNAL_AUTHENTICATE = bytes((0x00, 0x88))


def authenticate_card(transport: ApduTransport, basic_key: bytes, challenge: bytes) -> bytes:
    """Prove that the card behind ``transport`` holds the basic key of a verified read: one
    INTERNAL AUTHENTICATE (applet 1.8, eid-card.md §3.5), its ECDSA P-384 answer verified.

    ``basic_key`` is :attr:`CardRead.basic_key` of the read (checked against identity tag
    0x1A then). ``challenge`` is 48 bytes the card signs as a SHA-384 digest: derive it from
    the submission (say, SHA-384 of the submission id and its decisions) so the signature
    proves the card was present for that submission and cannot be replayed for another.
    Returns the card's signature, raw ``r || s`` (96 bytes), for evidence that travels with
    the submission; :func:`kiosk.cardreader.verify.verify_card_signature` checks it again
    anywhere from the same three values.

    Call it once per submission, never per read, and only for a read whose
    ``authenticity_provable`` is True: the card allows 5000 challenges, then refuses until
    its PIN is verified (1.8 manual §5.2). Sends SELECT (the applet) then INTERNAL
    AUTHENTICATE, whose signature comes through GET RESPONSE: 3 APDUs. Through PC/SC,
    :func:`kiosk.cardreader.pcsc.authenticate_on_reader` runs it in a transaction of its own.
    Make sure the card is still the one that was read (the monitor's card token): another
    genuine card fails the challenge like a clone.

    Bounded like a read (:data:`~kiosk.cardreader.transport.READ_LIMITS`).

    Raises :class:`CardCloneError` (code ``card-clone``; a :class:`CardDataInvalidError`, so
    refused like forged data) when the signature does not verify or the card has no basic
    key; :class:`CardReadError` when the card refuses for another reason (``69 85``: blocked
    after 5000 challenges); the transport's errors (card removed...) pass through.
    ``ValueError`` if ``challenge`` is not 48 bytes or ``basic_key`` is not a P-384 key
    (not a value from a verified read).
    """
    if len(challenge) != CHALLENGE_LEN:
        raise ValueError(f"the challenge must be {CHALLENGE_LEN} bytes (a SHA-384 digest)")
    try:
        basic_public_key(basic_key)
    except CardDataInvalidError as exc:
        raise ValueError("basic_key is not the P-384 key of a verified read") from exc
    started = time.perf_counter()
    counting = CountingTransport(LimitedTransport(transport))
    session = BelpicSession(counting)
    session.select_applet()
    signature, sw = session.internal_authenticate(challenge)
    if sw in _NO_BASIC_KEY:
        raise CardCloneError(
            f"the card has no basic key, although its signed files name one "
            f"(INTERNAL AUTHENTICATE answered SW {sw:04X})"
        )
    if sw == _BLOCKED:
        raise CardReadError(
            "the card refuses INTERNAL AUTHENTICATE (SW 6985): its basic key is locked, "
            "normally after 5000 challenges, until the cardholder's PIN is verified"
        )
    if sw != SW_OK:
        raise status_error(_INTERNAL_AUTHENTICATE, sw, not_activated_is_not_eid=False)
    verify_card_signature(basic_key, challenge, signature)
    log.info(
        "card authenticated with its basic key in %.0f ms, %d APDUs",
        (time.perf_counter() - started) * 1000,
        counting.count,
    )
    return signature


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
