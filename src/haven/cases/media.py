"""Images on a case: sniffed, hashed, sealed under the case key, shown blurred until revealed.

Nothing about an upload is trusted: its type comes from its bytes (Pillow), its
size and pixel count are bounded, it is stored under a random name, and what the
browser gets is always a fresh re-encoding without metadata. A case that may
involve a minor keeps the hashes only (see ``CaseMedia.save``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import secrets
import warnings
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageFilter, UnidentifiedImageError

from haven.accounts.models import User
from haven.cases import sealing
from haven.cases.consent import has_consent, on_withdrawal
from haven.cases.models import Case, CaseKind, CaseMedia, ConsentScope
from haven.cases.timeline import append_event
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput, NotFound
from haven.core.events import EventType

logger = logging.getLogger(__name__)

EVIDENCE_SCOPES = frozenset({ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE})
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}
MAX_PIXELS = 40_000_000
PREVIEW_EDGE = 1280
BLUR_EDGE = 48  # blurred previews are made from a tiny copy: nothing to un-blur


def _store() -> Path:
    path = Path(settings.HAVEN_DATA_DIR) / "media"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _open_image(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS:
                raise InvalidInput("Only PNG, JPEG, WebP and GIF images are accepted.")
            if image.width * image.height > MAX_PIXELS:
                raise InvalidInput("That image is too large.")
            image.load()
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
            OSError,
            SyntaxError,
            ValueError,
        ):
            raise InvalidInput("That file is not an image Haven can read.") from None
    return image


def sniff(data: bytes) -> tuple[str, int, int]:
    """The real content type and size of an image, or InvalidInput."""
    if len(data) > settings.HAVEN_MEDIA_MAX_BYTES:
        raise InvalidInput("That file is larger than Haven accepts.")
    image = _open_image(data)
    return FORMATS[str(image.format)], image.width, image.height


def attach_image(case: Case, data: bytes, *, acting_user: User, scope: str) -> CaseMedia:
    """Add an image to ``case`` for the use ``scope`` the victim consented to.

    The image is hashed always. The file itself is kept (sealed) only as evidence
    (the two evidence scopes), and never on a case that may involve a minor, where
    no consent is needed to keep the hashes a mandatory report may ask for.
    """
    scope = choice(ConsentScope, scope, "consent")
    content_type, width, height = sniff(data)
    digest = hashlib.sha256(data).hexdigest()
    csea = case.kind == CaseKind.CSEA
    if not csea and not has_consent(case, scope):
        raise Conflict(
            "Record the victim's consent for this use before adding an image.", code="no_consent"
        )
    keep = not csea and scope in EVIDENCE_SCOPES
    media = CaseMedia(
        case=case,
        sha256=digest,
        size=len(data),
        content_type=content_type,
        width=width,
        height=height,
        added_by=acting_user,
    )
    path = None
    if keep:
        media.blob_name, media.kept_under = secrets.token_hex(16), scope.value
        path = _store() / media.blob_name
        path.write_bytes(sealing.seal_bytes(case.pk, f"media.{media.pk}", data))
    try:
        with transaction.atomic():
            media.save(force_insert=True)
            append_event(
                case,
                EventType.MEDIA_ADDED,
                actor_id=acting_user.pk,
                payload={"media": media.pk, "kept": keep, "scope": scope.value, "sha256": digest},
            )
    except BaseException:
        if path is not None:
            path.unlink(missing_ok=True)
        raise
    return media


def _blob(media: CaseMedia) -> bytes:
    if not media.blob_name:
        raise NotFound()
    sealed = (_store() / media.blob_name).read_bytes()
    return sealing.unseal_bytes(media.case_id, f"media.{media.pk}", sealed)


def _reencode(image: Image.Image, edge: int) -> bytes:
    image = image.convert("RGB")
    image.info.clear()  # ICC profiles and comments can carry device and text details
    image.thumbnail((edge, edge))
    out = io.BytesIO()
    image.save(out, format="PNG")  # no EXIF, no text chunks: only pixels leave
    return out.getvalue()


def blurred_preview(media: CaseMedia) -> bytes:
    """A blurred stand-in made from a tiny copy, so the browser never gets the image itself."""
    image = _open_image(_blob(media)).convert("RGB")
    image.thumbnail((BLUR_EDGE, BLUR_EDGE))
    image = image.filter(ImageFilter.GaussianBlur(2))
    scale = 320 / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return _reencode(image.resize(size, Image.Resampling.BILINEAR), 320)


def reveal(media: CaseMedia, *, acting_user: User) -> bytes:
    """The image itself, re-encoded; every reveal is on the case's timeline."""
    data = _reencode(_open_image(_blob(media)), PREVIEW_EDGE)
    with transaction.atomic():
        append_event(
            media.case,
            EventType.MEDIA_REVEALED,
            actor_id=acting_user.pk,
            payload={"media": media.pk},
        )
    return data


def discard(media: CaseMedia, *, acting_user: User | None, reason: str) -> None:
    """Inside or outside a transaction: forget the image, keep its hashes."""
    if not media.blob_name:
        return
    name = media.blob_name
    with transaction.atomic():
        media.blob_name, media.discarded_at = "", timezone.now()
        media.save(update_fields=["blob_name", "discarded_at"])
        append_event(
            media.case,
            EventType.MEDIA_DISCARDED,
            actor_id=acting_user.pk if acting_user else None,
            payload={"media": media.pk, "reason": reason},
        )
        transaction.on_commit(lambda: (_store() / name).unlink(missing_ok=True))


def discard_all(case: Case, *, acting_user: User | None, reason: str) -> int:
    kept = list(CaseMedia.objects.filter(case=case).exclude(blob_name=""))
    for media in kept:
        discard(media, acting_user=acting_user, reason=reason)
    return len(kept)


@on_withdrawal(*EVIDENCE_SCOPES)
def _discard_on_withdrawal(case: Case, scope: ConsentScope, acting_user: User) -> None:
    for media in CaseMedia.objects.filter(case=case, kept_under=scope.value).exclude(blob_name=""):
        discard(media, acting_user=acting_user, reason="consent_withdrawn")
