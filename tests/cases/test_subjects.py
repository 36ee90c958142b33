"""Subjects: one row per fediverse account, found again across cases, stored sealed."""

from __future__ import annotations

import pytest

from haven.cases import access, actions, subjects
from haven.cases.models import CaseEvent, Subject
from haven.core.errors import InvalidInput


@pytest.mark.parametrize(
    "raw", ["@Sender@Spam.Example", "sender@spam.example", "  @sender@SPAM.example "]
)
def test_handles_are_normalised(raw):
    assert subjects.normalise_acct(raw) == "sender@spam.example"


@pytest.mark.parametrize("raw", ["sender", "@sender", "a@b@c", "sp ace@x.example", "", "@"])
def test_malformed_handles_are_refused(raw):
    with pytest.raises(InvalidInput):
        subjects.normalise_acct(raw)


def test_repeat_perpetrator_is_one_subject(personas):
    first = actions.open_case(acting_user=personas.moderator)
    second = actions.open_case(acting_user=personas.moderator)
    a = actions.add_party(
        first,
        "perpetrator",
        acting_user=personas.moderator,
        acct="@Sender@spam.example",
        remote_id="1091",
    )
    b = actions.add_party(
        second, "perpetrator", acting_user=personas.moderator, acct="sender@spam.example"
    )
    assert a.subject_id == b.subject_id
    assert Subject.objects.count() == 1
    event = CaseEvent.objects.filter(case=second, type="case.party_added").get()
    assert "subject" not in event.payload, "the timeline must not link cases by account"
    assert access.other_cases_of_perpetrator(personas.moderator, b) == 1
    assert access.other_cases_of_perpetrator(personas.outsider, b) == 0
    account = subjects.reveal(a.subject)
    assert (account.acct, account.server, account.remote_id) == (
        "sender@spam.example",
        "spam.example",
        "1091",
    )


def test_subject_row_holds_no_handle(personas):
    case = actions.open_case(acting_user=personas.moderator)
    party = actions.add_party(
        case, "perpetrator", acting_user=personas.moderator, acct="visible_name@spam.example"
    )
    row = Subject.objects.get(pk=party.subject_id)
    assert b"visible_name" not in bytes(row.sealed)
    assert "visible_name" not in row.lookup


def test_unnamed_person_needs_a_description(personas):
    case = actions.open_case(acting_user=personas.moderator)
    with pytest.raises(InvalidInput):
        actions.add_party(case, "witness", acting_user=personas.moderator)
    party = actions.add_party(
        case, "witness", acting_user=personas.moderator, label="a friend of the member"
    )
    assert actions.read_party_label(party) == "a friend of the member"


def test_victims_account_is_sealed_under_the_case_not_shared(personas):
    case = actions.open_case(acting_user=personas.moderator)
    party = actions.add_party(
        case, "victim", acting_user=personas.moderator, acct="@Member@home.example"
    )
    assert party.subject_id is None
    assert not Subject.objects.exists()
    assert b"member" not in bytes(party.account_sealed)
    assert actions.read_party_account(party) == "member@home.example"


def test_other_cases_count_only_what_the_viewer_can_see(personas):
    hidden = actions.open_case(acting_user=personas.lead)
    actions.add_party(hidden, "perpetrator", acting_user=personas.lead, acct="p@spam.example")
    case = actions.open_case(acting_user=personas.moderator)
    party = actions.add_party(
        case, "perpetrator", acting_user=personas.moderator, acct="p@spam.example"
    )
    assert access.other_cases_of_perpetrator(personas.moderator, party) == 0
    assert access.other_cases_of_perpetrator(personas.lead, party) == 1
