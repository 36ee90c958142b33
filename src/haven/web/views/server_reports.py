"""Reports from the connected servers: the unflagged ones to open, and all of them by server.

Flagged reports become cases by themselves. The rest are listed here with what
Haven knows without keeping their text (server, category, when, the detector's
score); opening a case reads the report from the server again. ``by_server``
counts every report by the server of the reported account, so a remote server
that keeps sending attackers stands out (and can be limited or defederated).
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from haven.fediverse import report_intake
from haven.fediverse.models import ServerReport, ServerReportState
from haven.fediverse.servers import ServerError
from haven.web.http import StaffRequest

PER_PAGE = 50
# A server with this many reported accounts' reports in RECENT_DAYS "keeps sending attackers".
REPEAT_REPORTS = 3
RECENT_DAYS = 30
MAX_SERVERS = 200


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


def by_server(request: StaffRequest) -> HttpResponse:
    """Every report Haven learnt of, counted by the server of the reported account."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    since = timezone.now() - timedelta(days=RECENT_DAYS)
    own = set(ServerReport.objects.values_list("connection__domain", flat=True).distinct())
    groups = (
        ServerReport.objects.exclude(target_domain="")
        .values("target_domain")
        .annotate(
            reports=Count("pk"),
            recent=Count("pk", filter=Q(first_seen_at__gte=since)),
            flagged=Count("pk", filter=Q(flagged=True)),
            opened=Count("pk", filter=Q(state=ServerReportState.OPENED)),
            first=Min("first_seen_at"),
            last=Max("first_seen_at"),
        )
        .order_by("-recent", "-reports", "target_domain")[:MAX_SERVERS]
    )
    rows = [
        {**g, "own": g["target_domain"] in own, "repeat": g["recent"] >= REPEAT_REPORTS}
        for g in groups
    ]
    context = {"rows": rows, "repeat_reports": REPEAT_REPORTS, "recent_days": RECENT_DAYS}
    return render(request, "web/server/reports_by_server.html", context)
