"""The case page's "Write to the victim": the form, what fills a template, and what it shows.

Filling in a template and sending are both POSTs that show the case page
again (no script is needed); the text is the moderator's to edit between the
two, and the advice check and the placeholders are checked on what is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from haven.cases import assessing
from haven.cases import message_templates as mt
from haven.cases.advice.check import AdviceCheck
from haven.cases.advice.kinds import REASONS, AdviceKind
from haven.cases.advice.override import OverrideReason
from haven.cases.message_templates import support
from haven.cases.models import Case, CaseKind
from haven.core.errors import ContentErased
from haven.fediverse.models import Connection
from haven.portal import messages
from haven.resources import local

ANCHOR = "compose"
# The same words as the timeline's record of an override (haven.cases.advice.override).
KIND_LABELS = {
    AdviceKind.PAY: _("advice to pay or comply"),
    AdviceKind.BLAME: _("blame"),
    AdviceKind.PROMISE: _("a promise no one can keep"),
    AdviceKind.PRESSURE: _("pressure"),
    AdviceKind.NAME: _("a name"),
}


def country_choices() -> list[tuple[str, str]]:
    codes = sorted({c for org in local.organisations() for c in org.countries if c != "*"})
    return [("", str(_("Not known (organisations for any country)"))), *[(c, c) for c in codes]]


class ComposerForm(forms.Form):
    template = forms.ChoiceField(label=_("Template"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the message"),
        choices=list(mt.LANGUAGE_NAMES.items()),
    )
    country = forms.ChoiceField(
        label=_("Their country (for where to get specialist help)"), required=False
    )
    body = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=messages.MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "“Fill in” replaces this text with the chosen template. Read it and change what "
            "does not fit the victim before you send it."
        ),
    )
    override_reason = forms.ChoiceField(
        label=_("Why send it anyway"),
        choices=OverrideReason.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    override_note = forms.CharField(
        label=_("Say why (needed for “another reason”; seen by the case team only)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{ANCHOR}-%s")
        super().__init__(*args, **kwargs)
        own = [("", str(_("None: I write my own")))]
        template = cast(forms.ChoiceField, self.fields["template"])
        template.choices = own + [(t.key, str(t.label)) for t in mt.templates()]
        cast(forms.ChoiceField, self.fields["country"]).choices = country_choices()
        self.focus = ""  # read by web/_radios.html
        self.flagged: AdviceCheck | None = None
        self.missing: tuple[str, ...] = ()
        self.filled = False


@dataclass(frozen=True)
class FlaggedLine:
    label: str
    words: str
    reason: str


@dataclass(frozen=True)
class ThreadLine:
    from_team: bool
    body: str
    language: str
    created_at: Any


def victim_language(thread: list[messages.MessageView]) -> str:
    """The victim's language as their messages show it; else the desk's, else English."""
    newest_first = thread[::-1]
    for message in newest_first:
        if not message.from_team and message.language in mt.LANGUAGES:
            return message.language
    for message in newest_first:
        if message.language in mt.LANGUAGES:
            return message.language
    desk = settings.LANGUAGE_CODE.split("-")[0]
    return desk if desk in mt.LANGUAGES else "en"


def server_name() -> str:
    """The server the desk moderates, when there is exactly one; else left to the moderator."""
    connections = list(Connection.objects.filter(active=True)[:2])
    if len(connections) != 1:
        return ""
    only = connections[0]
    return only.domain or urlsplit(only.base_url).hostname or ""


def _minor_and_risk(case: Case) -> tuple[bool, bool]:
    try:
        assessment = assessing.read_assessment(case)
    except ContentErased:
        assessment = None
    answers = getattr(assessment, "answers", {}) or {}
    minor = case.kind == CaseKind.CSEA or answers.get("minor_involved") == "yes"
    return minor, answers.get("immediate_risk") == "yes"


def values_for(case: Case, language: str, country: str) -> dict[str, str]:
    minor, risk = _minor_and_risk(case)
    return {
        "server_name": server_name(),
        "support_list": support.support_list(
            language, country or None, minor=minor, immediate_risk=risk
        ),
    }


def filled(form: ComposerForm, case: Case) -> ComposerForm:
    """The same form with the template rendered into its text box."""
    data = form.cleaned_data
    key, language = data.get("template") or "", data["language"]
    if not key:
        form.add_error("template", _("Choose a template to fill in."))
        return form
    rendered = mt.render(key, language, values_for(case, language, data.get("country") or ""))
    posted = dict(form.data.items())
    posted["body"] = rendered.text
    posted.pop("override_reason", None)
    again = ComposerForm(posted)
    again.is_valid()
    again.missing, again.filled = rendered.missing, True
    return again


def flagged_lines(form: ComposerForm) -> list[FlaggedLine]:
    if form.flagged is None:
        return []
    text = form.cleaned_data.get("body", "") if hasattr(form, "cleaned_data") else ""
    return [
        FlaggedLine(str(KIND_LABELS[f.kind]), text[f.start : f.end].strip(), str(REASONS[f.kind]))
        for f in form.flagged.findings
    ]


def thread_lines(thread: list[messages.MessageView]) -> list[ThreadLine]:
    return [
        ThreadLine(m.from_team, m.body, mt.LANGUAGE_NAMES.get(m.language, m.language), m.created_at)
        for m in thread
    ]


def fresh_form(thread: list[messages.MessageView], country: str = "") -> ComposerForm:
    return ComposerForm(initial={"language": victim_language(thread), "country": country})
