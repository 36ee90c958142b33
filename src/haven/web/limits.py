"""How much a request may send, decided before a byte of its body is read.

Anyone not signed in with both factors (the sign-in pages, and later the report
portal and webhooks) may send ``HAVEN_ANONYMOUS_MAX_KB``; the safety team may
send ``HAVEN_STAFF_MAX_BODY_BYTES``: an image at the media cap with its form, or
a report well past its length limit, so that it comes back to be trimmed rather
than lost. Only the evidence upload route (``UPLOAD_ROUTES``), which seals the
body as it streams, takes ``HAVEN_EVIDENCE_UPLOAD_MAX_BODY_BYTES``, and there
only with a Content-Length (411 without: it is never buffered). A larger
Content-Length is answered 413 at once. Elsewhere a body sent without one
(chunked) is read into memory as it arrives and refused as soon as it passes the
cap; Django alone would read none of it and show an empty form.

Nothing before this middleware reads the body, and Django's upload handlers keep
what passes in memory (settings: FILE_UPLOAD_HANDLERS), so nothing a stranger
sends is ever written to a temporary file.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from haven.accounts.middleware import is_verified

CHUNK = 64 * 1024


UPLOAD_ROUTES = frozenset({"web:case_evidence_add"})
# The victim's answer on the follow-up page, with a file: only once a code was entered.
PORTAL_UPLOAD_ROUTES = frozenset({"portal_followup:reply"})


def _route_name(request: HttpRequest) -> str:
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""


def is_upload_route(request: HttpRequest) -> bool:
    return _route_name(request) in UPLOAD_ROUTES


def _is_portal_upload(request: HttpRequest) -> bool:
    from haven.portal import followup_session

    return _route_name(request) in PORTAL_UPLOAD_ROUTES and followup_session.has_code(request)


def body_cap(request: HttpRequest) -> int:
    if not is_verified(request):
        if _is_portal_upload(request):
            return int(settings.HAVEN_MEDIA_MAX_BYTES + settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES)
        return int(settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES)
    if is_upload_route(request):
        return int(settings.HAVEN_EVIDENCE_UPLOAD_MAX_BODY_BYTES)
    return int(settings.HAVEN_STAFF_MAX_BODY_BYTES)


def declared_length(request: HttpRequest) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None


def buffer_unsized_body(request: HttpRequest, cap: int) -> bool:
    """Read a body that came without a length, up to ``cap``; False once it passes it."""
    stream = request.META["wsgi.input"]
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        if size > cap:
            return False
        parts.append(chunk)
    body = b"".join(parts)
    request.META["CONTENT_LENGTH"] = str(len(body))
    # The stream every parser of WSGIRequest reads; it was made for a length of 0.
    request._stream = io.BytesIO(body)
    return True


def length_required(request: HttpRequest) -> HttpResponse:
    message = _("Send the file with its length: this upload cannot be read without one.")
    return render(
        request, "web/error.html", {"message": message, "code": "length_required"}, status=411
    )


def too_large(request: HttpRequest, cap: int) -> HttpResponse:
    message = _(
        "That was more than Haven accepts at once (at most %(size)s), so none of it was "
        "read or kept. If you were adding a long report, add it in several parts."
    ) % {"size": filesizeformat(cap)}
    if request.path_info.startswith("/" + settings.HAVEN_PORTAL_PATH):
        # The report page's own look: its discreet title and the quick exit.
        from haven.portal.views_report import render as portal_render

        message = _(
            "That was more than this page accepts at once (at most %(size)s), so none of it "
            "was read or kept."
        ) % {"size": filesizeformat(cap)}
        return portal_render(request, "portal/too_large.html", {"message": message}, status=413)
    return render(request, "web/error.html", {"message": message, "code": "too_large"}, status=413)


class BodyLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        cap = body_cap(request)
        length = declared_length(request)
        if length is not None and length > cap:
            return too_large(request, cap)
        unsized = length is None and "HTTP_TRANSFER_ENCODING" in request.META
        if unsized and cap > settings.HAVEN_STAFF_MAX_BODY_BYTES:
            return length_required(request)
        if unsized and not buffer_unsized_body(request, cap):
            return too_large(request, cap)
        return self.get_response(request)
