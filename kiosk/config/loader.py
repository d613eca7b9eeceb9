"""Read the stand's settings file and combine it with the volunteer's choices and the command
line into one :class:`KioskSettings`, remembering where each value came from.

Precedence: default < the file < the volunteer's choices (:mod:`kiosk.config.overrides`) <
the command line. A file that is not valid TOML, names an unknown key or holds a value that
breaks its rule raises :class:`ConfigError` with the file, the line, the key and the problem;
the kiosk then refuses to start rather than guess. A volunteer's stored choice that no longer
fits the file (e.g. a language since removed) is ignored with a warning instead: it was valid
when made, and the stand must still start.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from kiosk import files

from .bounded import FileRefused, read_bounded
from .errors import ConfigError, Problem
from .overrides import load_overrides
from .schema import SETTINGS, by_key, by_name
from .settings import KioskSettings, problems_together

__all__ = [
    "ENV_VAR",
    "LoadedConfig",
    "default_config_path",
    "key_lines",
    "load_config",
    "read_file",
]

log = logging.getLogger(__name__)

#: names a settings file to use instead of the platform's default one
ENV_VAR = "KIOSK_CONFIG"
DEFAULT = "default"
OPERATOR = "operator"
COMMAND_LINE = "command line"


def default_config_path() -> Path:
    """``$KIOSK_CONFIG`` if set, else ``kiosk.toml`` in the platform's config folder for
    ``ehealth-kiosk`` (e.g. ``~/.config/ehealth-kiosk/kiosk.toml``)."""
    named = os.environ.get(ENV_VAR)
    if named:
        return Path(named)
    return platformdirs.user_config_path("ehealth-kiosk", appauthor=False) / "kiosk.toml"


@dataclass(frozen=True)
class LoadedConfig:
    """The effective settings, where each came from (setting name -> "default", "FILE:LINE",
    "operator" or "command line"), and the file read (``None``: none, all defaults)."""

    settings: KioskSettings
    sources: dict[str, str]
    path: Path | None


def default_data_dir() -> Path:
    """The data folder the queue uses when ``data_dir`` is not set (where the volunteer's
    choices are kept)."""
    return files.default_data_dir()


def load_config(
    path: Path | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
    data_dir_overrides: bool = True,
) -> LoadedConfig:
    """The kiosk's settings; ``path=None`` reads :func:`default_config_path` if it exists
    (a ``$KIOSK_CONFIG`` that names no file is an error). ``overrides`` are the command line's
    values by setting name; ``data_dir_overrides=False`` skips the volunteer's choices."""
    if path is None:
        candidate = default_config_path()
        if os.environ.get(ENV_VAR) or candidate.is_file():
            path = candidate
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    sources = dict.fromkeys(values, DEFAULT)
    lines: dict[str, int] = {}
    if path is not None:
        file_values, lines = read_file(path)
        values.update(file_values)
        sources.update({name: f"{path}:{lines.get(by_name[name].key, 1)}" for name in file_values})
    if data_dir_overrides:
        _apply_operator(values, sources)
    for name, value in (overrides or {}).items():
        spec = by_name.get(name)
        if spec is None:
            raise ConfigError("unknown setting", key=name, origin=COMMAND_LINE)
        try:
            values[name] = spec.kind.parse(spec.kind.to_toml(value), Path.cwd())
        except Problem as exc:
            raise ConfigError(exc.problem, key=spec.key, origin=COMMAND_LINE) from None
        sources[name] = COMMAND_LINE
    for broken in problems_together(values):
        name, problem = _culprit(broken, sources)
        raise _located(name, problem, sources, path)
    return LoadedConfig(KioskSettings(**values), sources, path)


def _apply_operator(values: dict[str, Any], sources: dict[str, str]) -> None:
    for name, value in load_overrides(values["data_dir"] or default_data_dir()).items():
        if name == "default_language" and value not in values["languages"]:
            log.warning(
                "ignoring the volunteer's default language: the settings no longer offer it"
            )
            continue
        values[name] = value
        sources[name] = OPERATOR


_RANK = {COMMAND_LINE: 3, OPERATOR: 2, DEFAULT: 0}


def _culprit(broken: tuple[tuple[str, str], ...], sources: Mapping[str, str]) -> tuple[str, str]:
    """The alternative to report: the setting set by the highest layer (the file ranks 1)."""
    return max(broken, key=lambda alt: _RANK.get(sources[alt[0]], 1))


def _located(name: str, problem: str, sources: Mapping[str, str], path: Path | None) -> ConfigError:
    key, source = by_name[name].key, sources[name]
    if source in (DEFAULT, COMMAND_LINE, OPERATOR):
        return ConfigError(
            problem,
            key=key,
            path=path if source == DEFAULT else None,
            origin=None if source == DEFAULT else source,
        )
    return ConfigError(problem, key=key, line=int(source.rsplit(":", 1)[1]), path=path)


