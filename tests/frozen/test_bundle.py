"""The Linux bundle built by scripts/build-bundle.sh: what is in it, what is not, and that the
frozen ``kiosk`` answers ``--version``, passes ``--self-test`` offscreen and queues a scripted
demo enrolment with the virtual card.

Each run gets its own home, data and config folders, so the frozen app never sees this
machine's settings, queue or keyring files. ``PCSCLITE_CSOCK_NAME`` decides which pcscd the
frozen app talks to: a socket nobody serves (no service), or the suite's private pcscd.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

pytestmark = pytest.mark.frozen

RUN_TIMEOUT_S = 120
LINE = re.compile(r"^(OK|WARN|FAIL) {1,4} (?P<name>[a-z-]+): (?P<detail>\S.*)$")
CHECKS = [
    *["settings", "qt", "translations", "roots", "pcsc", "keyring", "data-dir", "endpoint"],
    "speech",
]
#: the lines a real (not demo) stand adds: is it provisioned, is its clock right
PROVISIONING = ["stand", "credentials", "export-key", "operator-pin", "clock"]
LANGUAGES = ("nl", "fr", "en", "de")
MAX_BUNDLE_MB = 150
#: Qt libraries the kiosk never uses: none may be in the bundle.
UNWANTED_QT = (
    "Qml",
    "Quick",
    "WebEngine",
    "Pdf",
    "Svg",
    "Network",
    "Multimedia",
    "3D",
    "WaylandClient",
    "EglFS",
    "OpenGL",
    "VirtualKeyboard",
)


def run(
    bundle: Path, tmp_path: Path, *args: str, pcsc_socket: str | None = None
) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if pcsc_socket is not None:
        env["PCSCLITE_CSOCK_NAME"] = pcsc_socket
    return subprocess.run(
        [str(bundle / "kiosk"), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def checks(out: str) -> tuple[dict[str, tuple[str, str]], str]:
    *lines, summary = out.splitlines()
    found = {}
    for line in lines:
        match = LINE.match(line)
        assert match, f"not a check line: {line!r}"
        found[match["name"]] = (match[1], match["detail"])
    assert list(found) in (CHECKS, CHECKS + PROVISIONING), out
    return found, summary


# ---------------------------------------------------------------- the commands


def test_version_names_the_version_and_the_commit(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    wanted = re.escape(metadata.version("ehealth-kiosk"))
    assert re.fullmatch(rf"kiosk {wanted} \(commit [0-9a-f]{{7,}}(-dirty)?\)\n", done.stdout), (
        done.stdout
    )


def test_self_test_of_a_demo_stand_without_pcscd_passes(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, tmp_path, "--self-test", "--demo", pcsc_socket=str(tmp_path / "nobody.comm"))
    found, summary = checks(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert summary == "self-test: passed"
    assert found["settings"] == ("OK", "defaults (no settings file), demo mode")
    assert found["qt"][0] == "OK" and found["qt"][1].startswith(
        "offscreen platform, a 320x80 widget"
    )
    assert found["translations"] == ("OK", "nl, fr, en, de loaded and answering")
    assert found["roots"][0] == "OK" and found["roots"][1].startswith("5 pinned root certificates")
    assert found["pcsc"][0] == "WARN" and "PC/SC service not running" in found["pcsc"][1]
    # No D-Bus secret service here: keyring's "fail" backend, found through the bundled metadata.
    assert found["keyring"][0] in ("OK", "WARN") and "keyring.backends." in found["keyring"][1]
    data = tmp_path / "home" / "data" / "ehealth-kiosk"
    assert found["data-dir"][0] == "OK" and found["data-dir"][1].startswith(f"{data} is writable")
    assert found["endpoint"] == ("OK", "demo mode: submissions never leave the kiosk")
    assert found["speech"] == ("OK", "espeak-ng with voices for nl, fr, en, de")


def test_self_test_of_a_real_stand_without_pcscd_fails(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, tmp_path, "--self-test", pcsc_socket=str(tmp_path / "nobody.comm"))
    found, summary = checks(done.stdout)
    assert done.returncode == 1
    # A blank real stand is not provisioned either: each line names what to run.
    assert summary == "self-test: FAILED (pcsc, endpoint, stand, export-key, operator-pin)"
    assert found["pcsc"][0] == "FAIL" and found["pcsc"][1].endswith("start pcscd")
    assert found["endpoint"] == (
        "FAIL",
        "no endpoint configured: run `kiosk provision --endpoint URL`",
    )
    assert found["stand"][0] == "FAIL" and "kiosk provision" in found["stand"][1]


@pytest.mark.pcsc
def test_self_test_finds_the_reader_of_a_running_pcscd(
    bundle: Path, tmp_path: Path, pcscd: object
) -> None:
    # The session's pcscd: PCSCLITE_CSOCK_NAME is already set for this process and its children.
    # Demo mode: a blank real stand would FAIL for not being provisioned (tested above).
    done = run(bundle, tmp_path, "--self-test", "--demo")
    found, summary = checks(done.stdout)
    assert found["pcsc"][0] == "OK" and "Virtual PCD 00 00" in found["pcsc"][1], done.stdout
    assert done.returncode == 0 and summary == "self-test: passed", done.stdout


def test_scripted_demo_enrolment_queues_exactly_one_submission(
    bundle: Path, tmp_path: Path
) -> None:
    done = run(
        bundle, tmp_path, "--scripted-demo-enrolment", pcsc_socket=str(tmp_path / "nobody.comm")
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["scripted_demo_enrolment"] == "ok", report
    assert report["pending"] == 1 and report["step"] == "done"
    assert sum(report["counts"].values()) == 1
    assert done.returncode == 0
    # The demo queue is temporary and nothing personal was logged.
    assert "Peeters" not in done.stdout + done.stderr


# ---------------------------------------------------------------- the contents


def test_the_resources_are_in_the_bundle(bundle: Path) -> None:
    package = bundle / "_internal" / "kiosk"
    assert sorted(p.name for p in (package / "ui" / "translations").glob("*.qm")) == sorted(
        f"kiosk_{lang}.qm" for lang in LANGUAGES
    )
    assert len(list((package / "cardreader" / "roots").glob("*.pem"))) == 5
    for sheet in ("theme.qss", "theme-large.qss", "theme-contrast.qss"):  # kiosk.ui.look
        assert (package / "ui" / sheet).is_file()
    assert {p.suffix for p in (package / "cardreader" / "virtual" / "specimens").iterdir()} == {
        ".jpg"
    }
    record = json.loads((package / "_build_info.json").read_text())
    assert record["version"] == metadata.version("ehealth-kiosk")
    # the build's day: the self-test's lower bound for the clock (kiosk.version.build_date)
    assert dt.date.fromisoformat(record["date"]) <= dt.datetime.now(dt.UTC).date()


def test_unused_qt_modules_plugins_and_tools_are_left_out(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() or p.is_symlink()]
    names = [p.relative_to(bundle).as_posix() for p in files]
    qt_libs = [n for n in names if re.search(r"(^|/)libQt6[A-Za-z]+\.so", n)]
    assert qt_libs, "no Qt libraries at all"
    for unwanted in UNWANTED_QT:
        assert not [n for n in qt_libs if f"libQt6{unwanted}" in n], unwanted
    plugins = {n.split("/plugins/", 1)[1] for n in names if "/Qt/plugins/" in n}
    folders = {p.split("/")[0] for p in plugins}
    assert folders <= {
        "platforms",
        "imageformats",
        "platforminputcontexts",
        "generic",
        "xcbglintegrations",
    }, folders
    assert "platforms/libqoffscreen.so" in plugins and "platforms/libqxcb.so" in plugins
    assert {p for p in plugins if p.startswith("imageformats/")} == {"imageformats/libqjpeg.so"}
    assert not [n for n in names if "/Qt/translations/" in n]
    # matplotlib is the organisers' report command's optional extra, never the kiosk's; nor
    # what it installs beside it (numpy, Pillow), which optional imports would drag in.
    for unwanted in ("matplotlib", "mpl-data", "numpy", "PIL/", "pillow.libs"):
        assert not [n for n in names if unwanted in n], unwanted
    for tool in ("pytest", "_pytest", "hypothesis", "sekmet", "PyInstaller", "mypy", "tkinter"):
        assert not (bundle / "_internal" / tool).exists(), tool
    assert not [n for n in names if "libpcsclite" in n], "the PC/SC library must be the host's"
    dangling = [n for n, p in zip(names, files, strict=True) if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_bundle_is_within_its_size_target(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= MAX_BUNDLE_MB * 2**20, f"{size / 2**20:.0f} MB"
