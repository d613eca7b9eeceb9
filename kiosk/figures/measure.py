"""A kiosk's :class:`~.model.DailyFigures` as a FHIR R4 ``MeasureReport``, and back.

:func:`measure_report_bundle` makes the transaction the kiosk sends: ONE entry, a summary
``MeasureReport`` for the day (period = the day in Europe/Brussels, reporter = the kiosk Device
by its identifier, subject = the stand by identifier), identified by stand/kiosk/day in our own
system. The entry is a conditional UPDATE, so re-sending a day, or sending a later version of it
with bigger counts, replaces the one report of that kiosk-day instead of adding another.

The condition is ``_tag`` (a search parameter of every resource on every server) on a tag that
carries the same stand/kiosk/day key as the identifier, as for submissions' Provenance: the
loopback test server, like some real ones, has no ``identifier`` search on MeasureReport. The
key's parts are joined with ``/`` (stand and kiosk ids are ``[A-Za-z0-9._-]``), never ``|``, which
would need escaping in a token search.

Groups, one per family of figures, each coded in :data:`FIGURE_SYSTEM`:

* ``visits``, ``decisions``, ``trusted-persons``, ``exclusions``, ``endings``: populations with
  counts;
* ``visit-time``: the median visit time as ``measureScore`` in seconds (UCUM ``s``);
* ``abandoned``, ``languages``, ``hours``: a total population and one stratifier (by step, by
  language, by hour of day ``00``..``23``).

:func:`figures_from_measure_report` reads one back for the organisers' report, strictly: a
resource that is not exactly this shape is refused with :class:`~.model.FiguresError` naming
the element (never a value). Demo reports carry the HL7 ``HTEST`` tag and demo identifier
systems, like demo submissions, so they can never replace a real kiosk-day.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.fhir import identifiers as ids
from kiosk.fhir.bundle import canonical_json

from .model import COUNTS, HOURS, LANGUAGES, STEPS, DailyFigures, FiguresError

Json = dict[str, Any]

__all__ = [
    "FIGURE_SYSTEM",
    "MEASURE_URL",
    "figures_from_measure_report",
    "is_demo_report",
    "measure_report_bundle",
    "report_key",
]

BRUSSELS = ZoneInfo("Europe/Brussels")
_LOCAL = "https://kiosk.example.be/fhir"
MEASURE_URL = f"{_LOCAL}/Measure/daily-stand-figures"
FIGURE_SYSTEM = f"{_LOCAL}/CodeSystem/stand-figures"
STEP_SYSTEM = f"{_LOCAL}/CodeSystem/wizard-step"
HOUR_SYSTEM = f"{_LOCAL}/CodeSystem/hour-of-day"
UCUM = "http://unitsofmeasure.org"
# Real and demo reports live in disjoint systems: a demo report never replaces a real one.
REPORT_SYSTEM = {
    False: f"{_LOCAL}/NamingSystem/daily-report",
    True: f"{_LOCAL}/NamingSystem/demo/daily-report",
}
REPORT_TAG = {
    False: f"{_LOCAL}/CodeSystem/daily-report",
    True: f"{_LOCAL}/CodeSystem/demo/daily-report",
}
_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_KEY = re.compile(r"([A-Za-z0-9._-]{1,64})/([A-Za-z0-9._-]{1,64})/(\d{4}-\d{2}-\d{2})")
# A report is a few kilobytes; anything much bigger is not ours.
MAX_REPORT_BYTES = 64 * 1024

# Each family: (group code, population code per DailyFigures field).
_POPULATIONS: dict[str, dict[str, str]] = {
    "visits": {"visits-started": "visits_started", "cards-read": "cards_read"},
    "decisions": {"consents-given": "consents_given", "refusals": "refusals"},
    "trusted-persons": {"by-card": "trusted_by_card", "typed": "trusted_typed"},
    "exclusions": {"exclusions": "exclusions"},
    "endings": {"under-age": "ended_under_age"},
}
# Populations earlier versions sent and that are no longer counted: read and ignored, so an
# older kiosk's report still loads ("legal-representation" counted the card's special status).
_RETIRED: dict[str, frozenset[str]] = {"endings": frozenset({"legal-representation"})}
assert sorted(f for family in _POPULATIONS.values() for f in family.values()) == sorted(COUNTS)
# Stratified families: group code -> (stratifier code, stratum system, stratum codes).
_STRATA: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "abandoned": ("step", STEP_SYSTEM, STEPS),
    "languages": ("language", ids.BCP47_SYSTEM, LANGUAGES),
    "hours": ("hour-of-day", HOUR_SYSTEM, tuple(f"{h:02d}" for h in range(HOURS))),
}
_GROUPS = (*_POPULATIONS, "visit-time", *_STRATA)


def report_key(stand_id: str, kiosk_id: str, day: date) -> str:
    """``stand/kiosk/YYYY-MM-DD``: the identifier value and tag code of one kiosk-day."""
    for name, value in (("stand id", stand_id), ("kiosk id", kiosk_id)):
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise FiguresError(
                f"{name} is not 1 to 64 letters, digits, dots, dashes or underscores"
            )
    return f"{stand_id}/{kiosk_id}/{day.isoformat()}"


def day_period(day: date) -> Json:
    """The day in Europe/Brussels as a FHIR Period (23, 24 or 25 hours around a DST change)."""
    start = datetime.combine(day, time(0), BRUSSELS)
    end = datetime.combine(day + timedelta(days=1), time(0), BRUSSELS) - timedelta(seconds=1)
    return {"start": start.isoformat(), "end": end.isoformat()}


def measure_report_bundle(
    figures: DailyFigures,
    stand_id: str,
    kiosk_id: str,
    demo: bool,
    *,
    generated_at: datetime | None = None,
) -> bytes:
    """The transaction Bundle (canonical JSON) that puts ``figures`` at the server, replacing
    any earlier report of the same stand, kiosk and day. Validated with fhir.resources."""
    if not isinstance(figures, DailyFigures):
        raise FiguresError("figures is not a DailyFigures")
    key = report_key(stand_id, kiosk_id, figures.day)
    when = (generated_at or datetime.now(UTC)).astimezone(UTC)
    report = _report(figures, stand_id, kiosk_id, key, demo, when)
    tag = ids.token(REPORT_TAG[demo], key)
    bundle: Json = {
        "resourceType": "Bundle",
        "type": "transaction",
        "timestamp": _instant(when),
        "entry": [
            {
                "fullUrl": ids.urn(str(uuid.uuid5(uuid.NAMESPACE_URL, REPORT_SYSTEM[demo] + key))),
                "resource": report,
                "request": {"method": "PUT", "url": f"MeasureReport?_tag={tag}"},
            }
        ],
    }
    if demo:
        bundle["meta"] = {"tag": [dict(ids.DEMO_TAG)]}
    data = canonical_json(bundle)
    _validate_r4(data)
    return data


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _code(system: str, code: str) -> Json:
    return {"coding": [{"system": system, "code": code}]}


def _report(
    figures: DailyFigures, stand: str, kiosk: str, key: str, demo: bool, when: datetime
) -> Json:
    tags = [{"system": REPORT_TAG[demo], "code": key}]
    if demo:
        tags.append(dict(ids.DEMO_TAG))
    groups: list[Json] = []
    for group, populations in _POPULATIONS.items():
        groups.append(
            {
                "code": _code(FIGURE_SYSTEM, group),
                "population": [
                    {"code": _code(FIGURE_SYSTEM, code), "count": getattr(figures, name)}
                    for code, name in populations.items()
                ],
            }
        )
    visit_time: Json = {"code": _code(FIGURE_SYSTEM, "visit-time")}
    if figures.median_visit_s is not None:
        visit_time["measureScore"] = {
            "value": figures.median_visit_s,
            "unit": "s",
            "system": UCUM,
            "code": "s",
        }
    groups.append(visit_time)
    per_stratum = {
        "abandoned": dict(figures.abandoned_by_step),
        "languages": dict(figures.languages),
        "hours": {f"{h:02d}": n for h, n in enumerate(figures.visits_by_hour)},
    }
    for group, (stratifier, system, codes) in _STRATA.items():
        counts = per_stratum[group]
        groups.append(
            {
                "code": _code(FIGURE_SYSTEM, group),
                "population": [
                    {"code": _code(FIGURE_SYSTEM, group), "count": sum(counts.values())}
                ],
                "stratifier": [
                    {
                        "code": [_code(FIGURE_SYSTEM, stratifier)],
                        "stratum": [
                            {
                                "value": _code(system, code),
                                "population": [
                                    {"code": _code(FIGURE_SYSTEM, group), "count": counts[code]}
                                ],
                            }
                            for code in codes
                            if code in counts
                        ],
                    }
                ],
            }
        )
    return {
        "resourceType": "MeasureReport",
        "meta": {"tag": tags},
        "identifier": [{"system": REPORT_SYSTEM[demo], "value": key}],
        "status": "complete",
        "type": "summary",
        "measure": MEASURE_URL,
        "subject": {
            "type": "Location",
            "identifier": {"system": ids.STAND_SYSTEM, "value": stand},
            "display": stand,
        },
        "date": _instant(when),
        "reporter": {
            "type": "Device",
            "identifier": {"system": ids.namespaces(demo).kiosk, "value": kiosk},
            "display": kiosk,
        },
        "period": day_period(figures.day),
        "group": groups,
    }


def _validate_r4(data: bytes) -> None:
    # Imported here: fhir.resources takes ~0.3 s to import and only validation needs it.
    import pydantic
    from fhir.resources.R4B.bundle import Bundle

    try:
        Bundle.model_validate_json(data)
    except pydantic.ValidationError as exc:
        # Only locations and error types: pydantic's messages can quote values.
        where = "; ".join(
            ".".join(str(p) for p in error["loc"]) + f": {error['type']}"
            for error in exc.errors(include_input=False, include_url=False)
        )
        raise FiguresError(f"MeasureReport bundle failed R4 validation: {where}") from None


# ---- reading a report back ---------------------------------------------------------------


def is_demo_report(resource: object) -> bool:
    """Whether a MeasureReport carries the demo tag (the organisers' report skips those)."""
    if not isinstance(resource, dict):
        return False
    tags = (resource.get("meta") or {}).get("tag") if isinstance(resource.get("meta"), dict) else []
    return isinstance(tags, list) and any(
        isinstance(t, dict)
        and t.get("system") == ids.DEMO_TAG["system"]
        and t.get("code") == ids.DEMO_TAG["code"]
        for t in tags
    )


def figures_from_measure_report(resource: object) -> tuple[str, str, DailyFigures]:
    """``(stand, kiosk, figures)`` from one of our real daily MeasureReports (a parsed JSON
    object). Raises :class:`~.model.FiguresError` for anything else, demo reports included."""
    if isinstance(resource, bytes | str):
        if len(resource) > MAX_REPORT_BYTES:
            raise FiguresError("MeasureReport is too large")
        try:
            resource = json.loads(resource)
        except (ValueError, UnicodeDecodeError, RecursionError):
            # RecursionError: deeply nested arrays exhaust the decoder's stack.
            raise FiguresError("MeasureReport is not JSON") from None
    r = _Reader(resource, "MeasureReport")
    if r.get("resourceType", str) != "MeasureReport":
        raise FiguresError("not a MeasureReport")
    if is_demo_report(resource):
        raise FiguresError("MeasureReport is a demo report")
    if r.get("measure", str) != MEASURE_URL:
        raise FiguresError("MeasureReport.measure is not the daily stand figures")
    if r.get("status", str) != "complete" or r.get("type", str) != "summary":
        raise FiguresError("MeasureReport is not a complete summary")
    stand, kiosk, day = _identity(r)
    groups = {}
    for group in r.items("group", min_items=len(_GROUPS), max_items=len(_GROUPS)):
        code = group.code("code", FIGURE_SYSTEM)
        if code not in _GROUPS or code in groups:
            raise FiguresError(f"{group.path}.code is unknown or repeated")
        groups[code] = group
    values: dict[str, Any] = {"day": day}
    for code, populations in _POPULATIONS.items():
        values.update(_populations(groups[code], populations, _RETIRED.get(code, frozenset())))
    score = groups["visit-time"].optional("measureScore")
    if score is not None:
        if score.get("system", str) != UCUM or score.get("code", str) != "s":
            raise FiguresError(f"{score.path} is not in seconds")
        value = score.get("value", int | float)
        if not math.isfinite(value) or value != int(value):
            raise FiguresError(f"{score.path}.value is not whole seconds")
        values["median_visit_s"] = int(value)
    strata = {code: _strata(groups[code], code, *_STRATA[code]) for code in _STRATA}
    values["abandoned_by_step"] = strata["abandoned"]
    values["languages"] = strata["languages"]
    hours = strata["hours"]
    values["visits_by_hour"] = tuple(hours.get(f"{h:02d}", 0) for h in range(HOURS))
    return stand, kiosk, DailyFigures(**values)


def _identity(r: _Reader) -> tuple[str, str, date]:
    key = r.items("identifier", min_items=1, max_items=1)[0]
    if key.get("system", str) != REPORT_SYSTEM[False]:
        raise FiguresError("MeasureReport.identifier is not a daily report identifier")
    match = _KEY.fullmatch(key.get("value", str))
    if not match:
        raise FiguresError("MeasureReport.identifier.value is not stand/kiosk/day")
    stand, kiosk, day_text = match.groups()
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise FiguresError("MeasureReport.identifier.value has no valid day") from None
    subject = r.child("subject").child("identifier")
    if subject.get("system", str) != ids.STAND_SYSTEM or subject.get("value", str) != stand:
        raise FiguresError("MeasureReport.subject is not the identifier's stand")
    reporter = r.child("reporter").child("identifier")
    if reporter.get("system", str) != ids.REAL.kiosk or reporter.get("value", str) != kiosk:
        raise FiguresError("MeasureReport.reporter is not the identifier's kiosk")
    period = r.child("period")
    expected = day_period(day)
    for end in ("start", "end"):
        if _moment(period.get(end, str), period.path) != datetime.fromisoformat(expected[end]):
            raise FiguresError("MeasureReport.period is not the identifier's day")
    return stand, kiosk, day


def _moment(text: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise FiguresError(f"{where} is not a date-time") from None
    if moment.tzinfo is None:
        raise FiguresError(f"{where} has no time zone")
    return moment


def _populations(
    group: _Reader, codes: dict[str, str], retired: frozenset[str] = frozenset()
) -> dict[str, int]:
    found: dict[str, int] = {}
    ignored: set[str] = set()
    most = len(codes) + len(retired)
    for population in group.items("population", min_items=len(codes), max_items=most):
        code = population.code("code", FIGURE_SYSTEM)
        if code in retired and code not in ignored:
            population.get("count", int)  # still well-formed, but not a figure any more
            ignored.add(code)
            continue
        if code not in codes or codes[code] in found:
            raise FiguresError(f"{population.path}.code is unknown or repeated")
        found[codes[code]] = population.get("count", int)
    if len(found) != len(codes):
        raise FiguresError(f"{group.path}.population does not hold every figure")
    return found


def _strata(
    group: _Reader, code: str, stratifier: str, system: str, codes: tuple[str, ...]
) -> dict[str, int]:
    (total,) = group.items("population", min_items=1, max_items=1)
    if total.code("code", FIGURE_SYSTEM) != code:
        raise FiguresError(f"{total.path}.code is not {code}")
    (strat,) = group.items("stratifier", min_items=1, max_items=1)
    (strat_code,) = strat.items("code", min_items=1, max_items=1)
    if strat_code.code(None, FIGURE_SYSTEM) != stratifier:
        raise FiguresError(f"{strat.path}.code is not {stratifier}")
    counts: dict[str, int] = {}
    for stratum in strat.items("stratum", min_items=0, max_items=len(codes)):
        value = stratum.code("value", system)
        if value not in codes or value in counts:
            raise FiguresError(f"{stratum.path}.value is unknown or repeated")
        (population,) = stratum.items("population", min_items=1, max_items=1)
        if population.code("code", FIGURE_SYSTEM) != code:
            raise FiguresError(f"{population.path}.code is not {code}")
        counts[value] = population.get("count", int)
    if sum(counts.values()) != total.get("count", int):
        raise FiguresError(f"{group.path}: the strata do not add up to the total")
    return counts


class _Reader:
    """Typed, bounded access to one JSON object, with its path for error messages."""

    def __init__(self, node: object, path: str) -> None:
        if not isinstance(node, dict):
            raise FiguresError(f"{path} is not an object")
        self.node: Json = node
        self.path = path

    def get(self, name: str, kind: Any) -> Any:
        value = self.node.get(name)
        # bool is an int in Python, never a count in JSON.
        if not isinstance(value, kind) or isinstance(value, bool):
            raise FiguresError(f"{self.path}.{name} is missing or of the wrong type")
        return value

    def child(self, name: str) -> _Reader:
        return _Reader(self.node.get(name), f"{self.path}.{name}")

    def optional(self, name: str) -> _Reader | None:
        return None if self.node.get(name) is None else self.child(name)

    def items(self, name: str, *, min_items: int, max_items: int) -> list[_Reader]:
        values = self.node.get(name)
        if not isinstance(values, list) or not min_items <= len(values) <= max_items:
            raise FiguresError(f"{self.path}.{name} is not a list of {min_items}..{max_items}")
        return [_Reader(v, f"{self.path}.{name}[{i}]") for i, v in enumerate(values)]

    def code(self, name: str | None, system: str) -> str:
        """The one coding's code of a CodeableConcept (``name`` None: this object itself)."""
        concept = self if name is None else self.child(name)
        (coding,) = concept.items("coding", min_items=1, max_items=1)
        if coding.get("system", str) != system:
            raise FiguresError(f"{coding.path}.system is not {system}")
        code: str = coding.get("code", str)
        return code
