"""The directory page for safety leads: every entry with its checks, and the local form."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from haven.core.errors import InvalidInput, NotFound
from haven.resources import local
from haven.resources.forms import SERVICE_LABELS, OrganisationForm, initial_of
from haven.web.http import StaffRequest


def _lead_only(request: StaffRequest, *methods: str) -> None:
    if request.method not in methods or not request.user.is_lead:
        raise NotFound()


def directory_page(request: StaffRequest) -> HttpResponse:
    _lead_only(request, "GET", "HEAD")
    today = timezone.localdate()
    rows = [
        {
            "org": org,
            "stale": org.stale(today),
            "oldest": org.oldest_check(),
            "services": [SERVICE_LABELS[s] for s in sorted(org.services)],
        }
        for org in local.organisations()
    ]
    return render(
        request,
        "resources/directory.html",
        {"rows": rows, "stale": sum(r["stale"] for r in rows), "form": OrganisationForm()},
    )


def organisation_edit(request: StaffRequest, org_id: str = "") -> HttpResponse:
    _lead_only(request, "GET", "HEAD", "POST")
    existing = local.find(org_id) if org_id else None
    if request.method == "POST":
        form = OrganisationForm(request.POST)
        if form.is_valid():
            try:
                local.save(form.entry(timezone.localdate()), acting_user=request.user)
            except InvalidInput as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The entry is saved and marked checked today."))
                return redirect("resources:directory")
        status = 400
    else:
        initial = initial_of(local.as_entry(existing)) if existing else None
        form, status = OrganisationForm(initial=initial), 200
    return render(
        request, "resources/edit.html", {"form": form, "existing": existing}, status=status
    )
