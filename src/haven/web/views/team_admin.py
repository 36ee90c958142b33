"""Managing the safety team in the browser, for safety leads; 404 for everyone else.

Secrets (a new password, the authenticator key, recovery codes) are in one
response only, never in the session, a message or a log, and never cached.
"""

from __future__ import annotations

import segno
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from haven.accounts import administration
from haven.accounts.actions import Enrolment
from haven.accounts.models import Role, User
from haven.core.errors import HavenError, NotFound
from haven.web import forms
from haven.web.http import StaffRequest


def _lead_only(request: StaffRequest, *methods: str) -> None:
    if request.method not in methods or not request.user.is_lead:
        raise NotFound()


def qr_svg(uri: str) -> SafeString:
    """The authenticator address as an inline SVG, drawn here: no script, no request out."""
    svg = segno.make(uri, error="m").svg_inline(
        scale=5, border=4, dark="#000", light="#fff", title=_("QR code for the authenticator app")
    )
    return mark_safe(svg)  # noqa: S308 - segno writes the markup; the URI is ours


def _members_page(request: StaffRequest, form: forms.AddMemberForm, status: int = 200):
    members = User.objects.order_by("-is_active", "username")
    context = {"members": members, "form": form, "roles": Role.choices}
    return render(request, "web/team/members.html", context, status=status)


def _enrolment_page(request: StaffRequest, enrolment: Enrolment, password: str = ""):
    context = {
        "member": enrolment.user,
        "enrolment": enrolment,
        "qr": qr_svg(enrolment.otpauth_uri),
        "password": password,
    }
    response = render(request, "web/team/enrolment.html", context)
    add_never_cache_headers(response)
    return response


def members(request: StaffRequest) -> HttpResponse:
    _lead_only(request, "GET", "HEAD")
    return _members_page(request, forms.AddMemberForm())


def add_member(request: StaffRequest) -> HttpResponse:
    _lead_only(request, "POST")
    form = forms.AddMemberForm(request.POST)
    if not form.is_valid():
        return _members_page(request, form, status=400)
    try:
        new = administration.add_member(
            form.cleaned_data["username"], form.cleaned_data["role"], acting_user=request.user
        )
    except HavenError as error:
        form.add_error("username", error.message)
        return _members_page(request, form, status=400)
    return _enrolment_page(request, new.enrolment, new.password)


def _target(user_id: int) -> User:
    return get_object_or_404(User, pk=user_id)


def _done(request: StaffRequest, saved: str) -> HttpResponse:
    messages.success(request, saved)
    return redirect("web:team")


def _refused(request: StaffRequest, error: HavenError) -> HttpResponse:
    messages.error(request, error.message)
    return redirect("web:team")


def reset_factor(request: StaffRequest, user_id: int) -> HttpResponse:
    _lead_only(request, "POST")
    member = _target(user_id)
    enrolment = administration.reset_factor(member, acting_user=request.user)
    return _enrolment_page(request, enrolment)


def deactivate(request: StaffRequest, user_id: int) -> HttpResponse:
    _lead_only(request, "POST")
    member = _target(user_id)
    try:
        administration.deactivate(member, acting_user=request.user)
    except HavenError as error:
        return _refused(request, error)
    return _done(
        request,
        _("%(name)s was deactivated and signed out.") % {"name": member.get_username()},
    )


def reactivate(request: StaffRequest, user_id: int) -> HttpResponse:
    _lead_only(request, "POST")
    member = _target(user_id)
    try:
        administration.reactivate(member, acting_user=request.user)
    except HavenError as error:
        return _refused(request, error)
    return _done(request, _("%(name)s can sign in again.") % {"name": member.get_username()})


def change_role(request: StaffRequest, user_id: int) -> HttpResponse:
    _lead_only(request, "POST")
    member = _target(user_id)
    try:
        administration.change_role(member, request.POST.get("role", ""), acting_user=request.user)
    except HavenError as error:
        return _refused(request, error)
    return _done(
        request,
        _("%(name)s is now: %(role)s.")
        % {"name": member.get_username(), "role": member.get_role_display()},
    )
