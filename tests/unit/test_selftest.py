"""``kiosk --self-test``: each check's OK and failure paths, and the whole run's lines and exit."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk import selftest
from kiosk.cardreader.errors import CardReadError, NoPcscServiceError
from kiosk.config.settings import KioskSettings
from kiosk.main import main
from kiosk.selftest import CheckResult, Status
from kiosk.ui import selftest_checks

LINE = re.compile(r"^(OK|WARN|FAIL) {1,4} (?P<name>[a-z-]+): (?P<detail>\S.*)$")
CHECKS = [
    *["settings", "qt", "translations", "roots", "pcsc", "keyring", "data-dir", "endpoint"],
    "speech",
]
PROVISIONING = ["stand", "credentials", "export-key", "operator-pin", "clock"]


def keyring_backend(module: str, name: str = "Keyring") -> object:
    return type(name, (), {"__module__": module})()


SECURE = keyring_backend("keyring.backends.SecretService")
INSECURE = keyring_backend("keyring.backends.fail")


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


# ---------------------------------------------------------------- the line


def test_a_line_is_status_name_and_detail_on_one_line() -> None:
    result = CheckResult("pcsc", Status.WARN, "the service answers;\n  no reader")
    assert result.line() == "WARN  pcsc: the service answers; no reader"
    assert CheckResult("qt", Status.OK, "x").line() == "OK    qt: x"
    long = CheckResult("qt", Status.FAIL, "y" * 1000).line()
    assert len(long) <= len("FAIL  qt: ") + selftest.DETAIL_MAX and long.endswith("...")


# ---------------------------------------------------------------- Qt and resources


def test_the_self_test_loads_no_qt_before_its_checks_run() -> None:
    # A PySide6 that cannot be imported fails the translations line, not the whole self-test.
    code = (
        "import sys, kiosk.selftest, kiosk.ui.selftest_checks\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.gui
def test_qt_starts_offscreen_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = selftest_checks.check_qt()
    assert result.status is Status.OK, result.detail
    assert result.detail.startswith("offscreen platform, a 320x80 widget shown and grabbed")


def test_without_a_display_the_probe_runs_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    probe = python("import os; print('qt-probe ok', os.environ['QT_QPA_PLATFORM'])")
    assert selftest_checks.check_qt(command=probe) == CheckResult("qt", Status.OK, "offscreen")


def test_a_display_is_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":7")
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    probe = python("import os; print('qt-probe ok', os.environ.get('QT_QPA_PLATFORM', 'default'))")
    assert selftest_checks.check_qt(command=probe).detail == "default"


def test_a_qt_that_aborts_is_a_failure_with_qts_last_words() -> None:
    said = (
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.'
    )
    probe = python(f"import sys; sys.stderr.write('noise\\n' + {said!r} + '\\n'); sys.exit(134)")
    result = selftest_checks.check_qt(command=probe)
    assert result.status is Status.FAIL
    assert result.detail == f"Qt did not start (exit 134): {said}"


def test_a_qt_that_hangs_is_a_failure() -> None:
    probe = python("import threading; threading.Event().wait()")
    result = selftest_checks.check_qt(command=probe, timeout_s=0.5)
    assert result == CheckResult("qt", Status.FAIL, "Qt did not start within 0.5 s")


def test_a_probe_that_cannot_start_is_a_failure(tmp_path: Path) -> None:
    result = selftest_checks.check_qt(command=[str(tmp_path / "no-such-program")])
    assert result.status is Status.FAIL and "could not be started" in result.detail


def test_every_translation_loads_and_answers() -> None:
    result = selftest_checks.check_translations()
    assert result == CheckResult("translations", Status.OK, "nl, fr, en, de loaded and answering")


def test_a_missing_translation_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.ui import i18n

    real = i18n.qm_path
    monkeypatch.setattr(i18n, "qm_path", lambda lang: None if lang == "de" else real(lang))
    result = selftest_checks.check_translations()
    assert result == CheckResult("translations", Status.FAIL, "kiosk_de.qm missing")


def test_a_translation_that_does_not_translate_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.ui import i18n

    real = i18n.qm_path
    monkeypatch.setattr(i18n, "qm_path", lambda lang: real("en") if lang == "fr" else real(lang))
    result = selftest_checks.check_translations()
    assert result.status is Status.FAIL
    assert result.detail in (
        "kiosk_fr.qm does not translate the Stop button",
        "kiosk_fr.qm unreadable or empty",  # an English .qm may hold no translations at all
    )


def test_a_corrupt_translation_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kiosk.ui import i18n

    broken = tmp_path / "kiosk_nl.qm"
    broken.write_bytes(b"not a qm file")
    real = i18n.qm_path
    monkeypatch.setattr(i18n, "qm_path", lambda lang: str(broken) if lang == "nl" else real(lang))
    assert selftest_checks.check_translations() == CheckResult(
        "translations", Status.FAIL, "kiosk_nl.qm unreadable or empty"
    )


def test_the_pinned_roots_load() -> None:
    result = selftest.check_roots()
    assert result.status is Status.OK
    assert result.detail.startswith("5 pinned root certificates (Belgium Root CA2, ")


def test_roots_that_do_not_load_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.cardreader import verify

    def broken() -> None:
        raise RuntimeError("no pinned Belgian root certificates in the package: broken install")

    monkeypatch.setattr(verify, "load_trusted_roots", broken)
    result = selftest.check_roots()
    assert result.status is Status.FAIL and "broken install" in result.detail


# ---------------------------------------------------------------- PC/SC


def test_readers_listed_is_ok() -> None:
    result = selftest.check_pcsc(demo=False, list_readers=lambda: ["ACS ACR38U 00 00"])
    assert result == CheckResult("pcsc", Status.OK, "1 reader(s): ACS ACR38U 00 00")


def test_no_reader_is_a_warning() -> None:
    result = selftest.check_pcsc(demo=False, list_readers=list)
    assert result == CheckResult(
        "pcsc", Status.WARN, "the PC/SC service answers; no card reader is connected"
    )


def _no_service() -> list[str]:
    raise NoPcscServiceError("SCardEstablishContext: PC/SC service not running, 0x8010001D")


def test_no_service_fails_a_real_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    result = selftest.check_pcsc(demo=False, list_readers=_no_service)
    assert result.status is Status.FAIL
    assert (
        result.detail == "SCardEstablishContext: PC/SC service not running, 0x8010001D: start pcscd"
    )


def test_no_service_is_a_warning_in_demo_mode() -> None:
    result = selftest.check_pcsc(demo=True, list_readers=_no_service)
    assert result.status is Status.WARN and "demo mode reads specimen cards" in result.detail


def test_a_service_that_answers_wrongly_fails() -> None:
    def broken() -> list[str]:
        raise CardReadError("SCardListReaders failed: 0x80100001")

    result = selftest.check_pcsc(demo=False, list_readers=broken)
    assert result.status is Status.FAIL and "0x80100001" in result.detail


def test_a_pcsc_library_that_does_not_load_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.cardreader

    monkeypatch.setitem(sys.modules, "kiosk.cardreader.pcsc", None)  # import raises ImportError
    monkeypatch.delattr(kiosk.cardreader, "pcsc", raising=False)
    result = selftest.check_pcsc(demo=False)
    assert result.status is Status.FAIL and result.detail.startswith(
        "the PC/SC library cannot be loaded"
    )


@pytest.mark.pcsc
def test_the_real_service_lists_the_virtual_reader(pcscd: object) -> None:
    result = selftest.check_pcsc(demo=False)
    assert result.status is Status.OK, result.detail
    assert "Virtual PCD 00 00" in result.detail


# ---------------------------------------------------------------- keyring and data folder


def test_a_secure_keyring_is_ok(tmp_path: Path) -> None:
    result = selftest.check_keyring(tmp_path, backend=SECURE)
    assert result == CheckResult(
        "keyring", Status.OK, "keyring.backends.SecretService.Keyring is an accepted secure store"
    )


def test_an_insecure_keyring_means_a_passphrase(tmp_path: Path) -> None:
    result = selftest.check_keyring(tmp_path, backend=INSECURE)
    assert result.status is Status.WARN and "will need a passphrase" in result.detail


def test_a_passphrase_protected_key_is_ok_without_a_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.outbox import keys

    monkeypatch.setattr(keys, "key_protection", lambda data_dir: "passphrase")
    assert selftest.check_keyring(tmp_path, backend=INSECURE).status is Status.OK


def test_a_key_in_a_keyring_that_is_gone_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.outbox import keys

    monkeypatch.setattr(keys, "key_protection", lambda data_dir: "keyring")
    result = selftest.check_keyring(tmp_path, backend=INSECURE)
    assert result.status is Status.FAIL and "the queue cannot be opened" in result.detail


def test_an_unreadable_key_file_fails(tmp_path: Path) -> None:
    from kiosk.outbox.records import KEY_FILE_NAME

    (tmp_path / KEY_FILE_NAME).write_text("{ not json")
    result = selftest.check_keyring(tmp_path, backend=SECURE)
    assert result.status is Status.FAIL and result.detail.startswith(
        "the queue's key file cannot be read"
    )


def test_a_writable_data_folder_is_ok_and_left_clean(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    result = selftest.check_data_dir(folder)
    assert result.status is Status.OK and result.detail.startswith(f"{folder} is writable (")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert folder.stat().st_mode & 0o077 == 0


def test_a_data_folder_that_cannot_be_made_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = selftest.check_data_dir(blocker / "data")
    assert result.status is Status.FAIL and result.detail.startswith(
        f"{blocker / 'data'} is not writable"
    )


def test_a_nearly_full_disk_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest.shutil, "disk_usage", lambda path: SimpleNamespace(free=10 * 2**20)
    )
    result = selftest.check_data_dir(tmp_path)
    assert result == CheckResult(
        "data-dir", Status.WARN, f"{tmp_path} is writable but only 10 MB are free"
    )


# ---------------------------------------------------------------- endpoint


def settings(**values: object) -> SimpleNamespace:
    defaults = {"demo": False, "endpoint": None, "ca_bundle": None, "auth": "none"}
    return SimpleNamespace(**{**defaults, **values})


def test_no_endpoint_fails_a_real_stand() -> None:
    result = selftest.check_endpoint(settings())  # type: ignore[arg-type]
    assert result.status is Status.FAIL and "kiosk provision --endpoint URL" in result.detail


def test_demo_mode_never_contacts_the_endpoint() -> None:
    result = selftest.check_endpoint(settings(demo=True, endpoint="https://fhir.invalid/fhir"))  # type: ignore[arg-type]
    assert result.status is Status.OK


def test_an_unusable_endpoint_setting_fails() -> None:
    result = selftest.check_endpoint(settings(endpoint="http://fhir.example.org/fhir"))  # type: ignore[arg-type]
    assert result.status is Status.FAIL and "https://" in result.detail


def test_an_endpoint_nobody_answers_is_a_warning_with_the_reason() -> None:
    import socket

    with socket.socket() as unused:  # a port that was free a moment ago: nobody listens
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    result = selftest.check_endpoint(settings(endpoint=f"http://127.0.0.1:{port}/fhir"))  # type: ignore[arg-type]
    assert result.status is Status.WARN
    assert result.detail.startswith(
        f"http://127.0.0.1:{port}/fhir not reachable (FHIR endpoint probe failed"
    )
    assert result.detail.endswith("submissions wait in the queue")


@pytest.mark.fhir
def test_a_fhir_server_that_answers_is_ok(fhir_base_url: str) -> None:
    result = selftest.check_endpoint(settings(endpoint=fhir_base_url))  # type: ignore[arg-type]
    assert result == CheckResult(
        "endpoint", Status.OK, f"{fhir_base_url.rstrip('/')} answered with a CapabilityStatement"
    )


# ---------------------------------------------------------------- the whole run


@pytest.fixture
def stand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file with the data folder in tmp_path; no real PC/SC, an insecure keyring."""
    import keyring

    from kiosk import files
    from kiosk.cardreader import pcsc

    data = tmp_path / "data"
    # Settings that fail to load fall back to the default folder: never the real one here.
    monkeypatch.setattr(files, "default_data_dir", lambda: tmp_path / "default-data")
    config = tmp_path / "kiosk.toml"
    config.write_text(f"data_dir = {json.dumps(str(data))}\n", encoding="utf-8")
    monkeypatch.setattr(pcsc, "list_readers", _no_service)
    monkeypatch.setattr(keyring, "get_keyring", lambda: INSECURE)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return config


