"""Turns an :class:`~kiosk.enrolment.Enrolment` into the FHIR R4 ``transaction`` Bundle bytes.

The shape follows ``shared/reference/example-consent-bundle.json`` and consent-domain.md §2:

* ``Patient`` (BE core SSIN), conditional on the SSIN, so a second enrolment of the same
  citizen reuses the existing Patient instead of failing or duplicating it.
* ``Device``: the kiosk, conditional on its kiosk id (one Device per kiosk, reused). The stand
  is per submission, so it is ``Provenance.location``, not a Device property that would go stale
  when a kiosk moves to another stand.
* One ``Consent`` per decision, each with its own lifecycle (revoking one never touches another):
  - the national informed consent: GIVEN -> ``status=active``, policyRule ``OPTIN``, a permit
    provision (access, disclose; purpose TREAT); REFUSED -> ``status=rejected`` with the same
    OPTIN policyRule and no provision: "the opt-in was offered and declined". A refusal is not
    a revocation (which is national, notified to the citizen's eBox, and a separate operation),
    and an active OPTOUT Consent could be read by a hub as one;
  - per trusted person: a ``RelatedPerson`` (SSIN + eID card number) and a permit Consent with
    actor role ``AGNT``; when their card was read at the kiosk the Consent is verified with them;
  - per exclusion: a deny Consent whose actor is the provider's NIHII (``IRCP``, access).
* ``Provenance``: the citizen as author, the kiosk Device as enterer, the stand as location, and
  the eID reading as its source entity, identified by the card number: the Belgian proof of an
  eID reading (KMEHR ``EID-CARDNO``, proof type ``eidreading``), and whether the card proved
  it is the genuine chip by signing this submission's challenge. By default no copy of the
  card's files; with ``evidence = "card"`` the card's signed files, basic key, the challenge and
  the card's signature travel on that entity and as a ``Provenance.signature`` whose ``who`` is
  the Patient: :mod:`kiosk.fhir.card_evidence` says exactly how, and how a hub verifies them.

Every entry is a conditional create (``POST`` + ``ifNoneExist``) on an identifier derived from
the submission UUID (:mod:`.identifiers`); R4 Provenance has no identifier, so it is conditioned
on a ``meta.tag`` carrying its derived UUID (``_tag`` is a search parameter of every resource).
fullUrls are derived too, so the same Enrolment always yields byte-identical output: canonical
JSON (UTF-8, sorted keys, no insignificant whitespace). The outbox stores these bytes at capture
and never rebuilds them.

Data minimisation (consent-domain.md §4): only what :data:`kiosk.disclosure.SENT` declares goes
in, at the element paths it declares; no birth date or place, gender, nationality, special
status, validity dates, address, photo or card file, in any element or attachment; with
``evidence = "card"`` the card's signed identity file (which holds such fields) travels whole,
as declared, and still no address or photo.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from kiosk.enrolment import ConsentDecision, Enrolment, Exclusion, TrustedPerson
from kiosk.fhir import identifiers as ids
from kiosk.fhir.card_evidence import card_signature, entity_extensions
from kiosk.fhir.checks import validate_bundle

Json = dict[str, Any]

_BCP47 = {"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "en": "en"}


def canonical_json(document: Json) -> bytes:
    """UTF-8 JSON, sorted keys, no insignificant whitespace: one document, one byte string."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def build_bundle(enrolment: Enrolment) -> bytes:
    """The transaction Bundle for ``enrolment`` as canonical JSON bytes, validated.

    Raises :class:`~kiosk.fhir.checks.BundleValidationError` if the result fails validation
    (that would be a bug here, never a citizen's error).
    """
    data = canonical_json(_Builder(enrolment).bundle())
    validate_bundle(data)
    return data


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _coding(system: str, code: str, display: str | None = None) -> Json:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding


def _concept(system: str, code: str, display: str | None = None) -> Json:
    return {"coding": [_coding(system, code, display)]}


def _human_name(surname: str, first_names: str, use: str | None = None) -> Json:
    name: Json = {"family": surname}
    if first_names:
        name["given"] = first_names.split(" ")
    if use:
        name["use"] = use
    return name


