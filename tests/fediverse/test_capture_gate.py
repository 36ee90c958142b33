"""No action and no resolution runs on a case whose capture has not finished."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haven.cases.models import Case
from haven.core.errors import Conflict
from haven.fediverse import capture_run, outbox, polling
from haven.fediverse.models import ActionState, CaptureRun, EnforcementAction
from haven.testing.fakes.gotosocial import FakeGoToSocial
from tests.cases.helpers import event_types
from tests.fediverse.test_capture import THREAT, connect
from tests.web.helpers import post_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _case(server: FakeGoToSocial) -> tuple[Case, str, str]:
    perp = server.add_account("perp", domain="elsewhere.example")
    report = server.add_report(comment=THREAT, target=perp)
    polling.sync(connect(server))
    return Case.objects.get(), perp, report


def _suspend(case: Case, perp: str, lead) -> EnforcementAction:
    return outbox.request_action(
        case,
        case.captures.get().connection,
        "suspend",
        acting_user=lead,
        reason="synthetic: sextortion confirmed",
        confirmed_wishes=True,
        account_id=perp,
    )


def test_an_action_is_refused_until_the_capture_is_done_then_allowed(server, personas):
    case, perp, report = _case(server)
    with pytest.raises(Conflict) as refused:
        _suspend(case, perp, personas.lead)
    assert refused.value.code == "capture_pending"
    assert "capturing" in refused.value.message
    with pytest.raises(Conflict):
        outbox.request_action(
            case,
            case.captures.get().connection,
            "resolve_report",
            acting_user=personas.lead,
            reason="synthetic: done",
            confirmed_wishes=True,
            report_id=report,
        )
    assert not EnforcementAction.objects.exists()
    assert server.requests_to("POST", r".*") == []

    capture_run.run(CaptureRun.objects.get(case=case).pk)
    action = _suspend(case, perp, personas.lead)
    assert outbox.execute(action.pk) == ActionState.DONE
    assert perp not in server.accounts


def test_a_failed_capture_refuses_with_its_own_message(server, personas):
    case, perp, _ = _case(server)
    server.reports.clear()
    capture_run.run(CaptureRun.objects.get(case=case).pk)
    with pytest.raises(Conflict) as refused:
        _suspend(case, perp, personas.lead)
    assert refused.value.code == "capture_failed"


def test_execute_checks_again_and_waits_for_a_new_capture(server, personas):
    case, perp, _ = _case(server)
    capture_run.run(CaptureRun.objects.get(case=case).pk)
    action = _suspend(case, perp, personas.lead)
    # A second report on the same perpetrator joins the case: its capture is pending.
    server.add_report(comment=THREAT, target=perp)
    polling.sync(case.captures.first().connection)
    assert CaptureRun.objects.filter(case=case).count() == 2
    assert outbox.execute(action.pk) == ActionState.WAITING
    assert server.requests_to("POST", r".*") == [] and perp in server.accounts
    assert "enforcement.held_for_capture" in event_types(case)


def test_the_server_page_says_why_the_action_was_refused(server, personas, login):
    case, _perp, _ = _case(server)
    connection = case.captures.get().connection
    party = outbox.perpetrator_accounts(case)[0]
    client = login(personas.lead)
    response = post_refused(
        client,
        f"/cases/{case.pk}/server/request/",
        {
            "connection": connection.pk,
            "kind": "suspend",
            "target": party.party_id,
            "reason": "synthetic: sextortion confirmed",
            "respects_wishes": "on",
        },
        at="ask",
    )
    assert "still capturing the reported posts" in response.content.decode()
    assert not EnforcementAction.objects.exists()
