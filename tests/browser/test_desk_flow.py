"""A moderator's night at the desk, in a real browser: sign in with the second factor,
take the most urgent case, work through it, and find that closing without answering
the victim is refused; then an outsider who tries the restricted case's address."""

from __future__ import annotations

import pytest

from .conftest import unfold, unfold_step

pytestmark = pytest.mark.browser

ANSWERED = "The victim was answered and the case is done"


def _answer(section, question: str, choice: str) -> None:
    section.get_by_role("group", name=question, exact=True).get_by_label(choice, exact=True).check()


def test_moderator_works_the_oldest_critical_case_and_cannot_close_it_unanswered(
    desk, open_page, sign_in, shots, expect
):
    page = open_page()
    sign_in(page, desk.moderator)

    # The inbox: the oldest critical case first, then by priority and wait.
    rows = page.locator("table.cases tbody tr")
    expect(rows).to_have_count(len(desk.inbox_order()))
    hrefs = [rows.nth(i).get_by_role("link").get_attribute("href") for i in range(rows.count())]
    assert hrefs == [f"/cases/{case.pk}/" for case in desk.inbox_order()]
    expect(rows.first).to_contain_text("Critical")
    expect(rows.first).to_contain_text("OVERDUE")
    expect(page.locator(".summary")).to_contain_text("5 open · 2 critical")
    shots.take(page, "inbox")

    case = desk.oldest_critical
    rows.first.get_by_role("link", name="Open case").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(case.pk[:8])
    expect(page.locator(".case-head .badges")).to_contain_text("Priority: Critical")
    shots.take(page, "case")

    # The assessment: every question answered, the details written, then saved.
    unfold(page, "assessment")
    assessment = page.locator("#assessment")
    _answer(assessment, "Is there an immediate risk to the victim's safety or well-being?", "Yes")
    assessment.get_by_label("About the risk").fill("Synthetic: the member says tonight is hard.")
    _answer(
        assessment,
        "Is the victim threatened with the exposure of private or intimate material "
        "if they do not meet demands?",
        "Yes",
    )
    _answer(assessment, "Money?", "Yes")
    _answer(assessment, "More images, videos or audio?", "No")
    _answer(assessment, "That the victim does something?", "Unknown")
    _answer(assessment, "Something else?", "No")
    assessment.get_by_label("The demands, in detail").fill("Synthetic: gift cards by Friday.")
    _answer(
        assessment,
        "Does the victim have evidence of the threats (for example screenshots of messages)?",
        "Yes",
    )
    assessment.get_by_label("The evidence: what it is and where it is kept").fill(
        "Synthetic: screenshots the member kept."
    )
    _answer(assessment, "May anyone involved be a minor (under 18)?", "No")
    assessment.get_by_role("button", name="Save the assessment").click()
    expect(assessment.get_by_role("status")).to_have_text("Assessment saved.")
    expect(assessment.locator(".rule")).to_contain_text(
        "Critical: immediate risk to the victim's safety or well-being"
    )
    expect(assessment.get_by_label("The demands, in detail")).to_have_value(
        "Synthetic: gift cards by Friday."
    )
    assert page.url.endswith(f"/cases/{case.pk}/#assessment")
    shots.take(page, "assessment-saved")

    # Two steps: one for the moderator alone, one that acts for the victim.
    unfold_step(page, "believe")
    believe = page.locator("#step-believe")
    believe.get_by_label("State").select_option("done")
    believe.get_by_label("Note").fill("Synthetic: told them it is not their fault.")
    believe.get_by_role("button", name="Save").click()
    expect(believe.get_by_role("status")).to_have_text("Step saved.")
    expect(believe.locator(".state")).to_contain_text("Done — set by mod-on-case")

    unfold_step(page, "remove_material")
    remove = page.locator("#step-remove_material")
    expect(remove.locator(".wishes-shown")).to_contain_text("No wishes recorded yet")
    remove.get_by_label("State").select_option("done")
    remove.get_by_label("No wishes are recorded yet: I go ahead without them").check()
    remove.get_by_role("button", name="Save").click()
    expect(remove.get_by_role("status")).to_have_text("Step saved.")
    expect(remove.locator(".state")).to_contain_text("Done")
    shots.take(page, "steps-saved")

    # The victim's wishes, in their words; the steps that affect them show them now.
    unfold(page, "wishes")
    wishes = page.locator("#wishes")
    wishes.get_by_label("What the victim would like to happen").fill(
        "Synthetic: remove the posts first, ban only after I have blocked them."
    )
    wishes.get_by_label("What would make them feel safer").fill(
        "Synthetic: that my followers do not find out."
    )
    wishes.get_by_role("button", name="Save the victim's wishes").click()
    expect(wishes.get_by_role("status")).to_have_text("The victim's wishes are saved.")
    expect(remove.locator(".wishes-shown")).to_contain_text("remove the posts first")
    shots.take(page, "wishes-saved")

    unfold(page, "consent")
    consent = page.locator("#consent")
    _answer(consent, "Consent to", "Keep evidence to decide a ban")
    _answer(consent, "The victim", "gives consent")
    _answer(consent, "How they said so", "Told a moderator")
    consent.get_by_role("button", name="Record consent").click()
    expect(consent.get_by_role("status")).to_have_text("Consent recorded.")
    given = consent.get_by_role("row", name="Keep evidence to decide a ban")
    expect(given).to_contain_text("Given")
    expect(given).to_contain_text("mod-on-case")
    shots.take(page, "consent-recorded")

    # Closing as "answered" before any response is recorded: refused, and why.
    unfold(page, "close")
    close = page.locator("#close")
    _answer(close, "Why the case is closed", ANSWERED)
    close.get_by_role("button", name="Close the case").click()
    alert = close.get_by_role("alert")
    expect(alert).to_contain_text(
        "This case cannot be closed yet: no response to the victim is recorded."
    )
    expect(page.locator(".error-summary")).to_contain_text("That was not saved")
    expect(page.locator(".case-head .badges")).not_to_contain_text("Closed")
    shots.take(page, "close-refused")
    # The refusal redirected to the case page: a reload sends nothing and says it once.
    assert page.url.endswith(f"/cases/{case.pk}/#close")
    page.reload()
    expect(page.locator(".error-summary")).to_have_count(0)
    expect(page.locator("#close").get_by_role("alert")).to_have_count(0)

    unfold(page, "response")
    response = page.locator("#response")
    _answer(response, "How the victim was answered", "A direct message on the fediverse")
    response.get_by_label("What was said").fill("Synthetic: you are not to blame; we are here.")
    response.get_by_role("button", name="Record the response").click()
    expect(response.get_by_role("status")).to_have_text("Response recorded.")
    expect(response.locator(".meta")).to_contain_text("First response recorded")
    shots.take(page, "response-recorded")

    _answer(close, "Why the case is closed", ANSWERED)
    close.get_by_role("button", name="Close the case").click()
    expect(page.locator("#status")).to_contain_text(
        f"The case is Closed. Closed because: {ANSWERED}"
    )
    expect(page.locator(".case-head .badges")).to_contain_text("Status: Closed")
    expect(page.locator("#close")).to_contain_text("The case is closed.")
    expect(page.locator("#close form")).to_have_count(0)
    shots.take(page, "closed")

    # The closed case has left the open inbox.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Cases").click()
    expect(rows).to_have_count(len(desk.inbox_order()) - 1)
    shots.take(page, "inbox-after-closing")


def test_a_moderator_not_on_a_restricted_case_gets_not_found(
    desk, open_page, sign_in, shots, expect
):
    page = open_page()
    sign_in(page, desk.outsider)
    rows = page.locator("table.cases tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first.get_by_role("link")).to_have_attribute("href", f"/cases/{desk.normal.pk}/")
    shots.take(page, "inbox")

    for path in (f"/cases/{desk.restricted.pk}/", f"/cases/{desk.restricted.pk}/timeline/"):
        shots.expect_status(path, 404)
        response = page.goto(path)
        assert response is not None
        assert response.status == 404
        expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
        expect(page.locator("main")).to_contain_text("it is not yours to see")
        expect(page.locator("main")).not_to_contain_text(desk.restricted.pk[:8])
        shots.take(page, "not-found-timeline" if "timeline" in path else "not-found")
