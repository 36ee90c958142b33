"""On the case page a moderator marks a verdict right or wrong; leads read the figures."""

from __future__ import annotations

from haven.cases import intake
from haven.cases.models import TextScan, VerdictMark


def test_a_member_marks_a_verdict_from_the_case_page(personas, login):
    case = intake.receive_report(
        source="moderator",
        comment="synthetic: pay me or your intimate video goes to your family",
        posts=[],
        acting_user=personas.moderator,
    )
    scan = TextScan.objects.get(case=case)
    member = login(personas.moderator)
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "Is the detector's verdict right?" in page
    response = member.post(f"/cases/{case.pk}/reports/{scan.note_id}/mark/", {"right": "no"})
    assert response.status_code == 302
    assert VerdictMark.objects.get(scan=scan).right is False
    assert "Marked wrong by mod-on-case." in member.get(f"/cases/{case.pk}/").content.decode()
    outsider = login(personas.outsider)
    url = f"/cases/{case.pk}/reports/{scan.note_id}/mark/"
    assert outsider.post(url, {"right": "yes"}).status_code == 404
    assert VerdictMark.objects.get(scan=scan).right is False
    figures = login(personas.lead).get("/detector/").content.decode()
    assert "False alarms" in figures and "1 marked verdict" in figures
    assert member.get("/detector/").status_code == 404