def lines_of(out: str) -> tuple[list[re.Match[str]], str]:
    *lines, summary = out.splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), out
    return matches, summary  # type: ignore[return-value]


@pytest.mark.gui
def test_a_demo_stand_passes_with_warnings(stand: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "--demo", "--config", str(stand)]) == 0
    matches, summary = lines_of(capsys.readouterr().out)
    assert [m["name"] for m in matches] == CHECKS
    status = {m["name"]: m[1] for m in matches}
    assert status == {
        "settings": "OK",
        "qt": "OK",
        "translations": "OK",
        "roots": "OK",
        "pcsc": "WARN",
        "keyring": "WARN",
        "data-dir": "OK",
        "endpoint": "OK",
        "speech": "OK",
    }
    assert summary == "self-test: passed"


@pytest.mark.gui
def test_a_real_stand_without_pcsc_fails(stand: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "--config", str(stand)]) == 1
    matches, summary = lines_of(capsys.readouterr().out)
    assert [m["name"] for m in matches] == CHECKS + PROVISIONING
    # Not provisioned either: no stand id, endpoint, export key or operator PIN.
    failed = ["pcsc", "endpoint", "stand", "export-key", "operator-pin"]
    assert [m["name"] for m in matches if m[1] == "FAIL"] == failed
    assert summary == f"self-test: FAILED ({', '.join(failed)})"


@pytest.mark.gui
def test_bad_settings_fail_and_every_other_check_still_runs(
    stand: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stand.write_text('languages = ["xx"]\n', encoding="utf-8")
    assert main(["--self-test", "--demo", "--config", str(stand)]) == 1
    matches, summary = lines_of(capsys.readouterr().out)
    assert [m["name"] for m in matches] == CHECKS
    assert matches[0][1] == "FAIL" and "languages" in matches[0]["detail"]
    assert summary.startswith("self-test: FAILED (settings")


def test_a_check_that_breaks_is_a_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken() -> CheckResult:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(selftest, "check_roots", broken)
    monkeypatch.setattr(selftest, "check_pcsc", lambda demo: CheckResult("pcsc", Status.OK, "x"))
    monkeypatch.setattr(selftest, "check_keyring", lambda d: CheckResult("keyring", Status.OK, "x"))
    ui_checks = [("qt", broken), ("translations", broken)]
    results = selftest.run_checks(KioskSettings(demo=True, data_dir=tmp_path), ui_checks)
    assert [r.status for r in results[:3]] == [Status.FAIL] * 3
    assert results[0].detail == "the check itself failed: ZeroDivisionError: division by zero"
    assert len(capsys.readouterr().out.splitlines()) == 8
