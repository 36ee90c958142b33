"""The lead's directory page and form, and "Where to send them" on the case page."""

from __future__ import annotations

import datetime

from haven.cases import assessing, intake
from haven.cases.models import AuditRecord
from haven.resources import local
from haven.resources.models import LocalOrganisation

FORM = {
    "org_id": "rainbow_line_de",
    "name": "Synthetic Local Line",
    "url": "https://local-line.example.org/",
    "countries": "DE",
    "serves": ["adult"],
    "services": ["emotional_support", "helpline"],
    "languages": "de, en",
    "phone": "",
    "text": "",
    "hours": "Mon-Fri 18-22",
    "address": "",
    "notes": "A synthetic local organisation for this test.",
    "source": "https://local-line.example.org/contact",
}


def _case(personas, **answers):
    case = intake.receive_report(
        source="moderator",
        comment="synthetic: someone threatens to post a member's photos",
        posts=[],
        acting_user=personas.moderator,
    )
    if answers:
        assessing.update_assessment(case, acting_user=personas.lead, answers=answers)
    return case


def test_only_leads_see_the_directory_and_its_form(personas, login):
    member = login(personas.moderator)
    assert member.get("/directory/").status_code == 404
    assert member.get("/directory/new/").status_code == 404
    assert member.post("/directory/new/", FORM).status_code == 404
    assert not LocalOrganisation.objects.exists()
    page = login(personas.lead).get("/directory/").content.decode()
    assert "Samaritans" in page and "Take It Down (NCMEC)" in page
    assert "unchecked" in page


def test_a_lead_adds_a_local_organisation_checked_today_and_it_is_audited(personas, login):
    lead = login(personas.lead)
    response = lead.post("/directory/new/", FORM)
    assert response.status_code == 302
    org = local.find("rainbow_line_de")
    assert org.local and org.hours == "Mon-Fri 18-22"
    assert org.checks["hours"].source == FORM["source"]
    record = AuditRecord.objects.get(type="directory.organisation_saved")
    assert record.actor == personas.lead
    assert record.payload == {"organisation": "rainbow_line_de", "added": True, "reviewed": False}
    assert "Synthetic Local Line" in lead.get("/directory/").content.decode()


def test_a_lead_edits_a_reviewed_entry_which_replaces_it_on_this_desk(personas, login):
    lead = login(personas.lead)
    form = lead.get("/directory/hateaid/edit/").content.decode()
    assert "030 252 088 38" in form
    changed = {**FORM, "org_id": "hateaid", "name": "HateAid", "phone": "030 252 088 38"}
    assert lead.post("/directory/hateaid/edit/", changed).status_code == 302
    ids = [org.id for org in local.organisations()]
    assert ids.count("hateaid") == 1
    assert local.find("hateaid").local
    record = AuditRecord.objects.get(type="directory.organisation_saved")
    assert record.payload["reviewed"] is True and record.payload["added"] is False


def test_a_form_without_a_source_is_refused_and_nothing_is_stored(personas, login):
    lead = login(personas.lead)
    response = lead.post("/directory/new/", {**FORM, "source": ""})
    assert response.status_code == 400
    assert not LocalOrganisation.objects.exists()
    assert not AuditRecord.objects.filter(type="directory.organisation_saved").exists()


def test_an_entry_checked_over_a_year_ago_is_flagged_to_leads(personas, login):
    entry = {
        "id": "old_line",
        "name": "Synthetic Old Line",
        "url": "https://old.example.org/",
        "countries": ["DE"],
        "serves": ["adult"],
        "services": ["helpline"],
        "languages": ["de"],
        "notes": "Synthetic.",
        "checks": {
            "facts": {
                "source": "https://old.example.org/",
                "checked": (datetime.date.today() - datetime.timedelta(days=400)).isoformat(),
                "status": "checked",
            }
        },
    }
    local.save(entry, acting_user=personas.lead)
    page = login(personas.lead).get("/directory/").content.decode()
    assert "1 entry to re-check" in page
    row = page[page.index("Synthetic Old Line") :].split("</tr>")[0]
    assert "older than a year" in row


def test_the_case_page_offers_a_crisis_line_first_when_risk_is_recorded(personas, login):
    case = _case(personas, immediate_risk="yes")
    member = login(personas.moderator)
    page = member.get(f"/cases/{case.pk}/?where=GB").content.decode()
    # Its title is the summary of its fold, which a chosen country keeps open.
    section = page[page.index('id="where-title"') :].split("</section>")[0]
    assert "Where to send them" in section
    assert '<details class="fold" open>\n<summary><h2 id="where-title">' in page
    assert section.index("Samaritans") < section.index("Revenge Porn Helpline")
    assert '<option value="GB" selected>' in section


def test_the_case_page_sends_a_minor_to_take_it_down_and_the_hotline(personas, login):
    case = _case(personas, minor_involved="yes")
    page = login(personas.lead).get(f"/cases/{case.pk}/?where=CA").content.decode()
    section = page[page.index('id="where"') :].split("</section>")[0]
    assert section.index("Take It Down (NCMEC)") < section.index("Cybertip.ca")
    assert "StopNCII" not in section


def test_a_malformed_country_is_ignored_and_the_international_list_shown(personas, login):
    case = _case(personas)
    page = login(personas.moderator).get(f"/cases/{case.pk}/?where=<script>").content.decode()
    section = page[page.index('id="where"') :].split("</section>")[0]
    assert "<script>" not in section
    assert "StopNCII" in section and "Samaritans" not in section
