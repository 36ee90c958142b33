"""Who is on the case: the people involved, the case team, its restriction, and notes."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from haven.cases import actions, notes
from haven.web import forms
from haven.web.views.posting import case_form


@case_form(forms.PartyForm, "people", _("Person added."))
def people(request, case, data):
    actions.add_party(
        case,
        data["role"],
        acting_user=request.user,
        acct=data["account"] or None,
        label=data["description"] or None,
    )


@case_form(forms.TeamForm, "team", _("Case team changed."))
def team(request, case, data):
    change = actions.add_member if data["action"] == "add" else actions.remove_member
    change(case, data["user"], acting_user=request.user)


@case_form(forms.RestrictForm, "team", _("Restriction changed."))
def restrict(request, case, data):
    actions.set_restricted(case, data["restricted"] == "on", acting_user=request.user)


@case_form(forms.NoteForm, "notes", _("Note added."))
def add_note(request, case, data):
    notes.add_note(case, data["body"], acting_user=request.user)
