"""The evidence page: every kind uploaded sealed as it streams, read, downloaded; 404 outside."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler

from haven.cases import actions
from haven.cases.models import AuditRecord, CaseEvent
from haven.evidence.models import EvidenceItem
from tests.evidence import samples
from tests.evidence.helpers import files_holding, marker
from tests.web.helpers import give_consent, post_refused

POLICE = "evidence_for_police"


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.lead, members=[personas.moderator])


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def upload(client, case, data: bytes, name: str = "file.bin", scope: str = POLICE):
    file = SimpleUploadedFile(name, data, content_type="application/x-anything")
    return client.post(f"/cases/{case.pk}/evidence/add/", {"file": file, "scope": scope})


def refused_upload(client, case, data: bytes, scope: str = POLICE):
    file = SimpleUploadedFile("file.bin", data, content_type="application/x-anything")
    form = {"file": file, "scope": scope}
    return post_refused(client, f"/cases/{case.pk}/evidence/add/", form, at="")


def test_a_video_and_a_pdf_are_added_and_listed(case, member, personas, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", refuse)
    give_consent(case, personas.moderator, POLICE)
    mark = marker()
    for data in (samples.mp4(mark), samples.pdf(mark)):
        response = upload(member, case, data)
        assert response.status_code == 302, response.content[:500]
    assert files_holding(mark) == []
    kinds = sorted(EvidenceItem.objects.filter(case=case).values_list("kind", flat=True))
    assert kinds == ["pdf", "video"]
    page = member.get(f"/cases/{case.pk}/evidence/").content.decode()
    assert "Video" in page and "PDF document" in page
    video = EvidenceItem.objects.get(case=case, kind="video")
    shown = member.get(f"/cases/{case.pk}/evidence/{video.pk}/").content.decode()
    assert "640\u00d7360" in shown and "12.5 seconds" in shown


@pytest.mark.parametrize("name", ["../../etc/passwd", "a\x00b.png", "x" * 5000, "", "noext"])
def test_the_client_name_is_never_used(case, member, personas, name):
    give_consent(case, personas.moderator, POLICE)
    response = upload(member, case, samples.pdf(), name=name or "x")
    assert response.status_code == 302
    item = EvidenceItem.objects.get(case=case)
    assert item.content_type == "application/pdf"
    assert "passwd" not in item.blob_name


def test_a_refused_upload_leaves_nothing_and_says_why(case, member, personas):
    give_consent(case, personas.moderator, POLICE)
    mark = marker()
    response = refused_upload(member, case, b"PK\x03\x04" + mark + bytes(1000))
    assert "Archives are not accepted" in response.content.decode()
    assert f'value="{POLICE}" id="evidence-scope_1" checked' in response.content.decode()
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert files_holding(mark) == []


def test_no_consent_no_upload(case, member):
    response = refused_upload(member, case, samples.pdf())
    assert "consent" in response.content.decode()
    assert not EvidenceItem.objects.filter(case=case).exists()


def test_a_chat_log_is_shown_as_escaped_text_and_the_read_is_audited(case, member, personas):
    give_consent(case, personas.moderator, POLICE)
    upload(member, case, samples.chat_html(b"<script>alert(1)</script>"))
    item = EvidenceItem.objects.get(case=case)
    before = AuditRecord.objects.count()
    page = member.get(f"/cases/{case.pk}/evidence/{item.pk}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert AuditRecord.objects.count() == before + 1
    assert AuditRecord.objects.order_by("-pk").first().type == "evidence.read"


def test_a_download_needs_a_reason_and_is_on_the_timeline(case, member, personas, login):
    give_consent(case, personas.moderator, POLICE)
    data = samples.pdf(marker())
    upload(member, case, data)
    item = EvidenceItem.objects.get(case=case)
    url = f"/cases/{case.pk}/evidence/{item.pk}/download/"
    assert member.post(url).status_code == 302  # no reason: back to the item
    assert not CaseEvent.objects.filter(case=case, type="evidence.downloaded").exists()
    response = member.post(url, {"reason": "report_to_police"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="evidence-{item.pk}.pdf"'
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == item.sha256
    lead = login(personas.lead)
    assert b"".join(lead.post(url).streaming_content) == data
    events = CaseEvent.objects.filter(case=case, type="evidence.downloaded")
    assert [e.payload["reason"] for e in events.order_by("seq")] == ["report_to_police", "lead"]


def test_an_outsider_gets_404_everywhere(case, member, personas, login):
    give_consent(case, personas.moderator, POLICE)
    upload(member, case, samples.pdf())
    item = EvidenceItem.objects.get(case=case)
    outsider = login(personas.outsider)
    base = f"/cases/{case.pk}/evidence/"
    assert outsider.get(base).status_code == 404
    assert outsider.get(f"{base}{item.pk}/").status_code == 404
    assert outsider.post(f"{base}{item.pk}/download/", {"reason": "lead"}).status_code == 404
    assert upload(outsider, case, samples.pdf()).status_code == 404
    assert EvidenceItem.objects.filter(case=case).count() == 1
    assert member.get(f"{base}nonexistent/").status_code == 404


def test_the_leads_export_button_streams_a_verifiable_export(
    case, member, personas, login, tmp_path
):
    from haven.evidence.export_check import check_archive

    give_consent(case, personas.moderator, POLICE)
    upload(member, case, samples.mp4())
    upload(member, case, samples.pdf())
    url = f"/cases/{case.pk}/evidence/export/"
    assert member.post(url).status_code == 302  # a moderator is told only a lead exports
    lead = login(personas.lead)
    assert b"Export the evidence" in lead.get(f"/cases/{case.pk}/evidence/").content
    response = lead.post(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="haven-export-')
    path = tmp_path / "export.zip"
    path.write_bytes(b"".join(response.streaming_content))
    report = check_archive(path)
    assert report.ok, report.problems
    assert report.checked == 5
    assert CaseEvent.objects.filter(case=case, type="evidence.exported").count() == 1


def test_a_pdf_is_shown_as_its_text_escaped(case, member, personas):
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=12)
    document.cell(text="Synthetic threat <script>alert(2)</script>")
    give_consent(case, personas.moderator, POLICE)
    assert upload(member, case, bytes(document.output())).status_code == 302
    item = EvidenceItem.objects.get(case=case, kind="pdf")
    page = member.get(f"/cases/{case.pk}/evidence/{item.pk}/").content.decode()
    assert "Synthetic threat &lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "<script>alert(2)" not in page


def test_a_pdf_pypdf_cannot_read_is_offered_as_a_download(case, member, personas):
    give_consent(case, personas.moderator, POLICE)
    upload(member, case, samples.pdf())
    item = EvidenceItem.objects.get(case=case)
    page = member.get(f"/cases/{case.pk}/evidence/{item.pk}/")
    assert page.status_code == 200


def test_a_file_over_the_limit_is_refused_as_it_streams(case, member, personas, settings):
    give_consent(case, personas.moderator, POLICE)
    mark = marker()
    data = samples.mp4(mark)
    settings.HAVEN_EVIDENCE_MAX_BYTES = len(data) // 2
    response = upload(member, case, data)  # refused before it is read: nothing to keep
    assert response.status_code == 400
    assert "larger than Haven accepts" in response.content.decode()
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert files_holding(mark) == []


def test_only_the_evidence_upload_takes_the_evidence_cap(case, member, personas, settings):
    give_consent(case, personas.moderator, POLICE)
    settings.HAVEN_STAFF_MAX_BODY_BYTES = 1024 * 1024
    large = samples.pdf(b"x" * (2 * 1024 * 1024))
    assert upload(member, case, large).status_code == 302
    assert EvidenceItem.objects.filter(case=case).count() == 1
    file = SimpleUploadedFile("a.pdf", large, content_type="application/pdf")
    for elsewhere in ("/cases/new/", f"/cases/{case.pk}/media/", f"/cases/{case.pk}/notes/"):
        response = member.post(elsewhere, {"file": file, "image": file})
        assert response.status_code == 413, elsewhere
        file.seek(0)


def test_an_evidence_upload_without_a_length_is_refused_unread(case, member, personas):
    give_consent(case, personas.moderator, POLICE)
    body = io.BytesIO(b"x" * 100_000)
    response = member.generic(
        "POST",
        f"/cases/{case.pk}/evidence/add/",
        b"",
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": body},
    )
    assert response.status_code == 411
    assert body.tell() == 0
    assert not EvidenceItem.objects.filter(case=case).exists()
