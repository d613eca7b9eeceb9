"""The kiosk's signature on each submission Bundle, and its check by the network.

A Bundle the kiosk builds is signed with the kiosk's own key (:mod:`kiosk.network.identity`,
ECDSA P-384), so the network can tell a submission this kiosk made from one that anybody wrote
(http://hl7.org/fhir/R4/signatures.html: a detached signature carried by a Provenance). The
signature is one element of the Bundle's Provenance entry (the kiosk's record of the eID
reading), ``Provenance.signature``::

    type       Verification Signature (urn:iso-astm:E1762-95:2013 1.2.840.10065.1.12.1.5)
    when       the signing time: the Bundle's ``timestamp`` (the kiosk signs as it queues it)
    who        the kiosk: a reference to the Bundle's Device entry (its fullUrl)
    sigFormat  application/jose
    data       base64 of a compact JWS with a detached payload (RFC 7515 appendix F)

The JWS's protected header is ``{"alg": "ES384", "kid": <RFC 7638 thumbprint of the kiosk's
key>, "sigT": <when>}``; ``sigT`` (the signing time, as in ETSI JAdES) binds ``when`` to the
signature. Its payload is the canonical Bundle without the signature:

1. parse the Bundle (UTF-8 JSON); it has exactly one Provenance entry;
2. remove the kiosk's signature from that Provenance's ``signature`` list (the element whose
   type is Verification Signature), and the list itself if nothing else is left in it. Any
   other signature stays and is covered: with ``evidence = "card"`` the card's own Source
   Signature over the submission's challenge (:mod:`kiosk.fhir.card_evidence`) is signed too;
3. serialise with :func:`kiosk.fhir.bundle.canonical_json`: object keys sorted by code point,
   separators ``,`` and ``:`` with no whitespace, non-ASCII characters written as UTF-8 (not
   ``\\u`` escapes), no NaN or infinities.

So the payload of a fresh Bundle is exactly the bytes :func:`~kiosk.fhir.bundle.build_bundle`
returned, and the signed Bundle is those bytes' document plus the signature, canonical again.
The payload is base64url-encoded in the signing input (RFC 7515, not RFC 7797's unencoded
payload) and left out of the compact form. The ECDSA signature is deterministic (RFC 6979), so
a signed Bundle is as deterministic as the Bundle: queueing the same submission twice stays a
no-op (:meth:`kiosk.outbox.store.Outbox.enqueue`). Verifiers need nothing special: it is an
ordinary ES384 signature.

:func:`verify_bundle` checks it against the network's list of registered kiosk keys (a JWK Set,
:class:`RegisteredKeys`) and raises :class:`BundleSignatureError` with a stable code:
``unsigned`` (no signature), ``unknown-kiosk-key`` (signed by a key the network did not
register), ``bad-signature`` (the signature element is malformed or inconsistent: type, who,
sigFormat, when, not an ES384 JWS) or ``altered`` (the signature does not match the Bundle's
content: the Bundle, or the signature bytes, were changed after signing).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError
from kiosk.fhir.bundle import canonical_json

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec
    from joserfc.jwk import ECKey

    from kiosk.network.identity import KioskIdentity

__all__ = [
    "SIG_FORMAT",
    "VERIFICATION_SIGNATURE",
    "BundleSignatureError",
    "RegisteredKeys",
    "RegisteredKeysError",
    "is_signed",
    "sign_bundle",
    "signing_payload",
    "verify_bundle",
]

ALG = "ES384"
SIG_FORMAT = "application/jose"
VERIFICATION_SIGNATURE = {
    "system": "urn:iso-astm:E1762-95:2013",
    "code": "1.2.840.10065.1.12.1.5",
    "display": "Verification Signature",
}

Json = dict[str, Any]


class BundleSignatureError(KioskError):
    """A Bundle's signature is missing or does not hold; ``code`` says which (module doc)."""

    code = "bad-signature"

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class RegisteredKeysError(KioskError):
    """The network's list of registered kiosk keys cannot be read."""

    code = "kiosk-keys-malformed"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


