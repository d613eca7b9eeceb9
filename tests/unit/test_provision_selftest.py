"""The self-test of a production kiosk: each thing a provisioned kiosk must have FAILs with what
to do when it is missing (stand and kiosk ids, endpoint, credentials, export key, operator PIN)
and so does a clock before the build date or off the endpoint's ``Date`` header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk import selftest
from kiosk.config.settings import KioskSettings
from kiosk.network.identity import load_or_create_identity
from kiosk.operator.pin import MIN_SCRYPT_N, PIN_FILE_NAME, PinStore
from kiosk.outbox.keys import MIN_SCRYPT_N as KEY_SCRYPT_N
from kiosk.outbox.keys import load_or_create_key
from kiosk.provision import readiness
from kiosk.provision.readiness import ServerClock, check_clock, provisioning_gaps
from kiosk.provision.steps import set_pin
from kiosk.selftest import Status
from kiosk.version import SOURCE_DATE, build_date

PASSPHRASE = "correct horse battery"
PIN = "402719"
ENDPOINT = "https://fhir.example.org/fhir"


@pytest.fixture
def export_key(tmp_path: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "export.pem"
    path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return path


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder with a passphrase-protected queue key, its passphrase in the environment."""
    folder = tmp_path / "data"
    load_or_create_key(
        folder, passphrase=PASSPHRASE, keyring_backend=object(), scrypt_n=KEY_SCRYPT_N
    )
    monkeypatch.setenv("KIOSK_QUEUE_PASSPHRASE", PASSPHRASE)
    return folder


def provisioned(data: Path, export_key: Path, **values: object) -> KioskSettings:
    base: dict[str, object] = {
        "stand_id": "ixelles",
        "kiosk_id": "k1",
        "endpoint": ENDPOINT,
        "auth": "smart",
        "token_url": "https://fhir.example.org/token",
        "client_id": "kiosk-ixelles-1",
        "export_public_key": export_key,
        "data_dir": data,
    }
    base.update(values)
    return KioskSettings(**base)  # type: ignore[arg-type]


def _key(data: Path) -> object:
    from kiosk.outbox.keys import load_key

    return load_key(data, passphrase=PASSPHRASE)


# ---------------------------------------------------------------- each line


def test_the_ids_must_be_set() -> None:
    result = readiness.check_stand(KioskSettings(kiosk_id="k1"))
    assert result.status is Status.FAIL
    assert result.detail.startswith("stand_id not set: run `kiosk provision`")
    assert "--stand-id ID" in result.detail
    both = readiness.check_stand(KioskSettings())
    assert "stand_id and kiosk_id not set" in both.detail
    good = readiness.check_stand(KioskSettings(stand_id="ixelles", kiosk_id="k1"))
    assert good.status is Status.OK


def test_no_endpoint_fails_a_production_kiosk() -> None:
    result = selftest.check_endpoint(KioskSettings())
    assert result.status is Status.FAIL
    assert result.detail == "no endpoint configured: run `kiosk provision --endpoint URL`"


def test_no_export_key_fails(export_key: Path) -> None:
    result = readiness.check_export_key(KioskSettings())
    assert result.status is Status.FAIL and "kiosk provision --export-key FILE" in result.detail
    ok = readiness.check_export_key(KioskSettings(export_public_key=export_key))
    assert ok.status is Status.OK and str(export_key) in ok.detail


def test_no_operator_pin_fails(data: Path, export_key: Path) -> None:
    settings = provisioned(data, export_key)
    result = readiness.check_operator_pin(settings)
    assert result.status is Status.FAIL
    assert (
        "no operator PIN is set" in result.detail and "kiosk provision --set-pin" in result.detail
    )


def test_a_sealed_pin_passes_and_an_altered_one_fails(data: Path, export_key: Path) -> None:
    settings = provisioned(data, export_key)
    set_pin(data, _key(data), PIN)  # type: ignore[arg-type]
    assert readiness.check_operator_pin(settings).status is Status.OK
    # Replaced by someone without the queue key: an unsealed record of their own.
    (data / PIN_FILE_NAME).unlink()
    PinStore.in_folder(data, scrypt_n=MIN_SCRYPT_N).set_first("918273")
    result = readiness.check_operator_pin(settings)
    assert result.status is Status.FAIL and result.detail.startswith("reset_needed")


