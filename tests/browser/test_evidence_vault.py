"""A lead adds a synthetic video, a PDF and an image to a case's evidence in a real browser,
sees the image blurred, reveals it, exports the evidence, and haven verify-export checks it."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from haven.evidence.models import EvidenceItem
from tests.cases.helpers import synthetic_png
from tests.evidence import samples
from tests.web.helpers import give_consent

from .conftest import unfold

pytestmark = pytest.mark.browser


def test_a_lead_adds_evidence_reveals_exports_and_the_export_verifies(
    desk, open_page, sign_in, shots, expect, tmp_path
):
    case = desk.normal
    give_consent(case, desk.lead, "evidence_for_police")
    page = open_page(accept_downloads=True)
    sign_in(page, desk.lead)
    page.goto(f"/cases/{case.pk}/")
    unfold(page, "images")  # the link sits in the folded "Images" section
    page.get_by_role("link", name="All the evidence of this case").click()
    page.wait_for_url(f"**/cases/{case.pk}/evidence/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Evidence")
    files = {
        "video.mp4": samples.mp4(),
        "report.pdf": samples.pdf(),
        "screenshot.png": synthetic_png(11),
    }
    for name, data in files.items():
        page.get_by_label("File").set_input_files(
            {"name": name, "mimeType": "application/octet-stream", "buffer": data}
        )
        page.get_by_label("Keep evidence for a law-enforcement export").check()
        page.get_by_role("button", name="Add the evidence").click()
        expect(page.get_by_text("Evidence added.")).to_be_visible()
    rows = page.locator("table.evidence tbody tr")
    expect(rows).to_have_count(3)
    expect(page.locator("table.evidence")).to_contain_text("Video")
    expect(page.locator("table.evidence")).to_contain_text("PDF document")
    shots.take(page, "evidence-list")

    image = EvidenceItem.objects.get(case=case, kind="image")
    page.get_by_role("link", name=image.pk[:8]).click()
    expect(page.locator("img.blurred")).to_be_visible()
    shots.take(page, "image-blurred")
    page.get_by_role("button", name="Reveal the image").click()
    expect(page.locator("img.revealed")).to_be_visible()
    shots.take(page, "image-revealed")

    page.goto(f"/cases/{case.pk}/evidence/")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export the evidence").click()
    path = tmp_path / "export.zip"
    download_info.value.save_as(path)
    out = io.StringIO()
    call_command("haven_verify_export", str(path), stdout=out)
    assert "The export is intact: 6 entries match the manifest" in out.getvalue()
