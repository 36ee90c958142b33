"""What ``haven connect`` and ``haven connections`` print about a connection, and whom they name."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.db.models import Q

from haven.accounts.models import User
from haven.fediverse import connecting
from haven.fediverse.models import Connection
from haven.fediverse.servers import Software


def lead_named(username: str | None) -> User | None:
    """The active safety lead named, or None (Haven acts) when no name was given."""
    if not username:
        return None
    lead = User.objects.filter(username=username, is_active=True).first()
    if lead is None or not lead.is_lead:
        raise CommandError("There is no active safety lead with that user name.")
    return lead


def one_connection(wanted: str, *, active: bool = True) -> Connection:
    found = Connection.objects.filter(active=True) if active else Connection.objects.all()
    key = wanted.strip().rstrip("/")
    try:
        key_url = connecting.normalise_url(key)
    except Exception:  # noqa: BLE001 - not an address: an id, then
        key_url = key
    row = found.filter(Q(pk=key) | Q(base_url=key_url)).first()
    if row is None:
        raise CommandError("No connection has that id or address.")
    return row


def describe(connection: Connection, *, webhook_secret: str = "") -> str:
    state = "on" if connection.active else "off (token destroyed)"
    checked = (
        connection.verified_at.isoformat(timespec="minutes") if connection.verified_at else "never"
    )
    scopes = " ".join(connection.scopes) or "(not said)"
    lines = [
        f"{connection.base_url}  [{connection.pk}]",
        f"  state: {state}{'  dry run' if connection.dry_run else ''}"
        f"{'  forwarding on' if connection.forwarding_allowed else ''}",
        f"  software: {Software(connection.software).label} {connection.version}".rstrip(),
        f"  token: role {connection.role or '?'}; scopes {scopes}",
        f"  last checked: {checked}",
    ]
    if connection.media_hosts:
        lines.append(f"  media also fetched from: {', '.join(connection.media_hosts)}")
    for line in connecting.still_missing(connection) if connection.active else ():
        lines.append(f"  missing: {line}")
    failed = list(connection.failed_deliveries()[:5])
    if failed:
        total = connection.failed_deliveries().count()
        lines.append(f"  webhook deliveries given up: {total} (newest first)")
        for delivery in failed:
            when = delivery.received_at.isoformat(timespec="minutes")
            lines.append(
                f"    {when} {delivery.event} report {delivery.object_id}: {delivery.failure}"
                f" after {delivery.attempts} tries"
            )
    if connection.active and connecting.takes_webhooks(connection):
        lines.append(f"  webhook address: {connecting.webhook_url(connection)}")
        lines.append(f"  {connecting.webhook_instructions(connection)}")
        if webhook_secret:
            lines.append(
                f"  webhook secret (shown once, paste it into your server): {webhook_secret}"
            )
    return "\n".join(lines)
