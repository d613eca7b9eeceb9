"""Benchmark of the outbox against floors measured in the same run.

1. Enqueue latency: ``Outbox.enqueue`` (AES-GCM sealed, keyed digest, fsynced WAL commit)
   against a plain SQLite insert + commit of the same bytes with the same pragmas
   (WAL, synchronous=FULL, secure_delete=ON). Target: p50 ratio <= 2.0.
2. Delivery throughput: N queued submissions drained by ``SyncWorker.run_round`` (probe, claim,
   post, mark, and the checkpoints that wipe the delivered payloads from the files: every
   ``purge_batch`` deliveries and at the end of each round) to a local sekmet FHIR server,
   against a bare ``requests.Session`` loop posting distinct bundles of the same shape with the
   same headers. Target: ratio >= 0.8. Run for 1,000 and 5,000 submissions (each size on a
   fresh server) to show how it scales. Rounds are ``CHUNK`` records long, so the figure
   includes one end-of-round checkpoint per ``CHUNK`` deliveries; a kiosk draining a backlog
   in one round checkpoints less often.

Usage: ``.venv/bin/python bench/outbox.py [--quick] [--dir DIR]``. The two sides are
interleaved in chunks so that server growth and disk noise hit both alike.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.outbox.delivery import FhirClient  # noqa: E402
from kiosk.outbox.keys import DataKey  # noqa: E402
from kiosk.outbox.store import Outbox  # noqa: E402
from kiosk.outbox.sync import SyncWorker  # noqa: E402
from tests.fhir_server import make_bundle, start_sekmet  # noqa: E402

CHUNK = 100
HEADERS = {
    "Content-Type": "application/fhir+json; charset=utf-8",
    "Accept": "application/fhir+json",
    "Prefer": "return=minimal",
}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_enqueue(workdir: Path, n: int) -> None:
    bundles = [(str(uuid.uuid4()), make_bundle(str(uuid.uuid4()))) for _ in range(n)]
    outbox = Outbox.open(workdir / "bench-outbox.sqlite3", DataKey.generate())
    floor = sqlite3.connect(workdir / "bench-floor.sqlite3", isolation_level=None)
    floor.execute("PRAGMA journal_mode=WAL")
    floor.execute("PRAGMA synchronous=FULL")
    floor.execute("PRAGMA secure_delete=ON")
    floor.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, payload BLOB, created REAL)")
    ours: list[float] = []
    base: list[float] = []
    try:
        for sid, bundle in bundles:  # alternate one by one: the same disk weather for both
            t0 = time.perf_counter()
            floor.execute("BEGIN IMMEDIATE")
            floor.execute("INSERT INTO t VALUES (?, ?, ?)", (sid, bundle, time.time()))
            floor.execute("COMMIT")
            t1 = time.perf_counter()
            outbox.enqueue(sid, bundle)
            t2 = time.perf_counter()
            base.append(t1 - t0)
            ours.append(t2 - t1)
    finally:
        floor.close()
        outbox.close()
    size = statistics.mean(len(b) for _, b in bundles)
    print(f"enqueue latency, {n} submissions of ~{size / 1024:.1f} KiB (ms):")
    for label, q in (("p50", 0.50), ("p99", 0.99)):
        o, f = _pct(ours, q) * 1e3, _pct(base, q) * 1e3
        print(
            f"  {label}: outbox {o:7.3f}   floor (sqlite insert+commit, same pragmas) {f:7.3f}"
            f"   ratio {o / f:5.2f}   (target <= 2.0)"
        )


def bench_delivery(workdir: Path, server_dir: Path, n: int) -> None:
    server = start_sekmet(server_dir / f"sekmet-{n}")
    outbox = Outbox.open(workdir / f"deliver-{n}.sqlite3", DataKey.generate())
    client = FhirClient(server.base_url, timeout=(5.0, 60.0))
    worker = SyncWorker(outbox, client)
    session = requests.Session()
    ours = floor = 0.0
    try:
        for start in range(0, n, CHUNK):
            size = min(CHUNK, n - start)
            queued = [str(uuid.uuid4()) for _ in range(size)]
            for sid in queued:
                outbox.enqueue(sid, make_bundle(sid))
            bare = [make_bundle(str(uuid.uuid4())) for _ in range(size)]
            t0 = time.perf_counter()
            for bundle in bare:
                with session.post(
                    server.base_url, data=bundle, headers=HEADERS, timeout=(5.0, 60.0)
                ) as r:
                    if r.status_code != 200:
                        raise RuntimeError(f"floor post failed: HTTP {r.status_code}")
                    r.content  # noqa: B018 - read the answer, as the client does
            t1 = time.perf_counter()
            result = worker.run_round()
            t2 = time.perf_counter()
            if result.delivered != size:
                raise RuntimeError(
                    f"outbox delivered {result.delivered} of {size} ({result.ended})"
                )
            floor += t1 - t0
            ours += t2 - t1
    finally:
        session.close()
        client.close()
        outbox.close()
        server.stop()
    o, f = n / ours, n / floor
    print(f"delivery of {n} queued submissions to a local FHIR server (sekmet):")
    print(
        f"  outbox {o:7.1f}/s   floor (bare requests.Session loop) {f:7.1f}/s   ratio {o / f:5.2f}"
        f"   (target >= 0.8)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smaller counts (a quick look, not the figures)"
    )
    parser.add_argument(
        "--dir", type=Path, help="scratch folder for the queues (default: a temporary one)"
    )
    parser.add_argument(
        "--server-dir",
        type=Path,
        default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
        help="where the FHIR server keeps its database (default: /dev/shm, i.e. RAM: a real "
        "server is another machine, and its fsyncs must not queue behind the kiosk's)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    enqueue_n, sizes = (300, (100, 500)) if args.quick else (2000, (1000, 5000))
    with (
        tempfile.TemporaryDirectory(dir=args.dir) as scratch,
        tempfile.TemporaryDirectory(dir=args.server_dir) as server_scratch,
    ):
        work = Path(scratch)
        print(f"queue folder: {work}   FHIR server folder: {server_scratch}")
        bench_enqueue(work, enqueue_n)
        for n in sizes:
            bench_delivery(work, Path(server_scratch), n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
