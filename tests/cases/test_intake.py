"""intake.receive_report: sealed, scanned, on the timeline, or not at all."""

from __future__ import annotations

import logging

import pytest

from haven.cases import (
    access,
    actions,
    deadlines,
    erasure,
    intake,
    notes,
    responding,
    screening,
    sealing,
)
from haven.cases.models import (
    Answer,
    Assessment,
    Case,
    CaseEvent,
    CaseKind,
    CaseNote,
    NoteKind,
    Priority,
    TextScan,
)
from haven.core.errors import Conflict, InvalidInput, NotFound
from tests.cases.helpers import assert_three_people, assert_timeline_ok, event_types

# Synthetic texts, written for these tests.
COMMENT = "Synthetic report: this account keeps messaging a member of ours, she is scared."
THREAT = (
    "I have your nudes. Pay 300 dollars in gift cards by tonight or I send them to "
    "all your followers."
)
SELF_HARM = "I can't take this anymore, I want to kill myself."
MINOR = "I am 15 and he says he will post my pictures to my school unless I send more."


def _report(user, **kwargs) -> Case:
    kwargs.setdefault("source", "moderator")
    kwargs.setdefault("comment", COMMENT)
    kwargs.setdefault("posts", [THREAT])
    return intake.receive_report(acting_user=user, **kwargs)


def _texts(case: Case) -> list[tuple[str, str]]:
    return [(n.kind, notes.read_note(n)) for n in CaseNote.objects.filter(case=case).order_by("pk")]


def test_a_report_opens_a_case_with_every_text_sealed_scanned_and_on_the_timeline(personas):
    case = _report(personas.moderator, posts=[THREAT, "", "  ", SELF_HARM])
    assert _texts(case) == [
        (NoteKind.REPORT, COMMENT),
        (NoteKind.REPORTED_POST, THREAT),
        (NoteKind.REPORTED_POST, SELF_HARM),
    ]
    types = event_types(case)
    assert types[0] == "case.opened"
    assert types.count("case.report_received") == 1
    assert types.count("case.note_added") == 3
    assert types.count("detection.scanned") == 3
    assert types.index("case.report_received") < types.index("case.note_added")
    assert_timeline_ok(case)
    assert_three_people(case, personas, moderator=True)
    received = CaseEvent.objects.get(case=case, type="case.report_received")
    assert received.payload == {"source": "moderator", "comment": True, "posts": 2}
    assert received.actor == personas.moderator


def test_each_scan_points_at_its_note_and_keeps_no_words(personas):
    case = _report(personas.moderator)
    threat = CaseNote.objects.get(case=case, kind=NoteKind.REPORTED_POST)
    scan = TextScan.objects.get(note=threat)
    assert scan.label == "sextortion"
    kinds = {kind for kind, _start, _end in scan.signals}
    assert {"demand_money", "threat_to_expose"} <= kinds
    scanned = CaseEvent.objects.filter(case=case, type="detection.scanned")
    assert {e.payload["note"] for e in scanned} == set(
        CaseNote.objects.filter(case=case).values_list("pk", flat=True)
    )
    payloads = str([e.payload for e in CaseEvent.objects.filter(case=case)])
    for words in ("nudes", "gift cards", "scared", "Synthetic report"):
        assert words not in payloads
        assert words not in str(scan.signals)


def test_texts_are_not_in_the_database_in_clear(personas):
    from tests.cases.helpers import database_contains

    _report(personas.moderator, comment="CANARY-report-0c1d", posts=["CANARY-post-8e2f"])
    assert database_contains("CANARY-report-0c1d") == []
    assert database_contains("CANARY-post-8e2f") == []
    raw = CaseNote.objects.filter(kind=NoteKind.REPORTED_POST).values_list("body_sealed", flat=True)
    assert all(b"CANARY" not in bytes(value) for value in raw)


def test_self_harm_suggests_immediate_risk_but_the_answer_stays_unknown(personas):
    case = _report(personas.moderator, comment="", posts=[SELF_HARM])
    assessment = Assessment.objects.get(case=case)
    assert assessment.immediate_risk == Answer.UNKNOWN
    texts = {n.pk: notes.read_note(n) for n in CaseNote.objects.filter(case=case)}
    suggested = screening.suggestions(case.scans.all(), {"immediate_risk": Answer.UNKNOWN}, texts)
    assert suggested["immediate_risk"].answer == Answer.YES
    # Not saved for the moderator, but urgent at once: critical, the short deadline.
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL and case.urgent_from_scan
    assert case.first_response_due == deadlines.response_due(case.created_at, urgent=True)


def test_a_minor_indicator_suggests_minor_involved_but_does_not_change_the_kind(personas):
    case = _report(personas.moderator, comment=MINOR, posts=[])
    texts = {n.pk: notes.read_note(n) for n in CaseNote.objects.filter(case=case)}
    suggested = screening.suggestions(case.scans.all(), {"minor_involved": Answer.UNKNOWN}, texts)
    assert suggested["minor_involved"].answer == Answer.YES
    case.refresh_from_db()
    assert case.kind == CaseKind.SEXTORTION
    assert Assessment.objects.get(case=case).minor_involved == Answer.UNKNOWN
    assert not CaseEvent.objects.filter(case=case, type="case.minors_protocol").exists()
    assert access.get_case_for(personas.moderator, case.pk) == case


