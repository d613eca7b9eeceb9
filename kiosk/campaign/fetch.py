"""Fetching the stands' daily MeasureReports from the FHIR server, page by page, with bounds.

One search (``MeasureReport?measure=<ours>&period=ge<from>&period=le<to>``) and then the
``Bundle.link[next]`` pages the server hands out. Everything is bounded, because the server's
answers are input: the page size, the number of pages, the bytes of one page and the total
time. A ``next`` link that leaves the endpoint (another host, scheme or base path) is refused:
the bearer token must never be sent elsewhere.

A server may ignore search parameters it does not support (the loopback test server has no
MeasureReport search parameters at all): the caller filters again by measure and day.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import requests

from kiosk.errors import KioskError
from kiosk.figures import MEASURE_URL

Json = dict[str, Any]

PAGE_SIZE = 200
MAX_PAGES = 2_000
MAX_PAGE_BYTES = 64 * 1024 * 1024
DEADLINE_S = 600.0
TIMEOUT = (10.0, 60.0)
_CHUNK = 1024 * 1024


class FetchError(KioskError):
    """The reports could not be fetched; the message says why (never a response body)."""

    code = "campaign-fetch"


@dataclass(frozen=True)
class Limits:
    page_size: int = PAGE_SIZE
    max_pages: int = MAX_PAGES
    max_page_bytes: int = MAX_PAGE_BYTES
    deadline_s: float = DEADLINE_S


def search_params(start: date | None, end: date | None, page_size: int) -> list[tuple[str, str]]:
    params = [("measure", MEASURE_URL), ("_count", str(page_size))]
    if start:
        params.append(("period", f"ge{start.isoformat()}"))
    if end:
        params.append(("period", f"le{end.isoformat()}"))
    return params


def fetch_reports(
    base_url: str,
    *,
    start: date | None = None,
    end: date | None = None,
    session: requests.Session | None = None,
    ca_bundle: str | None = None,
    token: str | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen, never mutated
) -> Iterator[Json]:
    """Every MeasureReport the search returns (as parsed JSON), following ``next`` links."""
    base_url = base_url.rstrip("/")
    own = session is None
    session = session or requests.Session()
    verify: str | bool = ca_bundle or True
    headers = {"Accept": "application/fhir+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    deadline = time.monotonic() + limits.deadline_s
    url: str | None = f"{base_url}/MeasureReport"
    params: list[tuple[str, str]] | None = search_params(start, end, limits.page_size)
    pages = 0
    try:
        while url:
            if pages >= limits.max_pages:
                raise FetchError(f"more than {limits.max_pages} pages of results: stopped")
            if time.monotonic() > deadline:
                raise FetchError(f"fetching took more than {limits.deadline_s:.0f} s: stopped")
            page = _get_page(session, url, params, headers, verify, limits.max_page_bytes)
            pages += 1
            params = None
            for index, entry in enumerate(_list(page.get("entry"))):
                resource = entry.get("resource") if isinstance(entry, dict) else None
                if isinstance(resource, dict) and resource.get("resourceType") == "MeasureReport":
                    yield resource
                elif not (isinstance(entry, dict) and _is_outcome(entry)):
                    raise FetchError(f"page {pages} entry {index} is not a MeasureReport")
            url = _next_link(page, base_url)
    finally:
        if own:
            session.close()


def _get_page(
    session: requests.Session,
    url: str,
    params: list[tuple[str, str]] | None,
    headers: dict[str, str],
    verify: str | bool,
    max_bytes: int,
) -> Json:
    try:
        with session.get(
            url,
            params=params,
            headers=headers,
            timeout=TIMEOUT,
            verify=verify,
            allow_redirects=False,
            stream=True,
        ) as response:
            if response.status_code in (401, 403):
                raise FetchError(f"HTTP {response.status_code}: the server refused our credentials")
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code} from the search")
            body = bytearray()
            for chunk in response.iter_content(_CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise FetchError(f"a page of results is larger than {max_bytes} bytes")
    except requests.RequestException as exc:
        raise FetchError(f"the search failed ({type(exc).__name__})") from None
    try:
        page = json.loads(bytes(body))
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: deeply nested arrays exhaust the decoder's stack.
        raise FetchError("the search answered something that is not JSON") from None
    if not isinstance(page, dict) or page.get("resourceType") != "Bundle":
        raise FetchError("the search answered something that is not a Bundle")
    if page.get("type") != "searchset":
        raise FetchError("the search answered a Bundle that is not a searchset")
    return page


def _list(value: object) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FetchError("a page of results has a malformed element")
    return value


def _is_outcome(entry: Json) -> bool:
    """A server's OperationOutcome about the search (e.g. "parameter ignored")."""
    resource = entry.get("resource")
    search = entry.get("search")
    return (
        isinstance(resource, dict)
        and resource.get("resourceType") == "OperationOutcome"
        and isinstance(search, dict)
        and search.get("mode") == "outcome"
    )


def _next_link(page: Json, base_url: str) -> str | None:
    links = [
        link.get("url")
        for link in _list(page.get("link"))
        if isinstance(link, dict) and link.get("relation") == "next"
    ]
    if not links:
        return None
    url = links[0]
    if len(links) > 1 or not isinstance(url, str):
        raise FetchError("a page of results has a malformed next link")
    if not (url.startswith(base_url + "/") or url.startswith(base_url + "?")):
        raise FetchError("the next page is not on the endpoint: refused to follow it")
    return url
