"""A refused form on the case page answers with a redirect (POST/redirect/GET): reloading
the page it leads to sends nothing again; the refusal and what was typed are shown once."""

from __future__ import annotations

import json

import pytest

from haven.accounts.sessions import SessionStore
from haven.cases import actions, erasure
from haven.cases.models import CaseEvent, CaseStatus
from haven.web import refusals

CLOSING = {"reason": "responded", "note": "synthetic closing words"}
REFUSED = "That was not saved"


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def _events(case) -> int:
    return CaseEvent.objects.filter(case=case).count()


def test_a_refused_close_redirects_and_a_reload_shows_the_page_without_sending_it(case, member):
    before = _events(case)
    refused = member.post(f"/cases/{case.pk}/close/", CLOSING)
    assert refused.status_code == 302
    assert refused.url == f"/cases/{case.pk}/#close"
    page = member.get(refused.url).content.decode()
    assert REFUSED in page and "no response to the victim is recorded" in page
    assert 'value="responded" id="close-reason_0" checked' in page
    assert "synthetic closing words</textarea>" in page
    assert "autofocus" in page.split('name="reason"')[1].split(">")[0], "the keyboard is there"

    reloaded = member.get(refused.url).content.decode()
    assert REFUSED not in reloaded, "the refusal is shown once"
    assert "synthetic closing words" not in reloaded
    assert _events(case) == before
    case.refresh_from_db()
    assert case.status != CaseStatus.CLOSED


def test_a_refused_step_comes_back_under_its_own_step(case, member):
    refused = member.post(f"/cases/{case.pk}/steps/ban/", {"state": "done", "note": "synthetic"})
    assert refused.url == f"/cases/{case.pk}/#step-ban"
    page = member.get(refused.url).content.decode()
    ban = page.split('id="step-ban"')[1].split("</li>")[0]
    assert 'role="alert"' in ban and "synthetic</textarea>" in ban
    believe = page.split('id="step-believe"')[1].split("</li>")[0]
    assert 'role="alert"' not in believe


def test_a_refusal_is_kept_for_its_own_case_only(case, member, personas):
    other = actions.open_case(acting_user=personas.moderator, disclosure="synthetic other")
    member.post(f"/cases/{case.pk}/close/", CLOSING)
    assert REFUSED not in member.get(f"/cases/{other.pk}/").content.decode()
    # Opening another case dropped it: it is not shown later, out of its moment.
    assert REFUSED not in member.get(f"/cases/{case.pk}/").content.decode()


def test_what_is_kept_is_sealed_under_the_case_key_and_bound_to_the_person(case, member, login):
    member.post(f"/cases/{case.pk}/close/", CLOSING)
    [row] = [
        r
        for r in SessionStore.get_model_class().objects.all()
        if refusals.SESSION_KEY in SessionStore().decode(r.session_data)
    ]
    kept = SessionStore().decode(row.session_data)[refusals.SESSION_KEY]
    assert "synthetic closing words" not in json.dumps(kept)
    assert set(kept) == {"case", "page", "sealed"}


def test_an_erased_case_drops_what_was_kept(case, member, personas):
    member.post(f"/cases/{case.pk}/close/", CLOSING)
    erasure.erase_case(case, acting_user=personas.lead)
    response = member.get(f"/cases/{case.pk}/")
    assert REFUSED.encode() not in response.content


def test_a_refused_message_to_the_victim_keeps_the_advice_check_findings(case, member):
    paying = "Honestly the easiest way out is to pay them what they ask."
    form = {"template": "", "language": "en", "country": "", "body": paying, "action": "send"}
    refused = member.post(f"/cases/{case.pk}/messages/", form)
    assert refused.status_code == 302 and refused.url.endswith("#compose")
    page = member.get(refused.url).content.decode()
    assert "advice to pay or comply" in page
    assert "pay them what they ask" in page
    assert "advice to pay or comply" not in member.get(refused.url).content.decode()