def test_a_report_is_added_to_an_existing_case(case, personas):
    before = case.timeline_length
    same = _report(personas.moderator, case=case, comment="", posts=[THREAT, SELF_HARM])
    assert same.pk == case.pk
    assert Case.objects.count() == 1
    assert [kind for kind, _text in _texts(case)] == [NoteKind.REPORTED_POST] * 2
    types = event_types(case)[before:]
    assert types == [
        "case.report_received",
        "case.note_added",
        "detection.scanned",
        "case.note_added",
        "detection.scanned",
        # The second post speaks of self-harm: urgent at once, unconfirmed.
        "case.urgent_from_scan",
        "case.priority_changed",
        "case.deadline_changed",
        "detection.report_scanned",
    ]
    assert_timeline_ok(case)


# Synthetic: one threat spread over three messages, none of which says it all.
SPLIT_THREAT = [
    "hey. i have the pics you sent me",
    "500 dollars in bitcoin. today",
    "or every one of your followers gets them",
]


def test_a_threat_spread_over_several_posts_is_seen_when_they_are_read_together(personas):
    case = _report(personas.moderator, comment="", posts=SPLIT_THREAT)
    scans = TextScan.objects.filter(case=case).order_by("note_id")
    # Each post has its own verdict (the learned model, reading them as reported posts,
    # already leans to sextortion on each); read together they are one threat.
    assert len(scans) == 3
    [together] = CaseEvent.objects.filter(case=case, type="detection.report_scanned")
    assert together.payload["notes"] == [scan.note_id for scan in scans]
    assert together.payload["label"] == "sextortion"
    assert {"intimate_material", "demand_money", "audience"} <= set(together.payload["signals"])
    assert "pics" not in str(together.payload)
    assert_timeline_ok(case)


def test_a_single_post_is_not_read_twice(personas):
    case = _report(personas.moderator, comment=COMMENT, posts=[THREAT])
    assert not CaseEvent.objects.filter(case=case, type="detection.report_scanned").exists()


def test_an_outsider_cannot_add_a_report_to_a_case_they_cannot_see(case, personas):
    before = case.timeline_length
    with pytest.raises(NotFound):
        _report(personas.outsider, case=case)
    case.refresh_from_db()
    assert case.timeline_length == before
    assert not CaseNote.objects.filter(case=case).exists()


def test_nothing_is_added_to_an_erased_case(case, personas):
    erasure.erase_case(case, acting_user=personas.lead)
    with pytest.raises(Conflict):
        _report(personas.lead, case=case)


def test_kind_and_priority_are_only_for_a_new_case(case, personas):
    with pytest.raises(ValueError, match="new case"):
        _report(personas.moderator, case=case, priority=Priority.HIGH)


def test_a_moderator_cannot_open_a_csea_case_and_nothing_is_left_behind(personas):
    with pytest.raises(Conflict) as refused:
        _report(personas.moderator, kind=CaseKind.CSEA)
    assert refused.value.code == "csea_leads_only"
    assert not Case.objects.exists()
    assert not CaseNote.objects.exists()


def test_a_lead_opens_a_csea_case_from_a_report_and_it_is_critical(personas):
    case = _report(personas.lead, kind=CaseKind.CSEA, priority=Priority.NORMAL)
    assert (case.kind, case.priority) == (CaseKind.CSEA, Priority.CRITICAL)
    assert_three_people(case, personas, moderator=False)


def test_priority_and_kind_are_recorded_on_opening(personas):
    case = _report(personas.moderator, kind=CaseKind.NCII, priority=Priority.HIGH)
    opened = CaseEvent.objects.get(case=case, type="case.opened")
    assert (opened.payload["kind"], opened.payload["priority"]) == ("ncii", 3)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"comment": "", "posts": []}, "empty_report"),
        ({"comment": "   \n", "posts": ["", "  ", None]}, "empty_report"),
        ({"comment": None, "posts": ()}, "empty_report"),
        ({"posts": ["x"] * (intake.MAX_POSTS + 1)}, "too_many_posts"),
        ({"posts": ["y" * (notes.MAX_TEXT + 1)]}, "invalid_input"),
        ({"comment": "z" * (notes.MAX_TEXT + 1)}, "invalid_input"),
        ({"posts": ["w" * (notes.MAX_TEXT - 10)] * 3}, "report_too_long"),
        ({"source": "pigeon"}, "bad_choice"),
        ({"kind": "gossip"}, "bad_choice"),
        ({"priority": 9}, "bad_choice"),
    ],
)
def test_invalid_reports_are_refused_with_a_clear_error_and_nothing_written(personas, kwargs, code):
    with pytest.raises(InvalidInput) as refused:
        _report(personas.moderator, **kwargs)
    assert refused.value.code == code
    assert refused.value.message
    assert not Case.objects.exists()
    assert not CaseEvent.objects.exists()


