"""The confidential report page: the form, its urgent answers, and the page after sending.

Sending answers with a page, never a redirect: the follow-up code is in that
page and nowhere else (not in a URL, a session or a log). Each form carries a
one-time token kept in the session, so sending the same form again (reloading
the page after sending) files nothing twice and shows no code: the second view
gives the form back, as it was written, saying it was not sent again. Nothing
the person wrote ever goes in a URL.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render as django_render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from haven.accounts.client_ip import client_ip
from haven.cases.models import ConsentScope
from haven.core.errors import InvalidInput
from haven.portal import report_help, report_throttle
from haven.portal.report_form import ReportForm, YesNo, country_from_browser
from haven.portal.report_submit import PortalReport, UnreadableUpload, submit_report
from haven.portal.throttle import TooManyAttempts


def render(
    request: HttpRequest, template: str, context: dict[str, Any] | None = None, status: int = 200
) -> HttpResponse:
    """A portal page: its discreet title and quick exit come from the settings."""
    return django_render(request, template, {**portal_context(), **(context or {})}, status=status)


def portal_context() -> dict[str, Any]:
    return {
        "portal_title": settings.HAVEN_PORTAL_TITLE,
        "quick_exit_url": settings.HAVEN_QUICK_EXIT_URL,
    }


SESSION_TOKENS = "portal_report_tokens"
TOKEN_FIELD = "form_token"  # noqa: S105  (a field name, not a secret)
# Several tabs may hold a form at once; each keeps its own token until it is sent.
KEEP_TOKENS = 5


def _new_token(request: HttpRequest) -> str:
    token = secrets.token_urlsafe(24)
    tokens = [*request.session.get(SESSION_TOKENS, []), token][-KEEP_TOKENS:]
    request.session[SESSION_TOKENS] = tokens
    return token


def _spend_token(request: HttpRequest, token: str) -> bool:
    tokens = list(request.session.get(SESSION_TOKENS, []))
    if token not in tokens:
        return False
    tokens.remove(token)
    request.session[SESSION_TOKENS] = tokens
    return True


def _has_token(request: HttpRequest, token: str) -> bool:
    return bool(token) and token in request.session.get(SESSION_TOKENS, [])


def _answers(form: ReportForm) -> tuple[str, bool, bool]:
    data = form.data
    country = str(data.get("country", "")).strip().upper()[:2]
    known = {code for code, _name in form.fields["country"].choices if code}  # type: ignore[attr-defined]
    return (
        country if country in known else "",
        data.get("under_18") == YesNo.YES,
        data.get("danger") == YesNo.YES,
    )


def _form_page(
    request: HttpRequest,
    form: ReportForm,
    token: str,
    *,
    problem: str = "",
    status: int = 200,
) -> HttpResponse:
    country, under_18, danger = _answers(form) if form.is_bound else ("", False, False)
    context: dict[str, Any] = {
        "form": form,
        "token": token,
        "token_field": TOKEN_FIELD,
        "problem": problem,
        "urgent": report_help.urgent(country, under_18=under_18, danger=danger),
        "under_18": under_18,
        "danger": danger,
    }
    return render(request, "portal/report.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        form = ReportForm()
        known = {code for code, _name in form.fields["country"].choices if code}  # type: ignore[attr-defined]
        form.initial["country"] = country_from_browser(request, known)
        return _form_page(request, form, _new_token(request))
    token = str(request.POST.get(TOKEN_FIELD, ""))
    form = ReportForm(request.POST, request.FILES)
    if not _has_token(request, token):
        # Sent already (a reload), or open longer than the session lasts: nothing is
        # filed again and no code is shown, but nothing written is thrown away either.
        problem = _(
            "This form was sent already, or was open for a long time, so it was not sent "
            "now. If you did not see a follow-up code after sending it, please send it again."
        )
        return _form_page(request, form, _new_token(request), problem=problem, status=409)
    if not form.is_valid():
        problem = _("Please check the answers marked below. Nothing was sent yet.")
        return _form_page(request, form, token, problem=problem, status=400)
    # Counted once the form is whole: filing is what costs (a slow hash per code).
    try:
        report_throttle.spend_submission(client_ip(request) or "unknown")
    except TooManyAttempts as limited:
        response = _form_page(request, form, token, problem=limited.message, status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    try:
        sent = submit_report(_portal_report(form, request))
    except UnreadableUpload as refused:
        form.add_error("evidence", refused.message)
        problem = _("Please check the answers marked below. Nothing was sent yet.")
        return _form_page(request, form, token, problem=problem, status=400)
    except InvalidInput as refused:
        return _form_page(request, form, token, problem=refused.message, status=400)
    _spend_token(request, token)
    country, under_18, danger = _answers(form)
    context = {
        "code": sent.code.code,
        "code_words": sent.code.code.split(" "),
        "evidence_sent": bool(form.cleaned_data.get("evidence")),
        "evidence_kept": sent.evidence_kept,
        "under_18": under_18,
        "danger": danger,
        "urgent": report_help.urgent(country, under_18=under_18, danger=danger),
        "help": report_help.everything(country, under_18=under_18, danger=danger),
        "lost_code": form.cleaned_data["lost_code"],
    }
    return render(request, "portal/report_sent.html", context)


def _portal_report(form: ReportForm, request: HttpRequest) -> PortalReport:
    data = form.cleaned_data
    upload = data.get("evidence")
    return PortalReport(
        happening=data["happening"],
        who=tuple(data["who"]),
        where=data["where"],
        own_handle=data["own_handle"],
        under_18=data["under_18"] == YesNo.YES,
        danger=data["danger"] == YesNo.YES,
        outcome=data["outcome"],
        safety=data["safety"],
        consents=tuple(ConsentScope(scope) for scope in form.consents()),
        lost_code=data["lost_code"],
        evidence=upload.read() if upload else None,
    )


@require_POST
def urgent_help(request: HttpRequest) -> HttpResponse:
    """The urgent answers for the form's current choices, for the page's script to show.

    A POST, so that not even the answers about age and danger are in a URL.
    """
    form = ReportForm(request.POST)
    country, under_18, danger = _answers(form)
    context = {
        "urgent": report_help.urgent(country, under_18=under_18, danger=danger),
        "under_18": under_18,
        "danger": danger,
    }
    return render(request, "portal/_urgent.html", context)
