"""The volunteer reads the network's acknowledgements from a USB stick
(:meth:`~kiosk.operator.queue_actions.QueueActions.read_acknowledgements`) on real services: the
submissions a genuine acknowledgement names are delivered, a file for another kiosk of the stand
is passed over, a forged one changes nothing, and each read is audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.fhir.signature import RegisteredKeys
from kiosk.network.identity import KioskIdentity
from kiosk.operator.queue_actions import ExportNotConfiguredError, QueueActions
from kiosk.outbox.ack import Acknowledgement, sign_acknowledgement
from kiosk.outbox.export import open_records
from kiosk.services import KioskSettings, Services
from tests.unit.test_operator_services import (
    PASSPHRASE,
    _audit_lines,
    _enrolment,
    network_key,
    real,
)

__all__ = ["network_key", "real"]  # fixtures used here


def _states(services: Services) -> dict[str, str]:
    assert services.outbox is not None
    return {r.submission_id: r.state.value for r in services.outbox.records()}


def test_a_genuine_acknowledgement_on_the_stick_delivers_what_it_names(
    tmp_path: Path, real: Services, network_key: tuple[rsa.RSAPrivateKey, Path]
) -> None:
    actions = QueueActions(real)
    actions.unlock_queue(PASSPHRASE)
    first, second = _enrolment(), _enrolment()
    real.submit(first)
    real.submit(second)
    stick = tmp_path / "stick"
    stick.mkdir()
    export = actions.export_queue(stick).path
    assert export is not None and real.identity is not None
    opened = open_records(
        export.read_bytes(), network_key[0], RegisteredKeys.from_jwks(real.identity.jwks())
    )
    ids = tuple(sid for sid, _, _ in opened.records)
    assert set(ids) == {first.submission_id, second.submission_id}

    def ack(kid: str, names: tuple[str, ...]) -> Acknowledgement:
        return Acknowledgement(kid, "kiosk-2", "00" * 32, 0.0, names)

    network = network_key[0]
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = KioskIdentity.generate().kid
    (stick / "a-genuine.ack").write_bytes(sign_acknowledgement(ack(opened.kid, ids[:1]), network))
    (stick / "b-forged.ack").write_bytes(sign_acknowledgement(ack(opened.kid, ids[1:]), forger))
    (stick / "c-other-kiosk.ack").write_bytes(sign_acknowledgement(ack(other, ids[1:]), network))

    result = actions.read_acknowledgements(stick)

    assert (result.files, result.delivered, result.already_applied) == (3, 1, 0)
    assert result.other_kiosk == 1 and result.refused == ("ack_wrong_key",)
    assert _states(real) == {ids[0]: "delivered", ids[1]: "pending"}
    line = _audit_lines(real)[-1]
    assert line["action"] == "operator.acknowledge" and line["outcome"] == "refused"
    assert "ack_wrong_key" in str(line["detail"])

    (stick / "b-forged.ack").unlink()
    again = actions.read_acknowledgements(stick)  # read twice: harmless
    assert (again.delivered, again.already_applied, again.refused) == (0, 1, ())
    assert _states(real) == {ids[0]: "delivered", ids[1]: "pending"}
    assert _audit_lines(real)[-1]["outcome"] == "nothing"


def test_reading_acknowledgements_without_a_network_key_says_which_setting_is_missing(
    tmp_path: Path, no_secure_keyring: None
) -> None:
    services = Services(KioskSettings(demo=True, data_dir=tmp_path))
    try:
        services.open_queue()
        with pytest.raises(ExportNotConfiguredError, match="export_public_key"):
            QueueActions(services).read_acknowledgements(tmp_path)
    finally:
        services.close()
