"""The BELPIC read sequence and ``read_card`` against the in-process virtual card: values,
verification, the exact commands sent (fewest possible), privacy of what is read, fallbacks,
and every way a card can fail mid-read."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kiosk.cardreader.apdu import CountingTransport
from kiosk.cardreader.belpic import CHUNK, BelpicSession, CardData, read_eid_files
from kiosk.cardreader.errors import (
    CardDataInvalidError,
    CardReadError,
    CardRemovedError,
    NotAnEidCardError,
    UnknownRootError,
)
from kiosk.cardreader.reader import CardRead, read_card
from kiosk.cardreader.verify import load_trusted_roots
from kiosk.cardreader.virtual import CardProfile, Faults, VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

SELECT_APPLET = "00a4040c0fa00000003029057000ad13100101ff"
GET_CARD_DATA = "80e400001c"


def select(fid: int) -> str:
    return f"00a4020c02{fid:04x}"


def read(offset: int, le: int) -> str:
    return f"00b0{offset:04x}{le:02x}"


def transport_for(
    profile: CardProfile, faults: Faults | None = None, **card: object
) -> VirtualTransport:
    return VirtualTransport(VirtualCard(profile, **card), faults)  # type: ignore[arg-type]


def roots_for(profile: CardProfile) -> tuple[x509.Certificate, ...]:
    assert profile.trust_root_pem is not None
    return load_trusted_roots([profile.trust_root_pem])


def reads_for(size: int, start: int = 0) -> list[str]:
    """What a file of ``size`` bytes (length unknown in advance) costs: full blocks, then
    6C + re-issue for the rest, or one 6B00 read when it ends on a block boundary."""
    commands, offset = [], start
    while size - offset >= CHUNK:
        commands.append(read(offset, CHUNK))
        offset += CHUNK
    commands.append(read(offset, CHUNK))
    if size > offset:
        commands.append(read(offset, size - offset))
    return commands


def der_reads(der_size: int) -> list[str]:
    """A DER object read up to its own length: exact Le on the last block, no 6C."""
    commands, offset = [], 0
    while offset < der_size:
        le = min(CHUNK, der_size - offset)
        commands.append(read(offset, le))
        offset += le
    return commands


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_reads_verified_with_its_specimen_values(name: str) -> None:
    profile = build_profile(name)
    specimen = profile.specimen
    assert specimen is not None
    result = read_card(transport_for(profile), photo=True, address=True, roots=roots_for(profile))
    ident = result.identity
    assert ident.national_number == specimen.national_number
    assert ident.card_number == specimen.card_number
    assert ident.chip_number == specimen.chip_number
    assert (ident.surname, ident.first_names) == (specimen.surname, specimen.first_names)
    assert ident.birth_date.as_date() == specimen.birth_date
    assert ident.document_type.code == specimen.document_type.lstrip("0")
    assert (ident.validity_begin, ident.validity_end) == (
        specimen.validity_begin,
        specimen.validity_end,
    )
    assert result.address is not None
    assert result.address.street_and_number == specimen.street_and_number
    assert result.address.zip_code == specimen.zip_code
    assert result.photo == specimen.photo
    assert result.verification.photo_checked and result.verification.address_checked
    assert result.verification.rrn_key_type == ("ec" if profile.applet_version >= 0x18 else "rsa")
    assert result.expired is (name == "expired")
    assert result.card_data.applet_version == profile.applet_version
    assert result.card_data.chip_serial == profile.card_data[:16]
    assert result.identity_file == profile.files[0x4031]
    assert result.identity_signature == profile.files[0x4032]
    # The certificate file is the DER then zero padding. Not rstrip(): a DER certificate may
    # itself end in a zero byte (the test PKI is random; 1 run in ~256 drew one).
    certificate_file = profile.files[0x503C]
    assert certificate_file.startswith(result.rrn_certificate)
    assert not any(certificate_file[len(result.rrn_certificate) :])
    parsed = x509.load_der_x509_certificate(result.rrn_certificate)
    assert parsed.public_bytes(serialization.Encoding.DER) == result.rrn_certificate


def test_the_default_read_sends_exactly_the_minimal_commands() -> None:
    profile = build_profile("nl-citizen")
    transport = transport_for(profile)
    result = read_card(transport, roots=roots_for(profile))
    files = profile.files
    rrn_der = len(result.rrn_certificate)
    expected = [
        SELECT_APPLET, GET_CARD_DATA,
        select(0xDF01), select(0x4031), *reads_for(len(files[0x4031])),
        select(0x4032), *reads_for(len(files[0x4032])),
        select(0x3F00), select(0xDF00), select(0x503C), *der_reads(rrn_der),
    ]  # fmt: skip
    assert [apdu.hex() for apdu in transport.sent] == expected
    assert result.apdu_count == len(expected)
    # Address and photo were not asked for: not even selected.
    assert result.address is None and result.photo is None and result.address_file is None
    assert not result.verification.photo_checked and not result.verification.address_checked


def test_photo_and_address_are_read_in_the_id_directory_before_leaving_it() -> None:
    profile = build_profile("applet18")
    transport = transport_for(profile)
    result = read_card(transport, photo=True, address=True, roots=roots_for(profile))
    files = profile.files
    expected = [
        SELECT_APPLET, GET_CARD_DATA,
        select(0xDF01), select(0x4031), *reads_for(len(files[0x4031])),
        select(0x4032), *reads_for(len(files[0x4032])),
        # The basic public key (the identity file names it): one block of exactly its size.
        select(0x4040), read(0, 120),
        select(0x4033), *reads_for(len(files[0x4033])),
        select(0x4034), *reads_for(len(files[0x4034])),
        select(0x4035), *reads_for(len(files[0x4035])),
        select(0x3F00), select(0xDF00), select(0x503C), *der_reads(len(result.rrn_certificate)),
    ]  # fmt: skip
    assert [apdu.hex() for apdu in transport.sent] == expected
    assert result.basic_key == files[0x4040]
    # The 1,100 padding bytes after the applet 1.8 certificate stay on the card.
    assert len(files[0x503C]) - len(result.rrn_certificate) == 1100


def test_commons_eid_transcript_of_a_179_byte_identity_file() -> None:
    """eid-card.md §1.4: ``00 B0 00 00 FC`` -> ``6C B3`` -> ``00 B0 00 00 B3``."""
    profile = build_profile("nl-citizen").with_files({0x4031: bytes(range(1, 180))})
    transport = transport_for(profile)
    session = BelpicSession(transport)
    session.open()
    assert session.read_file(0x4031) == bytes(range(1, 180))
    assert [a.hex() for a in transport.sent[-3:]] == [select(0x4031), read(0, 0xFC), read(0, 0xB3)]


def test_a_file_ending_on_a_block_boundary_ends_with_6b00() -> None:
    photo = bytes((i * 13) & 0xFF for i in range(3 * CHUNK))
    profile = build_profile("nl-citizen").with_files({0x4035: photo})
    transport = transport_for(profile)
    session = BelpicSession(transport)
    session.open()
    assert session.read_file(0x4035) == photo
    assert [a.hex() for a in transport.sent[-4:]] == [read(i * CHUNK, CHUNK) for i in range(4)]


def test_a_card_that_answers_through_get_response_reads_the_same() -> None:
    profile = build_profile("fr-citizen")
    plain = read_card(transport_for(profile), photo=True, roots=roots_for(profile))
    t0 = read_card(
        transport_for(profile, t0_get_response=True), photo=True, roots=roots_for(profile)
    )
    assert t0.identity_file == plain.identity_file and t0.photo == plain.photo
    assert t0.apdu_count > plain.apdu_count  # one GET RESPONSE per data block


class ReaderDoes6C:
    """A reader/driver that handles 6C itself: the card's data comes back short, no 6C."""

    def __init__(self, inner: VirtualTransport) -> None:
        self.inner = inner

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        data, sw1, sw2 = self.inner.transmit(apdu)
        if sw1 == 0x6C:
            return self.inner.transmit(apdu[:4] + bytes((sw2,)))
        return data, sw1, sw2

    def atr(self) -> bytes:
        return self.inner.atr()


