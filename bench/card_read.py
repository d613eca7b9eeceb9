"""Benchmark: a full verified eID read through pcscd + vpcd, against a floor measured in the same run.

What is timed, per run, through a private pcscd (see tests/pcscd_helper.py) and the vpcd
driver with the virtual card served by ``kiosk-virtual-card`` in its own process (a real card
is not in the reader's process either, and an in-process emulator thread would compete for
the GIL with the code being measured):

* ours  - ``kiosk.cardreader.pcsc.read_from_reader(reader, photo=True)``: connect, begin a
  transaction, select + GET CARD DATA, read identity + signature + photo + RRN certificate,
  verify (certificate chain, signature, photo hash), parse, end, disconnect. The RRN
  certificate was seen before, as for every card but the first with that certificate.
* first - the same read with the cache of checked RRN certificates emptied first
  (:func:`kiosk.cardreader.verify.clear_certificate_cache`): the first card after start-up, or
  the first one with a newly issued RRN certificate, pays the certificate chain check too. Both
  verify everything the card carries.
* adapter - the recorded APDUs sent through our PC/SC adapter (``kiosk.cardreader.pcsc``)
  alone, to tell its share of the difference from that of the BELPIC, parsing and verifying code.
* floor - a minimal pyscard script sending exactly the same APDU sequence (recorded from our
  read, 6C re-issues included) between the same connect/transaction/disconnect calls, with no
  parsing and no verification.

The four are interleaved (each round runs all four, in an order that rotates every round) so
that drift and the machine's state hit them alike, and only rounds after a warm-up count. On a
loaded machine single APDUs through vpcd stall for 1-50 ms at random, which moves a median by
more than the code under test does, so three figures are printed per comparison: the ratio of
the medians (the target), the median of the per-round ratios (each ours/floor pair ran back to
back), and the ratio of the best runs. "CPU here" is the median CPU time of the benchmark's own
thread per read (pyscard's client side included, pcscd and the card emulator not): steadier
than wall time, it shows what our code adds. The in-process time of the verification alone
(same files, cache emptied / warm) says how much of the difference it is: vpcd answers an APDU
in ~0.1 ms where a real reader and card take several ms, so against real hardware the same
overhead is a far smaller share. Target: ratio of the medians <= 1.10.

APDU minimum. SELECT returns no FCI, so a file's length is unknown until it is read. With
READ BINARY in 252-byte (0xFC) blocks, a file of n bytes needs ``n // 252`` full blocks, then
either one block that the card answers with ``6C xx`` plus the re-issue with ``Le = xx``
(n % 252 != 0), or one read at offset n answered ``6B 00`` (n % 252 == 0):
``reads(n) = n // 252 + 1 + (n % 252 != 0)``. The RRN certificate is DER with zero padding:
its first block tells its length L, so the rest is read with exact Le and the padding is left
on the card: ``ceil(L / 252)`` reads. Commands that are not reads, with files selected by file
id (the card's P1=02 selection; an EF is only selectable from its own DF, and after the applet
select the MF is current): select applet, GET CARD DATA, DF01, 4031, 4032, 4035, then 3F00,
DF00, 503C = 9. Minimum = 9 + reads(4031) + reads(4032) + reads(4035) + ceil(L / 252).
(Selecting by absolute path, P1=08, would save the DF01, 3F00 and DF00 selects; the eid-mw
middleware does not use it and this reader follows eid-mw.)

Usage: ``.venv/bin/python bench/card_read.py [--runs N] [--profile NAME]...`` (root needed for
the private pcscd's mount namespace). ``--runs`` counts rounds (default 300).
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# libpcsclite reads this once, at the first PC/SC call: set it before anything touches PC/SC.
_RUNDIR = Path(tempfile.mkdtemp(prefix="kiosk-bench-pcscd-"))
os.environ["PCSCLITE_CSOCK_NAME"] = str(_RUNDIR / "pcscd.comm")

# The imports below come after that on purpose.
from smartcard import scard  # noqa: E402

from kiosk.cardreader import pcsc  # noqa: E402
from kiosk.cardreader.apdu import CountingTransport  # noqa: E402
from kiosk.cardreader.belpic import CHUNK  # noqa: E402
from kiosk.cardreader.reader import read_card  # noqa: E402
from kiosk.cardreader.verify import (  # noqa: E402
    clear_certificate_cache,
    load_trusted_roots,
    verify_card_data,
)
from kiosk.cardreader.virtual.dump import load_dump  # noqa: E402
from tests.pcscd_helper import PrivatePcscd  # noqa: E402

FID_ID, FID_ID_SIG, FID_PHOTO, FID_RRN = 0x4031, 0x4032, 0x4035, 0x503C
NON_READ_COMMANDS = 9
WARM_UP_ROUNDS = 5


def reads(size: int) -> int:
    """READ BINARY commands for a file of ``size`` bytes whose length is not known in advance."""
    return size // CHUNK + 1 + (size % CHUNK != 0)


def minimum_apdus(files: dict[int, bytes], rrn_der_length: int) -> tuple[int, str]:
    parts = {fid: reads(len(files[fid])) for fid in (FID_ID, FID_ID_SIG, FID_PHOTO)}
    rrn = math.ceil(rrn_der_length / CHUNK)
    total = NON_READ_COMMANDS + sum(parts.values()) + rrn
    detail = ", ".join(f"{fid:04X} {len(files[fid])} B: {n}" for fid, n in parts.items())
    return (
        total,
        f"{NON_READ_COMMANDS} selects/identify + reads ({detail}, 503C DER {rrn_der_length} B: {rrn})",
    )


def floor_run(reader: str, sequence: list[list[int]]) -> None:
    """The same commands through bare pyscard: connect, transaction, transmit, disconnect."""
    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    hresult, card, _protocol = scard.SCardConnect(
        context, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0
    )
    if hresult != scard.SCARD_S_SUCCESS:
        raise RuntimeError(scard.SCardGetErrorMessage(hresult))
    scard.SCardBeginTransaction(card)
    for apdu in sequence:
        hresult, _response = scard.SCardTransmit(card, scard.SCARD_PCI_T0, apdu)
        if hresult != scard.SCARD_S_SUCCESS:
            raise RuntimeError(scard.SCardGetErrorMessage(hresult))
    scard.SCardEndTransaction(card, scard.SCARD_LEAVE_CARD)
    scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    scard.SCardReleaseContext(context)


def adapter_run(reader: str, sequence: list[bytes]) -> None:
    """The same commands through our PC/SC adapter alone: no BELPIC logic, parsing or checks."""
    with pcsc.connect(reader) as transport, transport.transaction():
        for apdu in sequence:
            transport.transmit(apdu)


def _median_ms(runs: int, action: Callable[[], object], before: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def interleaved(
    arms: dict[str, Callable[[], object]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU seconds (of this thread) per run of each arm: every round runs every arm
    once, the order rotating each round so no arm always follows the same one; the warm-up
    rounds are not kept."""
    names = list(arms)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for index in range(WARM_UP_ROUNDS + rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            start, start_cpu = time.perf_counter(), time.thread_time()
            arms[name]()
            elapsed, elapsed_cpu = time.perf_counter() - start, time.thread_time() - start_cpu
            if index >= WARM_UP_ROUNDS:
                wall[name].append(elapsed)
                cpu[name].append(elapsed_cpu)
    return wall, cpu


def compare(label: str, ours: list[float], floor: list[float]) -> float:
    """Print one comparison with the floor; return the ratio of the medians."""
    ratio = statistics.median(ours) / statistics.median(floor)
    paired = statistics.median(o / f for o, f in zip(ours, floor, strict=True))
    best = min(ours) / min(floor)
    print(
        f"  ratio  {label:<10} {ratio:.3f} of medians, {paired:.3f} median of paired ratios, "
        f"{best:.3f} of bests  (target <= 1.10)"
    )
    return ratio


def _virtual_card(*args: str) -> list[str]:
    return [sys.executable, "-m", "kiosk.cardreader.virtual.cli", *args]


def bench_profile(daemon: PrivatePcscd, name: str, runs: int) -> bool:
    dump = _RUNDIR / f"dump-{name}"
    # The test PKI is generated per process: save the card once, serve that same dump.
    subprocess.run(
        _virtual_card("--profile", name, "--save-dump", str(dump)), check=True, capture_output=True
    )
    profile = load_dump(dump)
    roots = load_trusted_roots([dump / "ROOT.pem"])
    card = subprocess.Popen(
        _virtual_card("--dump", str(dump), "--vpcd", f"127.0.0.1:{daemon.port}"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if not pcsc.wait_for_card(daemon.reader, timeout_s=20):
            raise RuntimeError(f"the virtual card did not appear: {daemon.log_tail()}")
        with pcsc.connect(daemon.reader) as transport, transport.transaction():
            recorder = CountingTransport(transport, record=True)
            result = read_card(recorder, photo=True, roots=roots)
        assert recorder.sent is not None
        recorded = list(recorder.sent)
        sequence = [list(apdu) for apdu in recorded]
        minimum, how = minimum_apdus(dict(profile.files), len(result.rrn_certificate))

        def ours() -> None:
            pcsc.read_from_reader(daemon.reader, photo=True, roots=roots)

        def first_card() -> None:
            clear_certificate_cache()
            pcsc.read_from_reader(daemon.reader, photo=True, roots=roots)

        times, cpu = interleaved(
            {
                "ours": ours,
                "first": first_card,
                "adapter": lambda: adapter_run(daemon.reader, recorded),
                "floor": lambda: floor_run(daemon.reader, sequence),
            },
            runs,
        )
    finally:
        card.send_signal(signal.SIGTERM)
        card.wait(10)
        pcsc.wait_for_card(daemon.reader, present=False, timeout_s=10)

    def verify() -> None:
        verify_card_data(
            identity_file=result.identity_file,
            identity_signature=result.identity_signature,
            rrn_certificate=result.rrn_certificate,
            roots=roots,
            photo=result.photo,
        )

    verify_first_ms = _median_ms(runs, verify, before=clear_certificate_cache)
    verify_ms = _median_ms(runs, verify, before=lambda: None)
    print(
        f"profile {name} (applet {result.card_data.applet_version_text}, "
        f"{result.verification.rrn_key_type} key), {runs} interleaved rounds:"
    )
    what = {
        "ours": "read + verify + parse, RRN certificate already checked",
        "first": "the same, certificate cache emptied first",
        "adapter": "same APDUs through kiosk.cardreader.pcsc alone",
        "floor": f"same {len(sequence)} APDUs, bare pyscard",
    }
    for arm, text in what.items():
        ms = [t * 1000 for t in times[arm]]
        cpu_ms = statistics.median(cpu[arm]) * 1000
        print(
            f"  {arm:<7} median {statistics.median(ms):7.2f} ms, best {min(ms):6.2f} ms, "
            f"CPU here {cpu_ms:5.2f} ms  ({text})"
        )
    ratio = compare("ours", times["ours"], times["floor"])
    compare("first card", times["first"], times["floor"])
    compare("adapter", times["adapter"], times["floor"])
    floor_ms = statistics.median(times["floor"]) * 1000
    ours_ms = statistics.median(times["ours"]) * 1000
    print(
        f"  of which verification (in-process, same files) {verify_ms:.2f} ms, "
        f"{verify_first_ms:.2f} ms with the certificate cache emptied; "
        f"ratio without it {(ours_ms - verify_ms) / floor_ms:.3f}"
    )
    print(f"  APDUs  ours {result.apdu_count}, minimum {minimum}  [{how}]")
    return ratio <= 1.10 and result.apdu_count <= minimum


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="interleaved rounds per profile")
    parser.add_argument("--profile", action="append", help="virtual card profile (repeatable)")
    args = parser.parse_args()
    profiles = args.profile or ["nl-citizen", "applet18"]
    daemon = PrivatePcscd(_RUNDIR)
    daemon.start()
    try:
        met = [bench_profile(daemon, name, args.runs) for name in profiles]
    finally:
        daemon.stop()
    print("targets met" if all(met) else "targets NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
