"""The stand's configuration: the typed settings (:mod:`kiosk.config.settings`, each declared
once), read from one TOML file in the platform's config folder (:mod:`kiosk.config.loader`),
with the volunteer's stored choices (:mod:`kiosk.config.overrides`) and the ``kiosk config``
command (:mod:`kiosk.config.cli`).

The names below load on first use: the kiosk imports :mod:`kiosk.config.settings` before its
first paint and should not pay for the loader there.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import ConfigError
    from .loader import LoadedConfig, default_config_path, load_config
    from .settings import KioskSettings

__all__ = ["ConfigError", "KioskSettings", "LoadedConfig", "default_config_path", "load_config"]

_HOME = {
    "ConfigError": "errors",
    "KioskSettings": "settings",
    "LoadedConfig": "loader",
    "default_config_path": "loader",
    "load_config": "loader",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
