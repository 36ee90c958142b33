"""Team management and erasure in a real browser, as a safety lead: add a member and see the
QR code, deactivate them, then erase a case through both confirmations. Each page is scanned
with axe-core."""

from __future__ import annotations

from typing import Any

import pytest

from haven.accounts.models import User
from haven.cases import actions
from haven.cases.models import AuditRecord, Case

from .conftest import unfold

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}


def _serious_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v.get("impact") in SERIOUS
    ]


@pytest.fixture
def case(transactional_db: None, personas) -> Case:
    return actions.open_case(
        acting_user=personas.lead,
        members=[personas.lead, personas.moderator],
        disclosure="Synthetic disclosure for a browser test.",
    )


def test_a_lead_adds_a_member_sees_the_qr_code_and_deactivates_them(
    case, personas, open_page, sign_in, shots, expect
):
    # axe-core is injected as a script: the desk's strict CSP would refuse it.
    page = open_page(bypass_csp=True)
    sign_in(page, personas.lead)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Team").click()
    expect(page.get_by_role("heading", name="The safety team")).to_be_visible()
    shots.take(page, "team")
    assert _serious_violations(page) == []

    page.get_by_label("User name").fill("newcomer")
    page.get_by_label("Safety moderator").check()
    page.get_by_role("button", name="Add the member").click()
    expect(page.get_by_role("heading", name="Setup for newcomer")).to_be_visible()
    qr = page.locator("figure.qr svg")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box is not None and box["width"] >= 120 and box["height"] >= 120
    expect(page.locator("ul.recovery-codes li")).to_have_count(10)
    shots.take(page, "setup-shown-once")
    assert _serious_violations(page) == []

    page.get_by_role("link", name="Back to the team").click()
    page.get_by_role("button", name="Deactivate newcomer").click()
    expect(page.get_by_role("status")).to_contain_text("newcomer was deactivated")
    expect(page.locator("tr", has_text="newcomer")).to_contain_text("Deactivated")
    shots.take(page, "deactivated")
    page.set_viewport_size({"width": 390, "height": 844})
    shots.take(page, "team-on-a-phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not User.objects.get(username="newcomer").is_active
    kinds = set(AuditRecord.objects.values_list("type", flat=True))
    assert {"team.member_added", "team.member_deactivated"} <= kinds


def test_a_lead_erases_a_case_through_both_confirmations(
    case, personas, open_page, sign_in, shots, expect
):
    page = open_page(bypass_csp=True)
    sign_in(page, personas.lead)
    page.goto(f"/cases/{case.pk}/")
    unfold(page, "team")
    team = page.locator("#team")
    team.scroll_into_view_if_needed()
    team.screenshot(path=str(shots.directory / "00-case-team-with-erase-link.png"))
    page.get_by_role("link", name="Erase this case…").click()
    expect(page.get_by_text("This cannot be undone.")).to_be_visible()
    shots.take(page, "erase-warning")
    assert _serious_violations(page) == []

    page.get_by_label("To erase, type the case's short id").fill(case.pk[:8])
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Last confirmation")).to_be_visible()
    shots.take(page, "erase-last-confirmation")
    assert _serious_violations(page) == []
    assert Case.objects.get(pk=case.pk).erased_at is None

    page.get_by_role("button", name="Yes, erase the case for good").click()
    expect(page.get_by_text("This case was erased").first).to_be_visible()
    shots.take(page, "erased")
    assert Case.objects.get(pk=case.pk).erased_at is not None
