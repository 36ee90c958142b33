"""Reports from the connected servers that the detector did not flag, for a moderator to open.

Flagged reports become cases by themselves. The rest are listed here with what
Haven knows without keeping their text (server, category, when, the detector's
score); opening a case reads the report from the server again.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from haven.fediverse import report_intake
from haven.fediverse.models import ServerReport, ServerReportState
from haven.fediverse.servers import ServerError
from haven.web.http import StaffRequest

PER_PAGE = 50


def server_reports(request: StaffRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    listed = ServerReport.objects.filter(state=ServerReportState.LISTED).select_related(
        "connection"
    )
    page = Paginator(listed, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "web/server/reports.html", {"page": page})


def open_server_report(request: StaffRequest, report_id: int) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    row = ServerReport.objects.filter(pk=report_id, state=ServerReportState.LISTED).first()
    if row is None:
        messages.error(request, _("That report is no longer listed: it may have been opened."))
        return redirect(reverse("web:server_reports"))
    try:
        case = report_intake.open_case_from(row, acting_user=request.user)
    except ServerError:
        messages.error(
            request,
            _("The server could not be reached to read the report: try again in a moment."),
        )
        return redirect(reverse("web:server_reports"))
    messages.success(request, _("Case opened from the server's report."))
    return redirect(reverse("web:case", args=[case.pk]))
