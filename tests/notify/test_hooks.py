"""Where notifications come from: a case opened, a case turning urgent, an action that failed."""

from __future__ import annotations

import pytest

from haven.cases import actions
from haven.cases.models import Case, Priority
from haven.fediverse import capture_run, credentials, outbox, polling
from haven.fediverse.models import ActionState, Connection
from haven.notify.models import Event, Notification
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"


def _events(case: Case) -> list[tuple[str, int]]:
    return list(
        Notification.objects.filter(case=case)
        .order_by("created_at")
        .values_list("event", "priority")
    )


def test_opening_a_case_records_one_notification_after_commit(personas, opened):
    case = opened(personas)
    assert _events(case) == [(Event.CASE_OPENED, Priority.NORMAL)]


def test_nothing_is_recorded_if_the_case_is_not_kept(personas):
    # Without the commit (the test's transaction is never committed), nothing is told.
    actions.open_case(acting_user=personas.lead)
    assert not Notification.objects.exists()


def test_a_case_turning_urgent_is_told_once_per_priority(
    personas, opened, django_capture_on_commit_callbacks
):
    case = opened(personas)
    for priority in (Priority.HIGH, Priority.NORMAL, Priority.HIGH, Priority.CRITICAL):
        with django_capture_on_commit_callbacks(execute=True):  # each its own commit
            actions.set_priority(case, priority, acting_user=personas.lead)
    assert _events(case) == [
        (Event.CASE_OPENED, Priority.NORMAL),
        (Event.CASE_URGENT, Priority.HIGH),
        (Event.CASE_URGENT, Priority.CRITICAL),
    ]


def test_lowering_a_priority_tells_nobody(personas, opened, django_capture_on_commit_callbacks):
    case = opened(personas, Priority.HIGH)
    with django_capture_on_commit_callbacks(execute=True):
        actions.set_priority(case, Priority.LOW, acting_user=personas.lead)
    assert _events(case) == [(Event.CASE_OPENED, Priority.HIGH)]


def test_a_report_that_opens_a_critical_case_is_told_once(
    personas, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        actions.opening_case(acting_user=personas.lead) as change,
    ):
        change.set_priority(Priority.CRITICAL)
    case = change.case
    assert _events(case) == [(Event.CASE_OPENED, Priority.CRITICAL)]


def test_an_action_that_failed_on_the_server_tells_the_team(
    personas, django_capture_on_commit_callbacks
):
    with FakeGoToSocial() as server:
        perp = server.add_account("perp", domain="elsewhere.example")
        server.add_report(comment=THREAT, target=perp)
        connection = Connection(base_url=server.url, software="gotosocial", domain=DOMAIN)
        credentials.seal_token(connection, ADMIN_TOKEN)
        connection.save()
        polling.sync(connection)
        case = Case.objects.get()
        capture_run.run(case.captures.get().pk)  # no action before the capture
        action = outbox.request_action(
            case,
            connection,
            "suspend",
            acting_user=personas.lead,
            reason="synthetic: sextortion confirmed",
            confirmed_wishes=True,
            account_id=perp,
        )
        credentials.seal_token(connection, "revoked-synthetic-token")
        connection.save()
        before = set(Notification.objects.values_list("pk", flat=True))
        with django_capture_on_commit_callbacks(execute=True):
            assert outbox.execute(action.pk) == ActionState.FAILED
    [failed] = Notification.objects.exclude(pk__in=before)
    assert failed.event == Event.ACTION_FAILED and failed.case_id == case.pk
