"""Resolving a case's report from its "On the server" page, against the fake GoToSocial."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haven.cases import actions, victim_wishes
from haven.cases.models import Case
from haven.fediverse import capture_run, credentials, outbox, polling
from haven.fediverse.models import ActionState, Connection, EnforcementAction
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
NEUTRAL = "Thank you: we acted on this report."


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _case(server: FakeGoToSocial, personas) -> tuple[Case, str]:
    perp = server.add_account("perp", domain="elsewhere.example")
    report_id = server.add_report(comment=THREAT, target=perp)
    connection = Connection(base_url=server.url, software="gotosocial", domain=DOMAIN)
    credentials.seal_token(connection, ADMIN_TOKEN)
    connection.save()
    polling.sync(connection)
    case = Case.objects.get()
    actions.add_member(case, personas.moderator, acting_user=personas.lead)
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic: gone", safety="synthetic"
    )
    return case, report_id


def _url(case: Case) -> str:
    return f"/cases/{case.pk}/server/reports/{case.captures.get().pk}/resolve/"


def test_a_report_is_resolved_after_its_capture_with_a_neutral_text(
    server: FakeGoToSocial, personas, login
):
    case, report_id = _case(server, personas)
    client = login(personas.moderator)
    page = client.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Resolve a report on the server" in page
    assert "shown to the person who filed it" in page  # what it causes, before asking
    form = {"reason": "synthetic: handled", "text": NEUTRAL, "respects_wishes": "on"}

    client.post(_url(case), form)  # the capture has not run yet
    assert not EnforcementAction.objects.exists()

    capture_run.run(case.captures.get().pk)
    client.post(_url(case), {**form, "text": f"About: {THREAT}"})  # quotes the report
    client.post(_url(case), {**form, "respects_wishes": ""})  # wishes not confirmed
    assert not EnforcementAction.objects.exists()

    answer = client.post(_url(case), form)
    assert answer.status_code == 302
    action = EnforcementAction.objects.get()
    assert action.report_id == report_id and action.kind == "resolve_report"
    assert outbox.execute(action.pk) == ActionState.DONE
    [sent] = server.requests_to("POST", rf"/api/v1/admin/reports/{report_id}/resolve")
    assert sent.form == {"action_taken_comment": [NEUTRAL]}


def test_outsiders_get_not_found(server: FakeGoToSocial, personas, login):
    case, _ = _case(server, personas)
    capture_run.run(case.captures.get().pk)
    answer = login(personas.outsider).post(_url(case), {"reason": "x", "respects_wishes": "on"})
    assert answer.status_code == 404
    other = f"/cases/{case.pk}/server/reports/not-a-capture/resolve/"
    assert login(personas.moderator).post(other, {"reason": "x"}).status_code == 404
    assert not EnforcementAction.objects.exists()
