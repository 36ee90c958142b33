"""Writing to the victim in a real browser: a moderator fills in a template and sends it,
is stopped by the advice check and sends anyway with a reason; the composer is scanned
with axe-core in both states."""

from __future__ import annotations

import re
from typing import Any

import pytest

from haven.cases import actions
from haven.cases.models import Case
from haven.portal.models import Message

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}
PAYING = "Synthetic draft: maybe just pay them what they ask and it will be over."


@pytest.fixture
def case(transactional_db: None, personas) -> Case:
    return actions.open_case(
        acting_user=personas.lead,
        members=[personas.moderator],
        disclosure="Synthetic disclosure for a browser test.",
    )


def _serious_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context="#compose")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v.get("impact") in SERIOUS
    ]


def test_moderator_fills_in_a_template_and_sends_it(
    case, personas, open_page, sign_in, shots, expect
):
    # axe-core is injected as a script: the desk's strict CSP would refuse it.
    page = open_page(bypass_csp=True)
    sign_in(page, personas.moderator)
    page.goto(f"/cases/{case.pk}/#compose")
    composer = page.locator("#compose")
    expect(composer).to_contain_text("follow-up code")
    expect(composer).to_contain_text("No messages yet.")
    composer.get_by_label("Template").select_option(label="Where to get specialist help")
    composer.get_by_label("Language of the message").select_option("en")
    composer.get_by_label("Their country (for where to get specialist help)").select_option("GB")
    composer.get_by_role("button", name="Fill in").click()
    page.wait_for_load_state()
    box = page.locator("#compose").get_by_label("Message", exact=True)
    expect(box).to_have_value(re.compile("Revenge Porn Helpline"))
    assert "{support_list}" not in box.input_value()
    expect(page.locator("#compose")).to_contain_text("The victim never sees your name.")
    page.locator("#compose").scroll_into_view_if_needed()
    shots.take(page, "composer-filled")
    page.locator("#compose").screenshot(path=str(shots.directory / "composer-filled-section.png"))
    assert _serious_violations(page) == []

    page.locator("#compose").get_by_role("button", name="Send to the victim").click()
    page.wait_for_url(f"**/cases/{case.pk}/#compose")
    composer = page.locator("#compose")
    expect(composer).to_contain_text("Sent to the victim's confidential page.")
    expect(composer.locator(".thread .from-team")).to_contain_text("Revenge Porn Helpline")
    expect(composer.locator(".thread .from-team")).to_contain_text("— the moderation team")
    expect(page.locator("#response")).to_contain_text("First response recorded on")
    shots.take(page, "composer-sent")
    composer.screenshot(path=str(shots.directory / "composer-sent-section.png"))
    assert Message.objects.filter(case=case).count() == 1


def test_flagged_message_is_sent_anyway_only_with_a_reason(
    case, personas, open_page, sign_in, shots, expect
):
    page = open_page(bypass_csp=True)
    sign_in(page, personas.moderator)
    page.goto(f"/cases/{case.pk}/#compose")
    page.locator("#compose").get_by_label("Message", exact=True).fill(PAYING)
    page.locator("#compose").get_by_role("button", name="Send to the victim").click()
    page.wait_for_load_state()
    composer = page.locator("#compose")
    expect(composer).to_contain_text("The advice check flagged this message")
    expect(composer).to_contain_text("advice to pay or comply")
    expect(page.locator(".error-summary")).to_be_visible()
    shots.take(page, "composer-flagged")
    composer.screenshot(path=str(shots.directory / "composer-flagged-section.png"))
    assert _serious_violations(page) == []
    assert Message.objects.filter(case=case).count() == 0

    composer.get_by_label("The victim asked about this directly").check()
    composer.get_by_role("button", name="Send anyway, with the reason above").click()
    page.wait_for_url(f"**/cases/{case.pk}/#compose")
    expect(page.locator("#compose .thread .from-team")).to_contain_text("Synthetic draft")
    page.goto(f"/cases/{case.pk}/timeline/")
    expect(page.locator("main")).to_contain_text("Message sent despite the advice check")
    expect(page.locator("main")).to_contain_text("The victim asked about this directly")
    shots.take(page, "timeline")
