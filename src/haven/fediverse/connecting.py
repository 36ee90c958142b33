"""Connecting Haven to the moderators' own server: the verbs, each on the audit stream.

``connect(url, token, *, acting_user)`` checks the address, asks the server which
software it runs (``detect``, no token sent), then has that software's module
verify the token (instance information, version, the token's scopes and role),
and only then stores it, sealed. Anything that fails stores nothing. ``verify``
asks again with the stored token; ``disconnect`` turns the connection off and
destroys its token and webhook secret (the row stays: actions on cases name it).

Only safety leads connect, verify and disconnect; the command line may act with
no one named (Haven is then the actor on the audit stream).
"""

from __future__ import annotations

import ipaddress
import logging
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import audit
from haven.core.errors import Conflict, HavenError, InvalidInput, NotFound
from haven.core.events import Id, Names, Stream, declare
from haven.fediverse import credentials
from haven.fediverse.detect import detect
from haven.fediverse.models import ActionState, Connection
from haven.fediverse.servers import (
    ActionKind,
    Capability,
    RateLimited,
    ServerAnswerInvalid,
    ServerError,
    ServerInfo,
    ServerUnavailable,
    Software,
    SoftwareModule,
    TokenRefused,
    module_for,
    modules,
)

logger = logging.getLogger(__name__)
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")

TIMEOUT_SECONDS = 10.0
MAX_TOKEN = 512
MAX_URL = 300
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


class ConnectFailed(HavenError):
    """The server could not be connected; nothing was stored."""

    code = "connect_failed"


class Failure(StrEnum):
    UNREACHABLE = "unreachable"
    TOKEN_REFUSED = "token_refused"  # noqa: S105 (a failure's name, not a secret)
    UNKNOWN_SOFTWARE = "unknown_software"
    INVALID_ANSWER = "invalid_answer"


@dataclass(frozen=True)
class ConnectionEvent:
    connection: Id
    software: Software
    missing: int  # how many things the verification found missing


@dataclass(frozen=True)
class VerifyFailed:
    connection: Id | None  # None: a first connection, of which nothing was kept
    failure: Failure


@dataclass(frozen=True)
class SettingChanged:
    connection: Id
    on: bool


def _event_details(p: ConnectionEvent, names: Names) -> list[str]:
    return [
        _("connection %(id)s (%(software)s)")
        % {"id": p.connection[:8], "software": Software(p.software).label},
        _("%(n)d thing(s) missing") % {"n": p.missing},
    ]


def _failure_details(p: VerifyFailed, names: Names) -> list[str]:
    where = _("connection %s") % p.connection[:8] if p.connection else _("nothing kept")
    return [where, str(p.failure)]


def _setting_details(p: SettingChanged, names: Names) -> list[str]:
    return [_("connection %s") % p.connection[:8], _("on") if p.on else _("off")]


CONNECTED = declare(
    "connection.connected",
    ConnectionEvent,
    gettext_lazy("Server connected"),
    _event_details,
    stream=Stream.AUDIT,
)
VERIFIED = declare(
    "connection.verified",
    ConnectionEvent,
    gettext_lazy("Server connection verified"),
    _event_details,
    stream=Stream.AUDIT,
)
FAILED = declare(
    "connection.failed",
    VerifyFailed,
    gettext_lazy("Server connection refused or unreachable"),
    _failure_details,
    stream=Stream.AUDIT,
)
DISCONNECTED = declare(
    "connection.disconnected",
    ConnectionEvent,
    gettext_lazy("Server disconnected, its token destroyed"),
    _event_details,
    stream=Stream.AUDIT,
)
WEBHOOK_SECRET_SET = declare(
    "connection.webhook_secret_set",
    SettingChanged,
    gettext_lazy("Server's webhook secret set"),
    _setting_details,
    stream=Stream.AUDIT,
)
MEDIA_HOSTS_SET = declare(
    "connection.media_hosts_set",
    SettingChanged,
    gettext_lazy("Server connection's media hosts changed"),
    _setting_details,
    stream=Stream.AUDIT,
)
DRY_RUN_SET = declare(
    "connection.dry_run_set",
    SettingChanged,
    gettext_lazy("Server connection's dry run changed"),
    _setting_details,
    stream=Stream.AUDIT,
)
FORWARDING_SET = declare(
    "connection.forwarding_set",
    SettingChanged,
    gettext_lazy("Forwarding reports from this server turned on or off"),
    _setting_details,
    stream=Stream.AUDIT,
)


# --- the address ------------------------------------------------------------


