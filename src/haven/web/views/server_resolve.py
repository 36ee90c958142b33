"""Resolving a case's report on the server it was filed on, through the outbox.

Each report Haven captured for the case (``CaptureRun``) can be resolved on its
own, where its server's software offers it. The form says what resolving causes
there before anything is asked; the outbox checks the text with the leak guard
(GoToSocial shows it to the person who filed the report) and the victim's
wishes, and waits for the capture.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases.models import Case
from haven.core.errors import Conflict, InvalidInput, NotFound
from haven.fediverse import outbox
from haven.fediverse.models import CaptureRun
from haven.fediverse.servers import ActionKind, module_for
from haven.web.http import StaffRequest
from haven.web.views.base import case_view


class ResolveForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why it is resolved (kept with the case, never sent)"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    text = forms.CharField(
        label=gettext_lazy("Text sent with the resolution (optional)"),
        help_text=gettext_lazy(
            "Some servers show it to the person who filed the report. Leave it empty, or "
            "write something neutral: it may not name the victim, quote the report or hold "
            "the case's id."
        ),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    respects_wishes = forms.BooleanField(
        label=gettext_lazy("Resolving it respects the victim's wishes, shown above"),
        required=False,
    )


@dataclass(frozen=True)
class Resolvable:
    run: CaptureRun
    consequence: str
    form: ResolveForm


def resolvable_reports(case: Case) -> list[Resolvable]:
    """The case's reports whose server can resolve them, each with what resolving causes."""
    found = []
    runs = CaptureRun.objects.filter(case=case, connection__active=True).select_related(
        "connection"
    )
    for run in runs:
        module = module_for(run.connection.software)
        if module.offers(ActionKind.RESOLVE_REPORT):
            form = ResolveForm(auto_id=f"resolve-{run.pk}-%s")
            found.append(Resolvable(run, str(module.consequences[ActionKind.RESOLVE_REPORT]), form))
    return found


@case_view("POST")
def report_resolve(request: StaffRequest, case: Case, capture_id: str) -> HttpResponse:
    run = CaptureRun.objects.filter(case=case, pk=capture_id).select_related("connection").first()
    if run is None:
        raise NotFound("No such report on this case.")
    form = ResolveForm(request.POST)
    back = redirect(reverse("web:case_server", args=[case.pk]) + "#resolve-h")
    if not form.is_valid():
        messages.error(request, _("Say why the report is resolved."))
        return back
    try:
        outbox.request_action(
            case,
            run.connection,
            ActionKind.RESOLVE_REPORT,
            acting_user=request.user,
            reason=form.cleaned_data["reason"],
            confirmed_wishes=form.cleaned_data["respects_wishes"],
            report_id=run.remote_report_id,
            text=form.cleaned_data["text"],
        )
    except (InvalidInput, Conflict) as refused:
        messages.error(request, refused.message)
        return back
    messages.success(request, _("Resolving the report was asked for: its outcome shows above."))
    return back
