"""Bundle benchmark: build time, bundle size, .tar.gz size, and the frozen app's start-up time to
the welcome page against the same code run from source.

* build: ``scripts/build-bundle.sh`` into ``dist/`` (timed here, wall clock), unless
  ``--no-build`` reuses the bundle already in ``dist/kiosk`` and its archive;
* sizes: the bundle folder's files (target <= 150 MB unpacked) and the .tar.gz;
* start-up: ``kiosk --report-first-paint --demo --windowed`` (:mod:`kiosk.ui.scripted`), the
  frozen program against ``python -m kiosk.main`` from this checkout, measured as
  ``bench/startup.py`` does (the parent's ``time.monotonic()`` before starting the child, the
  child's own clock at its first paint), runs interleaved after one warm-up pair, medians
  compared (target ratio <= 1.3).

Usage: ``.venv/bin/python bench/bundle.py [--no-build] [--runs N] [--platform offscreen]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from first_paint import child_env, time_to_first_paint  # bench/ is on sys.path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
TARGET_MB = 150
TARGET_RATIO = 1.3


def build() -> float:
    started = time.monotonic()
    subprocess.run(["bash", "scripts/build-bundle.sh", "--dist", str(DIST)], cwd=ROOT, check=True)
    return time.monotonic() - started


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def start_up(command: list[str], platform: str, home: Path) -> float:
    """Seconds from starting ``command`` to the welcome page's first paint."""
    # Its own home: the log file and the single-instance lock stay out of the user's. From
    # source as installed (compiled bytecode), else every start would compile the sources and
    # flatter the bundle; the frozen program has its bytecode inside anyway.
    env = child_env(ROOT, platform, home)
    command = [*command, "--report-first-paint", "--demo", "--windowed"]
    return time_to_first_paint(command, env=env, cwd=ROOT)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="reuse dist/kiosk")
    parser.add_argument("--runs", type=int, default=11, help="measured runs per side (default 11)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)

    build_s = None if args.no_build else build()
    bundle = DIST / "kiosk"
    if not (bundle / "kiosk").is_file():
        parser.error(f"no bundle in {bundle}: run without --no-build")
    archives = sorted(DIST.glob("kiosk-*-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)

    frozen_cmd = [str(bundle / "kiosk")]
    source_cmd = [sys.executable, "-m", "kiosk.main"]
    frozen: list[float] = []
    source: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-bundle-") as home:
        start_up(frozen_cmd, args.platform, Path(home))  # warm-up: file cache, .pyc files
        start_up(source_cmd, args.platform, Path(home))
        for _ in range(args.runs):
            frozen.append(start_up(frozen_cmd, args.platform, Path(home)))
            source.append(start_up(source_cmd, args.platform, Path(home)))

    size = folder_mb(bundle)
    print(f"kiosk bundle ({bundle})")
    if build_s is not None:
        print(f"  build time: {build_s:.1f} s (scripts/build-bundle.sh, incl. the .tar.gz)")
    verdict = "meets" if size <= TARGET_MB else "MISSES"
    print(f"  bundle size: {size:.1f} MB unpacked ({verdict} the target <= {TARGET_MB} MB)")
    if archives:
        print(f"  archive: {archives[-1].name} {archives[-1].stat().st_size / 2**20:.1f} MB")
    f, s = statistics.median(frozen), statistics.median(source)
    ratio = f / s
    print(f"  start-up to the welcome page, {args.runs} interleaved runs each, {args.platform}:")
    print(f"    frozen bundle: median {f * 1000:.0f} ms (min {min(frozen) * 1000:.0f} ms)")
    print(f"    from source:   median {s * 1000:.0f} ms (min {min(source) * 1000:.0f} ms)")
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"    ratio {ratio:.2f} ({verdict} the target <= {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
