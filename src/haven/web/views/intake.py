"""Reports a moderator pastes: opening a case from one, or adding one to a case.

Both go through ``intake.receive_report``, the way in for every report.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from haven.cases import intake
from haven.core.errors import Conflict, InvalidInput
from haven.web import forms
from haven.web.http import StaffRequest
from haven.web.views.page import Failed
from haven.web.views.posting import after_post, case_form, focus_first_problem

SCANNED = gettext_lazy(
    "Report added and scanned. What Haven found is marked in the texts above; an answer "
    "it suggests is only pre-filled in the assessment until you save it."
)


@require_http_methods(["GET", "HEAD", "POST"])
def open_case(request: StaffRequest) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = forms.OpenCaseForm(data, user=request.user, auto_id="open-%s")
    if data is None:
        return _page(request, form)
    try:
        if not form.is_valid():
            raise InvalidInput(_("Please check the fields marked below."), code="form")
        case = intake.receive_report(
            source=intake.ReportSource.MODERATOR,
            comment=form.cleaned_data["comment"],
            posts=forms.posts_of(form.cleaned_data),
            acting_user=request.user,
            kind=form.cleaned_data["kind"],
            priority=form.cleaned_data["priority"],
        )
    except (InvalidInput, Conflict) as error:
        focus_first_problem(form, error.code)
        return _page(request, form, Failed("open", form, error.message), error.http_status)
    # The top of the page, where what cannot wait is said, not the report itself.
    return after_post(request, case, "", str(SCANNED))


def _page(
    request: StaffRequest, form: forms.OpenCaseForm, failed: Failed | None = None, status=200
) -> HttpResponse:
    context: dict[str, Any] = {"form": form, "failed": failed, "notices": {}}
    return render(request, "web/open_case.html", context, status=status)


@case_form(forms.ReportForm, "reports", SCANNED)
def add_report(request, case, data):
    intake.receive_report(
        source=intake.ReportSource.MODERATOR,
        comment=data["comment"],
        posts=forms.posts_of(data),
        acting_user=request.user,
        case=case,
    )
