"""The volunteer's choices at the stand that must survive a restart: the default language and
demo mode, changed from the volunteer panel and stored in the data folder (not in the stand's
settings file, which the installer owns).

The file is a small JSON object written atomically. Reading never fails the kiosk: a missing
file means no choices, a damaged one is logged and ignored. Whether a stored choice still fits
the settings file (a language since removed) is :func:`kiosk.config.load_config`'s check.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kiosk.files import ensure_private_dir, write_file_atomically

from .errors import ConfigError, Problem
from .schema import by_name

__all__ = ["ALLOWED", "FILE_NAME", "load_overrides", "save_override"]

log = logging.getLogger(__name__)

FILE_NAME = "operator-settings.json"
#: the settings the volunteer panel may change
ALLOWED: tuple[str, ...] = ("default_language", "demo")


def _check(key: str, value: object) -> None:
    if key not in ALLOWED:
        raise ConfigError(
            f"cannot be changed from the volunteer panel (only {', '.join(ALLOWED)})",
            key=key,
            origin="operator",
        )
    try:
        by_name[key].kind.parse(value, None)
    except Problem as exc:
        raise ConfigError(exc.problem, key=key, origin="operator") from None


def save_override(data_dir: Path, key: str, value: object) -> None:
    """Remember the volunteer's ``value`` for ``key`` (one of :data:`ALLOWED`).

    Raises :class:`ConfigError` for another key or a value of the wrong kind, and ``OSError``
    when the data folder cannot be written."""
    _check(key, value)
    current = load_overrides(data_dir)
    current[key] = value
    ensure_private_dir(Path(data_dir))
    data = json.dumps(current, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    write_file_atomically(Path(data_dir) / FILE_NAME, data)
    log.info("volunteer setting saved: %s", key)


def load_overrides(data_dir: Path) -> dict[str, object]:
    """The volunteer's stored choices (allowed keys only), ``{}`` when there are none or the
    file cannot be used. Creates nothing."""
    path = Path(data_dir) / FILE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}  # the usual case: no volunteer choice yet
    except OSError:
        log.warning("the volunteer settings file cannot be read; using the stand's settings")
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        log.warning("the volunteer settings file cannot be read; using the stand's settings")
        return {}
    if not isinstance(data, dict):
        log.warning("the volunteer settings file is damaged; using the stand's settings")
        return {}
    result: dict[str, object] = {}
    for key, value in data.items():
        try:
            _check(key, value)
        except ConfigError:
            log.warning(
                "ignoring a volunteer setting that is not allowed or not valid: %s",
                key if key in ALLOWED else "(unknown key)",
            )
            continue
        result[key] = value
    return result
