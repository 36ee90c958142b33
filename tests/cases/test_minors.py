"""The minors protocol: a case that may involve a minor becomes csea, leads only, hashes only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone

from haven.cases import access, assessing, checklist, consent, minors
from haven.cases.changes import changing
from haven.cases.models import Case, CaseStep, ConsentScope
from haven.core.errors import Conflict, NotFound
from haven.evidence import images as media
from haven.evidence.models import EvidenceItem
from haven.resources import reporting
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    event_types,
    events_of_type,
    media_files,
    synthetic_png,
)

BAN = ConsentScope.EVIDENCE_FOR_BAN


def give(case, user, scope=BAN):
    consent.record_consent(case, scope, given=True, acting_user=user, method="portal")


def minor_yes(case, user, **more):
    return assessing.update_assessment(
        case, acting_user=user, answers={"minor_involved": "yes", **more}
    )


@pytest.fixture
def csea_case(case, personas):
    minor_yes(case, personas.lead)
    return case


def test_minor_yes_starts_the_protocol(case, personas, django_capture_on_commit_callbacks):
    give(case, personas.moderator)
    give(case, personas.moderator, ConsentScope.EVIDENCE_FOR_POLICE)
    with django_capture_on_commit_callbacks(execute=True):
        kept = [
            media.attach_image(case, synthetic_png(s), acting_user=personas.moderator, scope=scope)
            for s, scope in enumerate([BAN, ConsentScope.EVIDENCE_FOR_POLICE])
        ]
    paths = [Path(settings.HAVEN_DATA_DIR) / "media" / m.blob_name for m in kept]
    assert all(p.exists() for p in paths)
    assert access.get_case_for(personas.moderator, case.pk) == case

    with django_capture_on_commit_callbacks(execute=True):
        rule = minor_yes(case, personas.moderator)

    assert rule.name == "minor"
    row = Case.objects.get(pk=case.pk)
    assert (row.kind, row.priority) == ("csea", 4)
    assert (case.kind, case.priority) == ("csea", 4)
    step = CaseStep.objects.get(case=case, key="mandatory_report")
    assert (step.position, step.state) == (0, "pending")
    assert checklist.steps_of(case)[0].step.key == "mandatory_report"
    for item, path in zip(kept, paths, strict=True):
        item.refresh_from_db()
        assert not item.kept and item.discarded_at is not None and len(item.sha256) == 64
        assert not path.exists()
    discarded = events_of_type(case, "evidence.discarded")
    assert {e.payload["reason"] for e in discarded} == {"minors_protocol"}
    [protocol] = events_of_type(case, "case.minors_protocol")
    assert protocol.payload == {"images_discarded": 2}
    [kind] = events_of_type(case, "case.kind_changed")
    assert kind.payload == {"from": "sextortion", "to": "csea", "reason": "minor"}
    [raised] = events_of_type(case, "case.priority_changed")
    assert raised.payload == {"from": 2, "to": 4, "reason": "minor"}

    # The moderator who was on the team loses it; the lead keeps it.
    with pytest.raises(NotFound):
        access.get_case_for(personas.moderator, case.pk)
    assert access.get_case_for(personas.lead, case.pk) == case
    assert_three_people(case, personas, moderator=False)
    assert_timeline_ok(case)


def test_a_lead_not_on_the_team_still_gets_a_csea_case(personas):
    from haven.cases import actions

    case = actions.open_case(acting_user=personas.moderator)
    minor_yes(case, personas.moderator)
    assert access.get_case_for(personas.lead, case.pk) == case
    assert list(access.cases_visible_to(personas.moderator)) == []


@pytest.mark.parametrize("answer", ["unknown", "no"])
def test_no_protocol_without_a_yes(case, personas, answer):
    assessing.update_assessment(case, acting_user=personas.lead, answers={"minor_involved": answer})
    row = Case.objects.get(pk=case.pk)
    assert row.kind == "sextortion"
    assert not CaseStep.objects.filter(case=case, key="mandatory_report").exists()
    assert events_of_type(case, "case.minors_protocol") == []
    assert_three_people(case, personas)


def test_the_protocol_runs_once(csea_case, personas):
    minor_yes(csea_case, personas.lead, threat_of_exposure="yes")
    with changing(csea_case, acting_user=personas.lead) as change:
        minors.start_protocol(change)
    assert len(events_of_type(csea_case, "case.minors_protocol")) == 1
    assert len(events_of_type(csea_case, "case.kind_changed")) == 1
    assert CaseStep.objects.filter(case=csea_case, key="mandatory_report").count() == 1
    assert_timeline_ok(csea_case)


def test_protocol_on_an_already_critical_case_adds_no_priority_event(case, personas):
    assessing.update_assessment(case, acting_user=personas.lead, answers={"immediate_risk": "yes"})
    minor_yes(case, personas.lead)
    reasons = [e.payload["reason"] for e in events_of_type(case, "case.priority_changed")]
    assert reasons == ["immediate_risk"]


@pytest.mark.parametrize("with_consent", [False, True])
def test_a_csea_case_keeps_hashes_only(csea_case, personas, with_consent):
    if with_consent:
        give(csea_case, personas.lead)
    data = synthetic_png(20)
    files = media_files()
    item = media.attach_image(csea_case, data, acting_user=personas.lead, scope=BAN)
    item.refresh_from_db()
    assert item.blob_name == "" and not item.kept and item.kept_under == ""
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert media_files() == files
    assert events_of_type(csea_case, "evidence.received")[-1].payload == {
        "item": item.pk,
        "kind": "image",
        "source": "moderator",
        "kept": False,
        "scope": "evidence_for_ban",
    }, "a timeline holds no hash of the victim's image"
    with pytest.raises(NotFound):
        media.reveal(item, acting_user=personas.lead)
    assert_timeline_ok(csea_case)


def test_a_stale_copy_of_the_case_cannot_sneak_an_image_in(case, personas):
    give(case, personas.lead)
    stale = Case.objects.get(pk=case.pk)
    minor_yes(case, personas.lead)
    assert stale.kind == "sextortion"
    files, events = media_files(), event_types(case)
    with pytest.raises(Conflict) as info:
        media.attach_image(stale, synthetic_png(21), acting_user=personas.lead, scope=BAN)
    assert info.value.code == "csea_no_images"
    assert media_files() == files
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert event_types(case) == events


def media_row(case: Case, blob_name: str = "x") -> dict:
    return {
        "case": case,
        "sha256": "0" * 64,
        "size": 1,
        "content_type": "image/png",
        "blob_name": blob_name,
        "kind": "image",
        "source": "moderator",
        "added_at": timezone.now(),
    }


def test_a_csea_case_refuses_an_image_even_when_called_directly(csea_case):
    with pytest.raises(Conflict) as info:
        EvidenceItem(**media_row(csea_case)).save()
    assert info.value.code == "csea_no_images"
    with pytest.raises(Conflict) as info:
        EvidenceItem.objects.create(**media_row(csea_case))
    assert info.value.code == "csea_no_images"
    hashes_only = EvidenceItem.objects.create(**media_row(csea_case, blob_name=""))
    hashes_only.blob_name = "x"
    with pytest.raises(Conflict):
        hashes_only.save()
    assert list(
        EvidenceItem.objects.filter(case=csea_case).values_list("blob_name", flat=True)
    ) == [""]


def test_other_cases_accept_the_same_row(case):
    assert EvidenceItem.objects.create(**media_row(case)).kept


def test_the_mandatory_report_step_does_not_depend_on_the_wishes(csea_case, personas):
    # The law requires the report whatever the victim wants: nothing to confirm.
    checklist.set_step(csea_case, "mandatory_report", "done", acting_user=personas.lead)
    assert CaseStep.objects.get(case=csea_case, key="mandatory_report").state == "done"
    assert not events_of_type(csea_case, "wishes.confirmed")


@pytest.mark.parametrize(
    ("configured", "asked", "code", "first"),
    [
        ("US", None, "US", "NCMEC CyberTipline"),
        ("", "gb", "GB", "CEOP (National Crime Agency)"),
        ("CA", None, "CA", "Cybertip.ca"),
        ("AU", None, "AU", "eSafety Commissioner"),
        ("", None, "", "INHOPE hotlines"),
        ("US", "FR", "", "INHOPE hotlines"),
    ],
)
def test_reporting_routes(configured, asked, code, first):
    with override_settings(HAVEN_JURISDICTION=configured):
        found, routes = reporting.reporting_routes(asked)
    assert (found, routes[0].name) == (code, first)
    assert all(route.url.startswith("https://") for route in routes)
    assert any("Take It Down" in route.name for route in routes)


def test_a_csea_case_stays_critical_when_the_answer_changes_back(personas):
    from haven.cases import actions, assessing

    case = actions.open_case(acting_user=personas.lead)
    assessing.update_assessment(case, acting_user=personas.lead, answers={"minor_involved": "yes"})
    rule = assessing.update_assessment(
        case, acting_user=personas.lead, answers={"minor_involved": "no"}
    )
    case.refresh_from_db()
    assert (case.kind, case.priority, rule.name) == ("csea", 4, "csea")


def test_only_leads_join_a_csea_case_and_it_opens_with_the_report_step(personas):
    from haven.cases import actions
    from haven.cases.models import CaseStep
    from haven.core.errors import Conflict

    case = actions.open_case(acting_user=personas.lead, kind="csea")
    assert CaseStep.objects.filter(case=case, key="mandatory_report").exists()
    with pytest.raises(Conflict):
        actions.add_member(case, personas.moderator, acting_user=personas.lead)
