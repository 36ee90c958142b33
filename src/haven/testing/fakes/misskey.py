"""A fake Misskey: the moderation API and the abuse-report system webhook, on loopback.

Shapes follow Misskey's schemas (``packages/backend/src/models/json-schema``: UserLite,
UserDetailedNotMe, MeDetailed, Note, DriveFile; ``admin/abuse-user-reports``'s
``meta.res``; ``admin/show-user``; ``meta``) and its error body
``{"error": {"message", "code", "id", "kind"}}``. As on Misskey:

- every endpoint is ``POST /api/<name>`` with a JSON body, the token as
  ``Authorization: Bearer`` or ``i`` in the body;
- a bad token is 401 ``AUTHENTICATION_FAILED``, a user who is not a moderator
  403 ``ACCESS_DENIED``, a token without the endpoint's permission 403
  ``PERMISSION_DENIED``, a rate limit 429 ``RATE_LIMIT_EXCEEDED`` (with the
  headers Sharkey adds when ``fork_rate_limit_headers`` is set);
- pages by ``sinceId`` (ascending) and ``untilId`` (descending), ``limit`` 1 to 100;
- ``admin/suspend-user`` and ``admin/show-user`` fail with a plain error (500) for a
  moderator target or an unknown user; ``notes/delete`` and ``notes/show`` answer
  400 ``NO_SUCH_NOTE``;
- a report filed (``add_report``) or resolved is sent to the system webhook, if one
  is set (``set_webhook``), with the raw secret in ``X-Misskey-Hook-Secret``.

    with FakeMisskey() as server:
        perp = server.add_user("perp", host="elsewhere.example")
        note = server.add_note(perp, "...")
        server.add_report(target=perp, comment=f"Note: {server.note_url(note)}\\n-----\\n...")
"""

from __future__ import annotations

import itertools
import json
import re
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

import httpx

from haven.testing.fakes.base import FakeServer, RecordedRequest, Response

ADMIN_TOKEN = "mk-admin-token"  # noqa: S105 (a fake's test tokens)
MODERATOR_TOKEN = "mk-moderator-token"  # noqa: S105
USER_TOKEN = "mk-user-token"  # noqa: S105
# A moderator's token whose app was given only read:account.
NARROW_TOKEN = "mk-narrow-token"  # noqa: S105
DOMAIN = "misskey.example"
VERSION = "2025.4.0"

ALL = None  # every permission


def _error(status: int, code: str, error_id: str, message: str, kind: str = "client") -> Response:
    return Response(
        status, {"error": {"message": message, "code": code, "id": error_id, "kind": kind}}
    )


_AUTH_FAILED = _error(
    401,
    "AUTHENTICATION_FAILED",
    "b0a7f5f8-dc2f-4171-b91f-de88ad238e14",
    "Authentication failed. Please ensure your token is correct.",
)
_CREDENTIAL_REQUIRED = _error(
    401, "CREDENTIAL_REQUIRED", "1384574d-a912-4b81-8601-c7b1c4085df1", "Credential required."
)
_NOT_MODERATOR = _error(
    403, "ACCESS_DENIED", "56f35758-7dd5-468b-8439-5d6fb8ec9b8e", "Access denied.", "permission"
)
_PERMISSION_DENIED = _error(
    403,
    "PERMISSION_DENIED",
    "1370e5b7-d4eb-4566-bb1d-7748ee6a1838",
    "Your app does not have the necessary permissions to use this endpoint.",
    "permission",
)
_RATE_LIMITED = _error(
    429,
    "RATE_LIMIT_EXCEEDED",
    "d5826d14-3982-4d2e-8011-b9e9f02499ef",
    "Rate limit exceeded. Please try again later.",
)
_NO_SUCH_NOTE = _error(400, "NO_SUCH_NOTE", "24fcbfc6-2e37-42b6-8388-c29b3861a08d", "No such note.")
_NO_SUCH_USER = _error(400, "NO_SUCH_USER", "4362f8dc-731f-4ad8-a694-be5a88922a24", "No such user.")
_NO_SUCH_REPORT = _error(
    404, "NO_SUCH_ABUSE_REPORT", "ac3794dd-2ce4-d878-e546-73c60c06b398", "No such abuse report."
)
# admin/forward-abuse-user-report's own error (its meta.errors.noSuchAbuseReport).
_NO_SUCH_REPORT_TO_FORWARD = _error(
    404, "NO_SUCH_ABUSE_REPORT", "8763e21b-d9bc-40be-acf6-54c1a6986493", "No such abuse report."
)
_NO_SUCH_ENDPOINT = _error(
    404, "NO_SUCH_ENDPOINT", "f8080b67-5f9c-4eb7-8c18-7f1eeae8f709", "No such endpoint."
)
_INVALID_PARAM = _error(
    400, "INVALID_PARAM", "3d81ceae-475f-4600-b2a8-2bc116157532", "Invalid param."
)
_NO_CONTENT = Response(204, None)


