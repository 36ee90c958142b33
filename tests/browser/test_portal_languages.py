"""The victim's pages in the browser's language, and the visible switch to another one."""

from __future__ import annotations

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser

PORTAL = "/" + settings.HAVEN_PORTAL_PATH


@pytest.mark.parametrize(
    ("locale", "heading"),
    [
        ("de-DE", "Erzählen Sie uns, was passiert"),
        ("ja-JP", None),
        ("fr-FR", None),
    ],
)
def test_the_report_page_speaks_the_browsers_language(
    transactional_db: None, open_page, shots, expect, locale, heading
):
    page = open_page(locale=locale)
    page.goto(PORTAL)
    lang = locale.split("-")[0]
    expect(page.locator("html")).to_have_attribute("lang", lang)
    title = page.get_by_role("heading", level=1)
    if heading:
        expect(title).to_have_text(heading)
    else:
        expect(title).not_to_have_text("Tell us what is happening")
    shots.take(page, f"report-{lang}")


def test_the_switch_changes_the_language_and_keeps_the_page(
    transactional_db: None, open_page, shots, expect
):
    page = open_page(locale="de-DE")
    page.goto(PORTAL + "back/")
    switch = page.get_by_role("navigation", name="Sprache")
    switch.get_by_role("button", name="English").click()
    page.wait_for_url(f"**{PORTAL}back/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("navigation", name="Language")).to_be_visible()
    shots.take(page, "follow-up-switched-to-english")
    page.goto(PORTAL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Tell us what is happening")
