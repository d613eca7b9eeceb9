"""The virtual card served through a private pcscd (vpcd driver) is a real PC/SC card.

This module starts its own pcscd; it never touches a system-wide one. pcsc-lite 1.9.9's
daemon ignores ``PCSCLITE_CSOCK_NAME`` (the socket path /run/pcscd/pcscd.comm is compiled
in), only the client library honours it, so the daemon runs in a private mount namespace
with a temporary folder bind-mounted on /run/pcscd (needs root / CAP_SYS_ADMIN), and the
client is pointed at ``<tmp>/pcscd.comm``. libpcsclite caches the socket path on first use,
so the pyscard side runs in a child process (``_CLIENT``) driven line by line: the test
process never loads pyscard and cannot clash with another pcscd fixture of the suite.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kiosk.cardreader.virtual import Faults, VirtualCard, build_profile
from kiosk.cardreader.virtual.vpcd import VpcdBridge

pytestmark = pytest.mark.pcsc

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SELECT_APPLET = "00A404000FA00000003029057000AD13100101FF"
SELECT_ID = "00A4080C063F00DF014031"
SELECT_PHOTO = "00A4080C063F00DF014035"
READER = "Virtual PCD 00 00"

# A tiny pyscard client: one JSON command per stdin line, one JSON answer per stdout line.
_CLIENT = r"""
import json, sys, time
from smartcard.System import readers
from smartcard.CardConnection import CardConnection
from smartcard.Exceptions import CardConnectionException, NoCardException
from smartcard import scard

_, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
connection = None

def wait_state(reader, present, timeout_s):
    deadline = time.monotonic() + timeout_s
    current = scard.SCARD_STATE_UNAWARE
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        rv, states = scard.SCardGetStatusChange(context, int(left * 1000), [(reader, current)])
        if rv == scard.SCARD_E_TIMEOUT:
            return False
        if rv != scard.SCARD_S_SUCCESS:
            raise RuntimeError(scard.SCardGetErrorMessage(rv))
        current = states[0][1] & ~scard.SCARD_STATE_CHANGED
        # EMPTY, not "not PRESENT": after a failed power-down pcscd reports neither.
        wanted = scard.SCARD_STATE_PRESENT if present else scard.SCARD_STATE_EMPTY
        if current & wanted:
            return True

def transmit(apdu_hex):
    data, sw1, sw2 = connection.transmit(list(bytes.fromhex(apdu_hex)))
    return bytes(data).hex() + "%02x%02x" % (sw1, sw2)

for line in sys.stdin:
    command = json.loads(line)
    op = command["op"]
    try:
        if op == "readers":
            result = [str(r) for r in readers()]
        elif op == "wait":
            result = wait_state(command["reader"], command["present"], command["timeout"])
        elif op == "connect":
            reader = [r for r in readers() if str(r) == command["reader"]][0]
            connection = reader.createConnection()
            connection.connect(CardConnection.T0_protocol)
            result = bytes(connection.getATR()).hex()
        elif op == "transmit":
            result = transmit(command["apdu"])
        elif op == "bench":
            start = time.perf_counter()
            answers = {transmit(command["apdu"])[-4:] for _ in range(command["count"])}
            result = {"seconds": time.perf_counter() - start, "sw": sorted(answers)}
        elif op == "disconnect":
            if connection is not None:
                try:
                    connection.disconnect()
                except CardConnectionException:
                    pass
            connection = None
            result = True
        elif op == "quit":
            break
        answer = {"ok": result}
    except (CardConnectionException, NoCardException) as exc:
        answer = {"error": type(exc).__name__, "hresult": getattr(exc, "hresult", None)}
    print(json.dumps(answer), flush=True)
