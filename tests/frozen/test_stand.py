"""The stand's Debian package (scripts/build-deb.sh, packaging/deb/) on this very machine.

The session's bundle is packed into a ``.deb``, installed with ``dpkg -i`` and used as a stand
would use it: the installed ``kiosk --self-test`` as the kiosk user, then the stand script's
``supervise`` mode (what starts and restarts the kiosk where no systemd runs, as on CI) starts
``cage`` headless with the kiosk inside. The kiosk's own window grab proves the welcome page is
on the screen (a screenshot of the headless output is black); killing the kiosk brings it back.
At the end everything is stopped by process id and the package purged: the kiosk user, its home
and ``/opt/ehealth-kiosk`` are gone.

Installing a package needs root (CI runs as root); the test refuses to touch a machine that
already has the package or a ``kiosk`` user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.frozen

PACKAGE = "ehealth-kiosk"
USER = "kiosk"
HOME = Path("/var/lib/ehealth-kiosk")
INSTALL = Path("/opt/ehealth-kiosk")
STAND = INSTALL / "bin" / "kiosk-stand"
STEP_TIMEOUT_S = 90  # a kiosk start under cage on a loaded 2-core machine; normally ~3 s
COMMAND_TIMEOUT_S = 300
GRABBED = re.compile(
    r"^grabbed (?P<w>\d+)x(?P<h>\d+) (?P<platform>\S+) (?P<step>\S+) (?P<file>.+)$"
)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the stand package cannot be tested: {reason}", pytrace=False)
    pytest.skip(reason)


def sh(*command: str, timeout: float = COMMAND_TIMEOUT_S) -> str:
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT
    )
    assert done.returncode == 0, f"{command} exit {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


def installed(package: str) -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return done.stdout.endswith("install ok installed")


def depends(deb: Path) -> list[str]:
    field = sh("dpkg-deb", "-f", str(deb), "Depends")
    return [name.split()[0] for name in field.split(",")]


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb of the session's bundle (uncompressed: it is installed at once)."""
    if os.geteuid() != 0:
        _unavailable("installing a .deb needs root")
    if shutil.which("dpkg-deb") is None:
        _unavailable("no dpkg-deb (not a Debian system)")
    out = tmp_path_factory.mktemp("deb")
    sh(
        "bash",
        "scripts/build-deb.sh",
        "--bundle",
        str(bundle),
        "--out",
        str(out),
        "--compress",
        "none",
    )
    (found,) = out.glob(f"{PACKAGE}_*.deb")
    return found


@pytest.fixture(scope="module")
def package(deb: Path) -> Iterator[Path]:
    """The package installed with ``dpkg -i`` (its dependencies first, with apt-get, if this
    machine lacks them); purged afterwards, and the machine checked clean."""
    if installed(PACKAGE) or _user_exists():
        pytest.fail(f"{PACKAGE} or a {USER!r} user is already on this machine: not touching it")
    missing = [name for name in depends(deb) if not installed(name)]
    if missing:
        apt = ("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q")
        sh(*apt, "--no-install-recommends", *missing, timeout=600)
    try:
        sh("dpkg", "-i", str(deb))
        yield INSTALL
    finally:
        sh("dpkg", "--purge", PACKAGE)
    assert not installed(PACKAGE)
    assert not _user_exists(), "the kiosk user outlived the purge"
    assert not INSTALL.exists() and not HOME.exists() and not Path("/usr/bin/kiosk").exists()


def _user_exists() -> bool:
    try:
        pwd.getpwnam(USER)
    except KeyError:
        return False
    return True


def as_kiosk(env: dict[str, str]) -> dict[str, Any]:
    """``subprocess`` arguments that run a command as the kiosk user, in its home."""
    user = pwd.getpwnam(USER)
    base = {
        "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": user.pw_dir,
        "USER": USER,
        "LOGNAME": USER,
        "LANG": "C.UTF-8",
    }
    return {
        "user": user.pw_uid,
        "group": user.pw_gid,
        "extra_groups": os.getgrouplist(USER, user.pw_gid),
        "cwd": user.pw_dir,
        "env": base | env,
    }


