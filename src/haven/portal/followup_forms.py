"""The follow-up page's forms, in the victim's words (not the desk's)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from haven.cases.models import ConsentScope
from haven.portal import messages, words

# One plain sentence per consent scope: what saying yes lets the team do.
CONSENT_LABELS = {
    ConsentScope.EVIDENCE_FOR_BAN: _(
        "Keep what I send as evidence, so the team can decide to ban the account that is "
        "doing this."
    ),
    ConsentScope.EVIDENCE_FOR_POLICE: _(
        "Keep it in a form that can be handed to the police, if I decide to report this to them."
    ),
    ConsentScope.HASH_IMAGES: _(
        "Make fingerprints (hashes) of my images to find and remove copies. A fingerprint "
        "cannot be turned back into the image."
    ),
    ConsentScope.SHARE_HASHES: _(
        "Share those fingerprints with other trusted servers, so they can remove copies too."
    ),
}


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your follow-up code"),
        help_text=_("The words you were given when you sent your report, in order."),
        max_length=words.MAX_INPUT,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    file = forms.FileField(
        label=_("Add a file (a screenshot, a saved chat, a video)"),
        required=False,
        help_text=_("It is kept encrypted and only the team working on your case can open it."),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["body"].help_text = gettext("At most %(max)d characters.") % {
            "max": messages.MAX_BODY
        }


class ConsentForm(forms.Form):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for scope in ConsentScope:
            self.fields[scope.value] = forms.BooleanField(
                label=CONSENT_LABELS[scope], required=False
            )


class EraseForm(forms.Form):
    understood = forms.BooleanField(
        label=_(
            "I understand that everything about my report is destroyed for good, and that the "
            "team can no longer help me with it."
        ),
        error_messages={"required": _("Tick the box to show you understand what this means.")},
    )
