"""Fetching captured media: only from the server's own hosts, never from an inward address.

The host must be the connection's own (its base URL's host or its domain) or
one it declares (``Connection.media_hosts``). The name is resolved once, every
address it resolves to must be public, and the request goes to that checked
address (the name is kept for the Host header and TLS), so DNS that answers
differently a second time cannot turn it inward. Loopback is allowed only
when the connection itself is on loopback (the test servers); private and
link-local addresses never are. No redirect is followed; the size is capped
and both connecting and reading time out.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import httpx

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
    host = urlsplit(connection.base_url).hostname or ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _checked_address(host: str, port: int, *, loopback_ok: bool) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise MediaRefused("The media host could not be resolved.") from None
    addresses = {str(info[4][0]) for info in infos}
    if not addresses:
        raise MediaRefused("The media host could not be resolved.")
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if address.is_loopback and loopback_ok:
            continue
        if not address.is_global or address.is_multicast:
            raise MediaRefused("The media address is private, loopback or link-local.")
    return sorted(addresses)[0]


def fetch(connection: Connection, url: str, *, max_bytes: int) -> Iterator[bytes]:
    """The bytes at ``url``, streamed; MediaRefused or ServerUnavailable otherwise."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    loopback_ok = _is_loopback_connection(connection)
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback_ok):
        raise MediaRefused("Media is fetched over https only.")
    if not host or host not in allowed_hosts(connection):
        raise MediaRefused("The media is not on the server's own hosts.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = _checked_address(host, port, loopback_ok=loopback_ok)
    netloc = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    headers = {"Host": parts.netloc.rpartition("@")[2]}
    return _stream(pinned, headers, host, max_bytes)


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
