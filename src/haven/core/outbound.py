"""Requests Haven makes to addresses somebody typed in: never to an inward address.

A name is resolved once; every address it resolves to must be public (loopback
only where the caller allows it, for a relay on the same machine or the test
servers); the request then goes to that checked address, with the name kept
for the Host header and TLS, so DNS that answers differently a second time
cannot turn it inward.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.utils.translation import gettext as _

from haven.core.errors import InvalidInput


class InwardAddress(InvalidInput):
    code = "inward_address"


@dataclass(frozen=True)
class Pinned:
    """``url`` goes to a checked address; send ``headers`` and ``sni_hostname`` with it."""

    url: str
    headers: dict[str, str]
    sni_hostname: str


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_address(host: str, port: int, *, loopback_ok: bool) -> str:
    """One public address of ``host`` (loopback too if ``loopback_ok``), or InwardAddress."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise InwardAddress(_("The host could not be resolved.")) from None
    addresses = {str(info[4][0]) for info in infos}
    if not addresses:
        raise InwardAddress(_("The host could not be resolved."))
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if address.is_loopback and loopback_ok:
            continue
        if not address.is_global or address.is_multicast:
            raise InwardAddress(
                _("The address is private, loopback or link-local: Haven does not send there.")
            )
    return sorted(addresses)[0]


def pin(url: str, *, loopback_ok: bool) -> Pinned:
    """``url`` rewritten to go to a checked address of its host."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise InwardAddress(_("The address has no host."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = checked_address(host, port, loopback_ok=loopback_ok)
    netloc = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return Pinned(pinned, {"Host": parts.netloc.rpartition("@")[2]}, host)
