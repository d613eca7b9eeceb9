"""The report's charts, drawn with matplotlib as inline SVG.

Readable in print and in black and white: series differ by hatch pattern, grey level and marker,
never by colour alone, every bar has an edge, and the text stays text (``svg.fonttype = none``)
so it is sharp and searchable. matplotlib is the optional ``report`` extra: it is imported here
only, and kept out of the kiosk's PyInstaller bundle.

Each function takes a :class:`~.tables.Table` (the numbers printed beside the chart) and returns
an ``<svg>`` element as text.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from .tables import Table

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# (face grey, hatch) per series: distinct in black and white.
STYLES = (("#ffffff", "///"), ("#bbbbbb", ""), ("#555555", ""), ("#ffffff", "..."))
MARKERS = ("o", "s", "^", "D")


class ChartsUnavailable(ImportError):
    """matplotlib is not installed (``pip install .[report]``)."""


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise ChartsUnavailable(
            "the report needs matplotlib: pip install 'ehealth-kiosk[report]'"
        ) from None
    matplotlib.rcParams.update(
        {"svg.fonttype": "none", "font.size": 9, "hatch.linewidth": 0.8, "svg.hashsalt": "k"}
    )
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _svg(figure: Figure) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    # Inline: drop the XML prolog and DOCTYPE, and the RDF metadata (it names web addresses).
    text = text[text.index("<svg") :]
    return re.sub(r"<metadata>.*?</metadata>\s*", "", text, count=1, flags=re.DOTALL)


def _column(table: Table, index: int) -> list[float]:
    """A table's numeric column (a missing value, such as a rate of nothing, counts 0)."""
    values = []
    for row in table.rows:
        cell = row[index]
        values.append(float(cell) if isinstance(cell, int | float) else 0.0)
    return values


def _bar_style(index: int) -> dict[str, Any]:
    face, hatch = STYLES[index % len(STYLES)]
    return {"color": face, "hatch": hatch, "edgecolor": "black", "linewidth": 0.8}


def outcomes_per_stand(table: Table) -> str:
    """Stacked horizontal bars: consents given, refusals, other outcomes per stand."""
    stands = [str(r[0]) for r in table.rows]
    started, given, refused = (_column(table, i) for i in (1, 2, 3))
    other = [max(0, s - g - r) for s, g, r in zip(started, given, refused, strict=True)]
    figure, axes = _figure(6.0, 0.9 + 0.3 * max(1, len(stands)))
    left = [0.0] * len(stands)
    for i, (label, values) in enumerate(
        (("consent given", given), ("refused", refused), ("other endings", other))
    ):
        axes.barh(stands, values, left=left, label=label, **_bar_style(i))
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel("visits")
    axes.legend(loc="lower right", frameon=False)
    return _svg(figure)


def per_day(table: Table) -> str:
    """Lines with markers: visits started, consents given and refusals per day."""
    days = [str(r[0])[5:] for r in table.rows]
    figure, axes = _figure(6.0, 2.6)
    for i, label in enumerate(("visits started", "consents given", "refusals")):
        values = _column(table, 1 + i)
        style = ("-", "--", ":")[i]
        axes.plot(days, values, style, marker=MARKERS[i], color="black", label=label)
    axes.set_ylim(bottom=0)
    axes.set_xlabel("day")
    axes.legend(frameon=False)
    return _svg(figure)


def bars(
    table: Table, value_column: int, *, label: str, horizontal: bool = False, name_column: int = 0
) -> str:
    """One series of bars: the table's ``name_column`` against ``value_column``."""
    names = [str(r[name_column]) for r in table.rows]
    values = _column(table, value_column)
    if horizontal:
        figure, axes = _figure(6.0, 0.8 + 0.28 * max(1, len(names)))
        axes.barh(names, values, **_bar_style(0))
        axes.invert_yaxis()
        axes.margins(x=0.1)  # room for the numbers after the bars
        axes.set_xlabel(label)
        for y, value in enumerate(values):
            axes.annotate(f" {value:.0f}", (value, y), va="center")
    else:
        figure, axes = _figure(6.0, 2.6)
        axes.bar([n[:2] for n in names], values, **_bar_style(0))
        axes.set_ylabel(label)
        axes.set_xlabel("hour of day")
    return _svg(figure)


def strip_ids(svg: str, prefix: str) -> str:
    """Give an SVG's ids (clip paths, hatch patterns) a prefix, so several inline SVGs in one
    page never share an id (a browser would draw one chart's hatch in another)."""
    svg = re.sub(r'id="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    return re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
