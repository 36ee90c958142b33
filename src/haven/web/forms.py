"""The desk's forms: they parse and check what was typed; the domain functions decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from haven.accounts.models import Role, User
from haven.cases import intake, notes
from haven.cases.assessing import DETAILS, QUESTIONS
from haven.cases.models import (
    Answer,
    CaseKind,
    CloseReason,
    ConsentMethod,
    ConsentScope,
    PartyRole,
    Priority,
    StepState,
)
from haven.cases.questions import BY_NAME, DETAIL_TEXT, Detail
from haven.cases.responding import ResponseChannel

# Yes and no first, as a person reads a question; "unknown" is an answer, not a gap.
ANSWERS = [
    (Answer.YES, Answer.YES.label),
    (Answer.NO, Answer.NO.label),
    (Answer.UNKNOWN, _("Unknown")),
]
STATUS_ACTIONS = {
    "start": _("Start working on it"),
    "wait": _("Wait for the victim"),
    "resume": _("Resume: the victim answered"),
    "reopen": _("Reopen the case"),
}


def _text(
    label: Any, *, rows: int = 3, required: bool = False, help_text: Any = ""
) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def _radios(label: Any, choices: Any, **kwargs: Any) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect, **kwargs)


class AssessmentForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in QUESTIONS:
            self.fields[name] = _radios(BY_NAME[name].text, ANSWERS)
        for name in DETAILS:
            self.fields[name] = _text(DETAIL_TEXT[Detail(name)])


class StepForm(forms.Form):
    state = forms.ChoiceField(label=_("State"), choices=StepState.choices)
    note = _text(_("Note (optional, seen by the case team)"), rows=2)
    respects_wishes = forms.BooleanField(
        label=_("This respects the victim's wishes"), required=False
    )


class WishesForm(forms.Form):
    outcome = _text(
        _("What the victim would like to happen, in their words"),
        rows=4,
        help_text=_("For example: remove the posts first, ban only after they have blocked."),
    )
    safety = _text(_("What would make them feel safer, in their words"), rows=4)


class ConsentForm(forms.Form):
    scope = _radios(_("Consent to"), ConsentScope.choices)
    given = _radios(_("The victim"), [("yes", _("gives consent")), ("no", _("withdraws consent"))])
    method = _radios(_("How they said so"), ConsentMethod.choices)
    note = _text(_("Note (optional)"), rows=2)


class ResponseForm(forms.Form):
    channel = _radios(_("How the victim was answered"), ResponseChannel.choices)
    note = _text(_("What was said (optional, encrypted)"), rows=3)


class CloseForm(forms.Form):
    reason = _radios(_("Why the case is closed"), CloseReason.choices)
    note = _text(_("Note (needed for \u201canother reason\u201d)"), rows=3)


class StatusForm(forms.Form):
    action = forms.ChoiceField(choices=list(STATUS_ACTIONS.items()))


class MediaForm(forms.Form):
    image = forms.FileField(
        label=_("Image (PNG, JPEG, WebP or GIF)"),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}
        ),
    )
    scope = _radios(_("Kept under the victim's consent to"), ConsentScope.choices)

    def __init__(self, *args: Any, minors: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if minors:
            # Nothing but hashes may be kept: no evidence scope is offered.
            field = self.fields["scope"]
            assert isinstance(field, forms.ChoiceField)
            field.choices = [c for c in ConsentScope.choices if c[0] == ConsentScope.HASH_IMAGES]

    def clean_image(self):
        image = self.cleaned_data["image"]
        if image.size > settings.HAVEN_MEDIA_MAX_BYTES:
            raise forms.ValidationError(_("That file is larger than Haven accepts."))
        return image


class PartyForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=PartyRole.choices)
    account = forms.CharField(
        label=_("Fediverse account (optional)"),
        required=False,
        max_length=320,
        help_text=_("Written as user@server."),
    )
    description = forms.CharField(
        label=_("Or a short description (optional)"),
        required=False,
        max_length=500,
        help_text=_("For example \u201ca friend of the member\u201d."),
    )


class TeamForm(forms.Form):
    action = forms.ChoiceField(choices=[("add", _("Add")), ("remove", _("Remove"))])
    user = forms.ModelChoiceField(label=_("Team member"), queryset=User.objects.all())


class RestrictForm(forms.Form):
    restricted = forms.ChoiceField(choices=[("on", _("Restrict")), ("off", _("Lift"))])


class VerdictMarkForm(forms.Form):
    right = forms.ChoiceField(choices=[("yes", _("Right")), ("no", _("Wrong"))])


class EraseForm(forms.Form):
    confirm = forms.CharField(
        label=_("To erase, type the case's short id (the 8 characters after “Case”)"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class NoteForm(forms.Form):
    body = _text(_("Add an internal note (seen by the case team only)"), rows=4, required=True)


MINOR_HINT = _(
    "If anyone involved may be a minor, open it as sextortion, then answer \u201cyes\u201d "
    "to the minor question in the assessment: the case then goes to the safety leads."
)
LEAD_MINOR_HINT = _(
    "A case where someone may be a minor opens as critical, and only safety leads can see it."
)
MINOR_REFUSED = _(
    "Only a safety lead can open a case where someone may be a minor. Open it as "
    "sextortion, then answer \u201cyes\u201d to the minor question: the case then goes "
    "to the safety leads."
)

# Fixed boxes, no script needed; more posts go in another report on the same case.
POST_FIELDS = tuple(f"post_{n}" for n in range(1, 6))


class ReportForm(forms.Form):
    """What a report said and the posts or messages it points at; blank boxes are ignored."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["comment"] = _text(
            _("What the report or the person said"),
            rows=6,
            help_text=_(
                "Paste what the person reported, or what they told you, as they wrote it. "
                "Do not paste images. Nothing here is sent anywhere: it stays in Haven, "
                "encrypted, for this case's team."
            ),
        )
        for number, name in enumerate(POST_FIELDS, start=1):
            self.fields[name] = _text(
                _("Reported post or message %d") % number,
                help_text=_("One post or message in each box; leave the rest empty.")
                if number == 1
                else "",
            )

    def clean(self) -> dict[str, Any]:
        # The same limits intake applies, said next to the box, with everything kept
        # (no maxlength: a browser would cut a paste short without a word).
        data = super().clean() or {}
        texts = {name: data.get(name) or "" for name in ("comment", *POST_FIELDS)}
        for name, text in texts.items():
            if len(text) > notes.MAX_TEXT:
                self.add_error(name, _too_long(len(text), notes.MAX_TEXT, TOO_LONG_BOX))
        total = sum(map(len, texts.values()))
        if total > intake.MAX_TOTAL_CHARS and not self.errors.keys() & texts.keys():
            self.add_error("comment", _too_long(total, intake.MAX_TOTAL_CHARS, TOO_LONG_REPORT))
        return data


