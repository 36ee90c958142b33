"""Misskey's API as it is on the wire: typed response models and one HTTP client.

Every call is ``POST /api/<endpoint>`` with a JSON body; the token goes in the
``Authorization: Bearer`` header (Misskey also takes it as ``i`` in the body,
which Haven never does, so no body it records or shows holds the token).
Models follow the schemas in misskey-dev/misskey
(``packages/backend/src/models/json-schema``, the endpoints' ``meta.res``) for
the fields Haven reads; other fields are ignored.

Errors come as ``{"error": {"message", "code", "id", "kind", "info"?}}``. The
status depends on the version: a bad token is 401 (403 before 2024), a token
without the endpoint's permission or a user who is not a moderator is 403 (400
before 2024, with ``ACCESS_DENIED`` / ``PERMISSION_DENIED``), a missing record is
400 or 404 with a ``NO_SUCH_…`` code, a rate limit is 429 ``RATE_LIMIT_EXCEEDED``.
Failures become ``haven.fediverse.servers`` errors here and nowhere else; no
message carries the server's own text, which may echo a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from pydantic.alias_generators import to_camel

from haven.fediverse import transport
from haven.fediverse.servers import (
    NotOnServer,
    RateLimited,
    ServerAnswerInvalid,
    ServerError,
    ServerUnavailable,
    TokenRefused,
)

TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_RETRY_SECONDS = 60.0
USER_AGENT = "Haven (safety desk)"
_REFUSALS = frozenset({"ACCESS_DENIED", "PERMISSION_DENIED", "AUTHENTICATION_FAILED"})
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


class _Model(BaseModel):
    # Misskey's names are camelCase (isSuspended); Haven reads them as is_suspended.
    model_config = ConfigDict(
        extra="ignore", frozen=True, alias_generator=to_camel, populate_by_name=True
    )


class Meta(_Model):
    """``meta``: the instance, public."""

    name: str | None = None
    version: str
    uri: str  # the server's own URL, https://host


class Me(_Model):
    """``i``: MeDetailed, the token's own account."""

    id: str
    username: str
    is_admin: bool | None = None
    is_moderator: bool | None = None


class UserLite(_Model):
    id: str
    username: str
    host: str | None = None  # None for a local account
    name: str | None = None
    avatar_url: str | None = None


class User(UserLite):
    """``users/show``: UserDetailedNotMe (the fields Haven reads)."""

    url: str | None = None  # remote accounts only
    uri: str | None = None
    created_at: datetime | None = None
    description: str | None = None
    is_suspended: bool = False
    is_silenced: bool = False


class Signin(_Model):
    ip: str = ""
    created_at: datetime | None = None


class AdminUser(_Model):
    """``admin/show-user``: what only a moderator sees (it has no user name)."""

    email: str | None = None
    is_moderator: bool = False
    is_silenced: bool = False
    is_suspended: bool = False
    signins: list[Signin] = []


class DriveFile(_Model):
    id: str
    type: str  # a MIME type
    url: str | None = None
    thumbnail_url: str | None = None
    comment: str | None = None
    is_sensitive: bool = False


class Note(_Model):
    id: str
    created_at: datetime | None = None
    user_id: str
    user: UserLite
    text: str | None = None
    cw: str | None = None
    visibility: str = "public"  # public, home, followers, specified
    files: list[DriveFile] = []
    uri: str | None = None  # remote notes only
    url: str | None = None


class ApObject(_Model):
    """``ap/show``: a remote note or user looked up by its address."""

    type: str  # "Note" or "User"
    object: dict[str, Any]


class AbuseReport(_Model):
    """``admin/abuse-user-reports``: one report, with its people packed."""

    id: str
    created_at: datetime
    comment: str = ""
    resolved: bool = False
    reporter_id: str
    target_user_id: str
    reporter: User
    target_user: User
    forwarded: bool = False  # a moderator sent it on to the target's server
    resolved_as: str | None = None  # accept, reject (2024.5+)


M = TypeVar("M", bound=BaseModel)


