"""The servers Haven works with, for safety leads only (anyone else gets 404).

Each connection shows its state, software and version, what the last check
found missing and the webhook address to paste into the server; a lead
connects a server (the token is a password field and never shown back),
checks it again, turns dry run on or off, keeps a webhook secret, or
disconnects it. The verbs are ``haven.fediverse.connecting``'s.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from haven.core.errors import HavenError, NotFound
from haven.fediverse import connecting
from haven.fediverse.models import Connection
from haven.fediverse.servers import Software
from haven.web import forms
from haven.web.http import StaffRequest


def _lead_only(request: StaffRequest, *methods: str) -> None:
    if request.method not in methods or not request.user.is_lead:
        raise NotFound()


def _connection(connection_id: str) -> Connection:
    found = Connection.objects.filter(pk=connection_id).first()
    if found is None:
        raise NotFound()
    return found


def _rows(connections: list[Connection]) -> list[dict[str, Any]]:
    return [
        {
            "connection": c,
            "software": Software(c.software).label,
            "missing": connecting.still_missing(c) if c.active else [],
            "webhooks": c.active and connecting.takes_webhooks(c),
            "webhook_url": connecting.webhook_url(c),
            "webhook_setup": connecting.webhook_instructions(c),
            "has_secret": bool(c.sealed_webhook_secret),
        }
        for c in connections
    ]


def _page(
    request: StaffRequest, form: forms.ConnectServerForm, *, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {"rows": _rows(list(Connection.objects.all())), "form": form, **extra}
    return render(request, "web/server/connections.html", context, status=status)


def connections(request: StaffRequest) -> HttpResponse:
    _lead_only(request, "GET", "HEAD", "POST")
    if request.method != "POST":
        return _page(request, forms.ConnectServerForm())
    form = forms.ConnectServerForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    try:
        done = connecting.connect(
            form.cleaned_data["url"], form.cleaned_data["token"], acting_user=request.user
        )
    except HavenError as error:
        # A fresh form: the token typed is not sent back, even masked.
        fresh = forms.ConnectServerForm(initial={"url": form.cleaned_data["url"]})
        return _page(request, fresh, error=error.message, status=400)
    if done.webhook_secret:
        # Shown once, on this answer only; afterwards it is only sealed.
        return _page(
            request,
            forms.ConnectServerForm(),
            made_secret=done.webhook_secret,
            made_url=connecting.webhook_url(done.connection),
        )
    if done.replaced:
        messages.success(request, _("The token was replaced and checked."))
    else:
        messages.success(request, _("The server is connected and its token checked."))
    return redirect(reverse("web:connections") + f"#c-{done.connection.pk}")


def connection_verify(request: StaffRequest, connection_id: str) -> HttpResponse:
    _lead_only(request, "POST")
    connection = _connection(connection_id)
    try:
        connecting.verify(connection, acting_user=request.user)
    except HavenError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The server accepted the token."))
    return redirect(reverse("web:connections") + f"#c-{connection.pk}")


def connection_dry_run(request: StaffRequest, connection_id: str) -> HttpResponse:
    _lead_only(request, "POST")
    connection = _connection(connection_id)
    form = forms.DryRunForm(request.POST)
    on = form.is_valid() and form.cleaned_data["on"]
    connecting.set_dry_run(connection, on, acting_user=request.user)
    if on:
        messages.success(request, _("Dry run is on: actions show their requests and send none."))
    else:
        messages.success(request, _("Dry run is off: actions are sent to the server."))
    return redirect(reverse("web:connections") + f"#c-{connection.pk}")


def connection_webhook_secret(request: StaffRequest, connection_id: str) -> HttpResponse:
    _lead_only(request, "POST")
    connection = _connection(connection_id)
    form = forms.WebhookSecretForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Paste the webhook's secret exactly as the server shows it."))
        return redirect(reverse("web:connections") + f"#c-{connection.pk}")
    try:
        connecting.set_webhook_secret(
            connection, form.cleaned_data["secret"], acting_user=request.user
        )
    except HavenError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The webhook's secret is kept, sealed."))
    return redirect(reverse("web:connections") + f"#c-{connection.pk}")


def connection_disconnect(request: StaffRequest, connection_id: str) -> HttpResponse:
    _lead_only(request, "POST")
    connection = _connection(connection_id)
    if not forms.DisconnectForm(request.POST).is_valid():
        messages.error(request, _("Tick the box to confirm: nothing was changed."))
        return redirect(reverse("web:connections") + f"#c-{connection.pk}")
    try:
        connecting.disconnect(connection, acting_user=request.user)
    except HavenError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Disconnected: the token and webhook secret are destroyed."))
    return redirect(reverse("web:connections"))
