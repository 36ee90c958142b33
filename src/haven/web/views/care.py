"""The forms that follow the guide: assessment, the steps, the victim's wishes, consent."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from haven.cases import assessing, checklist, consent, victim_wishes
from haven.core.errors import NotFound
from haven.web import forms
from haven.web.views.posting import case_form


@case_form(forms.AssessmentForm, "assessment", _("Assessment saved."))
def assessment(request, case, data):
    assessing.update_assessment(
        case,
        acting_user=request.user,
        answers={name: data[name] for name in assessing.QUESTIONS},
        details={name: data[name] for name in assessing.DETAILS},
    )


@case_form(forms.StepForm, "step-{key}", _("Step saved."))
def step(request, case, data, key):
    # Only the steps this case has (the minors report is on csea cases only).
    if key not in {line.step.key for line in checklist.steps_of(case)}:
        raise NotFound()
    checklist.set_step(
        case,
        key,
        data["state"],
        acting_user=request.user,
        note=data["note"],
        respects_wishes=data["respects_wishes"],
    )


@case_form(forms.WishesForm, "wishes", _("The victim's wishes are saved."))
def wishes(request, case, data):
    victim_wishes.record_wishes(
        case, acting_user=request.user, outcome=data["outcome"], safety=data["safety"]
    )


@case_form(forms.ConsentForm, "consent", _("Consent recorded."))
def record_consent(request, case, data):
    consent.record_consent(
        case,
        data["scope"],
        given=data["given"] == "yes",
        acting_user=request.user,
        method=data["method"],
        note=data["note"],
    )
