"""Images on the desk: kept only with consent, blurred by default, revealed on purpose
(and on the timeline), never given their own address unblurred. Synthetic images only."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from PIL import Image

from haven.cases import actions
from haven.cases.models import AuditRecord, CaseEvent
from haven.evidence.models import EvidenceItem
from tests.web.helpers import give_consent, kept_image, post_refused, synthetic_png


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator)


@pytest.fixture
def member(personas, login):
    return login(personas.moderator)


def _upload(client, case, scope="evidence_for_ban", data=None):
    image = SimpleUploadedFile("x.png", data or synthetic_png(), content_type="image/png")
    return client.post(f"/cases/{case.pk}/media/", {"image": image, "scope": scope})


def _refused(client, case, scope="evidence_for_ban", data=None):
    image = SimpleUploadedFile("x.png", data or synthetic_png(), content_type="image/png")
    form = {"image": image, "scope": scope}
    return post_refused(client, f"/cases/{case.pk}/media/", form, at="images")


def _store_files() -> set[str]:
    store = Path(settings.HAVEN_DATA_DIR) / "media"
    return {p.name for p in store.iterdir()} if store.exists() else set()


def test_an_image_with_consent_is_kept_and_shown_blurred(case, member, personas):
    give_consent(case, personas.moderator)
    response = _upload(member, case)
    assert response.status_code == 302 and response.url.endswith("#images")
    item = EvidenceItem.objects.get(case=case)
    assert item.kept
    page = member.get(f"/cases/{case.pk}/").content.decode()
    preview_url = f"/cases/{case.pk}/media/{item.pk}/preview/"
    assert f'<img class="blurred" src="{preview_url}"' in page
    assert "data:image" not in page, "the case page never carries the image itself"


def test_the_preview_is_a_small_blurred_png_that_is_not_cached(case, member, personas):
    item = kept_image(case, personas.moderator)
    response = member.get(f"/cases/{case.pk}/media/{item.pk}/preview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"] == 'inline; filename="image.png"'
    preview = Image.open(io.BytesIO(response.content))
    assert preview.format == "PNG"
    assert response.content != synthetic_png()


def test_reveal_is_a_post_that_shows_the_image_inline_and_is_logged(case, member, personas):
    item = kept_image(case, personas.moderator)
    url = f"/cases/{case.pk}/media/{item.pk}/reveal/"
    assert member.get(url).status_code == 405
    assert not AuditRecord.objects.filter(case_id=case.pk, type="media.revealed").exists()
    response = member.post(url)
    assert response.status_code == 200
    page = response.content.decode()
    match = re.search(r'<img class="revealed" src="data:image/png;base64,([^"]+)"', page)
    assert match
    revealed = Image.open(io.BytesIO(base64.b64decode(match.group(1))))
    assert revealed.size == (64, 48)
    assert "no-store" in response["Cache-Control"]
    record = AuditRecord.objects.get(case_id=case.pk, type="media.revealed")
    assert record.actor == personas.moderator and record.payload == {"media": item.pk}
    assert not CaseEvent.objects.filter(case=case, type="media.revealed").exists()


def test_without_consent_nothing_is_kept_and_the_reason_is_shown(case, member):
    before = _store_files()
    response = _refused(member, case)
    assert "Record the victim's consent" in response.content.decode().replace("&#x27;", "'")
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert _store_files() == before
    assert 'value="evidence_for_ban" id="images-scope_0" checked' in response.content.decode()


def test_a_file_that_is_not_an_image_is_refused(case, member, personas):
    give_consent(case, personas.moderator)
    response = _refused(member, case, data=b"%PDF-1.4 synthetic, not an image")
    assert 'id="images-error"' in response.content.decode()
    assert not EvidenceItem.objects.filter(case=case).exists()


def test_uploads_never_touch_the_disk_in_clear(case, member, personas, settings, monkeypatch):
    # Django would spool anything above FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file.
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10

    def refuse(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", refuse)
    give_consent(case, personas.moderator)
    assert _upload(member, case).status_code == 302


def test_an_oversized_upload_is_refused_before_it_is_read(case, member, personas, settings):
    settings.HAVEN_MEDIA_MAX_BYTES = 100
    give_consent(case, personas.moderator)
    response = _upload(member, case, data=synthetic_png(size=(600, 600)) + b"\0" * 70_000)
    assert response.status_code == 400
    assert not EvidenceItem.objects.filter(case=case).exists()


def test_uploads_still_need_the_csrf_token(case, personas):
    from django.test import Client

    from tests.conftest import _verified_client

    client = _verified_client(personas.moderator)
    strict = Client(secure=True, enforce_csrf_checks=True)
    strict.cookies = client.cookies
    give_consent(case, personas.moderator)
    assert _upload(strict, case).status_code == 403
    assert not EvidenceItem.objects.filter(case=case).exists()


def test_withdrawn_consent_discards_the_image_and_its_preview(case, member, personas):
    item = kept_image(case, personas.moderator)
    form = {"scope": "evidence_for_ban", "given": "no", "method": "told_moderator"}
    assert member.post(f"/cases/{case.pk}/consent/", form).status_code == 302
    page = member.get(f"/cases/{case.pk}/").content.decode()
    assert "<img" not in page
    assert "only its hashes remain" in page
    assert member.get(f"/cases/{case.pk}/media/{item.pk}/preview/").status_code == 404
    assert member.post(f"/cases/{case.pk}/media/{item.pk}/reveal/").status_code == 404


def test_an_image_of_another_case_is_not_found(case, member, personas):
    other = actions.open_case(acting_user=personas.moderator)
    item = kept_image(other, personas.moderator)
    assert member.get(f"/cases/{case.pk}/media/{item.pk}/preview/").status_code == 404
    assert member.post(f"/cases/{case.pk}/media/{item.pk}/reveal/").status_code == 404


def test_the_image_form_chooses_the_recorded_consent_and_a_minors_case_offers_only_hashes(
    personas, login
):
    case = actions.open_case(acting_user=personas.moderator)
    give_consent(case, personas.moderator)
    page = login(personas.moderator).get(f"/cases/{case.pk}/").content.decode()
    images = page.split('id="images"')[1].split("</section>")[0]
    assert re.search(r'value="evidence_for_ban" id="[^"]+" checked', images)
    assert "The consent the victim gave is chosen" in images

    minors = actions.open_case(acting_user=personas.lead, kind="csea")
    page = login(personas.lead).get(f"/cases/{minors.pk}/").content.decode()
    images = page.split('id="images"')[1].split("</section>")[0]
    assert 'value="evidence_for_police"' not in images
    assert 'value="evidence_for_ban"' not in images
    assert 'value="hash_images"' in images


def test_the_same_image_twice_is_said_and_not_stored_twice(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    give_consent(case, personas.moderator)
    client = login(personas.moderator)
    png = synthetic_png()
    assert _upload(client, case, data=png).status_code == 302
    response = _refused(client, case, data=png)
    assert "already on the case" in response.content.decode()
    assert EvidenceItem.objects.filter(case=case).count() == 1
