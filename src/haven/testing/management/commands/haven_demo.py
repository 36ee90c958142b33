from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError

from haven.accounts import actions as accounts
from haven.accounts.models import Role, User
from haven.core.command import HavenCommand
from haven.testing.demo import demo_loaded, load_demo_cases, real_cases_exist

LEAD, MODERATOR = "demo-lead", "demo-moderator"


class Command(HavenCommand):
    help = (
        "Load a handful of synthetic demo cases and create a demo safety lead (and a demo "
        "moderator), then print the address, user name, password and TOTP secret to sign in "
        "with. Running it again issues fresh credentials and leaves the cases as they are. "
        "For trying Haven out: never on a server with real cases."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if real_cases_exist():
            raise CommandError(
                "This Haven holds cases that are not demo cases: the demo (and its lead, who "
                "sees every case) is refused here."
            )
        password, moderator_password = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
        with _quiet():
            lead = self._enrol(LEAD, Role.LEAD, password)
            moderator = self._enrol(MODERATOR, Role.MODERATOR, moderator_password)
            if demo_loaded():
                self.stdout.write("The demo cases were already loaded.")
            else:
                cases = load_demo_cases(lead.user, moderator.user)
                self.stdout.write(f"Loaded {len(cases)} synthetic demo cases.")
        self.stdout.write(f"\nSign in to the demo at {settings.HAVEN_PUBLIC_URL}/")
        self._credentials("As the safety lead (sees every case):", LEAD, password, lead)
        self._credentials(
            "As the moderator (sees the cases of their team):",
            MODERATOR,
            moderator_password,
            moderator,
        )

    def _credentials(
        self, title: str, username: str, password: str, enrolment: accounts.Enrolment
    ) -> None:
        self.stdout.write(
            f"\n{title}\n"
            f"  User name:   {username}\n"
            f"  Password:    {password}\n"
            f"  TOTP secret: {enrolment.secret_base32}\n"
            f"  (add the secret to an authenticator app, or use: {enrolment.otpauth_uri} )\n"
            f"  Recovery codes: {' '.join(enrolment.recovery_codes)}\n"
        )

    def _enrol(self, username: str, role: str, password: str) -> accounts.Enrolment:
        existing = User.objects.filter(username=username).first()
        if existing is not None:
            existing.set_password(password)
            existing.save(update_fields=["password"])
            return accounts.reset_second_factor(existing)
        return accounts.create_team_member(username, role, password)


@contextmanager
def _quiet() -> Iterator[None]:
    """Haven's routine INFO lines would be printed between the credentials."""
    logger = logging.getLogger("haven")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)
