"""A day's report as the kiosk queues it: the ``MeasureReport`` transaction of
:func:`~.measure.measure_report_bundle` made signable like a submission.

:func:`~kiosk.fhir.signature.sign_bundle` and ``verify_bundle`` (and so ``kiosk-queue import``)
expect exactly one Provenance, carrying the kiosk's signature with ``who`` = the Bundle's one
kiosk Device. :func:`report_transaction` therefore adds to the report's entry:

* the kiosk ``Device``, a conditional create on its identifier, exactly as in a submission;
* a ``Provenance`` whose target is the MeasureReport and whose agent is that Device (author),
  located at the stand, a conditional create on a ``meta.tag`` derived from the queued
  version's UUID (each queued version of a day leaves its own signed record; re-sending the
  same version creates nothing new).

signature.py is unchanged. Demo reports use the demo systems and tag throughout.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from kiosk.fhir import identifiers as ids
from kiosk.fhir.bundle import canonical_json

from .measure import _validate_r4, measure_report_bundle
from .model import DailyFigures

__all__ = ["report_transaction"]

Json = dict[str, Any]


def report_transaction(
    figures: DailyFigures,
    *,
    stand_id: str,
    kiosk_id: str,
    demo: bool,
    version_id: str,
    generated_at: datetime | None = None,
) -> bytes:
    """The unsigned transaction (canonical JSON) for ``figures``: the MeasureReport's
    conditional update, the kiosk Device and this version's Provenance. ``version_id``: the
    UUID the queue knows this version by (a fresh one per queued version)."""
    bundle: Json = json.loads(
        measure_report_bundle(figures, stand_id, kiosk_id, demo, generated_at=generated_at)
    )
    report_url = bundle["entry"][0]["fullUrl"]
    ns = ids.namespaces(demo)
    device_url = ids.urn(ids.derived_uuid(version_id, "device"))
    tag_code = ids.derived_uuid(version_id, "provenance")
    demo_tags = [dict(ids.DEMO_TAG)] if demo else []
    device: Json = {
        "resourceType": "Device",
        "identifier": [{"system": ns.kiosk, "value": kiosk_id}],
        "deviceName": [{"name": kiosk_id, "type": ids.DEVICE_NAME_TYPE}],
        "type": {"text": "eID enrolment kiosk"},
    }
    if demo:
        device["meta"] = {"tag": demo_tags}
    provenance: Json = {
        "resourceType": "Provenance",
        "meta": {"tag": [{"system": ns.provenance_tag, "code": tag_code}, *demo_tags]},
        "target": [{"reference": report_url}],
        "recorded": bundle["timestamp"],
        "activity": {"coding": [{"system": ids.V3_DATA_OPERATION, "code": "UPDATE"}]},
        "location": {
            "identifier": {"system": ids.STAND_SYSTEM, "value": stand_id},
            "display": stand_id,
        },
        "agent": [
            {
                "type": {"coding": [{"system": ids.PROVENANCE_PARTICIPANT, "code": "author"}]},
                "who": {"reference": device_url},
            }
        ],
    }
    bundle["entry"] += [
        {
            "fullUrl": device_url,
            "resource": device,
            "request": {
                "method": "POST",
                "url": "Device",
                "ifNoneExist": "identifier=" + ids.token(ns.kiosk, kiosk_id),
            },
        },
        {
            "fullUrl": ids.urn(ids.derived_uuid(version_id, "provenance-entry")),
            "resource": provenance,
            "request": {
                "method": "POST",
                "url": "Provenance",
                "ifNoneExist": "_tag=" + ids.token(ns.provenance_tag, tag_code),
            },
        },
    ]
    data = canonical_json(bundle)
    _validate_r4(data)
    return data
