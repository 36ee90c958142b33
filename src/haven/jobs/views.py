from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def failed_jobs(request: HttpRequest) -> HttpResponse:
    return render(request, "web/not_found.html", status=404)
