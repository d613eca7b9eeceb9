"""Campaign report benchmark: ``kiosk-campaign report`` time against the number of daily reports.

For each size (kiosks x days, default 100 kiosks x 2, 5, 10 and 20 days: 200 .. 2000 reports) a
fresh loopback sekmet server is seeded with one MeasureReport per kiosk-day (as the kiosks'
conditional updates, 100 per transaction), then the report is made as the command makes it:

* fetch: the search and its ``next`` pages (HTTP + JSON),
  :func:`kiosk.campaign.fetch.fetch_reports`;
* report: reading every MeasureReport strictly, the tables, the matplotlib charts, HTML + CSV
  (:func:`kiosk.campaign.report.write_report`);
* floor: only ``json.loads`` of the same search pages' bytes, fetched once beforehand, measured
  in the same run: what any report must pay to look at the data at all.

Medians of ``--runs`` runs per size. The 100 x 10 row is the issue's figure.

Usage: ``.venv/bin/python bench/campaign_report.py [--kiosks 100] [--days 2 5 10 20] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.campaign.fetch import PAGE_SIZE, fetch_reports, search_params  # noqa: E402
from kiosk.campaign.report import write_report  # noqa: E402
from kiosk.figures import measure_report_bundle  # noqa: E402
from tests.fhir_server import start_sekmet  # noqa: E402
from tests.helpers.campaign import HEADERS, simulate  # noqa: E402

STANDS = 11
PER_TRANSACTION = 100


def seed(base_url: str, kiosks: int, days: int, session: requests.Session) -> int:
    entries = [
        json.loads(measure_report_bundle(d.figures, d.stand, d.kiosk, False))["entry"][0]
        for d in simulate(kiosks, STANDS, days)
    ]
    for i in range(0, len(entries), PER_TRANSACTION):
        bundle = {
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": entries[i : i + PER_TRANSACTION],
        }
        with session.post(base_url, data=json.dumps(bundle), headers=HEADERS, timeout=120) as r:
            r.raise_for_status()
    return len(entries)


def raw_pages(base_url: str, session: requests.Session) -> list[bytes]:
    """The search's pages as bytes (the same search and pages the fetcher reads)."""
    pages: list[bytes] = []
    url: str | None = f"{base_url}/MeasureReport"
    params = search_params(None, None, PAGE_SIZE)
    while url:
        with session.get(url, params=params, timeout=120) as response:
            response.raise_for_status()
            pages.append(response.content)
        params = []
        links = json.loads(pages[-1]).get("link") or []
        url = next((x["url"] for x in links if x.get("relation") == "next"), None)
    return pages


def measure(base_url: str, out: Path, pages: list[bytes]) -> tuple[float, float, float]:
    started = time.perf_counter()
    resources = list(fetch_reports(base_url))
    fetched = time.perf_counter()
    write_report(resources, out, endpoint=base_url)
    done = time.perf_counter()
    for page in pages:
        json.loads(page)
    floor = time.perf_counter() - done
    return fetched - started, done - fetched, floor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=100)
    parser.add_argument("--days", type=int, nargs="+", default=[2, 5, 10, 20])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(
        f"{'reports':>7} {'fetch s':>8} {'report s':>8} {'total s':>8} {'floor s':>8} "
        f"{'ratio':>6} {'ms/report':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-campaign-") as scratch:
        for days in args.days:
            server = start_sekmet(Path(scratch) / f"sekmet-{days}")
            try:
                with requests.Session() as session:
                    n = seed(server.base_url, args.kiosks, days, session)
                    pages = raw_pages(server.base_url, session)
                runs = [
                    measure(server.base_url, Path(scratch) / f"out-{days}", pages)
                    for _ in range(args.runs)
                ]
            finally:
                server.stop()
            fetch, report, floor = (statistics.median(r[i] for r in runs) for i in range(3))
            total = fetch + report
            print(
                f"{n:>7} {fetch:>8.3f} {report:>8.3f} {total:>8.3f} {floor:>8.4f} "
                f"{total / floor:>6.0f} {1000 * total / n:>9.2f}"
            )
    print("floor: json.loads of the same search pages only; ratio = total / floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
