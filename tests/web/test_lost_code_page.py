"""A lost code, from the desk: a moderator links the two reports; the victim alone sees the code."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from haven.cases import actions
from haven.cases.changes import changing
from haven.cases.models import Case
from haven.portal import codes, lost_code
from haven.portal.models import FollowUpCode
from tests.cases.helpers import event_types
from tests.web.helpers import post_refused

pytestmark = pytest.mark.django_db
BACK = "/" + settings.HAVEN_PORTAL_PATH + "back/"


def _asking(personas) -> Case:
    later = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    with changing(later, acting_user=None) as change:
        change.record(lost_code.LOST_CODE_ASKED)
    return later


def test_the_moderator_links_by_short_id_and_the_victim_sees_the_code_once(personas, login):
    earlier = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    old = codes.issue_followup_code(earlier, acting_user=None)
    later = _asking(personas)
    later_code = codes.issue_followup_code(later, acting_user=None)
    desk = login(personas.moderator)
    page = desk.get(f"/cases/{later.pk}/").content.decode()
    assert "The sender lost the code of an earlier report" in page

    url = f"/cases/{later.pk}/lost-code/"
    refused = post_refused(desk, url, {"earlier": earlier.pk[:8]}, at="lost-code")
    assert 'id="lost-code-error"' in refused.content.decode()
    assert "portal.lost_code_linked" not in event_types(later)

    linked = desk.post(
        f"/cases/{later.pk}/lost-code/", {"earlier": earlier.pk[:8], "identity_checked": "on"}
    )
    assert linked.status_code == 302
    page = desk.get(f"/cases/{later.pk}/").content.decode()
    assert "Nobody on the team sees the code" in page
    assert FollowUpCode.objects.filter(case=earlier, revoked_at__isnull=True).get().pk == old.id

    victim = Client(secure=True)
    assert victim.post(BACK, {"code": later_code.code}).status_code == 302
    first = victim.get(BACK + "messages/").content.decode()
    assert "The new code for your earlier report" in first
    new = FollowUpCode.objects.get(case=earlier, revoked_at__isnull=True)
    assert new.pk != old.id
    assert (
        "The new code for your earlier report"
        not in victim.get(BACK + "messages/").content.decode()
    )
    words = first.split('id="earlier-code"')[1].split("</p>")[0]
    code = " ".join(w.split(">")[1].split("<")[0] for w in words.split('<span class="word"')[1:])
    assert codes.verify_code(code, address="198.51.100.9") == earlier
    desk_page = desk.get(f"/cases/{later.pk}/").content.decode()
    assert code not in desk_page and code.split(" ")[3] + "</span>" not in desk_page


def test_an_earlier_case_the_moderator_cannot_open_is_not_found(personas, login):
    hidden = actions.open_case(acting_user=personas.lead)
    later = _asking(personas)
    response = login(personas.moderator).post(
        f"/cases/{later.pk}/lost-code/", {"earlier": hidden.pk[:8], "identity_checked": "on"}
    )
    assert response.status_code == 404
    assert "portal.lost_code_linked" not in event_types(hidden) + event_types(later)