def test_short_block_without_6c_is_the_end_of_file() -> None:
    profile = build_profile("de-citizen")
    counting = CountingTransport(ReaderDoes6C(transport_for(profile)))
    result = read_card(counting, photo=True, address=True, roots=roots_for(profile))
    assert result.photo == profile.files[0x4035]
    assert result.identity_file == profile.files[0x4031]


def test_no_pause_before_6c_reissue_on_current_applets() -> None:
    profile = build_profile("nl-citizen")
    slept: list[float] = []
    session = BelpicSession(transport_for(profile), sleep=slept.append)
    session.open()
    read_eid_files(session, photo=True)
    assert slept == []


def test_applet_10_cards_get_a_pause_before_each_6c_reissue() -> None:
    profile = build_profile("nl-citizen")
    old = bytearray(profile.card_data)
    old[21] = 0x10
    v10 = CardProfile(name="v1.0", atr=profile.atr, card_data=bytes(old), files=profile.files)
    slept: list[float] = []
    session = BelpicSession(transport_for(v10), sleep=slept.append)
    assert session.open().applet_version_text == "1.0"
    read_eid_files(session)
    # One re-issue per file whose length is not a multiple of 252 (4031, 4032), none for the
    # certificate (read to its DER length).
    assert len(slept) == 2 and all(pause >= 0.04 for pause in slept)


