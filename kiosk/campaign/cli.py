"""The ``kiosk-campaign`` command for the campaign's organisers.

``kiosk-campaign report --endpoint URL [--from DAY] [--to DAY] --out DIR [--ca-bundle PEM]``
fetches the stands' daily MeasureReports and writes ``DIR/report.html`` and CSV files.

Authentication: TLS is always verified (``--ca-bundle`` for the network's private CA); a bearer
token is read from the environment variable named by ``--token-env`` (default
``KIOSK_CAMPAIGN_TOKEN``), never from the command line where ``ps`` would show it. The kiosk's
own logins (mTLS with the kiosk key, SMART) are not reused yet.

Exit status: 0 written, 1 the reports could not be fetched or written, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kiosk.errors import KioskError

TOKEN_ENV = "KIOSK_CAMPAIGN_TOKEN"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a day (YYYY-MM-DD)") from None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kiosk-campaign", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="fetch the daily reports, write HTML and CSV")
    report.add_argument("--endpoint", required=True, help="the FHIR base URL")
    report.add_argument("--from", dest="start", type=_day, help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", type=_day, help="last day (YYYY-MM-DD)")
    report.add_argument("--out", required=True, type=Path, help="folder for report.html, *.csv")
    report.add_argument("--ca-bundle", help="PEM file of the CA that signed the server")
    report.add_argument(
        "--token-env",
        default=TOKEN_ENV,
        help=f"environment variable holding a bearer token (default {TOKEN_ENV})",
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.start and args.end and args.start > args.end:
        print("kiosk-campaign: --from is after --to", file=sys.stderr)
        return 2
    from .charts import ChartsUnavailable
    from .fetch import fetch_reports
    from .report import write_report

    endpoint = args.endpoint.rstrip("/")
    if not endpoint.startswith(("https://", "http://")):
        print("kiosk-campaign: --endpoint is not an http(s) URL", file=sys.stderr)
        return 2
    try:
        resources = fetch_reports(
            endpoint,
            start=args.start,
            end=args.end,
            ca_bundle=args.ca_bundle,
            token=os.environ.get(args.token_env) or None,
        )
        written = write_report(
            resources, args.out, start=args.start, end=args.end, endpoint=endpoint
        )
    except (KioskError, ChartsUnavailable, OSError) as exc:
        print(f"kiosk-campaign: {exc}", file=sys.stderr)
        return 1
    kept = len(written.collected.days)
    print(f"{written.html} ({kept} kiosk-day reports, {len(written.csv)} CSV files)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
