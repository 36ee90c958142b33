"""The case page checks access once and loads what it shows in a fixed number of queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from haven.cases import actions, assessing, consent, intake, notes, victim_wishes
from haven.crypto import keystore
from tests.web.helpers import kept_image

# Sign-in and second factor (session, user, device), the case with its access
# check, then one query per thing shown (the support directory's local entries
# among them, read again for the composer's country list), the messages of the
# confidential channel (for the composer's thread, and with their senders for what
# was said to the victim at the top) and whether a lost code is asked for. A repeat
# visit in the same session writes no audit record (read_audit).
CASE_PAGE_QUERIES = 22


def _busy_case(personas, people: int):
    case = intake.receive_report(
        source="moderator",
        comment="synthetic: a member says an account threatens to post her photos",
        posts=["synthetic post one", "synthetic post two"],
        acting_user=personas.moderator,
    )
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"threat_of_exposure": "yes"}
    )
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome="synthetic", safety=""
    )
    consent.record_consent(
        case, "evidence_for_ban", given=True, acting_user=personas.moderator, method="portal"
    )
    kept_image(case, personas.moderator, "evidence_for_ban")
    for number in range(people):
        actions.add_party(
            case, "perpetrator", acting_user=personas.moderator, acct=f"sender{number}@spam.example"
        )
        notes.add_note(case, f"synthetic note {number}", acting_user=personas.moderator)
    return case


def _queries(client, case) -> int:
    client.get(f"/cases/{case.pk}/")  # the first visit records the read; the next does not
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/cases/{case.pk}/")
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("people", [1, 6])
def test_the_case_page_runs_a_fixed_number_of_queries(personas, login, people):
    client = login(personas.moderator)
    case = _busy_case(personas, people)
    assert _queries(client, case) == CASE_PAGE_QUERIES


def test_each_case_key_is_read_once_per_request(personas, login, monkeypatch):
    client = login(personas.moderator)
    case = _busy_case(personas, 3)
    reads: list[str] = []
    real_get = keystore.KeyStore.get

    def counting(self, scope):
        reads.append(scope)
        return real_get(self, scope)

    monkeypatch.setattr(keystore.KeyStore, "get", counting)
    client.get(f"/cases/{case.pk}/")
    assert reads.count(f"case-{case.pk}") == 1
