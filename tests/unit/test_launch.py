"""The ``kiosk`` command's first steps (:mod:`kiosk.launch`): settings and log before Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from kiosk.main import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "qt": any(m.startswith("PySide6") for m in sys.modules)}))
"""


def test_a_bad_settings_file_is_refused_before_qt_is_loaded(tmp_path: Path) -> None:
    bad = tmp_path / "kiosk.toml"
    bad.write_text('inactivity_s = "abc"\n', encoding="utf-8")
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--config", str(bad), "--windowed"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"status": 2, "qt": False}
    assert done.stderr.startswith("kiosk: the settings are not valid: ")
    # The refusal is in the log file too, opened before any window.
    logs = list((tmp_path / "data").rglob("kiosk.log"))
    assert len(logs) == 1 and "the settings are not valid" in logs[0].read_text(encoding="utf-8")
