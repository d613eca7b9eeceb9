"""``kiosk-card`` as a subprocess against the private pcscd: every built-in profile and every
complete sample dump reads and verifies to its documented values through ``read --json``;
masking, the photo file, and one clear line with the right exit code for each failure."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from kiosk.cardreader.errors import (
    CardDataInvalidError,
    CardReadError,
    CardRemovedError,
    NoCardError,
    NoPcscServiceError,
    NoReaderError,
    NotAnEidCardError,
    UnknownRootError,
)
from kiosk.cardreader.transport import READ_LIMITS
from kiosk.cardreader.virtual import Faults
from kiosk.cardreader.virtual.dump import load_dump
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile
from tests.fixtures_pcsc import VirtualReader
from tests.pcscd_helper import SECOND_READER, PrivatePcscd

pytestmark = pytest.mark.pcsc


def kiosk_card(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cardreader.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def read_json(*args: str) -> tuple[dict[str, Any], subprocess.CompletedProcess[str]]:
    done = kiosk_card("read", "--json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done


def assert_one_line_error(done: subprocess.CompletedProcess[str], error: type) -> None:
    assert done.returncode == error.exit_code, done.stderr  # type: ignore[attr-defined]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kiosk-card: {error.code}:"), done.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.fixture
def root_file(tmp_path: Path) -> Callable[[bytes], str]:
    def write(pem: bytes) -> str:
        path = tmp_path / "root.pem"
        path.write_bytes(pem)
        return str(path)

    return write


def test_readers_lists_both_virtual_readers_and_the_card(
    serve_card: Callable[..., VirtualReader],
) -> None:
    served = serve_card(build_profile("nl-citizen"))
    done = kiosk_card("readers")
    assert done.returncode == 0, done.stderr
    assert f"{served.reader}\tcard present" in done.stdout.splitlines()
    assert f"{SECOND_READER}\tno card" in done.stdout.splitlines()
    listed = json.loads(kiosk_card("readers", "--json").stdout)
    assert {"reader": served.reader, "card_present": True} in listed


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_reads_to_its_specimen_values(
    serve_card: Callable[..., VirtualReader],
    root_file: Callable[[bytes], str],
    tmp_path: Path,
    name: str,
) -> None:
    profile = build_profile(name)
    specimen = profile.specimen
    assert specimen is not None and profile.trust_root_pem is not None
    served = serve_card(profile)
    photo = tmp_path / "photo.jpg"
    data, done = read_json(
        "--unmasked",
        "--address",
        "--photo",
        str(photo),
        "--trust-root",
        root_file(profile.trust_root_pem),
    )
    ident = data["identity"]
    assert data["schema"] == 1 and data["reader"] == served.reader
    assert ident["national_number"] == specimen.national_number
    assert ident["card_number"] == specimen.card_number
    assert ident["chip_number"] == specimen.chip_number.hex().upper()
    assert (ident["surname"], ident["first_names"]) == (specimen.surname, specimen.first_names)
    assert ident["third_name_initial"] == specimen.third_initial
    assert (ident["nationality"], ident["birth_place"]) == (
        specimen.nationality,
        specimen.birth_place,
    )
    assert ident["birth_date"] == specimen.birth_date.isoformat()
    assert ident["birth_date_text"] == specimen.birth_date_text
    assert ident["gender"] == ("M" if specimen.sex == "M" else "F")
    assert ident["document_type"]["code"] == specimen.document_type.lstrip("0")
    assert ident["document_type"]["kind"]
    assert ident["issuing_municipality"] == specimen.issuing_municipality
    assert ident["validity_begin"] == specimen.validity_begin.isoformat()
    assert ident["validity_end"] == specimen.validity_end.isoformat()
    assert data["address"] == {
        "street_and_number": specimen.street_and_number,
        "zip_code": specimen.zip_code,
        "municipality": specimen.municipality,
    }
    assert data["photo"] == {"file": str(photo), "bytes": len(specimen.photo)}
    assert photo.read_bytes() == specimen.photo
    assert photo.stat().st_mode & 0o077 == 0
    check = data["verification"]
    assert check["root"] == "Virtual eID TEST Root CA"
    assert (check["key_type"], check["hash"]) == (
        ("ec", "sha384") if profile.applet_version >= 0x18 else ("rsa", "sha256")
    )
    assert check["photo_checked"] is True and check["address_checked"] is True
    assert data["card"]["applet_version"] == f"1.{profile.applet_version & 0x0F}"
    assert data["card"]["chip_serial"] == profile.card_data[:16].hex().upper()
    assert data["card"]["atr"] == profile.atr.hex().upper()
    assert data["expired"] is (name == "expired")
    if name == "expired":
        assert "WARNING: this card expired on" in done.stderr
    else:
        assert done.stderr == ""


def test_identifiers_are_masked_unless_asked(
    serve_card: Callable[..., VirtualReader], root_file: Callable[[bytes], str]
) -> None:
    profile = build_profile("fr-citizen")
    specimen = profile.specimen
    assert specimen is not None and profile.trust_root_pem is not None
    serve_card(profile)
    root = root_file(profile.trust_root_pem)
    data, _ = read_json("--trust-root", root)
    ident = data["identity"]
    assert ident["national_number"].endswith(specimen.national_number[-2:])
    for field, secret in (
        ("national_number", specimen.national_number),
        ("card_number", specimen.card_number),
    ):
        assert secret not in ident[field]
    assert profile.card_data[:16].hex().upper() not in json.dumps(data)
    assert data["address"] is None and data["photo"] is None
    text = kiosk_card("read", "--trust-root", root)
    assert text.returncode == 0
    assert specimen.national_number not in text.stdout
    assert specimen.surname in text.stdout
    assert "Verified:" in text.stdout


# --- the real sample dumps --------------------------------------------------------------------


@dataclass(frozen=True)
class SampleCard:
    files: dict[str, str]  # file id -> path under the samples folder
    atr: str | None
    root: str  # how to get the root: a path, or "egelke" for the EC test root in a viewer export
    card_number: str
    birth_date: str
    document_type: str
    gender: str
    address: tuple[str, str, str]
    verification: tuple[str, str, str, str]  # root CN, key type, signature hash, photo hash
    applet: str = "1.7"


C = "commons-eid"
ALICE = f"{C}/simulated-card-Alice/Alice_"
EC = f"{C}/test-eid-v17-ec"
# Values: eid-samples/INDEX.md and tests/unit/test_samples.py (the verify engineer's checks).
SAMPLES = {
    "rsa-commons-eid": SampleCard(
        {"4031": f"{C}/test-identity.tlv", "4032": f"{C}/test-identity-sign.der",
         "4033": f"{C}/test-address.tlv", "4034": f"{C}/test-address-sign.der",
         "4035": f"{C}/test-photo.jpg", "503C": f"{C}/test-rrn-cert.der"},
        None, f"{ALICE}RootCertificate.tlv", "000000128019", "1971-01-01", "1", "F",
        ("Meirplaats 1 bus 1", "2000", "Antwerpen"),
        ("eID test Root CA", "rsa", "sha1", "sha1"),
    ),
    "rsa-alice": SampleCard(
        {"4031": f"{ALICE}Identity.tlv", "4032": f"{ALICE}IdentitySignature.tlv",
         "4033": f"{ALICE}Address.tlv", "4034": f"{ALICE}AddressSignature.tlv",
         "4035": f"{ALICE}Photo.tlv", "503C": f"{ALICE}RRNCertificate.tlv",
         "503B": f"{ALICE}RootCertificate.tlv", "503A": f"{ALICE}CACertificate.tlv"},
        f"{ALICE}ATR.bin", f"{ALICE}RootCertificate.tlv", "000000122157", "1971-01-01", "1",
        "F", ("Meirplaats 1 bus 1", "2000", "Antwerpen"),
        ("eID test Root CA", "rsa", "sha1", "sha1"),
    ),
    "ec-applet17": SampleCard(
        {"4031": f"{EC}/identity.tlv", "4032": f"{EC}/identity-signature.der",
         "4033": f"{EC}/address.tlv", "4034": f"{EC}/address-signature.der",
         "4035": f"{EC}/photo.jpg", "503C": f"{EC}/rrn-cert.der"},
        None, "egelke", "000001241600", "2001-05-03", "1", "F",
        ("Specimenstraat 12", "1000", "Brussel"),
        ("eID TEST EC Root CA", "ec", "sha384", "sha256"),
    ),
}  # fmt: skip


def _sample_root(samples: Path, sample: SampleCard, folder: Path) -> Path:
    if sample.root != "egelke":
        return samples / sample.root
    # "eID TEST EC Root CA" is published only inside egelke's viewer export of an EC test card.
    export = ElementTree.parse(samples / "egelke-eid/000000991117.eid").getroot()
    text = export.findtext("certificates/root")
    assert text
    path = folder / "ec-test-root.der"
    path.write_bytes(base64.b64decode(text))
    return path


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_dumps_read_and_verify_through_pcscd(
    samples: Path, serve_card: Callable[..., VirtualReader], tmp_path: Path, name: str
) -> None:
    sample = SAMPLES[name]
    dump = tmp_path / "dump"
    dump.mkdir()
    for fid, source in sample.files.items():
        (dump / fid).write_bytes((samples / source).read_bytes())
    if sample.atr:
        (dump / "ATR").write_bytes((samples / sample.atr).read_bytes())
    profile = load_dump(dump)
    serve_card(profile)
    photo = tmp_path / "photo.jpg"
    data, _ = read_json(
        "--unmasked",
        "--address",
        "--photo",
        str(photo),
        "--trust-root",
        str(_sample_root(samples, sample, tmp_path)),
    )
    ident = data["identity"]
    assert ident["card_number"] == sample.card_number
    assert ident["birth_date"] == sample.birth_date
    assert ident["document_type"]["code"] == sample.document_type
    assert ident["gender"] == sample.gender
    assert ident["surname"] and ident["national_number"].isdigit()
    assert tuple(data["address"].values()) == sample.address
    assert photo.read_bytes() == (samples / sample.files["4035"]).read_bytes()
    check = data["verification"]
    assert (
        check["root"],
        check["key_type"],
        check["hash"],
        check["photo_hash"],
    ) == sample.verification
    assert check["photo_checked"] and check["address_checked"]
    assert data["card"]["applet_version"] == sample.applet
    assert data["card"]["atr"] == profile.atr.hex().upper()
    if sample.atr:
        assert data["card"]["atr"] == "3B9813400AA503010101AD1311"


# --- failures: one line on stderr, the error's exit code ----------------------------------------


def test_unknown_root(serve_card: Callable[..., VirtualReader]) -> None:
    serve_card(build_profile("nl-citizen"))
    assert_one_line_error(kiosk_card("read"), UnknownRootError)


def test_forged_identity_file(
    serve_card: Callable[..., VirtualReader], root_file: Callable[[bytes], str]
) -> None:
    profile = build_profile("nl-citizen")
    assert profile.trust_root_pem is not None
    serve_card(profile, Faults(flip_byte=(0x4031, 30)))
    done = kiosk_card("read", "--trust-root", root_file(profile.trust_root_pem))
    assert_one_line_error(done, CardDataInvalidError)


@pytest.mark.parametrize(
    "faults",
    [
        Faults(get_response_chunk=4, endless_files=True),
        Faults(reask_length=True, endless_files=True),
    ],
    ids=["tiny GET RESPONSE chunks", "6C on every block"],
)
def test_a_hostile_card_is_a_bounded_read_error(
    serve_card: Callable[..., VirtualReader], root_file: Callable[[bytes], str], faults: Faults
) -> None:
    """The same bound as the monitor's: before it, these cards cost tens of thousands of APDUs
    (and a data-invalid error at the end, or none)."""
    profile = build_profile("nl-citizen")
    assert profile.trust_root_pem is not None
    served = serve_card(profile, faults)
    done = kiosk_card(
        "read",
        "--photo",
        os.devnull,
        "--address",
        "--trust-root",
        root_file(profile.trust_root_pem),
    )
    assert_one_line_error(done, CardReadError)
    assert served.bridge.apdu_count <= READ_LIMITS.max_apdus


def test_inactive_card(serve_card: Callable[..., VirtualReader]) -> None:
    serve_card(build_profile("kids"), inactive=True)
    assert_one_line_error(kiosk_card("read"), NotAnEidCardError)


def test_card_removed_mid_read(
    serve_card: Callable[..., VirtualReader], root_file: Callable[[bytes], str]
) -> None:
    profile = build_profile("nl-citizen")
    assert profile.trust_root_pem is not None
    serve_card(profile, Faults(remove_after=6))
    done = kiosk_card(
        "read", "--photo", os.devnull, "--trust-root", root_file(profile.trust_root_pem)
    )
    assert_one_line_error(done, CardRemovedError)


def test_empty_reader(pcscd: PrivatePcscd) -> None:
    assert_one_line_error(kiosk_card("read", "--reader", SECOND_READER), NoCardError)


def test_no_card_anywhere(pcscd: PrivatePcscd) -> None:
    from kiosk.cardreader import pcsc

    assert pcsc.wait_for_card(pcscd.reader, present=False, timeout_s=10)
    assert_one_line_error(kiosk_card("read"), NoCardError)


def test_unknown_reader(pcscd: PrivatePcscd) -> None:
    assert_one_line_error(kiosk_card("read", "--reader", "No Such Reader"), NoReaderError)


def test_no_pcsc_service(tmp_path: Path) -> None:
    # Needs no daemon: the client is pointed at a socket nobody serves.
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "nobody.comm"))
    assert_one_line_error(kiosk_card("readers", env=env), NoPcscServiceError)
    assert_one_line_error(kiosk_card("read", env=env), NoPcscServiceError)


def test_a_bad_trust_root_is_a_usage_error(pcscd: PrivatePcscd, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate")
    done = kiosk_card("read", "--trust-root", str(bogus))
    assert done.returncode == 2 and "--trust-root" in done.stderr and "Traceback" not in done.stderr