# ---------------------------------------------------------------- the package


def test_the_package_declares_the_stand(deb: Path) -> None:
    needed = set(depends(deb))
    assert {"pcscd", "libpcsclite1", "cage", "xwayland", "adduser"} <= needed
    contents = sh("dpkg-deb", "-c", str(deb))
    for path in (
        "./opt/ehealth-kiosk/kiosk",
        "./opt/ehealth-kiosk/bin/kiosk-stand",
        "./usr/bin/kiosk",
        "./lib/systemd/system/ehealth-kiosk.service",
    ):
        # Root's, and nobody else may write it.
        assert re.search(rf"^-rw.r-.r-. root/root .* {re.escape(path)}$", contents, re.M), path
    control = Path(tempfile.mkdtemp(prefix="kiosk-deb-control-"))
    try:
        sh("dpkg-deb", "-e", str(deb), str(control))
        assert (control / "conffiles").read_text().split() == [
            "/etc/pam.d/ehealth-kiosk",
            "/etc/default/ehealth-kiosk",
        ]
    finally:
        shutil.rmtree(control)
    unit = (ROOT / "packaging" / "deb" / "ehealth-kiosk.service").read_text()
    for line in (
        "User=kiosk",
        "ExecStart=/opt/ehealth-kiosk/bin/kiosk-stand run",
        "Restart=always",
        "PAMName=ehealth-kiosk",
    ):
        assert re.search(rf"^{re.escape(line)}$", unit, re.M), line


def test_every_library_the_bundle_takes_from_the_host_is_a_dependency(
    deb: Path, package: Path
) -> None:
    needed = {name.split(":")[0] for name in depends(deb)}
    internal = package / "_internal"
    host_libraries: set[str] = set()
    for library in internal.rglob("*.so*"):
        if library.is_symlink() or not library.read_bytes()[:4] == b"\x7fELF":
            continue
        done = subprocess.run(
            ["ldd", str(library)],
            capture_output=True,
            text=True,
            check=False,
            env={"LD_LIBRARY_PATH": str(internal), "PATH": os.environ["PATH"]},
        )
        assert "not found" not in done.stdout, f"{library}:\n{done.stdout}"
        for match in re.finditer(r"=> (/\S+) \(", done.stdout):
            if not match[1].startswith(str(package)):
                host_libraries.add(os.path.realpath(match[1]))
    owners: dict[str, str] = {}
    for library in sorted(host_libraries):
        done = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True, check=False)
        if done.returncode != 0:  # /usr/lib vs /lib: dpkg knows the merged-/usr path
            done = subprocess.run(
                ["dpkg", "-S", library.removeprefix("/usr")],
                capture_output=True,
                text=True,
                check=False,
            )
        assert done.returncode == 0, f"no package owns {library}"
        owners[library] = done.stdout.split(":")[0]
    missing = {lib: owner for lib, owner in owners.items() if owner not in needed}
    assert not missing, f"the bundle loads these from packages not in Depends: {missing}"


def test_the_installed_self_test_passes_for_the_kiosk_user(package: Path) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-self-test-"))
    try:
        env = {"PCSCLITE_CSOCK_NAME": str(runtime / "nobody.comm")}
        done = subprocess.run(
            ["/usr/bin/kiosk", "--self-test", "--demo"],
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
            **as_kiosk(env),
        )
    finally:
        shutil.rmtree(runtime)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test: passed"
    data = re.escape(f"{HOME}/.local/share/ehealth-kiosk")
    assert re.search(rf"^OK +data-dir: {data} is writable", done.stdout, re.M), done.stdout


# ---------------------------------------------------------------- the stand under cage


