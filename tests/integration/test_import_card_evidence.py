"""``kiosk-queue import`` re-verifies the card evidence (``evidence = "card"``) before it delivers,
to the real FHIR server.

The kiosk signature says which registered kiosk built a Bundle; with card evidence the network
need not trust the kiosk about the card too: a Bundle whose card evidence does not hold (here,
the signed identity files of another card put in before the kiosk signed) is refused, named by
submission id with its code, and nothing of it is delivered; the others go through.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.fhir.checks import bundle_identifiers
from kiosk.fhir.signature import sign_bundle
from kiosk.network.identity import KioskIdentity
from kiosk.outbox import cli
from kiosk.outbox.export import seal_records
from tests.fhir_server import count_matching
from tests.helpers.card_evidence import card_submission, inserted, tampered

Record = tuple[str, bytes, bool]


@pytest.fixture(scope="module")
def network_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def kiosk() -> KioskIdentity:
    """The registered kiosk."""
    return KioskIdentity.generate()


@pytest.fixture
def office(tmp_path: Path, network_key: rsa.RSAPrivateKey, kiosk: KioskIdentity) -> list[str]:
    """The network office's options: its private key, the registered kiosk keys, and the test
    roots that signed the specimen cards (the Belgian roots stay trusted too)."""
    private = tmp_path / "network.key.pem"
    private.write_bytes(
        network_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    registered = tmp_path / "kiosk-keys.json"
    registered.write_text(json.dumps(kiosk.jwks()))
    roots = []
    for name in ("applet18", "nl-citizen"):  # the EC and the RSA test PKI
        root = tmp_path / f"{name}-root.pem"
        root.write_bytes(inserted(name)[2])
        roots.append(str(root))
    return ["--key", str(private), "--kiosk-keys", str(registered), "--trust-roots", *roots]


def _import(file: Path, office: list[str], base_url: str) -> int:
    return cli.main(["import", str(file), *office, "--endpoint", base_url])


def _counts(base_url: str, bundle: bytes) -> set[int]:
    """How many resources the server holds per entry of ``bundle`` that is the submission's own
    (not the Patient nor the Device, which submissions of one card or kiosk share)."""
    return {
        count_matching(base_url, kind, criteria)
        for kind, criteria in bundle_identifiers(bundle)
        if kind not in ("Patient", "Device")
    }


def test_a_bundle_whose_card_evidence_was_swapped_is_refused_the_others_go_through(
    tmp_path: Path,
    office: list[str],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The attack: the identity file, its signature and the RRN certificate of another genuine
    card (another person) in the card evidence of a submission, signed by a registered kiosk.
    Before the card evidence check the import delivered it (exit 0)."""
    genuine = [card_submission("applet18"), card_submission("nl-citizen")]
    victim = card_submission("applet18")
    swapped = tampered(victim, "identity files of another card")
    records: list[Record] = [
        (genuine[0].enrolment.submission_id, sign_bundle(genuine[0].bundle, kiosk), False),
        (victim.enrolment.submission_id, sign_bundle(swapped, kiosk), False),
        (genuine[1].enrolment.submission_id, sign_bundle(genuine[1].bundle, kiosk), False),
    ]
    file = tmp_path / f"{uuid.uuid4()}.kqx"
    file.write_bytes(seal_records(records, network_key.public_key(), kiosk))

    assert _import(file, office, fhir_base_url) == cli.EXIT_NOT_GENUINE
    out = capsys.readouterr().out
    sid = victim.enrolment.submission_id
    assert f"REFUSED    {sid}: card evidence does not hold [card-evidence-other-holder]" in out
    assert "3 in file: 2 delivered, 0 rejected, 1 refused" in out
    assert _counts(fhir_base_url, records[1][1]) == {0}
    assert _counts(fhir_base_url, records[0][1]) == {1}
    assert _counts(fhir_base_url, records[2][1]) == {1}


def test_without_the_test_roots_the_specimen_cards_evidence_is_untrusted(
    tmp_path: Path,
    office: list[str],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """By default only the Belgian roots are trusted: a specimen card is not a Belgian card."""
    submission = card_submission("applet18")
    record = (submission.enrolment.submission_id, sign_bundle(submission.bundle, kiosk), False)
    file = tmp_path / f"{uuid.uuid4()}.kqx"
    file.write_bytes(seal_records([record], network_key.public_key(), kiosk))
    belgian_only = office[: office.index("--trust-roots")]

    assert _import(file, belgian_only, fhir_base_url) == cli.EXIT_NOT_GENUINE
    out = capsys.readouterr().out
    assert f"{record[0]}: card evidence does not hold [card-evidence-untrusted-root]" in out
    assert _counts(fhir_base_url, record[1]) == {0}


def test_a_trust_roots_file_that_holds_no_certificate_imports_nothing(
    tmp_path: Path,
    office: list[str],
    network_key: rsa.RSAPrivateKey,
    kiosk: KioskIdentity,
    fhir_base_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    submission = card_submission("applet18")
    record = (submission.enrolment.submission_id, sign_bundle(submission.bundle, kiosk), False)
    file = tmp_path / f"{uuid.uuid4()}.kqx"
    file.write_bytes(seal_records([record], network_key.public_key(), kiosk))
    not_a_root = tmp_path / "root.pem"
    not_a_root.write_text("not a certificate")
    options = [*office[: office.index("--trust-roots")], "--trust-roots", str(not_a_root)]

    assert _import(file, options, fhir_base_url) == cli.EXIT_USAGE
    assert "nothing was imported" in capsys.readouterr().err
    assert _counts(fhir_base_url, record[1]) == {0}
