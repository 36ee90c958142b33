"""One request to a member's ntfy topic, webhook or Matrix server: no redirect followed, a timeout.

The address a member typed must not turn Haven against its own network: the
request goes to a checked public address of the host (``haven.core.outbound``),
loopback only when the address names loopback itself, and a private address
only for the hosts the operator lists in ``HAVEN_NOTIFY_PRIVATE_HOSTS`` (a relay
on the local network). A redirect is refused rather than followed: it could
lead to another host. The answer's body is never read into an error or a log.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx
from django.conf import settings

from haven.core import outbound
from haven.notify.channels import TryLater, Undeliverable

TIMEOUT_SECONDS = 10.0


def private_hosts() -> frozenset[str]:
    hosts = getattr(settings, "HAVEN_NOTIFY_PRIVATE_HOSTS", ())
    return frozenset(h.strip().lower().rstrip(".") for h in hosts if h.strip())


def post(
    url: str,
    *,
    method: str = "POST",
    headers: Mapping[str, str],
    content: bytes | None = None,
    json: object = None,
) -> None:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host in private_hosts():
        target, extensions = url, {}
    else:
        try:
            pinned = outbound.pin(url, loopback_ok=outbound.is_loopback_host(host))
        except outbound.InwardAddress as exc:
            raise Undeliverable(exc.message, code=exc.code) from None
        target, extensions = pinned.url, {"sni_hostname": pinned.sni_hostname}
        headers = {**headers, **pinned.headers}
    try:
        with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as c:
            response = c.request(
                method,
                target,
                headers=dict(headers),
                content=content,
                json=json,
                extensions=extensions,
            )
    except httpx.TimeoutException:
        raise TryLater("The notification server did not answer in time.", code="timeout") from None
    except httpx.HTTPError as exc:
        raise TryLater(
            f"The notification server could not be reached ({type(exc).__name__}).",
            code="unreachable",
        ) from None
    status = response.status_code
    if status < 300:
        return
    if status < 400:
        raise Undeliverable("The notification server redirected: not followed.", code="redirect")
    if status == 429 or status >= 500:
        raise TryLater(f"The notification server answered {status}.", code=f"http_{status}")
    raise Undeliverable(f"The notification server refused ({status}).", code=f"http_{status}")
