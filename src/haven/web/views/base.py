"""Error pages, the health check, and the one way a view reaches a case."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import render

from haven.cases import access, sealing
from haven.core.errors import HavenError
from haven.web.http import StaffRequest


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


CaseView = Callable[..., HttpResponse]


def case_view(*methods: str) -> Callable[[CaseView], Callable[..., HttpResponse]]:
    """Find the case for this person first (404 otherwise), then check the method.

    The order matters: a person outside the team must learn nothing, not even
    which methods a case URL accepts. Other URL parts (a step, an image) are
    passed on as keyword arguments, after the case was found.
    """

    def decorate(view: CaseView) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: StaffRequest, case_id: str, **kwargs: str) -> HttpResponse:
            case = access.get_case_for(request.user, case_id)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            with sealing.cached_keys():
                return view(request, case, **kwargs)

        return wrapper

    return decorate