def normalise_url(raw: str) -> str:
    """``https://host[:port]``, or InvalidInput saying plainly what is wrong."""
    text = (raw or "").strip()
    if not text or len(text) > MAX_URL or any(ch.isspace() for ch in text):
        raise InvalidInput(_("Give the server's address, such as https://social.example."))
    if "://" not in text:
        raise InvalidInput(_("Give the whole address, starting with https://."))
    try:
        parts = urlsplit(text)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii").casefold()
    except (ValueError, UnicodeError):
        raise InvalidInput(_("That is not a web address Haven can use.")) from None
    if parts.scheme.casefold() not in ("https", "http") or not host:
        raise InvalidInput(_("Give the whole address, starting with https://."))
    if parts.username is not None or parts.password is not None:
        raise InvalidInput(_("The address must not carry a user name or password."))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InvalidInput(_("Give only the server's address, without a path (https://host)."))
    if parts.scheme.casefold() == "http" and not _is_loopback(host):
        raise InvalidInput(
            _(
                "Haven sends the admin token only over https: plain http is refused except "
                "to this machine (127.0.0.1, ::1, localhost)."
            )
        )
    scheme = parts.scheme.casefold()
    shown = f"[{host}]" if ":" in host else host
    default = {"https": 443, "http": 80}[scheme]
    return f"{scheme}://{shown}" + (f":{port}" if port and port != default else "")


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_token(token: str) -> str:
    token = (token or "").strip()
    if not token:
        raise InvalidInput(_("Give the server's admin access token."))
    if len(token) > MAX_TOKEN or not token.isascii() or not token.isprintable() or " " in token:
        raise InvalidInput(_("That does not look like an access token (one line, no spaces)."))
    return token


# --- the verbs --------------------------------------------------------------


@dataclass(frozen=True)
class Connected:
    connection: Connection
    info: ServerInfo
    replaced: bool  # a connection to this address existed; its token was replaced
    # A webhook secret Haven made for a server that lets its admin choose one: shown
    # once, to be pasted into the server; "" otherwise.
    webhook_secret: str = ""


def connect(
    url: str, token: str, *, acting_user: User | None, timeout: float = TIMEOUT_SECONDS
) -> Connected:
    """Verify ``token`` on the server at ``url`` and keep it, sealed; nothing kept on failure."""
    _check_lead(acting_user)
    base_url = normalise_url(url)
    token = _check_token(token)
    try:
        module = _module_at(base_url, timeout)
        info = _describe(module, base_url, token)
    except ConnectFailed as failed:
        _record_failure(acting_user, None, failed)
        raise
    with transaction.atomic():
        connection = Connection.objects.select_for_update().filter(base_url=base_url).first()
        replaced = connection is not None
        if connection is None:
            connection = Connection(base_url=base_url, created_by=acting_user)
        connection.software = module.software
        connection.active = True
        credentials.seal_token(connection, token)
        _note(connection, info)
        connection.save()
        audit.record(CONNECTED, actor=acting_user, payload=_event(connection))
        made = ""
        if _haven_makes_secret(module) and not connection.sealed_webhook_secret:
            made = secrets.token_urlsafe(32)
            _keep_secret(connection, made.encode(), acting_user)
    logger.info("server connected connection=%s replaced=%s", connection.pk, replaced)
    return Connected(connection, info, replaced, made)


def verify(
    connection: Connection, *, acting_user: User | None, timeout: float = TIMEOUT_SECONDS
) -> ServerInfo:
    """Ask the server again with the stored token; what it finds is kept on the connection."""
    _check_lead(acting_user)
    if not connection.active:
        raise Conflict(_("This connection is turned off: connect the server again."))
    module = _registered().get(Software(connection.software))
    try:
        if module is None:
            raise ConnectFailed(
                _("This version of Haven has no module for that software."),
                code=Failure.UNKNOWN_SOFTWARE,
            )
        info = _describe(module, connection.base_url, credentials.token_of(connection))
    except ConnectFailed as failed:
        if failed.code == Failure.TOKEN_REFUSED:
            Connection.objects.filter(pk=connection.pk).update(
                missing=[_("The server refused the token at the last check: connect again.")]
            )
        _record_failure(acting_user, connection, failed)
        raise
    with transaction.atomic():
        _note(connection, info)
        connection.save(
            update_fields=["version", "domain", "verified_at", "missing", "scopes", "role"]
        )
        audit.record(VERIFIED, actor=acting_user, payload=_event(connection))
    return info


