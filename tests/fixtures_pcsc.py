"""pcscd + vpcd fixtures (see tests/conftest.py): a private pcscd for the session and virtual
cards served into it.

libpcsclite reads ``PCSCLITE_CSOCK_NAME`` once, at the first PC/SC call of the process, so
``pytest_configure`` points it at a per-session folder before any test runs; the ``pcscd``
fixture then starts the daemon whose socket appears there (see :mod:`tests.pcscd_helper`).
Until then, or when the daemon cannot run, PC/SC calls in this process find no service rather
than a system pcscd: the suite never touches the machine's own daemon.

Missing pcscd, vpcd driver or root: the tests are skipped with the reason, except under
``CI=true``, where they fail (CI must never skip them silently).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.pcscd_helper import PcscdUnavailable, PrivatePcscd, missing_requirements

if TYPE_CHECKING:
    from kiosk.cardreader.virtual import CardProfile, Faults
    from kiosk.cardreader.virtual.vpcd import VpcdBridge

_RUNDIR = pytest.StashKey[Path]()
_CARD_WAIT_S = 10.0


def pytest_configure(config: pytest.Config) -> None:
    rundir = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
    config.stash[_RUNDIR] = rundir
    os.environ["PCSCLITE_CSOCK_NAME"] = str(rundir / "pcscd.comm")


def pytest_unconfigure(config: pytest.Config) -> None:
    rundir = config.stash.get(_RUNDIR, None)
    if rundir is not None:
        shutil.rmtree(rundir, ignore_errors=True)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the PC/SC tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pcscd(pytestconfig: pytest.Config) -> Iterator[PrivatePcscd]:
    """The session's private pcscd with a vpcd reader ("Virtual PCD 00 00" on ``.port``)."""
    reason = missing_requirements()
    if reason:
        _unavailable(reason)
    daemon = PrivatePcscd(pytestconfig.stash[_RUNDIR])
    try:
        daemon.start()
    except PcscdUnavailable as exc:
        _unavailable(str(exc))
    try:
        yield daemon
    finally:
        daemon.stop()


@dataclass
class VirtualReader:
    """A virtual card in the session pcscd's first vpcd reader."""

    reader: str
    bridge: VpcdBridge
    profile: CardProfile


@pytest.fixture
def serve_card(pcscd: PrivatePcscd) -> Iterator[Callable[..., VirtualReader]]:
    """``serve_card(profile, faults=None, **card_options)``: put a virtual card built from
    ``profile`` (a :class:`CardProfile`) in the reader and return once PC/SC sees it.
    One card at a time; each is removed, and seen gone, when the test ends."""
    from kiosk.cardreader import pcsc
    from kiosk.cardreader.virtual import VirtualCard
    from kiosk.cardreader.virtual.vpcd import VpcdBridge

    bridges: list[VpcdBridge] = []

    def stop_all() -> None:
        while bridges:
            bridges.pop().stop()
        # pcscd notices a removal at its next presence poll; a card inserted before that
        # would be taken for the previous one (never powered up).
        assert pcsc.wait_for_card(pcscd.reader, present=False, timeout_s=_CARD_WAIT_S)

    def serve(
        profile: CardProfile, faults: Faults | None = None, **card_options: bool
    ) -> VirtualReader:
        stop_all()
        bridge = VpcdBridge(VirtualCard(profile, **card_options), "127.0.0.1", pcscd.port, faults)
        bridges.append(bridge)
        bridge.start()
        assert pcsc.wait_for_card(pcscd.reader, timeout_s=_CARD_WAIT_S), pcscd.log_tail()
        return VirtualReader(pcscd.reader, bridge, profile)

    yield serve
    stop_all()
