"""The evidence page of a case: the items, adding one (sealed as it uploads), reading, downloading.

The upload is parsed only after the sealing upload handler is in place, so the
CSRF check (which reads the body) runs inside the view, as for images. Whatever
the outcome, ``discard_unclaimed`` runs: a refused upload leaves nothing. A
refusal redirects back to the page with what was chosen (``haven.web.refusals``),
so a reload sends nothing again.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from functools import wraps
from typing import cast

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from haven.cases.models import Case, CaseKind, ConsentScope
from haven.core.errors import Conflict, HavenError, InvalidInput, NotFound
from haven.evidence import export, intake, retention_periods, videos, viewing
from haven.evidence.custody import DownloadReason
from haven.evidence.models import EvidenceKind, RetentionNotice, RetentionPeriod
from haven.evidence.uploads import SealedUpload, SealingUploadHandler
from haven.web import refusals
from haven.web.http import StaffRequest
from haven.web.views.base import case_view

UPLOAD_OVERHEAD = 64 * 1024
PAGE = "evidence"
REASONS = [
    (DownloadReason.REPORT_TO_SERVER.value, gettext_lazy("To report it to a server")),
    (DownloadReason.REPORT_TO_POLICE.value, gettext_lazy("For law enforcement")),
    (DownloadReason.VICTIM_ASKED.value, gettext_lazy("The victim asked for a copy")),
]


class EvidenceForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    scope = forms.ChoiceField(
        label=gettext_lazy("Kept under the victim's consent to"),
        choices=ConsentScope.choices,
        widget=forms.RadioSelect,
    )


class DownloadForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("Why a copy is needed"),
        choices=REASONS,
        required=False,
        widget=forms.RadioSelect,
    )


class RetentionForm(forms.Form):
    days = forms.IntegerField(
        label=gettext_lazy("Days the evidence is kept after the case closes"),
        help_text=gettext_lazy("Leave empty for this installation's default."),
        required=False,
        min_value=0,
        max_value=retention_periods.MAX_DAYS,
    )


def _page(
    request: StaffRequest,
    case: Case,
    form: EvidenceForm,
    status: int = 200,
    retention_form: RetentionForm | None = None,
) -> HttpResponse:
    period = RetentionPeriod.objects.filter(case=case).first()
    context = {
        "case": case,
        "items": viewing.items_in(case),
        "form": form,
        "notice": RetentionNotice.objects.filter(case=case).first(),
        "period": period,
        "default_days": retention_periods.default_days(),
        "retention_form": retention_form
        or RetentionForm(initial={"days": period.days if period else None}, auto_id="keep-%s"),
    }
    return render(request, "web/evidence/list.html", context, status=status)


def _evidence_form(data=None) -> EvidenceForm:
    return EvidenceForm(data, auto_id="evidence-%s")


def _retention_form(data=None) -> RetentionForm:
    return RetentionForm(data, auto_id="keep-%s")


def _refused(request: StaffRequest, case: Case, refusal: refusals.Refusal) -> HttpResponse:
    to = reverse("web:case_evidence", args=[case.pk])
    return refusals.redirect_refused(request, case, PAGE, refusal, to)


@case_view("GET", "HEAD")
def evidence_list(request: StaffRequest, case: Case) -> HttpResponse:
    refusal = refusals.take(request, case, PAGE)
    if refusal is not None and refusal.form == "retention":
        kept = refusals.rebuild(_retention_form, refusal)
        return _page(request, case, _evidence_form(), retention_form=kept)
    form = refusals.rebuild(_evidence_form, refusal) if refusal else _evidence_form()
    return _page(request, case, form)


def sealed_uploads(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: StaffRequest, case: Case, **kwargs: str) -> HttpResponse:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        if length > settings.HAVEN_EVIDENCE_MAX_BYTES + UPLOAD_OVERHEAD:
            raise InvalidInput(_("That file is larger than Haven accepts."), code="too_large")
        handler = SealingUploadHandler(
            request, case_id=case.pk, limit=settings.HAVEN_EVIDENCE_MAX_BYTES
        )
        request.upload_handlers = [handler]
        try:
            response = view(request, case, handler=handler, **kwargs)
        finally:
            handler.discard_unclaimed()
        return response

    return wrapper


@csrf_protect
def _add(request: StaffRequest, case: Case, handler: SealingUploadHandler) -> HttpResponse:
    form = EvidenceForm(request.POST, request.FILES, auto_id="evidence-%s")
    try:
        if handler.too_large:
            raise InvalidInput(_("That file is larger than Haven accepts."), code="too_large")
        if not form.is_valid() or not isinstance(form.cleaned_data["file"], SealedUpload):
            raise InvalidInput(_("Please check the fields marked below."), code="form")
        intake.receive_evidence(
            case,
            form.cleaned_data["file"],
            acting_user=request.user,
            source="moderator",
            scope=form.cleaned_data["scope"],
        )
    except (InvalidInput, Conflict) as error:
        form.add_error(None, error.message)
        return _refused(request, case, refusals.refusal_of(form, key="add", where="", message=""))
    messages.success(request, _("Evidence added."))
    return redirect("web:case_evidence", case.pk)


evidence_add = csrf_exempt(case_view("POST")(sealed_uploads(_add)))


@case_view("GET", "HEAD")
def item_detail(request: StaffRequest, case: Case, item_id: str) -> HttpResponse:
    item = viewing.item_in(case, item_id)
    context: dict[str, object] = {"case": case, "item": item, "download_form": DownloadForm()}
    if item.kept and item.kind in {EvidenceKind.CHAT_LOG, EvidenceKind.POST}:
        context["text"], context["cut"] = viewing.read_text(item, reader=request.user)
    elif item.kept and item.kind == EvidenceKind.PDF:
        shown = viewing.read_pdf_text(item, reader=request.user)
        if shown is not None:
            context["text"], context["cut"] = shown
    elif item.kept and item.kind == EvidenceKind.IMAGE:
        context["facts"] = viewing.image_facts(item, reader=request.user)
    elif item.kept and item.kind == EvidenceKind.VIDEO:
        png = videos.blurred_poster(item, reader=request.user)
        context["poster"] = _data_uri(png) if png else None
    return render(request, "web/evidence/item.html", context)


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


@case_view("POST")
def item_reveal(request: StaffRequest, case: Case, item_id: str) -> HttpResponse:
    """A video's poster frame unblurred, inline in the answer: it has no address of its own."""
    item = viewing.item_in(case, item_id)
    if item.kind != EvidenceKind.VIDEO or not item.kept or case.kind == CaseKind.CSEA:
        raise NotFound()
    png = videos.reveal_poster(item, acting_user=request.user)
    context = {"case": case, "item": item, "data_uri": _data_uri(png), "video": True}
    return render(request, "web/reveal.html", context)


