"""A private pcscd with the vpcd virtual-reader driver, for the test suite and the benchmark.

pcsc-lite 1.9.9's daemon ignores ``PCSCLITE_CSOCK_NAME`` (only the client library reads it):
it always serves ``/run/pcscd/pcscd.comm`` and writes ``/run/pcscd/pcscd.pid``. To run our own
daemon next to a system one (or next to another engineer's test session) without touching
it, we start pcscd in a private mount namespace (``unshare --mount``, needs root) where a
temporary folder is bind-mounted on ``/run/pcscd``; outside the namespace the socket is
``<folder>/pcscd.comm`` and clients reach it with ``PCSCLITE_CSOCK_NAME``. That variable must
be set before the process makes its first PC/SC call: the client library caches it.

The vpcd driver, configured on TCP port N, shows readers "Virtual PCD 00 00" (port N) and
"Virtual PCD 00 01" (port N+1) and waits for a card emulator to connect to them.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Self

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER = "Virtual PCD 00 00"
SECOND_READER = "Virtual PCD 00 01"
_START_TIMEOUT_S = 20.0
_POLL_S = 0.02


class PcscdUnavailable(RuntimeError):
    """pcscd, the vpcd driver or the means to isolate the daemon are missing."""


def missing_requirements() -> str | None:
    """Why a private pcscd cannot run here, or None if it can."""
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (Debian package pcscd)"
    if not VPCD_DRIVER.is_file():
        return f"the vpcd driver is not installed ({VPCD_DRIVER}, Debian package vsmartcard-vpcd)"
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is needed to isolate a private pcscd"
    if os.geteuid() != 0:
        return "a private pcscd needs root (a mount namespace over /run/pcscd)"
    return None


def free_port_pair() -> int:
    """A TCP port N on 127.0.0.1 such that N and N+1 are both free right now."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            if port >= 65535:
                continue
            with socket.socket() as second:
                try:
                    second.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
        return port
    raise PcscdUnavailable("no pair of free TCP ports for the vpcd driver")


class PrivatePcscd:
    """pcscd in the foreground with only a vpcd reader, its socket in ``rundir``.

    ``rundir`` must be the folder ``PCSCLITE_CSOCK_NAME`` points into (``socket_path``).
    """

    def __init__(self, rundir: Path | str, *, port: int | None = None) -> None:
        self.rundir = Path(rundir)
        self.port = port or free_port_pair()
        self.socket_path = self.rundir / "pcscd.comm"
        self.confdir = self.rundir / "reader.conf.d"
        self.log_path = self.rundir / "pcscd.log"
        self.reader = READER
        self._process: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"PrivatePcscd(port={self.port}, running={self.running})"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout_s: float = _START_TIMEOUT_S) -> None:
        """Start the daemon and return once it lists the virtual reader."""
        reason = missing_requirements()
        if reason:
            raise PcscdUnavailable(reason)
        if os.environ.get("PCSCLITE_CSOCK_NAME") != str(self.socket_path):
            raise PcscdUnavailable(
                f"PCSCLITE_CSOCK_NAME must be {self.socket_path} before the first PC/SC call"
            )
        self.rundir.mkdir(parents=True, exist_ok=True)
        self.confdir.mkdir(exist_ok=True)
        (self.confdir / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:{self.port}\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            f"CHANNELID    {self.port}\n",
            encoding="ascii",
        )
        # The bind mount needs a mount point; pcscd itself would create this folder anyway.
        Path("/run/pcscd").mkdir(parents=True, exist_ok=True)
        script = 'mount --bind "$1" /run/pcscd && exec "$2" --foreground -c "$3"'
        command = [
            "unshare", "--mount", "--propagation", "private",
            "sh", "-c", script, "sh", str(self.rundir), shutil.which("pcscd") or "pcscd",
            str(self.confdir),
        ]  # fmt: skip
        with self.log_path.open("wb") as log:
            # unshare and sh exec into pcscd: the pid we hold is the daemon's.
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        try:
            self._wait_ready(timeout_s)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, timeout_s: float) -> None:
        from kiosk.cardreader.errors import NoPcscServiceError
        from kiosk.cardreader.pcsc import list_readers

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.running:
                raise PcscdUnavailable(f"pcscd exited at start-up: {self.log_tail()}")
            if self.socket_path.exists():
                try:
                    if self.reader in list_readers():
                        return
                except NoPcscServiceError:
                    pass
            # Nothing announces readiness but the socket and the reader list: poll them.
            time.sleep(_POLL_S)
        raise PcscdUnavailable(
            f"pcscd did not list {self.reader!r} in {timeout_s:.0f} s: {self.log_tail()}"
        )

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text("utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return " | ".join(text.strip().splitlines()[-lines:]) or "(empty log)"

    def stop(self, timeout_s: float = 5.0) -> None:
        """Terminate the daemon (SIGTERM, then SIGKILL) and wait for it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout_s)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