"""


@dataclass
class PrivatePcscd:
    socket_path: Path
    port: int
    log_path: Path


def _free_port_pair() -> int:
    # vpcd listens on CHANNELID (reader 00 00) and CHANNELID + 1 (reader 00 01).
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            try:
                with socket.socket() as second:
                    second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of loopback ports")


def _wait_for(predicate: Any, timeout_s: float, what: str) -> None:
    # Polling with a deadline: pcscd offers no readiness notification.
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.02)


@pytest.fixture(scope="module")
def private_pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivatePcscd]:
    """A pcscd of our own with the vpcd driver on a free port."""
    missing = [n for n in ("pcscd", "unshare") if shutil.which(n) is None]
    if missing or not VPCD_DRIVER.is_file() or not Path("/run/pcscd").is_dir():
        pytest.skip(f"pcscd/vpcd not installed (missing: {missing or VPCD_DRIVER})")
    base = tmp_path_factory.mktemp("pcscd")
    conf, run = base / "reader.conf.d", base / "run"
    conf.mkdir()
    run.mkdir()
    port = _free_port_pair()
    (conf / "vpcd").write_text(
        'FRIENDLYNAME "Virtual PCD"\n'
        f"DEVICENAME /dev/null:{port}\n"
        f"LIBPATH {VPCD_DRIVER}\n"
        f"CHANNELID {port}\n"
    )
    log_path = base / "pcscd.log"
    with log_path.open("wb") as log:
        daemon = subprocess.Popen(
            [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "sh",
                "-c",
                'mount --bind "$1" /run/pcscd && exec pcscd --foreground -c "$2"',
                "sh",
                str(run),
                str(conf),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    socket_path = run / "pcscd.comm"
    try:
        _wait_for(lambda: socket_path.exists() or daemon.poll() is not None, 10, "pcscd socket")
        if daemon.poll() is not None:
            pytest.skip(f"private pcscd did not start: {log_path.read_text()[-500:]}")
        yield PrivatePcscd(socket_path, port, log_path)
    finally:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()


class PcscClient:
    """Drives the pyscard child process."""

    def __init__(self, pcscd: PrivatePcscd) -> None:
        env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(pcscd.socket_path))
        self._process = subprocess.Popen(
            [sys.executable, "-c", _CLIENT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def call(self, op: str, **arguments: Any) -> Any:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        assert line, f"pyscard client died during {op!r}"
        answer = json.loads(line)
        return answer if "error" in answer else answer["ok"]

    def close(self) -> None:
        if self._process.poll() is None:
            self.call("disconnect")
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self._process.stdin.close()
            self._process.wait(10)
        assert self._process.stdout is not None
        self._process.stdout.close()

    def wait_present(self, present: bool = True, timeout: float = 10) -> bool:
        return bool(self.call("wait", reader=READER, present=present, timeout=timeout))


@pytest.fixture
def client(private_pcscd: PrivatePcscd) -> Iterator[PcscClient]:
    pcsc_client = PcscClient(private_pcscd)
    yield pcsc_client
    pcsc_client.close()


@pytest.fixture
def bridge_factory(private_pcscd: PrivatePcscd, client: PcscClient) -> Iterator[Any]:
    bridges: list[VpcdBridge] = []

    def make(profile: str = "nl-citizen", faults: Faults | None = None, **card: Any) -> VpcdBridge:
        bridge = VpcdBridge(
            VirtualCard(build_profile(profile), **card), port=private_pcscd.port, faults=faults
        )
        bridges.append(bridge)
        bridge.start()
        assert bridge.connected.wait(10), "vpcd never accepted the virtual card"
        return bridge

    yield make
    # Disconnect before pulling the card: an SCardDisconnect that fails because the card just
    # went away marks the reader empty without pcscd's poller noticing, and a card inserted
    # within the next poll (400 ms) would then never be reported present.
    client.call("disconnect")
    for bridge in bridges:
        bridge.stop()
        assert bridge.disconnected.is_set()
    assert client.wait_present(False)


def _read_file(client: PcscClient, select: str) -> bytes:
    assert client.call("transmit", apdu=select) == "9000"
    content = b""
    while True:
        offset = len(content)
        apdu = bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, 0xFC))
        answer = bytes.fromhex(client.call("transmit", apdu=apdu.hex()))
        if answer[-2] == 0x6C:
            answer = bytes.fromhex(client.call("transmit", apdu=(apdu[:4] + answer[-1:]).hex()))
        if answer[-2:] == b"\x6b\x00" and offset:
            return content
        assert answer[-2:] == b"\x90\x00"
        content += answer[:-2]
        if len(answer) - 2 < 0xFC:
            return content


def test_card_is_seen_and_read_through_pcscd(bridge_factory: Any, client: PcscClient) -> None:
    bridge = bridge_factory("nl-citizen")
    profile = bridge.card.profile
    assert READER in client.call("readers")
    assert client.wait_present()
    assert bytes.fromhex(client.call("connect", reader=READER)) == profile.atr
    assert bridge.powered.is_set()
    assert client.call("transmit", apdu=SELECT_APPLET) == "9000"
    assert client.call("transmit", apdu="80E400001C") == profile.card_data.hex() + "9000"
    assert _read_file(client, SELECT_ID) == profile.files[0x4031]
    assert _read_file(client, SELECT_PHOTO) == profile.files[0x4035]

    bench = client.call("bench", apdu="00B00000FC", count=100)
    assert bench["sw"] == ["9000"]
    # Reported, not asserted (noisy machines): see the brief's latency trap.
    elapsed_ms = bench["seconds"] * 1000
    print(f"\n100 READ BINARY (252 B) round trips through pcscd/vpcd: {elapsed_ms:.1f} ms")


def test_removal_and_reinsertion_are_seen(bridge_factory: Any, client: PcscClient) -> None:
    bridge = bridge_factory("fr-citizen")
    assert client.wait_present()
    client.call("connect", reader=READER)
    assert client.call("transmit", apdu=SELECT_APPLET) == "9000"

    bridge.remove()
    assert bridge.disconnected.wait(5)
    assert client.wait_present(False)
    assert "error" in client.call("transmit", apdu=SELECT_APPLET)
    client.call("disconnect")

    other = VirtualCard(build_profile("applet18"))
    bridge.insert(other)
    assert bridge.connected.wait(10)
    assert client.wait_present()
    assert bytes.fromhex(client.call("connect", reader=READER)) == other.atr
    assert client.call("transmit", apdu=SELECT_APPLET) == "9000"
    assert client.call("transmit", apdu="80E400011F").endswith("03ffff9000")


def test_remove_after_fault_pulls_the_card_mid_read(
    bridge_factory: Any, client: PcscClient
) -> None:
    bridge = bridge_factory("nl-citizen", Faults(remove_after=3))
    assert client.wait_present()
    client.call("connect", reader=READER)
    assert client.call("transmit", apdu=SELECT_APPLET) == "9000"
    assert client.call("transmit", apdu="00A4020C023F00") == "9000"
    assert client.call("transmit", apdu="00A4020C02DF01") == "9000"
    assert bridge.disconnected.wait(5)
    assert bridge.fault_removals == 1
    assert "error" in client.call("transmit", apdu="00A4020C024031")
    assert client.wait_present(False)
    client.call("disconnect")

    bridge.insert()  # the fault fires once: the second insertion reads through
    assert client.wait_present()
    client.call("connect", reader=READER)
    assert client.call("transmit", apdu=SELECT_APPLET) == "9000"
    assert _read_file(client, SELECT_ID) == bridge.card.profile.files[0x4031]


def test_flip_byte_and_t0_get_response_through_pcscd(
    bridge_factory: Any, client: PcscClient
) -> None:
    bridge = bridge_factory("nl-citizen", Faults(flip_byte=(0x4031, 10)), t0_get_response=True)
    original = build_profile("nl-citizen").files[0x4031]
    assert client.wait_present()
    client.call("connect", reader=READER)
    assert client.call("transmit", apdu=SELECT_ID) == "9000"
    # pcscd passes 61 xx through untouched: the reader has to send GET RESPONSE itself.
    assert client.call("transmit", apdu="00B0000010") == "6110"
    answer = bytes.fromhex(client.call("transmit", apdu="00C0000010"))
    assert answer[-2:] == b"\x90\x00"
    expected = bytearray(original[:16])
    expected[10] ^= 0xFF
    assert answer[:-2] == bytes(expected)
    assert bridge.apdu_count == 3


def _wait_for_line(stream: Any, needle: str) -> str:
    # readline blocks until the CLI logs; pytest-timeout bounds a CLI that never does.
    for line in stream:
        if needle in line:
            return line
    raise AssertionError(f"the CLI exited without logging {needle!r}")


def test_cli_serves_until_sigterm(
    private_pcscd: PrivatePcscd, client: PcscClient, tmp_path: Path
) -> None:
    root = tmp_path / "root.pem"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cardreader.virtual.cli",
            "--profile",
            "de-citizen",
            "--vpcd",
            f"127.0.0.1:{private_pcscd.port}",
            "--root-out",
            str(root),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        _wait_for_line(process.stderr, "Virtual card inserted")
        assert client.wait_present()
        client.call("connect", reader=READER)
        assert client.call("transmit", apdu=SELECT_APPLET) == "9000"
        profile = build_profile("de-citizen")
        identity = _read_file(client, SELECT_ID)
        specimen = profile.specimen
        assert specimen is not None
        assert specimen.surname.encode() in identity  # same specimen, this process's PKI
        assert root.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
        client.call("disconnect")

        # End to end: the reader's own CLI, in another process, verifies with --trust-root.
        env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(private_pcscd.socket_path))
        read = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk.cardreader.cli",
                "read",
                "--reader",
                READER,
                "--address",
                "--trust-root",
                str(root),
                "--json",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert read.returncode == 0, read.stderr
        result = json.loads(read.stdout)
        assert result["identity"]["surname"] == specimen.surname
        assert result["identity"]["birth_date"] == specimen.birth_date.isoformat()
        assert result["verification"]["root"] == "Virtual eID TEST Root CA"
        assert result["verification"]["address_checked"] is True
    finally:
        process.terminate()
        remaining = process.communicate(timeout=10)[1]
    assert process.returncode == 0
    assert "Virtual card removed" in remaining
    assert specimen.national_number not in remaining and specimen.surname not in remaining
    assert client.wait_present(False)
