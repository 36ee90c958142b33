"""Retention lists a closed case's evidence for a week, then deletes it; erasure leaves none."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from haven.cases import actions, erasure, responding, sealing
from haven.cases.models import Case, ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.evidence import intake, retention, retention_periods, store
from haven.evidence.models import EvidenceItem, RetentionNotice, RetentionPeriod
from tests.cases.helpers import assert_timeline_ok, event_types, events_of_type
from tests.evidence import samples
from tests.evidence.helpers import files_holding, marker
from tests.web.helpers import give_consent, post_refused

POLICE = ConsentScope.EVIDENCE_FOR_POLICE


@pytest.fixture
def closed(case, personas, blob_store):
    give_consent(case, personas.lead, POLICE)
    items = [
        intake.receive_evidence(
            case, [data], acting_user=personas.lead, source="moderator", scope=POLICE
        )
        for data in (samples.mp4(), samples.pdf())
    ]
    responding.close_case(case, acting_user=personas.lead, reason="other", note="synthetic")
    return case, items


def later(case: Case, days: float):
    return Case.objects.get(pk=case.pk).closed_at + timedelta(days=days)


def test_an_open_case_keeps_its_evidence(case, personas, settings):
    give_consent(case, personas.lead, POLICE)
    intake.receive_evidence(
        case, [samples.pdf()], acting_user=personas.lead, source="moderator", scope=POLICE
    )
    assert retention.apply_retention(timezone.now() + timedelta(days=900)).listed == 0


def test_listed_for_a_week_then_deleted(
    closed, settings, blob_store, django_capture_on_commit_callbacks
):
    case, items = closed
    days = settings.HAVEN_EVIDENCE_RETENTION_DAYS
    assert retention.apply_retention(later(case, days - 1)).listed == 0
    assert retention.apply_retention(later(case, days + 1)).listed == 1
    notice = RetentionNotice.objects.get(case=case)
    assert event_types(case)[-1] == "evidence.retention_listed"
    assert retention.apply_retention(later(case, days + 2)).deleted == 0  # still the week
    assert retention.apply_retention(later(case, days + 3)).listed == 0  # listed once
    with django_capture_on_commit_callbacks(execute=True):
        run = retention.apply_retention(notice.deletes_at + timedelta(minutes=1))
    assert run.deleted == 1
    for item in items:
        item.refresh_from_db()
        assert not item.kept and item.sha256
    assert not any(blob_store.exists(i.blob_name) for i in items if i.blob_name)
    assert event_types(case).count("evidence.discarded") == 2
    assert not RetentionNotice.objects.filter(case=case).exists()
    assert_timeline_ok(case)


def test_reopening_withdraws_the_listing(closed, settings, personas):
    case, items = closed
    listed_on = later(case, settings.HAVEN_EVIDENCE_RETENTION_DAYS + 1)
    retention.apply_retention(listed_on)
    actions.change_status(case, "reopen", acting_user=personas.lead)
    run = retention.apply_retention(listed_on + timedelta(days=30))
    assert run.withdrawn == 1 and run.deleted == 0
    assert all(EvidenceItem.objects.get(pk=i.pk).kept for i in items)
    assert event_types(case)[-1] == "evidence.retention_withdrawn"


def test_the_retention_job_is_registered():
    from haven.jobs import periodic

    assert "haven.evidence.retention" in [job.name for job in periodic.registered()]


def test_erasure_deletes_every_blob_and_the_key(
    personas, blob_store, django_capture_on_commit_callbacks
):
    case = actions.open_case(acting_user=personas.lead)
    give_consent(case, personas.lead, POLICE)
    mark = marker()
    items = [
        intake.receive_evidence(
            case, [data], acting_user=personas.lead, source="moderator", scope=POLICE
        )
        for data in (samples.mp4(mark), samples.chat_text(mark))
    ]
    names = [item.blob_name for item in items]
    retention_periods.set_retention(case, 30, acting_user=personas.lead)
    with django_capture_on_commit_callbacks(execute=True):
        erasure.erase_case(case, acting_user=personas.lead)
    assert not EvidenceItem.objects.filter(case_id=case.pk).exists()
    assert not RetentionPeriod.objects.filter(case_id=case.pk).exists()
    assert not any(blob_store.exists(name) for name in names)
    assert not sealing.has_case_key(case.pk)
    assert files_holding(mark) == []
    assert set(store.get_store().names()).isdisjoint(names)


def test_a_case_period_set_by_a_lead_is_honoured(closed, settings, personas):
    case, _items = closed
    assert settings.HAVEN_EVIDENCE_RETENTION_DAYS > 11
    retention_periods.set_retention(case, 10, acting_user=personas.lead)
    assert retention.apply_retention(later(case, 9)).listed == 0
    assert retention.apply_retention(later(case, 11)).listed == 1
    [setting] = events_of_type(case, "evidence.retention_set")
    assert setting.payload == {"days": 10}
    assert_timeline_ok(case)


def test_a_longer_period_withdraws_a_listing_and_keeps_past_the_default(closed, settings, personas):
    case, items = closed
    days = settings.HAVEN_EVIDENCE_RETENTION_DAYS
    retention.apply_retention(later(case, days + 1))
    assert RetentionNotice.objects.filter(case=case).exists()
    retention_periods.set_retention(case, days + 300, acting_user=personas.lead)
    assert not RetentionNotice.objects.filter(case=case).exists()
    run = retention.apply_retention(later(case, days + 30))
    assert (run.listed, run.deleted) == (0, 0)
    assert all(EvidenceItem.objects.get(pk=i.pk).kept for i in items)
    assert retention.apply_retention(later(case, days + 301)).listed == 1
    retention_periods.set_retention(case, None, acting_user=personas.lead)
    assert events_of_type(case, "evidence.retention_set")[-1].payload.get("days") is None
    assert retention_periods.days_for(case) == days


def test_only_a_lead_sets_a_period(closed, personas):
    case, _items = closed
    with pytest.raises(Conflict):
        retention_periods.set_retention(case, 5, acting_user=personas.moderator)
    with pytest.raises(InvalidInput):
        retention_periods.set_retention(case, -1, acting_user=personas.lead)
    assert not events_of_type(case, "evidence.retention_set")


def test_the_evidence_page_sets_and_shows_the_period(closed, personas, login, settings):
    case, _items = closed
    url = f"/cases/{case.pk}/evidence/"
    lead = login(personas.lead)
    default = f"deleted {settings.HAVEN_EVIDENCE_RETENTION_DAYS} days after this case closes"
    assert default in lead.get(url).content.decode()
    assert lead.post(url + "retention/", {"days": "30"}).status_code == 302
    assert "deleted 30 days after this case closes" in lead.get(url).content.decode()
    refused = post_refused(lead, url + "retention/", {"days": "99999"}, at="").content.decode()
    assert "Give a number of days from 0 to 3650" in refused and 'value="99999"' in refused
    assert retention_periods.days_for(case) == 30

    member = login(personas.moderator)
    page = member.get(url).content.decode()
    assert "deleted 30 days" in page and "Save the retention period" not in page
    post_refused(member, url + "retention/", {"days": "1"}, at="")
    outsider = login(personas.outsider)
    assert outsider.post(url + "retention/", {"days": "1"}).status_code == 404
    assert retention_periods.days_for(case) == 30


def test_the_period_reads_as_words_on_the_timeline(closed, personas, login, settings):
    case, _items = closed
    retention_periods.set_retention(case, 30, acting_user=personas.lead)
    retention_periods.set_retention(case, None, acting_user=personas.lead)
    page = login(personas.lead).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Evidence retention period set</strong>: 30 days after the case closes" in page
    default = settings.HAVEN_EVIDENCE_RETENTION_DAYS
    assert f"back to the default: {default} days after closing" in page
