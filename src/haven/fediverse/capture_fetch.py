"""Fetching captured media: only from the server's own hosts, never from an inward address.

The host must be the connection's own (its base URL's host or its domain) or
one it declares (``Connection.media_hosts``), and the request goes to a checked
public address of it (``haven.core.outbound``). Loopback is allowed only
when the connection itself is on loopback (the test servers); private and
link-local addresses never are. No redirect is followed; the size is capped
and both connecting and reading time out.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx

from haven.core import outbound
from haven.core.errors import InvalidInput
from haven.fediverse.models import Connection
from haven.fediverse.servers import ServerUnavailable

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class MediaRefused(InvalidInput):
    """The media address is not one Haven fetches from."""

    code = "media_refused"


def allowed_hosts(connection: Connection) -> frozenset[str]:
    own = {urlsplit(connection.base_url).hostname or "", connection.domain}
    own |= {str(h) for h in connection.media_hosts or ()}
    return frozenset(h.lower().rstrip(".") for h in own if h)


def _is_loopback_connection(connection: Connection) -> bool:
    return outbound.is_loopback_host(urlsplit(connection.base_url).hostname or "")


def fetch(connection: Connection, url: str, *, max_bytes: int) -> Iterator[bytes]:
    """The bytes at ``url``, streamed; MediaRefused or ServerUnavailable otherwise."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    loopback_ok = _is_loopback_connection(connection)
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback_ok):
        raise MediaRefused("Media is fetched over https only.")
    if not host or host not in allowed_hosts(connection):
        raise MediaRefused("The media is not on the server's own hosts.")
    try:
        pinned = outbound.pin(url, loopback_ok=loopback_ok)
    except outbound.InwardAddress as exc:
        raise MediaRefused(exc.message) from None
    return _stream(pinned.url, pinned.headers, pinned.sni_hostname, max_bytes)


def _stream(url: str, headers: dict[str, str], host: str, max_bytes: int) -> Iterator[bytes]:
    received = 0
    try:
        with (
            httpx.Client(timeout=TIMEOUT, follow_redirects=False) as client,
            client.stream("GET", url, headers=headers, extensions={"sni_hostname": host}) as answer,
        ):
            if answer.status_code >= 500 or answer.status_code == 429:
                raise ServerUnavailable("The media server failed: try again later.")
            if answer.status_code != 200:
                raise MediaRefused(f"The media server answered {answer.status_code}.")
            declared = answer.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise MediaRefused("The media is larger than Haven accepts.")
            for chunk in answer.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise MediaRefused("The media is larger than Haven accepts.")
                yield chunk
    except httpx.HTTPError:
        raise ServerUnavailable("The media server could not be reached in time.") from None
