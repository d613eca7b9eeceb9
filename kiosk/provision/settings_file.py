"""Write the settings ``kiosk provision`` was given into the stand's TOML file, and nothing else.

The file is edited, not regenerated: every key it does not touch, every comment on a line of
its own and the ``[portal_urls]`` table stay as they were. A key already in the file has its
statement (one line, or the lines of a multi-line list) replaced where it stands, keeping a
comment at the end of a one-line statement; a new key goes before the first ``[table]`` header
(or at the end). The result is checked exactly as the kiosk will load it
(:func:`kiosk.config.loader.load_config`) before it replaces the file atomically: a refused
value leaves the old file untouched.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.config import kinds
from kiosk.config.loader import key_lines, load_config
from kiosk.config.settings import KioskSettings
from kiosk.files import write_file_atomically

__all__ = ["HEADER", "edit_text", "write_settings"]

HEADER = (
    "# The stand's kiosk settings (docs/configuration.md lists every key).\n"
    "# Written by `kiosk provision`, which changes only the keys it is given.\n"
)
_TABLE = re.compile(r"^\s*\[")


def _statement_end(lines: list[str], start: int, key: str) -> int:
    """The index after the last line of the statement that sets ``key`` at ``lines[start]``."""
    for end in range(start + 1, len(lines) + 1):
        try:
            parsed = tomllib.loads("\n".join(lines[start:end]))
        except tomllib.TOMLDecodeError:
            continue
        if key in parsed:
            return end
    return start + 1


def _trailing_comment(line: str, key: str) -> str:
    """The ``# comment`` ending a one-line statement, or ""."""
    for match in re.finditer("#", line):
        head = line[: match.start()]
        try:
            if key in tomllib.loads(head):
                return "  " + line[match.start() :].strip()
        except tomllib.TOMLDecodeError:
            continue
    return ""


def edit_text(text: str, values: Mapping[str, Any]) -> str:
    """``text`` (a settings file) with each ``values`` key (TOML key -> TOML value) set."""
    lines = text.splitlines()
    first_table = next((i for i, line in enumerate(lines) if _TABLE.match(line)), len(lines))
    where = key_lines(text)
    added: list[str] = []
    replaced: dict[int, tuple[int, str]] = {}
    for key, value in values.items():
        statement = f"{key} = {kinds.render(value)}"
        line = where.get(key)
        if line is not None and line - 1 < first_table:
            start = line - 1
            end = _statement_end(lines, start, key)
            comment = _trailing_comment(lines[start], key) if end == start + 1 else ""
            replaced[start] = (end, statement + comment)
        else:
            added.append(statement)
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i == first_table and added:
            out.extend([*added, ""])
            added = []
        if i in replaced:
            end, statement = replaced[i]
            out.append(statement)
            i = end
            continue
        out.append(lines[i])
        i += 1
    if added:
        if out and out[-1].strip():
            out.append("")
        out.extend(added)
    return "\n".join(out) + "\n"


def write_settings(path: Path, values: Mapping[str, Any]) -> KioskSettings:
    """Set ``values`` (TOML key -> TOML value) in the settings file ``path`` (made if missing),
    after checking the result loads; returns the settings it gives. Raises ConfigError (the
    file is then unchanged) or OSError."""
    path = Path(path)
    old = path.read_text(encoding="utf-8-sig") if path.exists() else HEADER
    new = edit_text(old, values) if values else old
    path.parent.mkdir(parents=True, exist_ok=True)
    probe = path.with_name(f".{path.name}.provision-check")
    try:
        probe.write_text(new, encoding="utf-8")
        # Loaded from the file's own folder: relative paths resolve as they will for the kiosk.
        settings = load_config(probe, data_dir_overrides=False).settings
    finally:
        probe.unlink(missing_ok=True)
    if new != old or not path.exists():
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        write_file_atomically(path, new.encode("utf-8"), mode=mode)
        if os.name == "posix":
            os.chmod(path, mode)  # the umask may have narrowed the new file's mode
    return settings