def disconnect(connection: Connection, *, acting_user: User | None) -> None:
    """Turn the connection off and destroy its token and webhook secret, for good."""
    _check_lead(acting_user)
    pending = connection.actions.filter(state__in=(ActionState.WAITING, ActionState.QUEUED))
    if pending.exists():
        raise Conflict(
            _(
                "%(n)d action(s) on this server are still waiting or queued: cancel them on "
                "their cases first. To stop the token working at once, revoke it on the server."
            )
            % {"n": pending.count()}
        )
    with transaction.atomic():
        row = Connection.objects.select_for_update().get(pk=connection.pk)
        row.active = False
        row.sealed_token = b""
        row.sealed_webhook_secret = b""
        row.verified_at = None
        row.save(update_fields=["active", "sealed_token", "sealed_webhook_secret", "verified_at"])
        audit.record(DISCONNECTED, actor=acting_user, payload=_event(row))
    connection.refresh_from_db()
    logger.info("server disconnected connection=%s", connection.pk)


def set_webhook_secret(connection: Connection, secret: str, *, acting_user: User | None) -> None:
    """Keep the secret the server made for Haven's webhook (Mastodon shows it on its page)."""
    _check_lead(acting_user)
    _check_webhooks(connection)
    value = (secret or "").strip()
    if not value or len(value) > MAX_TOKEN or not value.isascii() or not value.isprintable():
        raise InvalidInput(_("Paste the webhook's secret exactly as the server shows it."))
    _keep_secret(connection, value.encode(), acting_user)


def generate_webhook_secret(connection: Connection, *, acting_user: User | None) -> str:
    """A new secret for a server that lets its admin choose one; shown once, then only sealed."""
    _check_lead(acting_user)
    module = _check_webhooks(connection)
    if not _haven_makes_secret(module):
        raise Conflict(_("This server makes the webhook's secret itself: paste it into Haven."))
    value = secrets.token_urlsafe(32)
    _keep_secret(connection, value.encode(), acting_user)
    return value


def set_dry_run(connection: Connection, on: bool, *, acting_user: User | None) -> None:
    _check_lead(acting_user)
    with transaction.atomic():
        Connection.objects.filter(pk=connection.pk).update(dry_run=on)
        audit.record(DRY_RUN_SET, actor=acting_user, payload=SettingChanged(Id(connection.pk), on))
    connection.dry_run = on


def set_forwarding(connection: Connection, on: bool, *, acting_user: User | None) -> None:
    """Let moderators forward this server's reports to the reported accounts' servers, or not.

    Off by default, as it is for sextortion (haven.fediverse.forwarding): only where
    the software can forward at all.
    """
    _check_lead(acting_user)
    module = module_for(connection.software)
    if on and not module.offers(ActionKind.FORWARD_REPORT):
        raise InvalidInput(
            "This server's software cannot forward a report: there is nothing to turn on.",
            code="not_offered",
        )
    with transaction.atomic():
        Connection.objects.filter(pk=connection.pk).update(forwarding_allowed=on)
        audit.record(
            FORWARDING_SET, actor=acting_user, payload=SettingChanged(Id(connection.pk), on)
        )
    connection.forwarding_allowed = on


def set_media_hosts(
    connection: Connection, hosts: list[str], *, acting_user: User | None
) -> list[str]:
    """The other hosts the server keeps its media on (a CDN, files.<domain>); names only."""
    _check_lead(acting_user)
    names = sorted({_media_host(h) for h in hosts if h.strip()})
    with transaction.atomic():
        Connection.objects.filter(pk=connection.pk).update(media_hosts=names)
        changed = SettingChanged(Id(connection.pk), bool(names))
        audit.record(MEDIA_HOSTS_SET, actor=acting_user, payload=changed)
    connection.media_hosts = names
    return names


def _media_host(raw: str) -> str:
    refusal = InvalidInput(_("A media host is a host name, such as files.example.social."))
    try:
        host = raw.strip().rstrip(".").encode("idna").decode("ascii").casefold()
    except UnicodeError:
        raise refusal from None
    labels = host.split(".")
    if len(host) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise refusal
    return host


# --- what the page and the command show -------------------------------------


def webhook_url(connection: Connection) -> str:
    path = reverse("web:hook_delivery", args=[connection.pk])
    return f"{settings.HAVEN_PUBLIC_URL}{path}"


def takes_webhooks(connection: Connection) -> bool:
    module = _registered().get(Software(connection.software))
    return module is not None and module.can(Capability.WEBHOOK_REPORTS)


def webhook_instructions(connection: Connection) -> str:
    module = _registered().get(Software(connection.software))
    if module is None or not module.can(Capability.WEBHOOK_REPORTS):
        return ""
    if module.webhook_setup:
        return str(module.webhook_setup)
    return _(
        "In your server's administration, add a webhook to this address for new and "
        "updated reports."
    )


