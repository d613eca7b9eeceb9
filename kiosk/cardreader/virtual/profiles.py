"""Built-in specimen cards for field demos and tests, generated on the fly.

``build_profile(name)`` returns a :class:`CardProfile` whose identity and address files are
signed by this process's test PKI (:mod:`kiosk.cardreader.virtual.pki`); the profile carries
the PEM of the test root so a verifier can be told to trust it, and the :class:`Specimen`
it was built from. Applet 1.8 profiles also get their own P-384 basic key, derived from the
profile name (the same in every run): file 4040, its hash in identity tag 0x1A, and the
private key that answers INTERNAL AUTHENTICATE. ``PROFILES`` maps each name to a one-line
description for a demo panel.

All people are fictitious ("...-Specimen"); their national numbers and card numbers carry
valid check digits, and the kids card's birth date moves with today's date so the child
stays ten years old. Three cards carry a special status (identity tag 0x10): a white cane
(1), a yellow cane (4) and extended minority (2).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from types import MappingProxyType

from kiosk.cardreader.belpic import (
    FID_ADDRESS,
    FID_ADDRESS_SIG,
    FID_BASIC_KEY,
    FID_ID,
    FID_ID_SIG,
    FID_PHOTO,
    FID_RRN_CERT,
)
from kiosk.cardreader.virtual import encode as enc
from kiosk.cardreader.virtual.model import (
    ATR_APPLET_17,
    ATR_APPLET_18,
    FID_ROOT_CERT,
    CardProfile,
    Specimen,
)
from kiosk.cardreader.virtual.pki import Algorithm, basic_key, basic_key_file, virtual_pki

# Zero bytes appended to certificate files at personalisation (card content v4.01 / v5.4 §8).
_CERT_PADDING = {0x17: 50, 0x18: 1100}


@dataclass(frozen=True)
class _Person:
    """The per-profile inputs; dates that depend on today are computed in ``_specimen``."""

    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    sex: str  # as printed in the card language: M, or F (fr) / V (nl) / W (de)
    counter: int  # national number day counter: odd for men, even for women
    document_type: str
    issuing_municipality: str
    street_and_number: str
    zip_code: str
    municipality: str
    photo: str
    special_status: str = "0"  # identity tag 0x10 (eid-card.md §2.2)


@dataclass(frozen=True)
class _Recipe:
    description: str
    language: str
    algorithm: Algorithm
    applet: int
    person: _Person
    birth: Callable[[date], date]
    validity: Callable[[date], tuple[date, date]]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def _fixed(day: date) -> Callable[[date], date]:
    return lambda _today: day


def _valid(years: int, issued_days_ago: int) -> Callable[[date], tuple[date, date]]:
    def validity(today: date) -> tuple[date, date]:
        begin = today - timedelta(days=issued_days_ago)
        return begin, _add_years(begin, years)

    return validity


def _aged_ten(today: date) -> date:
    # Ten years and 100 days old: the tenth birthday has passed and the eleventh is far away.
    return _add_years(today - timedelta(days=100), -10)


def _expired(today: date) -> tuple[date, date]:
    end = today - timedelta(days=60)
    return _add_years(end, -10), end


# fmt: off
_RECIPES: dict[str, _Recipe] = {
    "nl-citizen": _Recipe(
        description="Belgian citizen, Dutch-language card (RSA, applet 1.7)",
        language="nl", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Peeters-Specimen", first_names="Jan Pieter", third_initial="K",
            nationality="Belg", birth_place="Gent", sex="M", counter=17, document_type="1",
            issuing_municipality="Brussel", street_and_number="Specimenstraat 12",
            zip_code="1000", municipality="Brussel", photo="man.jpg",
        ),
        birth=_fixed(date(1951, 3, 12)), validity=_valid(10, 400),
    ),
    "fr-citizen": _Recipe(
        description="Belgian citizen, French-language card (RSA, applet 1.7)",
        language="fr", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Dubois-Specimen", first_names="Marie Claire", third_initial="",
            nationality="Belge", birth_place="Liège", sex="F", counter=24, document_type="1",
            issuing_municipality="Ixelles", street_and_number="Rue du Spécimen 7",
            zip_code="1050", municipality="Ixelles", photo="woman.jpg",
        ),
        birth=_fixed(date(1948, 8, 3)), validity=_valid(10, 700),
    ),
    "de-citizen": _Recipe(
        description="Belgian citizen, German-language card from Eupen (RSA, applet 1.7)",
        language="de", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Schmitz-Specimen", first_names="Karl Heinz", third_initial="J",
            nationality="Belgier", birth_place="Eupen", sex="M", counter=135, document_type="1",
            issuing_municipality="Eupen", street_and_number="Specimenstraße 5",
            zip_code="4700", municipality="Eupen", photo="man.jpg",
        ),
        birth=_fixed(date(1960, 12, 22)), validity=_valid(10, 1200),
    ),
    "foreigner": _Recipe(
        description="Foreign resident, E+ card (type 16), French-language (RSA, applet 1.7)",
        language="fr", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Specimen-Silva", first_names="Ana Sofia", third_initial="",
            nationality="Portugaise", birth_place="Lisboa", sex="F", counter=42,
            document_type="16", issuing_municipality="Saint-Gilles",
            street_and_number="Avenue du Spécimen 101", zip_code="1060",
            municipality="Saint-Gilles", photo="woman.jpg",
        ),
        birth=_fixed(date(1985, 5, 24)), validity=_valid(5, 300),
    ),
    "kids": _Recipe(
        description="Kids-ID (type 06) of a ten-year-old, Dutch-language (RSA, applet 1.7)",
        language="nl", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Janssens-Specimen", first_names="Lotte Marie", third_initial="",
            nationality="Belg", birth_place="Brussel", sex="V", counter=62, document_type="06",
            issuing_municipality="Schaarbeek", street_and_number="Specimenlaan 3",
            zip_code="1030", municipality="Schaarbeek", photo="child.jpg",
        ),
        birth=_aged_ten, validity=_valid(3, 200),
    ),
    "expired": _Recipe(
        description="Belgian citizen whose card expired two months ago (RSA, applet 1.7)",
        language="nl", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Claes-Specimen", first_names="Pieter", third_initial="",
            nationality="Belg", birth_place="Antwerpen", sex="M", counter=89, document_type="1",
            issuing_municipality="Antwerpen", street_and_number="Specimenplein 8",
            zip_code="2000", municipality="Antwerpen", photo="man.jpg",
        ),
        birth=_fixed(date(1972, 6, 5)), validity=_expired,
    ),
    "applet18": _Recipe(
        description="Belgian citizen, new EC card (P-384, applet 1.8), Dutch-language",
        language="nl", algorithm="ec", applet=0x18,
        person=_Person(
            surname="Specimen-Wouters", first_names="Emma Louise", third_initial="",
            nationality="Belg", birth_place="Leuven", sex="V", counter=156, document_type="1",
            issuing_municipality="Brussel", street_and_number="Specimenstraat 44",
            zip_code="1000", municipality="Brussel", photo="woman.jpg",
        ),
        birth=_fixed(date(1990, 10, 17)), validity=_valid(10, 100),
    ),
    "white-cane": _Recipe(
        description="Belgian citizen with a white cane (blind: special status 1), "
        "French-language card (RSA, applet 1.7)",
        language="fr", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Lambert-Specimen", first_names="Henri Paul", third_initial="",
            nationality="Belge", birth_place="Namur", sex="M", counter=211, document_type="1",
            issuing_municipality="Schaerbeek", street_and_number="Rue du Spécimen 22",
            zip_code="1030", municipality="Schaerbeek", photo="man.jpg", special_status="1",
        ),
        birth=_fixed(date(1958, 4, 9)), validity=_valid(10, 900),
    ),
    "yellow-cane": _Recipe(
        description="Belgian citizen with a yellow cane (partially sighted: special status 4), "
        "Dutch-language card (RSA, applet 1.7)",
        language="nl", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Maes-Specimen", first_names="Sofie Anna", third_initial="",
            nationality="Belg", birth_place="Mechelen", sex="V", counter=178, document_type="1",
            issuing_municipality="Brussel", street_and_number="Specimenstraat 31",
            zip_code="1000", municipality="Brussel", photo="woman.jpg", special_status="4",
        ),
        birth=_fixed(date(1966, 11, 2)), validity=_valid(10, 500),
    ),
    "extended-minority": _Recipe(
        description="Belgian adult under extended minority (a legal representative acts for "
        "them: special status 2), French-language card (RSA, applet 1.7)",
        language="fr", algorithm="rsa", applet=0x17,
        person=_Person(
            surname="Renard-Specimen", first_names="Thomas Louis", third_initial="",
            nationality="Belge", birth_place="Charleroi", sex="M", counter=97,
            document_type="1", issuing_municipality="Anderlecht",
            street_and_number="Rue du Spécimen 58", zip_code="1070", municipality="Anderlecht",
            photo="man.jpg", special_status="2",
        ),
        birth=_fixed(date(1995, 2, 17)), validity=_valid(10, 300),
    ),
}
# fmt: on

PROFILES: Mapping[str, str] = MappingProxyType(
    {name: recipe.description for name, recipe in _RECIPES.items()}
)


def specimen_photo(filename: str) -> bytes:
    """One of the bundled greyscale 150x195 JPEG silhouettes."""
    return (resources.files("kiosk.cardreader.virtual") / "specimens" / filename).read_bytes()


def _digest(name: str) -> bytes:
    return hashlib.sha256(b"virtual-eid:" + name.encode()).digest()


def _specimen(name: str, recipe: _Recipe, today: date) -> Specimen:
    person = recipe.person
    birth = recipe.birth(today)
    begin, end = recipe.validity(today)
    seed = _digest(name)
    counter = person.counter
    if (counter % 2 == 1) != (person.sex == "M"):
        raise AssertionError(f"profile {name}: day counter parity does not match the sex")
    serial = int.from_bytes(seed[:8], "big")
    card_number = (
        enc.foreigner_card_number(serial)
        if person.document_type not in ("1", "01", "06")
        else enc.belgian_card_number(serial)
    )
    return Specimen(
        card_number=card_number,
        chip_number=bytes.fromhex("534C4750") + seed[8:20],
        validity_begin=begin,
        validity_end=end,
        issuing_municipality=person.issuing_municipality,
        national_number=enc.national_number(birth, counter),
        surname=person.surname,
        first_names=person.first_names,
        third_initial=person.third_initial,
        nationality=person.nationality,
        birth_place=person.birth_place,
        birth_date=birth,
        birth_date_text=enc.birth_date_text(birth, recipe.language),
        sex=person.sex,
        document_type=person.document_type,
        street_and_number=person.street_and_number,
        zip_code=person.zip_code,
        municipality=person.municipality,
        photo=specimen_photo(person.photo),
        special_status=person.special_status,
    )


def identity_file(
    specimen: Specimen, photo_hash: bytes, basic_key_hash: bytes | None = None
) -> bytes:
    """EF(ID#RN) 4031 for a specimen, tags in ascending order as on real cards."""
    fields: list[tuple[int, bytes | str]] = [
        (enc.TAG_CARD_NUMBER, specimen.card_number),
        (enc.TAG_CHIP_NUMBER, specimen.chip_number),
        (enc.TAG_VALIDITY_BEGIN, enc.card_date_text(specimen.validity_begin)),
        (enc.TAG_VALIDITY_END, enc.card_date_text(specimen.validity_end)),
        (enc.TAG_ISSUING_MUNICIPALITY, specimen.issuing_municipality),
        (enc.TAG_NATIONAL_NUMBER, specimen.national_number),
        (enc.TAG_SURNAME, specimen.surname),
        (enc.TAG_FIRST_NAMES, specimen.first_names),
        (enc.TAG_THIRD_INITIAL, specimen.third_initial),
        (enc.TAG_NATIONALITY, specimen.nationality),
        (enc.TAG_BIRTH_PLACE, specimen.birth_place),
        (enc.TAG_BIRTH_DATE, specimen.birth_date_text),
        (enc.TAG_SEX, specimen.sex),
        (enc.TAG_NOBILITY, ""),
        (enc.TAG_DOCUMENT_TYPE, specimen.document_type),
        (enc.TAG_SPECIAL_STATUS, specimen.special_status),
        (enc.TAG_PHOTO_HASH, photo_hash),
    ]
    if specimen.card_number.startswith("B"):
        # Foreigner cards carry the duplicate counter and an (empty) special organisation.
        fields += [(enc.TAG_DUPLICATE, "00"), (enc.TAG_SPECIAL_ORGANIZATION, "")]
    if basic_key_hash is not None:
        fields.append((enc.TAG_BASIC_KEY_HASH, basic_key_hash))
    return enc.encode_tlv(fields)


def build_profile(name: str, *, today: date | None = None) -> CardProfile:
    """The named specimen card (see ``PROFILES``), signed by this process's test PKI.

    Cached per name and day: the same card object comes back within a process.
    """
    if name not in _RECIPES:
        raise KeyError(f"unknown virtual card profile {name!r}; known: {', '.join(_RECIPES)}")
    return _build(name, today or date.today())


@functools.lru_cache(maxsize=32)
def _build(name: str, today: date) -> CardProfile:
    recipe = _RECIPES[name]
    pki = virtual_pki(recipe.algorithm)
    specimen = _specimen(name, recipe, today)
    md = hashlib.sha256 if recipe.algorithm == "rsa" else hashlib.sha384
    files: dict[int, bytes] = {}
    basic_private_key = basic_key_hash = None
    if recipe.applet >= 0x18:
        # The basic key comes with applet 1.8: file 4040 holds its public half and the
        # identity file its SHA-384 (tag 0x1A), so the RRN signature covers the key too.
        basic_private_key = basic_key(name)
        files[FID_BASIC_KEY] = basic_key_file(basic_private_key)
        basic_key_hash = hashlib.sha384(files[FID_BASIC_KEY]).digest()
    identity = identity_file(specimen, md(specimen.photo).digest(), basic_key_hash)
    identity_sig = pki.sign(identity)
    address = enc.address_file(specimen.street_and_number, specimen.zip_code, specimen.municipality)
    files[FID_ID] = identity
    files[FID_ID_SIG] = identity_sig
    files[FID_ADDRESS] = address
    files[FID_ADDRESS_SIG] = pki.sign(address.rstrip(b"\x00") + identity_sig)
    files[FID_PHOTO] = specimen.photo
    padding = _CERT_PADDING[recipe.applet]
    files[FID_ROOT_CERT] = enc.pad(pki.root_der, padding)
    files[FID_RRN_CERT] = enc.pad(pki.rrn_der, padding)
    return CardProfile(
        name=name,
        atr=ATR_APPLET_18 if recipe.applet >= 0x18 else ATR_APPLET_17,
        card_data=enc.card_data(specimen.chip_number, recipe.applet),
        files=files,
        trust_root_pem=pki.root_pem,
        specimen=specimen,
        description=recipe.description,
        basic_private_key=basic_private_key,
    )
