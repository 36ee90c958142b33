"""The case page's "Write to the victim": fill in a template, send it, and the advice check."""

from __future__ import annotations

import html
import re

import pytest

from haven.cases import actions
from haven.cases import message_templates as mt
from haven.cases.models import Case, CaseEvent
from haven.fediverse.models import Connection
from haven.portal import messages
from haven.portal.models import Message
from tests.web.helpers import post_refused

PAYING = "Honestly the easiest way out is to pay them what they ask, then it is over."


@pytest.fixture
def case(personas) -> Case:
    return actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def _post(client, case, **fields):
    form = {"template": "", "language": "en", "country": "", "body": "", **fields}
    return client.post(f"/cases/{case.pk}/messages/", form)


def _refused(client, case, **fields):
    form = {"template": "", "language": "en", "country": "", "body": "", **fields}
    return post_refused(client, f"/cases/{case.pk}/messages/", form, at="compose")


def _textarea(page: str) -> str:
    match = re.search(r'<textarea name="body"[^>]*>(.*?)</textarea>', page, re.S)
    assert match, "the message box is on the page"
    return html.unescape(match.group(1)).strip()


def _types(case) -> list[str]:
    return list(CaseEvent.objects.filter(case=case).order_by("seq").values_list("type", flat=True))


def test_the_case_page_has_the_composer_in_the_victims_language(case, member, personas):
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert 'id="compose"' in page and 'href="#compose"' in page
    assert "follow-up code" in page and "confidential page" in page
    assert "the team's signature" in page and "— the moderation team" in page
    assert 'value="en" selected' in page
    messages.receive_from_victim(case, body="Synthetic question from the victim.", language="de")
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert 'value="de" selected' in page
    assert "From the victim" in page and "Synthetic question from the victim." in page


def test_fill_in_renders_the_template_into_the_box_and_changes_nothing(case, member):
    Connection.objects.create(
        base_url="https://social.example", software="mastodon", domain="social.example"
    )
    before = _types(case)
    response = _post(member, case, action="fill", template="what_next", language="fr")
    assert response.status_code == 200
    text = _textarea(response.content.decode())
    assert text == mt.render("what_next", "fr", {"server_name": "social.example"}).text
    assert _types(case) == before, "filling in is not a change to the case"
    assert Message.objects.count() == 0


def test_specialist_help_is_filled_for_the_chosen_country(case, member):
    page = _post(
        member, case, action="fill", template="specialist_help", language="de", country="DE"
    ).content.decode()
    text = _textarea(page)
    assert "HateAid" in text and "{support_list}" not in text


def test_an_unfilled_placeholder_is_shown_and_cannot_be_sent(case, member):
    # No connected server: the moderator has to write the server's name in.
    page = _post(member, case, action="fill", template="block_and_keep").content.decode()
    assert "Still to fill in before it can be sent: {server_name}" in page
    text = _textarea(page)
    response = _refused(member, case, action="send", template="block_and_keep", body=text)
    assert "{server_name}" in html.unescape(response.content.decode())
    assert Message.objects.count() == 0
    fixed = text.replace("{server_name}", "social.example")
    response = _post(member, case, action="send", template="block_and_keep", body=fixed)
    assert response.status_code == 302


def test_send_counts_as_first_response_and_is_on_the_timeline(case, member):
    assert case.first_responded_at is None
    body = mt.render("believe", "en", {}).text
    response = _post(member, case, action="send", template="believe", body=body)
    assert response.status_code == 302 and response.url == f"/cases/{case.pk}/#compose"
    assert Case.objects.get(pk=case.pk).first_responded_at is not None
    assert "message.sent" in _types(case)
    [message] = Message.objects.filter(case=case)
    assert message.template == "believe" and message.language == "en"
    page = member.get(response.url).content.decode()
    assert "Sent to the victim&#x27;s confidential page." in page
    assert "From the team" in page and "We believe you" in page
    timeline = member.get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Message sent to the victim" in timeline and "from a template" in timeline


def test_flagged_then_sent_anyway_with_a_reason_on_the_timeline(case, member):
    page = _refused(member, case, action="send", body=PAYING).content.decode()
    assert "The advice check flagged this message" in page
    assert "advice to pay or comply" in page and "Paying rarely ends the demands" in page
    assert "The victim asked about this directly" in page
    assert PAYING in _textarea(page), "nothing typed is lost"
    assert Message.objects.count() == 0 and "message.sent" not in _types(case)
    # "Send anyway" without a reason is refused; "another reason" needs a note.
    refused = _refused(member, case, action="send_anyway", body=PAYING)
    assert "Choose why the message is sent anyway." in refused.content.decode()
    refused = _refused(member, case, action="send_anyway", body=PAYING, override_reason="other")
    assert Message.objects.count() == 0
    response = _post(
        member,
        case,
        action="send_anyway",
        body=PAYING,
        override_reason="explains_wording",
    )
    assert response.status_code == 302
    assert Message.objects.count() == 1
    types = _types(case)
    assert types.index("case.advice_overridden") < types.index("message.sent")
    timeline = member.get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Message sent despite the advice check" in timeline
    assert "The message quotes or explains this wording" in timeline


def test_a_stale_reason_does_not_send_a_flagged_message_with_plain_send(case, member):
    response = _refused(member, case, action="send", body=PAYING, override_reason="victim_asked")
    assert "The advice check flagged this message" in response.content.decode()
    assert Message.objects.count() == 0


def test_markup_is_escaped_in_the_thread_and_the_box(case, member):
    script = '<script>alert("x")</script><b>synthetic</b>'
    messages.receive_from_victim(case, body=script, language="en")
    page = _refused(member, case, action="send", body=PAYING + script).content.decode()
    assert "<script>alert" not in page and "<b>synthetic</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_outsider_gets_404_for_the_composer_and_sends_nothing(case, personas, login):
    outsider = login(personas.outsider)
    body = mt.render("believe", "en", {}).text
    assert _post(outsider, case, action="send", body=body).status_code == 404
    assert _post(outsider, case, action="fill", template="believe").status_code == 404
    assert outsider.get(f"/cases/{case.pk}/messages/").status_code == 404
    assert Message.objects.count() == 0


def test_a_get_is_not_allowed_for_the_team(case, member):
    assert member.get(f"/cases/{case.pk}/messages/").status_code == 405


def test_every_template_filled_in_on_the_page_can_be_sent_as_it_is(case, member):
    Connection.objects.create(
        base_url="https://social.example", software="mastodon", domain="social.example"
    )
    for template in mt.templates():
        page = _post(member, case, action="fill", template=template.key, country="GB")
        body = _textarea(page.content.decode())
        sent = _post(member, case, action="send", template=template.key, body=body)
        assert sent.status_code == 302, template.key
    assert Message.objects.filter(case=case).count() == len(mt.templates())


def test_a_case_about_a_minor_gets_the_young_peoples_routes_first(personas, login):
    case = actions.open_case(acting_user=personas.lead, kind="csea")
    lead = login(personas.lead)
    page = _post(
        lead, case, action="fill", template="specialist_help", language="en", country="GB"
    ).content.decode()
    listed = [line for line in _textarea(page).splitlines() if line.startswith("- ")]
    assert listed[0].startswith("- Take It Down")
    assert any("Childline" in line for line in listed)
    # The moderator does not see such a case at all.
    assert _post(login(personas.moderator), case, action="fill").status_code == 404
