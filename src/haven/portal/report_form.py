"""The confidential report form: what the person says, in their words, and nothing more.

Every field but the first is optional. Lengths are bounded per field, so that a
very long text comes back with a clear message and the rest of what was written
kept in the form; handles that are not ``user@server`` are kept as the person
wrote them, as a description.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.db import models
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from haven.cases.models import ConsentScope
from haven.core.errors import InvalidInput
from haven.fediverse.accounts import normalise_acct
from haven.resources import local

MAX_HAPPENING = 20_000
MAX_WHO = 2_000
MAX_HANDLE = 320
MAX_WISH = 5_000
MAX_HANDLES = 10
MAX_FILE_NAME = 255


class Where(models.TextChoices):
    HERE = "here", _("On this server")
    ELSEWHERE = "elsewhere", _("Somewhere else (another server, app or website)")
    NOT_SURE = "not_sure", _("I am not sure")


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


# One plain sentence per consent scope of the case desk; a test checks none is missing.
CONSENT_TEXT: dict[ConsentScope, Promise] = {
    ConsentScope.EVIDENCE_FOR_BAN: _(
        "You may keep what I send as evidence, to decide whether to ban the account."
    ),
    ConsentScope.EVIDENCE_FOR_POLICE: _(
        "You may keep what I send so that it can be given to the police if I choose to report it."
    ),
    ConsentScope.HASH_IMAGES: _(
        "You may make a fingerprint (a hash) of the images, to find and remove copies. "
        "The image cannot be made again from its fingerprint."
    ),
    ConsentScope.SHARE_HASHES: _(
        "You may share those fingerprints with other trusted servers, so that they can "
        "find and remove copies too."
    ),
}

COUNTRY_NAMES: dict[str, Promise] = {
    "AU": _("Australia"),
    "BR": _("Brazil"),
    "CA": _("Canada"),
    "DE": _("Germany"),
    "ES": _("Spain"),
    "FR": _("France"),
    "GB": _("United Kingdom"),
    "IE": _("Ireland"),
    "IN": _("India"),
    "IT": _("Italy"),
    "JP": _("Japan"),
    "NL": _("Netherlands"),
    "NZ": _("New Zealand"),
    "PT": _("Portugal"),
    "US": _("United States"),
}
_REGION = re.compile(r"^[a-z]{2,3}[-_]([a-z]{2})$", re.IGNORECASE)


def consent_field(scope: ConsentScope) -> str:
    return f"consent_{scope.value}"


def countries() -> list[tuple[str, str]]:
    """The countries the directory knows, by name; "" for any other (worldwide help)."""
    codes = sorted({c for org in local.organisations() for c in org.countries if c != "*"})
    named = sorted(
        ((code, str(COUNTRY_NAMES.get(code, code))) for code in codes), key=lambda c: c[1]
    )
    return [("", str(_("Another country, or I would rather not say"))), *named]


def country_from_browser(request: HttpRequest, known: set[str]) -> str:
    """The first region of the browser's languages that the directory knows ("de-DE": DE)."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:500]
    for part in header.split(","):
        match = _REGION.match(part.split(";")[0].strip())
        if match and match[1].upper() in known:
            return match[1].upper()
    return ""


def _too_long(limit: int) -> dict[str, Any]:
    return {
        "max_length": _(
            "This is longer than %(limit_value)d characters (it has %(show_value)d). "
            "Please shorten it; everything else you wrote is kept below."
        )
    }


class ReportForm(forms.Form):
    happening = forms.CharField(
        label=_("What is happening?"),
        help_text=_("In your own words. Write as much or as little as you like."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_HAPPENING,
        error_messages={
            "required": _("Please tell us a little about what is happening."),
            **_too_long(MAX_HAPPENING),
        },
    )
    who = forms.CharField(
        label=_("Who is doing it? (optional)"),
        help_text=_(
            "Their account names, such as name@example.social, one per line, if you know them."
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=MAX_WHO,
        error_messages=_too_long(MAX_WHO),
    )
    where = forms.ChoiceField(
        label=_("Where is it happening? (optional)"),
        choices=Where.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    own_handle = forms.CharField(
        label=_("Your own account name (optional)"),
        help_text=_(
            "It helps the team find the messages and protect your account. You can leave "
            "it out and still be helped."
        ),
        required=False,
        max_length=MAX_HANDLE,
        error_messages=_too_long(MAX_HANDLE),
    )
    under_18 = forms.ChoiceField(
        label=_("Are you under 18?"),
        choices=YesNo.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    danger = forms.ChoiceField(
        label=_("Are you in danger right now, or thinking about harming yourself?"),
        choices=YesNo.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    outcome = forms.CharField(
        label=_("What would you like to happen? (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=MAX_WISH,
        error_messages=_too_long(MAX_WISH),
    )
    safety = forms.CharField(
        label=_("What would make you feel safer? (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=MAX_WISH,
        error_messages=_too_long(MAX_WISH),
    )
    evidence = forms.FileField(
        label=_("A screenshot or file, if you want to send one (optional)"),
        help_text=_(
            "It is locked away as soon as it arrives; only the team can open it. Keep your "
            "own copy too."
        ),
        required=False,
        max_length=MAX_FILE_NAME,
    )
    country = forms.ChoiceField(
        label=_("Your country"),
        help_text=_("Only to show you the right help lines and organisations."),
        required=False,
    )
    lost_code = forms.BooleanField(
        label=_("I sent a report before and lost its follow-up code"),
        help_text=_("The team will check it is you and link this report to the earlier one."),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        country = self.fields["country"]
        assert isinstance(country, forms.ChoiceField)
        country.choices = countries()
        for scope in ConsentScope:
            self.fields[consent_field(scope)] = forms.BooleanField(
                label=str(CONSENT_TEXT[scope]), required=False
            )

    def consent_fields(self) -> list[forms.BoundField]:
        return [self[consent_field(scope)] for scope in ConsentScope]

    def consents(self) -> list[ConsentScope]:
        return [scope for scope in ConsentScope if self.cleaned_data.get(consent_field(scope))]

    def clean_who(self) -> list[str]:
        text: str = self.cleaned_data["who"]
        named = [part.strip() for part in re.split(r"[\n,;]+", text) if part.strip()]
        if len(named) > MAX_HANDLES:
            raise forms.ValidationError(
                _("Please name at most %(n)d accounts here; write about the others above."),
                params={"n": MAX_HANDLES},
            )
        return named

    def clean_own_handle(self) -> str:
        return str(self.cleaned_data["own_handle"]).strip()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        keeps = {ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE}
        kept = any(data.get(consent_field(scope)) for scope in keeps)
        if data.get("evidence") and not kept and data.get("under_18") != YesNo.YES:
            self.add_error(
                "evidence",
                _(
                    "To send a file, tick one of the first two boxes about keeping evidence, "
                    "or send the report without it. Please choose the file again."
                ),
            )
        return data


def as_account(text: str) -> str | None:
    """``user@server`` as Haven writes it, or None when the text is not one."""
    try:
        return normalise_acct(text)
    except InvalidInput:
        return None
