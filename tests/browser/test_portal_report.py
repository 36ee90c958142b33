"""The confidential report page in a real browser: with and without JavaScript, the urgent
answers before sending, the code, the quick exit, a phone's screen and an axe-core scan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from haven.cases.models import Case, CaseKind, Priority
from haven.portal.codes import verify_code

pytestmark = pytest.mark.browser

PORTAL = "/" + settings.HAVEN_PORTAL_PATH
PHONE = {"width": 390, "height": 844}
# Synthetic words of a person writing to the page.
HAPPENING = "Someone I met online says he will send my photos to my family unless I pay."


def _axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def scan(page: Any, name: str) -> None:
    """axe-core on the page as it is: no serious or critical violation."""
    page.add_script_tag(content=_axe_script())
    result = page.evaluate("async () => await axe.run(document)")
    bad = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert not bad, f"{name}: {bad}"


def _code(page: Any) -> str:
    return " ".join(page.locator("#code .word").all_inner_texts())


def _only_case() -> Case:
    [case] = list(Case.objects.all())
    return case


def test_with_script_the_urgent_answers_appear_before_sending_and_the_code_after(
    transactional_db: None, open_page, shots, expect
):
    page = open_page(bypass_csp=True)  # for the axe scan only; the page's own CSP is tested below
    page.goto(PORTAL)
    urgent = page.locator("#urgent")
    expect(urgent).to_be_hidden()
    scan(page, "form")
    page.get_by_label("Your country").select_option("DE")
    page.get_by_role("group", name="Are you in danger right now").get_by_label("Yes").check()
    expect(urgent).to_be_visible()
    expect(urgent).to_contain_text("If you are in danger")
    expect(urgent).to_contain_text("TelefonSeelsorge")
    page.get_by_role("group", name="Are you under 18?").get_by_label("Yes").check()
    expect(urgent).to_contain_text("Take It Down")
    shots.take(page, "urgent-before-sending")
    scan(page, "form with urgent answers")
    assert not Case.objects.exists(), "nothing is sent before the button"

    page.get_by_label("What is happening?").fill(HAPPENING)
    page.get_by_label("Who is doing it? (optional)").fill("threat@bad.example")
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your report was sent")
    code = _code(page)
    assert len(code.split()) == 7
    assert code.split()[0] not in page.url
    shots.take(page, "sent")
    scan(page, "sent")
    case = _only_case()
    assert verify_code(code, address="192.0.2.1").pk == case.pk
    assert case.priority == Priority.CRITICAL
    assert case.kind == CaseKind.CSEA


def test_without_script_the_report_is_sent_and_the_urgent_answers_come_first(
    transactional_db: None, open_page, shots, expect
):
    page = open_page(java_script_enabled=False)
    response = page.goto(PORTAL)
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    page.get_by_label("What is happening?").fill(HAPPENING)
    page.get_by_label("Your country").select_option("FR")
    page.get_by_role("group", name="Are you in danger right now").get_by_label("Yes").check()
    page.get_by_label("You may keep what I send as evidence, to decide").check()
    page.get_by_label("What would you like to happen? (optional)").fill("Ban him.")
    shots.take(page, "form-no-script")
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your report was sent")
    box = page.locator("#urgent").bounding_box()
    code_box = page.locator("#code").bounding_box()
    assert box and code_box and box["y"] < code_box["y"], "urgent help is shown first"
    expect(page.locator("#urgent")).to_contain_text("If you are in danger")
    code = _code(page)
    assert verify_code(code, address="192.0.2.2").pk == _only_case().pk
    assert _only_case().priority == Priority.CRITICAL
    shots.take(page, "sent-no-script")


def test_a_second_send_of_the_same_form_shows_no_code(
    transactional_db: None, open_page, shots, expect
):
    page = open_page(java_script_enabled=False)
    page.goto(PORTAL)
    token = page.locator("input[name=form_token]").get_attribute("value")
    page.get_by_label("What is happening?").fill(HAPPENING)
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your report was sent")

    # The same form again, as a reload or a second click would send it.
    again = open_page(bypass_csp=True)
    again.context.add_cookies(page.context.cookies())
    again.goto(PORTAL)
    again.evaluate("token => document.querySelector('input[name=form_token]').value = token", token)
    again.get_by_label("What is happening?").fill(HAPPENING)
    shots.expect_status(PORTAL, 409)
    again.get_by_role("button", name="Send my report").click()
    expect(again.get_by_role("alert")).to_contain_text("This form was sent already")
    assert again.locator("#code").count() == 0
    assert Case.objects.count() == 1
    shots.take(again, "already-sent")
    scan(again, "already sent")


def test_quick_exit_leaves_for_the_configured_site_by_button_and_by_escape(
    transactional_db: None, live_server, open_page, shots, settings, expect
):
    neutral = live_server.url + "/healthz"
    settings.HAVEN_QUICK_EXIT_URL = neutral
    page = open_page()
    page.goto("/healthz?start")
    page.goto(PORTAL)
    page.get_by_role("link", name="Quick exit").click()
    page.wait_for_url(neutral)
    page.go_back()
    # The report page was replaced in the history: back goes to the page before it.
    assert page.url.endswith("/healthz?start"), page.url

    page.goto(PORTAL)
    page.get_by_label("What is happening?").fill("typing")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral)

    # Without script the button is an ordinary link to the same site.
    plain = open_page(java_script_enabled=False)
    plain.goto(PORTAL)
    plain.get_by_role("link", name="Quick exit").click()
    plain.wait_for_url(neutral)


def test_a_phone_sized_screen_and_the_pages_errors(
    transactional_db: None, open_page, shots, expect
):
    page = open_page(viewport=PHONE, bypass_csp=True)
    page.goto(PORTAL)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"no sideways scrolling on a phone ({width}px)"
    exit_box = page.get_by_role("link", name="Quick exit").bounding_box()
    assert exit_box and exit_box["y"] < 100, "the quick exit is at the top"
    shots.take(page, "phone-form")

    shots.expect_status(PORTAL, 400)
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("alert")).to_contain_text("Please check the answers")
    expect(page.locator(".error").first).to_contain_text("Please tell us a little")
    shots.take(page, "phone-form-error")
    scan(page, "form with an error")

    page.get_by_label("What is happening?").fill(HAPPENING)
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your report was sent")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shots.take(page, "phone-sent")

    page = open_page(viewport=PHONE, bypass_csp=True)
    page.goto(PORTAL)
    shots.expect_status(PORTAL, 413)
    # The browser keeps to the field's maxlength; a client that does not is refused whole.
    page.evaluate("document.getElementById('id_happening').removeAttribute('maxlength')")
    page.get_by_label("What is happening?").fill(
        "x" * (settings.HAVEN_ANONYMOUS_MAX_BODY_BYTES + 1)
    )
    page.get_by_role("button", name="Send my report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("That was too much to send at once")
    shots.take(page, "phone-too-large")
    scan(page, "too large")
