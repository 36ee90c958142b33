"""The confidential report page through the test client: each answer lands where it belongs."""

from __future__ import annotations

import pytest
from django.test import Client

from haven.cases import consent
from haven.cases.models import (
    Case,
    CaseEvent,
    CaseKind,
    CaseParty,
    ConsentScope,
    PartyRole,
    Priority,
)
from haven.cases.victim_wishes import read_wishes
from haven.portal.codes import verify_code
from tests.portal.report_helpers import PORTAL, code_in, send

pytestmark = pytest.mark.django_db


def _only_case() -> Case:
    cases = list(Case.objects.all())
    assert len(cases) == 1
    return cases[0]


def _kinds(case: Case) -> list[str]:
    return list(CaseEvent.objects.filter(case_id=case.pk).values_list("type", flat=True))


def test_the_page_opens_without_an_account_with_its_discreet_title_and_quick_exit(
    settings, client: Client
) -> None:
    page = client.get(PORTAL)
    html = page.content.decode()
    assert page.status_code == 200
    assert f"<title>{settings.HAVEN_PORTAL_TITLE}</title>" in html
    assert f'href="{settings.HAVEN_QUICK_EXIT_URL}"' in html
    assert "Haven" not in html
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert "<script>" not in html and "style=" not in html and " onclick" not in html


def test_a_report_opens_a_case_from_the_portal_and_gives_a_code_that_opens_it(
    client: Client,
) -> None:
    page = send(client, {})
    assert page.status_code == 200
    case = _only_case()
    assert "case.report_received" in _kinds(case)
    assert "portal.code_issued" in _kinds(case)
    code = code_in(page)
    assert len(code.split()) == 7
    assert verify_code(code, address="203.0.113.9").pk == case.pk
    assert code.replace(" ", "") not in page.get("Location", "")


def test_each_field_is_kept_where_it_belongs(client: Client) -> None:
    page = send(
        client,
        {
            "who": "@Threat@bad.example\nsomeone on another app",
            "where": "elsewhere",
            "own_handle": "me@good.example",
            "outcome": "I want the account gone.",
            "safety": "Knowing he cannot message me.",
            "consent_evidence_for_ban": "on",
            "consent_hash_images": "on",
            "country": "DE",
        },
    )
    assert page.status_code == 200
    case = _only_case()
    roles = sorted(CaseParty.objects.filter(case=case).values_list("role", flat=True))
    assert roles == sorted([PartyRole.PERPETRATOR, PartyRole.PERPETRATOR, PartyRole.VICTIM])
    perpetrator = CaseParty.objects.get(case=case, subject__isnull=False)
    assert perpetrator.role == PartyRole.PERPETRATOR
    assert consent.has_consent(case, ConsentScope.EVIDENCE_FOR_BAN)
    assert consent.has_consent(case, ConsentScope.HASH_IMAGES)
    assert not consent.has_consent(case, ConsentScope.EVIDENCE_FOR_POLICE)
    assert not consent.has_consent(case, ConsentScope.SHARE_HASHES)
    wishes = read_wishes(case)
    assert wishes is not None
    assert wishes.outcome == "I want the account gone."
    assert wishes.safety == "Knowing he cannot message me."
    assert case.priority == Priority.NORMAL
    assert case.kind == CaseKind.SEXTORTION