def _error(response: httpx.Response) -> tuple[str, dict[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        return "", {}
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", {}
    code = error.get("code")
    return (code if isinstance(code, str) and _CODE.match(code) else ""), error


def _retry_after(response: httpx.Response, error: Mapping[str, Any]) -> float:
    """Seconds to wait: Retry-After or X-RateLimit-Reset (forks such as Sharkey),
    ``info.resetMs`` where the error carries it, else a minute (upstream says nothing)."""
    for name in ("Retry-After", "X-RateLimit-Reset"):
        try:
            return max(1.0, float(response.headers.get(name, "")))
        except ValueError:
            continue
    info = error.get("info")
    if isinstance(info, dict) and isinstance(info.get("resetMs"), int | float):
        return max(1.0, float(info["resetMs"]) / 1000)
    return DEFAULT_RETRY_SECONDS


def raise_for(response: httpx.Response) -> None:
    """Map an answer that is not 2xx to Haven's error types (never the server's text)."""
    status = response.status_code
    if status < 400:
        return
    code, error = _error(response)
    if status == 429:
        raise RateLimited(_retry_after(response, error))
    if status >= 500:
        raise ServerUnavailable(f"The server failed ({status}).")
    if status in (401, 403) or code in _REFUSALS:
        raise TokenRefused(f"The server refused the token ({status}).")
    if status == 404 or code.startswith("NO_SUCH_"):
        raise NotOnServer(f"The server has no such record ({status}).")
    raise Refused(status, code)


class Refused(ServerError):
    """Another 4xx: the server understood and said no. Not worth retrying."""

    def __init__(self, status_code: int, code: str = "") -> None:
        super().__init__(f"The server refused the request ({status_code}).")
        self.status_code = status_code
        self.code = code  # Misskey's stable error code, e.g. INVALID_PARAM


class MisskeyAPI:
    """A thin, typed client: one method per endpoint Haven uses, httpx inside."""

    def __init__(
        self, base_url: str, token: str, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT},
            timeout=TIMEOUT,
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def call(self, endpoint: str, body: Mapping[str, object]) -> httpx.Response:
        """POST /api/<endpoint> with ``body`` as JSON; a failure is raised."""
        response = transport.request(self._http, "POST", f"/api/{endpoint}", json=dict(body))
        raise_for(response)
        return response

    def get(self, endpoint: str, body: Mapping[str, object], model: type[M]) -> M:
        return parse(self.call(endpoint, body), model)

    # --- endpoints ----------------------------------------------------------
    def meta(self) -> Meta:
        return self.get("meta", {"detail": False}, Meta)

    def me(self) -> Me:
        return self.get("i", {}, Me)

    def reports(self, body: Mapping[str, object]) -> list[AbuseReport]:
        return parse_list(self.call("admin/abuse-user-reports", body), AbuseReport)

    def user(self, user_id: str) -> User:
        return self.get("users/show", {"userId": user_id}, User)

    def admin_user(self, user_id: str) -> AdminUser:
        return self.get("admin/show-user", {"userId": user_id}, AdminUser)

    def user_notes(self, user_id: str, *, limit: int) -> list[Note]:
        return parse_list(self.call("users/notes", {"userId": user_id, "limit": limit}), Note)

    def note(self, note_id: str) -> Note:
        return self.get("notes/show", {"noteId": note_id}, Note)

    def ap_show(self, uri: str) -> ApObject:
        return self.get("ap/show", {"uri": uri}, ApObject)

    def stream(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        """The bytes at ``url`` (a drive file), never more than ``max_bytes``; no token sent."""
        received = 0
        try:
            headers = {"User-Agent": USER_AGENT}
            with httpx.stream("GET", url, timeout=TIMEOUT, headers=headers) as response:
                raise_for(response)
                if response.status_code != 200:
                    # A redirect could lead anywhere, a private address included.
                    raise ServerAnswerInvalid(f"The file host answered {response.status_code}.")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ServerAnswerInvalid("The file is larger than allowed.")
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        raise ServerAnswerInvalid("The file is larger than allowed.")
                    yield chunk
        except httpx.TimeoutException:
            raise ServerUnavailable("The file host did not answer in time.") from None
        except httpx.HTTPError as exc:
            reason = type(exc).__name__
            raise ServerUnavailable(f"The file could not be fetched ({reason}).") from None


def parse(response: httpx.Response, model: type[M]) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        raise ServerAnswerInvalid(f"The answer is not a {model.__name__}.") from None


def parse_list(response: httpx.Response, model: type[M]) -> list[M]:
    try:
        return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]
    except ValidationError:
        raise ServerAnswerInvalid(f"The answer is not a list of {model.__name__}.") from None
