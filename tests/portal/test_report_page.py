"""The confidential report page through the test client: each answer lands where it belongs."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from haven.cases import actions, consent
from haven.cases.models import (
    Case,
    CaseEvent,
    CaseKind,
    CaseNote,
    CaseParty,
    ConsentScope,
    NoteKind,
    PartyRole,
    Priority,
    TextScan,
)
from haven.cases.notes import read_note
from haven.cases.victim_wishes import read_wishes
from haven.evidence.models import EvidenceItem
from haven.portal import report_help
from haven.portal.codes import verify_code
from haven.portal.report_form import CONSENT_TEXT
from tests.cases.helpers import database_contains, synthetic_png
from tests.portal.report_helpers import PORTAL, URGENT, code_in, send, token_of

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
    [note] = CaseNote.objects.filter(case=case, kind=NoteKind.REPORT)
    assert read_note(note).endswith("Where it happens (from the report page): somewhere else")
    labels = [actions.read_party_label(p) for p in CaseParty.objects.filter(case=case)]
    assert "someone on another app" in labels


def test_the_detector_reads_the_report(client: Client) -> None:
    send(
        client, {"happening": "He says he will send my nudes to my family unless I pay 500 euros."}
    )
    case = _only_case()
    assert TextScan.objects.filter(note__case=case).exists()
    assert "detection.scanned" in _kinds(case)


def test_danger_makes_the_case_critical_and_shows_crisis_lines_first(client: Client) -> None:
    page = send(client, {"danger": "yes", "country": "DE"})
    case = _only_case()
    assert case.priority == Priority.CRITICAL
    assert case.kind == CaseKind.SEXTORTION
    html = page.content.decode()
    assert html.index('id="urgent"') < html.index('id="code"'), "urgent help comes first"
    assert "Telefonseelsorge" in html or "TelefonSeelsorge" in html


def test_under_18_starts_the_minors_protocol_and_shows_take_it_down(client: Client) -> None:
    page = send(client, {"under_18": "yes", "country": "US"})
    case = _only_case()
    assert case.kind == CaseKind.CSEA
    assert case.priority == Priority.CRITICAL
    assert "case.minors_protocol" in _kinds(case)
    html = page.content.decode()
    assert html.index("Take It Down") < html.index('id="code"')


@pytest.mark.parametrize("country", ["DE", "FR", "JP", "US", "GB"])
def test_the_urgent_answers_follow_the_country(client: Client, country: str) -> None:
    token_of(client)
    page = client.post(URGENT, {"danger": "yes", "under_18": "yes", "country": country})
    assert page.status_code == 200
    html = page.content.decode()
    expected = report_help.urgent(country, under_18=True, danger=True)
    assert expected, f"the directory has urgent help for {country}"
    national = [row.org for row in expected if country in row.org.countries]
    assert national, f"{country} has a crisis line or hotline of its own"
    for org in national:
        assert escape(org.name) in html
    assert "Take It Down" in html


def test_the_urgent_answers_are_empty_when_neither_is_said(client: Client) -> None:
    token_of(client)
    page = client.post(URGENT, {"danger": "no", "under_18": "no", "country": "DE"})
    assert page.content.decode().strip() == ""


def test_without_script_an_invalid_form_shows_the_urgent_answers_at_once(client: Client) -> None:
    page = send(client, {"happening": "", "danger": "yes", "country": "FR"})
    assert page.status_code == 400
    html = page.content.decode()
    assert html.index('id="urgent"') < html.index('id="id_happening"')
    assert "If you are in danger" in html
    assert not Case.objects.exists()


def test_the_country_defaults_from_the_browsers_region(client: Client) -> None:
    page = client.get(PORTAL, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.5")
    assert '<option value="FR" selected>' in page.content.decode()
    page = client.get(PORTAL, HTTP_ACCEPT_LANGUAGE="en")
    assert '<option value="" selected>' in page.content.decode()


def test_the_code_is_shown_once_and_a_second_send_of_the_same_form_files_nothing(
    client: Client,
) -> None:
    token = token_of(client)
    first = send(client, {}, token=token)
    assert len(code_in(first).split()) == 7
    again = send(client, {}, token=token)
    assert again.status_code == 409
    assert code_in(again) == ""
    assert "This form was sent already" in again.content.decode()
    assert "Someone threatens to post my pictures" in again.content.decode(), "nothing is lost"
    assert Case.objects.count() == 1
    assert not any(
        len(value) > 40 for value in client.session.values() if isinstance(value, str)
    ), "no code in the session"


def test_two_open_forms_can_both_be_sent(client: Client) -> None:
    one, two = token_of(client), token_of(client)
    assert send(client, {}, token=two).status_code == 200
    assert send(client, {}, token=one).status_code == 200
    assert Case.objects.count() == 2


def test_lost_code_marks_the_report_as_asking_to_be_linked(client: Client) -> None:
    page = send(client, {"lost_code": "on"})
    assert "portal.lost_code_asked" in _kinds(_only_case())
    assert "lost the code of an earlier report" in page.content.decode()


def test_a_report_naming_an_open_cases_perpetrator_is_linked_to_it_on_both_timelines(
    client: Client, personas
) -> None:
    earlier = actions.open_case(acting_user=personas.lead)
    actions.add_party(
        earlier, PartyRole.PERPETRATOR, acting_user=personas.lead, acct="threat@bad.example"
    )
    send(client, {"who": "@Threat@Bad.Example"})
    later = Case.objects.exclude(pk=earlier.pk).get()
    assert "portal.same_perpetrator" in _kinds(earlier)
    assert "portal.same_perpetrator" in _kinds(later)
    assert actions.open_case_naming("threat@bad.example").pk in {earlier.pk, later.pk}
    shared = CaseParty.objects.filter(subject__isnull=False).values_list("subject", flat=True)
    assert len(set(shared)) == 1, "the same perpetrator is one subject, found by its keyed hash"


def test_evidence_is_sealed_into_the_vault(client: Client) -> None:
    image = SimpleUploadedFile("screenshot.png", synthetic_png(3), content_type="image/png")
    page = send(client, {"consent_evidence_for_ban": "on", "evidence": image})
    assert page.status_code == 200
    item = EvidenceItem.objects.get(case=_only_case())
    assert item.blob_name and item.kind == "image"
    assert "locked away" in page.content.decode()


def test_a_malformed_upload_is_refused_clearly_and_the_rest_of_the_form_is_kept(
    client: Client,
) -> None:
    broken = SimpleUploadedFile(
        "x.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, content_type="image/png"
    )
    page = send(
        client,
        {
            "consent_evidence_for_ban": "on",
            "evidence": broken,
            "outcome": "Please ban him.",
            "who": "threat@bad.example",
        },
    )
    assert page.status_code == 400
    html = page.content.decode()
    assert "could not be read" in html
    assert "Please ban him." in html and "threat@bad.example" in html
    assert "Someone threatens to post my pictures" in html
    assert 'name="consent_evidence_for_ban" id="id_consent_evidence_for_ban" checked' in html
    assert not Case.objects.exists()


def test_a_file_without_a_consent_to_keep_it_is_asked_about_first(client: Client) -> None:
    image = SimpleUploadedFile("screenshot.png", synthetic_png(4), content_type="image/png")
    page = send(client, {"evidence": image})
    assert page.status_code == 400
    assert "keeping evidence" in page.content.decode()
    assert not Case.objects.exists()


def test_a_minors_upload_keeps_only_its_hashes(client: Client) -> None:
    image = SimpleUploadedFile("screenshot.png", synthetic_png(5), content_type="image/png")
    page = send(client, {"under_18": "yes", "evidence": image})
    assert page.status_code == 200
    item = EvidenceItem.objects.get(case=_only_case())
    assert not item.blob_name and item.sha256
    assert "only a fingerprint" in page.content.decode()


def test_the_consent_boxes_cover_every_scope() -> None:
    assert set(CONSENT_TEXT) == set(ConsentScope)


def test_nothing_of_the_report_nor_the_address_is_kept_in_clear_or_logged(caplog) -> None:
    address = "198.51.100.77"
    sender = Client(REMOTE_ADDR=address)
    words = "Zebracorn threatens me with my photos"
    with caplog.at_level("DEBUG"):
        page = send(
            sender,
            {
                "happening": words,
                "who": "zebracorn@bad.example",
                "own_handle": "quietperson@good.example",
                "outcome": "Zebracorn banned",
            },
        )
    assert page.status_code == 200
    code = code_in(page)
    for secret in (words, "Zebracorn banned", "quietperson@good.example", address, code):
        assert database_contains(secret) == [], secret
        assert secret not in caplog.text, secret
    assert "zebracorn@bad.example" not in caplog.text
    assert database_contains("zebracorn@bad.example") == []


def test_a_form_whose_session_is_gone_comes_back_whole_with_a_new_token() -> None:
    stale = Client()
    page = send(stale, {"outcome": "Ban him."}, token="from-a-session-that-expired")
    assert page.status_code == 409
    html = page.content.decode()
    assert "Ban him." in html and code_in(page) == ""
    assert not Case.objects.exists()
    token = re.search(r'name="form_token" value="([^"]+)"', html)
    assert token and token[1] != "from-a-session-that-expired"
    assert send(stale, {}, token=token[1]).status_code == 200
    assert Case.objects.count() == 1
