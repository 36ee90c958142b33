"""The demo: synthetic cases, and a demo lead who signs in with the printed credentials."""

from __future__ import annotations

import base64
import io
import logging
import re

from django.core.management import call_command
from django.test import Client
from django_otp.oath import TOTP

from haven.cases.models import Case, Subject
from haven.cases.timeline import verify_timeline
from haven.testing.demo import DEMO_CASES


def _printed(output: str, label: str) -> str:
    match = re.search(rf"^\s*{label}:\s*(\S+)", output, re.MULTILINE)
    assert match, f"{label} not printed"
    return match.group(1)


def _sign_in(output: str) -> Client:
    secret = _printed(output, "TOTP secret")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    client = Client(secure=True)
    response = client.post(
        "/accounts/login/",
        {"username": _printed(output, "User name"), "password": _printed(output, "Password")},
    )
    assert response.status_code == 302
    response = client.post("/accounts/verify/", {"token": f"{TOTP(key).token():06d}"})
    assert response.status_code == 302
    return client


def test_demo_lead_signs_in_and_sees_the_demo_cases(db):
    out = io.StringIO()
    call_command("haven_demo", stdout=out)
    output = out.getvalue()
    assert "http://127.0.0.1:8000/" in output
    assert Case.objects.count() == len(DEMO_CASES)
    assert Subject.objects.count() == 3  # one sender appears in two cases
    assert all(verify_timeline(case).ok for case in Case.objects.all())

    page = _sign_in(output).get("/").content.decode()
    open_cases = Case.objects.exclude(status="closed")
    assert open_cases.count() >= 4
    for case in open_cases:
        assert case.pk in page


def test_running_demo_again_issues_fresh_credentials_and_no_new_cases(db):
    first, second = io.StringIO(), io.StringIO()
    call_command("haven_demo", stdout=first)
    call_command("haven_demo", stdout=second)
    assert _printed(first.getvalue(), "Password") != _printed(second.getvalue(), "Password")
    assert Case.objects.count() == len(DEMO_CASES)
    assert "already loaded" in second.getvalue()
    _sign_in(second.getvalue())


def test_no_routine_log_lines_among_the_printed_credentials(db, caplog):
    caplog.set_level(logging.INFO)
    call_command("haven_demo", stdout=io.StringIO())
    assert not [r for r in caplog.records if r.name.startswith("haven.")]
    assert logging.getLogger("haven").level != logging.WARNING  # put back afterwards


def test_demo_prints_the_moderators_credentials_too(db):
    out = io.StringIO()
    call_command("haven_demo", stdout=out)
    lead_part, moderator_part = out.getvalue().split("As the moderator")
    assert _printed(lead_part, "User name") == "demo-lead"
    assert _printed(moderator_part, "User name") == "demo-moderator"
    client = _sign_in(moderator_part)
    assert client.get("/").status_code == 200
    assert int(client.session["_auth_user_id"]) != int(_sign_in(lead_part).session["_auth_user_id"])
