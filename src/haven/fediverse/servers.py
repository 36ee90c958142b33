"""The one interface to a moderator's fediverse server; one module per server software.

Each software module (``mastodon``, ``misskey``, ``gotosocial``) declares itself
once with ``register(SoftwareModule(...))``: its name, what it can do
(``Capability``), how it verifies a webhook delivery, and how to build a client
for a connection. Everything else in Haven speaks only the types below, never a
server's own JSON: the modules parse responses with their own typed models
(pydantic) and turn them into these.

What a module's client must never do: send a victim's identity, a report's text
or a case's content to a server. The enforcement outbox passes every outgoing
text through the leak guard before a client sees it; clients send nothing they
were not given.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Software(models.TextChoices):
    MASTODON = "mastodon", "Mastodon"
    MISSKEY = "misskey", "Misskey"
    GOTOSOCIAL = "gotosocial", "GoToSocial"


class Capability(enum.Enum):
    """What Haven can do on a server; the page offers only what the module declares."""

    WEBHOOK_REPORTS = "webhook_reports"  # the server calls Haven when a report is filed
    POLL_REPORTS = "poll_reports"  # Haven pages through the admin reports API
    SUSPEND = "suspend"  # a suspension an admin can undo
    SUSPEND_DELETES = "suspend_deletes"  # suspending deletes the account at once, for good
    LIMIT = "limit"  # silence / limit: hidden from those who don't follow
    MARK_SENSITIVE = "mark_sensitive"  # the account's media behind a warning
    DELETE_STATUS = "delete_status"  # one post removed by a moderator
    DELETE_ACCOUNT_DATA = "delete_account_data"  # a suspended account's data purged now
    RESOLVE_REPORT = "resolve_report"
    SIGNUP_DETAILS = "signup_details"  # sign-up IP and e-mail domain of local accounts
    # An existing report sent on, by a moderator, to the reported account's own server.
    FORWARD_REPORT = "forward_report"


class ActionKind(models.TextChoices):
    SUSPEND = "suspend", _("Suspend the account permanently")
    LIMIT = "limit", _("Limit the account")
    MARK_SENSITIVE = "mark_sensitive", _("Mark the account's media sensitive")
    DELETE_STATUS = "delete_status", _("Delete a post")
    DELETE_ACCOUNT_DATA = "delete_account_data", _("Delete the suspended account's data")
    RESOLVE_REPORT = "resolve_report", _("Resolve the report")
    FORWARD_REPORT = "forward_report", _("Forward the report to the account's own server")


# ---------------------------------------------------------------------------
# What a server tells Haven, in Haven's words.


@dataclass(frozen=True)
class ServerInfo:
    software: Software
    version: str
    domain: str
    title: str
    # What the token can do, as the server reports it (scopes for Mastodon, the
    # role's name and whether it is admin or moderator).
    scopes: tuple[str, ...]
    role: str
    is_admin: bool
    # What is missing for Haven to work fully, in plain sentences for the page.
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class RemoteMedia:
    id: str
    kind: str  # image, video, gifv, audio, unknown
    url: str  # where Haven fetches the original
    preview_url: str = ""
    description: str = ""


@dataclass(frozen=True)
class RemoteAccount:
    id: str
    acct: str  # user@server, normalised with haven.fediverse.accounts.normalise_acct
    url: str = ""
    display_name: str = ""
    avatar_url: str = ""
    note_html: str = ""
    # The profile's name/value fields (values are HTML), where payment links often sit.
    fields: tuple[tuple[str, str], ...] = ()
    created_at: datetime | None = None
    local: bool = False
    suspended: bool = False
    limited: bool = False
    sensitized: bool = False
    # Local accounts only, where the admin API gives them.
    signup_ip: str = ""
    email_domain: str = ""
    # The account's ActivityPub id, where the server gives it (what a forward names).
    uri: str = ""


@dataclass(frozen=True)
class RemoteStatus:
    id: str
    url: str
    uri: str
    account_id: str
    content_html: str
    created_at: datetime | None
    visibility: str  # public, unlisted, private, direct (or the server's word)
    sensitive: bool = False
    spoiler_text: str = ""
    media: tuple[RemoteMedia, ...] = ()
    deleted: bool = False


@dataclass(frozen=True)
class RemoteReport:
    id: str
    created_at: datetime
    updated_at: datetime
    resolved: bool
    category: str  # spam, violation, legal, other… as the server says
    comment: str
    forwarded: bool  # the reporter asked for the report to go to the target's server
    reporter: RemoteAccount | None  # None when a remote server filed it
    target: RemoteAccount
    statuses: tuple[RemoteStatus, ...] = ()
    rule_ids: tuple[str, ...] = ()
    url: str = ""  # the report's page in the server's admin interface


@dataclass(frozen=True)
class ReportPage:
    reports: tuple[RemoteReport, ...]
    # Opaque to everyone but the module: pass it back to get the next page; None at the end.
    next_cursor: str | None


@dataclass(frozen=True)
class Delivery:
    """A webhook delivery, verified and parsed; ``body`` is the raw bytes as received."""

    event: str  # e.g. report.created
    object_id: str  # the report's id on the server
    object_updated_at: datetime | None
    created_at: datetime | None


@dataclass(frozen=True)
class Forwarding:
    """What a server sends on when a moderator forwards a report: exactly what, and to whom.

    Built by the software's module from the report as the server holds it; the
    confirm page shows every field and the leak guard reads ``content``.
    """

    to_server: str  # the reported account's server, where it goes
    recipient: str  # who there receives it (an inbox), in plain words
    sender: str  # who it comes from, as that server sees it
    activity: str  # what it is, e.g. an ActivityPub Flag
    object: str  # what it points at: the reported account's address
    # The text that goes with it. The server chooses it, not Haven: it may be the
    # report's own comment, which is why Haven refuses any but an empty one.
    content: str


@dataclass(frozen=True)
class PlannedRequest:
    """One HTTP request exactly as the client would send it (for dry runs and the page)."""

    method: str
    path: str  # path and query, never the token
    form: Mapping[str, str] = field(default_factory=dict)
    json: Mapping[str, object] | None = None


@dataclass(frozen=True)
class ActionRequest:
    kind: ActionKind
    account_id: str = ""  # the target account, on the server
    status_id: str = ""  # DELETE_STATUS
    report_id: str = ""  # RESOLVE_REPORT, FORWARD_REPORT: never sent with an account action
    # Text that will be shown to the perpetrator or the reporter; already passed the
    # leak guard. Empty means none is sent.
    text: str = ""


class ActionOutcome(enum.Enum):
    DONE = "done"
    ALREADY_DONE = "already_done"  # the idempotency check found it done
    REFUSED = "refused"  # the server said no (4xx other than 429): not retried


@dataclass(frozen=True)
class ActionResult:
    outcome: ActionOutcome
    status_code: int = 0
    # The server's error code or a short reason in Haven's words; never the server's
    # free text, which may echo content.
    reason: str = ""


# ---------------------------------------------------------------------------
# Failures. Every client raises only these (httpx's own errors never escape).


class ServerError(Exception):
    """Base of every failure talking to a server; messages carry no content."""


class ServerUnavailable(ServerError):
    """Timed out, refused, or answered 5xx: try again later."""


class RateLimited(ServerError):
    def __init__(self, retry_after_seconds: float) -> None:
        super().__init__(f"Rate limited: retry after {retry_after_seconds:.0f} s.")
        self.retry_after_seconds = retry_after_seconds


class TokenRefused(ServerError):
    """401/403: the token is wrong, revoked, or lacks a scope or a role."""


class NotOnServer(ServerError):
    """404: the report, account or post is not (or no longer) there."""


class ServerAnswerInvalid(ServerError):
    """The answer did not have the documented shape."""


# ---------------------------------------------------------------------------
# What a module provides.


class ServerClient(Protocol):
    """A client bound to one connection (base URL and token). Blocking, httpx inside."""

    def describe(self) -> ServerInfo: ...

    def reports(self, cursor: str | None, *, limit: int = 40) -> ReportPage:
        """Reports, oldest change first after ``cursor``, resolved ones included."""
        ...

    def report(self, report_id: str) -> RemoteReport: ...

    def account(self, account_id: str) -> RemoteAccount: ...

    def statuses(self, account_id: str, *, limit: int = 40) -> tuple[RemoteStatus, ...]:
        """The account's latest posts, for capture beside the reported ones."""
        ...

    def download(self, url: str, *, max_bytes: int) -> Iterator[bytes]:
        """The bytes at a media or avatar URL, streamed; ServerError past ``max_bytes``."""
        ...

    def plan(self, action: ActionRequest) -> tuple[PlannedRequest, ...]:
        """The exact requests ``perform`` would send, for a dry run and the confirm page."""
        ...

    def perform(self, action: ActionRequest) -> ActionResult:
        """Read the account's state first and do nothing if already done, then act."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SoftwareModule:
    software: Software
    capabilities: frozenset[Capability]
    # What each action causes on this server, said to the moderator before confirming.
    # Lazy texts: each page says them in its reader's language.
    consequences: Mapping[ActionKind, str | Promise]
    client: Callable[[str, str], ServerClient]  # (base_url, token) -> client
    # (headers, raw body, secret) -> Delivery, or None when the signature or secret is
    # missing, malformed or wrong. Compared in constant time. None for a software
    # without webhooks.
    verify_delivery: Callable[[Mapping[str, str], bytes, bytes], Delivery | None] | None = None
    # The token scopes Haven asks for, narrowest that work (listed in docs/).
    scopes: tuple[str, ...] = ()
    # Who makes a webhook's secret: the server (Mastodon shows it on the webhook's
    # page, to be pasted into Haven) or Haven (shown once, to be pasted into the server).
    webhook_secret_from_server: bool = True
    # Where, in the server's admin interface, a webhook to Haven is added and with
    # which events; shown beside the webhook's address.
    webhook_setup: str | Promise = ""
    # FORWARD_REPORT: what the server sends when it forwards this report.
    forwarding: Callable[[RemoteReport], Forwarding] | None = None
    # Why the server cannot do an action, said on the page instead of offering it.
    not_offered: Mapping[ActionKind, str | Promise] = field(default_factory=dict)

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def offers(self, kind: ActionKind) -> bool:
        return kind in self.consequences


_MODULES: dict[Software, SoftwareModule] = {}


def register(module: SoftwareModule) -> SoftwareModule:
    if module.software in _MODULES:
        raise RuntimeError(f"{module.software} is declared twice.")
    forwards = {
        module.can(Capability.FORWARD_REPORT),
        module.offers(ActionKind.FORWARD_REPORT),
        module.forwarding is not None,
    }
    if len(forwards) != 1:
        raise RuntimeError(
            f"{module.software}: forwarding is a capability, an action and what it sends, "
            "declared together or not at all."
        )
    if set(module.not_offered) & set(module.consequences):
        raise RuntimeError(f"{module.software}: an action both offered and not offered.")
    _MODULES[module.software] = module
    return module


def module_for(software: str) -> SoftwareModule:
    _load()
    return _MODULES[Software(software)]


def modules() -> list[SoftwareModule]:
    _load()
    return list(_MODULES.values())


def _load() -> None:
    # The software modules register themselves when imported; imported here, lazily,
    # so that this module stays importable by each of them.
    from haven.fediverse import software  # noqa: F401
