"""The case page's first screen, in a real browser, for every demo case on a laptop and a phone:
what the case is about, what cannot wait and the next thing to do are all visible before any
scrolling; the rest is folded below; an axe-core scan finds nothing serious."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from haven.cases.models import Case
from haven.testing.demo import load_demo_cases

pytestmark = pytest.mark.browser

SCREENS = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
# What the first screen must hold; "cannot wait" is there only when something cannot.
FIRST_SCREEN = ("#summary", "#cannot-wait", "#next-action")


def _axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def _serious(page: Any) -> list[str]:
    page.add_script_tag(content=_axe_script())
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def _outside_first_screen(page: Any, height: int) -> list[str]:
    """The first-screen parts that are missing, or reach below the viewport's bottom."""
    problems = []
    assert page.evaluate("window.scrollY") == 0, "the page opened scrolled"
    for selector in FIRST_SCREEN:
        found = page.locator(selector)
        if selector == "#cannot-wait" and found.count() == 0:
            continue
        box = found.bounding_box() if found.count() == 1 else None
        if box is None:
            problems.append(f"{selector} is not on the page")
        elif box["y"] < 0 or box["y"] + box["height"] > height:
            problems.append(f"{selector} ends at {box['y'] + box['height']:.0f}px of {height}px")
    return problems


def _actions_lead_to_open_forms(page: Any, height: int) -> list[str]:
    """Every button of the first screen opens the section it names, on the screen."""
    problems = []
    case_url = page.url
    links = page.locator("#cannot-wait .button, #next-action .button")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        page.goto(case_url)
        page.locator(f'#summary ~ * a.button[href="{href}"]').first.click()
        target = page.locator("#" + href.split("#")[1])
        control = target.locator("select, input:not([type=hidden]), textarea").first
        box = control.bounding_box() if control.is_visible() else None
        if box is None or not 0 <= box["y"] < height:
            problems.append(f"{href} does not open a form on the screen")
    page.goto(case_url)
    return problems


@pytest.fixture
def demo(transactional_db: None, personas) -> list[Case]:
    return load_demo_cases(personas.lead, personas.moderator)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_demo_case_shows_what_it_is_and_what_to_do_in_the_first_screen(
    screen, demo, personas, open_page, sign_in, shots
):
    size = SCREENS[screen]
    page = open_page(viewport=size, bypass_csp=True)  # the CSP bypass is for axe only
    sign_in(page, personas.lead)  # the lead sees every demo case, the minors case too
    problems: dict[str, list[str]] = {}
    heights: dict[str, int] = {}
    for number, case in enumerate(demo, start=1):
        page.goto(f"/cases/{case.pk}/")
        name = f"case-{number}-{case.kind}"
        heights[name] = page.evaluate("document.documentElement.scrollHeight")
        page.screenshot(path=str(shots.directory / f"{name}-first-screen.png"))
        shots.take(page, name)
        if found := _outside_first_screen(page, size["height"]):
            problems[name] = found
        if bad := _serious(page):
            problems.setdefault(name, []).extend(bad)
        problems.setdefault(name, []).extend(_actions_lead_to_open_forms(page, size["height"]))
        if not problems[name]:
            del problems[name]
    page.goto(f"/cases/{demo[0].pk}/")
    page.locator("#next-action").get_by_role("link").click()
    shots.take(page, "case-1-next-step-opened")
    if bad := _serious(page):  # with a section and a step's form unfolded
        problems["case-1-next-step-opened"] = bad
    (shots.directory / "heights.json").write_text(json.dumps(heights, indent=1))
    assert not problems, problems


def test_without_javascript_the_next_step_and_a_refusal_open_the_form_they_point_at(
    demo, personas, open_page, sign_in, shots, expect
):
    page = open_page(java_script_enabled=False, viewport=SCREENS["phone"])
    sign_in(page, personas.lead)
    case = demo[0]  # its first three steps are done: "remove any exposed material" is next
    page.goto(f"/cases/{case.pk}/")
    button = page.locator("#next-action").get_by_role("link")
    expect(button).to_have_text("Remove any exposed material immediately")
    button.click()
    step = page.locator("#step-remove_material")
    state = step.get_by_label("State")
    expect(state).to_be_visible()
    assert state.bounding_box()["y"] < SCREENS["phone"]["height"], "the form is on the screen"
    shots.take(page, "next-step-form")

    # Done without confirming the victim's wishes: refused, and the page says where.
    state.select_option("done")
    shots.expect_status(f"/cases/{case.pk}/steps/remove_material/", 409)
    step.get_by_role("button", name="Save").click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("That was not saved")
    summary.get_by_role("link").click()
    box = page.locator("#step-remove_material").get_by_role("checkbox")
    expect(box).to_be_visible()
    expect(page.locator("#step-remove_material").get_by_role("alert")).to_be_visible()
    shots.take(page, "refused-step-form")
    box.check()
    page.locator("#step-remove_material").get_by_role("button", name="Save").click()
    expect(page.locator("#step-remove_material").get_by_role("status")).to_have_text("Step saved.")
    expect(page.locator("#step-remove_material .state")).to_contain_text("Done — set by lead")
    expect(page.locator("#next-action").get_by_role("link")).to_have_text(
        "Preserve evidence (with the victim's consent)"
    )
    shots.take(page, "step-saved")
