"""Answering the victim, moving the case along, and closing it (never without a reason)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from haven.cases import actions, responding
from haven.web import forms
from haven.web.views.posting import case_form


@case_form(forms.ResponseForm, "response", _("Response recorded."))
def response(request, case, data):
    responding.record_response(
        case, acting_user=request.user, channel=data["channel"], note=data["note"]
    )


@case_form(forms.CloseForm, "close", _("The case is closed."))
def close(request, case, data):
    responding.close_case(case, acting_user=request.user, reason=data["reason"], note=data["note"])


@case_form(forms.StatusForm, "status", _("Status changed."))
def status(request, case, data):
    actions.change_status(case, data["action"], acting_user=request.user)
