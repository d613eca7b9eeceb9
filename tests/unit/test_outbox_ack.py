"""Acknowledgement files (:mod:`kiosk.outbox.ack`) and the store's side of them
(:meth:`~kiosk.outbox.store.Outbox.deliver_acknowledged`), without a FHIR server: which records
an acknowledgement may change, and the files it must refuse (the end-to-end path and the
tampering cases against the real server are in ``tests/integration/test_acknowledged_export.py``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.outbox.ack import (
    Acknowledgement,
    apply_acknowledgement,
    kiosk_id_of,
    read_acknowledgement,
    sign_acknowledgement,
)
from kiosk.outbox.keys import DataKey
from kiosk.outbox.records import AckAlreadyAppliedError, AcknowledgementError
from kiosk.outbox.store import Outbox
from tests.unit.test_outbox_store import files_containing, raw_payload

KID = "kiosk-key-thumbprint"


@pytest.fixture(scope="module")
def network() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def public_pem(network: rsa.RSAPrivateKey) -> bytes:
    return network.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.fixture
def box(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Outbox.open(tmp_path / "outbox.sqlite3", DataKey.generate()) as outbox:
        yield outbox


def _ack(*ids: str, kid: str = KID) -> Acknowledgement:
    return Acknowledgement(kid, "kiosk-07", "ab" * 32, 1.0, ids)


def _states(box: Outbox) -> dict[str, str]:
    return {r.submission_id: r.state.value for r in box.records()}


def test_only_exported_waiting_records_change_and_their_payloads_are_wiped_at_once(
    box: Outbox,
) -> None:
    for sid in ("pending", "sending", "rejected", "delivered", "discarded", "later"):
        box.enqueue(sid, os.urandom(3000))
    box.mark_exported(["pending", "sending", "rejected", "delivered", "discarded"])
    box.claim_next()  # pending -> sending, then back (retry far in the future)
    box.mark_retry("pending", not_before=10**12, error="offline")
    for sid, action in (("sending", None), ("rejected", "reject"), ("delivered", "deliver")):
        record = box.claim_next()
        assert record is not None and record.submission_id == sid
        if action == "reject":
            box.mark_rejected(sid, reason="HTTP 422")
        elif action == "deliver":
            box.mark_delivered(sid, server_ids=["Consent/1"])
    record = box.claim_next()
    assert record is not None and record.submission_id == "discarded"
    box.mark_rejected("discarded", reason="HTTP 422")
    box.discard_rejected("discarded")
    sealed = {sid: raw_payload(box.path, sid) for sid in ("pending", "sending")}
    pieces = [blob[-64:] for blob in sealed.values() if blob]
    assert files_containing(box.path.parent, pieces)

    names = ("pending", "sending", "rejected", "delivered", "discarded", "pending")
    applied = apply_acknowledgement(box, _ack(*names))

    assert applied.delivered == ("pending", "sending")
    assert applied.already == ("delivered", "discarded")
    assert applied.left == ("rejected",)
    assert _states(box) == {
        "pending": "delivered",
        "sending": "delivered",
        "rejected": "rejected",
        "delivered": "delivered",
        "discarded": "discarded",
        "later": "pending",
    }
    assert files_containing(box.path.parent, pieces) == []  # no checkpoint needed


def test_one_id_never_exported_and_nothing_changes(box: Outbox) -> None:
    box.enqueue("exported", b"bundle one")
    box.enqueue("not-exported", b"bundle two")
    box.mark_exported(["exported"])
    for names in (("exported", "not-exported"), ("exported", "unknown-id")):
        with pytest.raises(AcknowledgementError) as caught:
            apply_acknowledgement(box, _ack(*names))
        assert caught.value.code == "ack_not_exported"
        assert _states(box) == {"exported": "pending", "not-exported": "pending"}


def test_applying_twice_is_a_no_op_that_says_so(box: Outbox) -> None:
    box.enqueue("a", b"bundle")
    box.mark_exported(["a"])
    apply_acknowledgement(box, _ack("a"))
    before = box.records()
    with pytest.raises(AckAlreadyAppliedError) as caught:
        apply_acknowledgement(box, _ack("a"))
    assert caught.value.code == "ack_already_applied"
    assert box.records() == before  # not even the delivery time moved


def test_a_genuine_file_reads_back(tmp_path: Path, network: rsa.RSAPrivateKey, public_pem: bytes):
    path = tmp_path / "x.ack"
    path.write_bytes(sign_acknowledgement(_ack("a", "b"), network))
    assert read_acknowledgement(path, public_pem, KID) == _ack("a", "b")


def _jws(header: dict[str, object], payload: bytes, sign: bytes) -> bytes:
    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = b64(json.dumps(header).encode()) + "." + b64(payload)
    return (head + "." + b64(hmac.new(sign, head.encode(), hashlib.sha256).digest())).encode()


def test_an_hmac_keyed_with_the_public_key_is_refused(
    tmp_path: Path, network: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    """The JOSE algorithm-confusion attack: the network's key is public, so a file 'signed'
    with HS256 keyed by the PEM would verify in a library that takes the header's word."""
    kid = hashlib.sha256(
        network.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).hexdigest()
    header = {"alg": "HS256", "typ": "kiosk-export-ack", "kid": kid}
    path = tmp_path / "hs256.ack"
    path.write_bytes(_jws(header, _ack("a").to_payload(), public_pem))
    with pytest.raises(AcknowledgementError) as caught:
        read_acknowledgement(path, public_pem, KID)
    assert caught.value.code == "ack_not_genuine"


def test_another_signed_document_or_a_newer_format_is_not_taken_for_an_ack(
    tmp_path: Path, network: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    from joserfc import jws
    from joserfc.jwk import RSAKey

    from kiosk.outbox.ack import key_fingerprint

    kid = key_fingerprint(network.public_key())
    cases = {
        "not_an_ack": ({"alg": "PS256", "typ": "JWT", "kid": kid}, _ack("a").to_payload()),
        "ack_too_new": (
            {"alg": "PS256", "typ": "kiosk-export-ack", "kid": kid},
            _ack("a").to_payload().replace(b'"v":1', b'"v":2'),
        ),
    }
    for code, (header, payload) in cases.items():
        token = jws.serialize_compact(
            header, payload, RSAKey.import_key(network), algorithms=["PS256"]
        )
        path = tmp_path / f"{code}.ack"
        path.write_text(token)
        with pytest.raises(AcknowledgementError) as caught:
            read_acknowledgement(path, public_pem, KID)
        assert caught.value.code == code


def test_the_kiosk_id_is_named_only_when_every_bundle_names_the_same() -> None:
    def bundle(kiosk: str) -> bytes:
        device = {"resourceType": "Device", "identifier": [{"system": "s", "value": kiosk}]}
        return json.dumps({"entry": [{"resource": device}]}).encode()

    assert kiosk_id_of([bundle("k1"), bundle("k1")]) == "k1"
    assert kiosk_id_of([bundle("k1"), bundle("k2")]) is None
    assert kiosk_id_of([b"not json"]) is None
