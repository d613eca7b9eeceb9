"""Acknowledgement files: the network's signed answer to an export file, carried back on the USB
stick to a stand that never gets a network, so that it can forget what was delivered.

``kiosk-queue import`` writes one beside its report (:func:`write_acknowledgement`); the stand
reads it back (``kiosk-queue acknowledge FILE`` or the operator panel) with
:func:`apply_acknowledgement`, and the records it names become delivered, their payloads purged
exactly as after an online delivery (:meth:`~kiosk.outbox.store.Outbox.deliver_acknowledged`).

The file is a JWS in compact serialization (RFC 7515, one line of text), signed by the network
with its export PRIVATE key, the counterpart of the public key every kiosk seals its exports to
(setting ``export_public_key``), so only the network can write one::

    protected header  {"alg": "PS256", "typ": "kiosk-export-ack",
                       "kid": hex SHA-256 of the network key (DER SubjectPublicKeyInfo)}
    payload (JSON)    {"v": 1,
                       "kiosk_kid": the kid of the kiosk key that signed the export file,
                       "kiosk_id": the kiosk id its Bundles name (null if not exactly one),
                       "export_sha256": hex SHA-256 of the export file's bytes,
                       "created_at": seconds since the epoch (UTC),
                       "delivered": [submission ids, sorted]}

PS256 is RSASSA-PSS with SHA-256 (joserfc does the signing and checking). Nothing personal is in
it: submission ids are random UUIDs, the kid is a key thumbprint. The stand refuses a file the
network's key did not sign (forged, altered: ``ack_not_genuine``), one addressed to another
kiosk key (``ack_other_kiosk``) and one naming a submission this queue never exported
(``ack_not_exported``); a file already applied changes nothing and says so
(``ack_already_applied``). In every one of these cases nothing in the queue changes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.files import write_file_atomically

from .records import AckAlreadyAppliedError, AcknowledgementError

if TYPE_CHECKING:
    from .store import AckTally, Outbox

__all__ = [
    "ACK_SUFFIX",
    "AckAlreadyAppliedError",
    "AcknowledgementError",
    "Acknowledgement",
    "AppliedAcknowledgement",
    "acknowledgement_for",
    "apply_acknowledgement",
    "key_fingerprint",
    "kiosk_id_of",
    "read_acknowledgement",
    "sign_acknowledgement",
    "write_acknowledgement",
]

log = logging.getLogger(__name__)

ACK_SUFFIX = ".ack"
TYP = "kiosk-export-ack"
ALG = "PS256"
FORMAT_VERSION = 1
MAX_ACK_BYTES = 4 << 20  # ~100 000 submission ids: far above one export


@dataclass(frozen=True)
class Acknowledgement:
    """What an acknowledgement says: which export (its kiosk key and digest) and which of its
    submissions the network now holds."""

    kiosk_kid: str
    kiosk_id: str | None
    export_sha256: str
    created_at: float
    delivered: tuple[str, ...]

    def to_payload(self) -> bytes:
        document = {
            "v": FORMAT_VERSION,
            "kiosk_kid": self.kiosk_kid,
            "kiosk_id": self.kiosk_id,
            "export_sha256": self.export_sha256,
            "created_at": self.created_at,
            "delivered": sorted(self.delivered),
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class AppliedAcknowledgement:
    """The outcome at the stand: ``delivered`` now delivered (payloads purged), ``already``
    delivered before, ``left`` exported but set aside for a volunteer (rejected), untouched."""

    acknowledgement: Acknowledgement
    delivered: tuple[str, ...]
    already: tuple[str, ...]
    left: tuple[str, ...]


# -- at the network office ------------------------------------------------------------------------


def sign_acknowledgement(ack: Acknowledgement, private_key: rsa.RSAPrivateKey) -> bytes:
    """The acknowledgement file's bytes, signed with the network's export private key."""
    from joserfc import jws
    from joserfc.jwk import RSAKey

    header = {"alg": ALG, "typ": TYP, "kid": key_fingerprint(private_key.public_key())}
    token = jws.serialize_compact(
        header, ack.to_payload(), RSAKey.import_key(private_key), algorithms=[ALG]
    )
    return token.encode("ascii") + b"\n"


def write_acknowledgement(path: Path, ack: Acknowledgement, private_key: rsa.RSAPrivateKey) -> None:
    """Write (or replace: a second import of the same file acknowledges at least as much) the
    acknowledgement atomically."""
    write_file_atomically(path, sign_acknowledgement(ack, private_key), replace=True)


def acknowledgement_for(
    export_sha256: str, kiosk_kid: str, delivered: Sequence[str], bundles: Iterable[bytes]
) -> Acknowledgement:
    """What ``kiosk-queue import`` acknowledges for one export file (its SHA-256, hex): the
    ``delivered`` ids, and the kiosk id their ``bundles`` name."""
    return Acknowledgement(
        kiosk_kid=kiosk_kid,
        kiosk_id=kiosk_id_of(bundles),
        export_sha256=export_sha256,
        created_at=time.time(),
        delivered=tuple(delivered),
    )


def kiosk_id_of(bundles: Iterable[bytes]) -> str | None:
    """The kiosk id the Bundles' kiosk Device names, if they all name the same one."""
    found: set[str] = set()
    for bundle in bundles:
        try:
            for entry in json.loads(bundle).get("entry", []):
                resource = entry.get("resource", {})
                if resource.get("resourceType") == "Device":
                    found.update(str(i.get("value")) for i in resource.get("identifier", []))
        except (ValueError, AttributeError, TypeError):
            return None
    return found.pop() if len(found) == 1 else None


