"""The moderator's desk: every form on the case page works for the team, and a refusal
leads back to the page (a redirect: reloading sends nothing again) with the reason next
to the form and nothing typed lost."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from haven.cases import access, actions, assessing, checklist, consent, erasure, victim_wishes
from haven.cases.models import CaseEvent, CaseKind, CaseStatus, StepState
from tests.web.helpers import post_refused

NO_ANSWERS = dict.fromkeys(assessing.QUESTIONS, "unknown")
NO_DETAILS = dict.fromkeys(assessing.DETAILS, "")


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def _types(case) -> list[str]:
    return list(CaseEvent.objects.filter(case=case).values_list("type", flat=True))


def _alert(page: str) -> str:
    match = re.search(r'role="alert"[^>]*>(.*?)</div>', page, re.S)
    assert match, "the refusal must be shown in an alert"
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


# -- assessment ---------------------------------------------------------------


def test_assessment_saves_answers_details_and_shows_the_rule(case, member, personas):
    form = {
        **NO_ANSWERS,
        **NO_DETAILS,
        "threat_of_exposure": "yes",
        "demand_money": "yes",
        "demand_details": "synthetic: gift cards",
    }
    response = member.post(f"/cases/{case.pk}/assessment/", form)
    assert response.status_code == 302
    assert response.url == f"/cases/{case.pk}/#assessment"
    view = assessing.read_assessment(case)
    assert view.answers["threat_of_exposure"] == "yes"
    assert view.details["demand_details"] == "synthetic: gift cards"
    page = member.get(response.url).content.decode()
    assert "a threat to expose intimate material, with demands" in page
    assert "Assessment saved." in page
    assert 'value="yes" id="assessment-demand_money_0" checked' in page
    assert "synthetic: gift cards</textarea>" in page


def test_assessment_unknown_is_an_answer_and_is_offered_everywhere(case, member):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    for name in assessing.QUESTIONS:
        assert f'name="{name}" value="unknown" id="assessment-{name}_2" checked' in page


def test_assessment_missing_answer_keeps_what_was_typed(case, member):
    form = {**NO_ANSWERS, **NO_DETAILS, "risk_details": "synthetic risk words"}
    del form["immediate_risk"]
    response = post_refused(member, f"/cases/{case.pk}/assessment/", form, at="assessment")
    page = response.content.decode()
    assert "synthetic risk words</textarea>" in page
    assert 'id="assessment-immediate_risk_error"' in page
    assert "autofocus" in page.split('name="immediate_risk"')[1].split(">")[0]
    assert 'href="#assessment"' in page.split('class="error-summary"')[1]


def test_a_moderator_who_marks_a_minor_is_sent_to_the_inbox_with_a_reason(case, member):
    form = {**NO_ANSWERS, **NO_DETAILS, "minor_involved": "yes"}
    response = member.post(f"/cases/{case.pk}/assessment/", form)
    assert response.status_code == 302
    assert response.url == "/"
    case.refresh_from_db()
    assert case.kind == CaseKind.CSEA
    home = member.get("/").content.decode()
    assert "the safety leads take this case over: they have been told" in home
    assert "nothing more to do on it" in home
    assert "(or its team)" not in home
    assert member.get(f"/cases/{case.pk}/").status_code == 404


# -- the steps ----------------------------------------------------------------


def test_every_step_shows_the_guides_words_and_its_state(case, member):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    for line in checklist.steps_of(case):
        assert f'id="step-{line.step.key}"' in page
        assert str(line.guide.guidance).replace("'", "&#x27;") in page
        assert str(line.guide.haven_help).replace("'", "&#x27;") in page


def test_the_steps_heading_counts_the_steps(case, member, personas, login):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "The 9 steps" in page and "The nine steps" not in page
    assessing.update_assessment(case, acting_user=personas.lead, answers={"minor_involved": "yes"})
    lead = login(personas.lead)
    page = lead.get(f"/cases/{case.pk}/").content.decode()
    assert "The 10 steps" in page
    report = page.split('id="step-mandatory_report"')[1].split("</li>")[0]
    assert "respects_wishes" not in report
    assert "wishes-shown" not in report


def test_the_wishes_box_cannot_claim_wishes_that_are_not_recorded(case, member, personas):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    ban = page.split('id="step-ban"')[1].split("</li>")[0]
    assert "This respects the victim" not in ban
    assert "No wishes are recorded yet: I go ahead without them" in ban
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic: a ban", safety=""
    )
    page = member.get(f"/cases/{case.pk}/").content.decode()
    ban = page.split('id="step-ban"')[1].split("</li>")[0]
    assert "This respects the victim" in ban
    assert "I go ahead without them" not in ban


def test_a_step_is_set_with_a_note(case, member, personas):
    response = member.post(
        f"/cases/{case.pk}/steps/believe/", {"state": "done", "note": "synthetic reassurance"}
    )
    assert response.status_code == 302
    assert response.url.endswith("#step-believe")
    line = next(s for s in checklist.steps_of(case) if s.step.key == "believe")
    assert line.step.state == StepState.DONE
    assert line.set_by == personas.moderator.username
    page = member.get(response.url).content.decode()
    step = page.split('id="step-believe"')[1].split("</li>")[0]
    assert "<strong>Done</strong> — set by mod-on-case" in step
    assert "synthetic reassurance" in step
    assert "Step saved." in step


def test_a_step_that_affects_the_victim_shows_their_wishes_and_needs_the_check(case, member):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    ban = page.split('id="step-ban"')[1].split("</li>")[0]
    assert "No wishes recorded yet — ask the victim first." in ban
    # Not `required`: "declined" or "not applicable" need no confirmation; the server asks
    # for it on "done" only.
    assert 'name="respects_wishes"' in ban
    assert "required" not in ban.split('name="respects_wishes"')[1].split(">")[0]
    believe = page.split('id="step-believe"')[1].split("</li>")[0]
    assert "respects_wishes" not in believe

    refused = post_refused(
        member,
        f"/cases/{case.pk}/steps/ban/",
        {"state": "done", "note": "synthetic"},
        at="step-ban",
    )
    text = refused.content.decode()
    assert "confirm that this respects them" in _alert(text)
    assert "shown above" not in _alert(text)
    assert 'id="step-ban-respects_wishes" value="on" autofocus' in text
    assert "synthetic</textarea>" in text.split('id="step-ban"')[1]
    assert "wishes.confirmed" not in _types(case)

    declined = member.post(f"/cases/{case.pk}/steps/ban/", {"state": "declined"})
    assert declined.status_code == 302, "declining needs no confirmation"
    ok = member.post(f"/cases/{case.pk}/steps/ban/", {"state": "done", "respects_wishes": "on"})
    assert ok.status_code == 302
    assert "wishes.confirmed" in _types(case)


def test_recorded_wishes_are_shown_beside_the_steps_that_depend_on_them(case, member, personas):
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic: ban after I block", safety=""
    )
    page = member.get(f"/cases/{case.pk}/").content.decode()
    for key in ("remove_material", "preserve_evidence", "ban"):
        assert "synthetic: ban after I block" in page.split(f'id="step-{key}"')[1].split("</li>")[0]


@pytest.mark.parametrize("key", ["nonsense", "mandatory_report"])
def test_a_step_the_case_does_not_have_is_not_found(case, member, key):
    response = member.post(f"/cases/{case.pk}/steps/{key}/", {"state": "done"})
    assert response.status_code == 404


# -- wishes and consent -------------------------------------------------------


def test_wishes_are_saved_in_the_victims_words(case, member, personas):
    response = member.post(
        f"/cases/{case.pk}/wishes/", {"outcome": "synthetic outcome", "safety": "synthetic safe"}
    )
    assert response.status_code == 302 and response.url.endswith("#wishes")
    wishes = victim_wishes.read_wishes(case)
    assert wishes and wishes.outcome == "synthetic outcome" and wishes.safety == "synthetic safe"
    assert "Last written by mod-on-case" in member.get(response.url).content.decode()


def test_empty_wishes_are_refused_in_place(case, member):
    url = f"/cases/{case.pk}/wishes/"
    response = post_refused(member, url, {"outcome": " ", "safety": ""}, at="wishes")
    assert "at least one of the victim" in _alert(response.content.decode())


def test_consent_is_given_and_withdrawn_per_scope(case, member, personas):
    form = {"scope": "evidence_for_police", "given": "yes", "method": "portal", "note": ""}
    assert member.post(f"/cases/{case.pk}/consent/", form).status_code == 302
    assert consent.has_consent(case, "evidence_for_police")
    page = member.get(f"/cases/{case.pk}/").content.decode()
    row = page.split('class="consent-given"')[1].split("</tr>")[0]
    assert "Keep evidence for a law-enforcement export" in row
    assert "mod-on-case" in row and "Through the confidential report page" in row
    assert page.count('class="consent-not_asked"') == 3

    form.update(given="no", method="told_moderator", note="synthetic: changed their mind")
    assert member.post(f"/cases/{case.pk}/consent/", form).status_code == 302
    assert not consent.has_consent(case, "evidence_for_police")
    assert 'class="consent-withdrawn"' in member.get(f"/cases/{case.pk}/").content.decode()


def test_consent_without_a_method_keeps_the_choices(case, member):
    form = {"scope": "hash_images", "given": "yes", "note": "synthetic consent note"}
    response = post_refused(member, f"/cases/{case.pk}/consent/", form, at="consent")
    page = response.content.decode()
    assert 'value="hash_images" id="consent-scope_2" checked' in page
    assert "synthetic consent note</textarea>" in page
    assert 'id="consent-method_error"' in page


# -- response, status and closing ---------------------------------------------


def test_closing_without_a_response_is_refused_with_the_reason_and_the_form_kept(case, member):
    form = {"reason": "responded", "note": "synthetic closing words"}
    response = post_refused(member, f"/cases/{case.pk}/close/", form, at="close")
    page = response.content.decode()
    assert "no response to the victim is recorded" in _alert(page)
    assert 'value="responded" id="close-reason_0" checked' in page
    assert "synthetic closing words</textarea>" in page
    case.refresh_from_db()
    assert case.status != CaseStatus.CLOSED


def test_a_response_then_closing(case, member):
    response = member.post(
        f"/cases/{case.pk}/response/", {"channel": "fediverse", "note": "synthetic reply"}
    )
    assert response.status_code == 302 and response.url.endswith("#response")
    closed = member.post(f"/cases/{case.pk}/close/", {"reason": "responded", "note": ""})
    assert closed.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.close_reason == "responded"
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "Closed because: The victim was answered and the case is done." in page
    assert 'name="action" value="reopen"' in page
    assert "/close/" not in page, "a closed case has no close form"
    assert "The case is closed." in page


def test_another_reason_needs_a_note(case, member):
    url = f"/cases/{case.pk}/close/"
    response = post_refused(member, url, {"reason": "other", "note": ""}, at="close")
    page = response.content.decode()
    assert "Say why the case is closed." in _alert(page)
    assert re.search(r'<textarea[^>]*\bautofocus\b[^>]*id="close-note"', page)


def test_status_buttons_offer_only_what_the_status_allows(case, member):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    status = page.split('id="status"')[1].split("</div>")[0]
    assert 'value="start"' in status and 'value="wait"' in status
    assert 'value="resume"' not in status and 'value="reopen"' not in status
    assert member.post(f"/cases/{case.pk}/status/", {"action": "start"}).status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN
    refused = post_refused(member, f"/cases/{case.pk}/status/", {"action": "reopen"}, at="status")
    assert "cannot take the action" in _alert(refused.content.decode())


# -- people, team, restriction, notes -----------------------------------------


def test_people_are_added_by_account_or_description(case, member):
    form = {"role": "perpetrator", "account": "synthetic_perp@spam.example", "description": ""}
    assert member.post(f"/cases/{case.pk}/people/", form).status_code == 302
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "@synthetic_perp@spam.example" in page
    refused = post_refused(member, f"/cases/{case.pk}/people/", {"role": "witness"}, at="people")
    assert "account or a short description" in _alert(refused.content.decode())


def test_a_lead_manages_the_team_and_the_restriction(case, personas, login):
    lead = login(personas.lead)
    page = lead.get(f"/cases/{case.pk}/").content.decode()
    assert f'<option value="{personas.outsider.pk}">mod-elsewhere</option>' in page
    added = lead.post(f"/cases/{case.pk}/team/", {"action": "add", "user": personas.outsider.pk})
    assert added.status_code == 302 and added.url.endswith("#team")
    assert login(personas.outsider).get(f"/cases/{case.pk}/").status_code == 200
    removed = lead.post(
        f"/cases/{case.pk}/team/", {"action": "remove", "user": personas.outsider.pk}
    )
    assert removed.status_code == 302
    assert login(personas.outsider).get(f"/cases/{case.pk}/").status_code == 404

    assert lead.post(f"/cases/{case.pk}/restrict/", {"restricted": "on"}).status_code == 302
    case.refresh_from_db()
    assert case.restricted
    assert "Restricted: its team only" in lead.get(f"/cases/{case.pk}/").content.decode()
    assert lead.post(f"/cases/{case.pk}/restrict/", {"restricted": "off"}).status_code == 302
    case.refresh_from_db()
    assert not case.restricted


def test_a_moderator_sees_no_lead_controls_and_is_refused_in_place(case, member, personas):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert f"/cases/{case.pk}/restrict/" not in page
    assert 'name="action" value="remove"' not in page
    add = {"action": "add", "user": personas.outsider.pk}
    refused = post_refused(member, f"/cases/{case.pk}/team/", add, at="team")
    assert "Only a safety lead" in _alert(refused.content.decode())
    refused = post_refused(member, f"/cases/{case.pk}/restrict/", {"restricted": "on"}, at="team")
    assert "Only a safety lead" in _alert(refused.content.decode())


def test_a_lead_who_restricts_then_leaves_is_told_why_the_case_is_gone(case, personas, login):
    lead = login(personas.lead)
    lead.post(f"/cases/{case.pk}/restrict/", {"restricted": "on"})
    gone = lead.post(f"/cases/{case.pk}/team/", {"action": "remove", "user": personas.lead.pk})
    assert gone.status_code == 302 and gone.url == "/"
    assert not access.cases_visible_to(personas.lead).filter(pk=case.pk).exists()


def test_notes_are_added_and_a_blank_note_is_refused(case, member):
    assert member.post(f"/cases/{case.pk}/notes/", {"body": "synthetic note"}).status_code == 302
    assert "synthetic note" in member.get(f"/cases/{case.pk}/").content.decode()
    refused = post_refused(member, f"/cases/{case.pk}/notes/", {"body": "   "}, at="notes")
    assert 'id="notes-error"' in refused.content.decode()


# -- the page as a whole ------------------------------------------------------


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.label_for: set[str] = set()
        self.unlabelled: list[str] = []
        self.inline: list[str] = []
        self._in_label = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "style" in a or tag == "script" or any(k.startswith("on") for k in a):
            self.inline.append(tag)
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "label":
            self._in_label += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        control = tag in {"input", "select", "textarea"} and a.get("type") != "hidden"
        if control and not self._in_label:
            self.unlabelled.append(a.get("id") or a.get("name") or tag)

    def handle_endtag(self, tag):
        if tag == "label":
            self._in_label -= 1


@pytest.mark.parametrize("who", ["moderator", "lead"])
def test_every_control_has_a_label_ids_are_unique_and_nothing_is_inline(case, personas, login, who):
    page = login(getattr(personas, who)).get(f"/cases/{case.pk}/").content.decode()
    parser = _Controls()
    parser.feed(page)
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    assert [c for c in parser.unlabelled if c not in parser.label_for] == []
    assert parser.inline == [], "no inline style or script: the CSP forbids them"
    assert 'class="skip" href="#main"' in page
    for anchor in (
        "assessment",
        "steps",
        "wishes",
        "consent",
        "response",
        "images",
        "people",
        "team",
        "notes",
    ):
        assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page


def test_an_erased_case_still_opens_but_offers_no_forms(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={}, details={"risk_details": "synthetic"}
    )
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic", safety=""
    )
    erasure.erase_case(case, acting_user=personas.lead)
    response = login(personas.lead).get(f"/cases/{case.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "This case was erased" in page
    assert "synthetic" not in page
    assert '<form method="post" action="/cases/' not in page