def test_a_pin_whose_seal_cannot_be_checked_is_a_warning(
    data: Path, export_key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_pin(data, _key(data), PIN)  # type: ignore[arg-type]
    monkeypatch.delenv("KIOSK_QUEUE_PASSPHRASE")
    result = readiness.check_operator_pin(provisioned(data, export_key))
    assert result.status is Status.WARN and "KIOSK_QUEUE_PASSPHRASE" in result.detail


def test_smart_without_a_network_key_fails_and_with_one_passes(
    data: Path, export_key: Path
) -> None:
    settings = provisioned(data, export_key)
    result = readiness.check_credentials(settings)
    assert result.status is Status.FAIL and "no network key" in result.detail
    identity = load_or_create_identity(data, _key(data))  # type: ignore[arg-type]
    ok = readiness.check_credentials(settings)
    assert ok.status is Status.OK and identity.kid in ok.detail


def test_mtls_with_a_certificate_for_another_key_fails(
    data: Path, export_key: Path, tmp_path: Path
) -> None:
    from tests.unit.test_provision import _self_signed

    cert = tmp_path / "cert.pem"
    cert.write_bytes(_self_signed())
    load_or_create_identity(data, _key(data))  # type: ignore[arg-type]
    settings = provisioned(
        data, export_key, auth="mtls", token_url=None, client_id=None, client_cert=str(cert)
    )
    result = readiness.check_credentials(settings)
    assert result.status is Status.FAIL and result.detail.startswith("client-cert-mismatch")


def test_a_bearer_kiosk_without_a_stored_token_fails(
    data: Path, export_key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from tests.helpers.keyrings import MEMORY, MemoryKeyring

    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr("kiosk.network.bearer.SECURE_KEYRING_BACKENDS", MEMORY)
    settings = provisioned(
        data, export_key, auth="bearer-from-keyring", token_url=None, client_id=None
    )
    result = readiness.check_credentials(settings)
    assert result.status is Status.FAIL and "KIOSK_BEARER_TOKEN" in result.detail


def test_auth_none_is_a_warning() -> None:
    assert readiness.check_credentials(KioskSettings()).status is Status.WARN


# ---------------------------------------------------------------- the clock


def test_a_clock_before_the_build_date_fails() -> None:
    built = dt.datetime.combine(build_date(), dt.time(), dt.UTC).timestamp()
    result = check_clock(clock=lambda: built - 86400)
    assert result.status is Status.FAIL
    assert "before this kiosk was built" in result.detail and "timedatectl" in result.detail
    assert check_clock(clock=lambda: built + 60).status is Status.OK


def test_the_build_date_is_not_in_the_future() -> None:
    assert SOURCE_DATE <= build_date() <= dt.datetime.now(dt.UTC).date()


def _dated(seconds_ago: float) -> SimpleNamespace:
    from email.utils import format_datetime

    when = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)
    return SimpleNamespace(headers={"Date": format_datetime(when, usegmt=True)})


@pytest.mark.parametrize(
    ("server_behind_s", "status"),
    [(0, Status.OK), (290, Status.OK), (400, Status.FAIL), (-400, Status.FAIL)],
)
def test_a_clock_more_than_five_minutes_off_the_endpoints_fails(
    server_behind_s: float, status: Status
) -> None:
    server = ServerClock()
    server.hook(_dated(server_behind_s))
    result = check_clock(server)
    assert result.status is status, result.detail
    if status is Status.FAIL:
        way = "ahead of" if server_behind_s > 0 else "behind"
        assert f"min {way} the endpoint's" in result.detail


def test_no_date_header_is_not_compared() -> None:
    server = ServerClock()
    server.hook(SimpleNamespace(headers={}))
    server.hook(SimpleNamespace(headers={"Date": "not a date"}))
    assert server.offset is None
    assert "not compared" in check_clock(server).detail


@pytest.mark.fhir
def test_the_real_endpoints_date_header_reaches_the_clock_check(fhir_base_url: str) -> None:
    server = ServerClock()
    settings = KioskSettings(endpoint=fhir_base_url, stand_id="ixelles", kiosk_id="k1")
    assert selftest.check_endpoint(settings, server_clock=server).status is Status.OK
    assert server.offset is not None and abs(server.offset) < 60
    assert check_clock(server).status is Status.OK
    skewed = ServerClock(clock=lambda: dt.datetime.now(dt.UTC).timestamp() + 600)
    selftest.check_endpoint(settings, server_clock=skewed)
    result = check_clock(skewed)
    assert result.status is Status.FAIL and "10 min ahead of the endpoint's" in result.detail


# ---------------------------------------------------------------- the whole run


def test_a_production_run_includes_the_provisioning_lines_and_a_demo_run_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ok = selftest.CheckResult("x", Status.OK, "x")
    monkeypatch.setattr(selftest, "check_roots", lambda: ok)
    monkeypatch.setattr(selftest, "check_pcsc", lambda demo: ok)
    monkeypatch.setattr(selftest, "check_keyring", lambda d: ok)
    blank = KioskSettings(data_dir=tmp_path / "data")
    results = {r.name: r for r in selftest.run_checks(blank)}
    failed = sorted(name for name, r in results.items() if r.status is Status.FAIL)
    assert failed == ["endpoint", "export-key", "operator-pin", "stand"]
    assert results["credentials"].status is Status.WARN  # auth = none
    assert results["clock"].status is Status.OK
    for name in failed:
        assert "kiosk provision" in results[name].detail
    demo = selftest.run_checks(KioskSettings(demo=True, data_dir=tmp_path / "data"))
    assert {r.name for r in demo}.isdisjoint({"stand", "credentials", "operator-pin", "clock"})


def test_the_gate_and_the_self_test_agree_on_a_provisioned_kiosk(
    data: Path, export_key: Path
) -> None:
    settings = provisioned(data, export_key)
    assert provisioning_gaps(settings) == ("operator_pin",)
    set_pin(data, _key(data), PIN)  # type: ignore[arg-type]
    assert provisioning_gaps(settings) == ()
    assert provisioning_gaps(KioskSettings(demo=True)) == ()
