"""The real test-card dumps in ../shared/eid-samples (read in place; INDEX.md says what each is):
every identity and address file parses to the documented values, viewer exports agree, the three
signed sample sets verify, and any single-byte change to their signed files is rejected."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pytest

from kiosk.cardreader import verify as verify_module
from kiosk.cardreader.errors import CardDataInvalidError, UnknownRootError
from kiosk.cardreader.identity import Identity, parse_address, parse_identity
from kiosk.cardreader.verify import Verification, load_trusted_roots, trim_der, verify_card_data

C = "commons-eid"
ALICE = f"{C}/simulated-card-Alice/Alice_"
EC = f"{C}/test-eid-v17-ec"


@dataclass(frozen=True)
class Expected:
    document_type: str
    birth: tuple[int, int, int]
    gender: str
    gender_raw: str
    photo_hash_length: int
    card_number: str | None  # None: not written into this repository (see old/new eID)
    special_status: str = "0"
    duplicate: str = ""
    special_organization: str = ""
    member_of_family: bool = False
    date_and_country_of_protection: str = ""
    work_permit_mention: str = ""
    nobility: str = ""
    national_number_valid: bool = True


# INDEX.md, table of §2, plus what the files hold beyond it (checked by hand with a hex dump).
IDENTITY_FILES = {
    f"{C}/id-alice.tlv": Expected("1", (1971, 1, 1), "F", "V", 20, "000000226635",
                                  national_number_valid=False),
    f"{C}/id-alice-2.tlv": Expected("1", (1971, 1, 1), "F", "V", 20, "000000012629",
                                    national_number_valid=False),
    f"{C}/extended-minority.tlv": Expected("1", (1979, 9, 29), "F", "F", 20, "000000246641",
                                           special_status="2", nobility="Comtesse",
                                           national_number_valid=False),
    f"{C}/white-cane.tlv": Expected("1", (1971, 1, 21), "M", "M", 20, "000000011518",
                                    special_status="1", national_number_valid=False),
    f"{C}/yellow-cane.tlv": Expected("1", (1992, 12, 31), "M", "M", 20, "000000266243",
                                     special_status="4", national_number_valid=False),
    f"{C}/id-foreigner.tlv": Expected("16", (1969, 3, 24), "M", "M", 20, "B021329690",
                                      duplicate="00"),
    f"{C}/h-card.tlv": Expected("19", (1980, 3, 8), "F", "V", 20, "B000193087",
                                duplicate="01", member_of_family=True),
    f"{C}/duplicate-02.tlv": Expected("11", (1997, 12, 22), "F", "W", 20, "B000197939",
                                      duplicate="02", special_organization="5",
                                      member_of_family=True),
    f"{C}/dateandcountry.tlv": Expected("14", (1996, 8, 13), "M", "M", 20, "181711211",
                                        duplicate="00", member_of_family=True,
                                        date_and_country_of_protection="13.08.2014-IT"),
    f"{C}/idFile-foreigner.dat": Expected("11", (2003, 9, 7), "M", "M", 32, "288231759",
                                          duplicate="01", special_organization="5",
                                          member_of_family=True, work_permit_mention="9"),
    f"{ALICE}Identity.tlv": Expected("1", (1971, 1, 1), "F", "V", 20, "000000122157",
                                     national_number_valid=False),
    f"{C}/test-identity.tlv": Expected("1", (1971, 1, 1), "F", "V", 20, "000000128019",
                                       national_number_valid=False),
    f"{EC}/identity.tlv": Expected("1", (2001, 5, 3), "F", "V", 32, "000001241600"),
    # Base64 dumps of two more cards; their numbers stay out of this repository.
    f"{C}/old-eid.txt": Expected("1", (1981, 12, 21), "M", "M", 20, None),
    f"{C}/new-eid.txt": Expected("01", (1975, 4, 26), "M", "M", 20, None),
}  # fmt: skip

ADDRESS_FILES = {
    f"{C}/address-alice.tlv": ("Meirplaats 1 bus 1", "2000", "Antwerpen"),
    f"{C}/address-fcorneli.tlv": ("Elfbunderslaan 76", "1650", "Beersel"),
    f"{C}/test-address.tlv": ("Meirplaats 1 bus 1", "2000", "Antwerpen"),
    f"{ALICE}Address.tlv": ("Meirplaats 1 bus 1", "2000", "Antwerpen"),
    f"{EC}/address.tlv": ("Specimenstraat 12", "1000", "Brussel"),
}


def read(samples: Path, name: str) -> bytes:
    data = (samples / name).read_bytes()
    return base64.b64decode(data) if name.endswith(".txt") else data


@pytest.mark.parametrize("name", sorted(IDENTITY_FILES))
def test_identity_files_parse_to_the_documented_values(samples: Path, name: str) -> None:
    expected = IDENTITY_FILES[name]
    ident = parse_identity(read(samples, name))
    assert ident.document_type.code == expected.document_type.lstrip("0")
    assert ident.document_type.kind is not None
    assert ident.birth_date.as_date() == date(*expected.birth)
    assert (ident.gender, ident.gender_raw) == (expected.gender, expected.gender_raw)
    assert len(ident.photo_hash) == expected.photo_hash_length
    if expected.card_number is not None:
        assert ident.card_number == expected.card_number
    else:
        assert len(ident.card_number) == 12 and ident.card_number.isdigit()
    assert ident.special_status == expected.special_status
    assert ident.duplicate == expected.duplicate
    assert ident.special_organization == expected.special_organization
    assert ident.member_of_family is expected.member_of_family
    assert ident.date_and_country_of_protection == expected.date_and_country_of_protection
    assert ident.work_permit_mention == expected.work_permit_mention
    assert ident.nobility == expected.nobility
    assert ident.national_number_valid is expected.national_number_valid
    assert len(ident.chip_number) == 16
    assert ident.validity_begin < ident.validity_end
    assert ident.unknown_tags == ()
    assert ident.surname and ident.national_number
    _assert_no_personal_data(repr(ident), ident)


def _assert_no_personal_data(text: str, ident: Identity) -> None:
    secrets = [ident.surname, ident.national_number, ident.card_number, ident.birth_date.raw]
    secrets += [ident.first_names, ident.birth_place, ident.validity_end.strftime("%d.%m.%Y")]
    for secret in filter(None, secrets):
        assert secret not in text


def test_special_status_helpers_on_the_cane_and_minority_cards(samples: Path) -> None:
    white = parse_identity(read(samples, f"{C}/white-cane.tlv"))
    yellow = parse_identity(read(samples, f"{C}/yellow-cane.tlv"))
    minority = parse_identity(read(samples, f"{C}/extended-minority.tlv"))
    assert (white.white_cane, white.yellow_cane, white.extended_minority) == (True, False, False)
    assert (yellow.white_cane, yellow.yellow_cane, yellow.extended_minority) == (False, True, False)
    assert minority.extended_minority and not minority.white_cane


def test_idfile_foreigner_has_empty_tags_up_to_0x19(samples: Path) -> None:
    ident = parse_identity(read(samples, f"{C}/idFile-foreigner.dat"))
    assert ident.document_type.is_foreigner and ident.document_type.kind == "foreigner_a"
    assert (ident.employer_vat_1, ident.employer_vat_2, ident.regional_file_number) == ("", "", "")
    assert ident.basic_key_hash is None


def test_birth_dates_keep_the_card_spelling(samples: Path) -> None:
    raws = {
        name: parse_identity(read(samples, name)).birth_date.raw
        for name in (f"{C}/id-alice-2.tlv", f"{C}/duplicate-02.tlv", f"{C}/new-eid.txt")
    }
    assert raws == {
        f"{C}/id-alice-2.tlv": "1 JAN 1971",
        f"{C}/duplicate-02.tlv": "22.DEZ. 1997",
        f"{C}/new-eid.txt": "26 AVR  1975",
    }


@pytest.mark.parametrize("name", sorted(ADDRESS_FILES))
def test_address_files_parse(samples: Path, name: str) -> None:
    address = parse_address(read(samples, name))
    assert (address.street_and_number, address.zip_code, address.municipality) == ADDRESS_FILES[
        name
    ]
    assert ADDRESS_FILES[name][0] not in repr(address)


# --- viewer exports -------------------------------------------------------------------------


def _viewer_export(samples: Path, name: str) -> ElementTree.Element:
    return ElementTree.parse(samples / name).getroot()


def _certificate(export: ElementTree.Element, element: str) -> bytes:
    text = export.findtext(f"certificates/{element}")
    assert text, element
    return base64.b64decode(text)


def test_ec_card_agrees_with_the_viewer_export_of_the_same_specimen(samples: Path) -> None:
    # egelke's export is another card (number, chip, validity differ) of the EC test citizen
    # whose raw files are in test-eid-v17-ec/: the personal fields must agree.
    export = _viewer_export(samples, "egelke-eid/000000991117.eid")
    person, card = export.find("identity"), export.find("card")
    assert person is not None and card is not None
    ident = parse_identity(read(samples, f"{EC}/identity.tlv"))
    assert ident.surname == person.findtext("name")
    assert ident.first_names == person.findtext("firstname")
    assert ident.third_name_initial == (person.findtext("middlenames") or "")
    assert ident.nationality == person.findtext("nationality")
    assert ident.birth_place == person.findtext("placeofbirth")
    birth = ident.birth_date.as_date()
    assert birth is not None and birth.strftime("%Y%m%d") == person.get("dateofbirth")
    assert {"F": "female", "M": "male"}[ident.gender or ""] == person.get("gender")
    assert ident.special_status == "0" and person.get("specialstatus") == "NO_STATUS"
    assert ident.document_type.kind == card.get("documenttype")
    assert ident.issuing_municipality == card.findtext("deliverymunicipality")
    # Same birth date and sex, another day counter: both numbers pass the 2000 rule.
    exported_number = person.get("nationalnumber") or ""
    assert exported_number[:6] == ident.national_number[:6]
    assert parse_identity(read(samples, f"{EC}/identity.tlv")).national_number_kind == "nn"

    address = parse_address(read(samples, f"{EC}/address.tlv"))
    exported_address = export.find("address")
    assert exported_address is not None
    assert address.street_and_number == exported_address.findtext("streetandnumber")
    assert address.zip_code == exported_address.findtext("zip")
    assert address.municipality == exported_address.findtext("municipality")


def test_viewer_export_rrn_file_is_the_padded_ec_rrn_certificate(samples: Path) -> None:
    export = _viewer_export(samples, "egelke-eid/000000991117.eid")
    padded = _certificate(export, "rrn")
    assert len(padded) == 2500 and not any(padded[len(trim_der(padded)) :])
    assert trim_der(padded) == read(samples, f"{EC}/rrn-cert.der")


def test_ct3_viewer_export_rrn_certificate_chains_only_to_its_own_test_root(
    samples: Path,
) -> None:
    # The Lampaert export has no raw files or file signatures, so only the root check applies:
    # it happens before any data is looked at.
    export = _viewer_export(samples, "67.06.30-296.59.eid")
    rrn, root = _certificate(export, "rrn"), _certificate(export, "root")
    with pytest.raises(UnknownRootError):
        verify_card_data(
            identity_file=b"", identity_signature=b"", rrn_certificate=rrn,
            roots=load_trusted_roots(),
        )  # fmt: skip
    with pytest.raises(CardDataInvalidError, match="photo hash"):
        verify_card_data(
            identity_file=b"", identity_signature=b"", rrn_certificate=rrn,
            roots=load_trusted_roots([root]),
        )  # fmt: skip
    person = export.find("identity")
    assert person is not None
    number = person.get("nationalnumber") or ""
    ident = parse_identity(
        b"".join(
            bytes([tag, len(value)]) + value
            for tag, value in [
                (0x01, (_attribute(export, "card", "cardnumber")).encode()),
                (0x03, b"01.03.2012"),
                (0x04, b"01.03.2017"),
                (0x06, number.encode()),
                (0x07, (person.findtext("name") or "").encode()),
            ]
        )
    )
    assert ident.national_number_valid and ident.masked_national_number.endswith(number[-2:])


def _attribute(export: ElementTree.Element, element: str, attribute: str) -> str:
    node = export.find(element)
    assert node is not None
    return node.get(attribute) or ""


# --- signed sample sets ---------------------------------------------------------------------


@dataclass(frozen=True)
class SampleSet:
    identity_file: str
    identity_signature: str
    rrn_certificate: str
    photo: str
    address_file: str
    address_signature: str
    root: Callable[[Path], bytes]
    expected: Verification


def _alice_root(samples: Path) -> bytes:
    # "eID test Root CA", the card's own root file (DER with its zero padding).
    return (samples / f"{ALICE}RootCertificate.tlv").read_bytes()


def _ec_test_root(samples: Path) -> bytes:
    # "eID TEST EC Root CA" is published only inside egelke's viewer export of an EC test card.
    return _certificate(_viewer_export(samples, "egelke-eid/000000991117.eid"), "root")


def _expected(
    root: str, key: Literal["rsa", "ec"], signature: str, photo: str, year: int
) -> Verification:
    not_after = {2059: (2, 25, 17, 26, 3), 2057: (4, 17, 22, 0, 10)}[year]
    return Verification(
        root_common_name=root,
        rrn_key_type=key,
        signature_hash=signature,
        photo_hash=photo,
        photo_checked=True,
        address_checked=True,
        rrn_certificate_current=True,
        rrn_certificate_not_after=datetime(year, *not_after, tzinfo=UTC),
    )


SETS = {
    "rsa-commons-eid": SampleSet(
        f"{C}/test-identity.tlv", f"{C}/test-identity-sign.der", f"{C}/test-rrn-cert.der",
        f"{C}/test-photo.jpg", f"{C}/test-address.tlv", f"{C}/test-address-sign.der",
        _alice_root, _expected("eID test Root CA", "rsa", "sha1", "sha1", 2059),
    ),
    "rsa-alice": SampleSet(
        f"{ALICE}Identity.tlv", f"{ALICE}IdentitySignature.tlv", f"{ALICE}RRNCertificate.tlv",
        f"{ALICE}Photo.tlv", f"{ALICE}Address.tlv", f"{ALICE}AddressSignature.tlv",
        _alice_root, _expected("eID test Root CA", "rsa", "sha1", "sha1", 2059),
    ),
    "ec-applet17": SampleSet(
        f"{EC}/identity.tlv", f"{EC}/identity-signature.der", f"{EC}/rrn-cert.der",
        f"{EC}/photo.jpg", f"{EC}/address.tlv", f"{EC}/address-signature.der",
        _ec_test_root, _expected("eID TEST EC Root CA", "ec", "sha384", "sha256", 2057),
    ),
}  # fmt: skip
FILES = ("identity_file", "identity_signature", "rrn_certificate", "photo", "address_file",
         "address_signature")  # fmt: skip


def _files(samples: Path, sample: SampleSet) -> dict[str, Any]:
    return {field: (samples / getattr(sample, field)).read_bytes() for field in FILES}


@pytest.fixture(scope="module", params=sorted(SETS))
def signed_set(request: pytest.FixtureRequest, samples: Path) -> tuple[str, dict[str, Any]]:
    name: str = request.param
    sample = SETS[name]
    files = _files(samples, sample)
    files["roots"] = load_trusted_roots([sample.root(samples)])
    return name, files


def test_sample_sets_verify(signed_set: tuple[str, dict[str, Any]]) -> None:
    name, files = signed_set
    assert verify_card_data(**files) == SETS[name].expected


def test_sample_sets_are_unknown_to_the_production_roots(
    signed_set: tuple[str, dict[str, Any]],
) -> None:
    _, files = signed_set
    with pytest.raises(UnknownRootError):
        verify_card_data(**{**files, "roots": load_trusted_roots()})


def test_each_test_root_verifies_only_its_own_sets(samples: Path) -> None:
    rsa_files = _files(samples, SETS["rsa-alice"])
    with pytest.raises(UnknownRootError):
        verify_card_data(**rsa_files, roots=load_trusted_roots([_ec_test_root(samples)]))


def _ec_padding_start(data: bytes | bytearray) -> int:
    return data[1] + 2


def _still_verifies(name: str, field: str, position: int, files: dict[str, Any]) -> bool:
    """The single-byte changes that are expected to verify, and why.

    * EC address-signature file: bytes after the DER signature are padding. The eID viewer cuts
      the signature to its DER length (``sig[1] + 2``) and nothing signs that padding, so a
      change there cannot be noticed; we do the same rather than refuse a genuine card over
      bytes that carry no data.
    * EC identity-signature padding *is* covered: the address signature is computed over the
      whole identity-signature file, so those changes are rejected when the address is checked.
    * RRN certificate file padding is not part of the certificate (trimmed by DER length).
    * Address-file padding is covered: a non-zero byte survives the zero stripping and changes
      the signed data. Identity file and photo: every byte is signed or hashed.
    """
    if name.startswith("ec") and field == "address_signature":
        return position >= _ec_padding_start(files[field])
    if field == "rrn_certificate":
        return position >= len(trim_der(files[field]))
    return False


# A changed serial-number byte can make it negative; cryptography warns, then the root check fails.
@pytest.mark.filterwarnings(
    "ignore:Parsed a serial number:cryptography.utils.CryptographyDeprecationWarning"
)
@pytest.mark.parametrize("field", FILES)
def test_every_single_byte_change_is_rejected(
    signed_set: tuple[str, dict[str, Any]], field: str
) -> None:
    name, files = signed_set
    ident = parse_identity(files["identity_file"])
    secrets = [ident.surname, ident.national_number, ident.card_number, ident.first_names]
    original = files[field]
    accepted: list[int] = []
    for position in range(len(original)):
        # The photo is 3 KB: one bit per byte suffices for a hash; the small files get two changes.
        masks = (0x01,) if field == "photo" else (0x01, 0xFF)
        for mask in masks:
            changed = bytearray(original)
            changed[position] ^= mask
            try:
                verify_card_data(**{**files, field: bytes(changed)})
            except UnknownRootError:
                assert field == "rrn_certificate", (field, position)
            except CardDataInvalidError as exc:
                assert not any(secret in str(exc) for secret in secrets)
            else:
                accepted.append(position)
    expected = sorted({p for p in range(len(original)) if _still_verifies(name, field, p, files)})
    assert sorted(set(accepted)) == expected


def test_ec_identity_signature_padding_is_only_protected_by_the_address_signature(
    samples: Path,
) -> None:
    files = _files(samples, SETS["ec-applet17"])
    roots = load_trusted_roots([_ec_test_root(samples)])
    signature = bytearray(files["identity_signature"])
    start = _ec_padding_start(signature)
    assert start < len(signature) and not any(signature[start:])
    signature[-1] ^= 0x01
    changed = {**files, "identity_signature": bytes(signature)}
    without_address = {**changed, "address_file": None, "address_signature": None}
    assert verify_card_data(**without_address, roots=roots).address_checked is False
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify_card_data(**changed, roots=roots)


def test_files_of_two_cards_do_not_verify_together(samples: Path) -> None:
    commons = _files(samples, SETS["rsa-commons-eid"])
    alice = _files(samples, SETS["rsa-alice"])
    roots = load_trusted_roots([_alice_root(samples)])
    # Same citizen, same test PKI, same photo and address: only the identity files differ.
    assert commons["photo"] == alice["photo"]
    with pytest.raises(CardDataInvalidError, match="identity signature"):
        verify_card_data(**{**commons, "identity_file": alice["identity_file"]}, roots=roots)
    with pytest.raises(CardDataInvalidError, match="address signature"):
        verify_card_data(
            **{**commons, "address_signature": alice["address_signature"]}, roots=roots
        )


def test_shipped_roots_are_the_published_production_roots(samples: Path) -> None:
    shipped = Path(verify_module.__file__).parent / "roots"
    names = sorted(p.name for p in shipped.glob("*.pem"))
    assert names == ["belgiumrca2.pem", "belgiumrca3.pem", "belgiumrca4.pem",
                     "belgiumrca4b.pem", "belgiumrca6.pem"]  # fmt: skip
    for name in names:
        assert (shipped / name).read_bytes() == (samples / "root-certs" / name).read_bytes()
    ca6 = (samples / "applet18-cert-samples" / "BRCA6.pem").read_text()
    assert re.sub(r"\s", "", ca6) in re.sub(r"\s", "", (shipped / "belgiumrca6.pem").read_text())
