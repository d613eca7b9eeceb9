"""Validation of a submission Bundle: fhir.resources R4B structure plus the rules it does not check.

``fhir.resources`` checks structure, types and required elements, but not FHIRPath invariants
or code bindings (consent-domain.md §3). On top of it we check what makes a submission safe to
queue and replay:

* a ``transaction`` whose every entry is a conditional create: ``POST`` to its own type with a
  ``request.ifNoneExist`` that is unique in the bundle and matches the resource (an identifier,
  or for Provenance a ``meta.tag``), so a replay is a no-op and no two entries collide;
* every ``urn:uuid`` fullUrl is unique and every reference resolves inside the bundle;
* SSINs (real or demo system) are 11 digits with valid check digits (BE core ``be-inv-SSIN``),
  NIHII identifiers are 11 digits;
* every Consent has a status, scope, category, a patient that is a Patient entry, and a
  policyRule or policy (R4 ``ppc-1`` .. ``ppc-5``);
* demo and real never mix: either every resource carries the demo tag and only demo namespaces
  are used, or none does and no demo namespace appears.

:func:`validate_bundle` raises :class:`BundleValidationError` listing every problem found. The
problems name entries by index and type, elements by path: never a value, so no personal data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from stdnum.be import ssn as be_ssn

from kiosk.errors import KioskError
from kiosk.fhir import identifiers as ids

Json = dict[str, Any]

_CONSENT_STATUSES = {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}
_DEMO_ONLY = {
    ids.DEMO.ssin,
    ids.DEMO.submission,
    ids.DEMO.kiosk,
    ids.DEMO.provenance_tag,
    ids.DEMO.reference,
}
_REAL_ONLY = {
    ids.REAL.ssin,
    ids.REAL.submission,
    ids.REAL.kiosk,
    ids.REAL.provenance_tag,
    ids.REAL.reference,
}
_SSIN_SYSTEMS = {ids.REAL.ssin, ids.DEMO.ssin}


class BundleValidationError(KioskError, ValueError):
    """A Bundle failed validation; ``problems`` lists each failure without personal data."""

    code = "invalid-bundle"

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"bundle failed {len(self.problems)} check(s): " + "; ".join(self.problems)
        )


def validate_bundle(data: bytes) -> None:
    """Raise :class:`BundleValidationError` unless ``data`` is a valid submission Bundle."""
    try:
        bundle = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise BundleValidationError(["not valid UTF-8 JSON"]) from None
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise BundleValidationError(["not a FHIR Bundle"])
    problems = list(_r4b_problems(data))
    try:
        problems += _bundle_problems(bundle)
    except (AttributeError, TypeError, KeyError):
        # Our checks assume the shapes R4B guarantees; R4B has already said what is wrong.
        if not problems:
            raise
    if problems:
        raise BundleValidationError(problems)


def bundle_identifiers(data: bytes) -> tuple[tuple[str, str], ...]:
    """``(resourceType, search)`` per entry, in order: the conditional-create criteria, which
    find exactly the resources the submission created (or reused) at the server, e.g.
    ``("Consent", "identifier=urn:ietf:rfc:3986|urn:uuid:…")``. The Patient's holds the SSIN:
    search with ``POST [base]/Patient/_search`` rather than a URL that ends up in access logs.
    """
    bundle = json.loads(data)
    return tuple(
        (entry["resource"]["resourceType"], entry["request"]["ifNoneExist"])
        for entry in bundle["entry"]
    )


def _r4b_problems(data: bytes) -> Iterator[str]:
    # Imported here: fhir.resources takes ~0.3 s to import and only validation needs it.
    import pydantic
    from fhir.resources.R4B.bundle import Bundle

    try:
        Bundle.model_validate_json(data)
    except pydantic.ValidationError as exc:
        # Only the location and the error type: pydantic's message and input can hold values.
        for error in exc.errors(include_input=False, include_url=False):
            path = ".".join(str(part) for part in error["loc"])
            yield f"R4B: {path}: {error['type']}"
    except (KeyError, TypeError, ValueError) as exc:
        # fhir.resources raises KeyError for an unknown resourceType instead of a ValidationError.
        yield f"R4B: not parseable ({type(exc).__name__})"


def _bundle_problems(bundle: Json) -> list[str]:
    problems: list[str] = []
    if bundle.get("type") != "transaction":
        problems.append("Bundle.type is not transaction")
    entries = bundle.get("entry")
    if not isinstance(entries, list) or not entries:
        return [*problems, "Bundle has no entries"]
    resources: dict[str, str] = {}
    criteria: set[str] = set()
    for i, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            problems.append(f"entry {i}: no resource")
            continue
        where = f"entry {i} ({resource.get('resourceType')})"
        url = entry.get("fullUrl")
        if not isinstance(url, str) or not url.startswith("urn:uuid:"):
            problems.append(f"{where}: fullUrl is not a urn:uuid")
        elif url in resources:
            problems.append(f"{where}: duplicate fullUrl")
        else:
            resources[url] = str(resource.get("resourceType"))
        problems += _request_problems(where, entry.get("request"), resource, criteria)
    for i, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            continue
        where = f"entry {i} ({resource.get('resourceType')})"
        problems += _reference_problems(where, resource, resources)
        problems += _identifier_problems(where, resource)
        if resource.get("resourceType") == "Consent":
            problems += _consent_problems(where, resource, resources)
    problems += _demo_problems(bundle)
    return problems


def _request_problems(where: str, request: Any, resource: Json, seen: set[str]) -> list[str]:
    if not isinstance(request, dict):
        return [f"{where}: no request"]
    problems = []
    if request.get("method") != "POST":
        problems.append(f"{where}: request.method is not POST")
    if request.get("url") != resource.get("resourceType"):
        problems.append(f"{where}: request.url is not the resource type")
    criteria = request.get("ifNoneExist")
    if not isinstance(criteria, str) or not criteria:
        return [*problems, f"{where}: request.ifNoneExist missing"]
    if criteria in seen:
        problems.append(f"{where}: request.ifNoneExist repeats another entry's")
    seen.add(criteria)
    if not _criteria_match(criteria, resource):
        problems.append(f"{where}: request.ifNoneExist does not match the resource")
    return problems


def _criteria_match(criteria: str, resource: Json) -> bool:
    """Whether ``identifier=sys|val`` / ``_tag=sys|code`` names something the resource carries."""
    name, _, value = criteria.partition("=")
    system, bar, code = value.partition("|")
    if not bar or not system or not code or "&" in value:
        return False
    if name == "identifier":
        found = resource.get("identifier") or []
        return any(i.get("system") == system and i.get("value") == code for i in found)
    if name == "_tag":
        found = (resource.get("meta") or {}).get("tag") or []
        return any(t.get("system") == system and t.get("code") == code for t in found)
    return False


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, Json]]:
    """Every dict in a resource, with its dotted path (list indexes included)."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def _reference_problems(where: str, resource: Json, resources: dict[str, str]) -> list[str]:
    problems = []
    for path, node in _walk(resource):
        ref = node.get("reference")
        if isinstance(ref, str) and ref not in resources:
            problems.append(f"{where}: {path}.reference does not resolve inside the bundle")
    return problems


