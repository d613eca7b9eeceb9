"""The SMART token source without a server: the client assertion's claims and signature, how
each token endpoint answer is sorted (and bounded), and the token cache. The real exchange
with sekmet over TLS is in tests/integration/test_smart_delivery.py."""

from __future__ import annotations

import email.utils
import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey

from kiosk.network.errors import (
    ClientRejected,
    ClockSkew,
    ScopeRefused,
    TokenEndpointDown,
    TokenRefused,
)
from kiosk.network.identity import KioskIdentity
from kiosk.network.smart import MAX_ANSWER_BYTES, SmartTokenSource

URL = "https://auth.example.be/token"
NOW = 1_796_000_000.0


class _Answer:
    def __init__(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.status_code, self.headers, self._body = status, headers, body

    def iter_content(self, chunk_size: int) -> Iterator[bytes]:
        for start in range(0, len(self._body), chunk_size):
            yield self._body[start : start + chunk_size]

    def __enter__(self) -> _Answer:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeSession:
    """Answers each post from a list; keeps what was posted."""

    def __init__(self, *answers: tuple[int, Any, dict[str, str]]) -> None:
        self.answers = list(answers)
        self.posts: list[dict[str, Any]] = []
        self.verify: object = None

    def post(self, url: str, **kwargs: Any) -> _Answer:
        self.posts.append({"url": url, **kwargs})
        status, body, headers = self.answers.pop(0)
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return _Answer(status, raw, headers)

    def close(self) -> None:
        pass


IDENTITY = KioskIdentity.generate()


def _source(
    *answers: tuple[int, Any, dict[str, str]], **kwargs: Any
) -> tuple[SmartTokenSource, FakeSession]:
    session = FakeSession(*answers)
    source = SmartTokenSource(
        URL,
        "kiosk-1",
        "system/Consent.c",
        IDENTITY,
        session=session,
        clock=lambda: NOW,
        **kwargs,  # type: ignore[arg-type]
    )
    return source, session


def _token(expires_in: int = 300) -> tuple[int, Any, dict[str, str]]:
    return 200, {"access_token": "t0k", "token_type": "Bearer", "expires_in": expires_in}, {}


def test_the_assertion_is_es384_signed_by_the_kiosk_with_the_claims_the_spec_wants() -> None:
    source, session = _source(_token())
    assert source.token() == "t0k"
    form = session.posts[0]["data"]
    assert form["grant_type"] == "client_credentials" and form["scope"] == "system/Consent.c"
    assert form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    public = ECKey.import_key(IDENTITY.public_jwk())
    decoded = jwt.decode(form["client_assertion"], public, algorithms=["ES384"])
    assert decoded.header == {"alg": "ES384", "kid": IDENTITY.kid, "typ": "JWT"}
    claims = decoded.claims
    assert claims["iss"] == claims["sub"] == "kiosk-1" and claims["aud"] == URL
    assert claims["iat"] == NOW and 0 < claims["exp"] - NOW <= 300
    assert session.posts[0]["verify"] is True and session.posts[0]["allow_redirects"] is False
    assert source.client_assertion().split(".")[1] != form["client_assertion"].split(".")[1]
    jtis = {
        jwt.decode(source.client_assertion(), public, algorithms=["ES384"]).claims["jti"]
        for _ in range(5)
    }
    assert len(jtis) == 5


def test_the_token_is_cached_until_shortly_before_it_expires() -> None:
    now = [0.0]
    source, session = _source(_token(300), _token(300), monotonic=lambda: now[0])
    source.token()
    now[0] = 239.0  # the margin is a fifth of 300 s at most 60 s: renew from 240 s on
    source.token()
    assert len(session.posts) == 1
    now[0] = 240.0
    source.token()
    assert len(session.posts) == 2


@pytest.mark.parametrize(
    ("answer", "error", "code", "words"),
    [
        (
            (
                401,
                {"error": "invalid_client", "error_description": "Unknown client_id 'kiosk-1'"},
                {},
            ),
            ClientRejected,
            "unknown-client",
            "does not know client id 'kiosk-1'",
        ),
        (
            (401, {"error": "invalid_client", "error_description": "verification failed"}, {}),
            ClientRejected,
            "invalid-client",
            "not this kiosk's key",
        ),
        ((400, {"error": "invalid_scope"}, {}), ScopeRefused, "scope-refused", "system/Consent.c"),
        (
            (400, {"error": "unauthorized_client"}, {}),
            TokenRefused,
            "token-refused",
            "unauthorized_client",
        ),
        ((503, b"busy", {}), TokenEndpointDown, "token-endpoint-down", "HTTP 503"),
        (
            (302, b"", {"Location": "https://portal"}),
            TokenEndpointDown,
            "token-endpoint-down",
            "HTTP 302",
        ),
        (
            (200, b"<html>hotel wifi</html>", {}),
            TokenEndpointDown,
            "token-endpoint-down",
            "captive",
        ),
        (
            (200, {"access_token": "x", "token_type": "mac"}, {}),
            TokenEndpointDown,
            "token-endpoint-down",
            "without a bearer",
        ),
        (
            (200, b"{" + b" " * MAX_ANSWER_BYTES + b"}", {}),
            TokenEndpointDown,
            "token-endpoint-down",
            "too large",
        ),
    ],
    ids=[
        "unknown-client",
        "bad-signature",
        "scope",
        "other",
        "5xx",
        "redirect",
        "html",
        "not-bearer",
        "huge",
    ],
)
def test_each_refusal_has_its_code_and_says_what_to_fix(answer, error, code, words) -> None:
    source, _ = _source(answer)
    with pytest.raises(error) as raised:
        source.token()
    assert raised.value.code == code and words in raised.value.message
    assert raised.value.transient is (code == "token-endpoint-down")


def test_a_refused_login_with_a_distant_server_clock_is_named_clock_skew() -> None:
    server_time = email.utils.formatdate(NOW - 600, usegmt=True)
    answer = (
        401,
        {"error": "invalid_client", "error_description": "Signature has expired"},
        {"Date": server_time},
    )
    source, _ = _source(answer)
    with pytest.raises(ClockSkew) as raised:
        source.token()
    assert raised.value.code == "clock-skew"
    assert "600 s ahead of the network's" in raised.value.message


def test_a_token_url_must_be_https_except_to_loopback() -> None:
    from kiosk.outbox.endpoint import EndpointError

    with pytest.raises(EndpointError, match="plain http"):
        SmartTokenSource("http://auth.example.be/token", "k", "s", IDENTITY)
    SmartTokenSource("http://127.0.0.1:9/token", "k", "s", IDENTITY).close()


def test_an_answer_that_drips_too_slowly_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.network.smart as smart

    # The deadline reads time.monotonic: start, one chunk in time, then the time is past.
    ticks = itertools.chain([0.0, 1.0], itertools.repeat(smart.MAX_ANSWER_S + 1))
    monkeypatch.setattr(smart.time, "monotonic", lambda: next(ticks))
    source, _ = _source((200, b"x" * 8000, {}))
    with pytest.raises(TokenEndpointDown, match="too slow"):
        source.token()