@case_view("POST")
def item_download(request: StaffRequest, case: Case, item_id: str) -> HttpResponse:
    item = viewing.item_in(case, item_id)
    form = DownloadForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else None
    try:
        name, pieces = viewing.download(item, acting_user=request.user, reason=reason or None)
    except HavenError as error:
        if error.http_status == 404:
            raise
        messages.error(request, error.message)
        return redirect(reverse("web:case_evidence_item", args=[case.pk, item.pk]))
    return _attachment(pieces, name)


def _attachment(pieces: Iterator[bytes], name: str) -> HttpResponse:
    response = StreamingHttpResponse(pieces, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return cast(HttpResponse, response)  # case_view passes any response on as it is


@case_view("POST")
def evidence_retention(request: StaffRequest, case: Case) -> HttpResponse:
    """A lead sets how long this case's evidence is kept after it closes."""
    form = RetentionForm(request.POST, auto_id="keep-%s")
    try:
        if not form.is_valid():
            raise InvalidInput(_("Give a number of days from 0 to 3650, or leave it empty."))
        retention_periods.set_retention(case, form.cleaned_data["days"], acting_user=request.user)
    except (InvalidInput, Conflict) as error:
        messages.error(request, error.message)
        refusal = refusals.refusal_of(form, key="retention", where="", message="")
        return _refused(request, case, refusal)
    messages.success(request, _("Retention period saved."))
    return redirect("web:case_evidence", case.pk)


@case_view("POST")
def evidence_export(request: StaffRequest, case: Case) -> HttpResponse:
    """The lead's button: the export streams to the browser; nothing is kept on the server."""
    try:
        name, pieces = export.export_archive(case, acting_user=request.user)
    except Conflict as error:
        messages.error(request, error.message)
        return redirect("web:case_evidence", case.pk)
    return _attachment(pieces, name)
