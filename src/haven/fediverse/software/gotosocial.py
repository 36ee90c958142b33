"""GoToSocial: polled admin reports, suspension (which deletes the account), report resolution.

Wire format from GoToSocial's own API (``internal/api/client/admin`` and
``internal/api/model`` in superseriousbusiness/gotosocial, and its swagger):

- ``GET /api/v1/instance``: GoToSocial is told apart by ``account_domain``,
  which Mastodon's instance answer does not have;
- ``GET /api/v1/accounts/verify_credentials``: ``role.name`` is admin, moderator or user;
- ``GET /api/v1/admin/reports``: newest first, Link-header pages (``max_id``,
  ``min_id``, ``since_id``), ``resolved`` filter; ``min_id`` gives the page
  just after it. Every ``/api/v1/admin`` route answers 403 to anyone but an admin;
- ``POST /api/v1/admin/reports/{id}/resolve``: ``action_taken_comment`` is shown
  to the reporter, so it is sent only when Haven was given a text;
- ``GET /api/v2/admin/accounts``: accounts with their sign-up IP and e-mail,
  newest first, filtered by ``origin=local`` (for linked accounts);
- ``POST /api/v1/admin/accounts/{id}/action``: only ``type=suspend``, which
  deletes the account's posts and media and cannot be undone. 409 means another
  admin action on it is running: a try-again-later;
- 429 carries ``X-RateLimit-Reset``, a Unix time.

No webhooks: reports are polled. No forwarding of an existing report: the admin
report routes are list, get and resolve only (``reportsget``, ``reportget``,
``reportresolve``); a report reaches the account's server only when the person
reporting asks for it (``forward`` on ``POST /api/v1/reports``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qs, quote, urlsplit

import httpx
from django.utils.translation import gettext_lazy as _
from pydantic import BaseModel, TypeAdapter, ValidationError

from haven.fediverse import transport
from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Capability,
    NotOnServer,
    PlannedRequest,
    RateLimited,
    RemoteAccount,
    RemoteMedia,
    RemoteReport,
    RemoteStatus,
    ReportPage,
    ServerAnswerInvalid,
    ServerError,
    ServerInfo,
    ServerUnavailable,
    Software,
    SoftwareModule,
    TokenRefused,
    register,
)

TIMEOUT_SECONDS = 10.0
DEFAULT_RETRY_SECONDS = 60.0
# Report ids are ULIDs, ordered by creation; none is smaller than this.
_SMALLEST_ID = "0" * 26
_CURSOR_PREFIX = "gts1:"

# --- the wire format, as GoToSocial documents it ----------------------------


class _Role(BaseModel):
    name: str


class _Field(BaseModel):
    name: str = ""
    value: str = ""


class _Account(BaseModel):
    id: str
    username: str
    acct: str
    display_name: str = ""
    url: str = ""
    avatar: str = ""
    note: str = ""
    fields: list[_Field] = []
    created_at: datetime | None = None
    role: _Role | None = None  # only in verify_credentials


class _AdminAccount(BaseModel):
    id: str
    username: str
    domain: str | None = None  # null for a local account
    created_at: datetime | None = None
    email: str | None = None
    ip: str | None = None
    silenced: bool = False
    suspended: bool = False
    account: _Account | None = None


class _Media(BaseModel):
    id: str
    type: str
    url: str | None = None
    preview_url: str | None = None
    description: str | None = None


class _Status(BaseModel):
    id: str
    created_at: datetime | None = None
    uri: str
    url: str | None = None
    content: str = ""
    visibility: str = ""
    sensitive: bool = False
    spoiler_text: str = ""
    media_attachments: list[_Media] = []
    account: _Account


class _AdminReport(BaseModel):
    id: str
    action_taken: bool
    category: str = ""
    comment: str = ""
    forwarded: bool = False
    created_at: datetime
    updated_at: datetime
    account: _AdminAccount
    target_account: _AdminAccount
    statuses: list[_Status] = []
    rule_ids: list[Any] | None = None


class _Instance(BaseModel):
    uri: str = ""
    account_domain: str | None = None
    title: str = ""
    version: str = ""


_Model = TypeVar("_Model")
_REPORTS = TypeAdapter(list[_AdminReport])
_STATUSES = TypeAdapter(list[_Status])
_ADMIN_ACCOUNTS = TypeAdapter(list[_AdminAccount])


# --- turning it into Haven's words --------------------------------------------


def _remote_account(info: _AdminAccount) -> RemoteAccount:
    public = info.account
    email_domain = info.email.rpartition("@")[2] if info.email and "@" in info.email else ""
    return RemoteAccount(
        id=info.id,
        acct=public.acct if public else info.username,
        url=public.url if public else "",
        display_name=public.display_name if public else "",
        avatar_url=public.avatar if public else "",
        note_html=public.note if public else "",
        fields=tuple((f.name, f.value) for f in public.fields) if public else (),
        created_at=info.created_at,
        local=info.domain is None,
        suspended=info.suspended,
        limited=info.silenced,
        signup_ip=info.ip or "",
        email_domain=email_domain,
    )


def _media_kind(kind: str) -> str:
    return kind if kind in ("image", "video", "gifv", "audio") else "unknown"


def _remote_status(status: _Status) -> RemoteStatus:
    return RemoteStatus(
        id=status.id,
        url=status.url or status.uri,
        uri=status.uri,
        account_id=status.account.id,
        content_html=status.content,
        created_at=status.created_at,
        visibility=status.visibility,
        sensitive=status.sensitive,
        spoiler_text=status.spoiler_text,
        media=tuple(
            RemoteMedia(
                id=m.id,
                kind=_media_kind(m.type),
                url=m.url or "",
                preview_url=m.preview_url or "",
                description=m.description or "",
            )
            for m in status.media_attachments
            if m.url
        ),
    )


def _remote_report(report: _AdminReport, base_url: str) -> RemoteReport:
    reporter = report.account
    # A report federated from another server is filed by that server's instance
    # actor, whose username is its domain: no person to name as reporter.
    from_server = reporter.domain is not None and reporter.username == reporter.domain
    return RemoteReport(
        id=report.id,
        created_at=report.created_at,
        updated_at=report.updated_at,
        resolved=report.action_taken,
        category=report.category,
        comment=report.comment,
        forwarded=report.forwarded,
        reporter=None if from_server else _remote_account(reporter),
        target=_remote_account(report.target_account),
        statuses=tuple(_remote_status(s) for s in report.statuses),
        rule_ids=tuple(str(r) for r in report.rule_ids or ()),
        url=f"{base_url}/settings/admin/reports/{quote(report.id, safe='')}",
    )


def _retry_after(response: httpx.Response) -> float:
    reset = response.headers.get("X-RateLimit-Reset", "")
    try:
        return max(1.0, float(reset) - time.time())
    except ValueError:
        pass
    try:
        return max(1.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return DEFAULT_RETRY_SECONDS


def _raise_for(response: httpx.Response) -> None:
    """Map a failed answer to Haven's errors; never quotes the server's text."""
    code = response.status_code
    if code < 400:
        return
    if code == 429:
        raise RateLimited(_retry_after(response))
    if code >= 500 or code == 409:
        raise ServerUnavailable(f"The server answered {code}: try again later.")
    if code in (401, 403):
        raise TokenRefused(f"The server refused the token ({code}).")
    if code == 404:
        raise NotOnServer("Not (or no longer) on the server.")
    raise _Refused(code)


class _Refused(ServerError):
    """Another 4xx: the server said no to this request."""

    def __init__(self, status_code: int) -> None:
        super().__init__(f"The server refused the request ({status_code}).")
        self.status_code = status_code


def _encode_cursor(report_id: str) -> str:
    return _CURSOR_PREFIX + report_id


def _decode_cursor(cursor: str | None) -> str:
    # An unknown cursor starts from the first report: nothing is missed, and a
    # report seen again is not filed twice.
    if cursor and cursor.startswith(_CURSOR_PREFIX) and cursor[len(_CURSOR_PREFIX) :]:
        return cursor[len(_CURSOR_PREFIX) :]
    return _SMALLEST_ID


def _link_min_id(response: httpx.Response) -> str | None:
    """The ``min_id`` of the Link header's rel="prev" page: the newest id on this page."""
    prev = response.links.get("prev")
    if not prev or "url" not in prev:
        return None
    values = parse_qs(urlsplit(prev["url"]).query).get("min_id")
    return values[-1] if values else None


