"""The report's fetcher against a hostile server: a loopback HTTP server answering crafted
search pages. Every answer that is not a sane searchset of MeasureReports is a FetchError,
and a ``next`` link that leaves the endpoint is never followed (the token would go with it)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from kiosk.campaign.fetch import FetchError, Limits, fetch_reports


class _Server(ThreadingHTTPServer):
    pages: dict[str, tuple[int, bytes]]
    seen: list[tuple[str, str | None]]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?", 1)[0]
        self.server.seen.append((self.path, self.headers.get("Authorization")))
        status, body = self.server.pages.get(path, (404, b"{}"))
        self.send_response(status)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.pages, server.seen = {}, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _base(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/fhir"


def _page(entries: list[Any], next_url: str | None = None) -> bytes:
    page: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset", "entry": entries}
    if next_url:
        page["link"] = [{"relation": "next", "url": next_url}]
    return json.dumps(page).encode()


REPORT = {"resource": {"resourceType": "MeasureReport", "id": "a"}}


def test_pages_are_followed_and_the_token_is_sent(server: _Server) -> None:
    base = _base(server)
    server.pages["/fhir/MeasureReport"] = (200, _page([REPORT], f"{base}/page2?x=1"))
    server.pages["/fhir/page2"] = (200, _page([REPORT, REPORT]))
    found = list(fetch_reports(base, token="t0k"))
    assert len(found) == 3
    assert [auth for _, auth in server.seen] == ["Bearer t0k", "Bearer t0k"]
    assert "measure=" in server.seen[0][0] and "_count=" in server.seen[0][0]


@pytest.mark.parametrize(
    "next_url",
    [
        "http://evil.example/fhir/MeasureReport?page=2",
        "http://127.0.0.1:1/fhir/MeasureReport",
        "{base}x/MeasureReport",
        "https://127.0.0.1/fhir/MeasureReport",
    ],
)
def test_a_next_link_off_the_endpoint_is_refused(server: _Server, next_url: str) -> None:
    base = _base(server)
    server.pages["/fhir/MeasureReport"] = (200, _page([REPORT], next_url.format(base=base)))
    with pytest.raises(FetchError, match="not on the endpoint"):
        list(fetch_reports(base, token="t0k"))
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (401, b"{}", "refused our credentials"),
        (500, b"{}", "HTTP 500"),
        (200, b"<html>captive portal</html>", "not JSON"),
        (200, b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (200, b'{"resourceType": "Patient"}', "not a Bundle"),
        (200, b'{"resourceType": "Bundle", "type": "transaction"}', "not a searchset"),
        (200, _page([{"resource": {"resourceType": "Patient"}}]), "not a MeasureReport"),
        (200, _page(["x"]), "not a MeasureReport"),
        (200, b'{"resourceType": "Bundle", "type": "searchset", "entry": 3}', "malformed"),
        (200, b'{"resourceType":"Bundle","type":"searchset","link":[{"relation":"next"}]}', "next"),
    ],
)
def test_bad_answers_are_fetch_errors(
    server: _Server, status: int, body: bytes, message: str
) -> None:
    server.pages["/fhir/MeasureReport"] = (status, body)
    with pytest.raises(FetchError, match=message):
        list(fetch_reports(_base(server)))


def test_a_page_too_large_is_refused(server: _Server) -> None:
    server.pages["/fhir/MeasureReport"] = (200, _page([REPORT] * 2000))
    with pytest.raises(FetchError, match="larger than"):
        list(fetch_reports(_base(server), limits=Limits(max_page_bytes=10_000)))


def test_a_next_link_loop_stops_at_the_page_bound(server: _Server) -> None:
    base = _base(server)
    server.pages["/fhir/MeasureReport"] = (200, _page([REPORT], f"{base}/MeasureReport?again"))
    with pytest.raises(FetchError, match="more than 4 pages"):
        list(fetch_reports(base, limits=Limits(max_pages=4)))
    assert len(server.seen) == 4


def test_an_outcome_entry_about_ignored_parameters_is_skipped(server: _Server) -> None:
    outcome = {"resource": {"resourceType": "OperationOutcome"}, "search": {"mode": "outcome"}}
    server.pages["/fhir/MeasureReport"] = (200, _page([outcome, REPORT]))
    assert [r["id"] for r in fetch_reports(_base(server))] == ["a"]
