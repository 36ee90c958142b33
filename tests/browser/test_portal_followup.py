"""The victim comes back with their code, in a real browser: reads the team's message and
answers, with JavaScript and without; a wrong code is refused; quick exit leaves no way
back; a phone's screen; an axe-core scan of every follow-up page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from haven.cases import actions
from haven.portal import codes, messages
from haven.portal.models import Direction, Message
from haven.testing.personas import Personas

pytestmark = pytest.mark.browser

BASE = "/" + settings.HAVEN_PORTAL_PATH + "back/"
TEAM_WORDS = "We believe you, and this is not your fault. Synthetic message for a browser test."
ANSWER = "Thank you. He wrote again last night. (Synthetic answer.)"


def _axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def scan(page: Any, name: str) -> None:
    """axe-core on the page as it is (a context that bypasses the CSP, for the scan only)."""
    page.add_script_tag(content=_axe_script())
    result = page.evaluate("async () => await axe.run(document)")
    bad = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert not bad, f"{name}: {bad}"


@pytest.fixture
def waiting(transactional_db: None, personas: Personas) -> tuple[str, str]:
    """A case the team has written on, and the victim's code for it: (case id, code)."""
    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    issued = codes.issue_followup_code(case, acting_user=None)
    messages.send_to_victim(case, by=personas.moderator, body=TEAM_WORDS, language="en")
    return case.pk, issued.code


def _enter(page: Any, code: str) -> None:
    page.goto(BASE)
    page.get_by_label("Your follow-up code").fill(code)
    page.get_by_role("button", name="Open my report").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_victim_comes_back_reads_the_team_and_answers(
    waiting: tuple[str, str], open_page: Any, shots: Any, expect: Any, javascript: bool
) -> None:
    case_id, code = waiting
    page = open_page(java_script_enabled=javascript)
    page.goto(BASE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Come back to your report")
    expect(page.locator("#phishing")).to_contain_text("is a trick (phishing)")
    shots.take(page, "code-form")
    _enter(page, code)
    page.wait_for_url(f"**{BASE}messages/")
    assert code.split(" ")[0] not in page.url
    team = page.locator(".thread li.team")
    expect(team).to_have_count(1)
    expect(team).to_contain_text(TEAM_WORDS)
    expect(team).to_contain_text("— the moderation team")
    expect(team.locator(".new")).to_have_text("new")
    shots.take(page, "thread")
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url(f"**{BASE}messages/")
    expect(page.get_by_role("status")).to_contain_text("Your answer was sent to the team.")
    expect(page.locator(".thread li.you")).to_contain_text(ANSWER)
    expect(page.locator(".thread .new")).to_have_count(0)  # read now
    shots.take(page, "answered")
    answer = Message.objects.get(case_id=case_id, direction=Direction.FROM_VICTIM)
    assert messages.read_body(answer) == ANSWER
    page.get_by_role("button", name="Leave (close my report on this device)").click()
    page.wait_for_url(f"**{BASE}")
    page.goto(BASE + "messages/")
    page.wait_for_url(f"**{BASE}")  # the session no longer opens it
    shots.take(page, "left")


def test_a_wrong_code_is_refused(
    waiting: tuple[str, str], open_page: Any, shots: Any, expect: Any
) -> None:
    page = open_page()
    shots.expect_status(BASE, 404)
    _enter(page, "these are not the right words at all")
    expect(page.get_by_role("alert")).to_have_text(
        "That code does not open a report. Check it and try again."
    )
    expect(page.get_by_label("Your follow-up code")).to_have_value("")
    assert page.url.endswith(BASE)
    shots.take(page, "wrong-code")


def test_quick_exit_leaves_no_way_back(
    waiting: tuple[str, str], open_page: Any, shots: Any, expect: Any
) -> None:
    _case, code = waiting
    page = open_page()
    neutral = settings.HAVEN_QUICK_EXIT_URL
    page.context.route(
        neutral + "**",
        lambda route: route.fulfill(body="<title>Neutral</title>", content_type="text/html"),
    )
    page.goto("about:blank")
    _enter(page, code)
    page.wait_for_url(f"**{BASE}messages/")
    page.get_by_role("link", name="Leave this page quickly").click()
    page.wait_for_url(neutral)
    expect(page).to_have_title("Neutral")
    page.go_back()
    # location.replace took the messages out of the history, and the code was forgotten:
    # going back finds the code form.
    page.wait_for_url(f"**{BASE}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Come back to your report")
    page.goto(BASE + "messages/")
    page.wait_for_url(f"**{BASE}")
    shots.take(page, "back-after-quick-exit")


def test_quick_exit_works_without_javascript(
    waiting: tuple[str, str], open_page: Any, shots: Any, expect: Any
) -> None:
    _case, code = waiting
    page = open_page(java_script_enabled=False)
    neutral = settings.HAVEN_QUICK_EXIT_URL
    page.context.route(
        neutral + "**",
        lambda route: route.fulfill(body="<title>Neutral</title>", content_type="text/html"),
    )
    _enter(page, code)
    page.wait_for_url(f"**{BASE}messages/")
    page.get_by_role("link", name="Leave this page quickly").click()
    page.wait_for_url(neutral)
    page.goto(BASE + "messages/")
    page.wait_for_url(f"**{BASE}")


def test_a_phones_screen(waiting: tuple[str, str], open_page: Any, shots: Any) -> None:
    _case, code = waiting
    page = open_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    _enter(page, code)
    page.wait_for_url(f"**{BASE}messages/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways on a phone ({width}px)"
    exit_box = page.get_by_role("link", name="Leave this page quickly").bounding_box()
    assert exit_box is not None and exit_box["height"] >= 44
    shots.take(page, "phone-thread")


def test_the_follow_up_pages_pass_an_accessibility_scan(
    waiting: tuple[str, str], open_page: Any, shots: Any, expect: Any
) -> None:
    _case, code = waiting
    page = open_page(bypass_csp=True)  # only so that axe-core can be injected
    shots.expect_status(BASE, 404)
    page.goto(BASE)
    scan(page, "code form")
    _enter(page, "wrong words")
    expect(page.get_by_role("alert")).to_be_visible()
    scan(page, "code form with an error")
    _enter(page, code)
    page.wait_for_url(f"**{BASE}messages/")
    scan(page, "thread")
    page.get_by_role("link", name="About erasing my report").click()
    page.wait_for_url(f"**{BASE}erase/")
    shots.take(page, "erase-warning")
    scan(page, "erase warning")
    shots.expect_status(BASE + "erase/", 400)
    page.get_by_role("button", name="Erase my report for good").click()
    # The browser's own check asks for the box first (with JavaScript or not).
    page.get_by_label("I understand that everything").check()
    page.get_by_role("button", name="Erase my report for good").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your report was erased")
    shots.take(page, "erased")
    scan(page, "erased")
