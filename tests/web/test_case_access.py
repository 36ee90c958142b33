"""ACL-1/2/5: every case URL is 404 for a person outside the case's team; ids are random."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from haven.cases import actions
from haven.cases.audit import verify_audit
from haven.cases.models import AuditRecord, CaseEvent, CaseNote
from tests.web.helpers import kept_image

SRC = Path(__file__).resolve().parents[2] / "src" / "haven"


def _case_url_patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    found: list[str] = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found += _case_url_patterns(entry, route)
        elif isinstance(entry, URLPattern) and "<str:case_id>" in route:
            found.append(route.replace("^", "").replace("$", ""))
    return found


CASE_ROUTES = _case_url_patterns()
_OTHER_PARTS = re.compile(r"<str:(?!case_id>)(?P<name>\w+)>")


def _url(route: str, case_id: str, parts: dict[str, str] | None = None) -> str:
    """Fill a case route; other parts (a step, an image) take ``parts`` or a dummy value."""
    filled = _OTHER_PARTS.sub(lambda m: (parts or {}).get(m["name"], "x" * 16), route)
    return "/" + filled.replace("<str:case_id>", case_id)


def _page(response) -> str:
    # The masked CSRF token differs on every render; nothing else may.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def test_there_are_case_routes_to_check():
    assert len(CASE_ROUTES) >= 3


def test_every_other_part_of_a_case_route_is_filled():
    assert all("<" not in _url(route, "c" * 22) for route in CASE_ROUTES)


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


@pytest.fixture
def parts(case, personas):
    """Real values for the other parts, so a 404 can only come from the case itself."""
    note = CaseNote.objects.get(case=case, kind="disclosure")
    image = kept_image(case, personas.moderator)
    return {
        "key": "believe",
        "media_id": image.pk,
        "item_id": image.pk,
        "note_id": str(note.pk),
    }


@pytest.mark.parametrize("route", CASE_ROUTES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_acl1_outsider_gets_404_on_every_case_url(route, method, case, parts, personas, login):
    client = login(personas.outsider)
    response = getattr(client, method)(_url(route, case.pk, parts))
    assert response.status_code == 404
    assert b"synthetic disclosure" not in response.content
    unknown = getattr(client, method)(_url(route, "x" * 22))
    assert unknown.status_code == 404
    assert _page(unknown) == _page(response), "a hidden case must look like a missing one"


# Pages only a safety lead has: a moderator on the case finds nothing there either.
LEADS_ONLY = {"cases/<str:case_id>/erase/"}


@pytest.mark.parametrize("route", CASE_ROUTES)
def test_member_and_lead_reach_every_case_url(route, case, parts, personas, login):
    for user in (personas.moderator, personas.lead):
        response = login(user).get(_url(route, case.pk, parts))
        if route in LEADS_ONLY and not user.is_lead:
            assert response.status_code == 404, (route, user.username)
        else:
            assert response.status_code in {200, 302, 405}, (route, user.username)


def test_the_leads_only_routes_are_case_routes():
    assert set(CASE_ROUTES) >= LEADS_ONLY


def test_outsider_does_not_see_the_case_in_lists(case, personas, login):
    assert case.pk not in login(personas.outsider).get("/").content.decode()
    assert case.pk in login(personas.moderator).get("/").content.decode()


def test_acl2_case_ids_are_random_and_long(personas):
    ids = [actions.open_case(acting_user=personas.lead).pk for _ in range(20)]
    assert len(set(ids)) == 20
    assert all(len(i) >= 22 and re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    assert not any(i.isdigit() for i in ids)


def test_acl5_opening_a_case_is_one_audit_record_and_no_timeline_entry(case, personas, login):
    before = CaseEvent.objects.filter(case=case).count()
    login(personas.moderator).get(f"/cases/{case.pk}/")
    viewed = AuditRecord.objects.filter(case_id=case.pk, type="case.viewed")
    assert viewed.count() == 1
    assert viewed.get().actor == personas.moderator
    assert "synthetic" not in str(viewed.get().payload)
    assert CaseEvent.objects.filter(case=case).count() == before
    assert verify_audit().ok


def _view_modules() -> list[Path]:
    return [*SRC.rglob("views.py"), *SRC.rglob("views/*.py")]


def test_views_fetch_cases_only_through_access():
    assert len(_view_modules()) > 3, "the walk should find the web views package"
    offenders = []
    for path in _view_modules():
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b(Case|CaseEvent|CaseNote|CaseParty|CaseMember)\.objects\b", text):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == [], "views must use haven.cases.access"
