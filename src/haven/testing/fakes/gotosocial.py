"""A fake GoToSocial: the admin reports and account-action API, on loopback.

Shapes follow GoToSocial's models (``internal/api/model``: adminReport,
adminAccountInfo, account, status, instanceV1). As on GoToSocial, every
``/api/v1/admin`` route answers 403 to a token whose user is not an admin, and
suspending an account deletes it: afterwards it and its posts answer 404.

    with FakeGoToSocial() as server:
        target = server.add_account("perp", domain="elsewhere.example")
        server.add_report(comment="...", target=target)
"""

from __future__ import annotations

import itertools
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from haven.testing.fakes.base import FakeServer, RecordedRequest, Response

ADMIN_TOKEN = "gts-admin-token"  # noqa: S105 (a fake's test token)
MODERATOR_TOKEN = "gts-moderator-token"  # noqa: S105
USER_TOKEN = "gts-user-token"  # noqa: S105
DOMAIN = "gts.example"

_FORBIDDEN = Response(403, {"error": "Forbidden: user not an admin"})
_NOT_FOUND = Response(404, {"error": "Not Found"})


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class FakeGoToSocial(FakeServer):
    def __init__(self) -> None:
        super().__init__({ADMIN_TOKEN: "admin", MODERATOR_TOKEN: "moderator", USER_TOKEN: "user"})
        self._ids = itertools.count(1)
        self.accounts: dict[str, dict[str, Any]] = {}
        self.statuses: dict[str, dict[str, Any]] = {}
        self.reports: dict[str, dict[str, Any]] = {}
        self.media: dict[str, bytes] = {}
        self.me = {name: self.add_account(name) for name in ("admin", "moderator", "user")}
        self.route("GET", r"/.well-known/nodeinfo", self._nodeinfo_index, auth=False)
        self.route("GET", r"/nodeinfo/2\.0", self._nodeinfo, auth=False)
        self.route("GET", r"/api/v1/instance", self._instance, auth=False)
        self.route("GET", r"/api/v1/accounts/verify_credentials", self._verify)
        self.route("GET", r"/api/v1/admin/reports", self._reports)
        self.route("GET", r"/api/v1/admin/reports/(?P<id>[^/]+)", self._report)
        self.route("POST", r"/api/v1/admin/reports/(?P<id>[^/]+)/resolve", self._resolve)
        self.route("GET", r"/api/v1/admin/accounts/(?P<id>[^/]+)", self._admin_account)
        self.route("POST", r"/api/v1/admin/accounts/(?P<id>[^/]+)/action", self._action)
        self.route("GET", r"/api/v2/admin/accounts", self._admin_accounts)
        self.route("GET", r"/api/v1/accounts/(?P<id>[^/]+)/statuses", self._account_statuses)
        self.route("GET", r"/fileserver/(?P<id>[^/]+)", self._file, auth=False)

    # --- state --------------------------------------------------------------
    def new_id(self) -> str:
        """ULID-like: 26 characters, ordered by creation."""
        return f"01J{next(self._ids):023d}"

    def add_account(
        self,
        username: str,
        *,
        domain: str | None = None,
        email: str = "",
        ip: str = "",
        avatar: bytes | None = None,
        created_at: str = "",
        fields: tuple[tuple[str, str], ...] = (),
    ) -> str:
        account_id = self.new_id()
        if avatar is not None:
            self.media[f"avatar-{account_id}"] = avatar
        self.accounts[account_id] = {
            "id": account_id,
            "username": username,
            "domain": domain,
            "email": email or (f"{username}@mail.example" if domain is None else ""),
            "ip": ip or ("192.0.2.10" if domain is None else None),
            "silenced": False,
            "suspended": False,
            "created_at": created_at or _now(),
            "fields": [{"name": n, "value": v, "verified_at": None} for n, v in fields],
        }
        return account_id

    def add_status(self, account_id: str, content: str, *, media: bytes | None = None) -> str:
        status_id = self.new_id()
        attachments = []
        if media is not None:
            media_id = self.new_id()
            self.media[media_id] = media
            attachments.append(
                {
                    "id": media_id,
                    "type": "image",
                    "url": f"{self.url}/fileserver/{media_id}",
                    "preview_url": f"{self.url}/fileserver/{media_id}",
                    "description": "synthetic image",
                }
            )
        self.statuses[status_id] = {
            "id": status_id,
            "account_id": account_id,
            "content": content,
            "created_at": _now(),
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
    ) -> str:
        report_id = self.new_id()
        now = _now()
        with self.lock:
            self.reports[report_id] = {
                "id": report_id,
                "comment": comment,
                "category": category,
                "target": target,
                "reporter": reporter or self.add_account("reporter"),
                "status_ids": list(status_ids),
                "forwarded": False,
                "created_at": now,
                "updated_at": now,
                "action_taken": False,
                "action_taken_comment": None,
                "action_taken_at": None,
            }
        return report_id

    def rate_limit_headers(self, reset_in: float) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(time.time() + reset_in)),
        }

    # --- rendering, as GoToSocial does -------------------------------------
    def _public_account(self, account_id: str) -> dict[str, Any]:
        a = self.accounts[account_id]
        acct = a["username"] if a["domain"] is None else f"{a['username']}@{a['domain']}"
        host = a["domain"] or DOMAIN
        return {
            "id": a["id"],
            "username": a["username"],
            "acct": acct,
            "display_name": a["username"].title(),
            "url": f"https://{host}/@{a['username']}",
            "avatar": f"{self.url}/fileserver/avatar-{a['id']}",
            "note": "",
            "fields": a["fields"],
            "created_at": a["created_at"],
        }

    def _admin_info(self, account_id: str) -> dict[str, Any]:
        a = self.accounts[account_id]
        return {
            "id": a["id"],
            "username": a["username"],
            "domain": a["domain"],
            "created_at": a["created_at"],
            "email": a["email"],
            "ip": a["ip"],
            "ips": [],
            "locale": "en",
            "invite_request": None,
            "role": {"name": "user"},
            "confirmed": True,
            "approved": True,
            "disabled": False,
            "silenced": a["silenced"],
            "suspended": a["suspended"],
            "account": self._public_account(account_id),
        }

    def _status(self, status_id: str) -> dict[str, Any]:
        s = self.statuses[status_id]
        uri = f"https://{DOMAIN}/users/x/statuses/{status_id}"
        return {
            "id": s["id"],
            "created_at": s["created_at"],
            "uri": uri,
            "url": uri,
            "content": s["content"],
            "visibility": "public",
            "sensitive": False,
            "spoiler_text": "",
            "media_attachments": s["media_attachments"],
            "account": self._public_account(s["account_id"]),
        }

    def _admin_report(self, report_id: str) -> dict[str, Any]:
        r = self.reports[report_id]
        return {
            "id": r["id"],
            "action_taken": r["action_taken"],
            "action_taken_at": r["action_taken_at"],
            "category": r["category"],
            "comment": r["comment"],
            "forwarded": r["forwarded"],
            "created_at": r["created_at"],
            "updated_at": r["updated_at"],
            "account": self._admin_info(r["reporter"]),
            "target_account": self._admin_info(r["target"]),
            "assigned_account": None,
            "action_taken_by_account": None,
            "statuses": [self._status(s) for s in r["status_ids"] if s in self.statuses],
            "rule_ids": [],
            "action_taken_comment": r["action_taken_comment"],
        }

    def _role(self, request: RecordedRequest) -> str:
        return str(self.authorised(request))

    # --- routes ------------------------------------------------------------
    def _nodeinfo_index(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        rel = "http://nodeinfo.diaspora.software/ns/schema/2.0"
        return Response(body={"links": [{"rel": rel, "href": f"{self.url}/nodeinfo/2.0"}]})

    def _nodeinfo(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        return Response(
            body={
                "version": "2.0",
                "software": {"name": "gotosocial", "version": "0.17.3 git-fake"},
                "protocols": ["activitypub"],
                "services": {"inbound": [], "outbound": []},
                "openRegistrations": False,
                "usage": {"users": {"total": len(self.accounts)}, "localPosts": 0},
                "metadata": {"nodeName": DOMAIN},
            }
        )

    def _instance(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        return Response(
            body={
                "uri": f"https://{DOMAIN}",
                "account_domain": DOMAIN,
                "title": "Fake GoToSocial",
                "description": "",
                "short_description": "",
                "email": f"admin@{DOMAIN}",
                "version": "0.17.3 git-fake",
                "languages": ["en"],
                "registrations": False,
                "approval_required": True,
                "invites_enabled": False,
                "thumbnail": "",
                "max_toot_chars": 5000,
                "rules": [],
            }
        )

    def _verify(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        role = self._role(request)
        body = self._public_account(self.me[role])
        body["role"] = {"name": role}
        return Response(body=body)

    def _reports(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if self._role(request) != "admin":
            return _FORBIDDEN
        q = {k: v[-1] for k, v in request.query.items()}
        try:
            limit = int(q.get("limit", "20"))
        except ValueError:
            return Response(400, {"error": "Bad Request: error parsing limit"})
        limit = 100 if limit < 1 or limit > 100 else limit
        rows = sorted(self.reports)
        if "resolved" in q:
            wanted = q["resolved"].lower() in ("1", "t", "true")
            rows = [r for r in rows if self.reports[r]["action_taken"] == wanted]
        lower = q.get("min_id") or q.get("since_id")
        if lower:
            rows = [r for r in rows if r > lower]
        if q.get("max_id"):
            rows = [r for r in rows if r < q["max_id"]]
        # min_id: the page just after it; otherwise the newest. Always newest first.
        page = rows[:limit] if q.get("min_id") else rows[-limit:]
        page = list(reversed(page))
        headers = {}
        if page:
            base = f"{self.url}/api/v1/admin/reports"
            next_url = f"{base}?{urlencode({'limit': limit, 'max_id': page[-1]})}"
            prev_url = f"{base}?{urlencode({'limit': limit, 'min_id': page[0]})}"
            headers["Link"] = f'<{next_url}>; rel="next", <{prev_url}>; rel="prev"'
        return Response(body=[self._admin_report(r) for r in page], headers=headers)

    def _report(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if self._role(request) != "admin":
            return _FORBIDDEN
        if match["id"] not in self.reports:
            return _NOT_FOUND
        return Response(body=self._admin_report(match["id"]))

    def _resolve(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if self._role(request) != "admin":
            return _FORBIDDEN
        report = self.reports.get(match["id"])
        if report is None:
            return _NOT_FOUND
        now = _now()
        report.update(
            action_taken=True,
            action_taken_at=now,
            updated_at=now,
            action_taken_comment=request.param("action_taken_comment"),
        )
        return Response(body=self._admin_report(match["id"]))

    def _admin_account(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if self._role(request) != "admin":
            return _FORBIDDEN
        if match["id"] not in self.accounts:
            return _NOT_FOUND
        return Response(body=self._admin_info(match["id"]))

    def _action(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        if self._role(request) != "admin":
            return _FORBIDDEN
        kind = request.param("type")
        if not kind:
            return Response(400, {"error": "Bad Request: no type specified"})
        if kind != "suspend":
            return Response(400, {"error": f"Bad Request: admin action type {kind} not supported"})
        account_id = match["id"]
        if account_id not in self.accounts:
            return _NOT_FOUND
        # GoToSocial deletes a suspended account's posts and media, and the account.
        del self.accounts[account_id]
        for status_id in [s for s, v in self.statuses.items() if v["account_id"] == account_id]:
            del self.statuses[status_id]
        return Response(body={"message": "OK"})

    def _admin_accounts(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        """GET /api/v2/admin/accounts: newest first; origin, email and ip filters."""
        if self._role(request) != "admin":
            return _FORBIDDEN
        q = {k: v[-1] for k, v in request.query.items()}
        limit = min(max(int(q.get("limit", "100")), 1), 200)
        rows = sorted(self.accounts, reverse=True)
        if q.get("origin") in ("local", "remote"):
            local = q["origin"] == "local"
            rows = [r for r in rows if (self.accounts[r]["domain"] is None) == local]
        for name in ("email", "ip"):
            if q.get(name):
                rows = [r for r in rows if self.accounts[r][name] == q[name]]
        return Response(body=[self._admin_info(r) for r in rows[:limit]])

    def _account_statuses(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        account_id = match["id"]
        if account_id not in self.accounts:
            return _NOT_FOUND
        limit = int(request.query.get("limit", ["20"])[-1])
        mine = sorted(
            (s for s, v in self.statuses.items() if v["account_id"] == account_id), reverse=True
        )
        return Response(body=[self._status(s) for s in mine[:limit]])

    def _file(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        data = self.media.get(match["id"])
        if data is None:
            return _NOT_FOUND
        return Response(body=data, content_type="image/png")
