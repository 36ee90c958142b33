"""A read is on the audit stream once per visit: a save's redirect back to the case
page does not write "Case opened for reading" again."""

from __future__ import annotations

import pytest

from haven.cases import actions
from haven.cases.models import AuditRecord
from haven.web.views import read_audit


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.lead, members=[personas.moderator])


def _reads(case, part="case") -> int:
    return sum(
        1
        for r in AuditRecord.objects.filter(case_id=case.pk, type="case.viewed")
        if r.payload.get("what", "case") == part
    )


def test_a_save_and_its_redirect_do_not_record_a_second_read(case, personas, login):
    client = login(personas.moderator)
    client.get(f"/cases/{case.pk}/")
    assert _reads(case) == 1
    saved = client.post(f"/cases/{case.pk}/steps/believe/", {"state": "done"})
    assert saved.status_code == 302
    client.get(saved.url)
    client.get(f"/cases/{case.pk}/")
    assert _reads(case) == 1
    # The timeline is another part: its first read is recorded.
    client.get(f"/cases/{case.pk}/timeline/")
    assert _reads(case, "timeline") == 1


def test_another_session_or_a_later_visit_is_recorded(case, personas, login):
    first = login(personas.moderator)
    first.get(f"/cases/{case.pk}/")
    login(personas.lead).get(f"/cases/{case.pk}/")
    assert _reads(case) == 2

    session = first.session
    recorded = session[read_audit._SESSION_KEY]
    key = f"{case.pk}:case"
    recorded[key] -= read_audit.VISIT.total_seconds() + 1
    session[read_audit._SESSION_KEY] = recorded
    session.save()
    first.get(f"/cases/{case.pk}/")
    assert _reads(case) == 3
