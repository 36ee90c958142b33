"""Opening a case from a report, and adding a report to a case, from the desk."""

from __future__ import annotations

import logging
import re

import pytest
from django.test import Client

from haven.cases import actions, assessing, responding
from haven.cases.models import Assessment, Case, CaseEvent, CaseKind, CaseNote, NoteKind
from tests.conftest import _verified_client
from tests.web.helpers import post_refused

COMMENT = "Synthetic report: a member says an account threatens her."
THREAT = (
    "I have your nudes. Pay 300 dollars in gift cards by tonight or I send them to "
    "all your followers."
)
SELF_HARM = "I can't take this anymore, I want to kill myself."
MINOR = "I am 15 and he says he will post my pictures to my school unless I send more."


def _form(**overrides: str) -> dict[str, str]:
    form = {"kind": "sextortion", "priority": "2", "comment": COMMENT, "post_1": THREAT}
    form.update({f"post_{n}": "" for n in range(2, 6)})
    form.update(overrides)
    return form


def _checked(page: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="(\w+)" id="[^"]+" checked', page)
    return match.group(1) if match else ""


def _kinds_offered(page: str) -> set[str]:
    return set(re.findall(r'name="kind" value="(\w+)"', page))


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def test_the_inbox_offers_to_open_a_case(member):
    page = member.get("/").content.decode()
    assert 'href="/cases/new/"' in page


