"""Forwarding a case's report to the reported account's own server, through the outbox.

Off for sextortion (``haven.fediverse.forwarding``). The server page lists each of
the case's reports with what its server can do about forwarding: nothing (its
software cannot, and why), nothing yet (a lead has not turned it on), or a form.
Asking shows a confirm page first with exactly what the server will send, from
whom and to whom, and why Haven refuses it if it does; only that page's POST
queues the forward.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import victim_wishes
from haven.cases.models import Case
from haven.core.errors import Conflict, InvalidInput, NotFound
from haven.fediverse import credentials, forwarding, outbox
from haven.fediverse.models import CaptureRun
from haven.fediverse.servers import ActionKind, ActionRequest, NotOnServer, ServerError, module_for
from haven.web.http import StaffRequest
from haven.web.views.base import case_view


class ForwardForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why it is forwarded (kept with the case, never sent)"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    respects_wishes = forms.BooleanField(
        label=gettext_lazy("Forwarding it respects the victim's wishes, shown above"),
        required=False,
    )


@dataclass(frozen=True)
class Forwardable:
    run: CaptureRun
    # Why it cannot be forwarded from here (the software, or the lead's setting), or "".
    cannot: str
    form: ForwardForm | None


def forwardable_reports(case: Case) -> list[Forwardable]:
    """Each of the case's reports, with what its server allows about forwarding it."""
    found = []
    runs = CaptureRun.objects.filter(case=case, connection__active=True).select_related(
        "connection"
    )
    for run in runs:
        module = module_for(run.connection.software)
        if not module.offers(ActionKind.FORWARD_REPORT):
            cannot = str(module.not_offered.get(ActionKind.FORWARD_REPORT, ""))
            found.append(Forwardable(run, cannot or _("This server cannot forward it."), None))
        elif not run.connection.forwarding_allowed:
            cannot = _(
                "Forwarding from this server is off, as it is for sextortion. A safety lead "
                "can turn it on (haven connections CONNECTION --forwarding on); each forward "
                "then shows exactly what is sent before it goes."
            )
            found.append(Forwardable(run, cannot, None))
        else:
            found.append(Forwardable(run, "", ForwardForm(auto_id=f"forward-{run.pk}-%s")))
    return found


def _run(case: Case, capture_id: str) -> CaptureRun:
    run = CaptureRun.objects.filter(case=case, pk=capture_id).select_related("connection").first()
    if run is None:
        raise NotFound("No such report on this case.")
    return run


def _back(case: Case) -> HttpResponse:
    return redirect(reverse("web:case_server", args=[case.pk]) + "#forward-h")


@case_view("POST")
def report_forward_confirm(request: StaffRequest, case: Case, capture_id: str) -> HttpResponse:
    """Step one: exactly what the server would send, and to whom; nothing is queued."""
    run = _run(case, capture_id)
    form = ForwardForm(request.POST, auto_id="forward-%s")
    if not form.is_valid():
        messages.error(request, _("Say why the report is forwarded."))
        return _back(case)
    connection = run.connection
    module = module_for(connection.software)
    client = module.client(connection.base_url, credentials.token_of(connection))
    try:
        seen = forwarding.preview(case, connection, client, run.remote_report_id)
        plan = client.plan(
            ActionRequest(kind=ActionKind.FORWARD_REPORT, report_id=run.remote_report_id)
        )
    except (InvalidInput, Conflict) as refused:
        messages.error(request, refused.message)
        return _back(case)
    except NotOnServer:
        messages.error(request, _("The server no longer has this report."))
        return _back(case)
    except ServerError:
        messages.error(request, _("The server did not answer: try again in a moment."))
        return _back(case)
    finally:
        client.close()
    context = {
        "case": case,
        "run": run,
        "form": form,
        "connection": connection,
        "forwarding": seen.forwarding,
        "refusals": seen.refusals,
        "already": seen.already,
        "consequence": module.consequences[ActionKind.FORWARD_REPORT],
        "plan": plan,
        "wishes": victim_wishes.read_wishes(case),
    }
    return render(request, "web/server/forward_confirm.html", context)


@case_view("POST")
def report_forward(request: StaffRequest, case: Case, capture_id: str) -> HttpResponse:
    """Step two: the confirmed forward is queued; the outbox checks it all again."""
    run = _run(case, capture_id)
    form = ForwardForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the report is forwarded."))
        return _back(case)
    try:
        outbox.request_action(
            case,
            run.connection,
            ActionKind.FORWARD_REPORT,
            acting_user=request.user,
            reason=form.cleaned_data["reason"],
            confirmed_wishes=form.cleaned_data["respects_wishes"],
            report_id=run.remote_report_id,
        )
    except (InvalidInput, Conflict) as refused:
        messages.error(request, refused.message)
        return _back(case)
    except ServerError:
        messages.error(request, _("The server did not answer: try again in a moment."))
        return _back(case)
    messages.success(request, _("Forwarding the report was asked for: its outcome shows above."))
    return _back(case)