def _path(template: str, *ids: str) -> str:
    return template.format(*(quote(i, safe="") for i in ids))


# --- the client ---------------------------------------------------------------


class GoToSocialClient:
    def __init__(self, base_url: str, token: str, *, timeout: float = TIMEOUT_SECONDS) -> None:
        self._base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self._base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
            follow_redirects=False,
        )
        # Media is fetched without the token: its URLs may be on another host.
        self._media = httpx.Client(timeout=timeout, follow_redirects=False)

    def close(self) -> None:
        self._http.close()
        self._media.close()

    # --- plumbing ---------------------------------------------------------
    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        response = transport.request(self._http, method, path, params=params, form=form)
        _raise_for(response)
        return response

    def _get(
        self, path: str, adapter: TypeAdapter[_Model], params: Mapping[str, str] | None = None
    ) -> tuple[_Model, httpx.Response]:
        response = self._send("GET", path, params=params)
        return _parse(adapter, response), response

    # --- reading ----------------------------------------------------------
    def describe(self) -> ServerInfo:
        instance, _ = self._get("/api/v1/instance", TypeAdapter(_Instance))
        if instance.account_domain is None:
            raise ServerAnswerInvalid("This server does not answer like GoToSocial.")
        me, _ = self._get("/api/v1/accounts/verify_credentials", TypeAdapter(_Account))
        role = me.role.name if me.role else "user"
        missing: tuple[str, ...] = ()
        if role != "admin":
            missing = (
                "GoToSocial lets only an admin read reports, resolve them and suspend "
                f"accounts; this token belongs to a {role}. Connect with an admin's token.",
            )
        return ServerInfo(
            software=Software.GOTOSOCIAL,
            version=instance.version,
            domain=instance.account_domain or urlsplit(instance.uri).hostname or "",
            title=instance.title,
            scopes=(),  # GoToSocial does not say which scopes a token has
            role=role,
            is_admin=role == "admin",
            missing=missing,
        )

    def reports(self, cursor: str | None, *, limit: int = 40) -> ReportPage:
        after = _decode_cursor(cursor)
        params = {"min_id": after, "limit": str(max(1, min(limit, 100)))}
        page, response = self._get("/api/v1/admin/reports", _REPORTS, params)
        found = sorted((r for r in page if r.id > after), key=lambda r: r.id)
        if len(found) != len(page):
            raise ServerAnswerInvalid("The server answered reports outside the page asked for.")
        if not found:
            return ReportPage((), None)
        newest = _link_min_id(response) or found[-1].id
        if newest < found[-1].id:
            newest = found[-1].id
        return ReportPage(
            tuple(_remote_report(r, self._base_url) for r in found), _encode_cursor(newest)
        )

    def report(self, report_id: str) -> RemoteReport:
        found, _ = self._get(
            _path("/api/v1/admin/reports/{}", report_id), TypeAdapter(_AdminReport)
        )
        return _remote_report(found, self._base_url)

    def account(self, account_id: str) -> RemoteAccount:
        found, _ = self._get(
            _path("/api/v1/admin/accounts/{}", account_id), TypeAdapter(_AdminAccount)
        )
        return _remote_account(found)

    def local_accounts(self, *, limit: int = 200) -> tuple[RemoteAccount, ...]:
        """The newest local accounts with their sign-up details (``GET /api/v2/admin/accounts``)."""
        params = {"origin": "local", "limit": str(max(1, min(limit, 200)))}
        found, _ = self._get("/api/v2/admin/accounts", _ADMIN_ACCOUNTS, params)
        return tuple(_remote_account(a) for a in found)

    def statuses(self, account_id: str, *, limit: int = 40) -> tuple[RemoteStatus, ...]:
        found, _ = self._get(
            _path("/api/v1/accounts/{}/statuses", account_id),
            _STATUSES,
            {"limit": str(max(1, min(limit, 40)))},
        )
        return tuple(_remote_status(s) for s in found)

    def download(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ServerAnswerInvalid("The media address is not a web address.")
        received = 0
        try:
            with self._media.stream("GET", url) as response:
                _raise_for(response)
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        raise ServerAnswerInvalid(f"The file is larger than {max_bytes} bytes.")
                    yield chunk
        except httpx.TimeoutException:
            raise ServerUnavailable("The server did not answer in time.") from None
        except httpx.HTTPError:
            raise ServerUnavailable("The server could not be reached.") from None

    # --- acting -----------------------------------------------------------
    def plan(self, action: ActionRequest) -> tuple[PlannedRequest, ...]:
        if action.kind == ActionKind.SUSPEND:
            form = {"type": "suspend"}
            if action.text:
                form["text"] = action.text
            return (
                PlannedRequest("GET", _path("/api/v1/admin/accounts/{}", action.account_id)),
                PlannedRequest(
                    "POST", _path("/api/v1/admin/accounts/{}/action", action.account_id), form
                ),
            )
        if action.kind == ActionKind.RESOLVE_REPORT:
            resolve_form = {"action_taken_comment": action.text} if action.text else {}
            return (
                PlannedRequest("GET", _path("/api/v1/admin/reports/{}", action.report_id)),
                PlannedRequest(
                    "POST",
                    _path("/api/v1/admin/reports/{}/resolve", action.report_id),
                    resolve_form,
                ),
            )
        return ()

    def perform(self, action: ActionRequest) -> ActionResult:
        steps = self.plan(action)
        if not steps:
            return ActionResult(ActionOutcome.REFUSED, 0, "not_offered")
        check, act = steps
        try:
            if action.kind == ActionKind.SUSPEND:
                if self._already_suspended(check.path):
                    return ActionResult(ActionOutcome.ALREADY_DONE)
            else:
                found, _ = self._get(check.path, TypeAdapter(_AdminReport))
                if found.action_taken:
                    return ActionResult(ActionOutcome.ALREADY_DONE)
            response = self._send(act.method, act.path, form=act.form or None)
        except _Refused as refused:
            return ActionResult(ActionOutcome.REFUSED, refused.status_code, "refused")
        return ActionResult(ActionOutcome.DONE, response.status_code)

    def _already_suspended(self, path: str) -> bool:
        try:
            found, _ = self._get(path, TypeAdapter(_AdminAccount))
        except NotOnServer:
            return True  # suspension deletes the account: gone is done
        return found.suspended


def _parse(adapter: TypeAdapter[_Model], response: httpx.Response) -> _Model:
    try:
        return adapter.validate_json(response.content)
    except ValidationError:
        raise ServerAnswerInvalid(
            "The server's answer did not have the documented shape."
        ) from None


# Said on the page instead of offering it.
NOT_OFFERED = {
    ActionKind.FORWARD_REPORT: _(
        "GoToSocial has no administration call to forward a report: only the person "
        "reporting can send it to the account's own server, when they file it."
    ),
}

MODULE = register(
    SoftwareModule(
        software=Software.GOTOSOCIAL,
        capabilities=frozenset(
            {
                Capability.POLL_REPORTS,
                Capability.SUSPEND_DELETES,
                Capability.RESOLVE_REPORT,
                Capability.SIGNUP_DETAILS,
            }
        ),
        consequences={
            ActionKind.SUSPEND: _(
                "GoToSocial deletes a suspended account at once: its posts, media and "
                "follows are removed and it cannot be undone. Save the evidence first. "
                "Needs an admin's token."
            ),
            ActionKind.RESOLVE_REPORT: _(
                "The report is marked resolved. Any text given is shown to the person who "
                "filed it. Needs an admin's token."
            ),
        },
        client=GoToSocialClient,
        verify_delivery=None,
        scopes=("read", "admin:read", "admin:write"),
        not_offered=NOT_OFFERED,
    )
)
