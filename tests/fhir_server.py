"""A real FHIR R4 server on loopback for the tests and the queue benchmark, and what they need
around it: test Bundles shaped like the reference consent Bundle, and counting resources by
identifier at the server.

The server is ``sekmet-fhir`` (FastAPI + SQLite) started as a child process on a free port with
its own database in a scratch folder, and stopped by its pid. Sekmet ignores unsupported
search parameters silently, so counts only include resources that really carry the searched
identifier.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

URI = "urn:ietf:rfc:3986"
SSIN = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin"
NIHDI = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi"
KIND = "https://kiosk.example.be/fhir/CodeSystem/consent-kind"
START_TIMEOUT_S = 60.0


def sekmet_installed() -> bool:
    return importlib.util.find_spec("sekmet") is not None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class FhirServer:
    """A running sekmet process; ``base_url`` ends in ``/fhir`` without a slash."""

    base_url: str
    process: subprocess.Popen[bytes] = field(repr=False)
    workdir: Path
    log_path: Path
    ca_bundle: str | None = None  # the test CA when the server speaks TLS
    client_cert: tuple[str, str] | None = None  # when it requires a client certificate

    @property
    def token_url(self) -> str:
        """Sekmet's SMART token endpoint (the server root, not the FHIR base, + /auth/token)."""
        return self.base_url.removesuffix("/fhir") + "/auth/token"

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, timeout_s: float = 10.0) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=timeout_s)

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text("utf-8", errors="replace")[-chars:]
        except OSError:
            return ""


def start_sekmet(
    workdir: Path,
    *,
    tokens: list[str] | None = None,
    server_auth: dict[str, Any] | None = None,
    tls: tuple[Path, Path, Path] | None = None,
    client_cert: tuple[Path, Path] | None = None,
) -> FhirServer:
    """Start sekmet on a free loopback port and wait (with a deadline) until /metadata answers.

    ``server_auth``: sekmet's own ``server_auth`` block (e.g. SMART clients), instead of
    ``tokens``. ``tls``: (certificate, key, CA) files to serve HTTPS with, checked by the CA.
    ``client_cert``: with ``tls``, require a client certificate issued by that CA (mutual TLS;
    sekmet's own ``serve`` cannot, so its app runs under uvicorn with ``ssl_cert_reqs``); the
    given (certificate, key) is what the start-up probe shows.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    last_error = "not started"
    for _ in range(3):  # a free port can be taken between our probe and sekmet's bind
        port = free_port()
        scheme = "https" if tls else "http"
        base_url = f"{scheme}://127.0.0.1:{port}/fhir"
        settings = {
            "base_url": base_url,
            "host": "127.0.0.1",
            "port": port,
            "data_dir": str(workdir / "data"),
            "log_inbound": False,
            "simulator": {"enabled": False},
            "server_auth": server_auth
            or ({"types": ["bearer"], "tokens": tokens} if tokens else {"types": ["none"]}),
        }
        if tls:
            settings["tls_certfile"], settings["tls_keyfile"] = str(tls[0]), str(tls[1])
        config = workdir / "settings.yaml"
        config.write_text(json.dumps(settings), "utf-8")  # JSON is YAML
        log_path = workdir / "sekmet.log"
        with log_path.open("ab") as log:
            command = ["-c", "from sekmet.cli import app; app()", "serve", "--config", str(config)]
            if tls and client_cert:
                command = ["-c", _MUTUAL_TLS_SERVE, str(config), str(port), *map(str, tls)]
            process = subprocess.Popen(
                [sys.executable, *command],
                cwd=workdir,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        server = FhirServer(
            base_url=base_url,
            process=process,
            workdir=workdir,
            log_path=log_path,
            ca_bundle=str(tls[2]) if tls else None,
            client_cert=(str(client_cert[0]), str(client_cert[1])) if client_cert else None,
        )
        if _wait_ready(server):
            return server
        server.stop()
        last_error = server.log_tail(500)
    raise RuntimeError(f"sekmet did not start: {last_error}")


_MUTUAL_TLS_SERVE = """
import os, ssl, sys, uvicorn
config, port, certfile, keyfile, ca = sys.argv[1:6]
os.environ["SEKMET_CONFIG"] = config
uvicorn.run("sekmet.main:app_factory", factory=True, host="127.0.0.1", port=int(port),
            log_level="info", ssl_certfile=certfile, ssl_keyfile=keyfile, ssl_ca_certs=ca,
            ssl_cert_reqs=ssl.CERT_REQUIRED)