@dataclass(frozen=True)
class RegisteredKeys:
    """The kiosk keys the network registered (``kiosk network register`` prints each kiosk's
    JWK Set), indexed by their RFC 7638 thumbprint."""

    keys: Mapping[str, ECKey]

    @classmethod
    def from_jwks(cls, document: Any) -> RegisteredKeys:
        """From a JWK Set ``{"keys": [...]}`` of EC P-384 public keys. A key's ``kid``, when
        given, must be its thumbprint (that is what kiosks put in their signatures)."""
        from joserfc.errors import JoseError
        from joserfc.jwk import ECKey

        if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
            raise RegisteredKeysError('the kiosk keys are not a JWK Set ({"keys": [...]})')
        keys: dict[str, ECKey] = {}
        for index, jwk in enumerate(document["keys"]):
            try:
                key = ECKey.import_key(jwk)
            except (JoseError, ValueError, TypeError, KeyError):
                raise RegisteredKeysError(
                    f"kiosk key #{index} is not an EC public key in JWK form"
                ) from None
            if key.curve_name != "P-384" or key.is_private:
                raise RegisteredKeysError(f"kiosk key #{index} is not a P-384 public key")
            thumbprint = str(key.thumbprint())
            if jwk.get("kid", thumbprint) != thumbprint:
                raise RegisteredKeysError(
                    f"kiosk key #{index}: its kid is not its RFC 7638 thumbprint"
                )
            keys[thumbprint] = key
        return cls(keys)

    @classmethod
    def from_file(cls, path: Path | str) -> RegisteredKeys:
        """From a JWKS file; raises :class:`RegisteredKeysError` (``kiosk-keys-missing`` or
        ``kiosk-keys-malformed``) with a message that says which."""
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise RegisteredKeysError(
                f"cannot read the registered kiosk keys file {path}: {exc.strerror}",
                code="kiosk-keys-missing",
            ) from None
        try:
            document = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise RegisteredKeysError(
                f"the registered kiosk keys file {path} is not JSON (expected a JWK Set)"
            ) from None
        try:
            registered = cls.from_jwks(document)
        except RegisteredKeysError as exc:
            raise RegisteredKeysError(f"the registered kiosk keys file {path}: {exc}") from None
        if not registered.keys:
            raise RegisteredKeysError(f"the registered kiosk keys file {path} lists no key")
        return registered

    def public_key(self, kid: str) -> ec.EllipticCurvePublicKey | None:
        """The registered key with thumbprint ``kid`` (for :mod:`cryptography`), or None."""
        key = self.keys.get(kid)
        if key is None:
            return None
        public: ec.EllipticCurvePublicKey = key.public_key
        return public


def sign_bundle(
    bundle_bytes: bytes, identity: KioskIdentity, *, now: datetime | None = None
) -> bytes:
    """The Bundle with the kiosk's signature in its Provenance (canonical JSON bytes).

    A kiosk signature already there is replaced (other signatures, such as the card's, are
    kept and covered by this one). The signing time is the Bundle's ``timestamp``
    (the kiosk signs as it queues the submission), or ``now``. Signing is deterministic: the
    same Bundle, key and time give the same bytes."""
    from joserfc import jws
    from joserfc.jwk import ECKey

    document = _parse(bundle_bytes)
    provenance = _provenance(document)
    when = _instant(now) if now is not None else _timestamp(document)
    _take_kiosk_signatures(provenance)
    payload = canonical_json(document)
    header = {"alg": ALG, "kid": identity.kid, "sigT": when}
    token = jws.serialize_compact(
        header, payload, ECKey.import_key(identity.private_key), registry=_registry()
    )
    provenance.setdefault("signature", []).append(
        {
            "type": [dict(VERIFICATION_SIGNATURE)],
            "when": when,
            "who": {"reference": _device_url(document)},
            "sigFormat": SIG_FORMAT,
            "data": base64.b64encode(jws.detach_content(token).encode("ascii")).decode("ascii"),
        }
    )
    return canonical_json(document)


def _take_kiosk_signatures(provenance: dict[str, Any]) -> list[Any]:
    """Remove and return the kiosk's signatures (type Verification Signature) from the
    Provenance, leaving any other signature in place (and no empty list)."""
    signatures = provenance.get("signature")
    if signatures is None:
        return []
    if not isinstance(signatures, list):
        raise _bad("the Provenance's signature is not a list")
    kiosk = [s for s in signatures if isinstance(s, dict) and _is_verification(s)]
    others = [s for s in signatures if not (isinstance(s, dict) and _is_verification(s))]
    if others:
        provenance["signature"] = others
    else:
        provenance.pop("signature")
    return kiosk


def _is_verification(signature: dict[str, Any]) -> bool:
    types = signature.get("type")
    return isinstance(types, list) and any(
        isinstance(t, dict)
        and (t.get("system"), t.get("code"))
        == (VERIFICATION_SIGNATURE["system"], VERIFICATION_SIGNATURE["code"])
        for t in types
    )


def is_signed(bundle_bytes: bytes) -> bool:
    """Whether the Bundle's Provenance carries a kiosk signature (checked or not)."""
    try:
        return bool(_take_kiosk_signatures(_provenance(_parse(bundle_bytes))))
    except BundleSignatureError:
        return False


def signing_payload(bundle_bytes: bytes) -> bytes:
    """The bytes the kiosk's signature covers: the canonical Bundle without it."""
    document = _parse(bundle_bytes)
    _take_kiosk_signatures(_provenance(document))
    return canonical_json(document)


