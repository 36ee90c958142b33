"""A server report on a case: what it points at is captured first (against the fake GoToSocial)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.db import connection as db
from django.utils import timezone

from haven.cases import consent
from haven.cases.models import Case, ConsentScope
from haven.evidence import store, vault
from haven.evidence.intake import read_source
from haven.evidence.models import EvidenceItem, EvidenceSource
from haven.fediverse import capture_hold, capture_run, credentials, polling
from haven.fediverse.models import (
    CapturedWhat,
    CaptureRun,
    CaptureState,
    Connection,
    HeldItem,
    HoldState,
)
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial
from tests.cases.helpers import assert_timeline_ok, event_types, synthetic_png

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
REPORTER_EMAIL = "canary-reporter-4417@mail.example"
REPORTER_IP = "198.51.100.77"


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def connect(server: FakeGoToSocial, **fields: object) -> Connection:
    connection = Connection(base_url=server.url, software="gotosocial", domain=DOMAIN, **fields)
    credentials.seal_token(connection, ADMIN_TOKEN)
    connection.save()
    return connection


def reported_case(server: FakeGoToSocial, *, media: bytes | None = None) -> tuple[Case, str]:
    perp = server.add_account("perp", domain="elsewhere.example", avatar=synthetic_png(seed=3))
    status = server.add_status(perp, "synthetic: pay or they all see it", media=media)
    reporter = server.add_account("reporter", email=REPORTER_EMAIL, ip=REPORTER_IP)
    server.add_report(comment=THREAT, target=perp, reporter=reporter, status_ids=(status,))
    connection = connect(server)
    polling.sync(connection)
    return Case.objects.get(), status


def test_filing_a_report_starts_its_capture_in_the_same_change(server: FakeGoToSocial):
    case, _ = reported_case(server)
    [run] = CaptureRun.objects.filter(case=case)
    assert run.state == CaptureState.PENDING and run.hold == HoldState.HELD
    assert "capture.started" in event_types(case)
    assert_timeline_ok(case)


def test_capture_holds_the_post_its_media_and_the_profile_with_source_refs(server):
    case, status = reported_case(server, media=synthetic_png(seed=1))
    run = CaptureRun.objects.get(case=case)
    assert capture_run.run(run.pk) == CaptureState.DONE
    run.refresh_from_db()
    held = {h.what: h for h in HeldItem.objects.filter(capture=run)}
    assert set(held) == {
        CapturedWhat.STATUS,
        CapturedWhat.MEDIA,
        CapturedWhat.PROFILE,
        CapturedWhat.AVATAR,
    }
    assert run.items == 4 and run.media_refused == 0
    post = json.loads(b"".join(vault.read(case.pk, held["status"].pk, held["status"].blob_name)))
    assert (
        post["status"]["id"] == status
        and "pay or they all see it" in post["status"]["content_html"]
    )
    assert "capture.finished" in event_types(case)
    # Held, not evidence: nothing is in the vault until the victim consents.
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert_timeline_ok(case)


def test_consent_moves_held_items_into_the_vault_with_their_sources(server, personas):
    case, status = reported_case(server, media=synthetic_png(seed=1))
    run = CaptureRun.objects.get(case=case)
    capture_run.run(run.pk)
    consent.record_consent(
        case, ConsentScope.EVIDENCE_FOR_BAN, given=True, acting_user=personas.lead, method="portal"
    )
    assert capture_hold.settle_due() == 1
    items = list(EvidenceItem.objects.filter(case=case))
    assert len(items) == 4
    assert {i.source for i in items} == {EvidenceSource.SERVER_CAPTURE}
    assert all(i.kept and i.kept_under == ConsentScope.EVIDENCE_FOR_BAN for i in items)
    sources = [read_source(i) for i in items]
    post = next(s for s in sources if "status" in s.ids and "media" not in s.ids)
    assert post.ids["status"] == status and status in post.address
    assert not HeldItem.objects.filter(case=case).exclude(blob_name="").exists()
    assert "capture.hold_released" in event_types(case)
    assert_timeline_ok(case)


def test_refused_consent_discards_the_hold(server, personas, django_capture_on_commit_callbacks):
    case, _ = reported_case(server)
    run = CaptureRun.objects.get(case=case)
    capture_run.run(run.pk)
    names = list(HeldItem.objects.filter(case=case).values_list("blob_name", flat=True))
    assert names and all(store.get_store().exists(n) for n in names)
    consent.record_consent(
        case, ConsentScope.EVIDENCE_FOR_BAN, given=False, acting_user=personas.lead, method="portal"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert capture_hold.settle(run.pk) == HoldState.DISCARDED
    assert not any(store.get_store().exists(n) for n in names)
    run.refresh_from_db()
    assert run.hold == HoldState.DISCARDED
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert "capture.hold_discarded" in event_types(case)


def test_the_hold_ends_by_itself(server):
    case, _ = reported_case(server)
    run = CaptureRun.objects.get(case=case)
    capture_run.run(run.pk)
    assert capture_hold.settle(run.pk) == HoldState.HELD
    CaptureRun.objects.filter(pk=run.pk).update(hold_until=timezone.now() - timedelta(seconds=1))
    assert capture_hold.settle(run.pk) == HoldState.DISCARDED
    assert not HeldItem.objects.filter(case=case).exclude(blob_name="").exists()


def test_reporters_email_and_ip_are_nowhere_in_the_database(server, personas):
    case, _ = reported_case(server, media=synthetic_png(seed=1))
    capture_run.run(CaptureRun.objects.get(case=case).pk)
    consent.record_consent(
        case, ConsentScope.EVIDENCE_FOR_BAN, given=True, acting_user=personas.lead, method="portal"
    )
    capture_hold.settle_due()
    assert server.requests_to("GET", r"/api/v1/admin/reports/.*")  # the server did send them
    dumped = _every_value()
    assert REPORTER_EMAIL not in dumped and REPORTER_IP not in dumped
    for item in EvidenceItem.objects.filter(case=case):
        plain = b"".join(vault.read(case.pk, item.pk, item.blob_name))
        assert REPORTER_EMAIL.encode() not in plain and REPORTER_IP.encode() not in plain
        assert b"mail.example" not in plain  # not even the e-mail's domain


def test_a_repeat_of_the_report_starts_no_second_capture(server):
    case, _ = reported_case(server)
    connection = Connection.objects.get()
    connection.poll_cursor = ""
    connection.save()
    polling.sync(connection)
    assert CaptureRun.objects.filter(case=case).count() == 1


def test_a_report_gone_from_the_server_fails_the_capture_and_can_be_retried(server, personas):
    from haven.fediverse import capture

    case, _ = reported_case(server)
    run = CaptureRun.objects.get(case=case)
    server.reports.clear()
    assert capture_run.run(run.pk) == CaptureState.FAILED
    assert "capture.failed" in event_types(case)
    run.refresh_from_db()
    capture.retry(run, acting_user=personas.lead)
    run.refresh_from_db()
    assert run.state == CaptureState.PENDING
    assert "capture.retried" in event_types(case)


def _every_value() -> str:
    values: list[str] = []
    with db.cursor() as cursor:
        for table in db.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {db.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        values.append(bytes(value).decode("latin-1"))
                    else:
                        values.append(str(value))
    return "\n".join(values)


def test_erasing_the_case_erases_what_is_held(server, personas, django_capture_on_commit_callbacks):
    from haven.cases.erasure import erase_case

    case, _ = reported_case(server, media=synthetic_png(seed=1))
    capture_run.run(CaptureRun.objects.get(case=case).pk)
    names = list(HeldItem.objects.filter(case=case).values_list("blob_name", flat=True))
    assert names
    with django_capture_on_commit_callbacks(execute=True):
        erase_case(case, acting_user=personas.lead)
    assert not HeldItem.objects.filter(case=case).exists()
    assert not CaptureRun.objects.filter(case=case).exists()
    assert not any(store.get_store().exists(n) for n in names)
