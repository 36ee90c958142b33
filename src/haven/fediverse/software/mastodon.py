"""Mastodon (and the forks that share its API) behind Haven's server interface.

What Mastodon does that Haven must know (docs.joinmastodon.org, and
mastodon/mastodon ``app/models/admin/account_action.rb``):

- an account action other than ``none`` resolves *every* open report about the
  account, and a suspension purges the account's posts and media 30 days later
  (at once when its data is deleted): capture comes first;
- ``send_email_notification`` defaults to true, and the e-mail links the reported
  posts: Haven always sends ``false``;
- with a ``report_id`` the strike copies the reported statuses (possibly the
  victim's private messages) and shows them to the account's owner: Haven never
  sends one, and resolves the report in its own call;
- there is no admin call to delete one post, so DELETE_STATUS is not offered.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from haven.fediverse.accounts import normalise_acct
from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Capability,
    Delivery,
    NotOnServer,
    PlannedRequest,
    RemoteAccount,
    RemoteMedia,
    RemoteReport,
    RemoteStatus,
    ReportPage,
    ServerAnswerInvalid,
    ServerInfo,
    Software,
    SoftwareModule,
    TokenRefused,
    register,
)
from haven.fediverse.software import mastodon_api as api
from haven.fediverse.software.mastodon_scopes import missing_from

SCOPES = (
    "admin:read:reports",
    "admin:write:reports",
    "admin:read:accounts",
    "admin:write:accounts",
    "read:accounts",  # verify_credentials: the token's own account and role
    "read:statuses",  # the account's posts, for capture beside the reported ones
)

# The account action's ``type`` for each kind, and the flag that says it is done.
_ACCOUNT_ACTIONS = {
    ActionKind.SUSPEND: ("suspend", "suspended"),
    ActionKind.LIMIT: ("silence", "silenced"),
    ActionKind.MARK_SENSITIVE: ("sensitive", "sensitized"),
}

CONSEQUENCES = {
    ActionKind.SUSPEND: _(
        "Mastodon suspends the account: its profile and posts are hidden, it can no longer "
        "post, and other servers are told. Every open report about it is resolved at once. "
        "Its posts and media are deleted 30 days later (at once if its data is deleted), so "
        "make sure the evidence was captured. Haven sends no e-mail to the account's owner "
        "and attaches no report, so nothing that was reported is shown to them; the "
        "suspension is recorded on their account with Haven's neutral text, if any. An "
        "administrator can undo it within those 30 days."
    ),
    ActionKind.LIMIT: _(
        "Mastodon limits the account: its posts are shown only to people who already follow "
        "it. Every open report about it is resolved at once. No e-mail is sent."
    ),
    ActionKind.MARK_SENSITIVE: _(
        "Mastodon puts every image and video of the account behind a content warning, now "
        "and for what it posts later. Every open report about it is resolved at once. No "
        "e-mail is sent."
    ),
    ActionKind.DELETE_ACCOUNT_DATA: _(
        "Mastodon deletes the suspended account's posts, media, follows and profile now, "
        "for good: the suspension can no longer be undone. It needs the Delete User Data "
        "permission. Capture the evidence first."
    ),
    ActionKind.RESOLVE_REPORT: _(
        "Mastodon marks this one report resolved with no action on the account; its other "
        "reports stay open."
    ),
}
# Said on the confirm page instead of offering it.
NOT_OFFERED = {
    ActionKind.DELETE_STATUS: _(
        "Mastodon has no administration call to delete one post: suspend the account, or "
        "delete the post in Mastodon's own moderation interface."
    ),
    # Api::V1::Admin::ReportsController has index, show, update, assign_to_self,
    # unassign, reopen and resolve; ReportService forwards (a Flag) only while the
    # report is being created, when the person reporting ticked "forward".
    ActionKind.FORWARD_REPORT: _(
        "Mastodon has no administration call to forward a report: only the person "
        "reporting can send it to the account's own server, when they file it."
    ),
}


class MastodonClient:
    """``ServerClient`` for one Mastodon server and token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        http: api.MastodonAPI | None = None,
        timeout: float | None = None,
    ) -> None:
        self.api = http or api.MastodonAPI(base_url, token, timeout=timeout)
        self._local_domain: str | None = None

    def close(self) -> None:
        self.api.close()

    # --- reading ------------------------------------------------------------
    def describe(self) -> ServerInfo:
        instance = self.api.instance()
        domain = instance.domain if isinstance(instance, api.InstanceV2) else instance.uri
        self._local_domain = domain.casefold()
        missing: list[str] = []
        role, permissions = "", 0
        # A bad token (401), or one without read:accounts (403), stops here: TokenRefused.
        me = self.api.verify_credentials()
        if me.role is not None:
            role, permissions = me.role.name, me.role.permissions
        scopes: tuple[str, ...] = ()
        with contextlib.suppress(TokenRefused, NotOnServer, api.Refused):
            scopes = tuple(self.api.application().scopes or ())
        if scopes:
            missing.extend(missing_from(scopes, SCOPES))
        else:
            missing.append(
                str(
                    _(
                        "The server does not say which scopes the token has (Mastodon before "
                        "4.3): Haven will find out at first use."
                    )
                )
            )
        missing.extend(_missing_permissions(permissions))
        return ServerInfo(
            software=Software.MASTODON,
            version=instance.version,
            domain=self._local_domain,
            title=instance.title,
            scopes=scopes,
            role=role,
            is_admin=bool(permissions & api.ADMINISTRATOR),
            missing=tuple(missing),
        )

    def reports(self, cursor: str | None, *, limit: int = 40) -> ReportPage:
        """Reports after ``cursor`` (a report id), oldest first, open and resolved ones.

        Mastodon lists open reports unless asked for resolved ones, and pages only by
        id: an update to a report already seen does not move it (the webhook's
        ``report.updated`` or ``report(id)`` tells). ``next_cursor`` is None when
        nothing came after ``cursor``: keep the one you have.
        """
        limit = max(1, min(limit, 200))
        # Without a min_id Mastodon answers the newest page: from the start is min_id=0.
        after = cursor or "0"
        pages = [self.api.reports(resolved=r, min_id=after, limit=limit) for r in (False, True)]
        found: list[api.AdminReport] = []
        bound: int | None = None
        for response in pages:
            page = self.api.parse_list(response, api.AdminReport)
            found.extend(page)
            if len(page) == limit:
                # A full page may have more after it: nothing past its newest id is
                # taken from the other list yet, so none is skipped.
                newest = api.link_params(response.headers.get("Link", ""), "prev").get("min_id")
                top = int(newest) if newest and newest.isdigit() else max(_num(r.id) for r in page)
                bound = top if bound is None else min(bound, top)
        found.sort(key=lambda r: _num(r.id))
        taken = [r for r in found if bound is None or _num(r.id) <= bound]
        reports = tuple(self._report(r) for r in taken)
        return ReportPage(reports=reports, next_cursor=reports[-1].id if reports else None)

    def report(self, report_id: str) -> RemoteReport:
        return self._report(self.api.report(report_id))

    def account(self, account_id: str) -> RemoteAccount:
        return self._account(self.api.admin_account(account_id), details=True)

    def local_accounts(self, *, limit: int = 200) -> tuple[RemoteAccount, ...]:
        """The newest local accounts with their sign-up details, for linking accounts."""
        found = self.api.local_admin_accounts(limit=max(1, min(limit, 200)))
        return tuple(self._account(a, details=True) for a in found)

    def statuses(self, account_id: str, *, limit: int = 40) -> tuple[RemoteStatus, ...]:
        found = self.api.account_statuses(account_id, limit=max(1, min(limit, 40)))
        return tuple(_status(s) for s in found)

    def download(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        parts, own = urlsplit(url), urlsplit(self.api.base_url)
        same_origin = (parts.scheme, parts.netloc) == (own.scheme, own.netloc)
        if parts.scheme != "https" and not same_origin:
            raise ServerAnswerInvalid("Media is fetched over https only.")
        return self.api.stream(url, max_bytes=max_bytes)

    # --- acting -------------------------------------------------------------
    def plan(self, action: ActionRequest) -> tuple[PlannedRequest, ...]:
        kind = action.kind
        if kind in _ACCOUNT_ACTIONS:
            form = {"type": _ACCOUNT_ACTIONS[kind][0], "send_email_notification": "false"}
            if action.text:
                form["text"] = action.text
            path = f"/api/v1/admin/accounts/{action.account_id}/action"
            return (_read_account(action), PlannedRequest("POST", path, form))
        if kind == ActionKind.DELETE_ACCOUNT_DATA:
            path = f"/api/v1/admin/accounts/{action.account_id}"
            return (_read_account(action), PlannedRequest("DELETE", path))
        if kind == ActionKind.RESOLVE_REPORT:
            path = f"/api/v1/admin/reports/{action.report_id}"
            return (PlannedRequest("GET", path), PlannedRequest("POST", path + "/resolve"))
        return ()

    def perform(self, action: ActionRequest) -> ActionResult:
        if action.kind not in CONSEQUENCES:
            return ActionResult(ActionOutcome.REFUSED, reason="not_offered_on_mastodon")
        try:
            return self._perform(action)
        except TokenRefused:
            return ActionResult(ActionOutcome.REFUSED, 403, "token_or_role_refused")
        except NotOnServer:
            return ActionResult(ActionOutcome.REFUSED, 404, "not_on_server")
        except api.Refused as refused:
            return ActionResult(ActionOutcome.REFUSED, refused.status_code, "server_refused")

    def _perform(self, action: ActionRequest) -> ActionResult:
        if action.kind == ActionKind.RESOLVE_REPORT:
            if self.api.report(action.report_id).action_taken:
                return ActionResult(ActionOutcome.ALREADY_DONE, 200)
            self.api.resolve_report(action.report_id)
            return ActionResult(ActionOutcome.DONE, 200)
        account = self.api.admin_account(action.account_id)
        if action.kind == ActionKind.DELETE_ACCOUNT_DATA:
            if not account.suspended:
                return ActionResult(ActionOutcome.REFUSED, 0, "account_not_suspended")
            self.api.delete_account_data(action.account_id)
            return ActionResult(ActionOutcome.DONE, 200)
        _type, flag = _ACCOUNT_ACTIONS[action.kind]
        if getattr(account, flag):
            return ActionResult(ActionOutcome.ALREADY_DONE, 200)
        planned = self.plan(action)[-1]
        self.api.account_action(action.account_id, planned.form)
        return ActionResult(ActionOutcome.DONE, 200)

    # --- conversion ---------------------------------------------------------
    def local_domain(self) -> str:
        if self._local_domain is None:
            instance = self.api.instance()
            domain = instance.domain if isinstance(instance, api.InstanceV2) else instance.uri
            self._local_domain = domain.casefold()
        return self._local_domain

    def _account(self, admin: api.AdminAccount, *, details: bool) -> RemoteAccount:
        plain = admin.account
        acct = plain.acct if "@" in plain.acct else f"{plain.acct}@{self.local_domain()}"
        local = admin.domain is None
        return RemoteAccount(
            id=admin.id,
            acct=normalise_acct(acct),
            url=plain.url or "",
            display_name=plain.display_name,
            avatar_url=plain.avatar,
            note_html=plain.note,
            created_at=plain.created_at or admin.created_at,
            local=local,
            suspended=admin.suspended,
            limited=admin.silenced,
            sensitized=admin.sensitized,
            # Only what linking accounts needs: the e-mail's domain, never the address.
            signup_ip=_signup_ip(admin) if details and local else "",
            email_domain=_email_domain(admin.email) if details and local else "",
        )

    def _report(self, report: api.AdminReport) -> RemoteReport:
        # A report forwarded by another server is filed by that server's own actor.
        filed_here = report.account.domain is None
        return RemoteReport(
            id=report.id,
            created_at=report.created_at,
            updated_at=report.updated_at,
            resolved=report.action_taken,
            category=report.category,
            comment=report.comment,
            forwarded=bool(report.forwarded),
            # The reporter's e-mail and addresses are dropped here, never kept.
            reporter=self._account(report.account, details=False) if filed_here else None,
            target=self._account(report.target_account, details=True),
            statuses=tuple(_status(s) for s in report.statuses),
            rule_ids=tuple(rule.id for rule in report.rules),
            url=f"{self.api.base_url}/admin/reports/{report.id}",
        )


def _read_account(action: ActionRequest) -> PlannedRequest:
    return PlannedRequest("GET", f"/api/v1/admin/accounts/{action.account_id}")


def _num(value: str) -> int:
    return int(value) if value.isdigit() else 0


def _status(status: api.Status) -> RemoteStatus:
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
                kind=m.type,
                url=m.url or m.remote_url or "",
                preview_url=m.preview_url or "",
                description=m.description or "",
            )
            for m in status.media_attachments
            if m.url or m.remote_url
        ),
    )


