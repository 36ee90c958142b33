"""Writing to the victim from the case page: fill in a template, send, or send anyway."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.translation import gettext as _

from haven.cases import message_templates
from haven.cases.advice.check import AdviceCheck, Finding
from haven.cases.advice.kinds import AdviceKind
from haven.cases.models import Case
from haven.core.errors import Conflict, ContentErased, InvalidInput
from haven.portal import messages
from haven.web import refusals
from haven.web.composer import ANCHOR, ComposerForm, filled
from haven.web.http import StaffRequest
from haven.web.views import page
from haven.web.views.base import case_view
from haven.web.views.page import case_page
from haven.web.views.posting import after_post, after_refusal, focus_first_problem

_FIELD_FOR_CODE = {
    "unfilled_placeholder": "body",
    "empty_message": "body",
    "message_too_long": "body",
    "advice_flagged": "override_reason",
    "reason_needed": "override_note",
}


_KEY = "composer"


def _focus(form: ComposerForm, code: str) -> None:
    field = _FIELD_FOR_CODE.get(code)
    if field and field not in form.errors:
        form.focus = field
        widget = form.fields[field].widget
        widget.attrs = {**widget.attrs, "autofocus": True}
    else:
        focus_first_problem(form, code)


def _refused(request: StaffRequest, case: Case, form: ComposerForm, error) -> HttpResponse:
    flagged = form.flagged
    found = (
        {
            "language": flagged.language,
            "findings": [[f.kind, f.start, f.end] for f in flagged.findings],
        }
        if flagged is not None
        else None
    )
    refusal = refusals.refusal_of(
        form, key=_KEY, where=ANCHOR, message=error.message, code=error.code, flagged=found
    )
    return after_refusal(request, case, refusal)


def _rebuild(refusal: refusals.Refusal) -> ComposerForm:
    form = refusals.rebuild(ComposerForm, refusal)
    found = refusal.extra.get("flagged")
    if found:
        findings = tuple(Finding(AdviceKind(k), start, end) for k, start, end in found["findings"])
        form.flagged = AdviceCheck(found["language"], findings)
    _focus(form, refusal.code)
    return form


page.REBUILD[_KEY] = _rebuild


def _send(request: StaffRequest, case: Case, form: ComposerForm, anyway: bool) -> None:
    data = form.cleaned_data
    reason = data.get("override_reason") or None
    if anyway and not reason:
        raise InvalidInput(_("Choose why the message is sent anyway."), code="advice_flagged")
    messages.send_to_victim(
        case,
        by=request.user,
        body=message_templates.require_complete(data.get("body") or ""),
        language=data["language"],
        template=data.get("template") or "",
        override_reason=reason if anyway else None,
        override_note=(data.get("override_note") or None) if anyway else None,
    )


@case_view("POST")
def compose(request: StaffRequest, case: Case) -> HttpResponse:
    form = ComposerForm(request.POST)
    action = request.POST.get("action", "")
    try:
        if not form.is_valid():
            raise InvalidInput(_("Please check the fields marked below."), code="form")
        if action == "fill":
            request.composer_form = filled(form, case)  # type: ignore[attr-defined]
            return case_page(request, case)
        if action not in ("send", "send_anyway"):
            raise InvalidInput(_("Fill in a template or send the message."), code="form")
        _send(request, case, form, anyway=action == "send_anyway")
    except messages.AdviceFlagged as flagged:
        form.flagged = flagged.check
        return _refused(request, case, form, flagged)
    except (InvalidInput, Conflict, ContentErased) as error:
        return _refused(request, case, form, error)
    return after_post(request, case, ANCHOR, _("Sent to the victim's confidential page."))
