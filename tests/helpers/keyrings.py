"""An in-memory keyring backend for tests: allow-listed only through a function's ``allowed``
parameter (:data:`MEMORY`), so no test ever writes to the machine's real keyring."""

from __future__ import annotations

import keyring.backend

__all__ = ["MEMORY", "MemoryKeyring"]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory backend; allow-listed only through the tests' ``allowed`` parameter."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


MEMORY = frozenset({f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"})