"""


def _wait_ready(server: FhirServer) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_S
    with requests.Session() as session:
        verify = server.ca_bundle or True  # per request: REQUESTS_CA_BUNDLE beats session.verify
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                return False
            try:
                with session.get(
                    f"{server.base_url}/metadata", timeout=2, verify=verify, cert=server.client_cert
                ) as response:
                    if (
                        response.status_code == 200
                        and response.json().get("resourceType") == "CapabilityStatement"
                    ):
                        return True
            except (requests.RequestException, ValueError):
                pass
            # Nothing to wait on but the socket itself: poll it, bounded by the deadline.
            try:
                server.process.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                pass
    return False


# ---- test Bundles -----------------------------------------------------------------------


def _uuid(submission_id: str, role: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{submission_id}/{role}')}"


def _ssin(submission_id: str, role: str) -> str:
    """A valid Belgian national number (born 1940-1999) derived from the submission id."""
    digest = int.from_bytes(hashlib.sha256(f"{submission_id}/{role}".encode()).digest()[:8], "big")
    year, digest = 40 + digest % 60, digest // 60
    month, digest = 1 + digest % 12, digest // 12
    day, digest = 1 + digest % 28, digest // 28
    serial = 1 + digest % 997
    first9 = f"{year:02d}{month:02d}{day:02d}{serial:03d}"
    return f"{first9}{97 - int(first9) % 97:02d}"


def submission_identifiers(submission_id: str) -> list[tuple[str, str, str]]:
    """``(resourceType, system, value)`` of every resource a test submission creates, one each."""
    return [
        ("Patient", SSIN, _ssin(submission_id, "patient")),
        ("RelatedPerson", URI, _uuid(submission_id, "trusted-person")),
        ("Consent", URI, _uuid(submission_id, "consent")),
        ("Consent", URI, _uuid(submission_id, "trusted-person-consent")),
        ("Consent", URI, _uuid(submission_id, "exclusion")),
    ]


def make_bundle(submission_id: str, *, when: str = "2026-03-14T10:42:00+01:00") -> bytes:
    """A transaction Bundle like the reference consent Bundle, deterministic per submission id.

    Every entry is a conditional create, so posting the same bytes twice creates nothing new.
    """
    patient_ssin = _ssin(submission_id, "patient")
    patient_ref = _uuid(submission_id, "patient-fullurl")
    trusted_ref = _uuid(submission_id, "trusted-person-fullurl")
    trusted_id = _uuid(submission_id, "trusted-person")

    def entry(full_url: str, resource: dict, criteria: str) -> dict:
        return {
            "fullUrl": full_url,
            "resource": resource,
            "request": {
                "method": "POST",
                "url": resource["resourceType"],
                "ifNoneExist": f"identifier={criteria}",
            },
        }

    def consent(role: str, kind: str, rule: str, provision: dict) -> dict:
        ident = _uuid(submission_id, role)
        resource = {
            "resourceType": "Consent",
            "identifier": [{"system": URI, "value": ident}],
            "status": "active",
            "scope": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                        "code": "patient-privacy",
                    }
                ]
            },
            "category": [{"coding": [{"system": KIND, "code": kind}]}],
            "patient": {"reference": patient_ref},
            "dateTime": when,
            "performer": [{"reference": patient_ref}],
            "policyRule": {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": rule}
                ]
            },
            "provision": {"period": {"start": when}, **provision},
        }
        return entry(ident, resource, f"{URI}|{ident}")

    access = [
        {
            "coding": [
                {"system": "http://terminology.hl7.org/CodeSystem/consentaction", "code": "access"}
            ]
        }
    ]
    bundle = {
        "resourceType": "Bundle",
        "identifier": {"system": URI, "value": f"urn:uuid:{submission_id}"},
        "type": "transaction",
        "entry": [
            entry(
                patient_ref,
                {
                    "resourceType": "Patient",
                    "identifier": [{"use": "official", "system": SSIN, "value": patient_ssin}],
                    "name": [{"use": "official", "family": "Testpatient", "given": ["Kiosk"]}],
                },
                f"{SSIN}|{patient_ssin}",
            ),
            entry(
                trusted_ref,
                {
                    "resourceType": "RelatedPerson",
                    "identifier": [
                        {"system": SSIN, "value": _ssin(submission_id, "trusted")},
                        {"system": URI, "value": trusted_id},
                    ],
                    "active": True,
                    "patient": {"reference": patient_ref},
                    "name": [{"family": "Testtrusted", "given": ["Kiosk"]}],
                },
                f"{URI}|{trusted_id}",
            ),
            consent(
                "consent", "ehealth-informed-consent", "OPTIN", {"type": "permit", "action": access}
            ),
            consent(
                "trusted-person-consent",
                "trusted-person-designation",
                "OPTIN",
                {
                    "type": "permit",
                    "action": access,
                    "actor": [
                        {
                            "role": {"text": "trusted person"},
                            "reference": {"reference": trusted_ref},
                        }
                    ],
                },
            ),
            consent(
                "exclusion",
                "therapeutic-exclusion",
                "OPTOUT",
                {
                    "type": "deny",
                    "action": access,
                    "actor": [
                        {
                            "role": {"text": "information recipient"},
                            "reference": {"identifier": {"system": NIHDI, "value": "19999999001"}},
                        }
                    ],
                },
            ),
        ],
    }
    return json.dumps(bundle, separators=(",", ":")).encode("utf-8")


# ---- counting at the server -------------------------------------------------------------


def _carries(resource: dict, system: str, value: str) -> bool:
    return any(
        isinstance(i, dict) and i.get("system") == system and i.get("value") == value
        for i in resource.get("identifier") or []
    )


def _search(session: requests.Session, url: str, params: dict[str, str] | None) -> Iterator[dict]:
    next_url: str | None = url
    while next_url:
        with session.get(next_url, params=params, timeout=30) as response:
            response.raise_for_status()
            page = response.json()
        params = None
        for entry in page.get("entry") or []:
            yield entry.get("resource") or {}
        next_url = next(
            (link["url"] for link in page.get("link") or [] if link.get("relation") == "next"), None
        )


def count_by_identifier(
    base_url: str,
    resource_type: str,
    system: str,
    value: str,
    session: requests.Session | None = None,
) -> int:
    """How many ``resource_type`` resources at the server carry exactly this identifier."""
    own = session is None
    session = session or requests.Session()
    try:
        found = _search(
            session,
            f"{base_url}/{resource_type}",
            {"identifier": f"{system}|{value}", "_count": "100"},
        )
        return sum(1 for resource in found if _carries(resource, system, value))
    finally:
        if own:
            session.close()


def count_matching(
    base_url: str, resource_type: str, criteria: str, session: requests.Session | None = None
) -> int:
    """Resources matching a conditional-create criteria (``identifier=s|v`` or ``_tag=s|c``),
    counting only those that really carry that identifier or tag."""
    name, _, token = criteria.partition("=")
    system, _, value = token.partition("|")
    if name == "identifier":
        return count_by_identifier(base_url, resource_type, system, value, session)
    if name != "_tag":
        raise ValueError(f"unsupported criteria parameter {name!r}")
    own = session is None
    session = session or requests.Session()
    try:
        found = _search(session, f"{base_url}/{resource_type}", {"_tag": token, "_count": "100"})
        return sum(
            1
            for resource in found
            if any(
                t.get("system") == system and t.get("code") == value
                for t in (resource.get("meta") or {}).get("tag") or []
            )
        )
    finally:
        if own:
            session.close()


def submission_counts(
    base_url: str, submission_id: str, session: requests.Session | None = None
) -> list[int]:
    """For each resource of :func:`submission_identifiers`, how many the server holds."""
    return [
        count_by_identifier(base_url, t, s, v, session)
        for t, s, v in submission_identifiers(submission_id)
    ]
