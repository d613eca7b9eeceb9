"""Generate ``docs/configuration.md`` from the settings' declarations, so the documentation
cannot drift from the code (a test compares the committed file with :func:`render_markdown`).

Regenerate with ``python -m kiosk.config.docs docs/configuration.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import kinds
from .schema import SETTINGS

__all__ = ["render_markdown"]

_INTRO = """\
# Stand configuration

<!-- Generated from kiosk/config/settings.py by `python -m kiosk.config.docs docs/configuration.md`;
     edit the declarations there, not this file. -->

The kiosk reads one [TOML](https://toml.io) file, `kiosk.toml`, from the platform's config
folder (Linux: `~/.config/ehealth-kiosk/kiosk.toml`; Windows:
`%LOCALAPPDATA%\\ehealth-kiosk\\kiosk.toml`), or the file named by `kiosk --config FILE` or the
`KIOSK_CONFIG` environment variable. Without a file every setting has its default.
A commented example: `kiosk/config/example.toml`.

- `kiosk config check FILE` validates a file: `OK: FILE` (exit code 0) or the problem with its
  line and key (exit code 2). A kiosk with a bad file refuses to start (exit code 2).
- `kiosk config show [--config FILE] [--json]` prints every effective value and where it came
  from: `default`, `FILE:LINE`, `operator` (chosen in the volunteer panel and kept in the data
  folder: only the default language and demo mode) or `command line` (`--demo`, `--language`).
  Later sources win in that order.

Rules of the file: text in double quotes (Windows paths in single quotes: `'C:\\Kiosk\\data'`);
numbers and `true`/`false` without quotes; unknown keys are errors; relative file paths are
relative to the file's folder; save as UTF-8. The `[portal_urls]` table comes last: every line
after a `[section]` header belongs to that section.

| Key | Kind | Default | Description |
|---|---|---|---|
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown() -> str:
    rows = []
    for spec in SETTINGS:
        default = kinds.render(spec.default_toml())
        if spec.is_table:
            default = "<br>".join(
                f"{k} = {kinds.render(v)}" for k, v in spec.default_toml().items()
            )
            key = f"`[{spec.key}]`"
        else:
            key = f"`{spec.key}`"
        rows.append(
            f"| {key} | {_cell(spec.kind.type_name)} | `{_cell(default)}` | {_cell(spec.doc)} |"
            if not spec.is_table
            else f"| {key} | {_cell(spec.kind.type_name)} | {_cell(default)} | {_cell(spec.doc)} |"
        )
    return _INTRO + "\n".join(rows) + "\n"


if __name__ == "__main__":
    text = render_markdown()
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
