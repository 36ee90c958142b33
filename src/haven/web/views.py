"""Moderator pages. Each view: look up through access, call an action, render."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from haven.cases import access, actions, notes
from haven.cases.models import Case, CaseStatus
from haven.core.errors import ContentErased, HavenError
from haven.web.http import StaffRequest
from haven.web.presenters import party_lines, timeline_lines


def error_page(request: HttpRequest, error: HavenError) -> HttpResponse:
    if error.http_status == 404:
        return not_found(request)
    return render(
        request,
        "web/error.html",
        {"message": error.message, "code": error.code},
        status=error.http_status if error.http_status >= 400 else 500,
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/not_found.html", status=404)


def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


CaseView = Callable[[StaffRequest, Case], HttpResponse]


def case_view(*methods: str) -> Callable[[CaseView], Callable[..., HttpResponse]]:
    """Find the case for this person first (404 otherwise), then check the method.

    The order matters: a person outside the team must learn nothing, not even
    which methods a case URL accepts.
    """

    def decorate(view: CaseView) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: StaffRequest, case_id: str) -> HttpResponse:
            case = access.get_case_for(request.user, case_id)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, case)

        return wrapper

    return decorate


def home(request: StaffRequest) -> HttpResponse:
    cases = (
        access.cases_visible_to(request.user)
        .exclude(status=CaseStatus.CLOSED)
        .order_by("-priority", "created_at")
    )
    return render(request, "web/home.html", {"cases": cases[:200]})


@case_view("GET", "HEAD")
def case_detail(request: StaffRequest, case: Case) -> HttpResponse:
    actions.record_view(case, acting_user=request.user)
    written = []
    for note in access.notes_of(request.user, case.pk):
        try:
            body = notes.read_note(note)
        except ContentErased:
            body = _("[erased]")
        written.append({"note": note, "body": body})
    context = {
        "case": case,
        "notes": written,
        "parties": party_lines(access.parties_of(request.user, case.pk)),
        "members": case.members.order_by("username"),
    }
    return render(request, "web/case.html", context)


@case_view("GET", "HEAD")
def case_timeline(request: StaffRequest, case: Case) -> HttpResponse:
    events = timeline_lines(access.events_of(request.user, case.pk))
    return render(request, "web/timeline.html", {"case": case, "events": events})


@case_view("POST")
def case_add_note(request: StaffRequest, case: Case) -> HttpResponse:
    notes.add_note(case, request.POST.get("body", ""), acting_user=request.user)
    return redirect("web:case", case_id=case.pk)
