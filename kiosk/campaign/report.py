"""``kiosk-campaign report``: fetch the stands' daily reports, write ``report.html`` and the
same figures as CSV files into one folder.

The steps are separate so the benchmark and the tests can time or check each one:
:func:`~.fetch.fetch_reports` -> :func:`~.tables.collect` -> :func:`build_tables` ->
:func:`write_report`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import tables as t
from .page import render

Json = t.Json


@dataclass(frozen=True)
class Written:
    html: Path
    csv: tuple[Path, ...]
    collected: t.Collected


def build_tables(collected: t.Collected) -> dict[str, t.Table]:
    rows = collected.figures
    made = (
        t.totals(rows),
        t.stands(rows),
        t.days(rows),
        t.stand_days(rows),
        t.hours(rows),
        t.funnel(rows),
        t.abandoned(rows),
        t.languages(rows),
        t.kiosk_days(rows),
    )
    return {table.name: table for table in made}


def notes(collected: t.Collected) -> list[str]:
    kept = len(collected.days)
    lines = [f"{kept} kiosk-day report(s) counted."]
    for count, what in (
        (collected.duplicates, "duplicate report(s) of a kiosk-day ignored (the latest counts)"),
        (collected.demo, "demo report(s) ignored"),
        (collected.invalid, "report(s) refused as malformed"),
        (collected.out_of_range, "report(s) outside the period ignored"),
    ):
        if count:
            lines.append(f"{count} {what}.")
    return lines


def _write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a report."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 is for secrets: these are shared figures
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(
    resources: Iterable[Json],
    out_dir: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    endpoint: str = "",
) -> Written:
    """Collect ``resources`` (MeasureReports) and write ``report.html`` and ``<table>.csv``."""
    collected = t.collect(resources, start, end)
    built = build_tables(collected)
    page = render(built, start=start, end=end, endpoint=endpoint, notes=notes(collected))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in built.values():
        path = out_dir / f"{table.name}.csv"
        _write_atomic(path, table.csv())
        written.append(path)
    html_path = out_dir / "report.html"
    _write_atomic(html_path, page)
    return Written(html_path, tuple(written), collected)
