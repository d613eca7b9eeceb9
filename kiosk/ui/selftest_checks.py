"""The self-test's checks of the UI: Qt starts on this machine, and the translations load.

``kiosk --self-test`` (:mod:`kiosk.main`) runs these with the machine's checks of
:mod:`kiosk.selftest`, which knows nothing of Qt: nothing outside ``kiosk/ui/`` imports it.

Qt is tried in a child process (``kiosk --self-test --qt-probe``, which runs :func:`qt_probe`):
a platform plugin that cannot load aborts the process, and the self-test must still print every
other line and say why. For the same reason this module imports no Qt when it loads: a PySide6
that cannot be imported fails the "translations" line, not the whole self-test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence

from kiosk.selftest import Check, CheckResult, Status

__all__ = ["UI_CHECKS", "check_qt", "check_translations", "qt_probe", "qt_probe_command"]

QT_PROBE_TIMEOUT_S = 60.0  # a cold start on a slow laptop; a normal one is well under a second


def qt_probe_command() -> list[str]:
    """How to start this same program as the Qt probe (frozen or from source)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--self-test", "--qt-probe"]
    return [sys.executable, "-m", "kiosk.main", "--self-test", "--qt-probe"]


def _has_display() -> bool:
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_qt(
    *, command: Sequence[str] | None = None, timeout_s: float = QT_PROBE_TIMEOUT_S
) -> CheckResult:
    """Qt starts, themes a widget, shows and grabs it: in a child, on the platform the kiosk
    would use here (``QT_QPA_PLATFORM`` if set, else offscreen when there is no display)."""
    env = dict(os.environ)
    if not env.get("QT_QPA_PLATFORM") and not _has_display():
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        done = subprocess.run(
            list(command or qt_probe_command()),
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CheckResult("qt", Status.FAIL, f"Qt did not start within {timeout_s:g} s")
    except OSError as exc:
        why = exc.strerror or exc
        return CheckResult("qt", Status.FAIL, f"the Qt probe could not be started ({why})")
    answer = done.stdout.strip().splitlines()
    if done.returncode == 0 and answer and answer[-1].startswith("qt-probe ok "):
        return CheckResult("qt", Status.OK, answer[-1].removeprefix("qt-probe ok "))
    # Qt's own last words say which plugin or library is missing (QT_DEBUG_PLUGINS=1 for more).
    said = [line for line in done.stderr.splitlines() if line.strip()]
    why = said[-1] if said else (answer[-1] if answer else "no output")
    return CheckResult("qt", Status.FAIL, f"Qt did not start (exit {done.returncode}): {why}")


def qt_probe() -> int:
    """Start Qt on the configured platform, theme, show and grab a widget; print what worked.

    Run in a child process by :func:`check_qt`: if a platform plugin cannot load, Qt aborts
    this process and the parent reports Qt's last words.
    """
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication, QLabel

    from kiosk.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    label = QLabel("kiosk self-test")
    label.resize(320, 80)
    label.show()
    app.processEvents()
    image = label.grab().toImage()
    label.close()
    if image.isNull() or image.width() < 320 or image.height() < 80:
        print(f"qt-probe failed: the grabbed image is {image.width()}x{image.height()}")
        return 1
    print(
        f"qt-probe ok {app.platformName()} platform, a {image.width()}x{image.height()} widget "
        f"shown and grabbed (Qt {pyside_version})",
        flush=True,
    )
    return 0


def check_translations() -> CheckResult:
    """Every language's compiled translation loads and translates a known message."""
    from PySide6.QtCore import QTranslator

    from kiosk.flow.config import LANGUAGES
    from kiosk.ui.i18n import qm_path

    problems: list[str] = []
    loaded: list[str] = []
    for language in LANGUAGES:
        path = qm_path(language)
        if path is None:
            problems.append(f"kiosk_{language}.qm missing")
            continue
        translator = QTranslator()
        if not translator.load(path) or translator.isEmpty():
            problems.append(f"kiosk_{language}.qm unreadable or empty")
            continue
        # The main window's Stop button is on every page of every visit.
        answer = translator.translate("MainWindow", "Stop")
        if language != "en" and (not answer or answer == "Stop"):
            problems.append(f"kiosk_{language}.qm does not translate the Stop button")
            continue
        loaded.append(language)
    if problems:
        return CheckResult("translations", Status.FAIL, "; ".join(problems))
    return CheckResult("translations", Status.OK, f"{', '.join(loaded)} loaded and answering")


#: In the order they are printed, before the machine's checks.
UI_CHECKS: tuple[Check, ...] = (("qt", check_qt), ("translations", check_translations))
