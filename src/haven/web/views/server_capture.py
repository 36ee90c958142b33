"""The server page's capture and linked-accounts parts: retry a failed capture, suspend all linked.

"Suspend all" is one confirmed step, as any action: the confirmation page lists
each linked account with its reasons, what a suspension causes on that server
and the victim's wishes; only its POST queues one suspension per account
through the outbox.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import victim_wishes
from haven.cases.models import Case
from haven.core.errors import HavenError, NotFound
from haven.fediverse import capture, linked
from haven.fediverse.models import CaptureRun, Connection
from haven.fediverse.servers import ActionKind, module_for
from haven.web.http import StaffRequest
from haven.web.views.base import case_view


class SuspendAllForm(forms.Form):
    connection = forms.ModelChoiceField(queryset=Connection.objects.filter(active=True))
    reason = forms.CharField(
        label=gettext_lazy("Why (kept with the case, never sent)"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    respects_wishes = forms.BooleanField(
        label=gettext_lazy("This respects the victim's wishes, shown above"), required=False
    )


def _back(case: Case) -> HttpResponse:
    return redirect(reverse("web:case_server", args=[case.pk]))


@case_view("POST")
def capture_retry(request: StaffRequest, case: Case, capture_id: str) -> HttpResponse:
    run = CaptureRun.objects.filter(case=case, pk=capture_id).first()
    if run is None:
        raise NotFound()
    try:
        capture.retry(run, acting_user=request.user)
    except HavenError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The capture is being tried again."))
    return _back(case)


@case_view("POST")
def suspend_all_confirm(request: StaffRequest, case: Case) -> HttpResponse:
    form = SuspendAllForm(request.POST, auto_id="all-%s")
    if not form.is_valid():
        messages.error(request, _("Choose the server and say why."))
        return _back(case)
    connection: Connection = form.cleaned_data["connection"]
    module = module_for(connection.software)
    context = {
        "case": case,
        "form": form,
        "connection": connection,
        "accounts": linked.linked_by_connection(case).get(connection, []),
        "consequence": module.consequences.get(ActionKind.SUSPEND, ""),
        "wishes": victim_wishes.read_wishes(case),
    }
    return render(request, "web/server/suspend_all.html", context)


@case_view("POST")
def suspend_all(request: StaffRequest, case: Case) -> HttpResponse:
    form = SuspendAllForm(request.POST, auto_id="all-%s")
    if not form.is_valid():
        messages.error(request, _("Choose the server and say why."))
        return _back(case)
    try:
        queued = linked.suspend_all(
            case,
            form.cleaned_data["connection"],
            acting_user=request.user,
            reason=form.cleaned_data["reason"],
            confirmed_wishes=form.cleaned_data["respects_wishes"],
        )
    except HavenError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("%(n)d suspensions were asked for: their outcomes show below.") % {"n": len(queued)},
        )
    return _back(case)
