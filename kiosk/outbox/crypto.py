"""AES-256-GCM encryption of queued payloads at rest.

Every payload is sealed on its own, with a fresh 96-bit nonce, under a subkey derived from the
kiosk's data key. The submission id is bound in as associated data, so a ciphertext copied into
another row does not decrypt. A small header names the format and the key id so keys can be
rotated later without guessing which key sealed a record::

    version (1 byte, 0x01) | key id (1 byte) | nonce (12 bytes) | ciphertext + 16-byte tag

The header bytes are part of the associated data: changing the key id byte breaks the tag too.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import DataKey
from .records import OutboxIntegrityError, OutboxKeyError

FORMAT_VERSION = 1
NONCE_LEN = 12
TAG_LEN = 16
HEADER_LEN = 2 + NONCE_LEN

_PAYLOAD_LABEL = b"outbox payload v1"
_DIGEST_LABEL = b"outbox payload digest v1"
_AD_PREFIX = b"ehealth-kiosk/outbox/payload\x00"


def _associated_data(header: bytes, submission_id: str) -> bytes:
    return _AD_PREFIX + header[:2] + submission_id.encode("utf-8")


def encrypt_payload(key: DataKey, submission_id: str, plaintext: bytes) -> bytes:
    """Seal ``plaintext`` for the row ``submission_id``; returns header + ciphertext."""
    nonce = os.urandom(NONCE_LEN)
    header = bytes((FORMAT_VERSION, key.key_id)) + nonce
    sealed = AESGCM(key.subkey(_PAYLOAD_LABEL)).encrypt(
        nonce, plaintext, _associated_data(header, submission_id)
    )
    return header + sealed


def payload_key_id(blob: bytes) -> int:
    """The key id a sealed payload names (to pick the right key once keys rotate)."""
    if len(blob) < HEADER_LEN + TAG_LEN or blob[0] != FORMAT_VERSION:
        raise OutboxIntegrityError("a stored payload has an unknown format", code="payload_format")
    return blob[1]


def decrypt_payload(key: DataKey, submission_id: str, blob: bytes) -> bytes:
    """Open a payload sealed by :func:`encrypt_payload` for the same ``submission_id``.

    Raises :class:`OutboxKeyError` when the payload names another key, and
    :class:`OutboxIntegrityError` when the bytes were altered, moved to another row or sealed
    under a different key with the same id.
    """
    key_id = payload_key_id(blob)
    if key_id != key.key_id:
        raise OutboxKeyError(
            f"a queued submission is sealed with queue key #{key_id} but key #{key.key_id} is "
            "loaded; restore the key file that belongs to this queue. Queued submissions are kept.",
            code="key_mismatch",
        )
    header, sealed = blob[:HEADER_LEN], blob[HEADER_LEN:]
    try:
        return AESGCM(key.subkey(_PAYLOAD_LABEL)).decrypt(
            header[2:], sealed, _associated_data(header, submission_id)
        )
    except InvalidTag:
        raise OutboxIntegrityError(
            "a stored payload failed its integrity check "
            "(damaged, moved or sealed with another key)",
            code="payload_integrity",
        ) from None


def payload_digest(key: DataKey, plaintext: bytes) -> bytes:
    """A keyed digest of a payload: lets the store recognise a re-enqueue of the same bytes after
    the payload itself was purged, without keeping anything that could be brute-forced offline."""
    return hmac.new(key.subkey(_DIGEST_LABEL), plaintext, hashlib.sha256).digest()