def _internal(message: str) -> Response:
    # Misskey answers an endpoint's plain Error as INTERNAL_ERROR with its message in info.
    body = _error(
        500,
        "INTERNAL_ERROR",
        "5d37dbcb-891e-41ca-a3d6-e690c97775ac",
        "Internal error occurred. Please contact us if the error persists.",
        "server",
    ).body
    body["error"]["info"] = {"e": {"message": message, "code": "Error", "id": str(uuid.uuid4())}}
    return Response(500, body)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# (endpoint, needs a moderator, the permission its token needs)
_ENDPOINTS: dict[str, tuple[bool, str | None]] = {
    "i": (False, "read:account"),
    "admin/abuse-user-reports": (True, "read:admin:abuse-user-reports"),
    "admin/resolve-abuse-user-report": (True, "write:admin:resolve-abuse-user-report"),
    # Its meta.kind is the resolve permission: there is no permission of its own.
    "admin/forward-abuse-user-report": (True, "write:admin:resolve-abuse-user-report"),
    "admin/show-user": (True, "read:admin:show-user"),
    "admin/suspend-user": (True, "write:admin:suspend-user"),
    "admin/unsuspend-user": (True, "write:admin:unsuspend-user"),
    "notes/delete": (False, "write:notes"),
    "ap/show": (False, "read:account"),
}


