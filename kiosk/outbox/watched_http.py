"""A ``requests.Session`` whose connections report their sockets to the exchange running on
their thread (:func:`kiosk.outbox.bounds.watch_socket`), so that a deadline or a stop can shut
them and end a read blocked anywhere: in the TLS handshake, the headers or the body.

A new connection is reported as soon as it is made (its TLS handshake included); a kept-alive
one each time it sends a request. The rest of ``requests`` and ``urllib3`` (TLS verification,
client certificates, proxies from the environment) is untouched. Imported on first use: it
pulls in ``requests``.
"""

from __future__ import annotations

import socket
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from kiosk.outbox.bounds import watch_socket

__all__ = ["watched_session"]


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        watch_socket(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # kept alive from an earlier exchange, or now wrapped in TLS
            watch_socket(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(_WatchedHTTPConnection, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS pools make their own connections
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def watched_session() -> requests.Session:
    """A new session whose every connection is watched."""
    session = requests.Session()
    session.mount("https://", _WatchedAdapter())
    session.mount("http://", _WatchedAdapter())
    return session
