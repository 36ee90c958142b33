"""Consent per scope: the newest record holds, and withdrawing it stops what depended on it."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings

from haven.cases import consent, notes
from haven.cases.models import CaseNote, ConsentRecord, ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.evidence import images as media
from haven.evidence.models import EvidenceItem
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    database_contains,
    event_types,
    events_of_type,
    media_files,
    synthetic_png,
)

BAN, POLICE = ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE


def record(case, user, scope, given, **kwargs):
    return consent.record_consent(
        case, scope, given=given, acting_user=user, method="told_moderator", **kwargs
    )


def blob_path(item: EvidenceItem) -> Path:
    return Path(settings.HAVEN_DATA_DIR) / "media" / item.blob_name


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], False),
        ([True], True),
        ([False], False),
        ([True, False], False),
        ([False, True], True),
        ([True, False, True], True),
        ([True, True, False], False),
    ],
)
@pytest.mark.parametrize("scope", ConsentScope.values)
def test_has_consent_follows_the_newest_record(case, personas, scope, history, expected):
    for given in history:
        record(case, personas.lead, scope, given)
    assert consent.has_consent(case, scope) is expected
    latest = consent.current_consents(case)[ConsentScope(scope)]
    assert (latest.given if latest else False) is expected
    others = [s for s in ConsentScope.values if s != scope]
    assert not any(consent.has_consent(case, other) for other in others)


def test_newest_is_by_time_then_by_id(case, personas):
    given = record(case, personas.lead, BAN, True)
    withdrawn = record(case, personas.lead, BAN, False)
    assert not consent.has_consent(case, BAN)
    # A record written later but dated earlier does not win.
    ConsentRecord.objects.filter(pk=withdrawn.pk).update(
        recorded_at=given.recorded_at - timedelta(minutes=1)
    )
    assert consent.has_consent(case, BAN)
    # The same instant: the later row wins.
    ConsentRecord.objects.filter(pk=withdrawn.pk).update(recorded_at=given.recorded_at)
    assert not consent.has_consent(case, BAN)


def test_consent_is_per_case(personas, case):
    from haven.cases import actions

    other = actions.open_case(acting_user=personas.lead)
    record(other, personas.lead, BAN, True)
    assert not consent.has_consent(case, BAN)


def test_record_is_on_the_timeline_with_a_sealed_note(case, personas):
    text = "synthetic-consent-note-8812"
    item = record(case, personas.moderator, POLICE, True, note=text)
    [event] = events_of_type(case, "consent.recorded")
    assert event.payload == {
        "scope": "evidence_for_police",
        "given": True,
        "method": "told_moderator",
        "record": item.pk,
    }
    note = CaseNote.objects.get(case=case, kind="consent")
    assert note.event_id == event.pk
    assert notes.read_note(note) == text
    assert database_contains(text) == []
    assert_timeline_ok(case)
    assert_three_people(case, personas)


def test_withdrawal_discards_only_images_kept_under_that_consent(
    case, personas, django_capture_on_commit_callbacks
):
    record(case, personas.lead, BAN, True)
    record(case, personas.lead, POLICE, True)
    with django_capture_on_commit_callbacks(execute=True):
        for_ban = media.attach_image(case, synthetic_png(1), acting_user=personas.lead, scope=BAN)
        for_police = media.attach_image(
            case, synthetic_png(2), acting_user=personas.lead, scope=POLICE
        )
    ban_file, police_file = blob_path(for_ban), blob_path(for_police)
    assert ban_file.exists() and police_file.exists()

    with django_capture_on_commit_callbacks(execute=True):
        record(case, personas.moderator, BAN, False)

    for_ban.refresh_from_db()
    for_police.refresh_from_db()
    assert not ban_file.exists()
    assert (for_ban.blob_name, for_ban.kept) == ("", False)
    assert for_ban.discarded_at is not None
    assert len(for_ban.sha256) == 64 and for_ban.size > 0  # the hashes stay
    assert police_file.exists() and for_police.kept and for_police.discarded_at is None
    [discarded] = events_of_type(case, "evidence.discarded")
    assert discarded.payload == {"item": for_ban.pk, "kind": "image", "reason": "consent_withdrawn"}
    assert discarded.actor_id == personas.moderator.pk
    assert event_types(case)[-2:] == ["consent.recorded", "evidence.discarded"]
    assert_timeline_ok(case)


@pytest.mark.parametrize("scope", ConsentScope.values)
def test_an_image_never_outlives_the_consent_it_was_kept_under(
    case, personas, scope, django_capture_on_commit_callbacks
):
    record(case, personas.lead, scope, True)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            item = media.attach_image(
                case, synthetic_png(3), acting_user=personas.lead, scope=scope
            )
    except (Conflict, InvalidInput):
        return  # not keeping an image under this scope at all is fine too
    if not item.kept:
        return
    path = blob_path(item)
    with django_capture_on_commit_callbacks(execute=True):
        record(case, personas.lead, scope, False)
    item.refresh_from_db()
    assert not item.kept, f"an image kept under {scope} survived its withdrawal"
    assert not path.exists()


def test_hooks_run_once_on_a_real_withdrawal(case, personas, monkeypatch):
    monkeypatch.setattr(consent, "_withdrawal_hooks", defaultdict(list))
    calls = []
    consent.on_withdrawal(ConsentScope.HASH_IMAGES)(
        lambda change, scope: calls.append((change.case.pk, scope, change.acting_user.pk))
    )
    record(case, personas.lead, ConsentScope.HASH_IMAGES, False)  # never given: nothing to stop
    record(case, personas.lead, ConsentScope.HASH_IMAGES, True)
    record(case, personas.lead, BAN, False)  # another scope
    assert calls == []
    record(case, personas.lead, ConsentScope.HASH_IMAGES, False)
    record(case, personas.lead, ConsentScope.HASH_IMAGES, False)  # already withdrawn
    assert calls == [(case.pk, ConsentScope.HASH_IMAGES, personas.lead.pk)]


def test_a_failing_hook_undoes_the_withdrawal(case, personas, monkeypatch):
    monkeypatch.setattr(consent, "_withdrawal_hooks", defaultdict(list))

    def fail(*args):
        raise RuntimeError("simulated hook failure")

    consent.on_withdrawal(BAN)(fail)
    record(case, personas.lead, BAN, True)
    before = event_types(case)
    with pytest.raises(RuntimeError):
        record(case, personas.lead, BAN, False)
    assert consent.has_consent(case, BAN)
    assert event_types(case) == before
    assert_timeline_ok(case)


def test_without_consent_no_image_is_kept(case, personas):
    files, before = media_files(), event_types(case)
    record(case, personas.lead, BAN, True)
    record(case, personas.lead, BAN, False)
    record(case, personas.lead, POLICE, True)  # another scope does not count
    events = event_types(case)
    with pytest.raises(Conflict) as info:
        media.attach_image(case, synthetic_png(), acting_user=personas.lead, scope=BAN)
    assert info.value.code == "no_consent"
    assert media_files() == files
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert event_types(case) == events
    assert len(events) == len(before) + 3