def still_missing(connection: Connection) -> list[str]:
    """What the last verification found missing, and a webhook not set up yet."""
    found = [str(line) for line in connection.missing or ()]
    if connection.active and takes_webhooks(connection) and not connection.sealed_webhook_secret:
        found.append(
            _(
                "No webhook is set up yet: reports arrive by polling every few minutes "
                "instead of at once."
            )
        )
    return found


# --- inside -----------------------------------------------------------------


def _check_lead(acting_user: User | None) -> None:
    if acting_user is not None and not acting_user.is_lead:
        raise NotFound()


def _registered() -> dict[Software, SoftwareModule]:
    return {module.software: module for module in modules()}


def _module_at(base_url: str, timeout: float) -> SoftwareModule:
    with httpx.Client(
        base_url=base_url, timeout=timeout, follow_redirects=False, headers={"Accept": "*/*"}
    ) as http:
        try:
            found = detect(http)
        except ServerUnavailable as exc:
            raise _unreachable(exc) from None
        except ServerAnswerInvalid:
            raise ConnectFailed(
                _("Haven could not tell which software runs there: is this a fediverse server?"),
                code=Failure.INVALID_ANSWER,
            ) from None
    module = _registered().get(found.software) if found.software else None
    if module is None:
        raise ConnectFailed(
            _(
                "The server runs %(name)s, which this version of Haven cannot work with "
                "(it speaks to Mastodon, GoToSocial and, with its module, Misskey)."
            )
            % {"name": found.name or _("an unknown software")},
            code=Failure.UNKNOWN_SOFTWARE,
        )
    return module


def _describe(module: SoftwareModule, base_url: str, token: str) -> ServerInfo:
    client = module.client(base_url, token)
    try:
        info = client.describe()
    except TokenRefused:
        raise ConnectFailed(
            _(
                "The server refused the token: check that it was copied whole, is not revoked, "
                "and has the scopes listed in Haven's documentation."
            ),
            code=Failure.TOKEN_REFUSED,
        ) from None
    except RateLimited as limited:
        raise ConnectFailed(
            _("The server asks Haven to wait %(s)d seconds: try again then.")
            % {"s": round(limited.retry_after_seconds)},
            code=Failure.UNREACHABLE,
        ) from None
    except ServerUnavailable as exc:
        raise _unreachable(exc) from None
    except ServerError:
        raise ConnectFailed(
            _("The server's answer was not what %(software)s answers: nothing was kept.")
            % {"software": module.software.label},
            code=Failure.INVALID_ANSWER,
        ) from None
    finally:
        client.close()
    if info.software != module.software:
        raise ConnectFailed(
            _("The server's answers do not agree on its software: nothing was kept."),
            code=Failure.INVALID_ANSWER,
        )
    return info


def _unreachable(exc: ServerUnavailable) -> ConnectFailed:
    # The transport's own sentences name only what failed, never an address or a body.
    return ConnectFailed(
        _("%(why)s Check the address and that the server is up: nothing was kept.")
        % {"why": str(exc) or _("The server could not be reached.")},
        code=Failure.UNREACHABLE,
    )


def _note(connection: Connection, info: ServerInfo) -> None:
    connection.version = info.version[:100]
    connection.domain = info.domain[:253]
    connection.verified_at = timezone.now()
    connection.missing = [str(line) for line in info.missing]
    connection.scopes = list(info.scopes)
    role = info.role or ""
    connection.role = (f"{role} (admin)" if info.is_admin and "admin" not in role else role)[:100]


def _event(connection: Connection) -> ConnectionEvent:
    return ConnectionEvent(
        Id(connection.pk), Software(connection.software), len(connection.missing or ())
    )


def _record_failure(
    acting_user: User | None, connection: Connection | None, failed: ConnectFailed
) -> None:
    payload = VerifyFailed(Id(connection.pk) if connection else None, Failure(failed.code))
    audit.record(FAILED, actor=acting_user, payload=payload)


def _haven_makes_secret(module: SoftwareModule) -> bool:
    return module.can(Capability.WEBHOOK_REPORTS) and not module.webhook_secret_from_server


def _check_webhooks(connection: Connection) -> SoftwareModule:
    module = _registered().get(Software(connection.software))
    if not connection.active or module is None or not module.can(Capability.WEBHOOK_REPORTS):
        raise Conflict(_("This server cannot call Haven: its reports are polled."))
    return module


def _keep_secret(connection: Connection, secret: bytes, acting_user: User | None) -> None:
    with transaction.atomic():
        credentials.seal_webhook_secret(connection, secret)
        connection.save(update_fields=["sealed_webhook_secret"])
        audit.record(
            WEBHOOK_SECRET_SET, actor=acting_user, payload=SettingChanged(Id(connection.pk), True)
        )
