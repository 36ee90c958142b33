"""Misskey behind Haven's server interface.

What Misskey does that Haven must know (misskey-dev/misskey,
``packages/backend/src/server/api/endpoints`` and ``core/``):

- reports come by *system webhook* (``abuseReport``, ``abuseReportResolved``):
  ``POST`` with the raw secret in ``X-Misskey-Hook-Secret`` (no signature over
  the body), a body ``{server, hookId, eventId, createdAt, type, body}`` whose
  ``body`` is the report, and up to 4 attempts of the same body. Haven compares
  the secret in constant time and keeps nothing of the body;
- ``admin/abuse-user-reports`` pages by id: ``sinceId`` alone gives the reports
  just after it, oldest first; there is no call for one report, so ``report``
  asks for the one just below ``id + "0"`` (ids are fixed-length alphanumerics);
- a report names no notes: the reporting page writes ``Note: <address>`` into the
  comment, and those addresses are read back to capture the notes;
- ``admin/suspend-user`` is undone by ``admin/unsuspend-user``; it refuses
  moderators with a plain error (500), so Haven reads ``admin/show-user`` first;
  it resolves no report, and sends the account no message;
- moderators may delete any note (``notes/delete``); its drive files stay;
- no silence, sensitive or data-deletion call a moderator token can use: those
  are done with roles or by an administrator in Misskey's own pages;
- ``admin/forward-abuse-user-report`` (``{reportId}``, a moderator, the
  ``write:admin:resolve-abuse-user-report`` permission) has
  ``AbuseReportService.forward`` deliver an ActivityPub ``Flag`` from the
  instance actor to the reported account's own inbox, whose ``content`` is the
  report's comment word for word and whose ``object`` is the account's URI
  (``ApRendererService.renderFlag``). Nothing in the call chooses or leaves out
  the comment. It throws (500) for a local account or a report already forwarded.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from html import escape
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    ActionResult,
    Capability,
    Delivery,
    Forwarding,
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
from haven.fediverse.software import misskey_api as api

# The token's permissions ("kind" of each endpoint), narrowest that work.
SCOPES = (
    "read:account",  # i: the token's own account and role
    "read:admin:abuse-user-reports",
    "write:admin:resolve-abuse-user-report",
    "read:admin:show-user",
    "write:admin:suspend-user",
    "write:notes",  # notes/delete, which moderators may use on any note
)
SECRET_HEADER = "x-misskey-hook-secret"  # noqa: S105 (a header name, not a secret)
# Misskey's event names, in Haven's words (webhooks.REPORT_EVENTS).
EVENTS = {"abuseReport": "report.created", "abuseReportResolved": "report.updated"}
MAX_NOTES_PER_REPORT = 20
_CURSOR_PREFIX = "mk1:"
_SMALLEST_ID = "0"
_ID = re.compile(r"^[A-Za-z0-9]{1,64}$")  # Misskey's misskey:id format
_NOTE_LINK = re.compile(r"Note:\s*(https?://\S+)")

CONSEQUENCES = {
    ActionKind.SUSPEND: _(
        "Misskey suspends the account: it can no longer sign in or post, its profile and "
        "notes are hidden, and it stops following anyone (a local account is also deleted "
        "from other servers). Its notes and files stay on the server. Misskey sends the "
        "account no message, and Haven adds no text. The report stays open: resolve it on "
        "its own. A moderator can undo the suspension, but the follows do not come back. "
        "Misskey cannot suspend a moderator or an administrator."
    ),
    ActionKind.DELETE_STATUS: _(
        "Misskey deletes the note at once, for good, and tells other servers to delete it. "
        "Its attached files stay in the poster's drive and at their addresses: delete them "
        "in Misskey's own moderation pages (Files) too. Capture the evidence first."
    ),
    ActionKind.RESOLVE_REPORT: _(
        "Misskey marks the report resolved (accepted). Nothing is shown to the person who "
        "filed it or to the account, and the report is not forwarded to another server; "
        "Misskey has no place for a message, so no text is sent."
    ),
    ActionKind.FORWARD_REPORT: _(
        "Misskey sends the reported account's own server an ActivityPub Flag from its "
        "instance account (not from the person who reported), to the account's own inbox "
        "there, naming the account and carrying the report's comment word for word: "
        "Haven can neither change nor leave out that comment, so it forwards only a report "
        "whose comment is empty. Misskey marks the report forwarded; it cannot be called "
        "back. What the other server does with it, and who there reads it, is up to them."
    ),
}
# Said on the confirm page instead of offering it.
NOT_OFFERED = {
    ActionKind.LIMIT: _(
        "Misskey limits an account with a role (its policies), which Haven does not "
        "assign: use Misskey's own Roles page."
    ),
    ActionKind.MARK_SENSITIVE: _(
        "Misskey has no moderator call to mark an account's media sensitive: mark the "
        "files sensitive in Misskey's own Files page."
    ),
    ActionKind.DELETE_ACCOUNT_DATA: _(
        "Deleting an account on Misskey is for an administrator in Misskey's own pages; "
        "Haven's moderator token does not do it."
    ),
}


class MisskeyClient:
    """``ServerClient`` for one Misskey server and token."""

    def __init__(self, base_url: str, token: str, *, http: api.MisskeyAPI | None = None) -> None:
        self.api = http or api.MisskeyAPI(base_url, token)
        self._domain = (urlsplit(self.api.base_url).hostname or "").casefold()

    def close(self) -> None:
        self.api.close()

    # --- reading ------------------------------------------------------------
    def describe(self) -> ServerInfo:
        try:
            meta = self.api.meta()
        except (NotOnServer, api.Refused, ServerAnswerInvalid):
            raise ServerAnswerInvalid("This server does not answer like Misskey.") from None
        self._domain = (urlsplit(meta.uri).hostname or self._domain).casefold()
        me = self.api.me()  # a bad token, or one without read:account, stops here
        role = "admin" if me.is_admin else "moderator" if me.is_moderator else "user"
        missing: list[str] = []
        if role == "user":
            missing.append(
                str(
                    _(
                        "Misskey lets only moderators and administrators read reports and "
                        "suspend accounts; this token's account is neither. Give it a "
                        "moderator role, or connect with a moderator's token."
                    )
                )
            )
        else:
            missing.extend(self._missing_reads(me.id))
        return ServerInfo(
            software=Software.MISSKEY,
            version=meta.version,
            domain=self._domain,
            title=meta.name or "",
            scopes=(),  # Misskey does not say which permissions a token has
            role=role,
            is_admin=bool(me.is_admin),
            missing=tuple(missing),
        )

    def _missing_reads(self, own_id: str) -> list[str]:
        """Try the reads Haven needs; the writes are found out at first use."""
        probes = (
            ("admin/abuse-user-reports", {"limit": 1}, "read:admin:abuse-user-reports"),
            ("admin/show-user", {"userId": own_id}, "read:admin:show-user"),
        )
        missing = []
        for endpoint, body, kind in probes:
            try:
                self.api.call(endpoint, body)
            except TokenRefused:
                missing.append(str(_("The token lacks the %(kind)s permission.") % {"kind": kind}))
        return missing

    def reports(self, cursor: str | None, *, limit: int = 40) -> ReportPage:
        """Reports after ``cursor``, oldest first, open and resolved ones.

        Misskey pages only by id: a report resolved after it was seen does not come
        again (the ``abuseReportResolved`` webhook, or ``report(id)``, tells).
        ``next_cursor`` is None when nothing came after ``cursor``: keep the one you have.
        """
        after = _decode_cursor(cursor)
        body = {"sinceId": after, "limit": max(1, min(limit, 100))}
        found = sorted(self.api.reports(body), key=lambda r: r.id)
        if any(r.id <= after for r in found):
            raise ServerAnswerInvalid("The server answered reports outside the page asked for.")
        reports = tuple(self._report(r) for r in found)
        return ReportPage(reports, _CURSOR_PREFIX + found[-1].id if found else None)

    def report(self, report_id: str) -> RemoteReport:
        return self._report(self._find_report(report_id))

    def _find_report(self, report_id: str) -> api.AbuseReport:
        found = self.api.reports(_report_query(report_id))
        if not found or found[0].id != report_id:
            raise NotOnServer("The server has no such report.")
        return found[0]

    def account(self, account_id: str) -> RemoteAccount:
        user = self.api.user(account_id)
        return self._account(user, self.api.admin_user(account_id))

    def statuses(self, account_id: str, *, limit: int = 40) -> tuple[RemoteStatus, ...]:
        notes = self.api.user_notes(account_id, limit=max(1, min(limit, 100)))
        return tuple(self._status(n) for n in notes)

    def download(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        parts, own = urlsplit(url), urlsplit(self.api.base_url)
        same_origin = (parts.scheme, parts.netloc) == (own.scheme, own.netloc)
        if parts.scheme != "https" and not same_origin:
            raise ServerAnswerInvalid("Media is fetched over https only.")
        return self.api.stream(url, max_bytes=max_bytes)

    # --- acting -------------------------------------------------------------
    def plan(self, action: ActionRequest) -> tuple[PlannedRequest, ...]:
        if action.kind == ActionKind.FORWARD_REPORT:
            return (
                _post("admin/abuse-user-reports", _report_query(action.report_id)),
                _post("admin/forward-abuse-user-report", {"reportId": action.report_id}),
            )
        if action.kind == ActionKind.SUSPEND:
            user = {"userId": action.account_id}
            return (_post("admin/show-user", user), _post("admin/suspend-user", user))
        if action.kind == ActionKind.DELETE_STATUS:
            note = {"noteId": action.status_id}
            return (_post("notes/show", note), _post("notes/delete", note))
        if action.kind == ActionKind.RESOLVE_REPORT:
            resolve = {"reportId": action.report_id, "resolvedAs": "accept"}
            return (
                _post("admin/abuse-user-reports", _report_query(action.report_id)),
                _post("admin/resolve-abuse-user-report", resolve),
            )
        return ()

    def perform(self, action: ActionRequest) -> ActionResult:
        if action.kind not in CONSEQUENCES:
            return ActionResult(ActionOutcome.REFUSED, reason="not_offered_on_misskey")
        try:
            return self._perform(action)
        except TokenRefused:
            return ActionResult(ActionOutcome.REFUSED, 403, "token_or_role_refused")
        except NotOnServer:
            return ActionResult(ActionOutcome.REFUSED, 404, "not_on_server")
        except api.Refused as refused:
            return ActionResult(ActionOutcome.REFUSED, refused.status_code, refused.code)

    def _perform(self, action: ActionRequest) -> ActionResult:
        _check, act = self.plan(action)
        if action.kind == ActionKind.SUSPEND:
            target = self.api.admin_user(action.account_id)
            if target.is_suspended:
                return ActionResult(ActionOutcome.ALREADY_DONE, 200)
            if target.is_moderator:
                return ActionResult(ActionOutcome.REFUSED, 0, "target_is_moderator")
        elif action.kind == ActionKind.DELETE_STATUS:
            try:
                self.api.note(action.status_id)
            except NotOnServer:
                return ActionResult(ActionOutcome.ALREADY_DONE, 200)  # gone is done
        elif action.kind == ActionKind.FORWARD_REPORT:
            found = self._find_report(action.report_id)
            if found.forwarded:
                return ActionResult(ActionOutcome.ALREADY_DONE, 200)
            if found.target_user.host is None:
                return ActionResult(ActionOutcome.REFUSED, 0, "target_is_local")
        elif self._find_report(action.report_id).resolved:
            return ActionResult(ActionOutcome.ALREADY_DONE, 200)
        endpoint = act.path.removeprefix("/api/")
        response = self.api.call(endpoint, act.json or {})
        return ActionResult(ActionOutcome.DONE, response.status_code)

    # --- conversion ---------------------------------------------------------
    def _account(self, user: api.User, admin: api.AdminUser | None = None) -> RemoteAccount:
        local = user.host is None
        # A local account's bare name: report intake adds the connection's domain.
        acct = user.username if local else f"{user.username}@{user.host}"
        profile = user.url or (f"{self.api.base_url}/@{user.username}" if local else "")
        return RemoteAccount(
            id=user.id,
            acct=acct.casefold(),
            url=profile,
            display_name=user.name or "",
            avatar_url=user.avatar_url or "",
            note_html=user.description or "",
            created_at=user.created_at,
            local=local,
            suspended=admin.is_suspended if admin else user.is_suspended,
            limited=admin.is_silenced if admin else user.is_silenced,
            # Only what linking accounts needs: the e-mail's domain, never the address;
            # the oldest sign-in address (Misskey keeps no sign-up address).
            signup_ip=_first_signin_ip(admin) if admin and local else "",
            email_domain=_email_domain(admin.email) if admin and local else "",
            uri=user.uri or "",
        )

    def _report(self, report: api.AbuseReport) -> RemoteReport:
        # A report from another server is filed by that server's actor, not a person.
        filed_here = report.reporter.host is None
        return RemoteReport(
            id=report.id,
            created_at=report.created_at,
            updated_at=report.created_at,  # Misskey keeps no update time
            resolved=report.resolved,
            category="other",  # Misskey's reports have no category
            comment=report.comment,
            # Misskey's "forwarded": a moderator sent it on to the target's server.
            forwarded=report.forwarded,
            reporter=self._account(report.reporter) if filed_here else None,
            target=self._account(report.target_user),
            statuses=self._reported_notes(report.comment),
            url=f"{self.api.base_url}/admin/abuses",
        )

    def _reported_notes(self, comment: str) -> tuple[RemoteStatus, ...]:
        found: list[RemoteStatus] = []
        for link in list(dict.fromkeys(_NOTE_LINK.findall(comment)))[:MAX_NOTES_PER_REPORT]:
            try:
                note = self._note_at(link)
            except (NotOnServer, TokenRefused, api.Refused, ServerAnswerInvalid):
                continue  # deleted, or not visible to the token: the comment keeps the link
            if note is not None:
                found.append(self._status(note))
        return tuple(found)

    def _note_at(self, link: str) -> api.Note | None:
        parts, own = urlsplit(link), urlsplit(self.api.base_url)
        prefix = "/notes/"
        if parts.netloc.casefold() == own.netloc.casefold() and parts.path.startswith(prefix):
            return self.api.note(parts.path[len(prefix) :].strip("/"))
        shown = self.api.ap_show(link)
        if shown.type != "Note":
            return None
        try:
            return api.Note.model_validate(shown.object)
        except ValueError:
            return None

    def _status(self, note: api.Note) -> RemoteStatus:
        address = note.url or note.uri or f"{self.api.base_url}/notes/{note.id}"
        return RemoteStatus(
            id=note.id,
            url=address,
            uri=note.uri or address,
            account_id=note.user_id,
            content_html=_html(note.text or ""),
            created_at=note.created_at,
            visibility=note.visibility,
            sensitive=any(f.is_sensitive for f in note.files) or bool(note.cw),
            spoiler_text=note.cw or "",
            media=tuple(
                RemoteMedia(
                    id=f.id,
                    kind=_media_kind(f.type),
                    url=f.url,
                    preview_url=f.thumbnail_url or "",
                    description=f.comment or "",
                )
                for f in note.files
                if f.url
            ),
        )


def forwarding(report: RemoteReport) -> Forwarding:
    """What ``admin/forward-abuse-user-report`` sends on, as AbuseReportService.forward does."""
    server = report.target.acct.partition("@")[2]
    return Forwarding(
        to_server=server,
        recipient=str(_("the reported account's own inbox on %(server)s") % {"server": server}),
        sender=str(_("this server's instance account, not the person who reported")),
        activity="ActivityPub Flag",
        object=report.target.uri or report.target.url or report.target.acct,
        content=report.comment,
    )


def _post(endpoint: str, body: Mapping[str, object]) -> PlannedRequest:
    return PlannedRequest("POST", f"/api/{endpoint}", json=dict(body))


def _report_query(report_id: str) -> dict[str, object]:
    # No call reads one report: ask for the one just below id + "0". Ids are
    # alphanumerics of one length, so none lies between the id and that bound.
    return {"untilId": report_id + "0", "limit": 1}


def _decode_cursor(cursor: str | None) -> str:
    # An unknown cursor starts from the first report: nothing is missed, and a
    # report seen again is not filed twice.
    value = cursor[len(_CURSOR_PREFIX) :] if cursor and cursor.startswith(_CURSOR_PREFIX) else ""
    return value if _ID.match(value) else _SMALLEST_ID


def _first_signin_ip(admin: api.AdminUser) -> str:
    dated = [s for s in admin.signins if s.ip]
    if not dated:
        return ""
    return min(dated, key=lambda s: s.created_at or datetime.max.replace(tzinfo=UTC)).ip


def _html(text: str) -> str:
    """Misskey's text is MFM, not HTML: escaped, so post_text reads it back as it was."""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>" if text else ""


