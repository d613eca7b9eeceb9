"""The settings as a list of declarations (read from :class:`KioskSettings`' fields): what the
loader, ``kiosk config show`` and the documentation iterate over."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any

from . import kinds
from .settings import Declaration, KioskSettings

__all__ = ["SETTINGS", "SettingSpec", "by_key", "by_name"]


@dataclass(frozen=True)
class SettingSpec:
    """One setting: ``name`` in :class:`KioskSettings`, ``key`` in the TOML file."""

    name: str
    key: str
    kind: kinds.Kind
    doc: str
    default: Any

    @property
    def is_table(self) -> bool:
        """Written as a ``[key]`` section of its own rather than one ``key = value`` line."""
        return isinstance(self.kind, kinds.PortalUrls)

    def default_toml(self) -> Any:
        return self.kind.to_toml(self.default)


def _specs() -> tuple[SettingSpec, ...]:
    specs = []
    for f in fields(KioskSettings):
        decl: Declaration = f.metadata["setting"]
        default = f.default_factory() if f.default is MISSING else f.default  # type: ignore[operator]
        specs.append(SettingSpec(f.name, decl.key or f.name, decl.kind, decl.doc, default))
    return tuple(specs)


SETTINGS: tuple[SettingSpec, ...] = _specs()
by_name: dict[str, SettingSpec] = {s.name: s for s in SETTINGS}
by_key: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}
