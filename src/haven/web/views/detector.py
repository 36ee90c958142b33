"""The moderators' word on the detector: marking a verdict, and the figures for safety leads."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from haven.cases import access, feedback
from haven.core.errors import NotFound
from haven.web import forms
from haven.web.http import StaffRequest
from haven.web.views.posting import case_form


@case_form(forms.VerdictMarkForm, "reports", _("Thank you: your word on the verdict is kept."))
def mark(request, case, data, note_id):
    feedback.mark_verdict(
        case, int(note_id), right=data["right"] == "yes", acting_user=request.user
    )


def figures(request: StaffRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD") or not request.user.is_lead:
        raise NotFound()
    found = feedback.marked(access.cases_visible_to(request.user))
    return render(
        request, "web/detector.html", {"marked": found.marked, "rows": feedback.rows(found)}
    )
