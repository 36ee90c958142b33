"""The case page and its timeline read as sentences for a person."""

from __future__ import annotations

from haven.cases import actions


def test_timeline_reads_as_sentences(personas, login):
    case = actions.open_case(acting_user=personas.moderator, priority=2)
    actions.set_priority(case, 4, acting_user=personas.moderator)
    actions.change_status(case, "start", acting_user=personas.moderator)
    actions.add_member(case, personas.outsider, acting_user=personas.lead)
    page = login(personas.moderator).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Priority changed</strong>: from Normal to Critical" in page
    assert "Status changed</strong>: from New to In progress" in page
    assert "Team member added</strong>: mod-elsewhere" in page
    assert "by lead" in page
    assert "{" not in page.split("<main")[1], "no payload dumps"


def test_case_page_shows_people_team_and_a_repeat_account(personas, login):
    earlier = actions.open_case(acting_user=personas.lead)
    actions.add_party(earlier, "perpetrator", acting_user=personas.lead, acct="rep@spam.example")
    case = actions.open_case(acting_user=personas.moderator)
    actions.add_party(case, "perpetrator", acting_user=personas.moderator, acct="Rep@spam.example")
    actions.add_party(case, "victim", acting_user=personas.moderator, label="the member (demo)")
    actions.add_party(case, "reporter", acting_user=personas.moderator, acct="friend@home.example")
    page = login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()
    assert "@rep@spam.example" in page
    assert "@friend@home.example" in page
    assert "the member (demo)" in page
    assert "mod-on-case" in page
    # The earlier case is not the moderator's: its existence must not show.
    assert "also in" not in page
    lead_page = login(personas.lead).get(f"/cases/{case.pk}/").content.decode()
    assert "also in 1 other case" in lead_page
