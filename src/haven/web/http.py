from __future__ import annotations

from django.http import HttpRequest

from haven.accounts.models import User


class StaffRequest(HttpRequest):
    """A request that passed RequireSecondFactorMiddleware: its user is a verified team member."""

    user: User  # narrowed by the middleware, not by Django
