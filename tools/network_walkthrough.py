"""One submission from a kiosk to a health network, shown as the network receives it.

Run from the repository root: ``.venv/bin/python tools/network_walkthrough.py [--evidence card]``

It sets up, on loopback and in a scratch folder (deleted at the end):

* the network: the sekmet FHIR server over TLS (a test CA made here) with its SMART Backend
  Services token endpoint on, scopes enforced, and this kiosk's public key registered;
* the kiosk: a data folder with its queue key (under a passphrase) and its own network key,
  and a settings file for ``auth = "smart"`` over TLS;

then prints, in order:

0. a production kiosk set up from nothing: ``kiosk --self-test`` before, ``kiosk provision
   --non-interactive`` (the real command; its key was registered with the network already, as
   ``kiosk network register`` would have printed it), and ``kiosk --self-test`` after;
1. ``kiosk --self-test`` of the test stand below (the real command, in a subprocess);
2. a visit of the applet-1.8 specimen citizen through the real flow and Services: her card
   read and verified, consent given, a trusted person by card and one typed, two exclusions,
   the card's challenge signed when she confirms;
3. the Bundle exactly as queued and delivered (canonical JSON, pretty-printed here), then every
   element of it with the declaration (:mod:`kiosk.disclosure`) that allows it to leave;
4. what the network holds afterwards: the Consent found by the receipt's reference.

The visit's people are the fictitious specimen cards of :mod:`kiosk.cardreader.virtual`.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "walkthrough passphrase"
CLIENT_ID = "kiosk-walkthrough"
PRODUCTION_ID = "kiosk-ixelles-1"
SCOPES = "system/*.c"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evidence", choices=("minimal", "card"), default="minimal")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-walkthrough-") as scratch:
        return _walk(Path(scratch), args.evidence)


def _walk(root: Path, evidence: str) -> int:
    from kiosk.cardreader.virtual.profiles import build_profile
    from kiosk.network.identity import load_or_create_identity
    from kiosk.outbox.keys import load_or_create_key
    from tests.fhir_server import start_sekmet
    from tests.tls_ca import make_test_pki

    data_dir = root / "kiosk"
    key = load_or_create_key(data_dir, passphrase=PASSPHRASE, protection="passphrase")
    identity = load_or_create_identity(data_dir, key)
    production_dir = root / "production-kiosk"
    production_key = load_or_create_key(
        production_dir, passphrase=PASSPHRASE, protection="passphrase"
    )
    production = load_or_create_identity(production_dir, production_key)
    pki = make_test_pki(root / "pki")
    server = start_sekmet(
        root / "sekmet",
        server_auth={
            "types": ["smart"],
            "smart_clients": [
                {
                    "client_id": CLIENT_ID,
                    "jwks": identity.jwks(),
                    "scopes": f"{SCOPES} system/*.rs",
                },
                {"client_id": PRODUCTION_ID, "jwks": production.jwks(), "scopes": SCOPES},
            ],
            "enforce_scopes": True,
            "token_lifetime": 3600,
        },
        tls=(pki.server_cert, pki.server_key, pki.ca_path),
    )
    pcscd = _start_pcscd(root / "pcscd")
    try:
        export_key = _export_key(root)
        _provisioning(root, production_dir, server, pki, export_key)
        trust_root = root / "specimen-root.pem"
        trust_root.write_bytes(build_profile("applet18").trust_root_pem or b"")
        config = root / "kiosk.toml"
        config.write_text(
            "\n".join(
                [
                    "production = false  # a test stand: the specimen cards' test root",
                    'stand_id = "brussels-town-hall"',
                    'kiosk_id = "kiosk-07"',
                    f'endpoint = "{server.base_url}"',
                    f'ca_bundle = "{pki.ca_path}"',
                    'auth = "smart"',
                    f'token_url = "{server.token_url}"',
                    f'client_id = "{CLIENT_ID}"',
                    f'scopes = "{SCOPES}"',
                    f'evidence = "{evidence}"',
                    f'data_dir = "{data_dir}"',
                    f'trust_roots = ["{trust_root}"]',
                    f'export_public_key = "{export_key}"',
                    "",
                ]
            ),
            "utf-8",
        )
        # The stand's operator PIN, as `kiosk provision` sets it (its output is not shown).
        _run(
            ["provision", "--non-interactive", "--config", str(config), "--skip-self-test"],
            quiet=True,
            KIOSK_OPERATOR_PIN="402719",
        )
        _heading(f"1. kiosk --self-test --config {config.name}  (auth = smart over TLS)")
        _self_test(config)
        _heading(f"2. a visit: applet-1.8 specimen card, consent given (evidence = {evidence})")
        bundle, reference = _visit(config)
        _heading("3. the Bundle as queued and delivered (its bytes, pretty-printed)")
        print(json.dumps(json.loads(bundle), indent=2, ensure_ascii=False))
        _heading("   every element, with the declaration that lets it leave the kiosk")
        _account(json.loads(bundle), evidence)
        _heading("4. what the network holds: the Consent found by the receipt's reference")
        _found(server, pki.ca_path, identity, reference)
    finally:
        if pcscd is not None:
            pcscd.stop()
        server.stop()
    return 0


def _start_pcscd(rundir: Path) -> Any:
    """A PC/SC daemon of the walkthrough's own with the virtual reader (the stand's card
    reader, for the self-tests), or None when this machine cannot run one."""
    from tests.pcscd_helper import PcscdUnavailable, PrivatePcscd

    pcscd = PrivatePcscd(rundir)
    os.environ["PCSCLITE_CSOCK_NAME"] = str(pcscd.socket_path)
    try:
        pcscd.start()
    except PcscdUnavailable as exc:
        print(f"(no private pcscd: {exc})")
        return None
    return pcscd


def _export_key(root: Path) -> Path:
    """The network's export public key (its private half is the network's, not needed here)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    export_key = root / "network-export.pem"
    network = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    export_key.write_bytes(
        network.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return export_key


def _provisioning(root: Path, data_dir: Path, server: Any, pki: Any, export_key: Path) -> None:
    """A production kiosk: its self-test blank, its scripted provisioning, its self-test."""
    config = root / "production" / "kiosk.toml"
    config.parent.mkdir()
    config.write_text(f'data_dir = "{data_dir}"\n', "utf-8")
    _heading("0. a production kiosk, before provisioning: kiosk --self-test")
    _run(["--self-test", "--config", str(config)])
    command = [
        "provision",
        "--non-interactive",
        "--config",
        str(config),
        "--stand-id",
        "ixelles",
        "--stand-name",
        "Ixelles town hall",
        "--kiosk-id",
        "k1",
        "--endpoint",
        server.base_url,
        "--auth",
        "smart",
        "--token-url",
        server.token_url,
        "--client-id",
        PRODUCTION_ID,
        "--scopes",
        SCOPES,
        "--ca-bundle",
        str(pki.ca_path),
        "--export-key",
        str(export_key),
        "--languages",
        "fr,nl",
    ]
    _heading(f"0. kiosk {' '.join(command[:2])} ... (secrets in the environment)")
    print("$ kiosk " + " ".join(command).replace(str(root), "$SCRATCH"))
    _run(command, KIOSK_OPERATOR_PIN="402719")
    _heading("0. the same kiosk, provisioned: kiosk --self-test")
    _run(["--self-test", "--config", str(config)])


def _heading(text: str) -> None:
    print(f"\n=== {text}", flush=True)


def _self_test(config: Path) -> None:
    _run(["--self-test", "--config", str(config)])


def _run(arguments: list[str], *, quiet: bool = False, **secrets: str) -> None:
    """``kiosk ARGUMENTS`` in a subprocess (the real command), its output and exit status."""
    env = {
        **os.environ,
        "KIOSK_QUEUE_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        **secrets,
    }
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.main", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if quiet and done.returncode == 0:
        return
    print((done.stdout + done.stderr).rstrip())
    print(f"(exit status {done.returncode})")


def _visit(config: Path) -> tuple[bytes, str]:
    from kiosk.cardreader.reader import authenticate_card
    from kiosk.cardreader.virtual.card import VirtualCard, VirtualTransport
    from kiosk.cardreader.virtual.profiles import build_profile
    from kiosk.config import load_config
    from kiosk.flow import EnrolmentFlow, Step
    from kiosk.network.clients import delivery_client
    from kiosk.outbox.sync import SyncWorker
    from kiosk.services import Services
    from tests.helpers.flow_driver import Entries, reach
    from tests.helpers.specimens import nihii

    settings = load_config(config).settings
    services = Services(settings)
    services.open_queue(PASSPHRASE)
    card = VirtualTransport(VirtualCard(build_profile("applet18")))
    try:
        flow = EnrolmentFlow(
            services.submit,
            settings.flow_config(),
            authenticate=lambda read, challenge: authenticate_card(card, read.basic_key, challenge),
            refused=services.refuse,
        )
        entries = Entries(
            by_card=True,
            typed="de-citizen",
            exclusions=((nihii(123456), "Dr. Example"), (nihii(654321), None)),
        )
        reach(flow, None, Step.DONE, citizen="applet18", entries=entries)
        reference = flow.reference or ""
        print(f"receipt reference: {reference}")
        assert services.outbox is not None
        ((_, bundle, _),) = services.outbox.undelivered_payloads()
        worker = SyncWorker(services.outbox, delivery_client(settings, services.identity))
        result = worker.run_round()
        print(f"sync round: {result.ended}, delivered {result.delivered}")
        print(f"queue afterwards: {services.outbox.status()}")
    finally:
        services.close()
    return bundle, reference


def _account(document: dict[str, Any], evidence: str) -> None:
    from kiosk import disclosure

    fields = disclosure.sent(evidence)  # type: ignore[arg-type]
    rows: list[tuple[str, str, str]] = []
    for path, value in _elements(document):
        general = re.sub(r"\[\d+\]", "", path)
        owners = [f.id for f in fields if any(fnmatch.fnmatchcase(general, p) for p in f.paths)]
        shown = json.dumps(value, ensure_ascii=False)
        shown = shown if len(shown) <= 48 else shown[:45] + "..."
        rows.append((path, shown, ", ".join(owners) or "STRUCTURE (fixed, same for everyone)"))
    width = max(len(r[0]) for r in rows)
    for path, shown, owner in rows:
        print(f"{path:<{width}}  {owner:<28}  {shown}")
    grouped: dict[str, set[str]] = {}
    for path, _shown, owner in rows:
        general = re.sub(r"\[\d+\]", "", path)
        names = [owner] if owner.startswith("STRUCTURE") else owner.split(", ")
        for name in names:
            grouped.setdefault(name, set()).add(general)
    print("\nthe same, by declaration (element paths without indices):")
    for name, paths in grouped.items():
        print(f"  {name}:")
        for general in sorted(paths):
            print(f"      {general}")
    undeclared = [r for r in rows if r[2].startswith("STRUCTURE")]
    print(
        f"\n{len(rows)} elements: {len(rows) - len(undeclared)} carry a declared field, "
        f"{len(undeclared)} are fixed structure (codes, systems, resource types, the same in "
        "every Bundle; tests/unit/test_disclosure.py checks that nothing varying is undeclared)"
    )


def _elements(document: dict[str, Any]) -> list[tuple[str, Any]]:
    """Each leaf under the declaration's path form: ``Patient.name[0].family``."""
    out: list[tuple[str, Any]] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")
        else:
            out.append((path, node))

    for i, entry in enumerate(document["entry"]):
        resource = entry["resource"]
        kind = resource["resourceType"]
        for key, value in resource.items():
            walk(value, f"{kind}.{key}")
        for key in ("fullUrl", "request"):
            walk(entry[key], f"Bundle.entry[{i}].{key}")
    for key, value in document.items():
        if key != "entry":
            walk(value, f"Bundle.{key}")
    return out


def _found(server: Any, ca_path: Path, identity: Any, reference: str) -> None:
    import requests

    from kiosk.fhir.identifiers import REAL
    from kiosk.network.smart import SmartTokenSource

    tokens = SmartTokenSource(
        server.token_url,
        CLIENT_ID,
        "system/*.rs",
        identity,
        ca_bundle=str(ca_path),
    )
    answer = requests.get(
        f"{server.base_url}/Consent",
        params={"identifier": f"{REAL.reference}|{reference}"},
        headers={"Authorization": f"Bearer {tokens.token()}", "Accept": "application/fhir+json"},
        verify=str(ca_path),
        timeout=10,
    )
    found = answer.json()
    total = found.get("total")
    print(f"GET Consent?identifier=...|{reference}: HTTP {answer.status_code}, total {total}")
    for entry in found.get("entry", []):
        consent = entry["resource"]
        print(
            f"  Consent/{consent['id']}: status {consent['status']}, "
            f"identifiers {[i['value'] for i in consent.get('identifier', [])]}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
