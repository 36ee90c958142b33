"""Images on a case: uploaded only with consent, shown blurred, revealed on purpose and logged.

The unblurred image has no address of its own: the reveal answers a POST with
a page that carries it inline, so there is nothing to bookmark, prefetch or
find again in a history.
"""

from __future__ import annotations

import base64

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from haven.cases import access
from haven.cases.models import Case, CaseKind
from haven.core.errors import NotFound
from haven.evidence import images as media
from haven.evidence.models import EvidenceItem
from haven.web import forms
from haven.web.http import StaffRequest
from haven.web.views.base import case_view
from haven.web.views.posting import case_form


@case_form(forms.MediaForm, "images", _("Image added."), uploads=True)
def upload(request, case, data):
    media.attach_image(case, data["image"].read(), acting_user=request.user, scope=data["scope"])


def _shown(request: StaffRequest, case: Case, media_id: str) -> EvidenceItem:
    item = access.get_media_for(request.user, case.pk, media_id)
    # A case that may involve a minor shows no image, whatever the store holds.
    if case.kind == CaseKind.CSEA or not item.kept:
        raise NotFound()
    return item


@case_view("GET", "HEAD")
def preview(request: StaffRequest, case: Case, media_id: str) -> HttpResponse:
    png = media.blurred_preview(_shown(request, case, media_id))
    response = HttpResponse(png, content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    response["Content-Disposition"] = 'inline; filename="image.png"'
    return response


@case_view("POST")
def reveal(request: StaffRequest, case: Case, media_id: str) -> HttpResponse:
    item = _shown(request, case, media_id)
    png = media.reveal(item, acting_user=request.user)
    context = {
        "case": case,
        "item": item,
        "data_uri": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
    }
    return render(request, "web/reveal.html", context)
