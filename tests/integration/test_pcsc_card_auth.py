"""Card authentication through a real PC/SC stack (pyscard -> private pcscd -> vpcd -> virtual
card): a verified read, then one INTERNAL AUTHENTICATE in a transaction of its own; the
genuine applet 1.8 card passes, its clone (same files, another chip key) does not."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509

from kiosk.cardreader import pcsc
from kiosk.cardreader.apdu import CountingTransport
from kiosk.cardreader.errors import CardCloneError
from kiosk.cardreader.reader import authenticate_card
from kiosk.cardreader.verify import load_trusted_roots, verify_card_signature
from kiosk.cardreader.virtual import CardProfile, Faults
from kiosk.cardreader.virtual.profiles import build_profile
from tests.fixtures_pcsc import VirtualReader

pytestmark = pytest.mark.pcsc

CHALLENGE = hashlib.sha384(b"submission 42: consent given").digest()


def roots_for(profile: CardProfile) -> tuple[x509.Certificate, ...]:
    assert profile.trust_root_pem is not None
    return load_trusted_roots([profile.trust_root_pem])


def retries(caplog: pytest.LogCaptureFixture) -> int:
    """First commands the PC/SC transport re-sent after connect (the card saw them twice)."""
    return sum("retrying once" in record.getMessage() for record in caplog.records)


def test_a_read_then_one_challenge_authenticates_the_genuine_card(
    serve_card: Callable[..., VirtualReader], caplog: pytest.LogCaptureFixture
) -> None:
    profile = build_profile("applet18")
    served = serve_card(profile)
    with caplog.at_level(logging.INFO, logger="kiosk.cardreader.pcsc"):
        result = pcsc.read_from_reader(served.reader, roots=roots_for(profile))
        assert result.authenticity_provable and result.basic_key == profile.files[0x4040]
        with pcsc.connect(served.reader) as transport, transport.transaction():
            counting = CountingTransport(transport, record=True)
            signature = authenticate_card(counting, result.basic_key, CHALLENGE)
    verify_card_signature(result.basic_key, CHALLENGE, signature)
    assert counting.sent is not None
    assert [apdu[:2].hex() for apdu in counting.sent] == ["00a4", "0088", "00c0"]
    # The card saw the read, then the three commands of the challenge, and nothing else.
    # (A first command re-sent after connect, under load, reached the card at most twice.)
    seen = served.bridge.apdu_count
    expected = result.apdu_count + 3
    assert expected <= seen <= expected + retries(caplog)


def test_a_clone_reads_as_genuine_and_fails_the_challenge(
    serve_card: Callable[..., VirtualReader],
) -> None:
    profile = build_profile("applet18")
    served = serve_card(profile, Faults(clone=True))
    roots = roots_for(profile)
    result = pcsc.read_from_reader(served.reader, photo=True, address=True, roots=roots)
    assert result.identity_file == profile.files[0x4031]
    assert result.verification.basic_key_checked and result.basic_key is not None
    with pytest.raises(CardCloneError) as info:
        pcsc.authenticate_on_reader(served.reader, result.basic_key, CHALLENGE)
    assert info.value.code == "card-clone"


def test_the_challenge_needs_no_new_read(serve_card: Callable[..., VirtualReader]) -> None:
    """The read and the challenge may be far apart (the challenge comes with the submission):
    only the basic key from the read is needed, over a connection of its own."""
    profile = build_profile("applet18")
    served = serve_card(profile)
    basic_key = pcsc.read_from_reader(served.reader, roots=roots_for(profile)).basic_key
    assert basic_key is not None
    signature = pcsc.authenticate_on_reader(served.reader, basic_key, CHALLENGE)
    assert len(signature) == 96


def test_kiosk_card_says_clone_with_its_own_exit_code(
    serve_card: Callable[..., VirtualReader], tmp_path: Path
) -> None:
    profile = build_profile("applet18")
    assert profile.trust_root_pem is not None
    root = tmp_path / "root.pem"
    root.write_bytes(profile.trust_root_pem)
    served = serve_card(profile, Faults(clone=True))
    command = [sys.executable, "-m", "kiosk.cardreader.cli", "read", "--reader", served.reader]
    command += ["--trust-root", str(root), "--challenge"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == CardCloneError.exit_code == 19, done.stderr
    assert done.stderr.startswith("kiosk-card: card-clone: ") and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    # Without --challenge the same card reads and verifies: only the challenge tells.
    done = subprocess.run(command[:-1], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Authenticity: provable with --challenge" in done.stdout
