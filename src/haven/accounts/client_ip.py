"""The address of the person signing in, for throttling.

Without a proxy it is REMOTE_ADDR. With HAVEN_BEHIND_PROXY it is the last
address in X-Forwarded-For: the one the trusted proxy itself appended (earlier
entries are whatever the client chose to send).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR", "")
    if settings.HAVEN_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return _valid(hops[-1]) or _valid(remote)
    return _valid(remote)
