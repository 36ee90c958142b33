"""Mastodon's REST API as it is on the wire: typed response models and one HTTP client.

Every model follows the entity of docs.joinmastodon.org (and the serializer in
mastodon/mastodon ``app/serializers/rest``) for the fields Haven reads; other
fields are ignored, missing optional ones take their documented default. The
adapter into Haven's interface is ``mastodon.py``.

Failures become ``haven.fediverse.servers`` errors here and nowhere else; no
message carries the server's own text, which may echo a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, field_validator

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

# Role permission bits (docs: entities/Role, "Permission flags").
ADMINISTRATOR = 0x1
MANAGE_REPORTS = 0x10
MANAGE_USERS = 0x400
DELETE_USER_DATA = 0x80000


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class InstanceV2(_Model):
    domain: str
    title: str = ""
    version: str
    source_url: str = ""


class InstanceV1(_Model):
    uri: str  # the domain, despite its name
    title: str = ""
    version: str


class Role(_Model):
    id: str = ""
    name: str = ""
    # A decimal string since 4.0 (an integer in older examples).
    permissions: int = 0

    @field_validator("id", mode="before")
    @classmethod
    def _id_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @field_validator("permissions", mode="before")
    @classmethod
    def _bits(cls, value: object) -> object:
        return int(value) if isinstance(value, str) and value.isdigit() else value


class CredentialAccount(_Model):
    id: str
    username: str
    acct: str
    role: Role | None = None


class Application(_Model):
    name: str = ""
    scopes: list[str] | None = None  # given since 4.3


class Account(_Model):
    id: str
    username: str
    acct: str  # "user" for local accounts, "user@domain" for remote ones
    url: str | None = None
    display_name: str = ""
    note: str = ""
    avatar: str = ""
    created_at: datetime | None = None


class MediaAttachment(_Model):
    id: str
    type: str  # image, gifv, video, audio, unknown
    url: str | None = None
    preview_url: str | None = None
    remote_url: str | None = None
    description: str | None = None


class Status(_Model):
    id: str
    uri: str
    url: str | None = None
    created_at: datetime | None = None
    account: Account
    content: str = ""
    visibility: str
    sensitive: bool = False
    spoiler_text: str = ""
    media_attachments: list[MediaAttachment] = []


class AdminIp(_Model):
    ip: str
    used_at: datetime | None = None


class AdminAccount(_Model):
    id: str
    username: str
    domain: str | None = None
    created_at: datetime | None = None
    email: str | None = None
    # A string (the newest of ``ips``) today; an object in the oldest examples.
    ip: str | AdminIp | None = None
    ips: list[AdminIp] | None = None
    suspended: bool = False
    silenced: bool = False
    sensitized: bool = False
    disabled: bool | None = None
    account: Account


class Rule(_Model):
    id: str


class AdminReport(_Model):
    id: str
    action_taken: bool  # true once the report is resolved
    action_taken_at: datetime | None = None
    category: str = "other"
    comment: str = ""
    forwarded: bool | None = None
    created_at: datetime
    updated_at: datetime
    account: AdminAccount  # the reporter; a remote server's own actor for forwarded reports
    target_account: AdminAccount
    statuses: list[Status] = []
    rules: list[Rule] = []


M = TypeVar("M", bound=BaseModel)
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="([a-z]+)"')


def link_params(header: str, rel: str) -> dict[str, str]:
    """The query of the Link header's ``rel`` URL (Mastodon's pagination), or {}."""
    for url, name in _LINK.findall(header or ""):
        if name == rel:
            return dict(httpx.URL(url).params)
    return {}


def _retry_after(response: httpx.Response) -> float:
    """Seconds until X-RateLimit-Reset (an ISO 8601 time), or Retry-After, or a minute."""
    reset = response.headers.get("X-RateLimit-Reset", "")
    try:
        moment = datetime.fromisoformat(reset.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return max(0.0, (moment - datetime.now(UTC)).total_seconds())
    except ValueError:
        pass
    retry = response.headers.get("Retry-After", "")
    return float(retry) if retry.isdigit() else DEFAULT_RETRY_SECONDS


def raise_for(response: httpx.Response) -> None:
    """Map an answer that is not 2xx to Haven's error types (never the server's text)."""
    code = response.status_code
    if code < 400:
        return
    if code == 429:
        raise RateLimited(_retry_after(response))
    if code in (401, 403):
        raise TokenRefused(f"The server refused the token ({code}).")
    if code == 404:
        raise NotOnServer("The server has no such record (404).")
    if code >= 500:
        raise ServerUnavailable(f"The server failed ({code}).")
    raise Refused(code)


class Refused(ServerError):
    """Another 4xx: the server understood and said no (e.g. 422). Not worth retrying."""

    def __init__(self, status_code: int) -> None:
        super().__init__(f"The server refused the request ({status_code}).")
        self.status_code = status_code


class MastodonAPI:
    """A thin, typed client: one method per endpoint Haven uses, httpx inside."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT},
            timeout=self.timeout,
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    # --- plumbing -----------------------------------------------------------
    def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        response = transport.request(self._http, method, path, params=params, form=form)
        raise_for(response)
        return response

    @staticmethod
    def parse(response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise ServerAnswerInvalid(f"The answer is not a {model.__name__}.") from None

    @staticmethod
    def parse_list(response: httpx.Response, model: type[M]) -> list[M]:
        try:
            return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]
        except ValidationError:
            raise ServerAnswerInvalid(f"The answer is not a list of {model.__name__}.") from None

    def get(self, path: str, model: type[M], **params: str) -> M:
        return self.parse(self.send("GET", path, params=params or None), model)

    # --- endpoints ----------------------------------------------------------
    def instance(self) -> InstanceV2 | InstanceV1:
        """GET /api/v2/instance (4.0+), or /api/v1/instance on an older server."""
        try:
            return self.get("/api/v2/instance", InstanceV2)
        except (NotOnServer, Refused):
            return self.get("/api/v1/instance", InstanceV1)

    def verify_credentials(self) -> CredentialAccount:
        return self.get("/api/v1/accounts/verify_credentials", CredentialAccount)

    def application(self) -> Application:
        return self.get("/api/v1/apps/verify_credentials", Application)

    def reports(self, *, resolved: bool, min_id: str | None, limit: int) -> httpx.Response:
        """GET /api/v1/admin/reports: open ones by default, ``resolved=true`` for the others."""
        params = {"limit": str(limit)}
        if resolved:
            params["resolved"] = "true"
        if min_id:
            params["min_id"] = min_id
        return self.send("GET", "/api/v1/admin/reports", params=params)

    def report(self, report_id: str) -> AdminReport:
        return self.get(f"/api/v1/admin/reports/{_segment(report_id)}", AdminReport)

    def resolve_report(self, report_id: str) -> AdminReport:
        path = f"/api/v1/admin/reports/{_segment(report_id)}/resolve"
        return self.parse(self.send("POST", path), AdminReport)

    def admin_account(self, account_id: str) -> AdminAccount:
        return self.get(f"/api/v1/admin/accounts/{_segment(account_id)}", AdminAccount)

    def local_admin_accounts(self, *, limit: int) -> list[AdminAccount]:
        # Mastodon's v2 list: newest first, ``origin=local``, at most 200 a page.
        params = {"origin": "local", "limit": str(limit)}
        return self.parse_list(
            self.send("GET", "/api/v2/admin/accounts", params=params), AdminAccount
        )

    def account_action(self, account_id: str, form: Mapping[str, str]) -> None:
        self.send("POST", f"/api/v1/admin/accounts/{_segment(account_id)}/action", form=form)

    def delete_account_data(self, account_id: str) -> None:
        self.send("DELETE", f"/api/v1/admin/accounts/{_segment(account_id)}")

    def account_statuses(self, account_id: str, *, limit: int) -> list[Status]:
        path = f"/api/v1/accounts/{_segment(account_id)}/statuses"
        return self.parse_list(self.send("GET", path, params={"limit": str(limit)}), Status)

    def stream(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        """The bytes at ``url`` (a media file), never more than ``max_bytes``."""
        received = 0
        try:
            # Media lives on the server or its file host: the token is not sent there.
            headers = {"User-Agent": USER_AGENT}
            with httpx.stream("GET", url, timeout=self.timeout, headers=headers) as response:
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


_SEGMENT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _segment(value: str) -> str:
    """An id as one path segment: Mastodon's ids are digits; anything else is refused."""
    if not _SEGMENT.match(value):
        raise NotOnServer("That is not an id this server uses.")
    return value
