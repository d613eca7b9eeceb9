"""One line of ``kiosk --self-test``: a check's name, its status (OK, WARN, FAIL) and what it
found or what to do. Its own module so that checks kept elsewhere (:mod:`kiosk.provision.
readiness`) return the same results as :mod:`kiosk.selftest`'s without importing it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["DETAIL_MAX", "CheckResult", "Status"]

DETAIL_MAX = 240


class Status(enum.Enum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str

    def line(self) -> str:
        detail = " ".join(self.detail.split())  # one line, whatever a library said
        if len(detail) > DETAIL_MAX:
            detail = detail[: DETAIL_MAX - 3] + "..."
        return f"{self.status.value:<4}  {self.name}: {detail}"