def test_inactive_card_is_not_an_eid() -> None:
    profile = build_profile("nl-citizen")
    with pytest.raises(NotAnEidCardError, match="not activated"):
        read_card(transport_for(profile, inactive=True))


class OtherCard:
    """A smart card without the BELPIC applet (a bank card, say)."""

    def __init__(self, answers: dict[bytes, bytes] | None = None) -> None:
        self.answers = answers or {}

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        response = self.answers.get(bytes(apdu[:2]), b"\x6a\x82")
        return response[:-2], response[-2], response[-1]

    def atr(self) -> bytes:
        return bytes.fromhex("3B6800000073C84000009000")


def test_card_without_the_applet_is_not_an_eid() -> None:
    with pytest.raises(NotAnEidCardError, match="no BELPIC applet"):
        read_card(OtherCard())


def test_short_card_data_is_not_an_eid() -> None:
    card = OtherCard({b"\x00\xa4": b"\x90\x00", b"\x80\xe4": bytes(20) + b"\x90\x00"})
    with pytest.raises(NotAnEidCardError, match="GET CARD DATA"):
        read_card(card)


class LostTrack:
    """Answers 6A 82 to the first ``misses`` selects of ``fid``, as a card would whose current
    DF is not the one the reader assumes (another program moved it)."""

    def __init__(self, inner: VirtualTransport, fid: int, misses: int) -> None:
        self.inner, self.fid, self.misses = inner, fid, misses

    def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
        is_select = apdu[:5] == bytes.fromhex("00a4020c02")
        if is_select and int.from_bytes(apdu[5:7], "big") == self.fid and self.misses:
            self.misses -= 1
            self.inner.transmit(apdu)  # keep the card's counter honest
            return b"", 0x6A, 0x82
        return self.inner.transmit(apdu)

    def atr(self) -> bytes:
        return self.inner.atr()


@pytest.mark.parametrize("misses", [1, 2])
def test_select_falls_back_to_the_path_then_to_the_applet(misses: int) -> None:
    profile = build_profile("nl-citizen")
    inner = transport_for(profile)
    result = read_card(LostTrack(inner, 0xDF01, misses), roots=roots_for(profile))
    assert result.identity_file == profile.files[0x4031]
    sent = [a.hex() for a in inner.sent]
    assert sent.count(select(0x3F00)) >= misses
    assert sent.count(SELECT_APPLET) == misses  # re-selected only when the path failed too


def test_a_file_that_stays_missing_is_a_read_error() -> None:
    profile = build_profile("nl-citizen")
    with pytest.raises(CardReadError, match="4032 not found"):
        read_card(LostTrack(transport_for(profile), 0x4032, misses=99), roots=roots_for(profile))


def test_a_card_that_never_stops_sending_is_cut_off() -> None:
    class Endless(OtherCard):
        def transmit(self, apdu: bytes) -> tuple[bytes, int, int]:
            if apdu[1] == 0xB0:
                return bytes(apdu[4]), 0x90, 0x00
            return super().transmit(apdu)

    card = Endless(
        {b"\x00\xa4": b"\x90\x00", b"\x80\xe4": bytes(21) + b"\x17" + bytes(6) + b"\x90\x00"}
    )
    session = BelpicSession(card)
    session.open()
    with pytest.raises(CardReadError, match="longer than any BELPIC file"):
        session.read_file(0x4035)