def test_a_too_long_post_is_named_by_its_place(personas):
    with pytest.raises(InvalidInput, match="reported post 3 "):
        _report(personas.moderator, posts=["a", "", "b" * (notes.MAX_TEXT + 1)])


def test_exactly_the_limit_of_posts_is_kept(personas):
    case = _report(personas.moderator, comment="", posts=[f"post {n}" for n in range(20)])
    assert CaseNote.objects.filter(case=case, kind=NoteKind.REPORTED_POST).count() == 20


def test_one_text_is_not_taken_for_a_list_of_posts(personas):
    with pytest.raises(TypeError):
        _report(personas.moderator, posts=THREAT)


def test_if_scanning_fails_nothing_is_written_and_the_key_is_destroyed(personas, monkeypatch):
    def broken(text, lang=None, **kwargs):
        raise RuntimeError("detector down")

    made: list[str] = []
    real_new_id = actions.new_case_id
    monkeypatch.setattr(actions, "new_case_id", lambda: made.append(real_new_id()) or made[-1])
    monkeypatch.setattr(screening, "detect", broken)
    with pytest.raises(RuntimeError, match="detector down"):
        _report(personas.moderator, posts=[THREAT, SELF_HARM])
    assert made == [], "the texts are read before a case, its key or a lock exists"
    assert not Case.objects.exists()
    assert not CaseNote.objects.exists()
    assert not CaseEvent.objects.exists()
    assert not TextScan.objects.exists()


def test_if_scanning_fails_on_an_existing_case_it_is_left_as_it_was(case, personas, monkeypatch):
    calls: list[str] = []

    def fails_second(text, lang=None, **kwargs):
        calls.append(text)
        if len(calls) == 2:
            raise RuntimeError("detector down")
        return real_detect(text, lang)

    real_detect = screening.detect
    monkeypatch.setattr(screening, "detect", fails_second)
    before = case.timeline_length
    with pytest.raises(RuntimeError):
        _report(personas.moderator, case=case)
    assert len(calls) == 2, "the first text was scanned before the failure"
    case.refresh_from_db()
    assert case.timeline_length == before
    assert not CaseNote.objects.filter(case=case).exists()
    assert not TextScan.objects.filter(case=case).exists()
    assert sealing.has_case_key(case.pk)
    assert_timeline_ok(case)


def test_a_report_haven_received_itself_opens_a_case_only_leads_see(personas):
    case = intake.receive_report(
        source="portal", comment=THREAT, posts=[], acting_user=None, priority=Priority.HIGH
    )
    assert not case.members.exists()
    assert_three_people(case, personas, moderator=False)
    events = CaseEvent.objects.filter(case=case)
    assert all(e.actor_id is None for e in events)
    received = events.get(type="case.report_received")
    assert received.payload["source"] == "portal"
    note = CaseNote.objects.get(case=case)
    assert note.author is None and note.kind == NoteKind.REPORT
    assert TextScan.objects.filter(note=note).exists()
    assert_timeline_ok(case)


def test_a_report_pasted_by_a_moderator_needs_the_moderator(personas):
    with pytest.raises(ValueError, match="acting_user"):
        intake.receive_report(source="moderator", comment=THREAT, acting_user=None)


def test_logs_carry_ids_not_the_report(personas, caplog):
    caplog.set_level(logging.DEBUG)
    case = _report(personas.moderator, comment="CANARY-log-5a7b", posts=["CANARY-log-post"])
    assert case.pk in caplog.text
    assert "CANARY" not in caplog.text


def _status_events(case: Case) -> list[dict]:
    return [e.payload for e in CaseEvent.objects.filter(case=case, type="case.status_changed")]


def test_a_report_on_a_closed_case_brings_it_back_in_progress(case, personas):
    responding.record_response(case, acting_user=personas.moderator, channel="fediverse")
    responding.close_case(case, acting_user=personas.lead, reason="responded")
    _report(personas.lead, case=case, comment="", posts=[THREAT])
    case.refresh_from_db()
    assert (case.status, case.closed_at, case.close_reason) == ("open", None, "")
    assert _status_events(case)[-1] == {
        "from": "closed",
        "to": "open",
        "action": "reopen",
        "reason": "report_received",
    }
    assert_timeline_ok(case)


def test_a_report_on_a_waiting_case_resumes_it_and_an_open_case_stays_as_it_is(case, personas):
    actions.change_status(case, "wait", acting_user=personas.moderator)
    _report(personas.moderator, case=case)
    case.refresh_from_db()
    assert case.status == "open"
    assert _status_events(case)[-1]["action"] == "resume"
    before = len(_status_events(case))
    _report(personas.moderator, case=case)
    assert len(_status_events(case)) == before
    assert_timeline_ok(case)
