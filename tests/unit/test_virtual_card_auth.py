"""The emulated applet 1.8 basic key: file 4040, identity tag 0x1A, and INTERNAL AUTHENTICATE
answered like a real card (1.8 manual §6.11, table 37); applet 1.7 has none; the clone fault."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, encode_dss_signature

from kiosk.cardreader.identity import parse_identity
from kiosk.cardreader.virtual import Faults, VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.dump import BASIC_KEY_NAME, load_dump, write_dump
from kiosk.cardreader.virtual.pki import basic_key, basic_key_file
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

SELECT_APPLET = bytes.fromhex("00A404000FA00000003029057000AD13100101FF")
CHALLENGE = hashlib.sha384(b"submission 42: consent given").digest()
OK = b"\x90\x00"
# SubjectPublicKeyInfo header of a P-384 key, then the uncompressed point (content v5.4 §6.2.7).
SPKI_P384_HEADER = bytes.fromhex("3076301006072A8648CE3D020106052B8104002203620004")

APPLET_18 = sorted(name for name in PROFILES if build_profile(name).applet_version >= 0x18)
APPLET_17 = sorted(name for name in PROFILES if build_profile(name).applet_version < 0x18)


def internal_authenticate(
    challenge: bytes = CHALLENGE,
    *,
    p1: int = 0x02,
    p2: int = 0x81,
    tag: int = 0x94,
    le: bytes = b"",
) -> bytes:
    data = bytes((tag, len(challenge))) + challenge
    return bytes((0x00, 0x88, p1, p2, len(data))) + data + le


def get_response(le: int) -> bytes:
    return bytes((0x00, 0xC0, 0x00, 0x00, le))


def sign(card: VirtualCard, challenge: bytes = CHALLENGE) -> bytes:
    """The card's r || s for ``challenge``, through 61 60 and GET RESPONSE as under T=0."""
    assert card.process(SELECT_APPLET) == OK
    assert card.process(internal_authenticate(challenge)) == b"\x61\x60"
    response = card.process(get_response(0x60))
    assert response[-2:] == OK
    return response[:-2]


