"""The audit stream page: safety leads read who opened and revealed what; nobody else finds it."""

from __future__ import annotations

from haven.accounts.models import Role
from haven.cases import actions
from haven.evidence import images
from haven.testing.personas import make_user
from tests.web.helpers import kept_image


def test_a_lead_reads_who_opened_and_revealed_what(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    item = kept_image(case, personas.moderator, "evidence_for_ban")
    images.reveal(item, acting_user=personas.moderator)
    login(personas.moderator).get(f"/cases/{case.pk}/")
    page = login(personas.lead).get(f"/audit/?case={case.pk}").content.decode()
    assert "Image revealed</strong>: image " + item.pk[:8] in page
    assert "Case opened for reading</strong>: the case page" in page
    assert "by mod-on-case" in page
    assert "The chain is intact." in page
    assert "synthetic" not in page


def test_others_get_not_found(personas, login):
    assert login(personas.moderator).get("/audit/").status_code == 404
    assert login(personas.outsider).get("/audit/").status_code == 404


def test_a_lead_sees_no_record_of_a_restricted_case_they_are_not_on(personas, login):
    case = actions.open_case(acting_user=personas.lead)
    actions.set_restricted(case, True, acting_user=personas.lead)
    login(personas.lead).get(f"/cases/{case.pk}/")
    second_lead = make_user("second-lead", Role.LEAD)
    assert case.pk[:8] in login(personas.lead).get("/audit/").content.decode()
    assert case.pk[:8] not in login(second_lead).get("/audit/").content.decode()
