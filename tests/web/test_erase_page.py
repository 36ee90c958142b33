"""Erasing a case from its own page: leads only, a warning, the short id typed, then once more."""

from __future__ import annotations

from haven.cases import actions
from haven.cases.models import AuditRecord, Case
from tests.web.helpers import post_refused


def _case(personas) -> Case:
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


def test_the_case_page_links_to_the_erase_page_for_leads_only(personas, login):
    case = _case(personas)
    actions.add_member(case, personas.lead, acting_user=personas.lead)
    url = f"/cases/{case.pk}/erase/"
    assert url in login(personas.lead).get(f"/cases/{case.pk}/").content.decode()
    assert url not in login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()


def test_others_get_not_found(personas, login):
    case = _case(personas)
    url = f"/cases/{case.pk}/erase/"
    for who in (personas.moderator, personas.outsider):
        client = login(who)
        assert client.get(url).status_code == 404
        form = {"confirm": case.pk[:8], "final": "yes"}
        assert client.post(url, form).status_code == 404
    assert Case.objects.get(pk=case.pk).erased_at is None


def test_the_page_warns_and_asks_twice_before_erasing(personas, login):
    case = _case(personas)
    client = login(personas.lead)
    url = f"/cases/{case.pk}/erase/"
    page = client.get(url).content.decode()
    assert "This cannot be undone." in page and "its timeline." in page
    assert "synthetic" not in page

    wrong = post_refused(client, url, {"confirm": "nothing!"}, at="")
    assert "nothing was erased" in wrong.content.decode()
    assert 'value="nothing!"' in wrong.content.decode(), "what was typed is kept"
    assert "nothing was erased" not in client.get(url).content.decode(), "said once"

    first = client.post(url, {"confirm": case.pk[:8]})
    assert first.status_code == 200
    assert "Last confirmation" in first.content.decode()
    assert Case.objects.get(pk=case.pk).erased_at is None

    # The last step without the typed id does nothing either.
    assert (
        "This field is required"
        in post_refused(client, url, {"final": "yes"}, at="").content.decode()
    )
    assert Case.objects.get(pk=case.pk).erased_at is None

    done = client.post(url, {"confirm": case.pk[:8], "final": "yes"})
    assert done.status_code == 302 and done["Location"] == f"/cases/{case.pk}/"
    erased = Case.objects.get(pk=case.pk)
    assert erased.erased_at is not None and erased.erased_by_id == personas.lead.pk
    assert AuditRecord.objects.filter(case_id=case.pk, type="case.erased").exists()
    assert "This case was erased" in client.get(f"/cases/{case.pk}/").content.decode()
    # Once erased, there is no erase page any more.
    assert client.get(url).status_code == 404
