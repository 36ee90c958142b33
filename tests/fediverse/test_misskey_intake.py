"""Reports reach Haven from the fake Misskey by system webhook and by polling; the outbox acts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client

from haven.cases.models import Case, CaseEvent
from haven.core.errors import InvalidInput
from haven.fediverse import capture_run, credentials, outbox, polling, report_intake
from haven.fediverse.models import (
    ActionState,
    Connection,
    ServerReport,
    ServerReportState,
    WebhookDelivery,
)
from haven.testing.fakes.misskey import DOMAIN, MODERATOR_TOKEN, FakeMisskey

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
INNOCUOUS = "synthetic: this account keeps posting the same advert for shoes"
SECRET = "synthetic-hook-secret"


@pytest.fixture
def server() -> Iterator[FakeMisskey]:
    with FakeMisskey() as fake:
        yield fake


def _connect(server: FakeMisskey, *, secret: str = SECRET) -> Connection:
    connection = Connection(base_url=server.url, software="misskey", domain=DOMAIN)
    credentials.seal_token(connection, MODERATOR_TOKEN)
    if secret:
        credentials.seal_webhook_secret(connection, secret.encode())
    connection.save()
    # Where the operator points Misskey's system webhook; the suite posts it itself.
    server.set_webhook(f"https://haven.example/hooks/{connection.pk}/", secret)
    return connection


def _post(connection_id: str, headers: dict[str, str], body: bytes) -> int:
    extra = {k: v for k, v in headers.items() if k != "Content-Type"}
    response = Client().post(
        f"/hooks/{connection_id}/", body, content_type="application/json", headers=extra
    )
    return response.status_code


def _threat_report(server: FakeMisskey) -> str:
    perp = server.add_user("perp", host="elsewhere.example")
    note = server.add_note(perp, THREAT)
    return server.add_report(target=perp, comment=f"Note: {server.note_url(note)}\n-----\n")


def test_a_wrong_or_missing_secret_is_refused_and_nothing_is_stored(server: FakeMisskey):
    connection = _connect(server)
    headers, body = server.webhook_request("abuseReport", _threat_report(server))
    wrong = {**headers, "X-Misskey-Hook-Secret": SECRET + "x"}
    missing = {k: v for k, v in headers.items() if k != "X-Misskey-Hook-Secret"}
    assert _post(connection.pk, wrong, body) == 401
    assert _post(connection.pk, missing, body) == 401
    assert _post(connection.pk, {**headers, "X-Misskey-Hook-Secret": ""}, body) == 401
    assert _post("no-such-connection", headers, body) == 401
    unset = _connect_second(server)
    assert _post(unset.pk, headers, body) == 401  # no secret stored: nothing can match
    assert WebhookDelivery.objects.count() == 0
    assert ServerReport.objects.count() == 0 and Case.objects.count() == 0


def _connect_second(server: FakeMisskey) -> Connection:
    connection = Connection(base_url=server.url + "/other", software="misskey", domain=DOMAIN)
    credentials.seal_token(connection, MODERATOR_TOKEN)
    connection.save()
    return connection


def test_the_right_secret_takes_the_report_in_once_even_delivered_twice(server: FakeMisskey):
    connection = _connect(server)
    report_id = _threat_report(server)
    headers, body = server.webhook_request("abuseReport", report_id, event_id="synthetic-1")
    assert _post(connection.pk, headers, body) == 202
    assert _post(connection.pk, headers, body) == 200  # Misskey's retry: the same body
    [delivery] = WebhookDelivery.objects.all()
    assert (delivery.event, delivery.object_id, delivery.repeats) == (
        "report.created",
        report_id,
        1,
    )
    for _attempt in range(2):  # what process_delivery does, run twice
        report_intake.take_in(connection, delivery.object_id)
    case = Case.objects.get()
    assert CaseEvent.objects.filter(case=case, type="case.report_received").count() == 1
    row = ServerReport.objects.get(connection=connection)
    assert (row.remote_id, row.state, row.flagged) == (report_id, ServerReportState.OPENED, True)
    # The resolution webhook is accepted too, and nothing of its body is kept.
    server.reports[report_id]["resolved"] = True
    resolved = server.webhook_request("abuseReportResolved", report_id)
    assert _post(connection.pk, *resolved) == 202
    assert not WebhookDelivery.objects.filter(object_id__contains="synthetic").exists()


def test_other_misskey_events_are_acknowledged_and_not_kept(server: FakeMisskey):
    connection = _connect(server)
    headers, _body = server.webhook_request("abuseReport", _threat_report(server))
    body = b'{"type":"userCreated","body":{"id":"a1"},"createdAt":1}'
    assert _post(connection.pk, headers, body) == 204
    assert WebhookDelivery.objects.count() == 0


def test_misskey_is_polled_only_without_a_webhook_secret(server: FakeMisskey):
    assert not polling.should_poll(_connect(server))
    assert polling.should_poll(_connect_second(server))


def test_polling_resumes_after_a_restart_without_missing_or_doubling(server: FakeMisskey):
    spammer = server.add_user("shoes", host="elsewhere.example")
    threat = _threat_report(server)
    advert = server.add_report(target=spammer, comment=INNOCUOUS)
    connection = _connect(server, secret="")

    run = polling.sync(connection)
    assert run.reports == 2 and not run.rate_limited
    rows = {r.remote_id: r for r in ServerReport.objects.filter(connection=connection)}
    assert rows[threat].state == ServerReportState.OPENED
    assert rows[advert].state == ServerReportState.LISTED
    assert Case.objects.count() == 1

    newer = server.add_report(target=spammer, comment=INNOCUOUS)
    restarted = Connection.objects.get(pk=connection.pk)  # as a new worker reads it
    assert restarted.poll_cursor == f"mk1:{advert}"
    run = polling.sync(restarted)
    assert run.reports == 1 and Case.objects.count() == 1
    assert ServerReport.objects.get(remote_id=newer).state == ServerReportState.LISTED
    last = server.requests_to("POST", r"/api/admin/abuse-user-reports")[-2]
    assert last.json["sinceId"] == advert


def test_a_rate_limit_stops_the_round_and_nothing_is_lost(server: FakeMisskey):
    threat = _threat_report(server)
    connection = _connect(server, secret="")
    server.rate_limit_next(reset_in=30)
    run = polling.sync(connection)
    connection.refresh_from_db()
    assert run.rate_limited and connection.poll_not_before is not None
    assert connection not in polling.due_connections()
    assert polling.sync(connection).reports == 1
    assert ServerReport.objects.get().remote_id == threat


def _case_from(server: FakeMisskey) -> tuple[Connection, Case, str, str]:
    perp = server.add_user("perp", host="elsewhere.example")
    note = server.add_note(perp, THREAT)
    server.add_report(target=perp, comment=f"Note: {server.note_url(note)}\n-----\n{THREAT}")
    connection = _connect(server, secret="")
    polling.sync(connection)
    case = Case.objects.get()
    capture_run.run(case.captures.get().pk)  # no action before the capture
    return connection, case, perp, note


def _request(case: Case, connection: Connection, kind: str, personas, **kwargs):
    return outbox.request_action(
        case,
        connection,
        kind,
        acting_user=personas.lead,
        reason="synthetic: sextortion confirmed",
        confirmed_wishes=True,
        **kwargs,
    )


def test_outbox_suspends_on_misskey_once(server: FakeMisskey, personas):
    connection, case, perp, _note = _case_from(server)
    first = _request(case, connection, "suspend", personas, account_id=perp)
    assert outbox.execute(first.pk) == ActionState.DONE
    assert server.users[perp]["isSuspended"]
    [sent] = server.requests_to("POST", r"/api/admin/suspend-user")
    assert sent.json == {"userId": perp}
    again = _request(case, connection, "suspend", personas, account_id=perp)
    assert outbox.execute(again.pk) == ActionState.DONE
    again.refresh_from_db()
    assert again.outcome_reason == "already_done"
    assert len(server.requests_to("POST", r"/api/admin/suspend-user")) == 1


def test_outbox_deletes_the_reported_note(server: FakeMisskey, personas):
    connection, case, _perp, note = _case_from(server)
    action = _request(case, connection, "delete_status", personas, status_id=note)
    assert outbox.execute(action.pk) == ActionState.DONE
    assert note not in server.notes
    assert server.requests_to("POST", r"/api/notes/delete")[0].json == {"noteId": note}


def test_the_leak_guard_stops_any_text_before_it_reaches_misskey(server: FakeMisskey, personas):
    connection, case, perp, _note = _case_from(server)
    before = len(server.requests)
    for leaking in (
        "Suspended after the report by reporter.",  # the reporter's user name
        "Note that I have your nudes, pay 500 in bitcoin.",  # a sentence of the report
        f"About {case.pk}.",
    ):
        with pytest.raises(InvalidInput) as refused:
            _request(case, connection, "suspend", personas, account_id=perp, text=leaking)
        assert refused.value.code == "leak_guard"
    assert len(server.requests) == before  # nothing was sent
    neutral = _request(
        case, connection, "suspend", personas, account_id=perp, text="Rules were broken."
    )
    assert outbox.execute(neutral.pk) == ActionState.DONE
    assert all(b"Rules were broken" not in r.body for r in server.requests)