class _Builder:
    """Builds the Bundle dict for one enrolment; one method per kind of entry."""

    def __init__(self, enrolment: Enrolment) -> None:
        self.e = enrolment
        self.ns = ids.namespaces(enrolment.demo)
        self.when = _instant(enrolment.captured_at)
        self.patient_url = self._url("patient")
        self.device_url = self._url("device")

    def _url(self, key: str) -> str:
        return ids.urn(ids.derived_uuid(self.e.submission_id, key))

    def _meta(self, profile: str | None = None, tags: list[Json] | None = None) -> Json | None:
        meta: Json = {}
        if profile:
            meta["profile"] = [profile]
        all_tags = list(tags or [])
        if self.e.demo:
            all_tags.append(dict(ids.DEMO_TAG))
        if all_tags:
            meta["tag"] = all_tags
        return meta or None

    def _entry(self, full_url: str, resource: Json, if_none_exist: str) -> Json:
        resource = {k: v for k, v in resource.items() if v is not None}
        return {
            "fullUrl": full_url,
            "resource": resource,
            "request": {
                "method": "POST",
                "url": resource["resourceType"],
                "ifNoneExist": if_none_exist,
            },
        }

    def _submission_entry(self, key: str, resource: Json) -> Json:
        """An entry identified by the UUID derived from ``key``, conditional on it."""
        value = self._url(key)
        resource["identifier"] = [
            *resource.get("identifier", []),
            {"system": self.ns.submission, "value": value},
        ]
        return self._entry(value, resource, "identifier=" + ids.token(self.ns.submission, value))

    def bundle(self) -> Json:
        e = self.e
        entries = [self.patient(), self.device()]
        related = [self.related_person(i, p) for i, p in enumerate(e.trusted_persons)]
        entries += related
        entries.append(self.informed_consent())
        entries += [
            self.trusted_person_consent(i, p, r["fullUrl"])
            for i, (p, r) in enumerate(zip(e.trusted_persons, related, strict=True))
        ]
        entries += [self.exclusion_consent(i, x) for i, x in enumerate(e.exclusions)]
        targets = [entry["fullUrl"] for entry in entries[2:]]
        entries.append(self.provenance(targets))
        bundle: Json = {
            "resourceType": "Bundle",
            "identifier": {"system": self.ns.submission, "value": ids.urn(e.submission_id)},
            "type": "transaction",
            "timestamp": self.when,
            "entry": entries,
        }
        meta = self._meta()
        if meta:
            bundle["meta"] = meta
        return bundle

    def patient(self) -> Json:
        c = self.e.citizen
        resource: Json = {
            "resourceType": "Patient",
            "meta": self._meta(ids.BE_PATIENT_PROFILE),
            "identifier": [{"use": "official", "system": self.ns.ssin, "value": c.national_number}],
            "name": [_human_name(c.surname, c.first_names, use="official")],
            "communication": [
                {
                    "language": _concept(ids.BCP47_SYSTEM, _BCP47[c.language]),
                    "preferred": True,
                }
            ],
        }
        criteria = "identifier=" + ids.token(self.ns.ssin, c.national_number)
        return self._entry(self.patient_url, resource, criteria)

    def device(self) -> Json:
        kiosk_id = self.e.kiosk_id
        resource: Json = {
            "resourceType": "Device",
            "meta": self._meta(),
            "identifier": [{"system": self.ns.kiosk, "value": kiosk_id}],
            "deviceName": [{"name": kiosk_id, "type": ids.DEVICE_NAME_TYPE}],
            "type": {"text": "eID enrolment kiosk"},
        }
        criteria = "identifier=" + ids.token(self.ns.kiosk, kiosk_id)
        return self._entry(self.device_url, resource, criteria)

    def related_person(self, index: int, person: TrustedPerson) -> Json:
        resource: Json = {
            "resourceType": "RelatedPerson",
            "meta": self._meta(),
            "identifier": [
                {"system": self.ns.ssin, "value": person.national_number},
                {"system": ids.EID_CARD_NUMBER_SYSTEM, "value": person.eid_card_number},
            ],
            "active": True,
            "patient": {"reference": self.patient_url},
            "relationship": [
                _concept(
                    ids.REPRESENTATION_ROLE,
                    "trusted-person",
                    "Vertrouwenspersoon / Personne de confiance",
                )
            ],
            "name": [_human_name(person.surname, person.first_names)],
        }
        return self._submission_entry(f"trusted-person/{index}/related-person", resource)

    def _consent(self, kind: str, *, status: str, policy: str, loinc: bool = False) -> Json:
        categories = [_concept(ids.CONSENT_KIND, kind)]
        if loinc:
            categories.insert(0, _concept(ids.LOINC, "59284-0", "Patient Consent"))
        return {
            "resourceType": "Consent",
            "meta": self._meta(ids.BE_CONSENT_PROFILE),
            "status": status,
            "scope": _concept(ids.CONSENT_SCOPE, "patient-privacy"),
            "category": categories,
            "patient": {"reference": self.patient_url},
            "dateTime": self.when,
            "performer": [{"reference": self.patient_url}],
            "policyRule": _concept(ids.V3_ACT_CODE, policy),
        }

    def _access(self, *codes: str) -> list[Json]:
        return [_concept(ids.CONSENT_ACTION, code) for code in codes]

    def informed_consent(self) -> Json:
        given = self.e.decision is ConsentDecision.GIVEN
        consent = self._consent(
            "ehealth-informed-consent",
            status="active" if given else "rejected",
            policy="OPTIN",
            loinc=True,
        )
        consent["verification"] = [
            {
                "verified": True,
                "verifiedWith": {"reference": self.patient_url},
                "verificationDate": _instant(self.e.proof.read_at),
            }
        ]
        # The receipt's reference, so the network's helpdesk finds this consent with one search.
        consent["identifier"] = [
            {"system": self.ns.reference, "value": ids.reference_code(self.e.submission_id)}
        ]
        if given:
            consent["provision"] = {
                "type": "permit",
                "period": {"start": self.when},
                "action": self._access("access", "disclose"),
                "purpose": [_coding(ids.V3_ACT_REASON, "TREAT")],
            }
        return self._submission_entry("informed-consent", consent)

    def trusted_person_consent(self, index: int, person: TrustedPerson, related_url: str) -> Json:
        consent = self._consent("trusted-person-designation", status="active", policy="OPTIN")
        if person.source == "card":
            consent["verification"] = [
                {
                    "verified": True,
                    "verifiedWith": {"reference": related_url},
                    "verificationDate": self.when,
                }
            ]
        consent["provision"] = {
            "type": "permit",
            "period": {"start": self.when},
            "actor": [
                {
                    "role": {
                        "coding": [_coding(ids.V3_ROLE_CLASS, "AGNT", "agent")],
                        "text": "vertrouwenspersoon / personne de confiance",
                    },
                    "reference": {"reference": related_url},
                }
            ],
            "action": self._access("access"),
        }
        return self._submission_entry(f"trusted-person/{index}/consent", consent)

    def exclusion_consent(self, index: int, exclusion: Exclusion) -> Json:
        consent = self._consent("therapeutic-exclusion", status="active", policy="OPTOUT")
        provider: Json = {"identifier": {"system": ids.NIHDI_SYSTEM, "value": exclusion.nihii}}
        if exclusion.display_name:
            provider["display"] = exclusion.display_name
        consent["provision"] = {
            "type": "deny",
            "period": {"start": self.when},
            "actor": [
                {
                    "role": _concept(ids.V3_PARTICIPATION_TYPE, "IRCP", "information recipient"),
                    "reference": provider,
                }
            ],
            "action": self._access("access"),
        }
        return self._submission_entry(f"exclusion/{index}/consent", consent)

    def provenance(self, targets: list[str]) -> Json:
        e, proof = self.e, self.e.proof
        tag_code = ids.derived_uuid(e.submission_id, "provenance")
        resource: Json = {
            "resourceType": "Provenance",
            "meta": self._meta(tags=[{"system": self.ns.provenance_tag, "code": tag_code}]),
            "target": [{"reference": url} for url in targets],
            "occurredDateTime": _instant(proof.read_at),
            "recorded": self.when,
            "activity": _concept(ids.V3_DATA_OPERATION, "CREATE", "create"),
            "location": {
                "identifier": {"system": ids.STAND_SYSTEM, "value": e.stand_id},
                "display": e.stand_id,
            },
            "agent": [
                {
                    "type": _concept(ids.PROVENANCE_PARTICIPANT, "author", "Author"),
                    "who": {"reference": self.patient_url},
                },
                {
                    "type": _concept(ids.PROVENANCE_PARTICIPANT, "enterer", "Enterer"),
                    "who": {"reference": self.device_url},
                },
            ],
            "entity": [
                {
                    "extension": entity_extensions(proof),
                    "role": "source",
                    "what": {
                        "identifier": {
                            "type": _concept(ids.PROOF_TYPE, "eidreading", "eID reading"),
                            "system": ids.EID_CARD_NUMBER_SYSTEM,
                            "value": proof.card_number,
                        },
                        "display": "Belgian eID card reading",
                    },
                }
            ],
        }
        signature = card_signature(proof, patient_url=self.patient_url, when=self.when)
        if signature is not None:
            resource["signature"] = [signature]
        criteria = "_tag=" + ids.token(self.ns.provenance_tag, tag_code)
        return self._entry(self._url("provenance"), resource, criteria)
