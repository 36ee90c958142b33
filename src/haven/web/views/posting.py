"""How every form on the case page is handled: parse, call one domain function, redirect.

When the form or the domain refuses, the answer is a redirect too, to the case
page at that form, where the message is shown next to it with everything the
moderator typed still in it (kept sealed in the session, ``haven.web.refusals``):
nothing is lost at 2 a.m. because a box was left empty, and reloading the page
does not send the form again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.forms import RadioSelect
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from haven.cases import access
from haven.cases.models import Case
from haven.core.errors import Conflict, ContentErased, InvalidInput, NotFound
from haven.web import refusals
from haven.web.http import StaffRequest
from haven.web.views import page
from haven.web.views.base import case_view

Action = Callable[..., None]
UPLOAD_OVERHEAD = 64 * 1024  # the other fields and the multipart framing


# The field a domain refusal is about, so the keyboard lands where the fix is.
FIELD_FOR_CODE = {
    "confirm_wishes": "respects_wishes",
    "reason_needed": "note",
    "no_consent": "scope",
    "empty_report": "comment",
    "csea_leads_only": "kind",
}


def focus_first_problem(form, code: str = "") -> None:
    # ``autofocus`` brings the keyboard (and a screen reader) back to the form
    # that failed, without any script. Radio groups are written out by hand in
    # web/_radios.html, which reads ``form.focus`` to mark only the first one.
    names = [name for name in form.fields if name in form.errors]
    if not names and FIELD_FOR_CODE.get(code) in form.fields:
        names = [FIELD_FOR_CODE[code]]
    names = names or list(form.fields)
    form.focus = names[0]
    widget = form.fields[names[0]].widget
    if not isinstance(widget, RadioSelect):
        widget.attrs = {**widget.attrs, "autofocus": True}


def after_post(request: StaffRequest, case: Case, anchor: str, saved: str) -> HttpResponse:
    """POST/redirect/GET back to the section (no ``anchor``: the top, its message shown
    there), unless the change took the case out of sight."""
    try:
        access.get_case_for(request.user, case.pk)
    except NotFound:
        # Marking that a minor may be involved, or leaving a restricted team,
        # can end one's own access: say so rather than showing "not found".
        # Only the assessment (a possible minor) hands a case to the leads.
        if anchor == "assessment":
            text = _(
                "Saved. Someone involved may be a minor, so the safety leads take this "
                "case over: they have been told, and they make the mandatory report. You "
                "have nothing more to do on it. If the victim writes to you again, tell "
                "them the safety team has their case, and do not ask for images."
            )
        else:
            text = _("Saved. You can no longer open this case: it is now its team's only.")
        messages.info(request, text)
        return redirect("web:home")
    messages.success(request, saved, extra_tags=anchor)
    return redirect(_at(case, anchor))


def _at(case: Case, anchor: str) -> str:
    return reverse("web:case", args=[case.pk]) + (f"#{anchor}" if anchor else "")


def after_refusal(request: StaffRequest, case: Case, refusal: refusals.Refusal) -> HttpResponse:
    """POST/redirect/GET for a refusal too: the case page at the form, which shows it once."""
    return refusals.redirect_refused(request, case, page.PAGE, refusal, _at(case, refusal.where))


def case_form(
    form_class, anchor: str, saved: object, *, uploads: bool = False
) -> Callable[[Action], Callable[..., Any]]:
    """Wrap ``action(request, case, data, **url_kwargs)``; ``anchor`` may use the URL's parts.

    With ``uploads``, files are read into memory only (see ``memory_uploads``).
    """

    def decorate(action: Action) -> Callable[..., Any]:
        key = f"{action.__module__}.{action.__qualname__}"

        def rebuild(refusal: refusals.Refusal):
            def make(data):
                return form_class(data, auto_id=f"{refusal.where}-%s")

            form = refusals.rebuild(make, refusal)
            focus_first_problem(form, refusal.code)
            return form

        page.REBUILD[key] = rebuild

        @wraps(action)
        def view(request: StaffRequest, case: Case, **kwargs: str) -> HttpResponse:
            where = anchor.format(**kwargs)
            form = form_class(request.POST, request.FILES, auto_id=f"{where}-%s")
            try:
                if not form.is_valid():
                    raise InvalidInput(_("Please check the fields marked below."), code="form")
                action(request, case, form.cleaned_data, **kwargs)
            except (InvalidInput, Conflict, ContentErased) as error:
                refusal = refusals.refusal_of(
                    form, key=key, where=where, message=error.message, code=error.code
                )
                return after_refusal(request, case, refusal)
            return after_post(request, case, where, str(saved))

        if not uploads:
            return case_view("POST")(view)
        # The CSRF check reads the body, so it must run after the upload
        # handlers are chosen: exempt from the middleware, checked inside.
        return csrf_exempt(case_view("POST")(memory_uploads(csrf_protect(view))))

    return decorate


class MemoryOnlyUploadHandler(MemoryFileUploadHandler):
    """Holds an upload in memory, never in a temporary file: it may be an intimate image."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.activated = True


def memory_uploads(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: StaffRequest, case: Case, **kwargs: str) -> HttpResponse:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        if length > settings.HAVEN_MEDIA_MAX_BYTES + UPLOAD_OVERHEAD:
            raise InvalidInput(_("That file is larger than Haven accepts."), code="too_large")
        request.upload_handlers = [MemoryOnlyUploadHandler(request)]
        return view(request, case, **kwargs)

    return wrapper
