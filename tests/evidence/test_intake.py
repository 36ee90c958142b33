"""Every kind of evidence comes in through one function; bad input is refused and leaves nothing."""

from __future__ import annotations

import hashlib

import pytest
from django.test import override_settings

from haven.cases.models import ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.evidence import intake, store, vault
from haven.evidence.models import EvidenceItem
from tests.cases.helpers import assert_three_people, assert_timeline_ok, event_types
from tests.evidence import samples
from tests.evidence.helpers import files_holding, marker
from tests.web.helpers import give_consent, synthetic_png

POLICE = ConsentScope.EVIDENCE_FOR_POLICE


@pytest.fixture
def consented(case, personas):
    give_consent(case, personas.lead, POLICE)
    return case


def receive(case, data: bytes, personas, **kwargs):
    kwargs.setdefault("source", "moderator")
    kwargs.setdefault("scope", POLICE)
    pieces = [data[at : at + 50_000] for at in range(0, len(data), 50_000)]
    return intake.receive_evidence(case, pieces, acting_user=personas.moderator, **kwargs)


GOOD = {
    "mp4": (samples.mp4, "video", "video/mp4"),
    "quicktime": (lambda m=b"": samples.mp4(m, brand=b"qt  "), "video", "video/quicktime"),
    "webm": (samples.webm, "video", "video/webm"),
    "pdf": (samples.pdf, "pdf", "application/pdf"),
    "wav": (samples.wav, "audio", "audio/wav"),
    "m4a": (lambda m=b"": samples.mp4(m, brand=b"M4A "), "audio", "audio/mp4"),
    "chat json": (samples.chat_json, "chat_log", "application/json"),
    "chat html": (samples.chat_html, "chat_log", "text/html"),
    "chat text": (samples.chat_text, "chat_log", "text/plain"),
    "chat text in brackets": (samples.chat_bracketed, "chat_log", "text/plain"),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_each_kind_is_described_from_its_bytes_and_sealed(consented, personas, name, blob_store):
    make, kind, media_type = GOOD[name]
    mark = marker()
    data = make(mark)
    item = receive(consented, data, personas)
    item.refresh_from_db()
    assert (item.kind, item.content_type) == (kind, media_type)
    assert (item.sha256, item.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert (item.source, item.kept_under, item.added_by) == (
        "moderator",
        POLICE,
        personas.moderator,
    )
    assert b"".join(vault.read(consented.pk, item.pk, item.blob_name)) == data
    assert files_holding(mark) == []
    assert event_types(consented)[-1] == "evidence.received"
    assert_timeline_ok(consented)


def test_a_video_s_duration_and_picture_size_come_from_its_index(consented, personas):
    item = receive(consented, samples.mp4(), personas)
    assert (item.width, item.height, item.duration_ms) == (640, 360, 12_500)


def test_an_image_goes_through_the_same_door(consented, personas):
    data = synthetic_png(3)
    item = receive(consented, data, personas)
    assert (item.kind, item.content_type) == ("image", "image/png")
    assert item.width > 0 and item.height > 0


def test_a_captured_post_keeps_its_source_sealed(consented, personas):
    mark = marker()
    ref = intake.SourceRef("https://one.example/@someone/1099", {"status": "1099"})
    item = receive(
        consented,
        samples.post_json(mark),
        personas,
        source="server_capture",
        kind="post",
        source_ref=ref,
    )
    item.refresh_from_db()
    assert item.kind == "post" and item.source == "server_capture"
    assert b"one.example" not in bytes(item.source_ref)
    assert intake.read_source(item) == ref
    assert_three_people(consented, personas)


def leaves_nothing(case, personas, data: bytes, error=InvalidInput, **kwargs) -> InvalidInput:
    names, events = set(store.get_store().names()), event_types(case)
    with pytest.raises(error) as info:
        receive(case, data, personas, **kwargs)
    assert set(store.get_store().names()) == names
    assert not EvidenceItem.objects.filter(case=case).exists()
    assert event_types(case) == events
    return info.value


TRUNCATED_PNG = synthetic_png(5, (400, 300))
BAD = {
    "empty": (b"", "empty"),
    "unknown binary": (bytes(range(256)) * 10, "not evidence Haven can read"),
    "zip archive": (b"PK\x03\x04" + bytes(1000), "Archives are not accepted"),
    "gzip (a zip bomb's wrapper)": (b"\x1f\x8b\x08" + bytes(1000), "Archives are not accepted"),
    "image with a zip behind it": (synthetic_png(4) + samples.zip_eocd(), "two kinds of file"),
    "pdf with a zip behind it": (samples.pdf() + samples.zip_eocd(), "two kinds of file"),
    "video with a page inside": (samples.mp4(b"<script>x</script>"), "two kinds of file"),
    "truncated video": (samples.mp4()[:150_000], "cut short"),
    "video without its index": (samples.mp4(moov=False), "no index"),
    "truncated pdf": (samples.pdf()[:60], "cut short or corrupt"),
    "truncated image": (TRUNCATED_PNG[: len(TRUNCATED_PNG) // 2], "not an image Haven can read"),
    "broken json": (b'{"messages": [', "broken"),
    "text that is not utf-8": (b"synthetic \xff\xfe text", "not evidence Haven can read"),
    "utf-8 that breaks later": (b"synthetic text " * 10_000 + b"\xff", "not UTF-8"),
    "text with nul bytes": (b"synthetic\x00text" * 10, "not evidence Haven can read"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_a_clear_error_and_leaves_nothing(consented, personas, name, blob_store):
    data, message = BAD[name]
    error = leaves_nothing(consented, personas, data)
    assert message in error.message


def test_a_post_must_be_json(consented, personas):
    error = leaves_nothing(consented, personas, samples.chat_text(), kind="post")
    assert "JSON" in error.message


def test_over_the_size_limit_is_refused_as_it_streams(consented, personas):
    data = samples.mp4()
    with override_settings(HAVEN_EVIDENCE_MAX_BYTES=len(data) - 1):
        error = leaves_nothing(consented, personas, data)
    assert error.code == "too_large"


def test_no_consent_no_evidence(case, personas):
    error = leaves_nothing(case, personas, samples.pdf(), error=Conflict)
    assert error.code == "no_consent"


def test_a_hash_only_scope_keeps_the_hashes_not_the_file(case, personas):
    give_consent(case, personas.lead, ConsentScope.HASH_IMAGES)
    names = set(store.get_store().names())
    item = receive(case, synthetic_png(6), personas, scope=ConsentScope.HASH_IMAGES)
    assert not item.kept and item.sha256
    assert set(store.get_store().names()) == names


def test_unknown_source_or_scope_is_refused(consented, personas):
    leaves_nothing(consented, personas, samples.pdf(), source="fax")
    leaves_nothing(consented, personas, samples.pdf(), scope="forever")
