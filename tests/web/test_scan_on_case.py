"""Issue 5 integration: a disclosure is scanned when it arrives; the page shows why."""

from __future__ import annotations

import re

from haven.cases import actions, notes
from haven.cases.models import Assessment, CaseEvent, TextScan

THREAT = (
    "Someone I met here says he will send my nudes to all my followers tonight unless I pay "
    "him 300 dollars in gift cards. I am 16 and I want to kill myself."
)


def _checked(page: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="(\w+)" id="[^"]+" checked', page)
    return match.group(1) if match else ""


def test_disclosure_is_scanned_in_the_same_transaction(personas):
    case = actions.open_case(acting_user=personas.moderator, disclosure=THREAT)
    scan = TextScan.objects.get(case=case)
    assert scan.label == "sextortion"
    kinds = {kind for kind, _start, _end in scan.signals}
    assert {"demand_money", "self_harm_risk", "minor_indicator"} <= kinds
    assert kinds & {"threat_to_expose", "victim_disclosure"}
    event = CaseEvent.objects.get(case=case, type="detection.scanned")
    assert event.payload["label"] == "sextortion"
    assert "nudes" not in str(event.payload) and "nudes" not in str(scan.signals)


def test_internal_notes_are_not_scanned(personas):
    case = actions.open_case(acting_user=personas.moderator)
    notes.add_note(case, THREAT, acting_user=personas.moderator)
    assert not TextScan.objects.filter(case=case).exists()


def test_page_marks_the_words_and_prefills_without_deciding(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure=THREAT)
    page = login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()
    assert '<mark class="signal signal-demand_money"' in page
    assert "Looks like sextortion" in page
    assert "possible risk of self-harm" in page
    # Pre-filled in the form...
    assert _checked(page, "immediate_risk") == "yes"
    assert _checked(page, "minor_involved") == "yes"
    assert "Suggested by the scan of the disclosure" in page
    # ...but nothing decided until the moderator saves.
    stored = Assessment.objects.get(case=case)
    assert (stored.immediate_risk, stored.minor_involved) == ("unknown", "unknown")
    case.refresh_from_db()
    assert case.kind == "sextortion"


def test_a_given_answer_is_never_overwritten_by_a_suggestion(personas, login):
    from haven.cases import assessing

    case = actions.open_case(acting_user=personas.moderator, disclosure=THREAT)
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "no"}
    )
    page = login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()
    assert _checked(page, "immediate_risk") == "no"


def test_timeline_tells_the_verdict_in_words(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure=THREAT)
    page = login(personas.moderator).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "Text scanned for signs of sextortion" in page
    assert "looks like sextortion" in page


def test_the_case_is_urgent_at_once_and_says_it_is_from_the_scan(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure=THREAT)
    case.refresh_from_db()
    assert case.priority == 4 and case.urgent_from_scan
    client = login(personas.moderator)
    assert "from the scan, not yet confirmed" in client.get("/").content.decode()
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert "from the scan, not yet confirmed: answer the assessment" in page
    assert (
        "Urgent from the scan, not yet confirmed"
        in client.get(f"/cases/{case.pk}/timeline/").content.decode()
    )
