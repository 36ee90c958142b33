"""Mastodon's webhook deliveries at ``POST /hooks/<connection id>/``, through Django's test client.

Signed as Mastodon signs them (the fake Mastodon builds each delivery), answered
from the signature alone, stored before the answer, processed by the real worker
afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection as db
from django.test import Client
from django_tasks_db.models import DBTaskResult

from haven.cases.intake import REPORT_RECEIVED
from haven.cases.models import Case, CaseEvent
from haven.fediverse import credentials
from haven.fediverse.models import (
    Connection,
    DeliveryState,
    ServerReport,
    ServerReportState,
    WebhookDelivery,
)
from haven.fediverse.report_intake import REPORT_FORWARDED
from haven.jobs.worker import run_worker
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon, sign

# The worker manages its own transactions, as in production.
pytestmark = pytest.mark.django_db(transaction=True)

SECRET = b"synthetic-webhook-secret-0123456789"
THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
INNOCUOUS = "synthetic: this account keeps posting the same advert for shoes"
REPORTER_EMAIL = "reporter.private@mailbox.example"
REPORTER_IP = "203.0.113.77"


@pytest.fixture(autouse=True)
def _no_periodic_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    from haven.jobs import periodic

    monkeypatch.setattr(periodic, "_REGISTRY", {})


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def connection(server: FakeMastodon) -> Connection:
    row = Connection(base_url=server.url, software="mastodon", domain=DOMAIN)
    credentials.seal_token(row, ADMIN_TOKEN)
    credentials.seal_webhook_secret(row, SECRET)
    row.save()
    return row


def _report(server: FakeMastodon, comment: str = THREAT) -> str:
    reporter = server.add_account("reporter", email=REPORTER_EMAIL, ip=REPORTER_IP)
    perp = server.add_account("perp", domain="elsewhere.example")
    post = server.add_status(perp, f"<p>{comment}</p>", visibility="direct")
    return server.add_report(comment=comment, target=perp, reporter=reporter, status_ids=(post,))


def _post(connection_id: str, body: bytes, headers: dict[str, str]) -> int:
    extra = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    answer = Client(secure=True).post(
        f"/hooks/{connection_id}/", data=body, content_type="application/json", headers=extra
    )
    return answer.status_code


def _run_tasks() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def _nothing_stored() -> None:
    assert not WebhookDelivery.objects.exists()
    assert not ServerReport.objects.exists()
    assert not Case.objects.exists()
    assert not DBTaskResult.objects.exists()


@pytest.mark.parametrize(
    "signature",
    [
        None,  # missing
        "",
        "sha256=",
        "sha256=not-hex",
        "sha1=" + "0" * 40,
        "sha256=" + "0" * 64,  # well formed, wrong
        "{right}",  # the right one, for another body
    ],
)
def test_a_missing_malformed_or_forged_signature_is_401_and_nothing_is_stored(
    server: FakeMastodon, connection: Connection, signature: str | None
):
    body, headers = server.webhook("report.created", _report(server), secret=SECRET)
    if signature is None:
        del headers["X-Hub-Signature"]
    elif signature == "{right}":
        headers["X-Hub-Signature"] = sign(SECRET, body)
        body = body.replace(b"synthetic", b"Synthetic", 1)
    else:
        headers["X-Hub-Signature"] = signature
    assert _post(connection.pk, body, headers) == 401
    _nothing_stored()


def test_signed_with_another_secret_or_a_malformed_body_is_401(
    server: FakeMastodon, connection: Connection
):
    body, headers = server.webhook("report.created", _report(server), secret=b"someone-else")
    assert _post(connection.pk, body, headers) == 401
    for junk in (b"not json", b'{"event": "report.created"}', b'{"event": 1, "object": []}'):
        assert _post(connection.pk, junk, {"X-Hub-Signature": sign(SECRET, junk)}) == 401
    _nothing_stored()


def test_an_unknown_or_inactive_connection_is_the_same_401(
    server: FakeMastodon, connection: Connection
):
    body, headers = server.webhook("report.created", _report(server), secret=SECRET)
    forged = Client(secure=True).post(
        f"/hooks/{connection.pk}/",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature": "sha256=" + "1" * 64},
    )
    unknown = Client(secure=True).post(
        "/hooks/no-such-connection/",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature": headers["X-Hub-Signature"]},
    )
    assert unknown.status_code == forged.status_code == 401
    assert unknown.content == forged.content == b""
    Connection.objects.filter(pk=connection.pk).update(active=False)
    assert _post(connection.pk, body, headers) == 401
    _nothing_stored()


def test_a_get_is_refused(connection: Connection):
    assert Client(secure=True).get(f"/hooks/{connection.pk}/").status_code == 405


def test_a_good_delivery_is_stored_before_the_answer_and_processed_in_a_task(
    server: FakeMastodon, connection: Connection
):
    report_id = _report(server)
    body, headers = server.webhook("report.created", report_id, secret=SECRET)
    before = len(server.requests)
    assert _post(connection.pk, body, headers) == 202
    # Stored, its task queued, and nothing asked of the server in the request.
    row = WebhookDelivery.objects.get()
    assert (row.event, row.object_id, row.state) == ("report.created", report_id, "received")
    task = DBTaskResult.objects.get()
    assert task.task_path.endswith("process_delivery") and task.args_kwargs["args"] == [row.pk]
    assert len(server.requests) == before
    assert not ServerReport.objects.exists() and not Case.objects.exists()

    _run_tasks()
    row.refresh_from_db()
    assert row.state == DeliveryState.PROCESSED and row.processed_at is not None
    assert server.requests_to("GET", rf"/api/v1/admin/reports/{report_id}")
    report = ServerReport.objects.get()
    assert report.flagged and report.state == ServerReportState.OPENED
    assert Case.objects.count() == 1


def test_the_same_delivery_twice_is_one_report_one_case_one_event(
    server: FakeMastodon, connection: Connection
):
    report_id = _report(server)
    body, headers = server.webhook("report.created", report_id, secret=SECRET)
    assert _post(connection.pk, body, headers) == 202
    assert _post(connection.pk, body, headers) == 200  # a retry: acknowledged, not stored
    assert WebhookDelivery.objects.get().repeats == 1
    _run_tasks()
    # Mastodon also says when the report changes: a new delivery, the same report.
    server.reports[report_id]["updated_at"] = "2030-01-01T00:00:00.000Z"
    updated, signed = server.webhook("report.updated", report_id, secret=SECRET)
    assert _post(connection.pk, updated, signed) == 202
    _run_tasks()
    assert _post(connection.pk, body, headers) == 200  # a late retry of the first
    _run_tasks()

    assert ServerReport.objects.count() == 1
    case = Case.objects.get()
    received = CaseEvent.objects.filter(case=case, type=REPORT_RECEIVED.name)
    assert received.count() == 1
    assert WebhookDelivery.objects.count() == 2
    assert set(WebhookDelivery.objects.values_list("state", flat=True)) == {"processed"}


def test_a_report_the_detector_does_not_flag_is_listed(
    server: FakeMastodon, connection: Connection
):
    body, headers = server.webhook("report.created", _report(server, INNOCUOUS), secret=SECRET)
    assert _post(connection.pk, body, headers) == 202
    _run_tasks()
    report = ServerReport.objects.get()
    assert not report.flagged and report.state == ServerReportState.LISTED
    assert not Case.objects.exists()


def test_an_event_haven_does_not_act_on_is_acknowledged_and_not_kept(
    server: FakeMastodon, connection: Connection
):
    body = b'{"event":"account.created","created_at":"2026-01-01T00:00:00Z","object":{"id":"1"}}'
    assert _post(connection.pk, body, {"X-Hub-Signature": sign(SECRET, body)}) == 204
    _nothing_stored()


def test_a_server_down_while_processing_is_retried_and_nothing_is_lost(
    server: FakeMastodon, connection: Connection, settings
):
    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    body, headers = server.webhook("report.created", _report(server), secret=SECRET)
    assert _post(connection.pk, body, headers) == 202
    server.fail_next(status=500)
    _run_tasks()
    assert WebhookDelivery.objects.get().state == DeliveryState.PROCESSED
    assert Case.objects.count() == 1
    deliveries = DBTaskResult.objects.filter(task_path__endswith="process_delivery")
    assert deliveries.count() == 2  # the failed run and its retry


def test_the_reporters_email_and_address_are_stored_nowhere(
    server: FakeMastodon, connection: Connection
):
    body, headers = server.webhook("report.created", _report(server), secret=SECRET)
    assert REPORTER_EMAIL.encode() in body and REPORTER_IP.encode() in body
    assert _post(connection.pk, body, headers) == 202
    _run_tasks()
    assert Case.objects.count() == 1

    found, scanned = [], 0
    with db.cursor() as cursor:
        for table in db.introspection.table_names():
            cursor.execute(f"SELECT * FROM {db.ops.quote_name(table)}")  # noqa: S608 (our own table names)
            for row in cursor.fetchall():
                scanned += 1
                text = repr(row)
                if REPORTER_EMAIL in text or REPORTER_IP in text or "mailbox.example" in text:
                    found.append(table)
    assert found == [] and scanned > 50
    for path in Path(settings.HAVEN_DATA_DIR).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert REPORTER_EMAIL.encode() not in data and REPORTER_IP.encode() not in data


def test_a_refused_token_fails_the_delivery_at_once_for_a_lead_to_see(
    server: FakeMastodon, connection: Connection
):
    from haven.jobs.models import FailedJob

    body, headers = server.webhook("report.created", _report(server), secret=SECRET)
    assert _post(connection.pk, body, headers) == 202
    server.tokens.clear()  # the token was revoked on the server
    _run_tasks()
    assert WebhookDelivery.objects.get().state == DeliveryState.FAILED
    job = FailedJob.objects.get()
    assert (job.error_code, job.attempts) == ("delivery_refused", 1)
    assert not Case.objects.exists()


def test_a_report_the_reporter_forwarded_says_so_on_the_case(
    server: FakeMastodon, connection: Connection, personas, login
):
    perp = server.add_account("perp", domain="elsewhere.example")
    post = server.add_status(perp, f"<p>{THREAT}</p>", visibility="direct")
    kept = server.add_report(comment=THREAT, target=perp, status_ids=(post,))
    sent_on = server.add_report(comment=THREAT, target=perp, status_ids=(post,), forwarded=True)
    for report_id in (kept, sent_on):
        body, headers = server.webhook("report.created", report_id, secret=SECRET)
        assert _post(connection.pk, body, headers) == 202
        _run_tasks()
        case = Case.objects.get()  # the second report joins the first one's case
        forwarded = case.events.filter(type=REPORT_FORWARDED.name).count()
        assert forwarded == (report_id == sent_on)

    page = login(personas.lead).get(f"/cases/{case.pk}/server/").content.decode()
    assert "This report was forwarded to the reported account" in page


def test_a_delivery_that_exhausts_its_retries_is_failed_with_its_reason_for_leads(
    server: FakeMastodon, connection: Connection, settings, personas, login
):
    from django.core.management import call_command

    from haven.jobs.models import FailedJob

    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    settings.HAVEN_TASK_MAX_ATTEMPTS = 3
    report_id = _report(server)
    body, headers = server.webhook("report.created", report_id, secret=SECRET)
    assert _post(connection.pk, body, headers) == 202
    server.fail_next(count=50, status=503)  # down for longer than Haven tries
    _run_tasks()

    row = WebhookDelivery.objects.get()
    assert (row.state, row.failure, row.attempts) == (
        DeliveryState.FAILED,
        "server_unavailable",
        3,
    )
    job = FailedJob.objects.get()
    assert (job.error_code, job.attempts) == ("delivery_gave_up", 3)
    assert not Case.objects.exists()

    page = login(personas.lead).get("/servers/").content.decode()
    assert "Deliveries given up" in page and "server_unavailable" in page
    out = StringIO()
    call_command("haven_connections", connection.pk, stdout=out)
    assert f"report.created report {report_id}: server_unavailable after 3 tries" in out.getvalue()

    # The server is back and a lead runs the job again: a fresh round, processed.
    server._failures.clear()
    from haven.fediverse.delivery_tasks import process_delivery

    process_delivery.enqueue(row.pk)
    _run_tasks()
    row.refresh_from_db()
    assert (row.state, row.failure) == (DeliveryState.PROCESSED, "")
    assert Case.objects.count() == 1