def read_file(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The settings ``path`` sets (setting name -> value) and the line of every key in it.
    Raises :class:`ConfigError` for anything wrong with the file."""
    path = Path(path)
    try:
        data = read_bounded(path)
    except FileNotFoundError:
        raise ConfigError("the settings file does not exist", path=path) from None
    except FileRefused as exc:
        raise ConfigError(
            f"the settings file cannot be read: it {exc.problem}", path=path
        ) from None
    except (OSError, ValueError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else "unreadable"
        raise ConfigError(f"the settings file cannot be read ({detail})", path=path) from None
    try:
        text = data.decode("utf-8-sig")  # Notepad may start the file with a byte-order mark
    except UnicodeDecodeError as exc:
        raise ConfigError(
            "the file is not UTF-8 text; save it again choosing the UTF-8 encoding",
            line=data[: exc.start].count(b"\n") + 1,
            path=path,
        ) from None
    _check_key_parts(text, path)
    document = _parse_toml(text, path)
    lines = key_lines(text)
    base = path.absolute().parent
    values: dict[str, Any] = {}
    for key, raw in document.items():
        spec = by_key.get(key)
        if spec is None:
            raise ConfigError(_unknown(key), key=key, line=lines.get(key), path=path)
        try:
            values[spec.name] = spec.kind.parse(raw, base)
        except Problem as exc:
            where = f"{key}.{exc.subkey}" if exc.subkey else key
            problem = exc.problem
            if exc.subkey in by_key:
                problem += (
                    f"; {exc.subkey} is a setting: move it above the [{key}] section "
                    "(every line after a [section] header belongs to that section)"
                )
            raise ConfigError(
                problem, key=where, line=lines.get(where, lines.get(key)), path=path
            ) from None
    return values, lines


def _unknown(key: str) -> str:
    import difflib

    if key in by_name:  # the program's name for a setting the file spells differently
        return f'unknown setting; did you mean "{by_name[key].key}"?'
    close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=0.6)
    hint = f'; did you mean "{close[0]}"?' if close else " (docs/configuration.md lists them all)"
    return "unknown setting" + hint


# Patterns, not compiled ones: compiled (and cached by ``re``) on first use, when there is a
# file to read; a kiosk starting on its defaults does not pay for them.
_AT = r" \(at line (\d+), column (\d+)\)$"
_AT_END = " (at end of document)"


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = str(exc), None
        found = re.search(_AT, message)
        if found:
            line = int(found.group(1))
            message = f"{message[: found.start()]} (column {found.group(2)})"
        elif message.endswith(_AT_END):
            line = text.count("\n") + 1
            message = message[: -len(_AT_END)] + " (at the end of the file)"
        if message.startswith("Unescaped '\\'") or "escape" in message.lower():
            message += "; write Windows paths in single quotes, e.g. 'C:\\Kiosk\\data'"
        elif message.startswith(("Illegal character '\\n'", 'Expected "\'"')):
            message += "; a text in quotes must end with the same quote on the same line"
        elif message.startswith("Invalid value"):
            message += '; text must be in quotes, e.g. stand_name = "Ixelles"'
        raise ConfigError(f"syntax error: {message}", line=line, path=path) from None
    except RecursionError:
        raise ConfigError("syntax error: nested too deeply", path=path) from None


#: the most parts a dotted key or a [section] header may have: the settings use two
#: (``portal_urls.nl``); thousands make the TOML parser take seconds and gigabytes.
MAX_KEY_PARTS = 16


def _check_key_parts(text: str, path: Path) -> None:
    """Refuse a key of more than :data:`MAX_KEY_PARTS` parts before the TOML parser sees it.

    One linear pass: dots outside strings and comments are counted since the last ``=``,
    ``,``, bracket or line end, so a value (a number, a quoted address) never adds to a key."""
    if all(row.count(".") < MAX_KEY_PARTS - 1 for row in text.split("\n")):
        return  # a key never spans lines: the usual file is done with at C speed
    dots, quote, line, i, end = 0, "", 1, 0, len(text)
    while i < end:
        char = text[i]
        if char == "\n":
            line += 1
            if len(quote) == 1:
                quote = ""  # an unterminated one-line string: the parser will say so
            if not quote:
                dots = 0
        elif quote:
            if char == "\\" and quote[0] == '"':
                i += 1  # the escaped character (a newline is counted by the next round)
                if i < end and text[i] == "\n":
                    continue
            elif text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, i) else char
            i += len(quote)
            continue
        elif char == "#":
            newline = text.find("\n", i)
            i = end if newline < 0 else newline
            continue
        elif char in "=,[]{}":
            dots = 0
        elif char == ".":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise ConfigError(
                    f"a key with more than {MAX_KEY_PARTS} dotted parts", line=line, path=path
                )
        i += 1


_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY_LINE = rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*="
_HEADER = rf"^\s*\[\[?\s*({_PART}(?:\s*\.\s*{_PART})*)\s*\]\]?\s*(?:#.*)?$"


def _split(dotted: str) -> list[str]:
    return [p[1:-1] if p[:1] in "\"'" else p for p in re.findall(_PART, dotted)]


def key_lines(text: str) -> dict[str, int]:
    """The 1-based line where each dotted key (and each of its prefixes) first appears, with
    ``[section]`` headers tracked. Approximate on purpose: keys inside inline tables map to
    the line of the key that holds the table, and lines inside multi-line strings are skipped."""
    lines: dict[str, int] = {}
    table: list[str] = []
    in_string: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:
            if line.count(in_string) % 2:
                in_string = None
            continue
        header = re.match(_HEADER, line)
        found = None if header else re.match(_KEY_LINE, line)
        if header:
            table = _split(header.group(1))
            path = table
        elif found:
            path = table + _split(found.group(1))
        else:
            continue
        for end in range(1, len(path) + 1):
            lines.setdefault(".".join(path[:end]), number)
        for quote in ('"""', "'''"):
            if line.count(quote) % 2:
                in_string = quote
    return lines
