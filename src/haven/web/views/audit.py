"""The audit stream, for safety leads: who opened, read, revealed or erased what."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from haven.accounts.models import User
from haven.cases import access, audit
from haven.core.errors import NotFound
from haven.web.http import StaffRequest

PAGE_SIZE = 200


def audit_stream(request: StaffRequest) -> HttpResponse:
    reader = request.user
    if request.method not in ("GET", "HEAD") or not reader.is_lead:
        raise NotFound()
    visible = access.cases_visible_to(reader).values_list("pk", flat=True)
    records = audit.records_for(reader, visible)
    case_id = request.GET.get("case", "")
    if case_id:
        records = records.filter(case_id=case_id)
    entries = list(records[:PAGE_SIZE])
    names = dict(User.objects.values_list("pk", "username"))
    context = {
        "lines": audit.describe_lines(entries, names),
        "case_id": case_id,
        "intact": audit.verify_audit().ok,
    }
    return render(request, "web/audit.html", context)