def _signup_ip(admin: api.AdminAccount) -> str:
    """The oldest address Mastodon knows for the account (its sign-up is among them)."""
    dated = [ip for ip in admin.ips or () if ip.used_at is not None]
    if dated:
        return min(dated, key=lambda ip: ip.used_at or datetime.max).ip
    if isinstance(admin.ip, api.AdminIp):
        return admin.ip.ip
    return admin.ip or ""


def _email_domain(email: str | None) -> str:
    _user, at, domain = (email or "").rpartition("@")
    return domain.casefold() if at else ""


def _missing_permissions(bits: int) -> list[str]:
    if bits & api.ADMINISTRATOR:
        return []
    needed = [
        (api.MANAGE_REPORTS, _("The token's role lacks Manage Reports: reports cannot be read.")),
        (api.MANAGE_USERS, _("The token's role lacks Manage Users: accounts cannot be acted on.")),
        (
            api.DELETE_USER_DATA,
            _(
                "The token's role lacks Delete User Data: a suspended account's data cannot be "
                "deleted from Haven."
            ),
        ),
    ]
    return [str(sentence) for bit, sentence in needed if not bits & bit]


_SIGNATURE = re.compile(r"^sha256=([0-9a-fA-F]{64})$")


def sign(secret: bytes, body: bytes) -> str:
    """The X-Hub-Signature value Mastodon sends for ``body``."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_delivery(headers: Mapping[str, str], body: bytes, secret: bytes) -> Delivery | None:
    """A delivery whose X-Hub-Signature is right for ``body``, else None (nothing trusted)."""
    if not secret:
        return None
    given = next((v for k, v in headers.items() if k.casefold() == "x-hub-signature"), "")
    match = _SIGNATURE.match(given.strip())
    if match is None:
        return None
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, match.group(1).lower()):
        return None
    return _delivery(body)


def _delivery(body: bytes) -> Delivery | None:
    try:
        data = json.loads(body)
        event, thing = data["event"], data["object"]
        object_id = str(thing["id"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(event, str) or not isinstance(thing, dict) or not object_id:
        return None
    return Delivery(
        event=event,
        object_id=object_id,
        object_updated_at=_time(thing.get("updated_at")),
        created_at=_time(data.get("created_at")),
    )


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


MODULE = register(
    SoftwareModule(
        software=Software.MASTODON,
        capabilities=frozenset(
            {
                Capability.WEBHOOK_REPORTS,
                Capability.POLL_REPORTS,
                Capability.SUSPEND,
                Capability.LIMIT,
                Capability.MARK_SENSITIVE,
                Capability.DELETE_ACCOUNT_DATA,
                Capability.RESOLVE_REPORT,
                Capability.SIGNUP_DETAILS,
            }
        ),
        consequences=CONSEQUENCES,
        client=MastodonClient,
        verify_delivery=verify_delivery,
        scopes=SCOPES,
        not_offered=NOT_OFFERED,
        webhook_secret_from_server=True,
        webhook_setup=_(
            "In Mastodon, open Preferences → Administration → Webhooks → Add endpoint, "
            "paste this address, tick report.created and report.updated, and save. "
            "Mastodon then shows the webhook's secret: give it to Haven."
        ),
    )
)
