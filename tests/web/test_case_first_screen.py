"""The case page's first screen and its folds: what the case is, what cannot wait with the
one action each needs, the next pending step, what was said to the victim; the sections
below stay folded unless a link, a save or a refusal points into them."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from haven.cases import actions, assessing, checklist, intake, responding
from haven.cases.models import Case, StepState
from haven.portal import messages


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def _fold_open(page: str, anchor: str) -> bool:
    title = rf'<summary><h2 id="{anchor}-title">'
    found = re.search(rf'<details class="fold"( open)?>\s*{title}', page)
    assert found, f"the {anchor} section is a fold"
    return found.group(1) is not None


def _step(page: str, key: str) -> str:
    return page.split(f'id="step-{key}"')[1].split("</li>")[0]


def _step_form_open(page: str, key: str) -> bool:
    return '<details class="step-body" open>' in _step(page, key)


def _section(page: str, anchor: str) -> str:
    return page.split(f'id="{anchor}"')[1].split("</section>")[0]


def _urgent(page: str) -> str:
    return _section(page, "cannot-wait") if 'id="cannot-wait"' in page else ""


def test_the_summary_says_what_the_case_is_where_it_came_from_and_the_verdict(member, personas):
    case = intake.receive_report(
        source="moderator",
        comment="synthetic: he says he will post my photos unless I pay him",
        posts=[],
        acting_user=personas.moderator,
    )
    page = member.get(f"/cases/{case.pk}/").content.decode()
    summary = page.split('id="summary"')[1].split("</header>")[0]
    assert "Sextortion" in summary and case.pk[:8] in summary
    assert "Came in" in summary and "pasted by a moderator" in summary
    assert "The detector: Looks like sextortion" in summary and "signals:" in summary


def test_a_case_opened_on_the_desk_says_so_and_one_never_scanned_has_no_verdict(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    page = login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()
    summary = page.split('id="summary"')[1].split("</header>")[0]
    assert "opened on the desk" in summary
    assert "The detector" not in summary


def test_the_next_step_is_the_first_pending_one_and_its_link_opens_its_form(case, member):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    nxt = _section(page, "next-action")
    link = f"/cases/{case.pk}/?open=step-believe#step-believe"
    assert f'href="{link}"' in nxt and "Believe and reassure the victim" in nxt
    assert "Step 1 of 9" in nxt
    assert not _fold_open(page, "steps"), "folded until asked for"

    opened = member.get(link.split("#")[0]).content.decode()
    assert _fold_open(opened, "steps")
    assert _step_form_open(opened, "believe")
    assert not _step_form_open(opened, "wishes")
    assert not _fold_open(opened, "assessment")
    # Each step says where on the page, or which page, it is done.
    assert f'href="/cases/{case.pk}/?open=response#response"' in _step(opened, "believe")
    assert f'href="/cases/{case.pk}/server/">On the server<' in _step(opened, "ban")


def test_a_case_with_nothing_pending_says_so(case, member, personas):
    for line in checklist.steps_of(case):
        checklist.set_step(
            case, line.step.key, StepState.NOT_APPLICABLE, acting_user=personas.moderator
        )
    page = member.get(f"/cases/{case.pk}/").content.decode()
    nxt = _section(page, "next-action")
    assert "Nothing is pending: all 9 steps are done or set aside." in nxt
    assert 'class="button"' not in nxt


def test_a_closed_case_has_nothing_that_cannot_wait_and_says_why_it_closed(case, member, personas):
    Case.objects.filter(pk=case.pk).update(first_response_due=timezone.now() - timedelta(hours=3))
    responding.close_case(case, acting_user=personas.moderator, reason="withdrawn")
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert 'id="cannot-wait"' not in page
    nxt = _section(page, "next-action")
    assert "Closed because: The victim asked us to stop." in nxt
    assert "Nothing is pending." in nxt


def test_a_done_step_is_one_line_of_who_and_when_with_its_form_folded(case, member):
    response = member.post(
        f"/cases/{case.pk}/steps/believe/", {"state": "done", "note": "synthetic reassurance"}
    )
    page = member.get(response.url).content.decode()
    believe = _step(page, "believe")
    head = believe.split('<div class="step-head">')[1].split("</div>")[0]
    assert "<strong>Done</strong> — set by mod-on-case" in head
    assert "Step saved." in believe
    assert not _step_form_open(page, "believe"), "saved: its line says so, no form again"
    assert ">Change<" in believe
    assert _fold_open(page, "steps"), "the save came back to the steps"
    assert _step_form_open(page, "wishes"), "the next pending step is ready"
    assert "step-wishes" in _section(page, "next-action")


def test_an_overdue_first_response_cannot_wait_and_links_to_the_response_form(case, member):
    Case.objects.filter(pk=case.pk).update(first_response_due=timezone.now() - timedelta(hours=3))
    page = member.get(f"/cases/{case.pk}/").content.decode()
    urgent = _urgent(page)
    assert "urgent-overdue" in urgent and "OVERDUE by 3" in urgent
    link = f"/cases/{case.pk}/?open=response#response"
    assert f'href="{link}"' in urgent
    opened = member.get(link.split("#")[0]).content.decode()
    assert _fold_open(opened, "response")
    assert f'action="/cases/{case.pk}/response/"' in opened


def test_an_immediate_risk_cannot_wait_and_links_to_the_crisis_lines(case, member, personas):
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "yes"}
    )
    urgent = _urgent(member.get(f"/cases/{case.pk}/").content.decode())
    assert "urgent-risk" in urgent
    assert f'href="/cases/{case.pk}/?open=where#where"' in urgent
    opened = member.get(f"/cases/{case.pk}/?open=where").content.decode()
    assert _fold_open(opened, "where")


def test_a_possible_minor_links_to_the_mandatory_report_until_it_is_recorded(personas, login):
    case = actions.open_case(acting_user=personas.lead, kind="csea")
    lead = login(personas.lead)
    urgent = _urgent(lead.get(f"/cases/{case.pk}/").content.decode())
    link = f"/cases/{case.pk}/?open=step-mandatory_report#step-mandatory_report"
    assert f'href="{link}"' in urgent
    opened = lead.get(link.split("#")[0]).content.decode()
    assert _step_form_open(opened, "mandatory_report")
    checklist.set_step(case, "mandatory_report", "done", acting_user=personas.lead)
    urgent = _urgent(lead.get(f"/cases/{case.pk}/").content.decode())
    assert "The mandatory report is recorded" in urgent
    assert "?open=step-mandatory_report" not in urgent


def test_a_new_case_with_nothing_urgent_shows_no_cannot_wait_box(case, member):
    assert 'id="cannot-wait"' not in member.get(f"/cases/{case.pk}/").content.decode()


def test_a_refused_form_is_shown_unfolded_with_its_error_and_the_summary_points_at_it(case, member):
    refused = member.post(f"/cases/{case.pk}/steps/ban/", {"state": "done", "note": "synthetic"})
    # Post/Redirect/Get: the refusal is shown once on the case page, so a reload sends nothing.
    assert refused.status_code == 302
    assert refused["Location"].endswith("#step-ban")
    page = member.get(refused["Location"]).content.decode()
    assert 'href="#step-ban"' in page.split('class="error-summary"')[1].split("</div>")[0]
    assert _fold_open(page, "steps") and _step_form_open(page, "ban")
    assert 'id="step-ban-respects_wishes" value="on" autofocus' in page
    assert not _fold_open(page, "assessment")
    assert f'href="/cases/{case.pk}/?open=step-believe#step-believe"' in page

    closing = member.post(f"/cases/{case.pk}/close/", {"reason": "responded"})
    assert closing.status_code == 302
    page = member.get(closing["Location"]).content.decode()
    assert _fold_open(page, "response")
    assert 'id="close-error"' in page


def test_an_unknown_section_asked_for_opens_nothing(case, member):
    page = member.get(f"/cases/{case.pk}/?open=<script>").content.decode()
    assert "<script>" not in page
    assert not any(
        _fold_open(page, anchor) for anchor in ("reports", "assessment", "steps", "notes")
    )


def test_filling_in_a_template_keeps_the_composer_open(case, member):
    response = member.post(
        f"/cases/{case.pk}/messages/",
        {"action": "fill", "template": "what_next", "language": "en", "country": ""},
    )
    assert response.status_code == 200
    assert _fold_open(response.content.decode(), "compose")


def test_what_was_said_to_the_victim_is_listed_with_its_channel_once(case, member, personas):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "Nothing said to the victim yet." in _section(page, "said")

    responding.record_response(
        case, acting_user=personas.moderator, channel="email", note="synthetic: not your fault"
    )
    messages.send_to_victim(
        case, by=personas.moderator, body="Synthetic: we are here to help.", language="en"
    )
    messages.receive_from_victim(case, body="Synthetic: thank you.", language="en")
    said = _section(member.get(f"/cases/{case.pk}/").content.decode(), "said")
    items = said.split("<li>")[1:]
    assert len(items) == 2, "the message's own response record is not listed again"
    assert "Message on the confidential page" in items[0]
    assert "Synthetic: we are here to help." in items[0]
    assert "— the moderation team" not in items[0]
    assert "E-mail" in items[1] and "synthetic: not your fault" in items[1]
    assert "mod-on-case" in items[1]
    assert "The victim wrote 1 message on the confidential page" in said


def test_a_response_recorded_without_its_words_says_so(case, member, personas):
    responding.record_response(case, acting_user=personas.moderator, channel="fediverse")
    said = _section(member.get(f"/cases/{case.pk}/").content.decode(), "said")
    assert "A direct message on the fediverse" in said
    assert "What was said is not recorded." in said
