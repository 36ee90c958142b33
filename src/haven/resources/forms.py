"""The lead's form for a local organisation: the data file's fields, one check for all."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from haven.resources.directory import CHECKED_DETAILS, Serves, Service
from haven.resources.local import checked_today

_LIST = re.compile(r"[\s,]+")
SERVICE_LABELS = {
    Service.CRISIS_LINE: _("Crisis line"),
    Service.HELPLINE: _("Helpline"),
    Service.CHAT: _("Chat"),
    Service.HASH_ON_DEVICE: _("Image hashing on the device (the image is not uploaded)"),
    Service.HASH_BY_UPLOAD: _("Image hashing or removal by upload (the person sends the image)"),
    Service.TAKEDOWN: _("Takedown requests"),
    Service.HOTLINE_REPORT: _("Reporting to a hotline"),
    Service.POLICE_REPORT: _("Reporting to the police"),
    Service.EMOTIONAL_SUPPORT: _("Emotional support"),
    Service.LEGAL_HELP: _("Legal help"),
    Service.ADVICE: _("Advice pages"),
}
SERVES_LABELS = {Serves.ADULT: _("Adults"), Serves.MINOR: _("Minors (under 18)")}


class OrganisationForm(forms.Form):
    org_id = forms.RegexField(
        regex=r"^[a-z0-9_]{2,32}$",
        label=_("Short name (letters a-z, digits and _)"),
        help_text=_("The same short name as a listed entry replaces that entry on this desk."),
    )
    name = forms.CharField(label=_("Name"), max_length=200)
    url = forms.URLField(label=_("Address of its site"), max_length=300, assume_scheme="https")
    countries = forms.CharField(
        label=_("Countries"), max_length=200, help_text=_("ISO codes such as DE, FR; * for any.")
    )
    serves = forms.MultipleChoiceField(
        label=_("Who it serves"),
        choices=list(SERVES_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    services = forms.MultipleChoiceField(
        label=_("What it does"),
        choices=list(SERVICE_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.CharField(
        label=_("Languages"), max_length=100, help_text=_("Codes such as de, en.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=60, required=False)
    text = forms.CharField(label=_("Text or messaging"), max_length=60, required=False)
    hours = forms.CharField(label=_("Hours"), max_length=200, required=False)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    notes = forms.CharField(label=_("What to know"), max_length=1000, widget=forms.Textarea)
    source = forms.URLField(
        label=_("The page you checked these details on"),
        max_length=300,
        assume_scheme="https",
        help_text=_("Its own page, read today: the entry is marked checked today."),
    )

    def entry(self, today: datetime.date) -> dict[str, Any]:
        """The data file's shape of what was typed, checked on ``today`` at ``source``."""
        data = self.cleaned_data
        check = checked_today(data["source"], today)
        details = {key: (data[key].strip() or None) for key in CHECKED_DETAILS}
        return {
            "id": data["org_id"],
            "name": data["name"],
            "url": data["url"],
            "countries": [c.upper() for c in _LIST.split(data["countries"].strip()) if c],
            "serves": list(data["serves"]),
            "services": list(data["services"]),
            "languages": [c.lower() for c in _LIST.split(data["languages"].strip()) if c],
            **details,
            "notes": data["notes"],
            "checks": {"facts": check, **{k: check for k, v in details.items() if v}},
        }


def initial_of(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "org_id": entry["id"],
        **{k: entry.get(k) or "" for k in ("name", "url", "notes", *CHECKED_DETAILS)},
        "countries": ", ".join(entry["countries"]),
        "languages": ", ".join(entry["languages"]),
        "serves": entry["serves"],
        "services": entry["services"],
        "source": entry["checks"]["facts"]["source"],
    }
