"""Someone leaves the safety team: sign-in refused, sessions ended, cases gone from view."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from haven.cases import actions
from haven.testing.personas import PASSWORD


def test_deactivated_member_loses_session_sign_in_and_cases(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    client = login(personas.moderator)
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    out = io.StringIO()
    call_command("haven_deactivate", personas.moderator.username, stdout=out)
    assert "1 session(s) ended" in out.getvalue()
    assert client.get(f"/cases/{case.pk}/").status_code == 302  # sent to sign in
    fresh = Client(secure=True)
    response = fresh.post(
        "/accounts/login/", {"username": personas.moderator.username, "password": PASSWORD}
    )
    assert response.status_code == 200  # the form again, not the second step
    with pytest.raises(CommandError):
        call_command("haven_deactivate", personas.moderator.username)
