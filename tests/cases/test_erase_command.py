"""haven erase: a safety lead erases a case from the command line; anyone else cannot."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haven.cases import actions
from haven.cases.models import Case, CaseNote


def test_a_lead_erases_a_case(personas, capsys):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    call_command("haven_erase", case.pk, "--lead", personas.lead.username, "--yes")
    assert Case.objects.get(pk=case.pk).erased_at is not None
    assert not CaseNote.objects.filter(case=case).exists()
    assert "was erased" in capsys.readouterr().out


def test_the_id_typed_again_must_match(personas, monkeypatch):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    monkeypatch.setattr("builtins.input", lambda prompt: "not-the-id")
    with pytest.raises(CommandError, match="nothing was erased"):
        call_command("haven_erase", case.pk, "--lead", personas.lead.username)
    assert Case.objects.get(pk=case.pk).erased_at is None


@pytest.mark.parametrize("who", ["moderator", "outsider", "nobody"])
def test_only_an_active_lead_who_sees_the_case(personas, who):
    case = actions.open_case(acting_user=personas.moderator)
    name = getattr(personas, who).username if who != "nobody" else "nobody"
    with pytest.raises(CommandError):
        call_command("haven_erase", case.pk, "--lead", name, "--yes")
    assert Case.objects.get(pk=case.pk).erased_at is None


def test_an_unknown_case_says_so(personas):
    with pytest.raises(CommandError, match="cannot see a case"):
        call_command("haven_erase", "x" * 22, "--lead", personas.lead.username, "--yes")


def test_case_ids_never_look_like_an_option():
    from haven.cases.models import new_case_id

    assert not any(new_case_id().startswith("-") for _ in range(5000))
