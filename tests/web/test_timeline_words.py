"""Every event of the desk reads as words on the timeline; notes show under their event."""

from __future__ import annotations

from haven.cases import (
    actions,
    assessing,
    checklist,
    consent,
    responding,
    victim_wishes,
)
from haven.evidence import images as media
from tests.web.helpers import kept_image

ANSWERS = dict.fromkeys(assessing.QUESTIONS, "unknown")


def _timeline(client, case) -> str:
    return client.get(f"/cases/{case.pk}/timeline/").content.decode().split("<main")[1]


def test_the_desks_events_read_as_sentences(personas, login):
    mod, lead = personas.moderator, personas.lead
    case = actions.open_case(acting_user=mod)
    assessing.update_assessment(
        case,
        acting_user=mod,
        answers={**ANSWERS, "immediate_risk": "yes", "threat_of_exposure": "yes"},
        details={"risk_details": "synthetic risk"},
    )
    victim_wishes.record_wishes(case, acting_user=mod, outcome="synthetic wish", safety="")
    checklist.set_step(case, "believe", "done", acting_user=mod, note="synthetic step note")
    checklist.set_step(case, "ban", "done", acting_user=mod, respects_wishes=True)
    consent.record_consent(
        case, "evidence_for_ban", given=True, acting_user=mod, method="portal", note="synthetic ok"
    )
    item = kept_image(case, mod, "evidence_for_ban")
    media.reveal(item, acting_user=mod)
    consent.record_consent(
        case, "evidence_for_ban", given=False, acting_user=mod, method="told_moderator"
    )
    responding.record_response(case, acting_user=mod, channel="email", note="synthetic reply")
    actions.set_restricted(case, True, acting_user=lead)
    responding.close_case(case, acting_user=mod, reason="responded")

    page = _timeline(login(lead), case)
    for words in (
        "Assessment changed</strong>: immediate risk: Yes, threat of exposure: Yes, "
        "notes changed: about the risk",
        "Priority changed</strong>: from Normal to Critical, because immediate risk",
        "First-response deadline changed</strong>: now due",
        "shorter: immediate risk",
        "Victim&#x27;s wishes recorded</strong>: in the victim&#x27;s words (encrypted)",
        "Step updated</strong>: Believe and reassure the victim: from Pending to Done",
        "Action confirmed against the victim&#x27;s wishes</strong>: Ban the perpetrator&#x27;s",
        "Consent recorded</strong>: Keep evidence to decide a ban, given, Through the confidential",
        "Consent recorded</strong>: Keep evidence to decide a ban, withdrawn, Told a moderator",
        "Evidence received</strong>: item "
        + item.pk[:8]
        + ", Image, Uploaded by a moderator, kept, encrypted, with consent to: Keep",
        "Evidence discarded</strong>: Image " + item.pk[:8] + ", the victim withdrew their consent",
        "Response to the victim recorded</strong>: E-mail, the first response",
        "Restriction changed</strong>: restricted to the case team",
        "Status changed</strong>: from In progress to Closed, reason: The victim was answered",
    ):
        assert words in page, words
    assert "{" not in page and "sha256" not in page, "no payload dumps"
    believe = page.split("Believe and reassure the victim: from Pending to Done")[1]
    assert "synthetic step note" in believe.split("</li>")[0]
    for note in ("synthetic ok", "synthetic reply"):
        assert note in page


def test_the_minors_protocol_reads_as_words(personas, login):
    case = actions.open_case(acting_user=personas.lead)
    kept_image(case, personas.lead)
    assessing.update_assessment(
        case, acting_user=personas.lead, answers={**ANSWERS, "minor_involved": "yes"}
    )
    page = _timeline(login(personas.lead), case)
    assert (
        "Kind changed</strong>: from Sextortion to Child sexual exploitation or abuse, "
        "because someone involved may be a minor"
    ) in page
    assert "Minors protocol started</strong>: 1 kept image discarded" in page
    assert "Evidence discarded</strong>: Image " in page
    assert "the minors protocol: no file is kept" in page


def test_an_outsider_gets_no_timeline_and_no_notes(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    checklist.set_step(
        case, "believe", "done", acting_user=personas.moderator, note="synthetic step note"
    )
    response = login(personas.outsider).get(f"/cases/{case.pk}/timeline/")
    assert response.status_code == 404
    assert b"synthetic step note" not in response.content
