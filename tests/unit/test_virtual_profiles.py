"""Specimen profiles hold files a reader parses and verifies; dumps replay byte-exactly."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from stdnum.be import eid, nn

from kiosk.cardreader.errors import CardDataInvalidError, UnknownRootError
from kiosk.cardreader.identity import parse_address, parse_identity
from kiosk.cardreader.verify import Verification, load_trusted_roots, verify_card_data
from kiosk.cardreader.virtual import Faults, VirtualCard, VirtualTransport, cli
from kiosk.cardreader.virtual.dump import load_dump, write_dump
from kiosk.cardreader.virtual.encode import encode_length, encode_tlv
from kiosk.cardreader.virtual.model import ATR_APPLET_17, ATR_APPLET_18, CardProfile
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

SELECT_APPLET = bytes.fromhex("00A404000FA00000003029057000AD13100101FF")
REQUIRED = {"nl-citizen", "fr-citizen", "de-citizen", "foreigner", "kids", "expired", "applet18"}


def read_file(transport: VirtualTransport, path: bytes) -> bytes:
    """A minimal eid-mw style read (select by path, 0xFC chunks, 6C re-read), so these tests
    do not depend on the production reader."""
    data, sw1, sw2 = transport.transmit(bytes((0x00, 0xA4, 0x08, 0x0C, len(path))) + path)
    assert (sw1, sw2) == (0x90, 0x00)
    content = b""
    while True:
        offset = len(content)
        apdu = bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, 0xFC))
        data, sw1, sw2 = transport.transmit(apdu)
        if sw1 == 0x6C:
            data, sw1, sw2 = transport.transmit(apdu[:4] + bytes((sw2,)))
        if (sw1, sw2) == (0x6B, 0x00) and offset:
            return content
        assert (sw1, sw2) == (0x90, 0x00)
        content += data
        if len(data) < 0xFC:
            return content


def read_card(transport: VirtualTransport) -> dict[str, bytes]:
    assert transport.transmit(SELECT_APPLET) == (b"", 0x90, 0x00)
    paths = {
        "identity": "3F00DF014031",
        "identity_signature": "3F00DF014032",
        "address": "3F00DF014033",
        "address_signature": "3F00DF014034",
        "photo": "3F00DF014035",
        "rrn": "3F00DF00503C",
    }
    return {key: read_file(transport, bytes.fromhex(path)) for key, path in paths.items()}


def verify(files: dict[str, bytes], root_pem: bytes | None) -> Verification:
    roots = load_trusted_roots(extra=[root_pem] if root_pem else [])
    return verify_card_data(
        identity_file=files["identity"],
        identity_signature=files["identity_signature"],
        rrn_certificate=files["rrn"],
        roots=roots,
        photo=files["photo"],
        address_file=files["address"],
        address_signature=files["address_signature"],
    )


def test_profile_names_and_descriptions() -> None:
    assert REQUIRED <= set(PROFILES)
    assert all(PROFILES[name].strip() for name in PROFILES)
    with pytest.raises(KeyError):
        build_profile("no-such-card")


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_profile_reads_parses_and_verifies(name: str) -> None:
    profile = build_profile(name)
    specimen = profile.specimen
    assert specimen is not None and profile.trust_root_pem is not None
    files = read_card(VirtualTransport(VirtualCard(profile)))

    identity = parse_identity(files["identity"])
    assert identity.card_number == specimen.card_number
    assert identity.national_number == specimen.national_number
    assert identity.national_number_valid
    assert identity.surname == specimen.surname
    assert identity.first_names == specimen.first_names
    assert identity.birth_date.as_date() == specimen.birth_date
    assert identity.birth_date.raw == specimen.birth_date_text
    assert identity.validity_end == specimen.validity_end
    assert identity.document_type.code == str(int(specimen.document_type))
    assert identity.document_type.is_known
    assert identity.chip_number == specimen.chip_number == profile.card_data[:16]
    address = parse_address(files["address"])
    assert (address.street_and_number, address.zip_code, address.municipality) == (
        specimen.street_and_number,
        specimen.zip_code,
        specimen.municipality,
    )

    result = verify(files, profile.trust_root_pem)
    assert result.photo_checked and result.address_checked
    assert result.root_common_name == "Virtual eID TEST Root CA"


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_specimen_numbers_are_consistent(name: str) -> None:
    specimen = build_profile(name).specimen
    assert specimen is not None
    number = specimen.national_number
    assert nn.is_valid(number)
    assert nn.get_birth_date(number) == specimen.birth_date
    assert nn.get_gender(number) == ("M" if specimen.sex == "M" else "F")
    if specimen.card_number.startswith("B"):
        digits = specimen.card_number[1:]
        assert len(digits) == 9 and int(digits[:7]) % 97 == int(digits[7:])
    else:
        assert eid.is_valid(specimen.card_number)
    assert "Specimen" in specimen.surname


def test_language_specific_birth_dates() -> None:
    texts = {name: build_profile(name).specimen.birth_date_text for name in REQUIRED}  # type: ignore[union-attr]
    assert texts["nl-citizen"] == "12 MAAR 1951"
    assert texts["fr-citizen"] == "03 AOUT 1948"
    assert texts["de-citizen"] == "22.DEZ. 1960"


def test_kids_card_holder_is_ten_whatever_the_day() -> None:
    for today in (date(2026, 2, 28), date(2028, 2, 29), date(2031, 12, 31), date.today()):
        profile = build_profile("kids", today=today)
        identity = parse_identity(profile.files[0x4031])
        assert identity.age_on(today) == 10
        assert identity.document_type.is_kids
        assert not identity.expired(today)


def test_expired_card_is_expired_and_others_are_not() -> None:
    today = date.today()
    for name in REQUIRED:
        identity = parse_identity(build_profile(name).files[0x4031])
        assert identity.expired(today) == (name == "expired"), name


def test_foreigner_card() -> None:
    identity = parse_identity(build_profile("foreigner").files[0x4031])
    assert identity.document_type.code == "16"
    assert identity.document_type.kind == "foreigner_e_plus"
    assert identity.card_number.startswith("B") and len(identity.card_number) == 10
    assert identity.nationality == "Portugaise"


def test_rsa_profile_algorithms() -> None:
    profile = build_profile("nl-citizen")
    assert profile.atr == ATR_APPLET_17 and profile.applet_version == 0x17
    identity = parse_identity(profile.files[0x4031])
    assert identity.photo_hash == hashlib.sha256(profile.files[0x4035]).digest()
    assert len(profile.files[0x4032]) == 256  # raw RSA-2048 signature
    result = verify(read_card(VirtualTransport(VirtualCard(profile))), profile.trust_root_pem)
    assert (result.rrn_key_type, result.signature_hash) == ("rsa", "sha256")


def test_applet18_profile() -> None:
    profile = build_profile("applet18")
    assert profile.atr == ATR_APPLET_18 and profile.applet_version == 0x18
    identity = parse_identity(profile.files[0x4031])
    assert identity.photo_hash == hashlib.sha384(profile.files[0x4035]).digest()
    assert identity.basic_key_hash == hashlib.sha384(profile.files[0x4040]).digest()
    assert len(profile.files[0x4040]) == 120
    for fid in (0x4032, 0x4034):  # DER ECDSA, zero-padded to a fixed length
        signature = profile.files[fid]
        assert len(signature) == 256 and signature[0] == 0x30
        assert not any(signature[signature[1] + 2 :])
    card = VirtualCard(profile)
    assert card.process(bytes.fromhex("80E400011F"))[-5:] == bytes.fromhex("03FFFF9000")
    result = verify(read_card(VirtualTransport(card)), profile.trust_root_pem)
    assert (result.rrn_key_type, result.signature_hash, result.photo_hash) == (
        "ec",
        "sha384",
        "sha384",
    )


def test_unknown_root_without_the_test_root() -> None:
    files = read_card(VirtualTransport(VirtualCard(build_profile("nl-citizen"))))
    with pytest.raises(UnknownRootError):
        verify(files, None)


@pytest.mark.parametrize(
    ("fid", "offset"), [(0x4031, 40), (0x4033, 3), (0x4033, 100), (0x4035, 700)]
)
def test_flipped_byte_fails_verification(fid: int, offset: int) -> None:
    profile = build_profile("fr-citizen")
    files = read_card(VirtualTransport(VirtualCard(profile), Faults(flip_byte=(fid, offset))))
    with pytest.raises(CardDataInvalidError):
        verify(files, profile.trust_root_pem)


def test_profiles_are_cached_and_reprs_are_redacted() -> None:
    profile = build_profile("de-citizen")
    assert build_profile("de-citizen") is profile
    specimen = profile.specimen
    assert specimen is not None
    for text in (repr(profile), str(profile), repr(specimen), repr(VirtualCard(profile))):
        assert specimen.surname not in text
        assert specimen.national_number not in text
        assert specimen.card_number not in text


def test_tlv_length_extension() -> None:
    assert encode_length(254) == b"\xfe"
    assert encode_length(255) == b"\xff\x00"
    assert encode_length(600) == b"\xff\xff\x5a"
    assert encode_tlv([(1, "é")]) == b"\x01\x02\xc3\xa9"
    with pytest.raises(ValueError):
        encode_tlv([(2, b""), (1, b"")])


# -- dumps ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["nl-citizen", "applet18"])
def test_write_then_load_dump_is_identical(tmp_path: Path, name: str) -> None:
    profile = build_profile(name)
    loaded = load_dump(write_dump(profile, tmp_path / name))
    assert dict(loaded.files) == dict(profile.files)
    assert loaded.atr == profile.atr
    assert loaded.card_data == profile.card_data
    assert loaded.pin_tries == profile.pin_tries
    assert loaded.trust_root_pem == profile.trust_root_pem
    files = read_card(VirtualTransport(VirtualCard(loaded)))
    verify(files, loaded.trust_root_pem)


def test_dump_defaults_and_hex_atr(tmp_path: Path) -> None:
    (tmp_path / "4031").write_bytes(b"\x01\x02ab")
    card = VirtualCard(load_dump(tmp_path))
    assert card.atr == ATR_APPLET_17
    response = card.process(bytes.fromhex("80E400001C"))
    assert len(response) == 30 and response[21] == 0x17 and response[-2:] == b"\x90\x00"
    assert card.process(bytes.fromhex("00A4080C04DF014033")) == b"\x6a\x82"
    (tmp_path / "ATR").write_text("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00\n")
    assert load_dump(tmp_path).atr == ATR_APPLET_18


def test_dump_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_dump(tmp_path / "missing")
    with pytest.raises(ValueError):
        load_dump(tmp_path)


def test_real_ec_test_card_dump_replays_byte_exactly(samples: Path, tmp_path: Path) -> None:
    source = samples / "commons-eid" / "test-eid-v17-ec"
    names = {
        "identity.tlv": "4031",
        "identity-signature.der": "4032",
        "address.tlv": "4033",
        "address-signature.der": "4034",
        "photo.jpg": "4035",
        "rrn-cert.der": "503C",
    }
    for original, fid in names.items():
        (tmp_path / fid).write_bytes((source / original).read_bytes())
    profile = load_dump(tmp_path)
    assert isinstance(profile, CardProfile)
    files = read_card(VirtualTransport(VirtualCard(profile)))
    assert files == {
        "identity": (source / "identity.tlv").read_bytes(),
        "identity_signature": (source / "identity-signature.der").read_bytes(),
        "address": (source / "address.tlv").read_bytes(),
        "address_signature": (source / "address-signature.der").read_bytes(),
        "photo": (source / "photo.jpg").read_bytes(),
        "rrn": (source / "rrn-cert.der").read_bytes(),
    }
    # The dump is signed by the EC test root, which is not a trusted production root; the
    # signatures themselves still check once the RRN certificate's issuer is trusted.
    with pytest.raises(UnknownRootError):
        verify(files, None)
    identity = parse_identity(files["identity"])
    assert identity.document_type.code == "1"
    assert len(identity.photo_hash) == 32


# -- kiosk-virtual-card (the serving loop is tested against pcscd in tests/integration) -------


def test_cli_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[0] for line in lines} == set(PROFILES)


def test_cli_saves_a_dump_and_the_root(tmp_path: Path) -> None:
    root = tmp_path / "root.pem"
    assert (
        cli.main(["--profile", "kids", "--root-out", str(root), "--save-dump", str(tmp_path / "d")])
        == 0
    )
    profile = build_profile("kids")
    assert root.read_bytes() == profile.trust_root_pem
    assert dict(load_dump(tmp_path / "d").files) == dict(profile.files)


@pytest.mark.parametrize(
    "argv",
    [
        ["--vpcd", "192.0.2.1:35963"],  # not loopback
        ["--vpcd", "localhost"],
        ["--flip", "4031"],
        ["--flip", "4033:5000"],  # outside the file
        ["--latency", "-1"],
        ["--profile", "nobody"],
        ["--remove-after", "-2"],
        ["--get-response-chunk", "300"],
        ["--mute-after-select", "-5"],
    ],
)
def test_cli_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_cli_root_out_needs_a_root(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "4031").write_bytes(b"\x01\x01a")
    with pytest.raises(SystemExit):
        cli.main(["--dump", str(tmp_path), "--root-out", str(tmp_path / "root.pem")])
    assert not (tmp_path / "root.pem").exists()
