"""The moderators' word: verdicts marked right or wrong, and precision and recall from them."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from haven.cases import erasure, feedback, intake
from haven.cases.access import cases_visible_to
from haven.cases.models import CaseEvent, TextScan, VerdictMark
from haven.core.errors import NotFound

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
HARMLESS = "synthetic: lovely sunset photos from the hike today, thanks for the follow"


def _scanned(personas, text):
    case = intake.receive_report(
        source="moderator", comment=text, posts=[], acting_user=personas.moderator
    )
    return case, TextScan.objects.get(case=case)


def test_a_mark_is_on_the_timeline_and_the_last_word_holds(personas):
    case, scan = _scanned(personas, THREAT)
    feedback.mark_verdict(case, scan.note_id, right=False, acting_user=personas.moderator)
    feedback.mark_verdict(case, scan.note_id, right=True, acting_user=personas.moderator)
    assert VerdictMark.objects.get(scan=scan).right is True
    marks = CaseEvent.objects.filter(case=case, type="detection.verdict_marked")
    assert [e.payload["right"] for e in marks] == [False, True]


def test_a_note_of_another_case_is_not_found(personas):
    case, _ = _scanned(personas, THREAT)
    _other, foreign = _scanned(personas, HARMLESS)
    with pytest.raises(NotFound):
        feedback.mark_verdict(case, foreign.note_id, right=True, acting_user=personas.moderator)


def test_figures_count_what_was_marked_on_visible_cases(personas):
    marked = [(THREAT, True), (THREAT, False), (HARMLESS, True), (HARMLESS, False)]
    scans = []
    for text, right in marked:
        case, scan = _scanned(personas, text)
        feedback.mark_verdict(case, scan.note_id, right=right, acting_user=personas.moderator)
        scans.append(scan)
    assert scans[0].label == "sextortion" and scans[2].label == "not_sextortion"
    found = feedback.marked(cases_visible_to(personas.moderator))
    counts = found.overall
    assert (counts.tp, counts.fp, counts.fn, counts.tn) == (1, 1, 1, 1)
    [overall, *_languages] = feedback.rows(found)
    assert overall.precision.value == 0.5 and overall.recall.value == 0.5
    assert 0 < overall.precision.low < 0.5 < overall.precision.high < 1
    assert feedback.marked(cases_visible_to(personas.outsider)).marked == 0


def test_an_erased_case_takes_its_marks_with_it(personas):
    case, scan = _scanned(personas, THREAT)
    feedback.mark_verdict(case, scan.note_id, right=True, acting_user=personas.moderator)
    erasure.erase_case(case, acting_user=personas.lead)
    assert not VerdictMark.objects.exists()


def test_a_share_is_honest_at_the_edges():
    assert feedback.share(0, 0).value is None
    full = feedback.share(10, 10)
    assert full.value == 1.0 and 0.65 < full.low < 0.75 and full.high == pytest.approx(1.0)


def test_the_command_prints_the_same_figures(personas, capsys):
    case, scan = _scanned(personas, THREAT)
    feedback.mark_verdict(case, scan.note_id, right=True, acting_user=personas.moderator)
    call_command("haven_detector_figures")
    out = capsys.readouterr().out
    assert "verdicts marked by moderators: 1" in out and "precision" in out


def test_haven_detect_eval_cases_reaches_the_marks(personas, capsys):
    from haven.cli import main

    case, scan = _scanned(personas, THREAT)
    feedback.mark_verdict(case, scan.note_id, right=False, acting_user=personas.moderator)
    assert main(["detect", "--eval-cases"]) == 0
    assert "verdicts marked by moderators: 1" in capsys.readouterr().out
