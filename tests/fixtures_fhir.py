"""Loopback FHIR server fixtures (registered as a plugin by tests/conftest.py).

* ``fhir_server`` (session): a real sekmet-fhir process on a free 127.0.0.1 port with its own
  SQLite database, stopped by pid at the end of the session. Skipped with a reason when
  sekmet-fhir is not installed, except under ``CI=true`` where that is a failure.
* ``fhir_base_url``: its base URL (``http://127.0.0.1:<port>/fhir``).
* ``fault_proxy``: a factory for :class:`tests.fault_proxy.FaultProxy` in front of the server,
  closed after the test.

State is shared by the whole session (a server start costs about a second): tests keep apart
by using fresh submission ids, and every test Bundle derives all its identifiers from its
submission id (:func:`tests.fhir_server.make_bundle`), so counts per submission are exact.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fault_proxy import FaultProxy
from tests.fhir_server import FhirServer, sekmet_installed, start_sekmet


def require_sekmet() -> None:
    """Skip (or, under CI=true, fail) when the loopback FHIR server cannot run."""
    if sekmet_installed():
        return
    reason = "sekmet-fhir is not installed (pip install sekmet-fhir): no loopback FHIR server"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def fhir_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FhirServer]:
    require_sekmet()
    server = start_sekmet(Path(tmp_path_factory.mktemp("sekmet")))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fhir_base_url(fhir_server: FhirServer) -> str:
    if fhir_server.process.poll() is not None:
        pytest.fail(f"the loopback FHIR server died: {fhir_server.log_tail()}")
    return fhir_server.base_url


@pytest.fixture
def fault_proxy(fhir_base_url: str) -> Iterator[Callable[..., FaultProxy]]:
    """``fault_proxy(rate=0.3, seed=1, ...)`` -> a started proxy in front of the server."""
    proxies: list[FaultProxy] = []

    def make(**kwargs: Any) -> FaultProxy:
        proxy = FaultProxy(fhir_base_url, **kwargs).start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.close()