TOO_LONG_BOX = _(
    "This box has %(count)s characters; one box holds at most %(limit)s. Nothing was "
    "saved and your text is still here: move the rest into an empty box, or add it "
    "afterwards as another report on the case."
)
TOO_LONG_REPORT = _(
    "This report has %(count)s characters in all; one report holds at most %(limit)s. "
    "Nothing was saved and your text is still here: keep the first part, and add the "
    "rest afterwards as another report on the case."
)


def _too_long(count: int, limit: int, message: Any) -> forms.ValidationError:
    return forms.ValidationError(
        message, code="too_long", params={"count": f"{count:,}", "limit": f"{limit:,}"}
    )


def posts_of(data: dict[str, Any]) -> list[str]:
    return [data[name] for name in POST_FIELDS]


class OpenCaseForm(ReportForm):
    """A new case from a report; only safety leads are offered the minors kind."""

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = [(k, label) for k, label in CaseKind.choices if user.is_lead or k != CaseKind.CSEA]
        self.fields = {
            "kind": _radios(
                _("Kind of case"),
                kinds,
                initial=CaseKind.SEXTORTION,
                help_text=LEAD_MINOR_HINT if user.is_lead else MINOR_HINT,
                error_messages={} if user.is_lead else {"invalid_choice": MINOR_REFUSED},
            ),
            "priority": forms.TypedChoiceField(
                label=_("Priority"),
                choices=Priority.choices,
                coerce=int,
                initial=Priority.NORMAL,
                widget=forms.RadioSelect,
                help_text=_("Saving the assessment sets it again from the answers."),
            ),
            **self.fields,
        }


class ConnectServerForm(forms.Form):
    """The address and token of a server to connect; the token is never shown back."""

    url = forms.CharField(
        label=_("Server address"),
        max_length=300,
        widget=forms.TextInput(
            attrs={"placeholder": "https://social.example", "spellcheck": "false"}
        ),
    )
    token = forms.CharField(
        label=_("Admin access token"),
        max_length=512,
        strip=True,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}, render_value=False),
        help_text=_(
            "Made in your server's settings with the scopes listed in Haven's documentation."
        ),
    )


class WebhookSecretForm(forms.Form):
    secret = forms.CharField(
        label=_("Webhook secret"),
        max_length=512,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}, render_value=False),
        help_text=_("As your server shows it on the webhook's page."),
    )


class DryRunForm(forms.Form):
    on = forms.BooleanField(required=False)


class DisconnectForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes: turn this connection off and destroy its token"), required=True
    )


class LostCodeForm(forms.Form):
    earlier = forms.CharField(
        label=_("The earlier case"),
        help_text=_(
            "Its id as the desk shows it (the first 8 characters are enough), from a case "
            "you can open."
        ),
        max_length=32,
    )
    identity_checked = forms.BooleanField(
        label=_("I checked that this report comes from the same person as the earlier case"),
        help_text=_(
            "For example: the same account, or details only they would know. If in doubt, "
            "ask them on this report's follow-up page first."
        ),
    )


class AddMemberForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        help_text=_("Letters, digits and @ . + - _ only. They sign in with it."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=Role.choices, initial=Role.MODERATOR, widget=forms.RadioSelect
    )
