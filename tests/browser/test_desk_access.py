"""The desk without a mouse, on a phone, and without JavaScript: a moderator may be
using any of them at 2 a.m."""

from __future__ import annotations

import pytest

from haven.cases import actions, consent, notes, responding, victim_wishes
from haven.testing.personas import PASSWORD

from .conftest import fresh_token, unfold, unfold_step

pytestmark = pytest.mark.browser

FOCUSED = "() => document.activeElement && document.activeElement.id"
FOCUSED_HREF = "() => document.activeElement && document.activeElement.getAttribute('href')"
# Nothing to scroll sideways; and what sticks out if something does: the innermost
# elements past the right edge, or whose text overflows their box (a long word),
# outside any box that scrolls on its own (a wide table in .table-wrap may).
WIDTH = """() => {
  const root = document.documentElement;
  const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
  const inScroller = e => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (scrolls(p)) return true;
    }
    return false;
  };
  const sticksOut = e => e.getBoundingClientRect().right > root.clientWidth + 1
    || (e.scrollWidth > e.clientWidth + 1 && !scrolls(e) && e.clientWidth > 0);
  const wide = [...document.querySelectorAll('main *')]
    .filter(e => sticksOut(e) && !inScroller(e))
    .filter((e, _, all) => !all.some(o => o !== e && e.contains(o)))
    .slice(0, 8)
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
      + (e.className ? '.' + e.className : '') + ': ' + (e.textContent || '').trim().slice(0, 40));
  return {scroll: root.scrollWidth, client: root.clientWidth, wide};
}"""


def _tab_until(page, script: str, wanted: str, limit: int = 40) -> int:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(script) == wanted:
            return presses
    raise AssertionError(f"{wanted!r} was not reached in {limit} presses of Tab")


def test_sign_in_and_open_a_case_with_the_keyboard_alone(desk, open_page, shots, expect):
    page = open_page()
    page.goto("/")
    page.wait_for_url("**/accounts/login/**")

    # The user name has the focus on arrival: type at once.
    expect(page.get_by_label("User name")).to_be_focused()
    page.keyboard.type(desk.lead.username)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(PASSWORD)
    shots.take(page, "sign-in-typed")
    page.keyboard.press("Enter")

    page.wait_for_url("**/accounts/verify/**")
    expect(page.get_by_label("Six-digit code")).to_be_focused()  # autofocus, no Tab needed
    page.keyboard.type(fresh_token(desk.lead))
    shots.take(page, "second-factor-typed")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/accounts/" not in url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Open cases")

    # The first stop on a page is the skip link, and it shows itself when focused.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None
    assert box["y"] >= 0, "the focused skip link must be on screen"
    shots.take(page, "inbox-skip-link")

    first = f"/cases/{desk.oldest_critical.pk}/"
    presses = _tab_until(page, FOCUSED_HREF, first)
    assert presses <= 25, f"{presses} presses of Tab to reach the first case is too many"
    shots.take(page, "inbox-first-case-focused")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{first}")
    expect(page.locator(".case-head")).to_contain_text("Priority: Critical")

    # On the long case page, the skip link jumps past the header to the content.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the content")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED) == "main"
    shots.take(page, "case")


PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


def _fill_case(case, user, *, account: str, note: str) -> None:
    """A case as it looks after an hour's work: someone, wishes, consent, a response, a note."""
    actions.add_party(case, "perpetrator", acting_user=user, acct=account)
    victim_wishes.record_wishes(
        case,
        acting_user=user,
        outcome="Synthetic: take the posts down first, then ban the accounts.",
        safety="Synthetic: that my followers never find out.",
    )
    consent.record_consent(
        case, "evidence_for_police", given=True, acting_user=user, method="told_moderator"
    )
    responding.record_response(case, acting_user=user, channel="portal", note="Synthetic.")
    notes.add_note(case, note, acting_user=user)