def _identifier_problems(where: str, resource: Json) -> list[str]:
    problems = []
    for path, node in _walk(resource):
        system, value = node.get("system"), node.get("value")
        if not isinstance(value, str) or "code" in node:
            continue
        if system in _SSIN_SYSTEMS and not (
            len(value) == 11 and value.isdigit() and be_ssn.is_valid(value)
        ):
            problems.append(f"{where}: {path} is not a valid SSIN")
        elif system == ids.NIHDI_SYSTEM and not (len(value) == 11 and value.isdigit()):
            problems.append(f"{where}: {path} is not an 11-digit NIHII number")
    return problems


def _consent_problems(where: str, consent: Json, resources: dict[str, str]) -> list[str]:
    problems = []
    if consent.get("status") not in _CONSENT_STATUSES:
        problems.append(f"{where}: status is not a Consent status")
    if not consent.get("scope"):
        problems.append(f"{where}: no scope")
    if not consent.get("category"):
        problems.append(f"{where}: no category")
    patient = (consent.get("patient") or {}).get("reference")
    if not patient:
        problems.append(f"{where}: no patient (ppc-2..5)")
    elif resources.get(patient) not in (None, "Patient"):
        problems.append(f"{where}: patient does not reference a Patient")
    if not consent.get("policyRule") and not consent.get("policy"):
        problems.append(f"{where}: neither policyRule nor policy (ppc-1)")
    provision = consent.get("provision")
    if provision is not None and provision.get("type") not in ("permit", "deny"):
        problems.append(f"{where}: provision.type is not permit or deny")
    return problems


def _is_demo(resource: Json) -> bool:
    tags = (resource.get("meta") or {}).get("tag") or []
    return any(
        t.get("system") == ids.DEMO_TAG["system"] and t.get("code") == ids.DEMO_TAG["code"]
        for t in tags
    )


def _demo_problems(bundle: Json) -> list[str]:
    demo = _is_demo(bundle)
    problems = []
    forbidden = _REAL_ONLY if demo else _DEMO_ONLY
    entries = [
        e for e in bundle["entry"] if isinstance(e, dict) and isinstance(e.get("resource"), dict)
    ]
    for i, entry in enumerate(entries):
        resource = entry["resource"]
        where = f"entry {i} ({resource.get('resourceType')})"
        if _is_demo(resource) != demo:
            problems.append(f"{where}: demo tag differs from the Bundle's (demo and real mixed)")
        criteria = (entry.get("request") or {}).get("ifNoneExist") or ""
        systems = {node.get("system") for _, node in _walk(resource)}
        systems.add(criteria.partition("=")[2].partition("|")[0])
        if systems & forbidden:
            kind = "real" if demo else "demo"
            problems.append(f"{where}: uses a {kind} identifier namespace (demo and real mixed)")
    if bundle.get("identifier", {}).get("system") in forbidden:
        problems.append("Bundle.identifier uses the wrong namespace (demo and real mixed)")
    return problems
