"""What bench/startup.py and bench/bundle.py share: start a program that prints
``painted <time.monotonic()> [<peak RSS KiB>]`` on its first paint, and time it.

The parent notes ``time.monotonic()`` (system-wide on Linux) just before it starts the child;
the child prints the same clock when its window is first painted; the difference is the
start-up time. The child is then stopped with SIGTERM (the kiosk closes cleanly on it).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

PAINT_TIMEOUT_S = 60.0


def compiled_env(base: Mapping[str, str], pycache: str | Path) -> dict[str, str]:
    """``base`` with compiled bytecode allowed, in ``pycache``: an installed kiosk runs from
    .pyc files (pip and PyInstaller compile them), even where the environment says
    PYTHONDONTWRITEBYTECODE; without this every start compiles the sources again (50-80 ms)."""
    env = dict(base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def child_env(root: Path, platform: str, home: Path) -> dict[str, str]:
    """The environment a measured child runs in: this process's, with the Qt ``platform``, the
    sources of ``root`` importable, a ``home`` and XDG folders of its own (no stand settings,
    log or lock of the user's) and compiled bytecode in ``home`` (:func:`compiled_env`)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=platform,
        PYTHONPATH=str(root),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
    )
    env.pop("KIOSK_CONFIG", None)
    return compiled_env(env, home / "pycache")


def time_to_first_paint(
    command: Sequence[str], *, env: Mapping[str, str], cwd: Path
) -> tuple[float, int]:
    """Seconds from starting ``command`` to its first paint, and the peak RSS (KiB) it reports
    (0 when it reports none)."""
    started = time.monotonic()
    child = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the kiosk's own log lines; nothing here is personal
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child reports (or dies)
        if not line.startswith("painted "):
            raise RuntimeError(f"{command[0]} did not report its first paint (exit {child.poll()})")
        fields = line.split()
        peak = int(fields[2]) if len(fields) > 2 else 0
        return float(fields[1]) - started, peak
    finally:
        child.terminate()
        try:
            child.wait(timeout=PAINT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


__all__ = ["PAINT_TIMEOUT_S", "child_env", "compiled_env", "time_to_first_paint"]
