"""``kiosk config``: show the effective settings and where each came from, or check a settings
file before it goes on a stand.

Exit codes: 0 fine, 2 the settings are wrong (the same code the kiosk refuses to start with),
and argparse's 2 for a mistyped command.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import kinds, loader
from .errors import ConfigError
from .loader import ENV_VAR, LoadedConfig
from .schema import SETTINGS

__all__ = ["EXIT_BAD_CONFIG", "main"]

EXIT_BAD_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk config",
        description="Show or check the kiosk's settings (a TOML file; see docs/configuration.md).",
        epilog="The settings file: --config FILE, "
        f"else ${ENV_VAR}, else {loader.default_config_path()}. "
        "Exit code 2: the settings are wrong (the kiosk would refuse to start).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = commands.add_parser(
        "show",
        help="print every setting's effective value and where it came from",
        description="Print one line per setting: its key, effective value and source "
        "(default, FILE:LINE, operator = the volunteer panel, command line).",
    )
    show.add_argument("--config", type=Path, metavar="FILE", help="the settings file to read")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    check = commands.add_parser(
        "check",
        help="validate a settings file",
        description="Validate FILE: 'OK: FILE' and "
        "exit code 0, or the problem with its line and exit code 2.",
    )
    check.add_argument("file", type=Path, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2): a return code, not an exit
        return int(exc.code or 0)
    try:
        if args.command == "check":
            loader.load_config(args.file, data_dir_overrides=False)
            print(f"OK: {args.file}")
            return 0
        loaded = loader.load_config(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    print(_json(loaded) if args.json else _text(loaded))
    return 0


def _text(loaded: LoadedConfig) -> str:
    where = (
        f"settings file: {loaded.path}"
        if loaded.path
        else (f"no settings file ({loader.default_config_path()} does not exist): defaults")
    )
    rows = [
        (
            s.key,
            kinds.render(s.kind.to_toml(getattr(loaded.settings, s.name))),
            loaded.sources[s.name],
        )
        for s in SETTINGS
    ]
    key_w = max(len(r[0]) for r in rows)
    value_w = min(48, max(len(r[1]) for r in rows))
    lines = [f"# {where}"]
    lines += [f"{k:<{key_w}} = {v:<{value_w}}  # {src}" for k, v, src in rows]
    return "\n".join(lines)


def _json(loaded: LoadedConfig) -> str:
    settings = {
        s.key: {
            "setting": s.name,
            "value": s.kind.to_toml(getattr(loaded.settings, s.name)),
            "source": loaded.sources[s.name],
        }
        for s in SETTINGS
    }
    doc = {"path": str(loaded.path) if loaded.path else None, "settings": settings}
    return json.dumps(doc, indent=2, ensure_ascii=False)
