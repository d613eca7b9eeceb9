"""The FHIR endpoint policy: https always, http only to loopback, never verify=False."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.outbox.delivery import FhirClient
from kiosk.outbox.endpoint import EndpointError, is_loopback_host, make_endpoint, validate_base_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://fhir.abrumet.be/fhir", "https://fhir.abrumet.be/fhir"),
        ("https://fhir.abrumet.be/fhir/", "https://fhir.abrumet.be/fhir"),
        ("HTTPS://fhir.example.be:8443/r4", "HTTPS://fhir.example.be:8443/r4"),
        ("https://10.1.2.3/fhir", "https://10.1.2.3/fhir"),
        ("http://127.0.0.1:8090/fhir", "http://127.0.0.1:8090/fhir"),
        ("http://127.10.20.30/fhir", "http://127.10.20.30/fhir"),
        ("http://localhost:8090/fhir/", "http://localhost:8090/fhir"),
        ("http://LOCALHOST/fhir", "http://LOCALHOST/fhir"),
        ("http://[::1]:8090/fhir", "http://[::1]:8090/fhir"),
        ("  https://fhir.example.be/fhir  ", "https://fhir.example.be/fhir"),
    ],
)
def test_allowed_urls_are_normalised(url: str, expected: str) -> None:
    assert validate_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://fhir.abrumet.be/fhir", "http://"),
        ("http://10.0.0.5:8090/fhir", "http://"),
        ("http://192.168.1.10/fhir", "http://"),
        ("http://[2001:db8::1]/fhir", "http://"),
        ("http://127.0.0.1.nip.io/fhir", "http://"),
        ("http://localhost.example.com/fhir", "http://"),
        ("ftp://fhir.example.be/fhir", "https://"),
        ("file:///etc/passwd", "https://"),
        ("fhir.example.be/fhir", "https://"),
        ("https:///fhir", "no host"),
        ("https://", "no host"),
        ("https://user:secret@fhir.example.be/fhir", "credentials"),
        ("https://token@fhir.example.be/fhir", "credentials"),
        ("https://fhir.example.be/fhir?x=1", "query"),
        ("https://fhir.example.be/fhir#frag", "fragment"),
        ("https://fhir.example.be:99999/fhir", "malformed"),
        ("https://fhir.exa mple.be/fhir", "whitespace"),
        ("", "empty"),
    ],
)
def test_refused_urls_say_why_without_echoing_the_url(url: str, words: str) -> None:
    with pytest.raises(EndpointError) as info:
        validate_base_url(url)
    message = str(info.value)
    assert words in message
    assert "secret" not in message and "abrumet" not in message and "example" not in message


def test_loopback_detection() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("127.255.255.254")
    assert (
        is_loopback_host("::1")
        and is_loopback_host("[::1]")
        and is_loopback_host("::ffff:127.0.0.1")
    )
    assert (
        not is_loopback_host("128.0.0.1")
        and not is_loopback_host("::2")
        and not is_loopback_host("0.0.0.0")
    )


def test_client_refuses_a_plain_http_remote_endpoint() -> None:
    with pytest.raises(EndpointError):
        FhirClient("http://fhir.abrumet.be/fhir")


def test_tls_verification_is_always_on(tmp_path: Path) -> None:
    import requests

    session = requests.Session()
    session.verify = False  # a caller's session cannot switch verification off
    client = FhirClient("https://fhir.example.be/fhir", session=session)
    assert session.verify is True
    client.close()
    bundle = tmp_path / "network-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", "ascii")
    with requests.Session() as other:
        FhirClient("https://fhir.example.be/fhir", session=other, ca_bundle=str(bundle))
        assert other.verify == str(bundle)
    assert make_endpoint("https://fhir.example.be/fhir").verify is True


def test_a_missing_ca_bundle_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EndpointError, match="CA bundle"):
        make_endpoint("https://fhir.example.be/fhir", tmp_path / "missing.pem")
