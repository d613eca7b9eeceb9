"""The organisers' report as one self-contained HTML page: inline SVG charts, each with its
numbers in a table beside it, and a print style sheet (A4, no colour needed).

Every value is escaped: stand and kiosk ids come from the server, which is input.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from . import charts
from .tables import COUNT_TITLES, Table

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #000; }
body { background: #fff; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #000; margin-top: 1.6em; }
.meta { color: #333; }
.pair { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.8em; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #000; padding: 0.15em 0.5em; }
td { white-space: nowrap; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.wide { overflow-x: auto; margin-top: 1em; }
@media print {
  body { margin: 0; }
  section { break-inside: avoid; }
  .wide { overflow: visible; }
}
"""

_HEADINGS = {**COUNT_TITLES, "consent_rate_pct": "Consent rate %"}


def _cell(value: object) -> str:
    if value is None:
        return "<td>–</td>"
    if isinstance(value, int | float):
        return f'<td class="n">{value}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def table_html(table: Table) -> str:
    head = "".join(
        f'<th scope="col">{html.escape(_HEADINGS.get(h, h.replace("_", " ")))}</th>'
        for h in table.header
    )
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in table.rows)
    return (
        f'<table id="table-{table.name}"><caption>{html.escape(table.title)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _pair(name: str, svg: str, table: Table) -> str:
    return (
        f'<div class="pair"><div class="chart" role="img" aria-label="{html.escape(table.title)}">'
        f"{charts.strip_ids(svg, name)}</div>{table_html(table)}</div>"
    )


def _section(title: str, *parts: str) -> str:
    return f"<section><h2>{html.escape(title)}</h2>{''.join(parts)}</section>"


def render(
    tables: dict[str, Table],
    *,
    start: date | None,
    end: date | None,
    endpoint: str,
    notes: Sequence[str],
) -> str:
    """The whole page; ``tables`` as made by :func:`kiosk.campaign.report.build_tables`."""
    days = [row[0] for row in tables["days"].rows]
    span = f"{start or (days[0] if days else '…')} to {end or (days[-1] if days else '…')}"
    sections = [
        _section("Totals", table_html(tables["totals"])),
        _section(
            "Per stand and day",
            _pair("stands", charts.outcomes_per_stand(tables["stands"]), tables["stands"]),
            _pair("days", charts.per_day(tables["days"]), tables["days"]),
        ),
        _section(
            "Per hour of day",
            _pair("hours", charts.bars(tables["hours"], 1, label="visits"), tables["hours"]),
        ),
        _section(
            "Drop-off funnel",
            _pair(
                "funnel",
                charts.bars(tables["funnel"], 1, label="visits", horizontal=True),
                tables["funnel"],
            ),
            _pair(
                "abandoned",
                charts.bars(tables["abandoned"], 1, label="visits abandoned", horizontal=True),
                tables["abandoned"],
            ),
        ),
        _section(
            "Languages",
            _pair(
                "languages",
                charts.bars(tables["languages"], 2, label="visits", horizontal=True, name_column=1),
                tables["languages"],
            ),
        ),
        _section(
            "Every figure, per stand and day",
            f'<div class="wide">{table_html(tables["stand_days"])}</div>',
        ),
    ]
    note_items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Campaign figures</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<h1>Campaign figures, {html.escape(span)}</h1>"
        f'<p class="meta">From {html.escape(endpoint)}. Non-personal daily counts sent by each '
        "kiosk; the median visit time per stand is the visit-weighted median of the kiosks' "
        f'medians (an estimate).</p><ul class="meta">{note_items}</ul>'
        f"{''.join(sections)}</body></html>\n"
    )