class Lines:
    """What a process prints, line by line, to wait on (a reader thread; no polling)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        stream = process.stdout
        assert stream is not None
        self._stream = stream

        def read() -> None:
            for line in stream:
                self._queue.put(line.rstrip("\n"))
            self._queue.put(None)

        self._reader = threading.Thread(target=read, daemon=True)
        self._reader.start()

    def close(self) -> None:
        """After the process (and whoever shares its output) ended: the rest stays readable."""
        self._reader.join(timeout=STEP_TIMEOUT_S)
        self._stream.close()

    def expect(self, pattern: str, what: str) -> re.Match[str]:
        wanted = re.compile(pattern)
        while True:
            try:
                line = self._queue.get(timeout=STEP_TIMEOUT_S)
            except queue.Empty:
                pytest.fail(f"no {what} in {STEP_TIMEOUT_S} s; output:\n" + "\n".join(self.seen))
            if line is None:
                pytest.fail(
                    f"the stand script ended before {what}; output:\n" + "\n".join(self.seen)
                )
            self.seen.append(line)
            found = wanted.search(line)
            if found:
                return found


def kiosk_pid(runtime: Path) -> int:
    """The running kiosk's process id, from its single-instance lock (QLockFile: pid first)."""
    (lock,) = runtime.glob("ehealth-kiosk-*.lock")
    pid = int(lock.read_text().split()[0])
    assert os.readlink(f"/proc/{pid}/exe") == str(INSTALL / "kiosk")
    return pid


def check_welcome_grab(found: re.Match[str], copy: Path) -> None:
    from PySide6.QtGui import QImage

    assert found["platform"] == "xcb", found[0]  # through cage's XWayland, not offscreen
    assert found["step"] == "welcome", found[0]
    image = QImage(found["file"])
    assert not image.isNull(), found[0]
    assert (image.width(), image.height()) == (int(found["w"]), int(found["h"]))
    # The full-screen kiosk on cage's headless output (1280x720), not a blank window.
    assert (image.width(), image.height()) == (1280, 720)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    assert len(colours) > 20, f"{len(colours)} colours: a blank window"
    shutil.copyfile(found["file"], copy)


def user_processes(uid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
            except FileNotFoundError:
                continue
    return found


def test_the_stand_shows_the_welcome_page_under_cage_and_comes_back_after_a_kill(
    package: Path, tmp_path: Path
) -> None:
    user = pwd.getpwnam(USER)
    # The kiosk user's own runtime folder (0700), as a login session would make it.
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-stand-runtime-"))
    os.chown(runtime, user.pw_uid, user.pw_gid)
    grab = runtime / "welcome.png"
    env = {
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "KIOSK_RESTART_SEC": "1",
    }
    stand = subprocess.Popen(
        [
            str(STAND),
            "supervise",
            "--",
            "--report-first-paint",
            "--grab-window",
            str(grab),
            "--demo",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        **as_kiosk(env),
    )
    lines = Lines(stand)
    try:
        lines.expect(r"^kiosk-stand: start 1$", "the first start")
        lines.expect(r"^painted ", "the first paint")
        check_welcome_grab(lines.expect(GRABBED.pattern, "the first grab"), tmp_path / "first.png")
        first = kiosk_pid(runtime)
        grab.unlink()

        os.kill(first, signal.SIGKILL)  # a crash
        lines.expect(
            r"^kiosk-stand: the kiosk ended \(cage exit \d+\); starting it again", "the end"
        )
        lines.expect(r"^kiosk-stand: start 2$", "the second start")
        lines.expect(r"^painted ", "the second paint")
        check_welcome_grab(lines.expect(GRABBED.pattern, "the second grab"), tmp_path / "again.png")
        assert kiosk_pid(runtime) != first
    finally:
        if stand.poll() is None:
            stand.send_signal(signal.SIGTERM)  # the supervisor stops the kiosk, so cage
        stand.wait(timeout=STEP_TIMEOUT_S)
        leftovers = user_processes(user.pw_uid)
        for pid in leftovers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        lines.close()
        shutil.rmtree(runtime, ignore_errors=True)
    assert lines.expect(r"^kiosk-stand: stopped$", "the supervisor's stop")
    assert stand.returncode == 0
    assert leftovers == [], "processes of the kiosk user outlived the stand script"