def _phone_pages_fit(desk, page, sign_in, shots, expect, *, only_case: bool = False) -> None:
    case = desk.oldest_critical

    def fits(name: str) -> None:
        width = page.evaluate(WIDTH)
        shots.take(page, name)
        assert width["scroll"] <= width["client"], f"the {name} page scrolls sideways: {width}"

    sign_in(page, desk.moderator)
    expect(page.locator("table.cases tbody tr")).to_have_count(len(desk.inbox_order()))
    if not only_case:
        fits("inbox")
    page.get_by_role("link", name=f"Open case {case.pk[:8]}").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    expect(page.locator("#people .parties")).to_have_count(1)
    fits("case")
    # The consent table reads as cards: nothing of it hides off the side of its box.
    unfold(page, "consent")
    table = page.locator("table.consent")
    assert table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth"), "consent cut off"
    # A checkbox sits beside its label, not above it.
    unfold_step(page, "remove_material")
    box = page.locator("#consent, #steps, #wishes").locator("input[type=checkbox]").first
    if box.count():
        label = page.locator(f"label[for='{box.get_attribute('id')}']")
        box_top, label_top = box.bounding_box()["y"], label.bounding_box()["y"]
        assert abs(box_top - label_top) < 20, (box_top, label_top)
    if only_case:
        return
    page.get_by_role("link", name="Timeline").first.click()
    page.wait_for_url(f"**/cases/{case.pk}/timeline/")
    fits("timeline")


def test_inbox_and_case_page_fit_a_phone_screen(desk, open_page, sign_in, shots, expect):
    _fill_case(
        desk.oldest_critical,
        desk.lead,
        account="sx_sender@social.example",
        note="Synthetic note: the member sent the screenshots by direct message.",
    )
    _phone_pages_fit(desk, open_page(**PHONE), sign_in, shots, expect)


def test_long_accounts_and_links_wrap_on_a_phone_screen(desk, open_page, sign_in, shots, expect):
    # Fediverse handles and post links are long words; moderators paste them into notes.
    _fill_case(
        desk.oldest_critical,
        desk.lead,
        account="an.uncommonly.long.handle.for.testing@a-very-long-instance-name.example",
        note="Synthetic: the post is https://a-very-long-instance-name.example/"
        "@an.uncommonly.long.handle.for.testing/113524873456789012",
    )
    _phone_pages_fit(desk, open_page(**PHONE), sign_in, shots, expect, only_case=True)


def test_sign_in_open_a_case_and_save_the_assessment_without_javascript(
    desk, open_page, sign_in, shots, expect
):
    page = open_page(java_script_enabled=False)
    sign_in(page, desk.moderator)
    case = desk.oldest_critical
    page.locator("table.cases tbody tr").first.get_by_role("link").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    shots.take(page, "case")

    unfold(page, "assessment")  # a <details>: it opens without script
    assessment = page.locator("#assessment")
    threat = assessment.get_by_role("group", name="Is the victim threatened", exact=False)
    threat.get_by_label("Yes", exact=True).check()
    assessment.get_by_role("group", name="Money?").get_by_label("Yes", exact=True).check()
    assessment.get_by_label("The demands, in detail").fill("Synthetic: crypto by tonight.")
    assessment.get_by_role("button", name="Save the assessment").click()
    expect(assessment.get_by_role("status")).to_have_text("Assessment saved.")
    expect(assessment.get_by_label("The demands, in detail")).to_have_value(
        "Synthetic: crypto by tonight."
    )
    assert page.url.endswith(f"/cases/{case.pk}/#assessment")
    shots.take(page, "assessment-saved")

    # A refusal is the server's page too: no script is needed to see why.
    unfold(page, "close")
    close = page.locator("#close")
    close.get_by_label("The victim was answered and the case is done").check()
    close.get_by_role("button", name="Close the case").click()
    expect(close.get_by_role("alert")).to_contain_text("no response to the victim is recorded")
    shots.take(page, "close-refused")
