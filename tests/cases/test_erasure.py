"""Crypto-shredding: once a case's data key is gone, its content cannot be read by anyone."""

from __future__ import annotations

import pytest

from haven.cases import actions, erasure, notes, sealing
from haven.cases.models import AuditRecord, CaseEvent, CaseNote, CaseParty, Subject
from haven.cases.timeline import verify_timeline
from haven.core.errors import Conflict, ContentErased


@pytest.mark.django_db(transaction=True)
def test_erased_case_content_is_unreadable(personas):
    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic disclosure")
    note = notes.add_note(case, "synthetic note", acting_user=personas.lead)
    actions.add_party(case, "victim", acting_user=personas.lead, acct="victim@example.test")
    sealed_before = bytes(note.body_sealed)
    assert notes.read_note(note) == "synthetic note"

    erasure.erase_case(case, acting_user=personas.lead)

    with pytest.raises(ContentErased):
        sealing.unseal(case.pk, f"note.{note.pk}", sealed_before)
    assert not CaseNote.objects.filter(case=case).exists()
    assert not CaseParty.objects.filter(case=case).exists()
    assert not Subject.objects.exists()
    case.refresh_from_db()
    assert case.erased_at is not None and case.status == "closed"
    assert case.erased_by == personas.lead
    # Only a tombstone: the timeline went with the case, the audit stream says who erased it.
    assert not CaseEvent.objects.filter(case=case).exists()
    assert AuditRecord.objects.filter(case_id=case.pk, type="case.erased").exists()
    assert verify_timeline(case).ok


def test_only_a_lead_erases_and_only_once(personas):
    case = actions.open_case(acting_user=personas.moderator)
    with pytest.raises(Conflict):
        erasure.erase_case(case, acting_user=personas.moderator)
    erasure.erase_case(case, acting_user=personas.lead)
    with pytest.raises(Conflict):
        erasure.erase_case(case, acting_user=personas.lead)


@pytest.mark.django_db(transaction=True)
def test_key_survives_a_rolled_back_erasure(personas, monkeypatch):
    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic")

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure after the key was scheduled for deletion")

    monkeypatch.setattr("haven.cases.erasure._tombstone", boom)
    with pytest.raises(RuntimeError):
        erasure.erase_case(case, acting_user=personas.lead)
    note = CaseNote.objects.get(case=case)
    assert notes.read_note(note) == "synthetic"


@pytest.mark.django_db(transaction=True)
def test_rest3_erasure_survives_restoring_an_older_database(personas, tmp_path):
    """A dump taken before erasure, restored after it, shows nothing of the victim."""
    from django.db import connection

    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic disclosure")
    victim = actions.add_party(
        case, "victim", acting_user=personas.lead, acct="victim_x@home.example"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT account_sealed FROM cases_caseparty WHERE id = %s", [victim.pk])
        backup_account = bytes(cursor.fetchone()[0])
        cursor.execute("SELECT body_sealed, id FROM cases_casenote WHERE case_id = %s", [case.pk])
        backup_note, note_id = cursor.fetchone()
    erasure.erase_case(case, acting_user=personas.lead)
    with pytest.raises(ContentErased):
        sealing.unseal(case.pk, f"party.{victim.pk}.account", backup_account)
    with pytest.raises(ContentErased):
        sealing.unseal(case.pk, f"note.{note_id}", bytes(backup_note))


@pytest.mark.django_db(transaction=True)
def test_a_key_that_survived_a_crash_is_destroyed_by_verify(personas, monkeypatch):
    from django.core.management import call_command

    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic")
    monkeypatch.setattr("haven.cases.erasure._destroy", lambda *args: None)  # the crash
    erasure.erase_case(case, acting_user=personas.lead)
    assert erasure.unfinished_erasures() == [case.pk]
    monkeypatch.undo()
    call_command("haven_verify")
    assert erasure.unfinished_erasures() == []
    assert not sealing.has_case_key(case.pk)


@pytest.mark.django_db(transaction=True)
def test_a_failed_open_leaves_no_key_behind(personas, monkeypatch):
    import os

    from haven.crypto.keystore import get_keystore

    before = set(os.listdir(get_keystore().directory))

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr("haven.cases.checklist.create_steps", boom)
    with pytest.raises(RuntimeError):
        actions.open_case(acting_user=personas.lead)
    assert set(os.listdir(get_keystore().directory)) == before
