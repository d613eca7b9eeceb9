"""Print the enrolment flow's transition table (``python -m kiosk.flow``), for the docs."""

from __future__ import annotations

from kiosk.flow.steps import format_table

if __name__ == "__main__":
    print(format_table())
