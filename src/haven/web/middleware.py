"""Headers every Haven page carries: nothing cached, nothing referred, no third-party origins."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from haven.core.errors import HavenError

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)


class NoStoreMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path_info.startswith("/static/"):
            response["Cache-Control"] = "no-store, max-age=0"
            response["Pragma"] = "no-cache"
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from haven.web.views import error_page

        if isinstance(exception, HavenError):
            return error_page(request, exception)
        return None
