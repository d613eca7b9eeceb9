"""``kiosk-virtual-card``: serve a virtual Belgian eID to pcscd through the vpcd reader driver.

For field demos and manual tests without a real card. Runs until Ctrl-C or SIGTERM; logs
insertion and removal (never card contents). The test PKI is generated per process, so
``--root-out`` writes the profile's test root for ``kiosk-card read --trust-root FILE`` in
another process.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from kiosk.cardreader.virtual.card import VirtualCard
from kiosk.cardreader.virtual.dump import load_dump, write_dump
from kiosk.cardreader.virtual.model import CardProfile, Faults
from kiosk.cardreader.virtual.profiles import PROFILES, build_profile
from kiosk.cardreader.virtual.timing import ReaderTiming
from kiosk.cardreader.virtual.vpcd import DEFAULT_PORT, VpcdBridge

log = logging.getLogger("kiosk.cardreader.virtual")

DEFAULT_PROFILE = "nl-citizen"


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError("expected HOST:PORT, e.g. 127.0.0.1:35963")
    return host, int(port)


def _flip(text: str) -> tuple[int, int]:
    fid, sep, offset = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return int(fid, 16), int(offset)
    except ValueError:
        raise argparse.ArgumentTypeError("expected FID:OFFSET, e.g. 4031:10 (FID in hex)") from None


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-virtual-card",
        description="Serve a virtual Belgian eID card to pcscd through the vpcd reader driver.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--profile", choices=sorted(PROFILES), help=f"specimen card (default {DEFAULT_PROFILE})"
    )
    source.add_argument("--dump", type=Path, metavar="DIR", help="replay a card dump folder")
    parser.add_argument("--list", action="store_true", help="list the specimen profiles and exit")
    parser.add_argument(
        "--vpcd",
        type=_address,
        default=("127.0.0.1", DEFAULT_PORT),
        metavar="HOST:PORT",
        help=f"vpcd driver address (loopback only; default 127.0.0.1:{DEFAULT_PORT})",
    )
    parser.add_argument(
        "--remove-after", type=int, metavar="N", help="pull the card after N APDUs (once)"
    )
    parser.add_argument(
        "--reinsert-after",
        type=_non_negative,
        default=3.0,
        metavar="SECONDS",
        help="after a --remove-after removal, insert the card again (default 3 s)",
    )
    parser.add_argument(
        "--flip", type=_flip, metavar="FID:OFFSET", help="serve that file with one byte inverted"
    )
    parser.add_argument(
        "--latency", type=_non_negative, default=0.0, metavar="MS", help="delay per APDU"
    )
    parser.add_argument(
        "--realistic-timing",
        action="store_true",
        help="answer at a real reader's pace (T=0 rate from the ATR at 4 MHz, 1 ms per command)",
    )
    parser.add_argument(
        "--t0-get-response", action="store_true", help="answer 61 xx, data via GET RESPONSE"
    )
    parser.add_argument("--inactive", action="store_true", help="a card not yet activated (6D 00)")
    parser.add_argument(
        "--clone",
        action="store_true",
        help="a clone of an applet 1.8 card: right files, another basic key (fails the challenge)",
    )
    hostile = parser.add_argument_group(
        "hostile card", "misbehaviour a reader must survive (the read ends in a read error)"
    )
    hostile.add_argument(
        "--get-response-chunk",
        type=int,
        default=0,
        metavar="N",
        help="hand every answer out through GET RESPONSE N bytes at a time",
    )
    hostile.add_argument(
        "--reask-length", action="store_true", help="answer every READ BINARY 6C first"
    )
    hostile.add_argument(
        "--old-applet", action="store_true", help="claim applet 1.0 (a pause per 6C re-issue)"
    )
    hostile.add_argument("--endless-files", action="store_true", help="pad the ID files to 32 KiB")
    hostile.add_argument(
        "--mute-after-select",
        type=_non_negative,
        default=0.0,
        metavar="MS",
        help="after the applet SELECT, hold every answer back this long",
    )
    parser.add_argument(
        "--root-out", type=Path, metavar="FILE", help="write the test root CA (PEM) here"
    )
    parser.add_argument(
        "--save-dump", type=Path, metavar="DIR", help="write the card as a dump folder and exit"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return parser


def _load_profile(args: argparse.Namespace, parser: argparse.ArgumentParser) -> CardProfile:
    if args.dump is not None:
        try:
            return load_dump(args.dump)
        except (OSError, ValueError) as exc:
            parser.error(f"cannot load the dump: {exc}")
    return build_profile(args.profile or DEFAULT_PROFILE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.list:
        width = max(len(name) for name in PROFILES)
        for name, description in PROFILES.items():
            print(f"{name:<{width}}  {description}")
        return 0
    if args.remove_after is not None and args.remove_after < 0:
        parser.error("--remove-after must be >= 0")

    profile = _load_profile(args, parser)
    if args.root_out is not None:
        if profile.trust_root_pem is None:
            parser.error("this card has no test root to write (a dump without ROOT.pem)")
        args.root_out.write_bytes(profile.trust_root_pem)
        log.info("Test root CA written (--root-out)")
    if args.save_dump is not None:
        write_dump(profile, args.save_dump)
        log.info("Card %r saved as a dump folder (--save-dump)", profile.name)
        return 0

    try:
        faults = Faults(
            remove_after=args.remove_after,
            flip_byte=args.flip,
            latency_s=args.latency / 1000,
            clone=args.clone,
            get_response_chunk=args.get_response_chunk,
            reask_length=args.reask_length,
            old_applet=args.old_applet,
            endless_files=args.endless_files,
            mute_after_select_s=args.mute_after_select / 1000,
        )
    except ValueError as exc:
        parser.error(str(exc))
    card = VirtualCard(profile, t0_get_response=args.t0_get_response, inactive=args.inactive)
    host, port = args.vpcd
    try:
        timing = ReaderTiming() if args.realistic_timing else None
        bridge = VpcdBridge(card, host, port, faults, timing=timing)
    except ValueError as exc:
        parser.error(str(exc))

    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        log.info("Stopping (signal %d)", signum)
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    log.info("Serving virtual card %r to vpcd at %s:%d", profile.name, host, port)
    bridge.start()
    if faults.remove_after is not None:
        threading.Thread(
            target=_reinsert_after_fault, args=(bridge, stop, args.reinsert_after), daemon=True
        ).start()
    stop.wait()
    bridge.stop()
    return 0


def _reinsert_after_fault(bridge: VpcdBridge, stop: threading.Event, delay_s: float) -> None:
    bridge.fault_removed.wait()
    if not stop.wait(delay_s):
        log.info("Inserting the virtual card again after the injected removal")
        bridge.insert()


if __name__ == "__main__":
    sys.exit(main())
