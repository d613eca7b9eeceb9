"""``kiosk-queue``: the volunteer's and the network office's tool for the offline outbox.

    kiosk-queue status [--json] [--db PATH]
    kiosk-queue export FILE --network-key PUBLIC.pem [--db PATH] [--force]
    kiosk-queue import FILE --key PRIVATE.pem --kiosk-keys JWKS.json --endpoint URL
                       [--token-env VAR] [--include-demo] [--trust-roots PEM...]
                       [--ack-out ACK]
    kiosk-queue acknowledge ACK [--network-key PUBLIC.pem] [--db PATH]

``status`` needs no key and writes nothing (it works while the kiosk runs). ``export`` needs
the queue key: from the secure keyring, or the passphrase in ``KIOSK_QUEUE_PASSPHRASE``, or a
prompt; it signs the file with the kiosk's own key. ``import`` runs where the network's private
key lives, with the network's list of registered kiosk keys (a JWK Set: every kiosk's
``kiosk network register`` output, their ``keys`` put together). It refuses a file that no
registered kiosk signed, and delivers only the submissions whose Bundle a registered kiosk
signed and whose card evidence, if any, verifies (:mod:`kiosk.fhir.card_evidence_check`, under
the Belgian eID roots plus ``--trust-roots`` for test cards); the others are listed by
submission id, and nothing of them is sent. It delivers with
the same conditional-create Bundles as the kiosk, so importing twice creates nothing new.
It then writes an acknowledgement (default ``FILE.ack``, beside the export file): the submission
ids the server now holds, signed with the network's private key (:mod:`.ack`). ``acknowledge``
reads it back at the stand (the same queue key as ``export``; the network key of the
``export_public_key`` setting): those records become delivered and their payloads are purged.
Nothing personal is ever printed: submission ids are random, errors are scrubbed.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.files import default_data_dir

from .records import (
    DB_FILE_NAME,
    AckAlreadyAppliedError,
    AcknowledgementError,
    ExportError,
    OutboxEnvironmentError,
    OutboxError,
    OutboxKeyError,
    PassphraseRequired,
    QueueStatus,
    State,
)

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from kiosk.fhir.signature import RegisteredKeys

    from .delivery import FhirClient
    from .export import OpenedExport
    from .keys import DataKey

PASSPHRASE_ENV = "KIOSK_QUEUE_PASSPHRASE"

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_KEY = 4
EXIT_INCOMPLETE = 5
EXIT_FILE = 6
EXIT_REJECTED = 7
EXIT_NOT_GENUINE = 8
EXIT_ALREADY_APPLIED = 9

EXIT_CODES_HELP = f"""exit codes:
  {EXIT_OK}  done
  {EXIT_BUG}  internal error (a bug: please report it)
  {EXIT_USAGE}  wrong usage (bad option, endpoint refused by policy, missing token variable)
  {EXIT_STORAGE}  storage problem (no queue, disk full, read-only, busy, newer kiosk version)
  {EXIT_KEY}  key problem (queue key missing or locked, wrong passphrase, server refused the token,
     registered kiosk keys file missing or malformed)
  {EXIT_INCOMPLETE}  import incomplete: network or server unavailable; run the same import again later
  {EXIT_FILE}  export file problem (exists already, damaged or altered, sealed for another key,
     not signed by a registered kiosk, old unsigned format): nothing was imported; or an
     acknowledgement refused (not signed by the network's key, altered, for another kiosk,
     naming submissions never exported): nothing changed
  {EXIT_REJECTED}  import done but the server rejected some submissions (listed; follow up)
  {EXIT_NOT_GENUINE}  import done but some submissions were refused: not signed by a registered
     kiosk, altered, or their card evidence does not hold (listed by submission id with the
     reason's code; nothing of them was sent)
  {EXIT_ALREADY_APPLIED}  acknowledgement already applied: nothing changed (harmless)

Queued submissions are never deleted by this tool, except those a genuine acknowledgement
names: they are delivered, and their payloads are purged as after an online delivery.
"""  # noqa: E501 (help text laid out as printed; the {EXIT_...} placeholders make it look longer)

log = logging.getLogger("kiosk.outbox.cli")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    try:
        return int(args.run(args))
    except AckAlreadyAppliedError as exc:
        return _fail(exc, EXIT_ALREADY_APPLIED)
    except (ExportError, AcknowledgementError) as exc:
        return _fail(exc, EXIT_FILE)
    except OutboxKeyError as exc:
        return _fail(exc, EXIT_KEY)
    except OutboxEnvironmentError as exc:
        return _fail(exc, EXIT_STORAGE)
    except OutboxError as exc:
        return _fail(exc, EXIT_STORAGE if exc.code == "no_queue" else EXIT_BUG)
    except KeyboardInterrupt:
        print("interrupted; queued submissions are kept", file=sys.stderr)
        return EXIT_INCOMPLETE
    except Exception as exc:  # a bug: say so without echoing anything that might be data
        if args.verbose:
            raise
        print(
            f"kiosk-queue: internal error ({type(exc).__name__}); run with -v for details",
            file=sys.stderr,
        )
        return EXIT_BUG


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-queue",
        description="Inspect, export, import and acknowledge the kiosk's encrypted offline queue.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log progress (never personal data)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db_help = f"queue database (default: {default_data_dir() / DB_FILE_NAME})"
    status = sub.add_parser(
        "status",
        help="counts and ages, no key needed",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument("--db", type=Path, help=db_help)
    status.add_argument(
        "--max-age-days",
        type=float,
        default=7.0,
        help="when a pending record is overdue (default 7)",
    )
    status.set_defaults(run=_status)

    export = sub.add_parser(
        "export",
        help="write all undelivered submissions to one sealed file",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("file", type=Path, help="the export file to write (e.g. on a USB stick)")
    export.add_argument(
        "--network-key", type=Path, required=True, help="the network's RSA public key (PEM)"
    )
    export.add_argument("--db", type=Path, help=db_help)
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(run=_export)

    imp = sub.add_parser(
        "import",
        help="decrypt an export file and deliver it to the FHIR endpoint",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, help="an export file written by 'kiosk-queue export'")
    imp.add_argument("--key", type=Path, required=True, help="the network's RSA private key (PEM)")
    imp.add_argument(
        "--kiosk-keys",
        type=Path,
        required=True,
        metavar="JWKS",
        help="the network's registered kiosk keys (a JWK Set file)",
    )
    imp.add_argument(
        "--endpoint", required=True, help="FHIR base URL (https://, or http:// on loopback)"
    )
    imp.add_argument(
        "--token-env", metavar="VAR", help="environment variable holding the bearer token"
    )
    imp.add_argument("--ca-bundle", help="CA bundle that signs the endpoint's certificate")
    imp.add_argument(
        "--include-demo", action="store_true", help="also deliver demo (training) submissions"
    )
    imp.add_argument(
        "--trust-roots",
        nargs="+",
        type=Path,
        default=[],
        metavar="PEM",
        help="roots trusted for card evidence besides the Belgian eID roots (test cards only)",
    )
    imp.add_argument(
        "--ack-out",
        type=Path,
        metavar="ACK",
        help="where to write the acknowledgement for the stand (default: FILE.ack)",
    )
    imp.set_defaults(run=_import)

    ack = sub.add_parser(
        "acknowledge",
        help="read the network's acknowledgement: the submissions it names are delivered",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ack.add_argument("file", type=Path, help="an acknowledgement written by 'kiosk-queue import'")
    ack.add_argument(
        "--network-key",
        type=Path,
        help="the network's RSA public key (PEM); default: the export_public_key setting",
    )
    ack.add_argument("--db", type=Path, help=db_help)
    ack.set_defaults(run=_acknowledge)
    return parser


def _fail(exc: OutboxError, code: int) -> int:
    print(f"kiosk-queue: {exc.message} [{exc.code}]", file=sys.stderr)
    return code


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_data_dir() / DB_FILE_NAME


# -- status ---------------------------------------------------------------------------------------


def _status(args: argparse.Namespace) -> int:
    from .store import read_status

    path = _db_path(args)
    status = read_status(path, max_age_s=args.max_age_days * 86400)
    if args.json:
        print(json.dumps({"database": str(path), **status.to_dict()}, indent=2, sort_keys=True))
    else:
        print(format_status(status, path))
    return EXIT_OK


def format_status(status: QueueStatus, path: Path) -> str:
    """The human-readable status (English; the kiosk's own panel translates from QueueStatus)."""
    lines = [f"Queue: {path}"]
    for state in State:
        note = (
            "  <- a volunteer must look"
            if state is State.REJECTED and status.counts[state.value]
            else ""
        )
        lines.append(f"  {state.value:<10} {status.counts.get(state.value, 0):>6}{note}")
    age = status.oldest_pending_age_s
    lines.append(f"Oldest undelivered: {_age(age) + ' ago' if age is not None else 'none'}")
    days = (status.max_age_s or 0) / 86400
    lines.append(f"Overdue (older than {days:g} days): {status.overdue}")
    lines.append(f"On an export file, not yet delivered: {status.exported_count}")
    lines.append(f"Last delivery: {_when(status.last_success_at)}")
    error = f"{status.last_error} ({_when(status.last_error_at)})" if status.last_error else "none"
    lines.append(f"Last error: {error}")
    return "\n".join(lines)


def _age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min"
    return f"{hours // 24} days {hours % 24} h"


def _when(at: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(at)) if at is not None else "never"


# -- export ---------------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from kiosk.network.errors import IdentityError
    from kiosk.network.identity import load_or_create_identity

    from .export import export_pending
    from .store import Outbox

    path = _db_path(args)
    if not path.is_file():
        print(f"kiosk-queue: no queue database at {path} [no_queue]", file=sys.stderr)
        return EXIT_STORAGE
    try:
        network_key = args.network_key.read_bytes()
    except OSError as exc:
        print(f"kiosk-queue: cannot read the network key: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    key = load_key_interactively(path.parent)
    try:
        identity = load_or_create_identity(path.parent, key)
    except IdentityError as exc:
        print(f"kiosk-queue: {exc} [{exc.code}]", file=sys.stderr)
        return EXIT_KEY
    with Outbox.open(path, key) as outbox:
        count = export_pending(outbox, args.file, network_key, identity, overwrite=args.force)
    if count == 0:
        print("Nothing to export: no undelivered submissions. No file was written.")
    else:
        print(
            f"Exported {count} submission(s) to {args.file} "
            "(sealed; they stay queued until delivered), "
            f"signed by kiosk key {identity.kid}."
        )
    return EXIT_OK


def load_key_interactively(data_dir: Path) -> DataKey:
    """The queue key for a volunteer at a terminal: keyring, else env passphrase, else a prompt."""
    from .keys import load_key

    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return load_key(data_dir, passphrase=passphrase)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise PassphraseRequired(
                f"the queue passphrase is needed: set {PASSPHRASE_ENV} or run this in a terminal"
            ) from None
    return load_key(data_dir, passphrase=getpass.getpass("Queue passphrase: "))


# -- import ---------------------------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    from kiosk.fhir.signature import RegisteredKeys, RegisteredKeysError

    from .delivery import FhirClient
    from .endpoint import EndpointError
    from .export import import_export, load_private_key

    token = None
    if args.token_env:
        token = os.environ.get(args.token_env)
        if not token:
            print(f"kiosk-queue: environment variable {args.token_env} is not set", file=sys.stderr)
            return EXIT_USAGE
    try:
        kiosk_keys = RegisteredKeys.from_file(args.kiosk_keys)
    except RegisteredKeysError as exc:
        print(f"kiosk-queue: {exc} [{exc.code}]; nothing was imported", file=sys.stderr)
        return EXIT_KEY
    card_roots = _card_roots(args.trust_roots)
    if card_roots is None:
        return EXIT_USAGE
    try:
        pem = args.key.read_bytes()
    except OSError as exc:
        print(f"kiosk-queue: cannot read the private key: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    try:
        client = FhirClient(args.endpoint, token=token, ca_bundle=args.ca_bundle)
    except EndpointError as exc:
        print(f"kiosk-queue: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        password = None
        if b"ENCRYPTED" in pem:
            password = getpass.getpass("Private key password: ").encode("utf-8")
        opened = import_export(args.file, pem, kiosk_keys, password=password)
        print(f"file signed by registered kiosk key {opened.kid}")
        tally = _Tally(total=len(opened.records))
        code = _deliver(
            client,
            opened.records,
            kiosk_keys,
            card_roots,
            tally,
            include_demo=args.include_demo,
        )
    finally:
        client.close()
    return _write_ack(args, opened, tally, load_private_key(pem, password)) or code


def _write_ack(
    args: argparse.Namespace, opened: OpenedExport, tally: _Tally, private_key: RSAPrivateKey
) -> int:
    """Write the stand's acknowledgement of what was delivered; EXIT_OK or why not."""
    from .ack import ACK_SUFFIX, acknowledgement_for, write_acknowledgement

    if not tally.delivered_ids:
        print("No acknowledgement written: nothing was delivered.")
        return EXIT_OK
    path = args.ack_out or args.file.with_name(args.file.name + ACK_SUFFIX)
    delivered = set(tally.delivered_ids)
    bundles = [bundle for sid, bundle, _ in opened.records if sid in delivered]
    try:
        with args.file.open("rb") as export:
            digest = hashlib.file_digest(export, "sha256").hexdigest()
        ack = acknowledgement_for(digest, opened.kid, tally.delivered_ids, bundles)
        write_acknowledgement(path, ack, private_key)
    except OSError as exc:
        print(
            f"kiosk-queue: cannot write the acknowledgement {path}: {exc.strerror}. Run the same "
            "import again (it is safe) to write it.",
            file=sys.stderr,
        )
        return EXIT_INCOMPLETE
    print(
        f"Acknowledgement for the stand: {path} ({len(ack.delivered)} submission(s)). Put it on "
        "the USB stick and read it at the kiosk: operator panel, 'Read acknowledgement from "
        "USB', or 'kiosk-queue acknowledge'."
    )
    return EXIT_OK


def _card_roots(extra: list[Path]) -> tuple[x509.Certificate, ...] | None:
    """The roots card evidence must chain to: the Belgian eID roots, plus ``--trust-roots``;
    None (after saying why) when a file cannot be read or holds no certificate."""
    from kiosk.cardreader.verify import load_trusted_roots

    try:
        return load_trusted_roots(extra)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        print(f"kiosk-queue: trust roots: {reason}; nothing was imported", file=sys.stderr)
        return None


def _deliver(
    client: FhirClient,
    records: list[tuple[str, bytes, bool]],
    kiosk_keys: RegisteredKeys,
    card_roots: Sequence[x509.Certificate],
    tally: _Tally,
    *,
    include_demo: bool,
) -> int:
    """Check every Bundle's kiosk signature and card evidence, then post the genuine ones in
    file order; the ids the server holds now (created, or found: a conditional create
    answering 200) go into ``tally.delivered_ids``."""
    from kiosk.fhir.card_evidence_check import CardEvidenceError, verify_card_evidence
    from kiosk.fhir.signature import BundleSignatureError, verify_bundle

    from .delivery import AuthFailed, Delivered, Rejected

    genuine = []
    for submission_id, bundle, demo in records:
        if demo and not include_demo:
            tally.skipped += 1
            continue
        try:
            verify_bundle(bundle, kiosk_keys)
        except BundleSignatureError as exc:
            tally.refused += 1
            print(f"REFUSED    {submission_id}: not a genuine kiosk submission [{exc.code}]")
            continue
        try:
            verify_card_evidence(bundle, card_roots)
        except CardEvidenceError as exc:
            tally.refused += 1
            print(f"REFUSED    {submission_id}: card evidence does not hold [{exc.code}]")
            continue
        genuine.append((submission_id, bundle))
    for index, (submission_id, bundle) in enumerate(genuine):
        outcome = client.post_transaction(bundle)
        if isinstance(outcome, Delivered):
            tally.delivered_ids.append(submission_id)
            print(f"delivered  {submission_id}")
        elif isinstance(outcome, Rejected):
            tally.rejected += 1
            print(f"REJECTED   {submission_id}: {outcome.reason}")
        elif isinstance(outcome, AuthFailed):
            print(
                "kiosk-queue: the server refused the token "
                f"({outcome.reason}); nothing more was sent",
                file=sys.stderr,
            )
            tally.print()
            return EXIT_KEY
        else:
            remaining = len(genuine) - index
            print(
                "kiosk-queue: stopped, the endpoint is not available "
                f"({_outcome_text(outcome)}); {remaining} submission(s) not sent yet. "
                "Run the same import again later: it is safe.",
                file=sys.stderr,
            )
            tally.print()
            return EXIT_INCOMPLETE
    tally.print()
    if tally.refused:
        return EXIT_NOT_GENUINE
    return EXIT_REJECTED if tally.rejected else EXIT_OK


def _outcome_text(outcome: object) -> str:
    error = getattr(outcome, "error", None)
    if error:
        return str(error)
    status = getattr(outcome, "status", None)
    return f"HTTP {status}" if status else type(outcome).__name__


@dataclass
class _Tally:
    total: int
    delivered_ids: list[str] = field(default_factory=list)
    rejected: int = 0
    refused: int = 0
    skipped: int = 0

    def print(self) -> None:
        print(
            f"{self.total} in file: {len(self.delivered_ids)} delivered, {self.rejected} rejected, "
            f"{self.refused} refused (not signed by a registered kiosk, altered, or card evidence "
            "that does not hold), "
            f"{self.skipped} demo skipped."
        )


# -- acknowledge ----------------------------------------------------------------------------------


def _acknowledge(args: argparse.Namespace) -> int:
    from kiosk.network.errors import IdentityError
    from kiosk.network.identity import load_identity

    from .ack import apply_acknowledgement, read_acknowledgement
    from .store import Outbox

    path = _db_path(args)
    if not path.is_file():
        print(f"kiosk-queue: no queue database at {path} [no_queue]", file=sys.stderr)
        return EXIT_STORAGE
    network_key = _network_key(args.network_key)
    if network_key is None:
        return EXIT_USAGE
    key = load_key_interactively(path.parent)
    try:
        identity = load_identity(path.parent, key)
    except IdentityError as exc:
        print(f"kiosk-queue: {exc} [{exc.code}]", file=sys.stderr)
        return EXIT_KEY
    ack = read_acknowledgement(args.file, network_key, identity.kid)
    print(
        f"Acknowledgement signed by the network for export {ack.export_sha256[:16]}... of this "
        f"kiosk (key {ack.kiosk_kid}, kiosk id {ack.kiosk_id or 'not named'}), written "
        f"{_when(ack.created_at)}."
    )
    with Outbox.open(path, key) as outbox:
        applied = apply_acknowledgement(outbox, ack)
    for sid in applied.delivered:
        print(f"delivered  {sid}")
    for sid in applied.left:
        print(f"LEFT       {sid}: refused by the network earlier; a volunteer decides")
    print(
        f"{len(applied.delivered)} submission(s) now delivered and erased from this kiosk, "
        f"{len(applied.already)} already delivered, {len(applied.left)} left for a volunteer. "
        "Submissions not acknowledged stay queued and go on the next export."
    )
    return EXIT_OK


def _network_key(given: Path | None) -> bytes | None:
    """The network's export public key: ``given``, else the ``export_public_key`` setting."""
    from kiosk.config.errors import ConfigError
    from kiosk.config.loader import load_config

    if given is None:
        try:
            given = load_config().settings.export_public_key
        except ConfigError as exc:
            print(f"kiosk-queue: the settings cannot be read: {exc}", file=sys.stderr)
            return None
        if given is None:
            print(
                "kiosk-queue: no network key: set export_public_key in the settings or pass "
                "--network-key [export_key_missing]",
                file=sys.stderr,
            )
            return None
    try:
        return Path(given).read_bytes()
    except OSError as exc:
        print(f"kiosk-queue: cannot read the network key: {exc.strerror}", file=sys.stderr)
        return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
