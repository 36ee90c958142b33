"""Each member's notification settings: what they hear of, how, and their quiet hours.

The ntfy topic and webhook address are never shown again once saved (they are
secrets, sealed at rest): the page says only whether one is set.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from haven.core.errors import InvalidInput
from haven.locale.languages import LANGUAGES
from haven.notify import preferences, trial
from haven.notify.channels import email
from haven.notify.models import Delivery, Preference
from haven.web import languages, time_zones
from haven.web.http import StaffRequest

RECENT = 10
_ZONES = sorted(available_timezones())
_SECRET = {"autocomplete": "off", "spellcheck": "false"}


class NotifySettingsForm(forms.Form):
    on_case_opened = forms.BooleanField(required=False, label=gettext_lazy("A new case"))
    on_case_urgent = forms.BooleanField(
        required=False, label=gettext_lazy("A case turned urgent (high or critical)")
    )
    on_action_failed = forms.BooleanField(
        required=False, label=gettext_lazy("An action on the server failed")
    )
    on_victim_answered = forms.BooleanField(
        required=False,
        label=gettext_lazy("The victim wrote to the team on the follow-up page"),
    )
    by_email = forms.BooleanField(required=False, label=gettext_lazy("By e-mail"))
    by_ntfy = forms.BooleanField(required=False, label=gettext_lazy("By ntfy"))
    by_webhook = forms.BooleanField(required=False, label=gettext_lazy("By webhook (JSON)"))
    by_matrix = forms.BooleanField(required=False, label=gettext_lazy("By Matrix"))
    ntfy_url = forms.CharField(
        required=False,
        max_length=2000,
        label=gettext_lazy("ntfy topic address"),
        help_text=gettext_lazy("For example https://ntfy.sh/a-long-random-topic-name."),
        widget=forms.TextInput(attrs=_SECRET),
    )
    ntfy_token = forms.CharField(
        required=False,
        max_length=200,
        label=gettext_lazy("ntfy access token (if your topic needs one)"),
        widget=forms.PasswordInput(attrs=_SECRET),
    )
    remove_ntfy = forms.BooleanField(required=False, label=gettext_lazy("Remove the ntfy topic"))
    webhook_url = forms.CharField(
        required=False,
        max_length=2000,
        label=gettext_lazy("Webhook address"),
        help_text=gettext_lazy(
            'Haven POSTs {"event", "priority", "url", "text"} as JSON (Slack, Mattermost '
            "and Rocket.Chat incoming webhooks show the text)."
        ),
        widget=forms.TextInput(attrs=_SECRET),
    )
    remove_webhook = forms.BooleanField(
        required=False, label=gettext_lazy("Remove the webhook address")
    )
    matrix_url = forms.CharField(
        required=False,
        max_length=2000,
        label=gettext_lazy("Matrix homeserver address"),
        help_text=gettext_lazy("For example https://matrix.org."),
        widget=forms.TextInput(attrs=_SECRET),
    )
    matrix_room = forms.CharField(
        required=False,
        max_length=255,
        label=gettext_lazy("Room id"),
        help_text=gettext_lazy(
            "Such as !abcdef:matrix.org: a room only you (or your team) are in."
        ),
        widget=forms.TextInput(attrs=_SECRET),
    )
    matrix_token = forms.CharField(
        required=False,
        max_length=500,
        label=gettext_lazy("Access token of the account that posts there"),
        widget=forms.PasswordInput(attrs=_SECRET),
    )
    remove_matrix = forms.BooleanField(required=False, label=gettext_lazy("Remove the Matrix room"))
    quiet_start = forms.TimeField(
        required=False,
        label=gettext_lazy("Quiet hours from"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_end = forms.TimeField(
        required=False,
        label=gettext_lazy("until"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    timezone = forms.ChoiceField(
        choices=[(z, z) for z in _ZONES],
        label=gettext_lazy("Your time zone"),
        help_text=gettext_lazy(
            "Every date and time on the desk is shown in this zone, and your quiet hours follow it."
        ),
    )


class LanguageSelect(forms.Select):
    """Each language named in itself, and marked so, for screen readers."""

    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        if option["value"]:
            option["attrs"]["lang"] = option["value"]
        return option


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        required=False,
        choices=[("", gettext_lazy("The browser's, or the one chosen at sign-in")), *LANGUAGES],
        widget=LanguageSelect,
        label=gettext_lazy("The desk's language"),
        help_text=gettext_lazy(
            "Every page of the desk is shown in this language once you have signed in, on "
            "any device. A message to a victim keeps the language chosen for it."
        ),
    )


def _initial(pref: Preference) -> dict[str, Any]:
    secret = ("ntfy_", "webhook_", "matrix_", "remove_")
    names = [f for f in NotifySettingsForm.base_fields if not f.startswith(secret)]
    return {name: getattr(pref, name) for name in names}


def _target(data: dict[str, Any], field: str, remove: str) -> str | None:
    if data[remove]:
        return ""
    return data[field] or None


def _choices(data: dict[str, Any]) -> preferences.Choices:
    return preferences.Choices(
        on_case_opened=data["on_case_opened"],
        on_case_urgent=data["on_case_urgent"],
        on_action_failed=data["on_action_failed"],
        on_victim_answered=data["on_victim_answered"],
        by_email=data["by_email"],
        by_ntfy=data["by_ntfy"],
        by_webhook=data["by_webhook"],
        by_matrix=data["by_matrix"],
        quiet_start=data["quiet_start"],
        quiet_end=data["quiet_end"],
        timezone=data["timezone"],
        ntfy_url=_target(data, "ntfy_url", "remove_ntfy"),
        ntfy_token=data["ntfy_token"],
        webhook_url=_target(data, "webhook_url", "remove_webhook"),
        matrix_url=_target(data, "matrix_url", "remove_matrix"),
        matrix_room=data["matrix_room"],
        matrix_token=data["matrix_token"],
    )


@require_http_methods(["GET", "HEAD", "POST"])
def notify_settings(request: StaffRequest) -> HttpResponse:
    pref = preferences.preference_of(request.user)
    if request.method != "POST":
        return _page(request, NotifySettingsForm(initial=_initial(pref)), pref)
    form = NotifySettingsForm(request.POST)
    try:
        if not form.is_valid():
            raise InvalidInput(_("Please check the fields marked below."), code="form")
        saved = preferences.update_preferences(
            request.user, _choices(form.cleaned_data), acting_user=request.user
        )
    except InvalidInput as error:
        return _page(request, form, pref, error.message, status=400)
    time_zones.remember(request, saved.timezone)
    messages.success(request, _("Your notification settings were saved."))
    return redirect(reverse("web:notify_settings"))


@require_http_methods(["POST"])
def member_language(request: StaffRequest) -> HttpResponse:
    form = LanguageForm(request.POST)
    try:
        if not form.is_valid():
            raise InvalidInput(_("Choose a language from the list."), code="language")
        saved = preferences.set_language(
            request.user, form.cleaned_data["language"], acting_user=request.user
        )
    except InvalidInput as error:
        pref = preferences.preference_of(request.user)
        page = NotifySettingsForm(initial=_initial(pref))
        return _page(request, page, pref, error.message, status=400, language_form=form)
    # At once: the message below and every page after it are in the new language.
    languages.remember(request, saved.language)
    messages.success(request, _("Your language was saved."))
    return redirect(reverse("web:notify_settings"))


@require_http_methods(["POST"])
def notify_test(request: StaffRequest) -> HttpResponse:
    try:
        count = trial.send_trial(request.user, acting_user=request.user)
    except InvalidInput as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("A test message is on its way to %(count)d channel(s).") % {"count": count}
        )
    return redirect(reverse("web:notify_settings"))


def _page(
    request: StaffRequest,
    form: NotifySettingsForm,
    pref: Preference,
    error: str = "",
    status: int = 200,
    language_form: LanguageForm | None = None,
) -> HttpResponse:
    recent = Delivery.objects.filter(user=request.user).select_related("notification")
    context = {
        "form": form,
        "language_form": language_form or LanguageForm(initial={"language": pref.language}),
        "error": error,
        "ntfy_set": bool(pref.ntfy_sealed),
        "webhook_set": bool(pref.webhook_sealed),
        "matrix_set": bool(pref.matrix_sealed),
        "email_ready": email.configured() and bool(request.user.email),
        "email_configured": email.configured(),
        "recent": recent.order_by("-created_at")[:RECENT],
    }
    return render(request, "web/notify/settings.html", context, status=status)