def test_the_form_renders_with_plain_help(member):
    response = member.get("/cases/new/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'method="post" action="/cases/new/"' in page
    assert "csrfmiddlewaretoken" in page
    assert "Do not paste images" in page
    assert "Nothing here is sent anywhere" in page
    assert all(f'name="post_{n}"' in page for n in range(1, 6))
    assert _checked(page, "kind") == "sextortion"
    assert _checked(page, "priority") == "2"


def test_moderators_are_offered_only_the_kinds_they_may_open(personas, member, login):
    assert _kinds_offered(member.get("/cases/new/").content.decode()) == {"sextortion", "ncii"}
    lead = login(personas.lead).get("/cases/new/").content.decode()
    assert _kinds_offered(lead) == {"sextortion", "ncii", "csea"}


def test_posting_opens_the_case_and_redirects_to_it(member, personas):
    response = member.post("/cases/new/", _form(post_3=SELF_HARM))
    assert response.status_code == 302
    case = Case.objects.get()
    # The top of the case, where what cannot wait is said, not the report.
    assert response.url == f"/cases/{case.pk}/"
    assert case.members.get() == personas.moderator
    kinds = list(CaseNote.objects.filter(case=case).order_by("pk").values_list("kind", flat=True))
    assert kinds == [NoteKind.REPORT, NoteKind.REPORTED_POST, NoteKind.REPORTED_POST]
    received = CaseEvent.objects.get(case=case, type="case.report_received")
    assert received.payload == {"source": "moderator", "comment": True, "posts": 2}


def test_the_case_page_marks_the_signals_and_suggests_without_deciding(member):
    response = member.post("/cases/new/", _form(post_2=SELF_HARM, post_4=MINOR))
    page = member.get(response.url).content.decode()
    top, rest = page.split('id="reports"', 1)
    reports = rest.split("</section>")[0]
    assert "Report added and scanned." in top  # said at the top, where the page lands
    assert reports.count('<article class="note">') == 4
    assert '<mark class="signal signal-demand_money"' in reports
    assert '<mark class="signal signal-self_harm_risk"' in reports
    assert "Looks like sextortion" in reports
    assert "signals:" in reports and "demand for money" in reports
    assert "possible risk of self-harm" in reports
    assert "Reported post or message ·" in reports
    assert _checked(page, "immediate_risk") == "yes"
    assert _checked(page, "minor_involved") == "yes"
    assert "Suggested by the scan of a reported post or message" in page
    case = Case.objects.get()
    stored = Assessment.objects.get(case=case)
    assert (stored.immediate_risk, stored.minor_involved) == ("unknown", "unknown")
    assert case.kind == CaseKind.SEXTORTION


def test_the_report_comes_before_the_assessment_and_notes_stay_apart(member):
    response = member.post("/cases/new/", _form())
    page = member.get(response.url).content.decode()
    assert page.index('id="reports"') < page.index('id="assessment"')
    notes = page.split('id="notes"')[1].split("</section>")[0]
    assert COMMENT not in notes
    assert 'href="#reports"' in page


def test_a_moderator_choosing_csea_gets_a_form_error_not_a_500(member):
    response = member.post("/cases/new/", _form(kind="csea"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Only a safety lead can open a case where someone may be a minor" in page
    assert COMMENT in page and "gift cards" in page, "what was typed is kept"
    assert not Case.objects.exists()


def test_a_lead_opens_a_csea_case(personas, login):
    response = login(personas.lead).post("/cases/new/", _form(kind="csea"))
    assert response.status_code == 302
    assert Case.objects.get().kind == CaseKind.CSEA


def test_an_empty_report_is_refused_and_the_choices_are_kept(member):
    form = _form(kind="ncii", priority="3", comment="  ", post_1="")
    response = member.post("/cases/new/", form)
    assert response.status_code == 400
    page = response.content.decode()
    assert "The report is empty" in page
    assert 'role="alert"' in page
    assert _checked(page, "kind") == "ncii"
    assert _checked(page, "priority") == "3"
    assert "autofocus" in page.split('name="comment"')[1].split(">")[0]
    assert not Case.objects.exists()


def test_a_report_is_added_from_the_case_page(personas, member):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert f'action="/cases/{case.pk}/reports/"' in page
    assert "Add a report to this case" in page
    form = {"comment": "", "post_1": "", "post_2": THREAT, "post_3": "", "post_4": "", "post_5": ""}
    response = member.post(f"/cases/{case.pk}/reports/", form)
    assert response.status_code == 302
    assert response.url == f"/cases/{case.pk}/#reports"
    assert CaseNote.objects.filter(case=case, kind=NoteKind.REPORTED_POST).count() == 1
    page = member.get(response.url).content.decode()
    reports = page.split('id="reports"')[1].split("</section>")[0]
    assert "synthetic disclosure" in reports
    assert '<mark class="signal signal-demand_money"' in reports


def test_an_empty_added_report_shows_the_page_again_with_the_reason(personas, member):
    case = actions.open_case(acting_user=personas.moderator)
    url = f"/cases/{case.pk}/reports/"
    response = post_refused(member, url, {"comment": " "}, at="reports")
    assert 'id="reports-error"' in response.content.decode()
    assert not CaseNote.objects.filter(case=case).exists()


def test_outsiders_get_404_for_the_add_report_url(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    outsider = login(personas.outsider)
    response = outsider.post(f"/cases/{case.pk}/reports/", {"comment": THREAT})
    assert response.status_code == 404
    assert outsider.post("/cases/" + "x" * 22 + "/reports/", {"comment": THREAT}).status_code == 404
    assert not CaseNote.objects.filter(case=case).exists()
    case.refresh_from_db()
    assert not CaseEvent.objects.filter(case=case, type="case.report_received").exists()


def test_the_open_page_needs_sign_in(personas):
    response = Client(secure=True).post("/cases/new/", _form())
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert not Case.objects.exists()


@pytest.mark.parametrize("url", ["/cases/new/", "reports"])
def test_csrf_is_enforced(personas, url):
    case = actions.open_case(acting_user=personas.moderator)
    strict = Client(secure=True, enforce_csrf_checks=True)
    strict.cookies = _verified_client(personas.moderator).cookies
    target = url if url.startswith("/") else f"/cases/{case.pk}/reports/"
    assert strict.post(target, _form()).status_code == 403
    assert not CaseNote.objects.filter(kind__in=["report", "reported_post"]).exists()
    assert Case.objects.count() == 1


def test_no_text_in_urls_or_logs(member, caplog):
    caplog.set_level(logging.DEBUG)
    canary = "CANARY-intake-3f9e"
    response = member.post("/cases/new/", _form(comment=canary, post_1=f"{canary} post"))
    assert canary not in response.url
    page = member.get(response.url)
    assert canary in page.content.decode()
    case = Case.objects.get()
    assert case.pk in caplog.text
    assert canary not in caplog.text
    assert "CANARY" not in caplog.text.upper()


def test_the_timeline_tells_where_the_report_came_from(member):
    response = member.post("/cases/new/", _form(post_2=SELF_HARM))
    case = Case.objects.get()
    page = member.get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Report received" in page
    assert "pasted by a moderator" in page
    assert "2 reported posts or messages" in page
    assert "Text scanned for signs of sextortion" in page
    assert THREAT not in page and response.status_code == 302


@pytest.mark.parametrize("who", ["moderator", "lead"])
def test_every_control_on_the_open_page_has_a_label_and_nothing_is_inline(personas, login, who):
    from tests.web.test_desk_forms import _Controls

    page = login(getattr(personas, who)).get("/cases/new/").content.decode()
    parser = _Controls()
    parser.feed(page)
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    assert [c for c in parser.unlabelled if c not in parser.label_for] == []
    assert parser.inline == []


def test_self_harm_and_a_minor_are_flagged_at_the_top_until_answered(member, personas):
    response = member.post("/cases/new/", _form(post_2=SELF_HARM, post_4=MINOR))
    page = member.get(response.url).content.decode()
    banner = page.split('class="banner-urgent" role="alert"')[1].split("</section>")[0]
    assert page.index("banner-urgent") < page.index('id="reports"')
    assert "self-harm" in banner and "kill myself" in banner
    assert "under 18" in banner and "I am 15" in banner
    case = Case.objects.get()
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "no"}
    )
    page = member.get(response.url).content.decode()
    banner = page.split('class="banner-urgent" role="alert"')[1].split("</section>")[0]
    assert "self-harm" not in banner and "under 18" in banner
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"minor_involved": "no"}
    )
    assert "banner-urgent" not in member.get(response.url).content.decode()


def test_no_banner_when_nothing_urgent_was_found(member):
    response = member.post("/cases/new/", _form())
    assert "banner-urgent" not in member.get(response.url).content.decode()


def test_the_posts_of_a_report_read_together_are_judged_under_the_last_one(member):
    split = {
        "post_1": "hey. i have the pics you sent me",
        "post_2": "500 dollars in bitcoin. today",
        "post_3": "or every one of your followers gets them",
    }
    response = member.post("/cases/new/", _form(comment="", **split))
    page = member.get(response.url).content.decode()
    reports = page.split('id="reports"')[1].split("</section>")[0]
    notes = reports.split('<article class="note">')[1:]
    assert len(notes) == 3
    assert "Read together" not in notes[0] + notes[1]
    assert "Read together, these 3 posts or messages look like sextortion" in notes[2]
    assert (
        "Reported posts read together"
        in member.get(response.url.split("#")[0] + "timeline/").content.decode()
    )


def test_the_timeline_says_why_a_closed_case_came_back(personas, member):
    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    responding.record_response(case, acting_user=personas.moderator, channel="fediverse")
    responding.close_case(case, acting_user=personas.lead, reason="responded")
    member.post(f"/cases/{case.pk}/reports/", _form(comment=COMMENT))
    timeline = member.get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "reason: a report arrived" in timeline