def verify_bundle(bundle_bytes: bytes, registered_keys: RegisteredKeys) -> str:
    """The ``kid`` of the registered kiosk key that signed the Bundle, or
    :class:`BundleSignatureError` (codes in the module doc)."""
    from joserfc import jws
    from joserfc.errors import JoseError

    document = _parse(bundle_bytes)
    provenance = _provenance(document)
    signatures = _take_kiosk_signatures(provenance)
    if not signatures:
        raise BundleSignatureError("the submission is not signed by a kiosk", code="unsigned")
    if len(signatures) != 1:
        raise _bad("the Provenance must carry exactly one kiosk signature")
    signature = signatures[0]
    if not isinstance(signature, dict):
        raise _bad("the signature is not a FHIR Signature")
    try:
        token = base64.b64decode(signature["data"], validate=True).decode("ascii")
        header = jws.extract_compact(token.encode("ascii")).protected
    except (KeyError, TypeError, ValueError, binascii.Error, JoseError):
        raise _bad("the signature's data is not a base64 compact JWS") from None
    if token.split(".")[1:2] != [""]:
        raise _bad("the JWS payload is not detached")
    if header.get("alg") != ALG or set(header) != {"alg", "kid", "sigT"}:
        raise _bad(f"the JWS header is not {{alg: {ALG}, kid, sigT}}")
    kid = header["kid"]
    key = registered_keys.keys.get(kid) if isinstance(kid, str) else None
    if key is None:
        raise BundleSignatureError(
            "the submission is signed by a kiosk key the network did not register",
            code="unknown-kiosk-key",
        )
    try:
        jws.deserialize_compact(token, key, payload=canonical_json(document), registry=_registry())
    except (JoseError, ValueError):
        raise BundleSignatureError(
            "the submission was altered after the kiosk signed it", code="altered"
        ) from None
    # The elements the JWS does not cover must say what it says.
    if signature.get("type") != [VERIFICATION_SIGNATURE]:
        raise _bad("the signature's type is not Verification Signature")
    if signature.get("sigFormat") != SIG_FORMAT:
        raise _bad(f"the signature's sigFormat is not {SIG_FORMAT}")
    if signature.get("when") != header["sigT"]:
        raise _bad("the signature's when is not the JWS signing time")
    if signature.get("who") != {"reference": _device_url(document)}:
        raise _bad("the signature's who is not the Bundle's kiosk Device")
    return str(kid)


@functools.cache
def _registry() -> Any:
    """ES384 only, with ``sigT`` allowed in the header, and deterministic signing."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
    from joserfc import jws
    from joserfc.jwa import JWSAlgModel
    from joserfc.registry import HeaderParameter

    standard = jws.JWSRegistry.algorithms[ALG]

    class DeterministicES384(JWSAlgModel):
        """joserfc's ES384, but signing with RFC 6979 deterministic ECDSA: the same Bundle
        signed twice is the same bytes, so queueing a submission again stays a no-op."""

        name = ALG
        description = "ECDSA using P-384 and SHA-384, deterministic (RFC 6979)"
        key_type = "EC"
        algorithm_security = 384

        def check_key(self, key: Any) -> None:
            standard.check_key(key)

        def sign(self, msg: bytes, key: Any) -> bytes:
            algorithm = ec.ECDSA(hashes.SHA384(), deterministic_signing=True)
            r, s = decode_dss_signature(key.get_op_key("sign").sign(msg, algorithm))
            return r.to_bytes(48, "big") + s.to_bytes(48, "big")

        def verify(self, msg: bytes, sig: bytes, key: Any) -> bool:
            return bool(standard.verify(msg, sig, key))

    class Registry(jws.JWSRegistry):
        algorithms = {ALG: DeterministicES384()}

    return Registry(
        header_registry={"sigT": HeaderParameter("signing time (ETSI JAdES)", "str", True)},
        algorithms=[ALG],
    )


def _bad(message: str) -> BundleSignatureError:
    return BundleSignatureError(message, code="bad-signature")


def _parse(bundle_bytes: bytes) -> Json:
    try:
        document = json.loads(bundle_bytes)
    except (ValueError, UnicodeDecodeError):
        raise BundleSignatureError("the submission is not JSON", code="altered") from None
    if not isinstance(document, dict) or not isinstance(document.get("entry"), list):
        raise BundleSignatureError("the submission is not a Bundle", code="altered")
    return document


def _resources(document: Json, resource_type: str) -> list[tuple[Json, Json]]:
    found = []
    for entry in document["entry"]:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if isinstance(resource, dict) and resource.get("resourceType") == resource_type:
            found.append((entry, resource))
    return found


def _provenance(document: Json) -> Json:
    found = _resources(document, "Provenance")
    if len(found) != 1:
        raise BundleSignatureError(
            "the submission has no single Provenance to carry the signature", code="unsigned"
        )
    return found[0][1]


def _device_url(document: Json) -> str:
    found = _resources(document, "Device")
    if len(found) != 1 or not isinstance(found[0][0].get("fullUrl"), str):
        raise _bad("the submission has no single kiosk Device")
    return str(found[0][0]["fullUrl"])


def _timestamp(document: Json) -> str:
    timestamp = document.get("timestamp")
    if not isinstance(timestamp, str):
        raise BundleSignatureError("the submission has no timestamp to sign at", code="unsigned")
    return timestamp


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