def verifies(basic_key_file_: bytes, challenge: bytes, signature: bytes) -> bool:
    key = serialization.load_der_public_key(basic_key_file_)
    assert isinstance(key, ec.EllipticCurvePublicKey)
    r, s = int.from_bytes(signature[:48], "big"), int.from_bytes(signature[48:], "big")
    try:
        key.verify(encode_dss_signature(r, s), challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
    except InvalidSignature:
        return False
    return True


@pytest.fixture
def card18() -> VirtualCard:
    return VirtualCard(build_profile("applet18"))


# -- the files ------------------------------------------------------------------------------


def test_there_is_an_applet_18_profile() -> None:
    assert "applet18" in APPLET_18 and "nl-citizen" in APPLET_17


@pytest.mark.parametrize("name", APPLET_18)
def test_applet_18_profiles_carry_their_basic_key_and_its_hash(name: str) -> None:
    profile = build_profile(name)
    public = profile.files[0x4040]
    assert len(public) == 120 and public.startswith(SPKI_P384_HEADER)
    assert profile.basic_private_key is not None
    assert public == basic_key_file(profile.basic_private_key)
    identity = parse_identity(profile.files[0x4031])
    assert identity.basic_key_hash == hashlib.sha384(public).digest()


def test_the_basic_key_is_the_same_in_every_build_and_differs_by_profile() -> None:
    today = build_profile("applet18")
    other_day = build_profile("applet18", today=date.today() - timedelta(days=1))
    assert today is not other_day  # built again, not the cached card
    assert today.files[0x4040] == other_day.files[0x4040]
    assert basic_key_file(basic_key("applet18")) == today.files[0x4040]
    assert basic_key_file(basic_key("another card")) != today.files[0x4040]


@pytest.mark.parametrize("name", APPLET_17)
def test_applet_17_profiles_have_no_basic_key(name: str) -> None:
    profile = build_profile(name)
    assert 0x4040 not in profile.files
    assert profile.basic_private_key is None
    assert parse_identity(profile.files[0x4031]).basic_key_hash is None
    card = VirtualCard(profile)
    assert card.process(SELECT_APPLET) == OK
    assert card.process(bytes.fromhex("00A4080C06 3F00DF014040".replace(" ", ""))) == b"\x6a\x82"


# -- INTERNAL AUTHENTICATE --------------------------------------------------------------------


def test_a_challenge_is_signed_with_the_basic_key_as_a_sha384_digest(card18: VirtualCard) -> None:
    signature = sign(card18)
    assert len(signature) == 96
    public = card18.profile.files[0x4040]
    assert verifies(public, CHALLENGE, signature)
    # The challenge is the digest: it is not hashed again before signing.
    assert not verifies(public, hashlib.sha384(CHALLENGE).digest(), signature)
    assert not verifies(public, bytes(48), signature)


def test_the_signature_waits_for_get_response_even_with_an_le(card18: VirtualCard) -> None:
    assert card18.process(internal_authenticate(le=b"\x00")) == b"\x61\x60"
    assert card18.process(get_response(0x80)) == b"\x6c\x60"  # wrong Le: the usual correction
    response = card18.process(get_response(0x60))
    assert response[-2:] == OK and verifies(card18.profile.files[0x4040], CHALLENGE, response[:-2])


def test_another_command_drops_the_waiting_signature(card18: VirtualCard) -> None:
    assert card18.process(internal_authenticate()) == b"\x61\x60"
    assert card18.process(SELECT_APPLET) == OK
    assert card18.process(get_response(0x60)) == b"\x69\x85"


def test_each_challenge_gets_a_fresh_signature(card18: VirtualCard) -> None:
    first, second = sign(card18), sign(card18)
    assert first != second  # ECDSA: a new nonce every time
    assert verifies(card18.profile.files[0x4040], CHALLENGE, second)


@pytest.mark.parametrize(
    ("apdu", "sw"),
    [
        # P2: only the basic key (81) signs challenges -> 6A 88 "referenced key not found".
        (internal_authenticate(p2=0x82), "6a88"),
        (internal_authenticate(p2=0x83), "6a88"),
        (internal_authenticate(p2=0x00), "6a88"),
        # P1: ECDSA SHA-2-384 (02) is the only scheme of a P-384 key -> 6B 00 "wrong P1-P2".
        (internal_authenticate(p1=0x01), "6b00"),
        (internal_authenticate(p1=0x04), "6b00"),
        (internal_authenticate(p1=0x40), "6b00"),
        (internal_authenticate(p1=0x00), "6b00"),
        # No data, or Lc that disagrees with the challenge TLV -> 67 00 "wrong length".
        (bytes.fromhex("00880281"), "6700"),
        (bytes.fromhex("0088028160"), "6700"),
        (bytes.fromhex("008802810194"), "6700"),
        (bytes.fromhex("0088028132 9431".replace(" ", "")) + CHALLENGE + b"\x00", "6700"),
        (bytes.fromhex("0088028131 9430".replace(" ", "")) + CHALLENGE[:47], "6700"),
        (bytes.fromhex("0088028140 9430".replace(" ", "")) + CHALLENGE, "6700"),
        # A well-formed TLV with the wrong tag or challenge length -> 6A 80 "wrong data".
        (internal_authenticate(tag=0x95), "6a80"),
        (internal_authenticate(CHALLENGE[:32]), "6a80"),
        (internal_authenticate(hashlib.sha512(b"x").digest()), "6a80"),
        (internal_authenticate(CHALLENGE + b"\x00"), "6a80"),
        # Class bytes: proprietary 80 and chaining 10 are not accepted -> 6E 00.
        (b"\x80" + internal_authenticate()[1:], "6e00"),
        (b"\x10" + internal_authenticate()[1:], "6e00"),
    ],
)
def test_malformed_challenges_get_the_cards_status_words(
    card18: VirtualCard, apdu: bytes, sw: str
) -> None:
    assert card18.process(SELECT_APPLET) == OK
    assert card18.process(apdu).hex() == sw
    assert card18.process(get_response(0x60)) == b"\x69\x85"  # nothing was signed


@pytest.mark.parametrize("name", APPLET_17)
def test_applet_17_cards_refuse_internal_authenticate(name: str) -> None:
    card = VirtualCard(build_profile(name))
    assert card.process(SELECT_APPLET) == OK
    assert card.process(internal_authenticate()) == b"\x6d\x00"


def test_a_card_without_its_private_key_says_key_not_found() -> None:
    profile = build_profile("applet18").with_basic_private_key(None)
    card = VirtualCard(profile)
    assert card.process(SELECT_APPLET) == OK
    assert card.process(internal_authenticate()) == b"\x6a\x88"


def test_an_inactive_card_does_not_sign() -> None:
    card = VirtualCard(build_profile("applet18"), inactive=True)
    assert card.process(SELECT_APPLET) == OK
    assert card.process(internal_authenticate()) == b"\x6d\x00"


def test_through_the_transport_the_answer_is_raw() -> None:
    transport = VirtualTransport(VirtualCard(build_profile("applet18")))
    assert transport.transmit(internal_authenticate()) == (b"", 0x61, 0x60)
    data, sw1, sw2 = transport.transmit(get_response(0x60))
    assert (len(data), sw1, sw2) == (96, 0x90, 0x00)


# -- the clone -------------------------------------------------------------------------------


def test_a_clone_has_the_same_files_but_another_key() -> None:
    original = VirtualCard(build_profile("applet18"))
    clone = original.with_faults(Faults(clone=True))
    assert dict(clone.profile.files) == dict(original.profile.files)
    assert clone.profile.card_data == original.profile.card_data
    signature = sign(clone)
    assert len(signature) == 96
    assert not verifies(original.profile.files[0x4040], CHALLENGE, signature)
    # Its own key does sign properly: the card works, it is just not the card of the files.
    assert clone.profile.basic_private_key is not None
    assert verifies(basic_key_file(clone.profile.basic_private_key), CHALLENGE, signature)


def test_the_clone_fault_applies_through_the_transport() -> None:
    profile = build_profile("applet18")
    transport = VirtualTransport(VirtualCard(profile), Faults(clone=True))
    transport.transmit(internal_authenticate())
    data, _sw1, _sw2 = transport.transmit(get_response(0x60))
    assert not verifies(profile.files[0x4040], CHALLENGE, data)


def test_a_card_without_a_basic_key_cannot_be_cloned() -> None:
    with pytest.raises(ValueError, match="basic key"):
        VirtualCard(build_profile("nl-citizen")).with_faults(Faults(clone=True))


def test_clone_and_flipped_byte_combine() -> None:
    card = VirtualCard(build_profile("applet18")).with_faults(
        Faults(clone=True, flip_byte=(0x4040, 100))
    )
    assert card.profile.files[0x4040] != build_profile("applet18").files[0x4040]
    assert card.profile.basic_private_key is not None


# -- dumps -----------------------------------------------------------------------------------


def test_a_dump_keeps_the_specimens_basic_key(tmp_path: Path) -> None:
    profile = build_profile("applet18")
    write_dump(profile, tmp_path)
    assert (tmp_path / BASIC_KEY_NAME).is_file()
    replayed = load_dump(tmp_path)
    assert verifies(profile.files[0x4040], CHALLENGE, sign(VirtualCard(replayed)))


def test_a_dump_without_the_private_key_replays_as_a_copy(tmp_path: Path) -> None:
    write_dump(build_profile("applet18"), tmp_path)
    (tmp_path / BASIC_KEY_NAME).unlink()
    card = VirtualCard(load_dump(tmp_path))
    assert card.process(SELECT_APPLET) == OK
    assert card.process(internal_authenticate()) == b"\x6a\x88"


def test_a_dump_with_a_broken_key_file_is_refused(tmp_path: Path) -> None:
    write_dump(build_profile("applet18"), tmp_path)
    (tmp_path / BASIC_KEY_NAME).write_bytes(b"not a key")
    with pytest.raises(ValueError, match=BASIC_KEY_NAME):
        load_dump(tmp_path)
