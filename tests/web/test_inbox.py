"""The inbox: most urgent first, filters with counts, overdue said in words, and a
number of queries that does not grow with the number of cases."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from haven.cases import actions, responding
from haven.cases.models import Case, CaseKind, Priority

# Session, user and second factor; the page's count, the filter counts and the
# page of cases; the rows' verdicts, sources, teams and shared perpetrators (four, for
# the whole page); the member's language, read once per session; the session saved
# (three statements). A per-row query shows here.
INBOX_QUERIES = 14


def _open(user, **kwargs) -> Case:
    return actions.open_case(acting_user=user, **kwargs)


def _row_ids(page: str) -> list[str]:
    return re.findall(r'<a href="/cases/([^/]+)/">', page)


def _overdue(case: Case, hours: int = 2) -> None:
    Case.objects.filter(pk=case.pk).update(
        first_response_due=timezone.now() - timedelta(hours=hours, minutes=5)
    )


def test_cases_come_by_priority_then_unanswered_then_longest_wait(personas, login):
    mod = personas.moderator
    normal_old = _open(mod)
    high_answered = _open(mod, priority=Priority.HIGH)
    responding.record_response(high_answered, acting_user=mod, channel="portal")
    high_unanswered = _open(mod, priority=Priority.HIGH)
    critical = _open(mod, priority=Priority.CRITICAL)
    normal_new = _open(mod)
    Case.objects.filter(pk=normal_old.pk).update(created_at=timezone.now() - timedelta(days=1))
    page = login(mod).get("/").content.decode()
    expected = [critical, high_unanswered, high_answered, normal_old, normal_new]
    assert _row_ids(page) == [c.pk for c in expected]


def test_overdue_rows_stand_out_in_words_and_with_a_class(personas, login):
    late = _open(personas.moderator)
    _overdue(late)
    on_time = _open(personas.moderator)
    page = login(personas.moderator).get("/").content.decode()
    late_row = page.split(f'href="/cases/{late.pk}/"')[0].rsplit("<tr", 1)[1]
    assert "overdue" in late_row.split(">")[0]
    assert "OVERDUE by 2" in late_row
    on_time_row = page.split(f'href="/cases/{on_time.pk}/"')[0].rsplit("<tr", 1)[1]
    assert "due in 23" in on_time_row
    assert "overdue" not in on_time_row.split(">")[0]


def test_filters_and_their_counts(personas, login):
    mod, lead = personas.moderator, personas.lead
    mine_new = _open(mod)
    mine_waiting = _open(mod, kind=CaseKind.NCII)
    actions.change_status(mine_waiting, "wait", acting_user=mod)
    leads_only = _open(lead)
    _overdue(leads_only)
    closed = _open(lead)
    responding.close_case(closed, acting_user=lead, reason="misdirected")
    client = login(lead)

    page = client.get("/").content.decode()
    assert set(_row_ids(page)) == {mine_new.pk, mine_waiting.pk, leads_only.pk}
    assert "3 open · 0 critical · 1 overdue" in page
    assert re.search(r"New <span class=\"count\">\(2\)</span>", page)
    assert re.search(r"Waiting for the victim <span class=\"count\">\(1\)</span>", page)
    assert re.search(r"Assigned to me <span class=\"count\">\(1\)</span>", page)
    assert re.search(r"Overdue <span class=\"count\">\(1\)</span>", page)

    assert _row_ids(client.get("/?status=waiting").content.decode()) == [mine_waiting.pk]
    assert _row_ids(client.get("/?kind=ncii").content.decode()) == [mine_waiting.pk]
    assert _row_ids(client.get("/?overdue=1").content.decode()) == [leads_only.pk]
    assert set(_row_ids(client.get("/?mine=1").content.decode())) == {leads_only.pk}
    closed_page = client.get("/?status=closed").content.decode()
    assert _row_ids(closed_page) == [closed.pk]
    assert 'value="closed" id="status-5" checked' in closed_page
    assert set(_row_ids(client.get("/?status=nonsense").content.decode())) == {
        mine_new.pk,
        mine_waiting.pk,
        leads_only.pk,
    }
    assert _row_ids(login(personas.outsider).get("/").content.decode()) == []


def test_fifty_a_page_and_the_filters_survive_paging(personas, login):
    for _ in range(53):
        _open(personas.moderator)
    client = login(personas.moderator)
    first = client.get("/?kind=sextortion").content.decode()
    assert len(_row_ids(first)) == 50
    assert "Page 1 of 2" in first
    assert 'href="?kind=sextortion&amp;page=2" rel="next"' in first
    second = client.get("/?kind=sextortion&page=2").content.decode()
    assert len(_row_ids(second)) == 3
    assert set(_row_ids(first)).isdisjoint(_row_ids(second))
    assert len(_row_ids(client.get("/?page=999").content.decode())) == 3


@pytest.mark.parametrize("how_many", [5, 60])
def test_the_number_of_queries_does_not_grow_with_the_cases(personas, login, how_many):
    for index in range(how_many):
        case = _open(personas.moderator, priority=Priority.HIGH if index % 3 else Priority.NORMAL)
        if index % 4 == 0:
            _overdue(case)
    client = login(personas.moderator)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    assert len(_row_ids(response.content.decode())) == min(how_many, 50)
    assert len(queries) == INBOX_QUERIES, [q["sql"][:80] for q in queries.captured_queries]


def test_each_row_says_what_the_case_is_about_and_who_is_on_it(personas, login):
    from haven.cases import intake

    threat = (
        "Synthetic: he says he will send my nudes to all my followers tonight unless I pay "
        "him 300 dollars in gift cards."
    )
    reported = intake.receive_report(source="portal", comment=threat, acting_user=None, posts=())
    actions.add_member(reported, personas.moderator, acting_user=personas.lead)
    desk = _open(personas.moderator)
    page = login(personas.moderator).get("/").content.decode()
    row = page.split(f'href="/cases/{reported.pk}/"')[0].rsplit("<tr", 1)[1]
    assert "Looks like sextortion (" in row
    assert "from the confidential report page" in row
    assert personas.moderator.username in row
    desk_row = page.split(f'href="/cases/{desk.pk}/"')[0].rsplit("<tr", 1)[1]
    assert "opened on the desk" in desk_row and "Looks like" not in desk_row


def test_a_repeat_perpetrator_links_the_other_cases_the_viewer_can_see(personas, login):
    mod = personas.moderator
    first, second = _open(mod), _open(mod)
    hidden = _open(personas.lead)
    for case, by in ((first, mod), (second, mod), (hidden, personas.lead)):
        actions.add_party(case, "perpetrator", acting_user=by, acct="@zqx_repeat@bad.example")
    page = login(mod).get("/").content.decode()
    row = page.split(f'<a href="/cases/{first.pk}/">')[0].rsplit("<tr", 1)[1]
    assert f'href="/cases/{second.pk}/" class="mono"' in row
    assert hidden.pk not in page


def test_the_wait_stops_when_the_victim_is_answered_and_closed_cases_are_counted(personas, login):
    answered = _open(personas.moderator)
    Case.objects.filter(pk=answered.pk).update(created_at=timezone.now() - timedelta(hours=5))
    responding.record_response(answered, acting_user=personas.moderator, channel="portal")
    closed = _open(personas.moderator)
    responding.record_response(closed, acting_user=personas.moderator, channel="portal")
    responding.close_case(closed, acting_user=personas.moderator, reason="responded")
    page = login(personas.moderator).get("/").content.decode()
    row = page.split(f'<a href="/cases/{answered.pk}/">')[0].rsplit("<tr", 1)[1]
    assert "5\xa0hours, until answered" in row
    assert re.search(r"Closed <span class=\"count\">\(1\)</span>", page)
