"""The kiosk's signature on its Bundles (kiosk.fhir.signature): a signed Bundle is still a valid,
deterministic submission, and changing any element of it, or of the signature, is caught."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from joserfc import jws
from joserfc.jwk import ECKey

from kiosk.fhir import build_bundle
from kiosk.fhir.bundle import canonical_json
from kiosk.fhir.checks import validate_bundle
from kiosk.fhir.signature import (
    SIG_FORMAT,
    VERIFICATION_SIGNATURE,
    BundleSignatureError,
    RegisteredKeys,
    RegisteredKeysError,
    is_signed,
    sign_bundle,
    signing_payload,
    verify_bundle,
)
from kiosk.network.identity import KioskIdentity
from tests.unit.test_enrolment import make_enrolment, make_trusted

WHEN = datetime(2026, 3, 14, 9, 45, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def kiosk() -> KioskIdentity:
    return KioskIdentity.generate()


@pytest.fixture(scope="module")
def registered(kiosk: KioskIdentity) -> RegisteredKeys:
    return RegisteredKeys.from_jwks(
        {"keys": KioskIdentity.generate().jwks()["keys"] + kiosk.jwks()["keys"]}
    )


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return build_bundle(make_enrolment(trusted_persons=(make_trusted(),)))


@pytest.fixture(scope="module")
def signed(unsigned: bytes, kiosk: KioskIdentity) -> bytes:
    return sign_bundle(unsigned, kiosk, now=WHEN)


def _provenance(document: dict[str, Any]) -> dict[str, Any]:
    (resource,) = [
        e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Provenance"
    ]
    return resource


def _signature(document: dict[str, Any]) -> dict[str, Any]:
    (signature,) = _provenance(document)["signature"]
    return signature


def _code(bundle: bytes, keys: RegisteredKeys) -> str:
    with pytest.raises(BundleSignatureError) as refused:
        verify_bundle(bundle, keys)
    return refused.value.code


def _with(signed: bytes, change: Any) -> bytes:
    document = json.loads(signed)
    change(document)
    return canonical_json(document)


# -- signing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("demo", [False, True], ids=["real", "demo"])
def test_a_signed_bundle_is_valid_and_verifies(demo: bool, kiosk: KioskIdentity) -> None:
    bundle = build_bundle(make_enrolment(demo=demo))
    signed = sign_bundle(bundle, kiosk, now=WHEN)
    validate_bundle(signed)
    assert is_signed(signed) and not is_signed(bundle)
    assert verify_bundle(signed, RegisteredKeys.from_jwks(kiosk.jwks())) == kiosk.kid


def test_the_signature_element(signed: bytes, unsigned: bytes, kiosk: KioskIdentity) -> None:
    document = json.loads(signed)
    signature = _signature(document)
    device_url = next(
        e["fullUrl"] for e in document["entry"] if e["resource"]["resourceType"] == "Device"
    )
    assert signature["type"] == [VERIFICATION_SIGNATURE]
    assert VERIFICATION_SIGNATURE["code"] == "1.2.840.10065.1.12.1.5"
    assert signature["when"] == "2026-03-14T09:45:12Z"
    assert signature["who"] == {"reference": device_url}
    assert signature["sigFormat"] == SIG_FORMAT == "application/jose"
    token = base64.b64decode(signature["data"]).decode("ascii")
    protected, payload, _ = token.split(".")
    assert payload == ""  # detached
    header = json.loads(base64.urlsafe_b64decode(protected + "=" * (-len(protected) % 4)))
    assert header == {"alg": "ES384", "kid": kiosk.kid, "sigT": "2026-03-14T09:45:12Z"}
    # The payload is exactly the documented canonical form: the Bundle without the signature,
    # which for a fresh Bundle is the bytes build_bundle made.
    public = ECKey.import_key(kiosk.jwks()["keys"][0])
    lenient = jws.JWSRegistry(algorithms=["ES384"], strict_check_header=False)
    assert jws.deserialize_compact(token, public, payload=unsigned, registry=lenient)
    assert signing_payload(signed) == unsigned


def test_signing_changes_nothing_but_the_signature(unsigned: bytes, kiosk: KioskIdentity) -> None:
    first = sign_bundle(unsigned, kiosk, now=WHEN)
    second = sign_bundle(first, kiosk, now=WHEN)  # re-signing replaces, never adds
    assert first == second  # deterministic ECDSA (RFC 6979): queueing again stays a no-op
    assert signing_payload(first) == signing_payload(second) == unsigned
    other_time = sign_bundle(unsigned, kiosk, now=WHEN + timedelta(seconds=1))
    assert other_time != first and signing_payload(other_time) == unsigned
    # By default the kiosk signs at the Bundle's timestamp.
    at_capture = json.loads(sign_bundle(unsigned, kiosk))
    assert _signature(at_capture)["when"] == at_capture["timestamp"]
    assert len(_provenance(json.loads(second))["signature"]) == 1
    assert _with(first, lambda d: _provenance(d).pop("signature")) == unsigned


def test_verification_does_not_depend_on_whitespace_or_key_order(
    signed: bytes, registered: RegisteredKeys, kiosk: KioskIdentity
) -> None:
    pretty = json.dumps(json.loads(signed), indent=2, ensure_ascii=True).encode()
    assert verify_bundle(pretty, registered) == kiosk.kid


# -- verification: every change is caught -------------------------------------------------------


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return value[:-1] + ("0" if value[-1:] != "0" else "1")
    return value + 1


def test_changing_any_element_of_the_bundle_is_caught(
    signed: bytes, registered: RegisteredKeys
) -> None:
    document = json.loads(signed)
    paths = [p for p in _leaves(document) if "signature" not in p]
    assert len(paths) > 100
    for path in paths:
        tampered = json.loads(signed)
        value = tampered
        for step in path:
            value = value[step]
        _set(tampered, path, _changed(value))
        code = _code(canonical_json(tampered), registered)
        if path[-1] == "resourceType" and value == "Provenance":  # nothing holds the signature
            assert code == "unsigned", path
        else:
            assert code == "altered", path


def test_adding_or_removing_an_entry_is_caught(signed: bytes, registered: RegisteredKeys) -> None:
    def drop_a_consent(document: dict[str, Any]) -> None:
        document["entry"] = [
            e
            for i, e in enumerate(document["entry"])
            if not (i == 3 and e["resource"]["resourceType"] == "Consent")
        ]

    def add_a_field(document: dict[str, Any]) -> None:
        document["entry"][0]["resource"]["gender"] = "female"

    for change in (drop_a_consent, add_a_field):
        tampered = _with(signed, change)
        assert tampered != signed
        assert _code(tampered, registered) == "altered"


@pytest.mark.parametrize(
    ("element", "value", "code"),
    [
        (
            "type",
            [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1"}],
            "unsigned",  # then it is no kiosk signature: other signatures are signed content
        ),
        ("when", "2026-03-15T09:45:12Z", "bad-signature"),
        ("who", {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}, "bad-signature"),
        ("sigFormat", "application/signature+xml", "bad-signature"),
        ("data", "not base64!", "bad-signature"),
        ("data", base64.b64encode(b"a.b.c").decode(), "bad-signature"),
    ],
)
def test_changing_any_element_of_the_signature_is_caught(
    signed: bytes, registered: RegisteredKeys, element: str, value: Any, code: str
) -> None:
    tampered = _with(signed, lambda d: _signature(d).__setitem__(element, value))
    assert _code(tampered, registered) == code


def _token(signed: bytes) -> list[str]:
    return base64.b64decode(_signature(json.loads(signed))["data"]).decode().split(".")


def _with_token(signed: bytes, parts: list[str]) -> bytes:
    data = base64.b64encode(".".join(parts).encode()).decode()
    return _with(signed, lambda d: _signature(d).__setitem__("data", data))


def _b64url(document: dict[str, Any]) -> str:
    raw = json.dumps(document, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_changing_the_jws_is_caught(
    signed: bytes, unsigned: bytes, registered: RegisteredKeys, kiosk: KioskIdentity
) -> None:
    protected, payload, sig = _token(signed)
    flipped = bytearray(base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)))
    flipped[10] ^= 1
    flipped_sig = base64.urlsafe_b64encode(bytes(flipped)).rstrip(b"=").decode()
    assert _code(_with_token(signed, [protected, payload, flipped_sig]), registered) == "altered"

    header = {"alg": "ES384", "kid": kiosk.kid, "sigT": "2026-03-14T09:45:12Z"}
    for other, code in (
        ({**header, "kid": KioskIdentity.generate().kid}, "unknown-kiosk-key"),
        ({**header, "alg": "ES256"}, "bad-signature"),
        ({**header, "typ": "JWT"}, "bad-signature"),
        ({**header, "sigT": "2026-03-14T09:45:13Z"}, "altered"),  # the header is signed too
    ):
        assert _code(_with_token(signed, [_b64url(other), "", sig]), registered) == code
    # The same header with other bytes (the kid and sigT in another order): not what was signed.
    reordered = _b64url({"sigT": header["sigT"], "kid": kiosk.kid, "alg": "ES384"})
    assert _code(_with_token(signed, [reordered, "", sig]), registered) == "altered"

    attached = base64.urlsafe_b64encode(unsigned).rstrip(b"=").decode()
    assert _code(_with_token(signed, [protected, attached, sig]), registered) == "bad-signature"


def test_unsigned_and_unregistered(
    signed: bytes, unsigned: bytes, registered: RegisteredKeys
) -> None:
    assert _code(unsigned, registered) == "unsigned"
    assert (
        _code(_with(signed, lambda d: _provenance(d).__setitem__("signature", [])), registered)
        == "unsigned"
    )
    stranger = sign_bundle(unsigned, KioskIdentity.generate())
    assert _code(stranger, registered) == "unknown-kiosk-key"
    assert _code(signed, RegisteredKeys.from_jwks({"keys": []})) == "unknown-kiosk-key"
    twice = _with(signed, lambda d: _provenance(d)["signature"].append(_signature(d)))
    assert _code(twice, registered) == "bad-signature"


def test_the_messages_hold_nothing_of_the_bundle(signed: bytes, registered: RegisteredKeys) -> None:
    national_number = json.loads(signed)["entry"][0]["resource"]["identifier"][0]["value"]
    tampered = signed.replace(national_number.encode(), b"00000000097")
    with pytest.raises(BundleSignatureError) as refused:
        verify_bundle(tampered, registered)
    assert national_number not in str(refused.value) and "00000000097" not in str(refused.value)


# -- the registered keys ------------------------------------------------------------------------


def test_registered_keys_are_p384_public_keys_named_by_thumbprint(kiosk: KioskIdentity) -> None:
    jwk = kiosk.public_jwk()
    assert RegisteredKeys.from_jwks({"keys": [jwk]}).public_key(kiosk.kid) is not None
    unnamed = {k: v for k, v in jwk.items() if k != "kid"}
    assert kiosk.kid in RegisteredKeys.from_jwks({"keys": [unnamed]}).keys
    p256 = ECKey.generate_key("P-256").as_dict(private=False)
    private = ECKey.import_key(kiosk.private_key).as_dict(private=True)
    for bad in (
        {"keys": [{**jwk, "kid": "kiosk-07"}]},
        {"keys": [p256]},
        {"keys": [private]},
        {"keys": [{"kty": "EC"}]},
        {"keys": "none"},
        [jwk],
    ):
        with pytest.raises(RegisteredKeysError) as refused:
            RegisteredKeys.from_jwks(bad)
        assert refused.value.code == "kiosk-keys-malformed"


def test_registered_keys_file(tmp_path: Any, kiosk: KioskIdentity) -> None:
    path = tmp_path / "kiosk-keys.json"
    with pytest.raises(RegisteredKeysError) as missing:
        RegisteredKeys.from_file(path)
    assert missing.value.code == "kiosk-keys-missing" and str(path) in str(missing.value)
    path.write_text("{not json")
    with pytest.raises(RegisteredKeysError) as malformed:
        RegisteredKeys.from_file(path)
    assert malformed.value.code == "kiosk-keys-malformed"
    for bad in ({"keys": []}, {"keys": [{"kty": "EC"}]}):
        path.write_text(json.dumps(bad))
        with pytest.raises(RegisteredKeysError) as malformed:
            RegisteredKeys.from_file(path)
        assert malformed.value.code == "kiosk-keys-malformed" and str(path) in str(malformed.value)
    path.write_text(json.dumps(kiosk.jwks()))
    assert list(RegisteredKeys.from_file(path).keys) == [kiosk.kid]


def test_the_cards_own_signature_is_kept_and_covered_by_the_kiosks(
    unsigned: bytes, kiosk: KioskIdentity, registered: RegisteredKeys
) -> None:
    """With evidence = "card" the Provenance already holds the card's Source Signature: the
    kiosk's signature goes beside it, signs it, and a change to it is caught."""
    card_signature = {
        "type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.3"}],
        "when": "2026-03-14T09:41:00Z",
        "who": {"reference": "urn:uuid:00000000-0000-4000-8000-000000000001"},
        "sigFormat": "application/octet-stream",
        "data": base64.b64encode(b"r and s of the card").decode(),
    }
    with_card = _with(unsigned, lambda d: _provenance(d).__setitem__("signature", [card_signature]))
    signed = sign_bundle(with_card, kiosk, now=WHEN)
    assert sign_bundle(signed, kiosk, now=WHEN) == signed  # re-signing replaces only the kiosk's
    assert verify_bundle(signed, registered) == kiosk.kid
    signatures = _provenance(json.loads(signed))["signature"]
    assert signatures[0] == card_signature and len(signatures) == 2
    changed = base64.b64encode(b"r and s of a clone").decode()
    tampered = _with(signed, lambda d: _provenance(d)["signature"][0].__setitem__("data", changed))
    assert _code(tampered, registered) == "altered"
