"""Start-up benchmark: process start to the welcome page painted, against a bare PySide6 window.

Both sides run as fresh subprocesses on the same Qt platform (offscreen by default) and are
measured the same way: the parent notes ``time.monotonic()`` (system-wide on Linux) just
before it starts the child; the child prints the same clock the first time its window paints;
the difference is the start-up time. The child is then stopped.

* kiosk: the ``kiosk`` console command's code (``kiosk.main:main``) with
  ``--report-first-paint --demo --windowed`` (:func:`kiosk.ui.scripted.report_first_paint`:
  the main window's first paint, which is when the welcome page is on screen, prints the time);
* floor: a bare ``QMainWindow`` of the same size, shown, printing the time on its first paint.

The runs alternate (kiosk, floor, kiosk, floor ...) so that machine noise hits both alike; one
warm-up pair is discarded. Both run from compiled bytecode, as an installed kiosk does, with a
home and XDG folders of their own (no stand settings, log or lock of the user's). Prints the
medians, the ratio (target <= 1.6) and the children's peak RSS at first paint.

Usage: ``.venv/bin/python bench/startup.py [--runs N] [--platform offscreen]``. On a shared
machine the ratio moves by a few hundredths between invocations: run it more than once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from first_paint import child_env, time_to_first_paint  # bench/ is on sys.path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.6

# What the ``kiosk`` console script runs, with the first-paint report.
KIOSK_CHILD = """
import sys
from kiosk.main import main
sys.exit(main(["--report-first-paint", "--demo", "--windowed"]))
"""

# Prints "painted <monotonic seconds> <peak RSS KiB>" once, like the kiosk's report, and keeps
# running until it is stopped.
FLOOR_CHILD = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"painted {time.monotonic():.6f} {peak}", flush=True)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


def run_once(program: str, platform: str, home: Path) -> tuple[float, int]:
    """Seconds from starting the child to its first paint, and its peak RSS (KiB) then."""
    env = child_env(ROOT, platform, home)  # the warm-up writes the compiled bytecode
    return time_to_first_paint([sys.executable, "-c", program], env=env, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=31, help="measured runs per side (default 31: noisy machines)"
    )
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-startup-") as home:
        return _measure(args, Path(home))


def _measure(args: argparse.Namespace, home: Path) -> int:
    run_once(KIOSK_CHILD, args.platform, home)  # warm-up: file cache, .pyc files
    run_once(FLOOR_CHILD, args.platform, home)
    kiosk: list[float] = []
    floor: list[float] = []
    kiosk_rss: list[int] = []
    floor_rss: list[int] = []
    for _ in range(args.runs):
        seconds, peak = run_once(KIOSK_CHILD, args.platform, home)
        kiosk.append(seconds)
        kiosk_rss.append(peak)
        seconds, peak = run_once(FLOOR_CHILD, args.platform, home)
        floor.append(seconds)
        floor_rss.append(peak)

    k, f = statistics.median(kiosk), statistics.median(floor)
    ratio = k / f
    print(f"start-up to first paint, {args.runs} interleaved runs each, {args.platform} platform")
    print(f"  kiosk --demo --windowed: median {k * 1000:.0f} ms (min {min(kiosk) * 1000:.0f} ms)")
    print(f"  bare PySide6 window:     median {f * 1000:.0f} ms (min {min(floor) * 1000:.0f} ms)")
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"  ratio {ratio:.2f} ({verdict} the target <= {TARGET_RATIO})")
    print(
        f"  peak RSS at first paint: kiosk {statistics.median(kiosk_rss) / 1024:.0f} MB, "
        f"bare window {statistics.median(floor_rss) / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
