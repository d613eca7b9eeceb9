"""``kiosk network``: the kiosk's key for the health network.

* ``kiosk network register``: prints the public JWK Set and its RFC 7638 thumbprint for the
  network to register (makes the key on first use);
* ``kiosk network rotate-key``: replaces the key and prints the new JWK Set; until the network
  registers it, the kiosk's logins are refused and the queue waits (nothing is lost);
* ``kiosk network csr --common-name NAME``: prints a certificate request for a TLS client
  certificate (``auth = "mtls"``) whose key is the kiosk's own;
* ``kiosk network set-token``: reads a bearer token from standard input (never echoed) and
  keeps it in the secure OS keyring (``auth = "bearer-from-keyring"``).

The private key never leaves the kiosk: it is sealed under the queue key (the secure keyring,
or the queue passphrase from ``KIOSK_QUEUE_PASSPHRASE`` or a prompt).

Exit codes: 0 done, 2 the settings are wrong, 3 the queue key or the network key is unavailable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]

EXIT_BAD_CONFIG = 2
EXIT_KEY = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk network",
        description="The kiosk's own key for logging in to the health network (SMART Backend "
        "Services, ES384). The private key never leaves this machine.",
        epilog="Exit codes: 2 the settings are wrong, "
        "3 the queue key or the network key is unavailable.",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="the settings file to read")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    register = commands.add_parser(
        "register",
        help="print the public key (JWKS) and thumbprint to register with the network",
        description="Print the kiosk's public JWK Set, then its RFC 7638 thumbprint (its kid). "
        "Makes the key the first time.",
    )
    register.add_argument(
        "--jwks-only", action="store_true", help="print only the JWK Set (for a script)"
    )
    rotate = commands.add_parser(
        "rotate-key",
        help="replace the kiosk's key and print the new JWKS",
        description="Make a new key pair; the old one is gone. Register the printed JWK Set "
        "with the network: until then the queue waits (auth-paused), nothing is lost.",
    )
    rotate.add_argument("--jwks-only", action="store_true", help="print only the JWK Set")
    csr = commands.add_parser(
        "csr",
        help="print a certificate request (PEM) for a TLS client certificate (auth = mtls)",
        description="Print a PKCS#10 request signed with the kiosk's own key. The network's CA "
        "signs it; name the certificate in client_cert. The key never leaves the kiosk.",
    )
    csr.add_argument(
        "--common-name", required=True, metavar="NAME", help="the certificate's subject CN"
    )
    commands.add_parser(
        "set-token",
        help="keep a bearer token in the secure OS keyring (auth = bearer-from-keyring)",
        description="Read the token the network issued from standard input (a prompt that "
        "does not echo when run in a terminal) and keep it in the secure OS keyring.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    from kiosk.config import loader
    from kiosk.config.errors import ConfigError
    from kiosk.errors import KioskError
    from kiosk.files import default_data_dir
    from kiosk.outbox.cli import load_key_interactively

    from .identity import load_or_create_identity, rotate_identity

    try:
        settings = loader.load_config(args.config).settings
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    data_dir = settings.data_dir or default_data_dir()
    if args.command == "set-token":
        return _set_token(data_dir)
    try:
        key = load_key_interactively(data_dir)
        if args.command == "rotate-key":
            identity = rotate_identity(data_dir, key)
        else:
            identity = load_or_create_identity(data_dir, key)
    except KioskError as exc:
        print(f"error ({exc.code}): {exc}", file=sys.stderr)
        return EXIT_KEY
    if args.command == "csr":
        from .tls import certificate_request

        sys.stdout.write(certificate_request(identity, args.common_name).decode("ascii"))
        print(f"\nkey thumbprint (RFC 7638): {identity.thumbprint}", file=sys.stderr)
        return 0
    print(json.dumps(identity.jwks(), indent=2))
    if not args.jwks_only:
        client = f" for client id {settings.client_id!r}" if settings.client_id else ""
        print(f"\nthumbprint (RFC 7638, the key's kid): {identity.thumbprint}")
        print(f"Register this JWK Set with the network{client}.")
        if args.command == "rotate-key":
            print("The old key is gone: logins fail until the network has the new one.")
    return 0


def _set_token(data_dir: Path) -> int:
    import getpass

    from kiosk.errors import KioskError

    from .bearer import store_bearer_token

    if sys.stdin.isatty():
        token = getpass.getpass("bearer token (not shown): ")
    else:
        token = sys.stdin.readline()
    try:
        store_bearer_token(data_dir, token)
    except KioskError as exc:
        print(f"error ({exc.code}): {exc}", file=sys.stderr)
        return EXIT_KEY
    print("the bearer token is stored in the secure keyring")
    return 0
