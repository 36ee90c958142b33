"""Videos and audio read through the seal: facts at intake, a blurred poster frame, a reveal.

The videos are made here with PyAV (a red picture); nothing is real. After each
read, the data dir and the temp dir are scanned for the plaintext's marker.
"""

from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image

from haven.cases import actions
from haven.cases.models import AuditRecord, ConsentScope
from haven.core.errors import InvalidInput
from haven.evidence import intake, videos
from haven.evidence.models import EvidenceItem
from haven.evidence.sealed_file import SealedFile, TooManySeeks
from tests.evidence import samples
from tests.evidence.helpers import files_holding, marker
from tests.web.helpers import give_consent

POLICE = ConsentScope.EVIDENCE_FOR_POLICE


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.lead, members=[personas.moderator])


@pytest.fixture
def add(case, personas, blob_store):
    give_consent(case, personas.lead, POLICE)

    def add(data: bytes) -> EvidenceItem:
        return intake.receive_evidence(
            case, [data], acting_user=personas.moderator, source="moderator", scope=POLICE
        )

    return add


@pytest.mark.parametrize(
    ("container", "media_type"), [("mp4", "video/mp4"), ("webm", "video/webm")]
)
def test_size_and_duration_of_mp4_and_webm(add, container, media_type):
    item = add(samples.encoded_video(container, size=(96, 64), frames=50))
    assert (item.kind, item.content_type) == ("video", media_type)
    assert (item.width, item.height) == (96, 64)
    assert 1900 <= item.duration_ms <= 2100  # 50 frames at 25 a second


@pytest.mark.parametrize(
    ("make", "media_type"),
    [
        (samples.wav, "audio/wav"),
        (lambda: samples.encoded_audio("ogg"), "audio/ogg"),
        (lambda: samples.encoded_audio("mp3"), "audio/mpeg"),
        (lambda: samples.encoded_audio("ipod"), "audio/mp4"),
    ],
    ids=["wav", "ogg", "mp3", "m4a"],
)
def test_audio_duration(add, make, media_type):
    item = add(make())
    assert (item.kind, item.content_type) == ("audio", media_type)
    expected = 1000 if media_type == "audio/wav" else 2000  # samples.wav: 8000 frames at 8 kHz
    assert abs(item.duration_ms - expected) <= 150, item.duration_ms
    assert (item.width, item.height) == (0, 0)


def _shown_png(page: str) -> Image.Image:
    found = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert found, "no inline picture on the page"
    return Image.open(io.BytesIO(base64.b64decode(found.group(1))))


@pytest.mark.parametrize("container", ["mp4", "webm"])
def test_the_poster_is_blurred_until_a_logged_reveal(case, add, personas, login, container):
    mark = marker()
    item = add(samples.encoded_video(container, size=(320, 240), mark=mark))
    member = login(personas.moderator)
    page = member.get(f"/cases/{case.pk}/evidence/{item.pk}/").content.decode()
    assert "Reveal the first frame" in page
    blurred = _shown_png(page)
    assert max(blurred.size) == 320 and blurred.format == "PNG"
    red, green, _blue = blurred.convert("RGB").getpixel((160, 100))
    assert red > 150 and green < 80  # the red picture, blurred
    reads = AuditRecord.objects.filter(case_id=case.pk, type="evidence.read")
    assert [r.payload["revealed"] for r in reads] == [False]

    revealed = member.post(f"/cases/{case.pk}/evidence/{item.pk}/reveal/")
    assert revealed.status_code == 200
    assert _shown_png(revealed.content.decode()).size == (320, 240)
    assert [r.payload["revealed"] for r in reads.order_by("id")] == [False, True]
    assert files_holding(mark) == []


def test_outsiders_get_404_for_the_poster_and_the_reveal(case, add, personas, login):
    item = add(samples.encoded_video("webm"))
    outsider = login(personas.outsider)
    assert outsider.get(f"/cases/{case.pk}/evidence/{item.pk}/").status_code == 404
    assert outsider.post(f"/cases/{case.pk}/evidence/{item.pk}/reveal/").status_code == 404
    assert not AuditRecord.objects.filter(case_id=case.pk, type="evidence.read").exists()


def test_only_videos_are_revealed_here(case, add, personas, login):
    item = add(samples.pdf())
    member = login(personas.moderator)
    assert member.post(f"/cases/{case.pk}/evidence/{item.pk}/reveal/").status_code == 404


def _zeroed_frames(data: bytes) -> bytes:
    """The same mp4 with the frames' bytes (the mdat box's body) all zero: a whole index,
    no picture in it."""
    at = data.index(b"mdat") - 4
    size = int.from_bytes(data[at : at + 4], "big")
    return data[: at + 8] + bytes(size - 8) + data[at + size :]


@pytest.mark.parametrize(
    "damage",
    {
        "frames zeroed": lambda: _zeroed_frames(samples.encoded_video("mp4")),
        "webm cut short": lambda: samples.encoded_video("webm")[:400],
        "webm header only": lambda: samples.webm(),
    }.items(),
    ids=lambda d: d[0],
)
def test_a_broken_video_has_no_preview_and_no_crash(case, add, personas, login, damage):
    item = add(damage[1]())
    assert item.kind == "video"
    assert videos.poster(item) is None
    member = login(personas.moderator)
    page = member.get(f"/cases/{case.pk}/evidence/{item.pk}/")
    assert page.status_code == 200
    assert "No preview: Haven could not read a picture" in page.content.decode()
    assert member.post(f"/cases/{case.pk}/evidence/{item.pk}/reveal/").status_code == 404


def test_a_video_cut_short_in_its_index_is_refused(add):
    data = samples.encoded_video("mp4")
    with pytest.raises(InvalidInput, match=r"cut short|incomplete"):
        add(data[: len(data) - 40])


def test_the_sealed_file_reads_seeks_and_bounds_restarts():
    data = bytes(range(256)) * 1000
    opened = []

    def pieces():
        opened.append(1)
        return iter([data[i : i + 4096] for i in range(0, len(data), 4096)])

    file = SealedFile(pieces, len(data))
    assert file.read(10) == data[:10]
    file.seek(-5, io.SEEK_END)
    assert file.read() == data[-5:]
    file.seek(100)
    assert file.read(5000) == data[100:5100]
    assert len(opened) == 2  # one restart, for the seek back
    with pytest.raises(TooManySeeks):
        for _ in range(20):
            file.seek(len(data) - 1)
            file.read(1)
            file.seek(0)
            file.read(1)
