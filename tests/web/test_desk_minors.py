"""A case where anyone may be a minor: leads only, the reporting routes up front, no image
kept or shown."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from haven.cases import actions, assessing
from haven.cases.models import CaseKind
from haven.evidence.models import EvidenceItem
from haven.resources import reporting
from tests.web.helpers import synthetic_png


@pytest.fixture
def case(personas):
    # The moderator was on the team before anyone said a minor may be involved.
    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    assessing.update_assessment(case, acting_user=personas.lead, answers={"minor_involved": "yes"})
    case.refresh_from_db()
    assert case.kind == CaseKind.CSEA
    return case


def test_a_moderator_on_the_team_still_gets_404(case, personas, login):
    member = login(personas.moderator)
    assert member.get(f"/cases/{case.pk}/").status_code == 404
    assert member.get(f"/cases/{case.pk}/timeline/").status_code == 404
    assert member.post(f"/cases/{case.pk}/notes/", {"body": "synthetic"}).status_code == 404
    assert case.pk not in member.get("/").content.decode()


def test_the_lead_sees_the_banner_with_the_reporting_routes(case, personas, login):
    page = login(personas.lead).get(f"/cases/{case.pk}/").content.decode()
    banner = page.split('class="banner-minor"')[1].split("</section>")[0]
    assert "Anyone involved may be a minor" in banner
    assert "no image is kept or shown" in banner
    _, routes = reporting.reporting_routes()
    assert routes
    for route in routes:
        assert f'href="{route.url}"' in banner
        assert route.name in banner
        assert str(route.what).replace("'", "&#x27;") in banner


def test_an_upload_keeps_only_hashes_and_no_image_is_ever_shown(case, personas, login):
    lead = login(personas.lead)
    page = lead.get(f"/cases/{case.pk}/").content.decode()
    assert "only hashes are kept" in page
    image = SimpleUploadedFile("x.png", synthetic_png(), content_type="image/png")
    response = lead.post(f"/cases/{case.pk}/media/", {"image": image, "scope": "hash_images"})
    assert response.status_code == 302
    item = EvidenceItem.objects.get(case=case)
    assert not item.kept and item.sha256
    page = lead.get(f"/cases/{case.pk}/").content.decode()
    assert "<img" not in page
    assert "/preview/" not in page and "/reveal/" not in page
    assert item.sha256[:16] in page
    assert lead.get(f"/cases/{case.pk}/media/{item.pk}/preview/").status_code == 404
    assert lead.post(f"/cases/{case.pk}/media/{item.pk}/reveal/").status_code == 404


def test_the_team_form_offers_only_leads_on_a_minors_case(case, personas, login):
    page = login(personas.lead).get(f"/cases/{case.pk}/").content.decode()
    assert "mod-elsewhere</option>" not in page
    assert "Only safety leads can work on a case" in page


def test_the_minors_protocol_adds_the_mandatory_report_step(personas, login):
    case = actions.open_case(acting_user=personas.lead)
    lead = login(personas.lead)
    form = {
        "immediate_risk": "unknown",
        "threat_of_exposure": "yes",
        "demand_money": "unknown",
        "demand_material": "yes",
        "demand_action": "unknown",
        "demand_other": "unknown",
        "evidence_available": "unknown",
        "minor_involved": "yes",
    }
    assert lead.post(f"/cases/{case.pk}/assessment/", form).status_code == 302
    page = lead.get(f"/cases/{case.pk}/").content.decode()
    assert 'class="banner-minor"' in page
    assert 'id="step-mandatory_report"' in page
    step = {"state": "done", "note": "synthetic report reference", "respects_wishes": "on"}
    response = lead.post(f"/cases/{case.pk}/steps/mandatory_report/", step)
    assert response.status_code == 302