class FakeMisskey(FakeServer):
    def __init__(self, *, fork_rate_limit_headers: bool = False) -> None:
        super().__init__(
            {
                ADMIN_TOKEN: ("admin", ALL),
                MODERATOR_TOKEN: ("moderator", ALL),
                USER_TOKEN: ("user", ALL),
                NARROW_TOKEN: ("moderator", frozenset({"read:account"})),
            }
        )
        self.fork_rate_limit_headers = fork_rate_limit_headers
        self._ids = itertools.count(1)
        self.users: dict[str, dict[str, Any]] = {}
        self.notes: dict[str, dict[str, Any]] = {}
        self.reports: dict[str, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.webhook: dict[str, str] | None = None
        self.sent_webhooks: list[tuple[int, bytes]] = []
        # (inbox, activity): what the server delivered to other servers (a forward's Flag).
        self.delivered: list[tuple[str, dict[str, Any]]] = []
        self.instance_actor = self.new_id()  # SystemAccountService's "actor"
        self.me = {role: self.add_user(role, role=role) for role in ("admin", "moderator", "user")}
        self.route("GET", r"/files/(?P<id>[^/]+)", self._file, auth=False)
        self.route("POST", r"/api/(?P<endpoint>.+)", self._api, auth=False)

    # --- state --------------------------------------------------------------
    def new_id(self) -> str:
        """Like Misskey's aidx: 16 lower-case alphanumerics, ordered by creation."""
        return f"a{next(self._ids):015d}"

    def add_user(
        self,
        username: str,
        *,
        host: str | None = None,
        role: str = "user",
        email: str = "",
        ip: str = "",
    ) -> str:
        user_id = self.new_id()
        local = host is None
        self.users[user_id] = {
            "id": user_id,
            "username": username,
            "host": host,
            "name": username.title(),
            "role": role,
            "email": email or (f"{username}@mail.example" if local else None),
            "signins": [{"ip": ip or "192.0.2.20", "createdAt": _iso(datetime.now(UTC))}]
            if local
            else [],
            "isSuspended": False,
            "isSilenced": False,
            "createdAt": _iso(datetime.now(UTC)),
        }
        return user_id

    def add_note(self, user_id: str, text: str, *, file: bytes | None = None) -> str:
        note_id = self.new_id()
        files = []
        if file is not None:
            file_id = self.new_id()
            self.files[file_id] = file
            files.append(
                {
                    "id": file_id,
                    "createdAt": _iso(datetime.now(UTC)),
                    "name": "synthetic.png",
                    "type": "image/png",
                    "md5": "0" * 32,
                    "size": len(file),
                    "isSensitive": False,
                    "blurhash": None,
                    "properties": {},
                    "url": f"{self.url}/files/{file_id}",
                    "thumbnailUrl": f"{self.url}/files/{file_id}",
                    "comment": "synthetic image",
                    "folderId": None,
                    "userId": user_id,
                }
            )
        with self.lock:
            self.notes[note_id] = {
                "id": note_id,
                "userId": user_id,
                "text": text,
                "files": files,
                "createdAt": _iso(datetime.now(UTC)),
            }
        return note_id

    def note_url(self, note_id: str) -> str:
        return f"{self.url}/notes/{note_id}"

    def add_report(self, *, target: str, comment: str, reporter: str | None = None) -> str:
        """A report as ``users/report-abuse`` files it; sent to the system webhook if set."""
        report_id = self.new_id()
        reporter_id = reporter or self.add_user("reporter")
        with self.lock:
            self.reports[report_id] = {
                "id": report_id,
                "createdAt": _iso(datetime.now(UTC)),
                "comment": comment,
                "resolved": False,
                "reporterId": reporter_id,
                "targetUserId": target,
                "assigneeId": None,
                "forwarded": False,
                "resolvedAs": None,
                "moderationNote": "",
            }
        self.deliver("abuseReport", report_id)
        return report_id

    def set_webhook(self, url: str, secret: str) -> str:
        """A system webhook listening to abuseReport and abuseReportResolved."""
        hook_id = self.new_id()
        self.webhook = {"id": hook_id, "url": url, "secret": secret}
        return hook_id

    def rate_limit_headers(self, reset_in: float) -> dict[str, str]:
        if not self.fork_rate_limit_headers:
            return {}  # upstream Misskey sends none
        return {
            "X-RateLimit-Clear": f"{reset_in:.3f}",
            "X-RateLimit-Remaining": "0",
            "Retry-After": str(max(1, round(reset_in))),
            "X-RateLimit-Reset": f"{reset_in:.3f}",
        }

    # --- the system webhook, as SystemWebhookDeliverProcessorService sends it --
    def webhook_request(
        self, event: str, report_id: str, *, event_id: str | None = None
    ) -> tuple[dict[str, str], bytes]:
        """The headers and body Misskey sends for ``event``; a retry sends the same."""
        assert self.webhook is not None, "set_webhook first"
        report = self.reports[report_id]
        content = {
            **{k: v for k, v in report.items() if k != "createdAt"},
            "targetUserHost": self.users[report["targetUserId"]]["host"],
            "reporterHost": self.users[report["reporterId"]]["host"],
            "targetUser": self._user_lite(report["targetUserId"]),
            "reporter": self._user_lite(report["reporterId"]),
            "assignee": None,
        }
        payload = {
            "server": f"https://{DOMAIN}",
            "hookId": self.webhook["id"],
            "eventId": event_id or str(uuid.uuid4()),
            "createdAt": int(time.time() * 1000),
            "type": event,
            "body": content,
        }
        headers = {
            "User-Agent": "Misskey-Hooks",
            "X-Misskey-Host": DOMAIN,
            "X-Misskey-Hook-Id": self.webhook["id"],
            "X-Misskey-Hook-Secret": self.webhook["secret"],
            "Content-Type": "application/json",
        }
        # JSON.stringify: no spaces, non-ASCII as is.
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        return headers, body

    def deliver(self, event: str, report_id: str) -> None:
        if self.webhook is None or not self.webhook["url"].startswith("http"):
            return
        headers, body = self.webhook_request(event, report_id)
        try:
            status = httpx.post(
                self.webhook["url"], content=body, headers=headers, timeout=5
            ).status_code
        except httpx.HTTPError:
            status = 0
        self.sent_webhooks.append((status, body))

    # --- rendering, as Misskey packs it -------------------------------------
    def _user_lite(self, user_id: str) -> dict[str, Any]:
        u = self.users[user_id]
        return {
            "id": u["id"],
            "name": u["name"],
            "username": u["username"],
            "host": u["host"],
            "avatarUrl": f"{self.url}/identicon/{u['id']}",
            "avatarBlurhash": None,
            "avatarDecorations": [],
            "isBot": False,
            "isCat": False,
            "emojis": {},
            "onlineStatus": "unknown",
            "badgeRoles": [],
        }

    def _user_detailed(self, user_id: str) -> dict[str, Any]:
        u = self.users[user_id]
        remote = u["host"] is not None
        return {
            **self._user_lite(user_id),
            "url": f"https://{u['host']}/@{u['username']}" if remote else None,
            "uri": f"https://{u['host']}/users/{u['id']}" if remote else None,
            "movedTo": None,
            "alsoKnownAs": None,
            "createdAt": u["createdAt"],
            "updatedAt": None,
            "lastFetchedAt": None,
            "bannerUrl": None,
            "bannerBlurhash": None,
            "isLocked": False,
            "isSilenced": u["isSilenced"],
            "isLimited": False,
            "isSuspended": u["isSuspended"],
            "description": "synthetic profile",
            "location": None,
            "birthday": None,
            "lang": None,
            "fields": [],
            "verifiedLinks": [],
            "followersCount": 0,
            "followingCount": 0,
            "notesCount": sum(1 for n in self.notes.values() if n["userId"] == user_id),
            "pinnedNoteIds": [],
            "pinnedNotes": [],
            "pinnedPageId": None,
            "pinnedPage": None,
            "publicReactions": True,
            "ffVisibility": "public",
            "twoFactorEnabled": False,
            "usePasswordLessLogin": False,
            "securityKeys": False,
            "roles": [],
            "memo": None,
        }

    def _note(self, note_id: str) -> dict[str, Any]:
        n = self.notes[note_id]
        author = self.users[n["userId"]]
        remote = author["host"] is not None
        uri = f"https://{author['host']}/notes/{note_id}" if remote else None
        return {
            "id": n["id"],
            "createdAt": n["createdAt"],
            "deletedAt": None,
            "text": n["text"],
            "cw": None,
            "userId": n["userId"],
            "user": self._user_lite(n["userId"]),
            "replyId": None,
            "renoteId": None,
            "visibility": "public",
            "localOnly": False,
            "reactionAcceptance": None,
            "reactionCount": 0,
            "reactions": {},
            "renoteCount": 0,
            "repliesCount": 0,
            "fileIds": [f["id"] for f in n["files"]],
            "files": n["files"],
            "uri": uri,
            "url": uri,
        }

    def _report(self, report_id: str) -> dict[str, Any]:
        r = self.reports[report_id]
        return {
            "id": r["id"],
            "createdAt": r["createdAt"],
            "comment": r["comment"],
            "resolved": r["resolved"],
            "reporterId": r["reporterId"],
            "targetUserId": r["targetUserId"],
            "assigneeId": r["assigneeId"],
            "reporter": self._user_detailed(r["reporterId"]),
            "targetUser": self._user_detailed(r["targetUserId"]),
            "assignee": None,
            "forwarded": r["forwarded"],
            "resolvedAs": r["resolvedAs"],
            "moderationNote": r["moderationNote"],
        }

    # --- serving ------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Response:
        response = super().handle(request)
        if response.status == 429:
            return Response(429, _RATE_LIMITED.body, response.headers)
        if response.status >= 500 and response.body == {"error": "Internal server error"}:
            return _internal("synthetic failure")
        if response.status == 404 and response.body == {"error": "Record not found"}:
            return _NO_SUCH_ENDPOINT
        return response

    def _token(self, request: RecordedRequest) -> str | None:
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer "):
            return header.removeprefix("Bearer ").strip()
        body = request.json
        token = body.get("i") if isinstance(body, dict) else None
        return token if isinstance(token, str) else None

    def _api(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        endpoint = match["endpoint"]
        handler: Callable[[dict[str, Any], str | None], Response] | None = getattr(
            self, "_ep_" + endpoint.replace("/", "__").replace("-", "_"), None
        )
        if handler is None:
            return _NO_SUCH_ENDPOINT
        try:
            params = request.json if request.body else {}
        except ValueError:
            return _INVALID_PARAM
        if not isinstance(params, dict):
            return _INVALID_PARAM
        token = self._token(request)
        me: str | None = None
        needs_moderator, permission = _ENDPOINTS.get(endpoint, (False, None))
        if token is not None:
            known = self.tokens.get(token)
            if known is None:
                return _AUTH_FAILED
            role, permissions = cast(tuple[str, frozenset[str] | None], known)
            me = self.me[role]
            if permission and endpoint in _ENDPOINTS:
                if needs_moderator and role not in ("admin", "moderator"):
                    return _NOT_MODERATOR
                if permissions is not ALL and permission not in permissions:
                    return _PERMISSION_DENIED
        elif endpoint in _ENDPOINTS:
            return _CREDENTIAL_REQUIRED
        return handler(params, me)

    def _ep_meta(self, p: dict[str, Any], me: str | None) -> Response:
        return Response(
            body={
                "maintainerName": "synthetic",
                "maintainerEmail": None,
                "version": VERSION,
                "providesTarball": False,
                "name": "Fake Misskey",
                "shortName": None,
                "uri": f"https://{DOMAIN}",
                "description": "",
                "langs": [],
                "disableRegistration": True,
                "emailRequiredForSignup": False,
            }
        )

    def _ep_i(self, p: dict[str, Any], me: str | None) -> Response:
        assert me is not None
        role = self.users[me]["role"]
        return Response(
            body={
                **self._user_detailed(me),
                "isModerator": role == "moderator",
                "isAdmin": role == "admin",
                "policies": {"canPublicNote": True, "rateLimitFactor": 1},
            }
        )

    def _ep_admin__abuse_user_reports(self, p: dict[str, Any], me: str | None) -> Response:
        limit = p.get("limit", 10)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 100:
            return _INVALID_PARAM
        since, until = p.get("sinceId"), p.get("untilId")
        for value in (since, until):
            if value is not None and not (isinstance(value, str) and value.isalnum()):
                return _INVALID_PARAM
        rows = sorted(self.reports)
        if p.get("state") == "resolved":
            rows = [r for r in rows if self.reports[r]["resolved"]]
        elif p.get("state") == "unresolved":
            rows = [r for r in rows if not self.reports[r]["resolved"]]
        if since:
            rows = [r for r in rows if r > since]
        if until:
            rows = [r for r in rows if r < until]
        # makePaginationQuery: ascending for sinceId alone, newest first otherwise.
        page = rows[:limit] if since and not until else list(reversed(rows))[:limit]
        return Response(body=[self._report(r) for r in page])

    def _ep_admin__resolve_abuse_user_report(self, p: dict[str, Any], me: str | None) -> Response:
        report = self.reports.get(str(p.get("reportId")))
        if report is None:
            return _NO_SUCH_REPORT
        if p.get("resolvedAs") not in (None, "accept", "reject"):
            return _INVALID_PARAM
        report.update(resolved=True, assigneeId=me, resolvedAs=p.get("resolvedAs"))
        self.deliver("abuseReportResolved", report["id"])
        return _NO_CONTENT

    def _ep_admin__forward_abuse_user_report(self, p: dict[str, Any], me: str | None) -> Response:
        """AbuseReportService.forward: a Flag from the instance actor, the comment as it is."""
        report = self.reports.get(str(p.get("reportId")))
        if report is None:
            return _NO_SUCH_REPORT_TO_FORWARD
        target = self.users[report["targetUserId"]]
        if target["host"] is None:
            return _internal("The target user host is null.")
        if report["forwarded"]:
            return _internal("The report has already been forwarded.")
        report["forwarded"] = True
        flag = {
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "type": "Flag",
            "actor": f"{self.url}/users/{self.instance_actor}",
            "content": report["comment"],
            "object": f"https://{target['host']}/users/{target['id']}",
        }
        self.delivered.append((f"https://{target['host']}/users/{target['id']}/inbox", flag))
        return _NO_CONTENT

    def _ep_admin__show_user(self, p: dict[str, Any], me: str | None) -> Response:
        user = self.users.get(str(p.get("userId")))
        if user is None:
            return _internal("user not found")
        return Response(
            body={
                "email": user["email"],
                "emailVerified": bool(user["email"]),
                "isModerator": user["role"] in ("admin", "moderator"),
                "isSilenced": user["isSilenced"],
                "isLimited": False,
                "isSuspended": user["isSuspended"],
                "isHibernated": False,
                "lastActiveDate": user["createdAt"],
                "moderationNote": "",
                "signins": user["signins"],
                "policies": {},
                "roles": [],
                "roleAssigns": [],
            }
        )

    def _ep_admin__suspend_user(self, p: dict[str, Any], me: str | None) -> Response:
        user = self.users.get(str(p.get("userId")))
        if user is None:
            return _internal("user not found")
        if user["role"] in ("admin", "moderator"):
            return _internal("cannot suspend moderator account")
        user["isSuspended"] = True
        return _NO_CONTENT

    def _ep_admin__unsuspend_user(self, p: dict[str, Any], me: str | None) -> Response:
        user = self.users.get(str(p.get("userId")))
        if user is None:
            return _internal("user not found")
        user["isSuspended"] = False
        return _NO_CONTENT

    def _ep_users__show(self, p: dict[str, Any], me: str | None) -> Response:
        if str(p.get("userId")) not in self.users:
            return _NO_SUCH_USER
        return Response(body=self._user_detailed(str(p["userId"])))

    def _ep_users__notes(self, p: dict[str, Any], me: str | None) -> Response:
        user_id = str(p.get("userId"))
        if user_id not in self.users:
            return _NO_SUCH_USER
        limit = p.get("limit", 10)
        if not isinstance(limit, int) or not 1 <= limit <= 100:
            return _INVALID_PARAM
        mine = sorted((n for n, v in self.notes.items() if v["userId"] == user_id), reverse=True)
        return Response(body=[self._note(n) for n in mine[:limit]])

    def _ep_notes__show(self, p: dict[str, Any], me: str | None) -> Response:
        if str(p.get("noteId")) not in self.notes:
            return _NO_SUCH_NOTE
        return Response(body=self._note(str(p["noteId"])))

    def _ep_notes__delete(self, p: dict[str, Any], me: str | None) -> Response:
        note = self.notes.get(str(p.get("noteId")))
        if note is None:
            return _error(
                400, "NO_SUCH_NOTE", "490be23f-8c1f-4796-819f-94cb4f9d1630", "No such note."
            )
        assert me is not None
        if self.users[me]["role"] == "user" and note["userId"] != me:
            return _error(
                400, "ACCESS_DENIED", "fe8d7103-0ea8-4ec3-814d-f8b401dc69e9", "Access denied."
            )
        del self.notes[note["id"]]  # its drive files stay, as on Misskey
        return _NO_CONTENT

    def _ep_ap__show(self, p: dict[str, Any], me: str | None) -> Response:
        uri = str(p.get("uri"))
        for note_id, note in self.notes.items():
            if self._note(note_id)["uri"] == uri:
                return Response(body={"type": "Note", "object": self._note(note["id"])})
        return _error(
            400, "NO_SUCH_OBJECT", "dc94d745-1262-4e63-a17d-fecaa57efc82", "No such object."
        )

    def _file(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        data = self.files.get(match["id"])
        if data is None:
            return Response(404, b"", content_type="text/plain")
        return Response(body=data, content_type="image/png")
