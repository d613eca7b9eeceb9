"""Child process for the kill -9 test: a kiosk's queue in miniature.

It opens the encrypted outbox, starts the sync worker towards ``--base-url``, enqueues the
submission ids given with ``--ids`` (appending each to ``--journal`` once its enqueue has
committed), and exits 0 when nothing is left to deliver. The test kills it with SIGKILL at
random moments. The data key comes from the ``KILL9_KEY`` environment variable (hex), never
from the command line.

Protocol on stdout: ``ready`` once the outbox is open, ``done`` before a clean exit.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path

from kiosk.outbox.delivery import FhirClient
from kiosk.outbox.keys import DataKey
from kiosk.outbox.store import Outbox
from kiosk.outbox.sync import SyncState, SyncStatus, SyncWorker
from tests.fhir_server import make_bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--ids", nargs="*", default=[])
    parser.add_argument("--deadline-s", type=float, default=60.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    key = DataKey(1, bytes.fromhex(os.environ["KILL9_KEY"]))
    outbox = Outbox.open(args.db, key)
    print("ready", flush=True)

    drained = threading.Condition()
    latest: list[SyncStatus] = []

    def on_change(status: SyncStatus) -> None:
        with drained:
            latest.append(status)
            drained.notify_all()

    # Generous enough that a loaded machine still converges; the proxy holds longer than this.
    client = FhirClient(args.base_url, timeout=(2.0, 2.0))
    worker = SyncWorker(
        outbox,
        client,
        on_change=on_change,
        backoff_base_s=0.01,
        backoff_cap_s=0.1,
        poll_interval_s=0.5,
        max_retry_after_s=0.05,
    )
    worker.start()
    with args.journal.open("a", encoding="ascii") as journal:
        for sid in args.ids:
            outbox.enqueue(sid, make_bundle(sid))
            journal.write(sid + "\n")
            journal.flush()
            os.fsync(journal.fileno())
            worker.trigger()

    def empty() -> bool:
        return (
            bool(latest) and latest[-1].state is SyncState.IDLE and outbox.status().undelivered == 0
        )

    worker.trigger()
    with drained:
        ok = drained.wait_for(empty, timeout=args.deadline_s)
    worker.stop(timeout=10)
    client.close()
    outbox.close()
    if not ok:
        print("timeout", flush=True)
        return 3
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
