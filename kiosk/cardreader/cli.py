"""``kiosk-card``: list PC/SC readers and read-and-verify a Belgian eID from the command line.

For volunteers and technicians checking a kiosk's reader, and for the end-to-end tests::

    kiosk-card readers [--json]
    kiosk-card read [--reader NAME | --virtual PROFILE] [--wait SECONDS] [--photo FILE]
                    [--address] [--challenge] [--trust-root PEM]... [--json] [--unmasked] [-v]

``--virtual PROFILE`` reads one of the built-in specimen cards in-process (no reader, no
pcscd): for presenters and for checking an installation; its test root is trusted for that read.
``--challenge`` also proves that an applet 1.8 card is the genuine card and not a copy of its
files: one INTERNAL AUTHENTICATE with a random challenge, in the same transaction (each one
counts against the card's limit of 5000, so only on request).

The exit code is the error's ``exit_code`` (:mod:`kiosk.cardreader.errors`: 11 no PC/SC
service, 12 no reader, 13 no card, 14 not an eID, 15 card removed, 16 read error, 17 data
forged or corrupted, 18 unknown root, 19 the card failed the challenge: a clone), 0 on success,
2 for a usage error. An expired card is
not an error: a warning on stderr, exit 0. Expected errors print one line on stderr, no trace.

The identifiers (national number, card number, chip numbers) are masked unless
``--unmasked``; names and dates are printed, as they are on the card in the operator's hand.
Log lines (``-v``) never carry personal data.

JSON schema of ``read --json`` (``"schema": 1``; fields are only ever added)::

    {"schema": 1, "reader": str, "expired": bool,
     "identity": {"national_number", "national_number_kind" ("nn"|"bis"|null),
                  "card_number", "chip_number" (hex), "surname", "first_names",
                  "third_name_initial", "nationality", "birth_place",
                  "birth_date" (ISO or null when day/month unknown), "birth_date_text",
                  "gender" ("M"|"F"|null), "nobility", "special_status",
                  "document_type": {"code", "kind" (null if unknown)},
                  "issuing_municipality", "validity_begin", "validity_end" (ISO)},
     "address": null | {"street_and_number", "zip_code", "municipality"},
     "photo": null | {"file", "bytes"},
     "verification": {"root", "key_type" ("rsa"|"ec"), "hash", "photo_hash",
                      "photo_checked", "address_checked", "rrn_certificate_current",
                      "basic_key_checked" (applet 1.8: the card's authenticity is provable)},
     "card": {"applet_version" ("1.7"), "chip_serial" (hex), "atr" (hex), "apdus",
              "authenticity": "verified" (--challenge passed) | "provable" (not challenged)
                              | "not provable" (applet 1.7 and older)}}
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kiosk.cardreader.errors import CardError, NoCardError, NoReaderError

if TYPE_CHECKING:  # the reader pulls in cryptography: not needed to list readers
    from kiosk.cardreader.reader import CardRead
    from kiosk.cardreader.transport import ApduTransport

__all__ = ["card_read_json", "main"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


def _mask(value: str, keep: int = 2) -> str:
    if len(value) <= keep:
        return "•" * len(value)
    return "•" * (len(value) - keep) + value[-keep:]


def card_read_json(
    result: CardRead,
    *,
    reader: str,
    atr: bytes,
    unmasked: bool = False,
    photo_file: str | None = None,
    challenged: bool = False,
) -> dict[str, Any]:
    """The documented JSON form of a :class:`~kiosk.cardreader.reader.CardRead`;
    ``challenged``: the card passed :func:`~kiosk.cardreader.reader.authenticate_card`."""
    identity = result.identity
    birth = identity.birth_date.as_date()
    ident = (lambda v: v) if unmasked else _mask
    verification = result.verification
    return {
        "schema": 1,
        "reader": reader,
        "expired": result.expired,
        "identity": {
            "national_number": identity.national_number
            if unmasked
            else identity.masked_national_number,
            "national_number_kind": identity.national_number_kind,
            "card_number": ident(identity.card_number),
            "chip_number": ident(identity.chip_number.hex().upper()),
            "surname": identity.surname,
            "first_names": identity.first_names,
            "third_name_initial": identity.third_name_initial,
            "nationality": identity.nationality,
            "birth_place": identity.birth_place,
            "birth_date": birth.isoformat() if birth else None,
            "birth_date_text": identity.birth_date.raw,
            "gender": identity.gender,
            "nobility": identity.nobility,
            "special_status": identity.special_status,
            "document_type": {
                "code": identity.document_type.code,
                "kind": identity.document_type.kind,
            },
            "issuing_municipality": identity.issuing_municipality,
            "validity_begin": identity.validity_begin.isoformat(),
            "validity_end": identity.validity_end.isoformat(),
        },
        "address": None
        if result.address is None
        else {
            "street_and_number": result.address.street_and_number,
            "zip_code": result.address.zip_code,
            "municipality": result.address.municipality,
        },
        "photo": None
        if result.photo is None or photo_file is None
        else {
            "file": photo_file,
            "bytes": len(result.photo),
        },
        "verification": {
            "root": verification.root_common_name,
            "key_type": verification.rrn_key_type,
            "hash": verification.signature_hash,
            "photo_hash": verification.photo_hash,
            "photo_checked": verification.photo_checked,
            "address_checked": verification.address_checked,
            "rrn_certificate_current": verification.rrn_certificate_current,
            "basic_key_checked": verification.basic_key_checked,
        },
        "card": {
            "applet_version": result.card_data.applet_version_text,
            "chip_serial": ident(result.card_data.chip_serial_hex),
            "atr": atr.hex().upper(),
            "apdus": result.apdu_count,
            "authenticity": "verified"
            if challenged
            else "provable"
            if result.authenticity_provable
            else "not provable",
        },
    }


def _print_text(data: dict[str, Any]) -> None:
    person, card, check = data["identity"], data["card"], data["verification"]
    doc = person["document_type"]
    rows = [
        (
            "Name",
            f"{person['surname']}, {person['first_names']} {person['third_name_initial']}".rstrip(),
        ),
        ("National number", person["national_number"]),
        ("Born", f"{person['birth_date'] or person['birth_date_text']}, {person['birth_place']}"),
        ("Gender", person["gender"] or "-"),
        ("Nationality", person["nationality"]),
        ("Document", f"{doc['kind'] or 'unknown type'} (code {doc['code']})"),
        ("Card number", person["card_number"]),
        ("Valid", f"{person['validity_begin']} to {person['validity_end']}"),
    ]
    if data["address"]:
        address = data["address"]
        street, place = (
            address["street_and_number"],
            f"{address['zip_code']} {address['municipality']}",
        )
        rows.append(("Address", f"{street}, {place}"))
    if data["photo"]:
        rows.append(("Photo", f"{data['photo']['bytes']} bytes written to {data['photo']['file']}"))
    print(
        f"eID read from {data['reader']} (applet {card['applet_version']}, {card['apdus']} APDUs)"
    )
    for label, value in rows:
        print(f"  {label + ':':<17}{value}")
    checked = [name for name in ("photo", "address") if check[f"{name}_checked"]]
    if check["basic_key_checked"]:
        checked.append("basic key")
    if len(checked) > 2:
        checked = [", ".join(checked[:-1]), checked[-1]]
    print(
        f"Verified: issued under {check['root']!r}, {check['key_type'].upper()} "
        f"{check['hash']} signatures" + (f", {' and '.join(checked)} checked" if checked else "")
    )
    authenticity = {
        "verified": "genuine card (it signed a challenge with its basic key)",
        "provable": "provable with --challenge (applet 1.8 basic key)",
        "not provable": "not provable (no basic key before applet 1.8)",
    }[card["authenticity"]]
    print(f"Authenticity: {authenticity}")


def _choose_reader(requested: str | None, wait_s: float) -> str:
    from kiosk.cardreader import pcsc

    readers = pcsc.list_readers()
    if requested is not None:
        if requested not in readers:
            raise NoReaderError(f"no reader named {requested!r}")
        if wait_s > 0:
            pcsc.wait_for_card(requested, timeout_s=wait_s)
        return requested
    if not readers:
        raise NoReaderError("no card reader connected")
    for reader, present in pcsc.reader_states():
        if present:
            return reader
    if wait_s > 0 and len(readers) == 1 and pcsc.wait_for_card(readers[0], timeout_s=wait_s):
        return readers[0]
    raise NoCardError("no card in any reader")


def _read(args: argparse.Namespace) -> int:
    from kiosk.cardreader import pcsc
    from kiosk.cardreader.verify import load_trusted_roots

    try:
        roots = load_trusted_roots(args.trust_root)
    except (OSError, ValueError) as exc:
        print(f"kiosk-card: --trust-root: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.virtual is not None:
        reader, result, atr = _read_virtual(args.virtual, roots, args)
    else:
        from kiosk.cardreader.reader import read_card

        reader = _choose_reader(args.reader, args.wait)
        with pcsc.connect(reader) as transport, transport.transaction():
            result = read_card(
                transport, photo=args.photo is not None, address=args.address, roots=roots
            )
            atr = transport.atr()
            if args.challenge:
                _challenge(transport, result)
    if args.photo is not None and result.photo is not None:
        # Only on explicit request; owner-only, as it is a person's picture.
        descriptor = os.open(args.photo, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(result.photo)
    data = card_read_json(
        result,
        reader=reader,
        atr=atr,
        unmasked=args.unmasked,
        photo_file=args.photo,
        challenged=args.challenge and result.authenticity_provable,
    )
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_text(data)
    if result.expired:
        print(
            f"kiosk-card: WARNING: this card expired on {result.identity.validity_end.isoformat()}",
            file=sys.stderr,
        )
    return EXIT_OK


def _challenge(transport: ApduTransport, result: CardRead) -> None:
    """One INTERNAL AUTHENTICATE with a random challenge, when the card has a basic key;
    raises CardCloneError when the card fails it."""
    from kiosk.cardreader.reader import CHALLENGE_LEN, authenticate_card

    if result.basic_key is not None:
        authenticate_card(transport, result.basic_key, os.urandom(CHALLENGE_LEN))


def _read_virtual(
    name: str, roots: Sequence[Any], args: argparse.Namespace
) -> tuple[str, CardRead, bytes]:
    from kiosk.cardreader.reader import read_card
    from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
    from kiosk.cardreader.virtual.profiles import PROFILES, build_profile

    if name not in PROFILES:
        raise NoReaderError(
            f"no virtual card profile named {name!r}; one of: {', '.join(PROFILES)}"
        )
    profile = build_profile(name)
    extra = [profile.trust_root_pem] if profile.trust_root_pem else []
    transport = VirtualTransport(VirtualCard(profile))
    result = read_card(
        transport,
        photo=args.photo is not None,
        address=args.address,
        roots=roots,
        extra_roots=extra,
    )
    if args.challenge:
        _challenge(transport, result)
    return f"virtual:{name}", result, transport.atr()


def _readers(args: argparse.Namespace) -> int:
    from kiosk.cardreader import pcsc

    states = pcsc.reader_states()
    if args.json:
        json.dump([{"reader": r, "card_present": p} for r, p in states], sys.stdout, indent=2)
        print()
    else:
        for reader, present in states:
            print(f"{reader}\t{'card present' if present else 'no card'}")
    if not states:
        raise NoReaderError("no card reader connected")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-card", description="List PC/SC readers; read and verify a Belgian eID."
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log progress to stderr (-vv: debug); never personal data",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    readers = commands.add_parser("readers", help="list readers and whether a card is in each")
    readers.add_argument("--json", action="store_true", help="machine-readable output")
    readers.set_defaults(run=_readers)
    read = commands.add_parser("read", help="read and verify the eID in a reader")
    source = read.add_mutually_exclusive_group()
    source.add_argument("--reader", help="reader name (default: the first one holding a card)")
    source.add_argument(
        "--virtual",
        metavar="PROFILE",
        help="read a built-in specimen card in-process instead of a reader (demo, diagnostics)",
    )
    read.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for a card to be inserted",
    )
    read.add_argument("--photo", metavar="FILE", help="also read the photo and write it to FILE")
    read.add_argument("--address", action="store_true", help="also read and verify the address")
    read.add_argument(
        "--challenge",
        action="store_true",
        help="prove an applet 1.8 card is genuine, not a copy (one INTERNAL AUTHENTICATE)",
    )
    read.add_argument(
        "--trust-root",
        action="append",
        default=[],
        metavar="PEM",
        help="also trust this root certificate (test cards only)",
    )
    read.add_argument("--json", action="store_true", help="print the documented JSON form")
    read.add_argument(
        "--unmasked",
        action="store_true",
        help="show national number, card and chip numbers in full",
    )
    read.set_defaults(run=_read)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = {0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="kiosk-card: %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.run(args))
    except CardError as error:
        print(f"kiosk-card: {error.code}: {error.detail or error.code}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - one line, no message: it could hold card data
        print(
            f"kiosk-card: internal error ({type(error).__name__}); run with -v for the frames",
            file=sys.stderr,
        )
        if args.verbose:
            sys.stderr.write("".join(traceback.format_tb(error.__traceback__)))
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
