"""One HTTP request to a server, with httpx's own failures turned into Haven's.

Every software module sends through ``request``: a timeout or a connection that
fails becomes ``ServerUnavailable`` (try again later), named by httpx's error
class only, never by its text, which may echo a URL.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from haven.fediverse.servers import ServerUnavailable


def request(
    client: httpx.Client,
    method: str,
    path: str,
    *,
    params: Mapping[str, str] | None = None,
    form: Mapping[str, str] | None = None,
    json: Mapping[str, object] | None = None,
) -> httpx.Response:
    try:
        return client.request(method, path, params=params, data=form, json=json)
    except httpx.TimeoutException:
        raise ServerUnavailable("The server did not answer in time.") from None
    except httpx.HTTPError as exc:
        reason = type(exc).__name__
        raise ServerUnavailable(f"The server could not be reached ({reason}).") from None
