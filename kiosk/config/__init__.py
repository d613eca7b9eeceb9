"""The stand's configuration: the typed settings (:mod:`kiosk.config.settings`, each declared
once), read from one TOML file in the platform's config folder (:mod:`kiosk.config.loader`),
with the volunteer's stored choices (:mod:`kiosk.config.overrides`) and the ``kiosk config``
command (:mod:`kiosk.config.cli`).
"""

from __future__ import annotations

from .errors import ConfigError
from .loader import LoadedConfig, default_config_path, load_config
from .settings import KioskSettings

__all__ = ["ConfigError", "KioskSettings", "LoadedConfig", "default_config_path", "load_config"]
