"""One request to a member's ntfy topic, webhook or Matrix server: no redirect followed, a timeout.

A redirect is refused rather than followed: it could lead to another host. The
answer's body is never read into an error or a log.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from haven.notify.channels import TryLater, Undeliverable

TIMEOUT_SECONDS = 10.0


def post(
    url: str,
    *,
    method: str = "POST",
    headers: Mapping[str, str],
    content: bytes | None = None,
    json: object = None,
) -> None:
    try:
        with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as c:
            response = c.request(method, url, headers=dict(headers), content=content, json=json)
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