def full_read_apdus(profile: CardProfile) -> int:
    transport = transport_for(profile)
    read_card(transport, photo=True, address=True, roots=roots_for(profile))
    return len(transport.sent)


@pytest.mark.parametrize("name", ["nl-citizen", "applet18"])
def test_removal_after_any_number_of_commands_is_card_removed(name: str) -> None:
    profile = build_profile(name)
    roots = roots_for(profile)
    total = full_read_apdus(profile)
    for k in range(total):
        transport = transport_for(profile, Faults(remove_after=k))
        with pytest.raises(CardRemovedError):
            read_card(transport, photo=True, address=True, roots=roots)
        assert len(transport.sent) == k
    # Pulled right after the last answer: everything was read, the read stands.
    transport = transport_for(profile, Faults(remove_after=total))
    assert read_card(transport, photo=True, address=True, roots=roots).photo is not None


@pytest.mark.parametrize(
    ("fid", "error"),
    [
        (0x4031, CardDataInvalidError),
        (0x4032, CardDataInvalidError),
        (0x4033, CardDataInvalidError),
        (0x4034, CardDataInvalidError),
        (0x4035, CardDataInvalidError),
        (0x503C, (CardDataInvalidError, UnknownRootError)),
    ],
)
def test_a_flipped_byte_in_any_signed_file_is_refused(fid: int, error: object) -> None:
    profile = build_profile("fr-citizen")
    transport = transport_for(profile, Faults(flip_byte=(fid, 40)))
    with pytest.raises(error):  # type: ignore[call-overload]
        read_card(transport, photo=True, address=True, roots=roots_for(profile))


def test_a_changed_photo_is_not_noticed_when_the_photo_is_not_read() -> None:
    profile = build_profile("fr-citizen")
    transport = transport_for(profile, Faults(flip_byte=(0x4035, 40)))
    assert read_card(transport, roots=roots_for(profile)).verification.photo_checked is False


def test_a_card_of_an_unknown_root_is_refused() -> None:
    with pytest.raises(UnknownRootError):
        read_card(transport_for(build_profile("nl-citizen")))


def test_extra_roots_are_added_to_the_pinned_ones() -> None:
    profile = build_profile("applet18")
    result = read_card(transport_for(profile), extra_roots=[profile.trust_root_pem])
    assert result.verification.root_common_name


def test_expired_is_decided_by_today() -> None:
    profile = build_profile("nl-citizen")
    assert profile.specimen is not None
    end = profile.specimen.validity_end
    roots = roots_for(profile)
    assert read_card(transport_for(profile), roots=roots, today=end).expired is False
    after = date.fromordinal(end.toordinal() + 1)
    assert read_card(transport_for(profile), roots=roots, today=after).expired is True


def test_reprs_hold_no_personal_data() -> None:
    profile = build_profile("nl-citizen")
    specimen = profile.specimen
    assert specimen is not None
    transport = transport_for(profile)
    result = read_card(transport, photo=True, address=True, roots=roots_for(profile))
    session = BelpicSession(transport_for(profile))
    session.open()
    files = read_eid_files(session, photo=True, address=True)
    texts = [
        repr(result),
        str(result),
        repr(result.card_data),
        repr(files),
        repr(session),
        repr(CountingTransport(transport)),
    ]
    secrets = [
        specimen.national_number,
        specimen.surname,
        specimen.first_names,
        specimen.card_number,
        specimen.street_and_number,
        result.card_data.chip_serial_hex,
        specimen.chip_number.hex(),
    ]
    for text in texts:
        for secret in secrets:
            assert secret.lower() not in text.lower(), f"{secret!r} leaks through {text!r}"
    assert "applet=1.7" in repr(result)


def test_card_data_fields() -> None:
    raw = bytes(range(16)) + bytes((1, 2, 3, 4, 5, 0x18, 0, 1, 0, 0, 2, 0x0F))
    card_data = CardData(raw)
    assert card_data.applet_version_text == "1.8"
    assert card_data.life_cycle == 0x0F
    assert card_data.chip_serial_hex == bytes(range(16)).hex().upper()


def test_read_result_is_immutable() -> None:
    profile = build_profile("kids")
    result = read_card(transport_for(profile), roots=roots_for(profile))
    assert isinstance(result, CardRead)
    with pytest.raises(AttributeError):
        result.expired = True  # type: ignore[misc]
