"""Crypto-shredding: once a case's data key is gone, its content cannot be read by anyone."""

from __future__ import annotations

import pytest

from haven.cases import actions, notes, sealing
from haven.cases.models import CaseEvent, CaseNote, CaseParty, Subject
from haven.cases.timeline import verify_timeline
from haven.core.errors import Conflict, ContentErased


@pytest.mark.django_db(transaction=True)
def test_erased_case_content_is_unreadable(personas):
    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic disclosure")
    note = notes.add_note(case, "synthetic note", acting_user=personas.lead)
    actions.add_party(case, "victim", acting_user=personas.lead, acct="victim@example.test")
    sealed_before = bytes(note.body_sealed)
    assert notes.read_note(note) == "synthetic note"

    actions.erase_case(case, acting_user=personas.lead)

    with pytest.raises(ContentErased):
        sealing.unseal(case.pk, f"note.{note.pk}", sealed_before)
    assert not CaseNote.objects.filter(case=case).exists()
    assert not CaseParty.objects.filter(case=case).exists()
    assert not Subject.objects.exists()
    case.refresh_from_db()
    assert case.erased_at is not None and case.status == "closed"
    assert CaseEvent.objects.filter(case=case, type="case.erased").exists()
    assert verify_timeline(case).ok


def test_only_a_lead_erases_and_only_once(personas):
    case = actions.open_case(acting_user=personas.moderator)
    with pytest.raises(Conflict):
        actions.erase_case(case, acting_user=personas.moderator)
    actions.erase_case(case, acting_user=personas.lead)
    with pytest.raises(Conflict):
        actions.erase_case(case, acting_user=personas.lead)


@pytest.mark.django_db(transaction=True)
def test_key_survives_a_rolled_back_erasure(personas, monkeypatch):
    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic")

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure after the key was scheduled for deletion")

    monkeypatch.setattr("haven.cases.actions.append_event", boom)
    with pytest.raises(RuntimeError):
        actions.erase_case(case, acting_user=personas.lead)
    note = CaseNote.objects.get(case=case)
    assert notes.read_note(note) == "synthetic"
