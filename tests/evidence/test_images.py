"""Images are hostile input: sniffed, bounded, sealed at rest, only re-encoded on the way out."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from PIL import Image, ImageChops, ImageCms

from haven.cases import consent
from haven.cases.changes import changing
from haven.cases.models import AuditRecord, ConsentScope
from haven.core.errors import InvalidInput, NotFound
from haven.evidence import images as media
from haven.evidence.models import EvidenceItem
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    encode,
    event_types,
    events_of_type,
    media_files,
    synthetic_image,
    synthetic_png,
)

BAN = ConsentScope.EVIDENCE_FOR_BAN
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def consented(case, personas):
    consent.record_consent(case, BAN, given=True, acting_user=personas.lead, method="portal")
    return case


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size: a decompression bomb by its word."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + png_chunk(b"IEND", b"")
    )


def png_chunk_types(data: bytes) -> list[str]:
    assert data.startswith(PNG_SIGNATURE)
    types, at = [], len(PNG_SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        types.append(data[at + 4 : at + 8].decode("ascii"))
        at += 12 + length
    return types


def blank(mode: str, size: tuple[int, int]) -> bytes:
    """A huge, plain image: a few kilobytes compressed, millions of pixels decoded."""
    return encode(Image.new(mode, size), "PNG")


def steepest_edge(image: Image.Image) -> int:
    grey = image.convert("L")
    shifted = ImageChops.offset(grey, 1, 0)
    return (
        ImageChops.difference(grey, shifted).crop((1, 0, grey.width, grey.height)).getextrema()[1]
    )


def truncated_png() -> bytes:
    data = synthetic_png(seed=5, size=(400, 300))
    return data[: len(data) // 2]


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
    b'<rect width="64" height="64" fill="teal"/></svg>'
)

HOSTILE = {
    "plain text": (b"synthetic text, not an image at all\n" * 20, "not an image Haven can read"),
    "empty": (b"", "not an image Haven can read"),
    "svg": (SVG, "not an image Haven can read"),
    "html behind a gif magic": (b"GIF89a<html><script>x</script></html>", "not an image"),
    "truncated png": (truncated_png(), "not an image Haven can read"),
    "header claims 50000x50000": (png_claiming(50_000, 50_000), "not an image Haven can read"),
    "compressed 10000x10000": (blank("1", (10_000, 10_000)), "not an image Haven can read"),
    "compressed 8000x6000": (blank("1", (8_000, 6_000)), "too large"),
    "bmp": (encode(synthetic_image(), "BMP"), "Only PNG, JPEG, WebP and GIF"),
    "tiff": (encode(synthetic_image(), "TIFF"), "Only PNG, JPEG, WebP and GIF"),
    "ico": (encode(synthetic_image((32, 32)), "ICO"), "Only PNG, JPEG, WebP and GIF"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_refused_and_nothing_is_stored(consented, personas, name):
    data, message = HOSTILE[name]
    files, events = media_files(), event_types(consented)
    with pytest.raises(InvalidInput) as info:
        media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
    assert message in info.value.message
    assert media_files() == files
    assert not EvidenceItem.objects.filter(case=consented).exists()
    assert event_types(consented) == events


def test_the_size_limit(consented, personas):
    data = synthetic_png(seed=6)
    files = media_files()
    with override_settings(HAVEN_MEDIA_MAX_BYTES=len(data) - 1):
        with pytest.raises(InvalidInput) as info:
            media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
        assert "larger than Haven accepts" in info.value.message
        assert media_files() == files
        assert not EvidenceItem.objects.filter(case=consented).exists()
    with override_settings(HAVEN_MEDIA_MAX_BYTES=len(data)):
        assert media.attach_image(consented, data, acting_user=personas.lead, scope=BAN).kept


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp"), ("GIF", "image/gif")],
)
def test_kept_image_is_described_from_its_bytes_and_sealed_at_rest(
    consented, personas, fmt, content_type
):
    data = encode(synthetic_image((120, 80), seed=7), fmt)
    item = media.attach_image(consented, data, acting_user=personas.moderator, scope=BAN)
    item.refresh_from_db()
    assert (item.content_type, item.width, item.height) == (content_type, 120, 80)
    assert (item.sha256, item.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert (item.kept_under, item.added_by_id) == ("evidence_for_ban", personas.moderator.pk)
    stored = (Path(settings.HAVEN_DATA_DIR) / "media" / item.blob_name).read_bytes()
    assert data[:16] not in stored and data[-16:] not in stored
    [event] = events_of_type(consented, "evidence.received")
    assert event.payload == {
        "item": item.pk,
        "kind": "image",
        "source": "moderator",
        "kept": True,
        "scope": "evidence_for_ban",
    }
    assert_timeline_ok(consented)
    assert_three_people(consented, personas)


def jpeg_with_metadata(**extra: object) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SyntheticCameraMaker"  # Make
    exif[0x0131] = "SyntheticEditor 1.0"  # Software
    exif[0x013B] = "Synthetic Author Name"  # Artist
    return encode(
        synthetic_image((200, 150), seed=8),
        "JPEG",
        exif=exif,
        comment=b"synthetic-jpeg-comment",
        **extra,
    )


def assert_bare_png(data: bytes) -> Image.Image:
    assert png_chunk_types(data) == [
        "IHDR",
        *["IDAT"] * png_chunk_types(data).count("IDAT"),
        "IEND",
    ]
    for marker in (b"Synthetic", b"synthetic", b"Exif", b"tEXt", b"iTXt", b"zTXt", b"eXIf"):
        assert marker not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.info == {}
    assert not image.getexif()
    return image


@pytest.mark.parametrize("output", ["preview", "reveal"])
def test_outputs_are_pngs_without_the_inputs_exif_or_text(consented, personas, output):
    data = jpeg_with_metadata()
    assert b"SyntheticCameraMaker" in data  # the input really carries metadata
    item = media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
    if output == "preview":
        out = media.blurred_preview(item)
    else:
        out = media.reveal(item, acting_user=personas.lead)
    assert_bare_png(out)


@pytest.mark.parametrize("output", ["preview", "reveal"])
def test_outputs_drop_an_embedded_colour_profile(consented, personas, output):
    # An ICC profile is free-form metadata (device model, description, copyright
    # text): re-encoding must not carry it along.
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = jpeg_with_metadata(icc_profile=icc)
    item = media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
    if output == "preview":
        out = media.blurred_preview(item)
    else:
        out = media.reveal(item, acting_user=personas.lead)
    assert "iCCP" not in png_chunk_types(out)


def test_png_text_and_exif_chunks_do_not_survive(consented, personas):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "synthetic-author")
    info.add_itxt("Comment", "synthetic-comment")
    exif = Image.Exif()
    exif[0x010F] = "SyntheticCameraMaker"
    data = encode(synthetic_image(seed=9), "PNG", pnginfo=info, exif=exif)
    item = media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
    assert_bare_png(media.reveal(item, acting_user=personas.lead))
    assert_bare_png(media.blurred_preview(item))


def test_reveal_is_bounded_and_in_the_audit_stream(consented, personas):
    data = encode(synthetic_image((2000, 100), seed=10), "PNG")
    item = media.attach_image(consented, data, acting_user=personas.lead, scope=BAN)
    events_before = event_types(consented)
    image = Image.open(io.BytesIO(media.reveal(item, acting_user=personas.moderator)))
    assert image.size == (media.PREVIEW_EDGE, 64)
    [record] = AuditRecord.objects.filter(case_id=consented.pk, type="media.revealed")
    assert record.payload == {"media": item.pk}
    assert record.actor_id == personas.moderator.pk
    assert event_types(consented) == events_before, "a reveal is not part of the case's story"
    assert_timeline_ok(consented)


def test_preview_is_small_blurred_and_not_a_reveal(consented, personas):
    original = synthetic_image((400, 300), seed=11)
    item = media.attach_image(consented, encode(original), acting_user=personas.lead, scope=BAN)
    events = event_types(consented)
    preview = Image.open(io.BytesIO(media.blurred_preview(item))).convert("RGB")
    assert preview.size == (320, 240)
    # The shapes' hard edges are smeared: no two neighbouring pixels differ much.
    assert steepest_edge(preview) * 5 < steepest_edge(original.resize((320, 240)))
    assert event_types(consented) == events


def test_a_discarded_image_cannot_be_shown(consented, personas, django_capture_on_commit_callbacks):
    item = media.attach_image(consented, synthetic_png(12), acting_user=personas.lead, scope=BAN)
    with (
        django_capture_on_commit_callbacks(execute=True),
        changing(consented, acting_user=personas.lead) as change,
    ):
        media.discard(change, item, reason=media.DiscardReason.CONSENT_WITHDRAWN)
    events = event_types(consented)
    with pytest.raises(NotFound):
        media.reveal(item, acting_user=personas.lead)
    with pytest.raises(NotFound):
        media.blurred_preview(item)
    assert event_types(consented) == events
    # Discarding again is a no-op, not a second event.
    with changing(consented, acting_user=personas.lead) as change:
        media.discard(change, item, reason=media.DiscardReason.CONSENT_WITHDRAWN)
    assert event_types(consented) == events


def test_an_image_sealed_whole_before_the_vault_still_opens(consented, personas):
    from haven.cases import sealing
    from haven.evidence import store

    item = media.attach_image(consented, synthetic_png(), acting_user=personas.lead, scope=BAN)
    plain = b"".join(media.vault.read(consented.pk, item.pk, item.blob_name))
    # Rewrite the blob as the store held it before issue 10: one AES-GCM value.
    with store.get_store().writer(item.blob_name) as out:
        out.write(sealing.seal_bytes(consented.pk, f"media.{item.pk}", plain))
    assert media.blurred_preview(item).startswith(PNG_SIGNATURE)
