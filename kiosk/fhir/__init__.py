"""FHIR R4 output of the kiosk: an :class:`~kiosk.enrolment.Enrolment` as a transaction Bundle.

:func:`build_bundle` makes the canonical bytes the outbox stores and delivers,
:func:`validate_bundle` checks any such bytes (R4B structure plus our own rules) and
:func:`bundle_identifiers` gives the search criteria that find the delivered resources.
No Qt and no I/O here.
"""

from __future__ import annotations

from kiosk.fhir.bundle import build_bundle, canonical_json
from kiosk.fhir.checks import BundleValidationError, bundle_identifiers, validate_bundle

__all__ = [
    "BundleValidationError",
    "build_bundle",
    "bundle_identifiers",
    "canonical_json",
    "validate_bundle",
]
