"""Login in two steps: password (throttled by axes), then a TOTP or recovery code."""

from __future__ import annotations

from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, login as otp_login

from haven.accounts.middleware import SESSION_LOGIN_AT


@never_cache
@csrf_protect
def login_view(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        return redirect("accounts:verify")
    return render(request, "accounts/login.html", {"form": form, "expired": "expired" in request.GET})


@never_cache
@csrf_protect
def verify_view(request: HttpRequest) -> HttpResponse:
    error = None
    if request.method == "POST":
        token = request.POST.get("token", "").replace(" ", "")
        for device in devices_for_user(request.user, confirmed=True):
            if token and device.verify_token(token):
                otp_login(request, device)
                import time

                request.session[SESSION_LOGIN_AT] = time.time()
                return redirect("web:home")
        error = _("That code is not valid. Check the time on your phone and try again.")
    return render(request, "accounts/verify.html", {"error": error})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


def locked_out(request: HttpRequest, credentials: dict | None = None, *args: object, **kwargs: object) -> HttpResponse:
    return render(request, "accounts/locked.html", status=429)