def _media_kind(mime: str) -> str:
    major = mime.split("/", 1)[0]
    if mime == "image/gif":
        return "gifv"
    return major if major in ("image", "video", "audio") else "unknown"


def _email_domain(email: str | None) -> str:
    _user, at, domain = (email or "").rpartition("@")
    return domain.casefold() if at else ""


# --- the system webhook -------------------------------------------------------


def verify_delivery(headers: Mapping[str, str], body: bytes, secret: bytes) -> Delivery | None:
    """A delivery whose X-Misskey-Hook-Secret is the stored secret, else None.

    Misskey sends the secret itself, not a signature: compared in constant time,
    before the body is read at all.
    """
    if not secret:
        return None
    given = next((v for k, v in headers.items() if k.casefold() == SECRET_HEADER), None)
    if not given or not hmac.compare_digest(given.encode("utf-8"), secret):
        return None
    try:
        data = json.loads(body)
        kind, report = data["type"], data["body"]
        object_id = report["id"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(kind, str) or not isinstance(object_id, str) or not object_id:
        return None
    return Delivery(
        event=EVENTS.get(kind, f"misskey.{kind}"),
        object_id=object_id,
        object_updated_at=None,  # Misskey's report has no update time; the body tells apart
        created_at=_epoch_ms(data.get("createdAt")),
    )


def _epoch_ms(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


MODULE = register(
    SoftwareModule(
        software=Software.MISSKEY,
        capabilities=frozenset(
            {
                Capability.WEBHOOK_REPORTS,
                Capability.POLL_REPORTS,
                Capability.SUSPEND,
                Capability.DELETE_STATUS,
                Capability.RESOLVE_REPORT,
                Capability.SIGNUP_DETAILS,
                Capability.FORWARD_REPORT,
            }
        ),
        consequences=CONSEQUENCES,
        client=MisskeyClient,
        verify_delivery=verify_delivery,
        scopes=SCOPES,
        forwarding=forwarding,
        not_offered=NOT_OFFERED,
    )
)
