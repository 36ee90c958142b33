"""Erasing a case from the desk: a warning, the case's short id typed, then a last confirmation.

Safety leads only (404 for anyone else, as for a case outside one's team).
The erasure itself is ``haven.cases.erasure.erase_case``, as for ``haven erase``.
A refusal redirects back to the page (``haven.web.refusals``), so a reload sends
nothing again; the last confirmation is a page of its own answer to the first step.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from haven.cases import erasure
from haven.cases.models import Case
from haven.core.errors import HavenError, NotFound
from haven.web import forms, refusals
from haven.web.http import StaffRequest
from haven.web.views.base import case_view

PAGE = "erase"


def _refused(request: StaffRequest, case: Case, form: forms.EraseForm, message: str = ""):
    refusal = refusals.refusal_of(form, key=PAGE, where="", message=message)
    return refusals.redirect_refused(
        request, case, PAGE, refusal, reverse("web:case_erase", args=[case.pk])
    )


def _page(request: StaffRequest, case: Case, form: forms.EraseForm, *, final: bool, status=200):
    context = {"case": case, "form": form, "final": final, "short_id": case.pk[:8]}
    return render(request, "web/case/erase.html", context, status=status)


@case_view("GET", "HEAD", "POST")
def erase_page(request: StaffRequest, case: Case) -> HttpResponse:
    if not request.user.is_lead or case.erased_at is not None:
        raise NotFound()
    if request.method != "POST":
        refusal = refusals.take(request, case, PAGE)
        form = refusals.rebuild(forms.EraseForm, refusal) if refusal else forms.EraseForm()
        return _page(request, case, form, final=False)
    form = forms.EraseForm(request.POST)
    if not form.is_valid() or form.cleaned_data["confirm"].strip() != case.pk[:8]:
        if form.is_valid():
            form.add_error("confirm", _("That is not the case's short id: nothing was erased."))
        return _refused(request, case, form)
    if request.POST.get("final") != "yes":
        return _page(request, case, form, final=True)
    try:
        erasure.erase_case(case, acting_user=request.user)
    except HavenError as error:
        form.add_error(None, error.message)
        return _refused(request, case, form)
    messages.success(request, _("The case was erased."))
    return redirect("web:case", case.pk)
