"""The desk's "Rules for your server": the community-guidance texts, ready to copy."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from haven.core.errors import NotFound
from haven.policy import rules
from haven.policy.languages import DEFAULT_LANGUAGE, LANGUAGES
from haven.web.http import StaffRequest


def server_rules(request: StaffRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        raise NotFound()
    try:
        lang = rules.language(request.GET.get("lang", DEFAULT_LANGUAGE))
    except rules.UnknownLanguage:
        # Never echo the parameter back: a missing language looks like any missing page.
        raise NotFound() from None
    return render(
        request,
        "web/policy.html",
        {
            "lang": lang,
            "languages": LANGUAGES.items(),
            "texts": rules.texts_in(lang),
            "limit": rules.MASTODON_RULE_LIMIT,
        },
    )
