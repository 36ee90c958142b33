"""The victim's follow-up page: the code, the session, the thread, answers, files,
consents and erasure, through the real middleware (no account, no second factor)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from haven.cases import consent, sealing
from haven.cases.models import AuditRecord, Case, ConsentMethod, ConsentRecord, ConsentScope
from haven.evidence.models import EvidenceItem, EvidenceSource
from haven.portal import codes, followup_session, messages, throttle
from haven.portal.models import FollowUpCode, Message
from haven.testing.personas import Personas
from tests.cases.helpers import assert_timeline_ok, database_contains, event_types
from tests.web.helpers import synthetic_png

BASE = "/" + settings.HAVEN_PORTAL_PATH + "back/"
CODE_PAGE, THREAD = BASE, BASE + "messages/"
REPLY, CHOICES, ERASE, LEAVE = BASE + "reply/", BASE + "choices/", BASE + "erase/", BASE + "leave/"
WRONG = "That code does not open a report. Check it and try again."


@pytest.fixture
def issued(case: Case) -> codes.IssuedCode:
    return codes.issue_followup_code(case, acting_user=None)


@pytest.fixture
def victim(issued: codes.IssuedCode) -> Client:
    """A browser that entered the right code."""
    client = Client(secure=True)
    response = client.post(CODE_PAGE, {"code": issued.code})
    assert response.status_code == 302 and response.url == THREAD
    return client


def opens(client: Client) -> bool:
    response = client.get(THREAD)
    if response.status_code == 302:
        assert response.url == CODE_PAGE
        return False
    assert response.status_code == 200
    return True


def test_the_code_page_is_open_warns_of_phishing_and_has_a_quick_exit(db: None) -> None:
    response = Client(secure=True).get(CODE_PAGE)
    assert response.status_code == 200
    text = response.content.decode()
    assert "never sends you a code, a link or a message by e-mail or direct message" in text
    assert f'href="{BASE}exit/"' in text and 'class="quick-exit"' in text
    assert "<script>" not in text and "style=" not in text  # the CSP allows neither
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_without_a_code_every_page_goes_to_the_code_form(db: None) -> None:
    client = Client(secure=True)
    for url in (THREAD, ERASE):
        assert client.get(url).url == CODE_PAGE
    for url in (REPLY, CHOICES, ERASE):
        assert client.post(url, {"body": "x", "understood": "on"}).url == CODE_PAGE
    assert not Message.objects.exists()


def test_the_right_code_opens_the_thread_and_marks_it_read(
    case: Case, personas: Personas, issued: codes.IssuedCode
) -> None:
    messages.send_to_victim(
        case, by=personas.moderator, body="We believe you. Synthetic note.", language="en"
    )
    client = Client(secure=True)
    client.post(CODE_PAGE, {"code": issued.code})
    page = client.get(THREAD).content.decode()
    assert "We believe you. Synthetic note." in page and "new" in page
    assert personas.moderator.username not in page
    assert messages.unread_count(case) == 0
    assert "message.read" in event_types(case)
    session = client.session
    assert session[followup_session.SESSION_CODE] == issued.id
    assert issued.code not in str(dict(session.items()))
    assert database_contains(issued.code) == []


def test_the_code_is_never_taken_from_the_address(issued: codes.IssuedCode) -> None:
    client = Client(secure=True)
    client.get(CODE_PAGE, {"code": issued.code})
    assert not opens(client)


def test_a_wrong_code_is_refused_with_one_message_and_slowed(
    case: Case, issued: codes.IssuedCode
) -> None:
    client = Client(secure=True)
    other = codes.issue_followup_code(
        Case.objects.create(), acting_user=None
    )  # a live code of another case, mistyped
    for attempt in ("wrong words entirely", other.code + " extra", "abacus " * 20):
        response = client.post(CODE_PAGE, {"code": attempt})
        assert response.status_code == 404
        assert WRONG in response.content.decode()
        assert attempt not in response.content.decode()
    assert not opens(client)
    for _ in range(throttle.PER_ADDRESS.attempts):
        response = client.post(CODE_PAGE, {"code": "still wrong"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many tries" in response.content.decode()
    assert client.post(CODE_PAGE, {"code": issued.code}).status_code == 429


def test_a_revoked_code_is_refused_and_its_session_ends(
    case: Case, personas: Personas, issued: codes.IssuedCode, victim: Client
) -> None:
    codes.issue_followup_code(case, acting_user=personas.lead)  # revokes the first
    assert not opens(victim)
    assert followup_session.SESSION_CODE not in victim.session
    again = Client(secure=True).post(CODE_PAGE, {"code": issued.code})
    assert again.status_code == 404


def test_an_expired_code_ends_its_session(issued: codes.IssuedCode, victim: Client) -> None:
    FollowUpCode.objects.filter(pk=issued.id).update(expires_at=timezone.now() - timedelta(1))
    assert not opens(victim)
    assert Client(secure=True).post(CODE_PAGE, {"code": issued.code}).status_code == 404


def test_an_idle_session_ends(victim: Client) -> None:
    assert opens(victim)
    session = victim.session
    session[followup_session.SESSION_SEEN] = time.time() - settings.HAVEN_PORTAL_IDLE_SECONDS - 5
    session.save()
    assert not opens(victim)
    assert "Please enter your code again." in victim.get(CODE_PAGE).content.decode()


def test_leaving_ends_the_session_and_its_old_cookie_opens_nothing(victim: Client) -> None:
    cookie = settings.SESSION_COOKIE_NAME
    old = victim.cookies[cookie].value
    assert victim.post(LEAVE).url == CODE_PAGE
    assert not opens(victim)
    replay = Client(secure=True)
    replay.cookies[cookie] = old
    assert not opens(replay)


def test_an_answer_is_kept_sealed_and_escaped(case: Case, victim: Client) -> None:
    script = "<script>alert('synthetic')</script><b>bold</b>"
    response = victim.post(REPLY, {"body": script})
    assert response.status_code == 302 and response.url == THREAD
    page = victim.get(THREAD).content.decode()
    assert (
        "&lt;script&gt;alert(&#x27;synthetic&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page
    )
    assert "<script>alert" not in page
    [answer] = messages.thread(case)
    assert answer.body == script and not answer.from_team
    assert database_contains("alert('synthetic')") == []
    assert event_types(case)[-1] == "message.received"
    assert_timeline_ok(case)


def test_a_long_answer_comes_back_with_a_clear_error(case: Case, victim: Client) -> None:
    long = "synthetic " * 2000  # 20,000 characters
    response = victim.post(REPLY, {"body": long})
    assert response.status_code == 400
    page = response.content.decode()
    assert "at most 10000 characters" in page
    assert long.strip() in page  # not lost: back in the box
    assert not Message.objects.exists()


def test_a_megabyte_of_text_is_refused_and_nothing_kept(victim: Client) -> None:
    megabyte = "<i>" + "x" * (1024 * 1024) + "</i>"
    response = victim.post(REPLY, {"body": megabyte})  # multipart: the portal upload cap
    assert response.status_code == 400
    assert "<i>xxx" not in response.content.decode()
    response = victim.post(
        REPLY, "body=" + megabyte, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in {400, 413}
    assert not Message.objects.exists()


def _consent(case: Case, scope: ConsentScope = ConsentScope.EVIDENCE_FOR_BAN) -> None:
    consent.record_consent(case, scope, given=True, acting_user=None, method=ConsentMethod.PORTAL)


def test_a_file_goes_into_the_vault_with_the_answer(case: Case, victim: Client) -> None:
    _consent(case)
    png = synthetic_png(seed=3)
    upload = SimpleUploadedFile("screenshot.png", png, content_type="image/png")
    response = victim.post(REPLY, {"body": "Here is a synthetic screenshot.", "file": upload})
    assert response.status_code == 302
    [item] = EvidenceItem.objects.filter(case=case)
    assert item.source == EvidenceSource.VICTIM and item.added_by is None and item.kept
    assert item.kept_under == ConsentScope.EVIDENCE_FOR_BAN
    types = event_types(case)
    assert types.index("evidence.received") < types.index("message.received")
    assert len(messages.thread(case)) == 1


def test_a_malformed_file_is_a_clear_error_and_the_answer_is_not_lost(
    case: Case, victim: Client
) -> None:
    _consent(case)
    broken = SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n" + b"not an image" * 50)
    response = victim.post(REPLY, {"body": "My synthetic words stay.", "file": broken})
    assert response.status_code == 400
    page = response.content.decode()
    assert "That file could not be read" in page and "Nothing of it was kept." in page
    assert "My synthetic words stay." in page
    assert not EvidenceItem.objects.exists() and not Message.objects.exists()


def test_a_file_needs_a_consent_to_keep_it(case: Case, victim: Client) -> None:
    upload = SimpleUploadedFile("screenshot.png", synthetic_png(), content_type="image/png")
    response = victim.post(REPLY, {"body": "Synthetic words.", "file": upload})
    assert response.status_code == 409
    assert "first allow the team to keep evidence" in response.content.decode()
    assert not EvidenceItem.objects.exists() and not Message.objects.exists()


def test_consents_change_on_the_timeline_as_the_victims_own(case: Case, victim: Client) -> None:
    page = victim.get(THREAD).content.decode()
    assert page.count('type="checkbox"') == len(ConsentScope)
    response = victim.post(CHOICES, {"evidence_for_ban": "on", "hash_images": "on"})
    assert response.url == THREAD
    assert consent.has_consent(case, ConsentScope.EVIDENCE_FOR_BAN)
    assert consent.has_consent(case, ConsentScope.HASH_IMAGES)
    assert not consent.has_consent(case, ConsentScope.SHARE_HASHES)
    records = ConsentRecord.objects.filter(case=case)
    assert records.count() == 2
    assert all(r.recorded_by is None and r.method == ConsentMethod.PORTAL for r in records.all())
    assert event_types(case)[-2:] == ["consent.recorded", "consent.recorded"]
    victim.post(CHOICES, {"hash_images": "on"})  # withdraws the first
    assert not consent.has_consent(case, ConsentScope.EVIDENCE_FOR_BAN)
    assert records.count() == 3
    assert "checked" in victim.get(THREAD).content.decode()
    assert_timeline_ok(case)


def test_erasure_needs_the_warning_understood(case: Case, victim: Client) -> None:
    page = victim.get(ERASE).content.decode()
    assert "This cannot be undone." in page and "your code stops working" in page
    response = victim.post(ERASE, {})
    assert response.status_code == 400
    assert Case.objects.get(pk=case.pk).erased_at is None


@pytest.mark.django_db(transaction=True)
def test_erasure_at_the_victims_request_destroys_everything(personas: Personas) -> None:
    from haven.cases import actions

    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    issued = codes.issue_followup_code(case, acting_user=None)
    messages.send_to_victim(
        case, by=personas.moderator, body="Synthetic team words.", language="en"
    )
    _consent(case)
    client = Client(secure=True)
    client.post(CODE_PAGE, {"code": issued.code})
    client.post(REPLY, {"body": "Synthetic victim words."})
    assert sealing.has_case_key(case.pk)
    response = client.post(ERASE, {"understood": "on"})
    assert response.status_code == 200
    assert "Your report was erased" in response.content.decode()
    erased = Case.objects.get(pk=case.pk)
    assert erased.erased_at is not None and erased.erased_by is None
    assert not Message.objects.filter(case=case).exists()
    assert not ConsentRecord.objects.filter(case=case).exists()
    assert not FollowUpCode.objects.filter(case=case).exists()
    assert not sealing.has_case_key(case.pk)
    assert list(
        AuditRecord.objects.filter(case_id=case.pk).order_by("seq").values_list("type", flat=True)
    ) == ["case.erasure_requested", "case.erased"]
    assert not opens(client)
    with pytest.raises(codes.WrongCode):
        codes.verify_code(issued.code, address="198.51.100.99")


def test_quick_exit_forgets_the_code_and_leaves_for_the_neutral_site(victim: Client) -> None:
    response = victim.get(BASE + "exit/")
    assert response.status_code == 302 and response.url == settings.HAVEN_QUICK_EXIT_URL
    assert not opens(victim)


def test_the_page_lists_other_help_for_the_chosen_country(victim: Client) -> None:
    anywhere = victim.get(THREAD).content.decode()
    assert 'id="help"' in anywhere and 'class="orgs"' in anywhere
    german = victim.get(THREAD, {"where": "DE"}).content.decode()
    assert '<option value="DE" selected>' in german
    assert german.count("<li>") >= anywhere.count("<li>")
    assert victim.get(THREAD, {"where": "<script>"}).status_code == 200


def test_the_follow_up_page_has_the_discreet_title_of_the_setting(client, settings):
    settings.HAVEN_PORTAL_TITLE = "Garden club"
    page = client.get(f"/{settings.HAVEN_PORTAL_PATH}back/").content.decode()
    assert "<title>Garden club</title>" in page
    assert "sextortion" not in page.split("</title>")[0].lower()
