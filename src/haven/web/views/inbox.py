"""The inbox: open cases, most urgent first, fifty to a page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from haven.cases import inbox, inbox_rows
from haven.cases.models import CaseKind, CaseStatus
from haven.web.http import StaffRequest
from haven.web.presenters import deadline_of

PAGE_SIZE = 50


def home(request: StaffRequest) -> HttpResponse:
    now = timezone.now()
    filters = inbox.InboxFilter.from_query(request.GET.dict())
    page = Paginator(inbox.inbox(request.user, filters, now), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    facts = inbox_rows.facts_for(request.user, list(page.object_list))
    counts = inbox.counts(request.user, now)
    counts["in_progress"] = counts["open"] - counts["new"] - counts["waiting"]
    context = {
        "page": page,
        "rows": [(case, deadline_of(case, now), facts[case.pk]) for case in page.object_list],
        "filters": filters,
        "counts": counts,
        "statuses": [
            ("", _("All open"), counts["open"]),
            (CaseStatus.NEW, CaseStatus.NEW.label, counts["new"]),
            (CaseStatus.OPEN, CaseStatus.OPEN.label, counts["in_progress"]),
            (CaseStatus.WAITING, CaseStatus.WAITING.label, counts["waiting"]),
            (CaseStatus.CLOSED, CaseStatus.CLOSED.label, counts["closed"]),
        ],
        "kinds": CaseKind.choices,
    }
    return render(request, "web/home.html", context)
