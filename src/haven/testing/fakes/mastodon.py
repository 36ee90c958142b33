"""A fake Mastodon: the admin reports and accounts API, and its webhooks, on loopback.

Shapes follow Mastodon's serializers (``app/serializers/rest``: Admin::Report,
Admin::Account, Account, Status, MediaAttachment, Instance (v2), Application,
CredentialAccount with its Role) and docs.joinmastodon.org. What it does as
Mastodon does:

- every ``/api`` answer carries ``X-RateLimit-Limit``, ``-Remaining`` and
  ``-Reset`` (an ISO 8601 time); past the limit it answers 429;
- a token lacking the scope answers 403, a role lacking the permission 403;
- the reports list is open reports unless ``resolved=true``, newest first, paged
  by id with a ``Link`` header (``next``: ``max_id``; ``prev``: ``min_id``);
- an account action other than ``none`` resolves every open report about the
  account (with a ``report_id`` and ``none``, that report only); a strike is
  recorded with the reported statuses when a ``report_id`` was given, and an
  e-mail is "sent" to a local account unless ``send_email_notification`` is
  false (its default is true);
- a suspended account's posts are hidden at once and purged 30 days later
  (``advance(days=30)``), at once when its data is deleted (``DELETE``, which
  needs the Delete User Data permission and a suspended account);
- webhooks: ``X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>``, body
  ``{"event", "created_at", "object"}``; the report's object is the Admin::Report
  with the reporter's e-mail and IP addresses in it.

    with FakeMastodon() as server:
        perp = server.add_account("perp", domain="elsewhere.example")
        report = server.add_report(comment="...", target=perp)
        body, headers = server.webhook("report.created", report, secret=b"...")
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx

from haven.testing.fakes.base import FakeServer, RecordedRequest, Response

ADMIN_TOKEN = "masto-admin-token"  # noqa: S105 (a fake's test token)
MODERATOR_TOKEN = "masto-moderator-token"  # noqa: S105
READ_ONLY_TOKEN = "masto-read-only-token"  # noqa: S105 (admin role, read scopes only)
DOMAIN = "mastodon.example"
VERSION = "4.3.2"

# Role permission bits (app/models/user_role.rb).
ADMINISTRATOR = 0x1
MANAGE_REPORTS = 0x10
MANAGE_USERS = 0x400
DELETE_USER_DATA = 0x80000
MODERATOR_PERMISSIONS = 0x10 | 0x20 | 0x40 | 0x400 | 0x800 | 0x2000  # no Delete User Data

ALL_SCOPES = [
    "admin:read:reports",
    "admin:write:reports",
    "admin:read:accounts",
    "admin:write:accounts",
    "read:accounts",
    "read:statuses",
]
ACCOUNT_ACTIONS = ("none", "sensitive", "disable", "silence", "suspend")
PURGE_AFTER = timedelta(days=30)
RATE_LIMIT = 300  # per token and RATE_PERIOD, as Mastodon's default API throttle
RATE_PERIOD = timedelta(minutes=5)


@dataclass
class Token:
    scopes: list[str]
    role: str
    permissions: int
    account_id: str = ""
    used: int = 0
    window_start: datetime | None = None


@dataclass
class Strike:
    """An account warning as Mastodon records it (shown to the account's owner)."""

    account_id: str
    action: str
    text: str
    report_id: str | None
    status_ids: list[str]
    created_at: datetime


@dataclass
class Email:
    account_id: str
    action: str
    status_ids: list[str]  # the reported posts the e-mail links


@dataclass
class Webhook:
    url: str
    secret: bytes
    events: tuple[str, ...] = ("report.created", "report.updated")
    answers: list[int] = field(default_factory=list)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sign(secret: bytes, body: bytes) -> str:
    """The X-Hub-Signature Mastodon's Webhooks::DeliveryWorker sends."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class FakeMastodon(FakeServer):
    def __init__(self, *, version: str = VERSION, rate_limit: int = RATE_LIMIT) -> None:
        super().__init__()
        self.version = version
        self.rate_limit = rate_limit
        self.offset = timedelta()
        self._ids = itertools.count(1)
        self.accounts: dict[str, dict[str, Any]] = {}
        self.statuses: dict[str, dict[str, Any]] = {}
        self.reports: dict[str, dict[str, Any]] = {}
        self.media: dict[str, bytes] = {}
        self.strikes: list[Strike] = []
        self.emails: list[Email] = []
        self.webhooks: list[Webhook] = []
        self._delays: list[tuple[str, re.Pattern[str], float]] = []
        admin = self.add_account("admin", email="admin@mastodon.example")
        moderator = self.add_account("moderator", email="moderator@mastodon.example")
        self.tokens = {
            ADMIN_TOKEN: Token([*ALL_SCOPES, "profile"], "Owner", 0xFFFFF, admin),
            MODERATOR_TOKEN: Token(list(ALL_SCOPES), "Moderator", MODERATOR_PERMISSIONS, moderator),
            READ_ONLY_TOKEN: Token(["read", "admin:read"], "Owner", 0xFFFFF, admin),
        }
        self.route("GET", r"/api/v2/instance", self._instance_v2, auth=False)
        self.route("GET", r"/api/v1/instance", self._instance_v1, auth=False)
        self.route("GET", r"/api/v1/accounts/verify_credentials", self._verify_credentials)
        self.route("GET", r"/api/v1/apps/verify_credentials", self._verify_app)
        self.route("GET", r"/api/v1/admin/reports", self._reports)
        self.route("GET", r"/api/v1/admin/reports/(?P<id>[^/]+)", self._report)
        self.route("POST", r"/api/v1/admin/reports/(?P<id>[^/]+)/resolve", self._resolve)
        self.route("GET", r"/api/v1/admin/accounts/(?P<id>[^/]+)", self._admin_account_route)
        self.route("GET", r"/api/v2/admin/accounts", self._admin_accounts)
        self.route("DELETE", r"/api/v1/admin/accounts/(?P<id>[^/]+)", self._delete_data)
        self.route("POST", r"/api/v1/admin/accounts/(?P<id>[^/]+)/action", self._action)
        self.route("GET", r"/api/v1/accounts/(?P<id>[^/]+)/statuses", self._account_statuses)
        self.route("GET", r"/system/media/(?P<id>[^/]+)", self._file, auth=False)

    # --- time ---------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, *, days: float = 0, seconds: float = 0) -> None:
        """Move the server's clock on; suspended accounts' posts are purged when due."""
        with self.lock:
            self.offset += timedelta(days=days, seconds=seconds)
            for account in self.accounts.values():
                when = account["suspended_at"]
                if when is not None and self.now() - when >= PURGE_AFTER:
                    self._purge(account["id"])

    # --- state --------------------------------------------------------------
    def new_id(self) -> str:
        """Snowflake-like: digits, ordered by creation."""
        return str(110_000_000_000_000_000 + next(self._ids))

    def add_account(
        self,
        username: str,
        *,
        domain: str | None = None,
        email: str = "",
        ip: str = "",
        display_name: str = "",
    ) -> str:
        account_id = self.new_id()
        local = domain is None
        with self.lock:
            self.accounts[account_id] = {
                "id": account_id,
                "username": username,
                "domain": domain,
                "display_name": display_name or username.title(),
                "email": (email or f"{username}@mail.example") if local else None,
                "ips": [{"ip": ip or "192.0.2.10", "used_at": _iso(self.now())}] if local else [],
                "created_at": _iso(self.now()),
                "suspended_at": None,
                "silenced": False,
                "sensitized": False,
                "disabled": False,
                "data_deleted": False,
            }
        return account_id

    def add_status(
        self,
        account_id: str,
        content: str,
        *,
        visibility: str = "public",
        media: bytes | None = None,
    ) -> str:
        status_id = self.new_id()
        attachments: list[dict[str, Any]] = []
        if media is not None:
            media_id = self.new_id()
            self.media[media_id] = media
            attachments.append(
                {
                    "id": media_id,
                    "type": "image",
                    "url": f"{self.url}/system/media/{media_id}",
                    "preview_url": f"{self.url}/system/media/{media_id}",
                    "remote_url": None,
                    "preview_remote_url": None,
                    "text_url": None,
                    "meta": {},
                    "description": "synthetic image",
                    "blurhash": None,
                }
            )
        with self.lock:
            self.statuses[status_id] = {
                "id": status_id,
                "account_id": account_id,
                "content": content,
                "visibility": visibility,
                "created_at": _iso(self.now()),
                "media_attachments": attachments,
            }
        return status_id

    def add_report(
        self,
        *,
        comment: str,
        target: str,
        reporter: str | None = None,
        status_ids: tuple[str, ...] = (),
        category: str = "other",
        forwarded: bool = False,
    ) -> str:
        """A report filed on the server; its webhooks are called (``report.created``)."""
        report_id = self.new_id()
        now = _iso(self.now())
        with self.lock:
            self.reports[report_id] = {
                "id": report_id,
                "comment": comment,
                "category": category,
                "target": target,
                "reporter": reporter or self.add_account("reporter", ip="198.51.100.77"),
                "status_ids": list(status_ids),
                "forwarded": forwarded,
                "created_at": now,
                "updated_at": now,
                "action_taken_at": None,
            }
        self._trigger("report.created", report_id)
        return report_id

    def suspended(self, account_id: str) -> bool:
        return self.accounts[account_id]["suspended_at"] is not None

    def open_reports(self, account_id: str) -> list[str]:
        return [
            r
            for r, v in self.reports.items()
            if v["target"] == account_id and v["action_taken_at"] is None
        ]

    def rate_limit_headers(self, reset_in: float) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": _iso(datetime.now(UTC) + timedelta(seconds=reset_in)),
        }

    # --- webhooks, as Mastodon sends them ---------------------------------
    def webhook(self, event: str, report_id: str, *, secret: bytes) -> tuple[bytes, dict[str, str]]:
        """The body and headers of one delivery of ``event`` about the report."""
        with self.lock:
            payload = {
                "event": event,
                "created_at": _iso(self.now()),
                "object": self._admin_report(report_id),
            }
        body = json.dumps(payload).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": f"Mastodon/{self.version} (http.rb/5.2.0; +https://{DOMAIN}/)",
            "X-Hub-Signature": sign(secret, body),
        }
        return body, headers

    def add_webhook(self, url: str, secret: bytes) -> Webhook:
        hook = Webhook(url, secret)
        self.webhooks.append(hook)
        return hook

    def _trigger(self, event: str, report_id: str) -> None:
        for hook in list(self.webhooks):
            if event in hook.events:
                body, headers = self.webhook(event, report_id, secret=hook.secret)
                answer = httpx.post(hook.url, content=body, headers=headers, timeout=10)
                hook.answers.append(answer.status_code)

    # --- rendering, as Mastodon's serializers do --------------------------
    def _account(self, account_id: str) -> dict[str, Any]:
        a = self.accounts[account_id]
        acct = a["username"] if a["domain"] is None else f"{a['username']}@{a['domain']}"
        host = a["domain"] or DOMAIN
        hidden = a["suspended_at"] is not None
        return {
            "id": a["id"],
            "username": a["username"],
            "acct": acct,
            "display_name": "" if hidden else a["display_name"],
            "locked": False,
            "bot": False,
            "discoverable": None,
            "group": False,
            "created_at": a["created_at"][:10] + "T00:00:00.000Z",
            "note": "" if hidden else "<p>synthetic profile</p>",
            "url": f"https://{host}/@{a['username']}",
            "uri": f"https://{host}/users/{a['username']}",
            "avatar": f"{self.url}/avatars/original/missing.png",
            "avatar_static": f"{self.url}/avatars/original/missing.png",
            "header": f"{self.url}/headers/original/missing.png",
            "header_static": f"{self.url}/headers/original/missing.png",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": len(self._visible_statuses(account_id)),
            "last_status_at": None,
            "emojis": [],
            "fields": [],
            **({"suspended": True} if hidden else {}),
        }

    def _admin_account(self, account_id: str) -> dict[str, Any]:
        a = self.accounts[account_id]
        ips = a["ips"]
        return {
            "id": a["id"],
            "username": a["username"],
            "domain": a["domain"],
            "created_at": a["created_at"],
            "email": a["email"],
            "ip": ips[-1]["ip"] if ips else None,
            "ips": ips,
            "role": {
                "id": "-99",
                "name": "",
                "permissions": "65536",
                "color": "",
                "highlighted": False,
            },
            "confirmed": a["domain"] is None,
            "suspended": a["suspended_at"] is not None,
            "silenced": a["silenced"],
            "sensitized": a["sensitized"],
            "disabled": a["disabled"],
            "approved": True,
            "locale": "en" if a["domain"] is None else None,
            "invite_request": None,
            "account": self._account(account_id),
            "created_by_application_id": None,
            "invited_by_account_id": None,
        }

    def _status(self, status_id: str) -> dict[str, Any]:
        s = self.statuses[status_id]
        owner = self.accounts[s["account_id"]]
        host = owner["domain"] or DOMAIN
        uri = f"https://{host}/users/{owner['username']}/statuses/{status_id}"
        return {
            "id": s["id"],
            "created_at": s["created_at"],
            "in_reply_to_id": None,
            "in_reply_to_account_id": None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": s["visibility"],
            "language": "en",
            "uri": uri,
            "url": f"https://{host}/@{owner['username']}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "content": s["content"],
            "reblog": None,
            "account": self._account(s["account_id"]),
            "media_attachments": s["media_attachments"],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }

    def _admin_report(self, report_id: str) -> dict[str, Any]:
        r = self.reports[report_id]
        resolved = r["action_taken_at"] is not None
        return {
            "id": r["id"],
            "action_taken": resolved,
            "action_taken_at": r["action_taken_at"],
            "category": r["category"],
            "comment": r["comment"],
            "forwarded": r["forwarded"],
            "created_at": r["created_at"],
            "updated_at": r["updated_at"],
            "account": self._admin_account(r["reporter"]),
            "target_account": self._admin_account(r["target"]),
            "assigned_account": None,
            "action_taken_by_account": None,
            # Admin::ReportSerializer includes the reported posts, private ones too,
            # while they exist.
            "statuses": [self._status(s) for s in r["status_ids"] if s in self.statuses],
            "rules": [],
        }

    def _visible_statuses(self, account_id: str) -> list[str]:
        if self.accounts[account_id]["suspended_at"] is not None:
            return []
        return sorted(
            (s for s, v in self.statuses.items() if v["account_id"] == account_id),
            key=int,
            reverse=True,
        )

    def delay_next(self, method: str, path_pattern: str, *, seconds: float) -> None:
        """The next such request is carried out only after ``seconds`` (the client gave up)."""
        with self.lock:
            self._delays.append((method, re.compile(path_pattern + r"\Z"), seconds))

    # --- serving ------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Response:
        with self.lock:
            delay = next(
                (d for d in self._delays if d[0] == request.method and d[1].match(request.path)),
                None,
            )
            if delay is not None:
                self._delays.remove(delay)
        if delay is not None:
            time.sleep(delay[2])
        token = self._token(request)
        if token is None or not request.path.startswith("/api/"):
            return super().handle(request)
        with self.lock:
            now = datetime.now(UTC)
            if token.window_start is None or now - token.window_start >= RATE_PERIOD:
                token.window_start, token.used = now, 0
            token.used += 1
            over = token.used > self.rate_limit
            reset = token.window_start + RATE_PERIOD
            limits = {
                "X-RateLimit-Limit": str(self.rate_limit),
                "X-RateLimit-Remaining": str(max(0, self.rate_limit - token.used)),
                "X-RateLimit-Reset": _iso(reset),
            }
        if over:
            with self.lock:
                self.requests.append(request)
            return Response(429, {"error": "Too many requests"}, limits)
        response = super().handle(request)
        response.headers = {**limits, **response.headers}
        return response

    def _token(self, request: RecordedRequest) -> Token | None:
        found = self.authorised(request)
        return found if isinstance(found, Token) else None

    def _forbidden(
        self, request: RecordedRequest, scope: str, permission: int = 0
    ) -> Response | None:
        """403 as Doorkeeper answers a missing scope, and as Mastodon a missing permission."""
        token = self._token(request)
        assert token is not None
        parent = scope.rpartition(":")[0]
        alternatives = {"read:accounts": "profile"}
        if not (
            scope in token.scopes
            or parent in token.scopes
            or alternatives.get(scope) in token.scopes
        ):
            return Response(403, {"error": "This action is outside the authorized scopes"})
        if permission and not token.permissions & (permission | ADMINISTRATOR):
            return Response(403, {"error": "This action is not allowed"})
        return None

    def _instance_v2(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if not self.version.split(".")[0].isdigit() or int(self.version.split(".")[0]) < 4:
            return Response(404, {"error": "Record not found"})
        return Response(
            body={
                "domain": DOMAIN,
                "title": "Fake Mastodon",
                "version": self.version,
                "source_url": "https://github.com/mastodon/mastodon",
                "description": "A fake server for Haven's tests.",
                "usage": {"users": {"active_month": len(self.accounts)}},
                "thumbnail": {"url": f"{self.url}/packs/media/images/preview.png"},
                "languages": ["en"],
                "configuration": {"urls": {"streaming": "wss://" + DOMAIN}},
                "registrations": {"enabled": False, "approval_required": True, "message": None},
                "contact": {"email": f"admin@{DOMAIN}", "account": None},
                "rules": [],
            }
        )

    def _instance_v1(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        return Response(
            body={
                "uri": DOMAIN,
                "title": "Fake Mastodon",
                "short_description": "",
                "description": "",
                "email": f"admin@{DOMAIN}",
                "version": self.version,
                "urls": {},
                "stats": {},
                "languages": ["en"],
                "registrations": False,
                "approval_required": True,
                "invites_enabled": False,
            }
        )

    def _verify_credentials(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "read:accounts"):
            return refused
        token = self._token(request)
        assert token is not None
        body = self._account(token.account_id)
        body["source"] = {"privacy": "public", "sensitive": False, "note": "", "fields": []}
        body["role"] = {
            "id": "3" if token.role == "Owner" else "1",
            "name": token.role,
            "permissions": str(token.permissions),
            "color": "",
            "highlighted": True,
        }
        return Response(body=body)

    def _verify_app(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        token = self._token(request)
        assert token is not None
        body: dict[str, Any] = {"name": "Haven", "website": None, "vapid_key": "BFake="}
        major, minor = (int(p) for p in self.version.split(".")[:2])
        if (major, minor) >= (4, 3):
            body["scopes"] = token.scopes  # since 4.3
            body["redirect_uris"] = ["urn:ietf:wg:oauth:2.0:oob"]
        return Response(body=body)

    def _reports(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:read:reports", MANAGE_REPORTS):
            return refused
        q = {k: v[-1] for k, v in request.query.items()}
        limit = int(q["limit"]) if q.get("limit", "").isdigit() else 100
        limit = max(1, min(limit, 200))
        wanted = q.get("resolved", "").lower() in ("1", "t", "true")
        rows = sorted(
            (r for r, v in self.reports.items() if (v["action_taken_at"] is not None) == wanted),
            key=int,
        )
        if q.get("max_id"):
            rows = [r for r in rows if int(r) < int(q["max_id"])]
        lower = q.get("min_id") or q.get("since_id")
        if lower:
            rows = [r for r in rows if int(r) > int(lower)]
        # min_id: the page just after it; otherwise the newest. Always newest first.
        page = rows[:limit] if q.get("min_id") else rows[-limit:]
        page.reverse()
        links = []
        base = f"{self.url}/api/v1/admin/reports"
        extra = {"resolved": "true"} if wanted else {}
        if len(page) == limit:
            links.append(
                f'<{base}?{urlencode({**extra, "limit": limit, "max_id": page[-1]})}>; rel="next"'
            )
        if page:
            links.append(
                f'<{base}?{urlencode({**extra, "limit": limit, "min_id": page[0]})}>; rel="prev"'
            )
        headers = {"Link": ", ".join(links)} if links else {}
        return Response(body=[self._admin_report(r) for r in page], headers=headers)

    def _report(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:read:reports", MANAGE_REPORTS):
            return refused
        if match["id"] not in self.reports:
            return Response(404, {"error": "Record not found"})
        return Response(body=self._admin_report(match["id"]))

    def _resolve(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:write:reports", MANAGE_REPORTS):
            return refused
        report = self.reports.get(match["id"])
        if report is None:
            return Response(404, {"error": "Record not found"})
        now = _iso(self.now())
        report.update(action_taken_at=report["action_taken_at"] or now, updated_at=now)
        return Response(body=self._admin_report(match["id"]))

    def _admin_account_route(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:read:accounts", MANAGE_USERS):
            return refused
        if match["id"] not in self.accounts:
            return Response(404, {"error": "Record not found"})
        return Response(body=self._admin_account(match["id"]))

    def _admin_accounts(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:read:accounts", MANAGE_USERS):
            return refused
        origin = request.query.get("origin", [""])[-1]
        limit = request.query.get("limit", ["100"])[-1]
        count = max(1, min(int(limit) if limit.isdigit() else 100, 200))
        with self.lock:
            chosen = [
                a["id"] for a in self.accounts.values() if origin != "local" or a["domain"] is None
            ]
        chosen.sort(key=int, reverse=True)  # newest first
        return Response(body=[self._admin_account(i) for i in chosen[:count]])

    def _action(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:write:accounts", MANAGE_USERS):
            return refused
        account_id = match["id"]
        if account_id not in self.accounts:
            return Response(404, {"error": "Record not found"})
        kind = request.param("type") or ""
        if kind not in ACCOUNT_ACTIONS:
            return Response(422, {"error": "Validation failed: Type is not included in the list"})
        report_id = request.param("report_id")
        if report_id is not None and report_id not in self.reports:
            return Response(404, {"error": "Record not found"})
        # ActiveModel's boolean cast: absent means the default, true.
        notify = (request.param("send_email_notification") or "true").lower() not in (
            "0",
            "f",
            "false",
            "off",
        )
        account = self.accounts[account_id]
        now = self.now()
        if kind == "suspend":
            account["suspended_at"] = account["suspended_at"] or now
        elif kind == "silence":
            account["silenced"] = True
        elif kind == "sensitive":
            account["sensitized"] = True
        elif kind == "disable":
            account["disabled"] = True
        # Admin::AccountAction#reports: every open report about the account,
        # or with ``none`` the one given.
        if kind == "none":
            resolved = [report_id] if report_id else []
        else:
            resolved = self.open_reports(account_id)
        for rid in resolved:
            self.reports[rid].update(action_taken_at=_iso(now), updated_at=_iso(now))
        with_statuses = list(self.reports[report_id]["status_ids"]) if report_id else []
        self.strikes.append(
            Strike(account_id, kind, request.param("text") or "", report_id, with_statuses, now)
        )
        if notify and account["domain"] is None:
            self.emails.append(Email(account_id, kind, with_statuses))
        return Response(body={})

    def _delete_data(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "admin:write:accounts", DELETE_USER_DATA):
            return refused
        account = self.accounts.get(match["id"])
        if account is None:
            return Response(404, {"error": "Record not found"})
        if account["suspended_at"] is None:
            return Response(403, {"error": "This action is not allowed"})
        self._purge(account["id"])
        return Response(body=self._admin_account(account["id"]))

    def _purge(self, account_id: str) -> None:
        self.accounts[account_id]["data_deleted"] = True
        for status_id in [s for s, v in self.statuses.items() if v["account_id"] == account_id]:
            for media in self.statuses[status_id]["media_attachments"]:
                self.media.pop(media["id"], None)
            del self.statuses[status_id]

    def _account_statuses(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if refused := self._forbidden(request, "read:statuses"):
            return refused
        account_id = match["id"]
        if account_id not in self.accounts:
            return Response(404, {"error": "Record not found"})
        limit = request.query.get("limit", ["20"])[-1]
        count = max(1, min(int(limit) if limit.isdigit() else 20, 40))
        mine = self._visible_statuses(account_id)[:count]
        return Response(body=[self._status(s) for s in mine])

    def _file(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        data = self.media.get(match["id"])
        if data is None:
            return Response(404, {"error": "Record not found"})
        return Response(body=data, content_type="image/png")
