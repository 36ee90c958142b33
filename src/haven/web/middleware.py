"""Headers every Haven answer carries: nothing cached, nothing referred, no third-party origins.

``SecurityHeadersMiddleware`` is the first middleware, so that every answer
passes through it, including those the inner layers give before any view runs:
the second-factor gate's redirect, the refusal of a too-large body (413), the
400 for a host Haven does not serve and the 500 page. Django's own
SecurityMiddleware and XFrameOptionsMiddleware stay in MIDDLEWARE (for the SSL
redirect and the deploy checks); their headers are set here as well.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware

from haven.core.errors import HavenError

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()"
STATIC_PREFIX = "/static/"


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.transport = SecurityMiddleware(get_response)
        self.frames = XFrameOptionsMiddleware(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # HSTS (on https), nosniff, Referrer-Policy, Cross-Origin-Opener-Policy.
        response = self.transport.process_response(request, response)
        response = self.frames.process_response(request, response)
        if not request.path_info.startswith(STATIC_PREFIX):
            response["Cache-Control"] = "no-store, max-age=0"
            response["Pragma"] = "no-cache"
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class HavenErrorMiddleware:
    """A HavenError raised by a view becomes its page (404 for NotFound)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from haven.web.views import error_page

        if isinstance(exception, HavenError):
            return error_page(request, exception)
        return None
