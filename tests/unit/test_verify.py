"""Verification of card data against a synthetic National Register PKI built here: every
algorithm combination real cards use (and the ones no public sample covers: SHA-384 photo
hashes, re-signed SHA-1 cards, long-form DER signatures), DER trimming and the pinned roots.
The real sample cards are verified in test_samples.py."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cardreader import verify as verify_module
from kiosk.cardreader.errors import CardDataInvalidError, UnknownRootError
from kiosk.cardreader.verify import (
    Verification,
    clear_certificate_cache,
    load_trusted_roots,
    trim_der,
    verify_card_data,
)
from tests.unit.test_tlv import encode

NOW = datetime(2024, 6, 1, tzinfo=UTC)
PHOTO = b"\xff\xd8\xff\xe0 synthetic JPEG " + bytes(range(256)) * 4
ADDRESS = encode([(0x01, b"Teststraat 1"), (0x02, b"1000"), (0x03, b"Brussel")]) + bytes(70)
HASHES = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384}

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey


@cache
def rsa_key(bits: int = 2048, n: int = 0) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@cache
def ec_key(curve: str = "p384", n: int = 0) -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP521R1() if curve == "p521" else ec.SECP384R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _sign_hash(key: PrivateKey) -> hashes.SHA256 | None:
    return None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()


def make_root(common_name: str, key: PrivateKey) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime(2010, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    )
    return builder.sign(key, _sign_hash(key))


def make_rrn(
    root: x509.Certificate,
    root_key: PrivateKey,
    key: PrivateKey,
    *,
    not_before: datetime = datetime(2015, 1, 1, tzinfo=UTC),
    not_after: datetime = datetime(2030, 1, 1, tzinfo=UTC),
    extensions: tuple[tuple[x509.ExtensionType, bool], ...] = (),
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name("Synthetic RRN"))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(root_key, _sign_hash(root_key))


@cache
def rsa_root() -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    return make_root("Synthetic Root RSA", rsa_key(2048, 1)), rsa_key(2048, 1)


@cache
def ec_root() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    return make_root("Synthetic Root EC", ec_key("p384", 1)), ec_key("p384", 1)


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def sign(key: PrivateKey, data: bytes, hash_name: str) -> bytes:
    algorithm: hashes.HashAlgorithm = {
        "sha1": hashes.SHA1(),
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
    }[hash_name]
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), algorithm)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        # Card files are fixed-size: the DER signature is followed by zero bytes.
        return key.sign(data, ec.ECDSA(algorithm)).ljust(256, b"\x00")
    return key.sign(data)


@dataclass
class Card:
    identity_file: bytes
    identity_signature: bytes
    rrn_certificate: bytes
    photo: bytes
    address_file: bytes
    address_signature: bytes

    def files(self) -> dict[str, bytes]:
        return dict(vars(self))


def make_card(
    key: PrivateKey,
    *,
    photo_hash: str = "sha256",
    signature_hash: str | None = None,
    rrn: x509.Certificate | None = None,
    identity_fields: list[tuple[int, bytes]] | None = None,
) -> Card:
    if rrn is None:
        root, root_key = rsa_root()
        rrn = make_rrn(root, root_key, key)
    if signature_hash is None:
        signature_hash = "sha384" if isinstance(key, ec.EllipticCurvePrivateKey) else "sha256"
    digest = HASHES[photo_hash](PHOTO).digest()
    fields = identity_fields or [
        (0x01, b"000000000001"),
        (0x06, b"67063029659"),
        (0x07, b"Synthetic"),
        (0x0C, b"30 JUN 1967"),
        (0x11, digest),
    ]
    identity_file = encode(fields)
    identity_signature = sign(key, identity_file, signature_hash)
    address_signature = sign(key, ADDRESS.rstrip(b"\x00") + identity_signature, signature_hash)
    return Card(
        identity_file=identity_file,
        identity_signature=identity_signature,
        rrn_certificate=_der(rrn).ljust(1300, b"\x00"),
        photo=PHOTO,
        address_file=ADDRESS,
        address_signature=address_signature,
    )


def roots() -> tuple[x509.Certificate, ...]:
    return (rsa_root()[0], ec_root()[0])


def verify(card: Card, **changes: object) -> Verification:
    arguments: dict[str, object] = {**card.files(), "roots": roots(), "now": NOW, **changes}
    return verify_card_data(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key_kind", "photo_hash", "signature_hash"),
    [
        ("rsa1024", "sha1", "sha1"),  # applet 1.1
        ("rsa2048", "sha256", "sha256"),  # applet 1.7, CA3/CA4
        ("rsa2048", "sha1", "sha256"),  # re-signed CA3 card: the viewer's fallback
        ("rsa2048", "sha384", "sha384"),
        ("p384", "sha256", "sha384"),  # applet 1.7 re-keyed to EC
        ("p384", "sha384", "sha384"),  # applet 1.8
        ("p384", "sha1", "sha384"),
    ],
)
def test_every_algorithm_combination_verifies(
    key_kind: str, photo_hash: str, signature_hash: str
) -> None:
    key: PrivateKey = rsa_key(int(key_kind[3:])) if key_kind.startswith("rsa") else ec_key(key_kind)
    result = verify(make_card(key, photo_hash=photo_hash, signature_hash=signature_hash))
    assert result == Verification(
        root_common_name="Synthetic Root RSA",
        rrn_key_type="rsa" if key_kind.startswith("rsa") else "ec",
        signature_hash=signature_hash,
        photo_hash=photo_hash,
        photo_checked=True,
        address_checked=True,
        rrn_certificate_current=True,
        rrn_certificate_not_after=datetime(2030, 1, 1, tzinfo=UTC),
    )


def test_rsa_signature_with_a_hash_the_photo_hash_does_not_imply_is_rejected() -> None:
    # Only SHA-1 photo hashes allow the SHA-256 fallback; a SHA-256 card signed with SHA-1 fails.
    card = make_card(rsa_key(), photo_hash="sha256", signature_hash="sha1")
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(card)


def test_ec_signature_with_sha256_is_rejected() -> None:
    card = make_card(ec_key(), signature_hash="sha256")
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(card)


def test_long_form_der_ec_signature_is_trimmed_correctly() -> None:
    card = make_card(ec_key("p521"), signature_hash="sha384")
    assert card.identity_signature[:2] == b"\x30\x81"  # P-521 signatures need a long-form length
    assert verify(card).rrn_key_type == "ec"


def test_rrn_certificate_under_an_ec_root() -> None:
    root, root_key = ec_root()
    card = make_card(ec_key(), rrn=make_rrn(root, root_key, ec_key()), signature_hash="sha384")
    assert verify(card).root_common_name == "Synthetic Root EC"


def test_photo_and_address_are_optional() -> None:
    card = make_card(rsa_key())
    result = verify(card, photo=None, address_file=None, address_signature=None)
    assert (result.photo_checked, result.address_checked) == (False, False)


def test_address_file_without_its_signature_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="together"):
        verify(make_card(rsa_key()), address_signature=None)


@pytest.mark.parametrize(
    ("not_before", "not_after", "current"),
    [
        (datetime(2015, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC), True),
        (datetime(2015, 1, 1, tzinfo=UTC), datetime(2020, 1, 1, tzinfo=UTC), False),
        (datetime(2025, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC), False),
    ],
)
def test_rrn_certificate_validity_is_a_flag_not_a_failure(
    not_before: datetime, not_after: datetime, current: bool
) -> None:
    root, root_key = rsa_root()
    rrn = make_rrn(root, root_key, rsa_key(), not_before=not_before, not_after=not_after)
    result = verify(make_card(rsa_key(), rrn=rrn))
    assert result.rrn_certificate_current is current
    assert result.rrn_certificate_not_after == not_after


def test_naive_now_is_taken_as_utc_and_default_now_works() -> None:
    card = make_card(rsa_key())
    assert verify(card, now=datetime(2024, 6, 1)).rrn_certificate_current is True
    assert verify(card, now=None).rrn_certificate_current is (datetime.now(UTC).year < 2030)


def test_no_roots_means_unknown_root() -> None:
    with pytest.raises(UnknownRootError):
        verify(make_card(rsa_key()), roots=())


def test_root_with_the_right_name_but_another_key_is_unknown() -> None:
    impostor = make_root("Synthetic Root RSA", rsa_key(2048, 7))
    with pytest.raises(UnknownRootError):
        verify(make_card(rsa_key()), roots=(impostor,))


def test_root_with_the_right_key_but_another_name_is_unknown() -> None:
    renamed = make_root("Another Root", rsa_key(2048, 1))
    with pytest.raises(UnknownRootError):
        verify(make_card(rsa_key()), roots=(renamed,))


def test_rrn_certificate_signed_by_its_own_key_is_unknown() -> None:
    key = rsa_key()
    root, _ = rsa_root()
    forged = make_rrn(root, key, key)  # claims the root as issuer, signed by itself
    with pytest.raises(UnknownRootError):
        verify(make_card(key, rrn=forged))


# -- the cache of checked RRN certificates -----------------------------------------------------


@pytest.fixture
def chain_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[x509.Certificate]]:
    """An empty certificate cache, and the certificates whose issuer signature gets checked."""
    clear_certificate_cache()
    seen: list[x509.Certificate] = []
    real = verify_module._check_certificate_signature

    def counting(certificate: x509.Certificate, issuer: x509.Certificate) -> None:
        seen.append(certificate)
        real(certificate, issuer)

    monkeypatch.setattr(verify_module, "_check_certificate_signature", counting)
    yield seen
    clear_certificate_cache()


@pytest.mark.parametrize("key_kind", ["rsa", "ec"])
def test_cards_sharing_an_rrn_certificate_skip_only_the_chain_check(
    chain_checks: list[x509.Certificate], key_kind: str
) -> None:
    key = rsa_key() if key_kind == "rsa" else ec_key()
    rrn = make_rrn(*ec_root(), key)
    first = verify(make_card(key, rrn=rrn))
    assert len(chain_checks) == 1
    fields = [(0x01, b"000000000002"), (0x11, hashlib.sha256(PHOTO).digest())]
    other = make_card(key, rrn=rrn, identity_fields=fields)
    assert verify(other) == first
    assert len(chain_checks) == 1, "the second card's certificate came from the cache"
    # Everything about the card itself is still checked on a cache hit.
    third = make_card(key, rrn=rrn)
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(other, identity_signature=third.identity_signature)
    with pytest.raises(CardDataInvalidError, match="photo does not match"):
        verify(other, photo=PHOTO + b"\x00")
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify(other, address_signature=third.address_signature)
    expired = verify(other, now=datetime(2031, 1, 1, tzinfo=UTC))
    assert not expired.rrn_certificate_current, "validity is judged per read, not cached"
    assert len(chain_checks) == 1


def test_a_cached_certificate_still_needs_its_root_among_the_roots_given(
    chain_checks: list[x509.Certificate],
) -> None:
    card = make_card(rsa_key())  # issued by the RSA root
    verify(card)
    with pytest.raises(UnknownRootError):
        verify(card, roots=(ec_root()[0],))
    with pytest.raises(UnknownRootError):
        verify(card, roots=())
    impostor = make_root("Synthetic Root RSA", rsa_key(2048, 7))
    with pytest.raises(UnknownRootError):
        verify(card, roots=(impostor,))
    # An equal root loaded again (not the same object) is the same root.
    reloaded = x509.load_der_x509_certificate(_der(rsa_root()[0]))
    checks = len(chain_checks)
    assert verify(card, roots=(reloaded,)).root_common_name == "Synthetic Root RSA"
    assert len(chain_checks) == checks


def test_failed_certificate_checks_are_never_cached(
    chain_checks: list[x509.Certificate],
) -> None:
    card = make_card(rsa_key())
    with pytest.raises(UnknownRootError):
        verify(card, roots=(ec_root()[0],))  # no root of that name: no signature checked
    assert verify(card).root_common_name == "Synthetic Root RSA"  # not cached as unknown
    ca = make_rrn(
        *rsa_root(), rsa_key(), extensions=((x509.BasicConstraints(ca=True, path_length=0), True),)
    )
    for _ in range(2):
        with pytest.raises(CardDataInvalidError, match="CA certificate"):
            verify(make_card(rsa_key(), rrn=ca))
    assert chain_checks.count(ca) == 2, "a refused certificate is checked again every time"


def test_the_cache_keeps_the_most_recent_certificates_only(
    chain_checks: list[x509.Certificate],
) -> None:
    key = rsa_key()
    cards = [make_card(key) for _ in range(verify_module._CACHE_SIZE + 1)]
    for card in cards:
        verify(card)
    verify(cards[-1])
    verify(cards[1])
    assert len(chain_checks) == len(cards), "the newest ones are still cached"
    verify(cards[0])  # the oldest was dropped
    assert len(chain_checks) == len(cards) + 1


def _key_usage(*, signing: bool, encipherment: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=encipherment,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def test_rrn_certificate_with_the_real_extensions_verifies() -> None:
    root, root_key = rsa_root()
    extensions = (
        (_key_usage(signing=True), True),
        (x509.BasicConstraints(ca=False, path_length=None), False),
    )
    rrn = make_rrn(root, root_key, rsa_key(), extensions=extensions)
    assert verify(make_card(rsa_key(), rrn=rrn)).rrn_key_type == "rsa"


@pytest.mark.parametrize(
    ("extension", "message"),
    [
        (x509.BasicConstraints(ca=True, path_length=0), "CA certificate"),
        (_key_usage(signing=False, encipherment=True), "key usage"),
    ],
)
def test_rrn_certificate_not_meant_for_signing_is_refused(
    extension: x509.ExtensionType, message: str
) -> None:
    # E.g. a Citizen CA certificate (issued directly by the root) presented as the RRN one.
    root, root_key = rsa_root()
    rrn = make_rrn(root, root_key, rsa_key(), extensions=((extension, True),))
    with pytest.raises(CardDataInvalidError, match=message):
        verify(make_card(rsa_key(), rrn=rrn))


def test_synthetic_card_is_unknown_to_the_production_roots() -> None:
    with pytest.raises(UnknownRootError):
        verify(make_card(rsa_key()), roots=load_trusted_roots())


def test_unsupported_rrn_key_type_is_rejected() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    root, root_key = rsa_root()
    card = make_card(key, rrn=make_rrn(root, root_key, key))
    with pytest.raises(CardDataInvalidError, match="unsupported key type"):
        verify(card)


@pytest.mark.parametrize(
    ("photo_hash_fields", "message"),
    [
        ([], "exactly one photo hash"),
        ([(0x11, bytes(20)), (0x11, bytes(20))], "exactly one photo hash"),
        ([(0x11, bytes(16))], "unknown length"),
        ([(0x11, b"")], "unknown length"),
    ],
)
def test_photo_hash_must_be_there_once_with_a_known_length(
    photo_hash_fields: list[tuple[int, bytes]], message: str
) -> None:
    fields = [(0x01, b"000000000001"), (0x06, b"67063029659"), *photo_hash_fields]
    card = make_card(rsa_key(), identity_fields=fields)
    with pytest.raises(CardDataInvalidError, match=message):
        verify(card)


def test_other_photo_is_rejected() -> None:
    with pytest.raises(CardDataInvalidError, match="photo does not match"):
        verify(make_card(ec_key()), photo=PHOTO + b"\x00")


@pytest.mark.parametrize("key_kind", ["rsa", "ec"])
def test_identity_of_one_card_with_signature_of_another_is_rejected(key_kind: str) -> None:
    key = rsa_key() if key_kind == "rsa" else ec_key()
    one = make_card(key)
    other = make_card(
        key,
        identity_fields=[(0x01, b"000000000002"), (0x11, hashlib.sha256(PHOTO).digest())],
    )
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(one, identity_signature=other.identity_signature)
    # The address signature binds the address to this card's identity signature.
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify(
            one,
            address_file=other.address_file,
            address_signature=other.address_signature,
        )
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify(other, address_signature=one.address_signature)


def test_address_signed_the_way_the_spec_text_says_is_rejected() -> None:
    # The spec says "zero bytes retained"; real cards strip them (eID viewer certhelpers.c).
    key = rsa_key()
    card = make_card(key)
    wrong = sign(key, ADDRESS + card.identity_signature, "sha256")
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify(card, address_signature=wrong)


def test_ec_address_signature_covers_the_padded_identity_signature_file() -> None:
    key = ec_key()
    card = make_card(key, signature_hash="sha384")
    trimmed = card.identity_signature[: card.identity_signature[1] + 2]
    wrong = sign(key, ADDRESS.rstrip(b"\x00") + trimmed, "sha384")
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify(card, address_signature=wrong)


@pytest.mark.parametrize(
    "signature",
    [b"", bytes(256), b"\x30", b"\x30\x80" + bytes(100), b"\x30\x85" + bytes(100), b"\x31\x02ab"],
)
def test_malformed_ec_signature_files_are_rejected(signature: bytes) -> None:
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(make_card(ec_key(), signature_hash="sha384"), identity_signature=signature)


@pytest.mark.parametrize("signature", [b"", bytes(256), b"\x01" * 255, b"\x01" * 257])
def test_malformed_rsa_signature_files_are_rejected(signature: bytes) -> None:
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify(make_card(rsa_key()), identity_signature=signature)


@pytest.mark.parametrize(
    ("certificate", "message"),
    [
        (b"", "empty"),
        (bytes(1300), "empty"),
        (b"\x30\x82\xff\xff" + bytes(10), "truncated"),
        (b"\x04\x03abc", "not DER"),
        (b"\x30\x03\x02\x01\x00", "not a valid X.509"),
    ],
)
def test_malformed_rrn_certificate_files_are_rejected(certificate: bytes, message: str) -> None:
    with pytest.raises(CardDataInvalidError, match=message):
        verify(make_card(rsa_key()), rrn_certificate=certificate)


def test_nothing_personal_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    card = make_card(rsa_key())
    verify(card)
    messages = []
    for changes in ({"photo": b"x"}, {"identity_signature": b"x"}, {"address_file": b"\x01\x01x"}):
        with pytest.raises(CardDataInvalidError) as info:
            verify(card, **changes)
        messages.append(str(info.value))
    text = caplog.text + "\n".join(messages)
    assert "card data verified" in caplog.text
    for secret in ("67063029659", "Synthetic\n", "JUN 1967", "Teststraat", "000000000001"):
        assert secret not in text


_CARD_FIELDS = (
    "identity_file",
    "identity_signature",
    "rrn_certificate",
    "photo",
    "address_file",
    "address_signature",
)
_der_like = st.binary(max_size=300).map(lambda b: b"\x30\x82" + len(b).to_bytes(2, "big") + b)


@settings(deadline=None, max_examples=150)
@given(
    field=st.sampled_from(_CARD_FIELDS),
    data=st.one_of(st.binary(max_size=300), _der_like),
    key_kind=st.sampled_from(["rsa", "ec"]),
)
def test_arbitrary_file_contents_raise_only_the_typed_errors(
    field: str, data: bytes, key_kind: str
) -> None:
    with pytest.raises((CardDataInvalidError, UnknownRootError)):
        verify(_cached_card(key_kind), **{field: data})


@cache
def _cached_card(key_kind: str) -> Card:
    return make_card(rsa_key() if key_kind == "rsa" else ec_key())


# --- trim_der ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", b""),
        (bytes(2500), b""),
        (b"\x30\x03abc" + bytes(50), b"\x30\x03abc"),
        (b"\x30\x81\x80" + b"a" * 128 + bytes(5), b"\x30\x81\x80" + b"a" * 128),
        (b"\x30\x82\x01\x00" + b"a" * 256 + bytes(1100), b"\x30\x82\x01\x00" + b"a" * 256),
        (b"\x30\x00", b"\x30\x00"),
    ],
)
def test_trim_der(data: bytes, expected: bytes) -> None:
    assert trim_der(data) == expected


@pytest.mark.parametrize(
    "data", [b"\x30", b"\x02\x01\x00", b"\x30\x05abc", b"\x30\x80abc", b"\x30\x82\x01", b"\x00\x01"]
)
def test_trim_der_rejects_what_is_not_a_der_sequence(data: bytes) -> None:
    with pytest.raises(CardDataInvalidError):
        trim_der(data)


def test_trim_der_of_a_real_certificate_with_card_padding() -> None:
    der = _der(rsa_root()[0])
    assert trim_der(der + bytes(1100)) == der
    assert x509.load_der_x509_certificate(trim_der(der + bytes(50))) == rsa_root()[0]


# --- pinned roots ---------------------------------------------------------------------------

PRODUCTION_ROOTS = {
    "Belgium Root CA2": 1,
    "Belgium Root CA3": 1,
    "Belgium Root CA4": 2,  # the 2013 certificate and its 2032 re-issue
    "Belgium Root CA6": 1,
}


def _common_names(certificates: tuple[x509.Certificate, ...]) -> list[str]:
    return [
        str(c.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value) for c in certificates
    ]


def test_production_roots_ship_with_the_package() -> None:
    pinned = load_trusted_roots()
    names = _common_names(pinned)
    assert {name: names.count(name) for name in set(names)} == PRODUCTION_ROOTS
    for root in pinned:
        assert root.subject == root.issuer
        assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_extra_roots_from_pem_der_and_paths(tmp_path: Path) -> None:
    rsa_cert, ec_cert = rsa_root()[0], ec_root()[0]
    pem = rsa_cert.public_bytes(serialization.Encoding.PEM)
    der_file = tmp_path / "root.der"
    der_file.write_bytes(_der(ec_cert) + bytes(900))  # as read from a card: padded
    pem_file = tmp_path / "root.pem"
    pem_file.write_bytes(pem + ec_cert.public_bytes(serialization.Encoding.PEM))

    assert load_trusted_roots([pem])[-1] == rsa_cert
    assert load_trusted_roots([_der(ec_cert) + bytes(20)])[-1] == ec_cert
    assert load_trusted_roots([str(der_file)])[-1] == ec_cert
    assert load_trusted_roots([pem_file])[-2:] == (rsa_cert, ec_cert)
    assert len(load_trusted_roots()) == sum(PRODUCTION_ROOTS.values())


@pytest.mark.parametrize("extra", [b"", b"not a certificate", bytes(100), b"-----BEGIN junk"])
def test_extra_root_that_is_not_a_certificate_is_refused(extra: bytes) -> None:
    with pytest.raises(ValueError, match="not a PEM or DER certificate"):
        load_trusted_roots([extra])


def test_missing_extra_root_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_trusted_roots([tmp_path / "absent.pem"])
