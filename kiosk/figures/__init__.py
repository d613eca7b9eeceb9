"""A stand's daily, non-personal campaign figures (issue 16): the per-kiosk counts of one day
(:mod:`.model`) and their FHIR ``MeasureReport`` form, to send and to read back (:mod:`.measure`).

Pure Python, no Qt: the kiosk builds the reports, the organisers' ``kiosk-campaign`` command
reads them.
"""

from .measure import (
    MEASURE_URL,
    figures_from_measure_report,
    is_demo_report,
    measure_report_bundle,
    report_key,
)
from .model import LANGUAGES, STEPS, DailyFigures, FiguresError

__all__ = [
    "LANGUAGES",
    "MEASURE_URL",
    "STEPS",
    "DailyFigures",
    "FiguresError",
    "figures_from_measure_report",
    "is_demo_report",
    "measure_report_bundle",
    "report_key",
]
