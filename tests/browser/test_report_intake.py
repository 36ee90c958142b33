"""A moderator pastes a report into a new case, in a real browser: the case opens with
the scan's marks and signals, and the assessment is pre-filled, never decided."""

from __future__ import annotations

import pytest

from haven.cases.models import Assessment, Case, CaseNote, TextScan

from .conftest import unfold

pytestmark = pytest.mark.browser

# Synthetic: a member's words and the message they were sent.
COMMENT = (
    "He says he will send my nudes to my family unless I pay 200 euros tonight. "
    "I'm 15 and I just want to die."
)
THREAT = "Pay 200 euros in gift cards or your pics go to every follower you have. 2 hours."


def test_a_moderator_opens_a_case_from_a_report_and_sees_what_the_scan_found(
    desk, open_page, sign_in, shots, expect
):
    page = open_page()
    sign_in(page, desk.moderator)
    before = set(Case.objects.values_list("pk", flat=True))

    page.get_by_role("link", name="Open a case from a report").click()
    page.wait_for_url("**/cases/new/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Open a case from a report")
    # The minors kind is for the safety leads: a moderator is not offered it.
    expect(page.get_by_role("group", name="Kind of case").get_by_role("radio")).to_have_count(2)
    page.get_by_label("What the report or the person said").fill(COMMENT)
    page.get_by_label("Reported post or message 1").fill(THREAT)
    shots.take(page, "open-case-form")
    page.get_by_role("button", name="Open the case").click()

    [case_id] = set(Case.objects.values_list("pk", flat=True)) - before
    page.wait_for_url(f"**/cases/{case_id}/")
    assert COMMENT[:20] not in page.url
    assert page.evaluate("window.scrollY") == 0  # at the top, where the warning is

    # What cannot wait is said first, above everything else on the page.
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("self-harm")
    expect(alert).to_contain_text("I just want to die")
    expect(alert).to_contain_text("under 18")

    unfold(page, "reports")
    reports = page.locator("#reports")
    notes = reports.locator("article.note")
    expect(notes).to_have_count(2)
    # The words the detector read are marked in the text, and its signals are listed.
    expect(notes.first.locator("mark").first).to_be_visible()
    marked = notes.first.locator("mark").all_inner_texts()
    assert any("nudes" in words for words in marked), marked
    assert any("die" in words for words in marked), marked
    expect(notes.first.locator(".scan-verdict")).to_contain_text("Looks like sextortion")
    expect(notes.nth(1).locator(".scan-verdict")).to_contain_text("Looks like sextortion")
    shots.take(page, "case-with-report")

    # Immediate risk and a possible minor are suggested on the assessment, not answered.
    unfold(page, "assessment")
    assessment = page.locator("#assessment")
    risk = assessment.get_by_role("group", name="Is there an immediate risk", exact=False)
    expect(risk.get_by_role("note")).to_contain_text("die")
    minor = assessment.get_by_role("group", name="May anyone involved be a minor", exact=False)
    expect(minor.get_by_role("note")).to_contain_text("15")
    shots.take(page, "assessment-suggestions")

    case = Case.objects.get(pk=case_id)
    assert Assessment.objects.get(case=case).immediate_risk == "unknown"
    assert case.kind == "sextortion"
    assert (
        TextScan.objects.filter(case=case).count()
        == CaseNote.objects.filter(case=case).count()
        == 2
    )
