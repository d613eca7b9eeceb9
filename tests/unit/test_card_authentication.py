"""Card authenticity on the reader side: the read takes the basic public key (4040) and checks
it against identity tag 0x1A; :func:`authenticate_card` runs one challenge and tells a clone
from the genuine card; nothing personal in any message."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace
from functools import cache

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, encode_dss_signature
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cardreader import cli
from kiosk.cardreader.errors import (
    CardCloneError,
    CardDataInvalidError,
    CardReadError,
    CardRemovedError,
)
from kiosk.cardreader.reader import CardRead, authenticate_card, read_card
from kiosk.cardreader.verify import (
    basic_public_key,
    load_trusted_roots,
    verify_card_data,
    verify_card_signature,
)
from kiosk.cardreader.virtual import CardProfile, Faults, VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.pki import basic_key
from kiosk.cardreader.virtual.profiles import build_profile

SELECT_APPLET = "00a4040c0fa00000003029057000ad13100101ff"
CHALLENGE = hashlib.sha384(b"submission 42: consent given").digest()


def roots_for(profile: CardProfile) -> tuple[x509.Certificate, ...]:
    assert profile.trust_root_pem is not None
    return load_trusted_roots([profile.trust_root_pem])


def transport_for(profile: CardProfile, faults: Faults | None = None) -> VirtualTransport:
    return VirtualTransport(VirtualCard(profile), faults)


def read(transport: VirtualTransport, profile: CardProfile) -> CardRead:
    return read_card(transport, photo=True, address=True, roots=roots_for(profile))


def without_file(profile: CardProfile, fid: int) -> CardProfile:
    return replace(profile, files={k: v for k, v in profile.files.items() if k != fid})


def claiming_applet(profile: CardProfile, version: int) -> CardProfile:
    card_data = bytearray(profile.card_data)
    card_data[21] = version
    return replace(profile, card_data=bytes(card_data))


# -- the read ---------------------------------------------------------------------------------


def test_an_applet_18_read_carries_the_checked_basic_key() -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile)
    result = read(transport, profile)
    assert result.basic_key == profile.files[0x4040]
    assert result.authenticity_provable is True
    assert result.verification.basic_key_checked is True
    assert "authenticity_provable=True" in repr(result)
    # The read never challenges the card (5000-call limit): no INTERNAL AUTHENTICATE in it.
    assert all(apdu[1] != 0x88 for apdu in transport.sent)


def test_the_default_18_read_costs_two_commands_more_than_before() -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile)
    result = read_card(transport, roots=roots_for(profile))
    sent = [apdu.hex() for apdu in transport.sent]
    at = sent.index("00a4020c024040")
    assert sent[at : at + 2] == ["00a4020c024040", "00b0000078"]  # 120 bytes, no 6C round trip
    assert sent[at - 1].startswith("00b0")  # right after the identity signature, still in DF01
    assert result.apdu_count == len(sent) == 17


@pytest.mark.parametrize("name", ["nl-citizen", "kids", "foreigner"])
def test_applet_17_reads_are_not_provable(name: str) -> None:
    profile = build_profile(name)
    transport = transport_for(profile)
    result = read(transport, profile)
    assert result.basic_key is None
    assert result.authenticity_provable is False
    assert result.verification.basic_key_checked is False
    assert "00a4020c024040" not in [apdu.hex() for apdu in transport.sent]


def test_a_tampered_basic_key_is_forged_data() -> None:
    profile = build_profile("applet18")
    with pytest.raises(CardDataInvalidError, match="4040") as info:
        read(transport_for(profile, Faults(flip_byte=(0x4040, 100))), profile)
    assert type(info.value) is CardDataInvalidError
    assert info.value.code == "data-invalid"


def test_a_basic_key_replaced_by_another_valid_key_is_forged_data() -> None:
    profile = build_profile("applet18")
    other = (
        basic_key("somebody else")
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(CardDataInvalidError, match="does not match its hash"):
        read(transport_for(profile.with_files({0x4040: other})), profile)


def test_a_card_whose_identity_names_a_key_it_does_not_have_is_forged_data() -> None:
    profile = build_profile("applet18")
    with pytest.raises(CardDataInvalidError, match="no file 4040"):
        read(transport_for(without_file(profile, 0x4040)), profile)


def test_the_signed_tag_decides_not_the_applet_version() -> None:
    """A copy of a 1.8 card that claims to be a 1.7 one still has to show its key."""
    profile = build_profile("applet18")
    downgraded = claiming_applet(profile, 0x17)
    result = read(transport_for(downgraded), profile)
    assert result.card_data.applet_version == 0x17
    assert result.authenticity_provable is True
    # ...and such a card cannot answer the challenge (no INTERNAL AUTHENTICATE before 1.8).
    with pytest.raises(CardCloneError, match="6D00"):
        authenticate_card(transport_for(downgraded), result.basic_key or b"", CHALLENGE)


def test_verify_card_data_checks_a_given_key_against_tag_1a() -> None:
    applet18, citizen = build_profile("applet18"), build_profile("nl-citizen")
    files = dict(
        identity_file=applet18.files[0x4031],
        identity_signature=applet18.files[0x4032],
        rrn_certificate=applet18.files[0x503C],
        roots=roots_for(applet18),
    )
    assert verify_card_data(**files).basic_key_checked is False  # not given: not checked
    assert verify_card_data(**files, basic_key=applet18.files[0x4040]).basic_key_checked
    with pytest.raises(CardDataInvalidError, match="tag 0x1A"):
        verify_card_data(
            identity_file=citizen.files[0x4031],
            identity_signature=citizen.files[0x4032],
            rrn_certificate=citizen.files[0x503C],
            roots=roots_for(citizen),
            basic_key=applet18.files[0x4040],
        )


@pytest.mark.parametrize(
    "spki",
    [
        b"",
        b"\x30\x03\x02\x01\x00",
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo),
    ],
    ids=["empty", "not-a-key", "p256"],
)
def test_only_a_p384_key_is_a_basic_key(spki: bytes) -> None:
    with pytest.raises(CardDataInvalidError, match="4040"):
        basic_public_key(spki)


# -- the challenge ----------------------------------------------------------------------------


def test_the_genuine_card_passes_the_challenge_in_three_commands() -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile)
    result = read(transport, profile)
    assert result.basic_key is not None
    before = len(transport.sent)
    signature = authenticate_card(transport, result.basic_key, CHALLENGE)
    sent = [apdu.hex() for apdu in transport.sent[before:]]
    assert sent == [SELECT_APPLET, "0088028132" + "9430" + CHALLENGE.hex(), "00c0000060"]
    assert len(signature) == 96
    verify_card_signature(result.basic_key, CHALLENGE, signature)  # anyone can check it again
    # ECDSA over the challenge taken as the SHA-384 digest (it is not hashed again).
    key = basic_public_key(result.basic_key)
    der = encode_dss_signature(
        int.from_bytes(signature[:48], "big"), int.from_bytes(signature[48:], "big")
    )
    key.verify(der, CHALLENGE, ec.ECDSA(Prehashed(hashes.SHA384())))


def test_a_clone_verifies_on_read_and_fails_the_challenge() -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile, Faults(clone=True))
    result = read(transport, profile)  # every file is the genuine card's
    assert result.authenticity_provable and result.basic_key == profile.files[0x4040]
    with pytest.raises(CardCloneError) as info:
        authenticate_card(transport, result.basic_key, CHALLENGE)
    error = info.value
    assert error.code == "card-clone" and error.exit_code == 19
    assert isinstance(error, CardDataInvalidError)  # refused like forged data
    assert "does not verify" in str(error)


def test_a_card_without_the_private_key_is_a_clone() -> None:
    profile = build_profile("applet18")
    copy = profile.with_basic_private_key(None)  # a replayed dump: the key cannot be copied
    with pytest.raises(CardCloneError, match="6A88"):
        authenticate_card(transport_for(copy), profile.files[0x4040], CHALLENGE)


class Answers:
    """A card that answers INTERNAL AUTHENTICATE with a fixed response (data + SW)."""

    def __init__(self, response: bytes) -> None:
        self.response = response
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        self.sent.append(bytes(apdu))
        response = self.response if apdu[1] == 0x88 else b"\x90\x00"
        return response[:-2], response[-2], response[-1]

    def atr(self) -> bytes:
        return b""


@pytest.mark.parametrize(
    ("response", "error", "match"),
    [
        (b"\x69\x85", CardReadError, "5000"),
        (b"\x6a\x80", CardReadError, "6A80"),
        (b"\x64\x00", CardReadError, "6400"),
        (b"\x6a\x88", CardCloneError, "6A88"),
        (b"\x6d\x00", CardCloneError, "6D00"),
        (bytes(96) + b"\x90\x00", CardCloneError, "does not verify"),
        (bytes(range(64)) + b"\x90\x00", CardCloneError, "64 bytes"),
        (b"\x90\x00", CardCloneError, "0 bytes"),
    ],
)
def test_how_each_answer_to_the_challenge_is_judged(
    response: bytes, error: type[Exception], match: str
) -> None:
    profile = build_profile("applet18")
    card = Answers(response)
    with pytest.raises(error, match=match) as info:
        authenticate_card(card, profile.files[0x4040], CHALLENGE)
    assert type(info.value) is error
    assert sum(apdu[1] == 0x88 for apdu in card.sent) == 1  # one challenge, never retried


def test_a_signature_from_the_right_key_over_another_challenge_fails() -> None:
    profile = build_profile("applet18")
    result = read(transport_for(profile), profile)
    assert result.basic_key is not None
    signature = authenticate_card(transport_for(profile), result.basic_key, CHALLENGE)
    other = hashlib.sha384(b"submission 43").digest()
    with pytest.raises(CardCloneError):
        verify_card_signature(result.basic_key, other, signature)
    with pytest.raises(CardCloneError):
        verify_card_signature(result.basic_key, CHALLENGE, signature[:48] + bytes(48))


def test_the_card_pulled_during_the_challenge_is_card_removed() -> None:
    profile = build_profile("applet18")
    total = read(transport_for(profile), profile).apdu_count
    for extra in range(3):  # before the select, the challenge, the GET RESPONSE
        transport = transport_for(profile, Faults(remove_after=total + extra))
        result = read(transport, profile)
        with pytest.raises(CardRemovedError):
            authenticate_card(transport, result.basic_key or b"", CHALLENGE)


@pytest.mark.parametrize("challenge", [b"", bytes(32), bytes(49)])
def test_a_challenge_must_be_a_sha384_digest(challenge: bytes) -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile)
    with pytest.raises(ValueError, match="48 bytes"):
        authenticate_card(transport, profile.files[0x4040], challenge)
    with pytest.raises(ValueError, match="48 bytes"):
        verify_card_signature(profile.files[0x4040], challenge, bytes(96))
    assert transport.sent == []


def test_the_basic_key_must_come_from_a_verified_read() -> None:
    transport = transport_for(build_profile("applet18"))
    with pytest.raises(ValueError, match="P-384"):
        authenticate_card(transport, b"\x30\x00", CHALLENGE)
    assert transport.sent == []


def test_nothing_personal_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    profile = build_profile("applet18")
    specimen = profile.specimen
    assert specimen is not None
    messages: list[str] = []
    for faults in (Faults(flip_byte=(0x4040, 50)), Faults(flip_byte=(0x4040, 119))):
        with pytest.raises(CardDataInvalidError) as forged:
            read(transport_for(profile, faults), profile)
        messages += [str(forged.value), repr(forged.value)]
    transport = transport_for(profile, Faults(clone=True))
    result = read(transport, profile)
    with pytest.raises(CardCloneError) as clone:
        authenticate_card(transport, profile.files[0x4040], CHALLENGE)
    messages += [str(clone.value), repr(clone.value), repr(result)]
    with pytest.raises(CardCloneError) as short:
        authenticate_card(Answers(b"\x01\x02\x90\x00"), profile.files[0x4040], CHALLENGE)
    messages += [str(short.value)]
    authenticate_card(transport_for(profile), profile.files[0x4040], CHALLENGE)
    text = (caplog.text + "\n".join(messages)).lower()
    assert "card authenticated" in text
    secrets = [
        specimen.national_number,
        specimen.surname,
        specimen.first_names,
        specimen.card_number,
        specimen.chip_number.hex(),
        profile.card_data[:16].hex(),
        profile.files[0x4040][-48:].hex(),  # the key's Y coordinate
        CHALLENGE.hex()[:16],
    ]
    for secret in secrets:
        assert secret.lower() not in text, f"{secret!r} leaks"


# -- kiosk-card read --challenge --------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "authenticity"),
    [
        (["--virtual", "applet18", "--challenge"], "verified"),
        (["--virtual", "applet18"], "provable"),
        (["--virtual", "nl-citizen", "--challenge"], "not provable"),
    ],
)
def test_kiosk_card_reports_authenticity(
    args: list[str], authenticity: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["read", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["card"]["authenticity"] == authenticity
    assert data["verification"]["basic_key_checked"] is (authenticity != "not provable")


# -- arbitrary input --------------------------------------------------------------------------


_SPKI_LIKE = st.binary(max_size=200).map(
    lambda b: bytes.fromhex("3076301006072A8648CE3D020106052B81040022036200") + b
)


@settings(deadline=None, max_examples=100)
@given(data=st.one_of(st.binary(max_size=200), _SPKI_LIKE))
def test_an_arbitrary_basic_key_file_raises_only_data_invalid(data: bytes) -> None:
    with pytest.raises(CardDataInvalidError):
        verify_card_data(**_applet18_files(), basic_key=data)
    with pytest.raises(CardDataInvalidError):  # random points are not on the curve
        basic_public_key(data)


@settings(deadline=None, max_examples=100)
@given(signature=st.binary(max_size=120))
def test_an_arbitrary_answer_to_the_challenge_is_a_clone(signature: bytes) -> None:
    with pytest.raises(CardCloneError):
        verify_card_signature(build_profile("applet18").files[0x4040], CHALLENGE, signature)


@cache
def _applet18_files() -> dict[str, object]:
    profile = build_profile("applet18")
    return dict(
        identity_file=profile.files[0x4031],
        identity_signature=profile.files[0x4032],
        rrn_certificate=profile.files[0x503C],
        roots=roots_for(profile),
    )
