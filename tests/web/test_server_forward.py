"""Forwarding a case's report from its "On the server" page, against the fake Misskey."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.utils import timezone

from haven.cases import actions, victim_wishes
from haven.cases.models import Case
from haven.fediverse import credentials, outbox
from haven.fediverse.models import (
    ActionState,
    CaptureRun,
    CaptureState,
    Connection,
    EnforcementAction,
)
from haven.testing.fakes.mastodon import ADMIN_TOKEN as MASTODON_TOKEN
from haven.testing.fakes.mastodon import FakeMastodon
from haven.testing.fakes.misskey import DOMAIN, MODERATOR_TOKEN, FakeMisskey

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your pictures, pay 300 in bitcoin or everyone sees them"
FORWARD = "/api/admin/forward-abuse-user-report"


@pytest.fixture
def server() -> Iterator[FakeMisskey]:
    with FakeMisskey() as fake:
        yield fake


def _case(server_url: str, software: str, token: str, report_id: str, personas) -> Case:
    """A case with the report captured, as intake leaves it once the capture is done."""
    connection = Connection(
        base_url=server_url, software=software, domain=DOMAIN, forwarding_allowed=True
    )
    credentials.seal_token(connection, token)
    connection.save()
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic")
    actions.add_party(
        case, "perpetrator", acting_user=personas.moderator, acct="perp@elsewhere.example"
    )
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic: gone", safety="synthetic"
    )
    CaptureRun.objects.create(
        case=case,
        connection=connection,
        remote_report_id=report_id,
        state=CaptureState.DONE,
        hold_until=timezone.now() + timedelta(days=30),
    )
    return case


def _urls(case: Case) -> tuple[str, str]:
    base = f"/cases/{case.pk}/server/reports/{case.captures.get().pk}/forward/"
    return base + "confirm/", base


def test_the_confirm_page_says_exactly_what_goes_to_whom_then_the_forward_is_queued(
    server: FakeMisskey, personas, login
):
    perp = server.add_user("perp", host="elsewhere.example")
    report_id = server.add_report(target=perp, comment="")
    case = _case(server.url, "misskey", MODERATOR_TOKEN, report_id, personas)
    client = login(personas.moderator)
    page = client.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Forward a report to the account" in page and "Show what would be sent" in page

    confirm, forward = _urls(case)
    shown = client.post(confirm, {"reason": "synthetic: tell them"})
    assert shown.status_code == 200
    text = shown.content.decode()
    assert "ActivityPub Flag" in text
    assert "own inbox on elsewhere.example" in text  # to whom
    assert "instance account, not the person who reported" in text  # from whom
    assert f"https://elsewhere.example/users/{perp}" in text  # about what
    assert "None: the report's comment is empty." in text
    assert f"reportId={report_id}" in text and FORWARD in text  # the exact request
    assert server.requests_to("POST", FORWARD) == []  # nothing sent yet

    client.post(forward, {"reason": "synthetic: tell them"})  # wishes not confirmed
    assert not EnforcementAction.objects.exists()
    answer = client.post(forward, {"reason": "synthetic: tell them", "respects_wishes": "on"})
    assert answer.status_code == 302
    action = EnforcementAction.objects.get()
    assert (action.kind, action.report_id) == ("forward_report", report_id)
    assert outbox.execute(action.pk) == ActionState.DONE
    [sent] = server.requests_to("POST", FORWARD)
    assert sent.json == {"reportId": report_id}


def test_a_report_with_a_comment_shows_why_it_will_not_be_forwarded(
    server: FakeMisskey, personas, login
):
    perp = server.add_user("perp", host="elsewhere.example")
    report_id = server.add_report(target=perp, comment=THREAT)
    case = _case(server.url, "misskey", MODERATOR_TOKEN, report_id, personas)
    confirm, forward = _urls(case)
    client = login(personas.moderator)
    text = client.post(confirm, {"reason": "synthetic"}).content.decode()
    assert "Haven will not forward this report" in text
    assert "report&#x27;s own comment" in text
    assert THREAT not in text  # the comment is not echoed on the page
    assert "Confirm and forward it" not in text
    client.post(forward, {"reason": "synthetic", "respects_wishes": "on"})
    assert not EnforcementAction.objects.exists()
    assert server.requests_to("POST", FORWARD) == []


def test_off_or_impossible_says_so_instead_of_a_form(server: FakeMisskey, personas, login):
    perp = server.add_user("perp", host="elsewhere.example")
    case = _case(
        server.url, "misskey", MODERATOR_TOKEN, server.add_report(target=perp, comment=""), personas
    )
    Connection.objects.update(forwarding_allowed=False)
    client = login(personas.moderator)
    page = client.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Forwarding from this server is off" in page and "Show what would be sent" not in page

    with FakeMastodon() as mastodon:
        other = _case(mastodon.url, "mastodon", MASTODON_TOKEN, "1", personas)
        page = client.get(f"/cases/{other.pk}/server/").content.decode()
        assert "Mastodon has no administration call to forward a report" in page


def test_outsiders_get_not_found(server: FakeMisskey, personas, login):
    perp = server.add_user("perp", host="elsewhere.example")
    case = _case(
        server.url, "misskey", MODERATOR_TOKEN, server.add_report(target=perp, comment=""), personas
    )
    confirm, forward = _urls(case)
    outsider = login(personas.outsider)
    assert outsider.post(confirm, {"reason": "x"}).status_code == 404
    assert outsider.post(forward, {"reason": "x", "respects_wishes": "on"}).status_code == 404
    assert not EnforcementAction.objects.exists()