# -- at the stand ---------------------------------------------------------------------------------


def read_acknowledgement(
    file: Path | str, network_public_key_pem: bytes, kiosk_kid: str
) -> Acknowledgement:
    """Read ``file`` and check it: signed by the network key ``network_public_key_pem`` and
    addressed to the kiosk key ``kiosk_kid``. Raises :class:`AcknowledgementError` with code
    ``ack_unreadable``, ``not_an_ack``, ``bad_network_key``, ``ack_wrong_key`` (signed for
    another network key), ``ack_not_genuine`` (forged or altered) or ``ack_other_kiosk``."""
    path = Path(file)
    try:
        if path.stat().st_size > MAX_ACK_BYTES:
            raise AcknowledgementError(
                f"{path.name} is too large to be an acknowledgement", code="not_an_ack"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AcknowledgementError(
            f"cannot read {path.name}: {exc.strerror}", code="ack_unreadable"
        ) from None
    public_key = _load_public_key(network_public_key_pem)
    ack = _verified(data, public_key)
    if ack.kiosk_kid != kiosk_kid:
        raise AcknowledgementError(
            f"this acknowledgement is for another kiosk (key {ack.kiosk_kid}, this kiosk is "
            f"{kiosk_kid}); nothing changed. Take it to the kiosk it names",
            code="ack_other_kiosk",
        )
    return ack


def apply_acknowledgement(outbox: Outbox, ack: Acknowledgement) -> AppliedAcknowledgement:
    """Mark the records ``ack`` names delivered and purge their payloads (all or nothing).

    Raises ``ack_not_exported`` if it names a submission this queue never exported (nothing
    changes), :class:`AckAlreadyAppliedError` if it changes nothing because it was applied
    already."""
    tally: AckTally = outbox.deliver_acknowledged(ack.delivered)
    if tally.not_exported:
        raise AcknowledgementError(
            f"this acknowledgement names {len(tally.not_exported)} submission(s) this kiosk never "
            f"exported (first: {tally.not_exported[0]}); nothing changed",
            code="ack_not_exported",
        )
    if not tally.delivered:
        raise AckAlreadyAppliedError(
            "this acknowledgement was already applied: its submissions are already delivered; "
            "nothing changed"
        )
    log.info(
        "acknowledgement applied: %d delivered, %d already, %d left for a volunteer",
        len(tally.delivered),
        len(tally.already),
        len(tally.left),
    )
    return AppliedAcknowledgement(ack, tally.delivered, tally.already, tally.left)


def key_fingerprint(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def _verified(data: bytes, public_key: rsa.RSAPublicKey) -> Acknowledgement:
    from joserfc import jws
    from joserfc.errors import JoseError
    from joserfc.jwk import RSAKey

    try:
        text = data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise _not_genuine() from None
    if text.count(".") != 2:
        raise AcknowledgementError(
            "this is not an acknowledgement file written by 'kiosk-queue import'",
            code="not_an_ack",
        )
    try:
        header = jws.extract_compact(text.encode("ascii")).headers()
        if header.get("kid") != key_fingerprint(public_key):
            raise AcknowledgementError(
                "this acknowledgement was not signed by the network key this kiosk is configured "
                "with (export_public_key); nothing changed",
                code="ack_wrong_key",
            )
        opened = jws.deserialize_compact(text, RSAKey.import_key(public_key), algorithms=[ALG])
    except (JoseError, ValueError, TypeError):
        raise _not_genuine() from None
    if opened.headers().get("typ") != TYP:
        raise AcknowledgementError(
            "this signed file is not an export acknowledgement", code="not_an_ack"
        )
    return _parse_payload(opened.payload)


def _parse_payload(payload: bytes) -> Acknowledgement:
    """The signed payload; the signature held, so a bad shape is a network tool's bug."""
    try:
        doc: Any = json.loads(payload)
        if doc.get("v") != FORMAT_VERSION:
            raise AcknowledgementError(
                f"acknowledgement format {doc.get('v')!r} is not one this kiosk knows; update it",
                code="ack_too_new",
            )
        delivered = doc["delivered"]
        kiosk_id = doc.get("kiosk_id")
        fields_ok = (
            isinstance(doc["kiosk_kid"], str)
            and isinstance(doc["export_sha256"], str)
            and isinstance(doc["created_at"], int | float)
            and isinstance(delivered, list)
            and all(isinstance(s, str) for s in delivered)
            and (kiosk_id is None or isinstance(kiosk_id, str))
        )
        if not fields_ok:
            raise TypeError
        return Acknowledgement(
            doc["kiosk_kid"],
            kiosk_id,
            doc["export_sha256"],
            float(doc["created_at"]),
            tuple(delivered),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        raise AcknowledgementError(
            "the acknowledgement's content is malformed; nothing changed", code="not_an_ack"
        ) from None


def _not_genuine() -> AcknowledgementError:
    return AcknowledgementError(
        "the acknowledgement's signature does not hold: it was altered, damaged or not written "
        "by the network; nothing changed",
        code="ack_not_genuine",
    )


def _load_public_key(pem: bytes) -> rsa.RSAPublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, rsa.RSAPublicKey):
        raise AcknowledgementError(
            "the network public key cannot be read (expected a PEM RSA public key)",
            code="bad_network_key",
        )
    return key
