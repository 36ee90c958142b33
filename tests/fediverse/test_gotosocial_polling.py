"""Haven polls the fake GoToSocial end to end, and its outbox suspends there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haven.cases.models import Case
from haven.fediverse import capture_run, credentials, outbox, polling
from haven.fediverse.models import ActionState, Connection, ServerReport, ServerReportState
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
INNOCUOUS = "synthetic: this account keeps posting the same advert for shoes"


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _connect(server: FakeGoToSocial) -> Connection:
    connection = Connection(base_url=server.url, software="gotosocial", domain=DOMAIN)
    credentials.seal_token(connection, ADMIN_TOKEN)
    connection.save()
    return connection


def test_sync_files_the_threat_lists_the_rest_and_nothing_twice(server: FakeGoToSocial):
    perp = server.add_account("perp", domain="elsewhere.example")
    spammer = server.add_account("shoes", domain="elsewhere.example")
    threat = server.add_report(comment=THREAT, target=perp)
    advert = server.add_report(comment=INNOCUOUS, target=spammer)
    connection = _connect(server)

    run = polling.sync(connection)
    assert run.reports == 2 and not run.rate_limited
    assert Case.objects.count() == 1
    rows = {r.remote_id: r for r in ServerReport.objects.filter(connection=connection)}
    assert rows[threat].state == ServerReportState.OPENED and rows[threat].flagged
    assert rows[advert].state == ServerReportState.LISTED
    connection.refresh_from_db()
    assert connection.poll_cursor and connection.polled_at is not None

    newer = server.add_report(comment=INNOCUOUS, target=spammer)
    run = polling.sync(connection)
    assert run.reports == 1  # only the new one is read again
    assert Case.objects.count() == 1
    assert ServerReport.objects.filter(connection=connection).count() == 3
    assert ServerReport.objects.get(remote_id=newer).state == ServerReportState.LISTED


def test_sync_stops_on_a_rate_limit_and_waits(server: FakeGoToSocial):
    connection = _connect(server)
    server.rate_limit_next(reset_in=90)
    run = polling.sync(connection)
    assert run.rate_limited
    connection.refresh_from_db()
    assert connection.poll_not_before is not None


def test_outbox_suspends_on_gotosocial(server: FakeGoToSocial, personas):
    perp = server.add_account("perp", domain="elsewhere.example")
    server.add_report(comment=THREAT, target=perp)
    connection = _connect(server)
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
    assert outbox.execute(action.pk) == ActionState.DONE
    assert perp not in server.accounts
    [sent] = server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")
    assert sent.form == {"type": ["suspend"]}


def test_outbox_dry_run_records_the_requests_and_sends_none(server: FakeGoToSocial, personas):
    perp = server.add_account("perp", domain="elsewhere.example")
    server.add_report(comment=THREAT, target=perp)
    connection = _connect(server)
    polling.sync(connection)
    capture_run.run(Case.objects.get().captures.get().pk)
    action = outbox.request_action(
        Case.objects.get(),
        connection,
        "suspend",
        acting_user=personas.lead,
        reason="synthetic: sextortion confirmed",
        confirmed_wishes=True,
        account_id=perp,
        dry_run=True,
    )
    assert outbox.execute(action.pk) == ActionState.DRY_RUN
    action.refresh_from_db()
    planned = outbox.planned_requests(action)
    assert [(p.method, p.path) for p in planned][-1] == (
        "POST",
        f"/api/v1/admin/accounts/{perp}/action",
    )
    assert server.requests_to("POST", r".*") == [] and perp in server.accounts
