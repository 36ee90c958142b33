"""Images on a case: sniffed, hashed, sealed under the case key, shown blurred until revealed.

Nothing about an upload is trusted: its type comes from its bytes (Pillow), its
size and pixel count are bounded, it is stored under a random name, and what the
browser gets is always a fresh re-encoding without metadata. A case that may
involve a minor keeps the hashes only (see ``EvidenceItem.save``); they come in through ``intake``.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageFilter, UnidentifiedImageError

from haven.accounts.models import User
from haven.cases import audit, sealing
from haven.cases.changes import Change
from haven.cases.consent import on_withdrawal
from haven.cases.models import Case, ConsentScope
from haven.core.errors import InvalidInput, NotFound
from haven.core.events import Id, Names, declare
from haven.evidence import custody, store, stream, vault
from haven.evidence.models import EvidenceItem, EvidenceKind, EvidenceSource

logger = logging.getLogger(__name__)


DiscardReason = custody.DiscardReason
_DISCARD_REASONS = custody.DISCARD_REASONS


@dataclass(frozen=True)
class MediaAdded:
    """No hash, size or dimensions: those would let a copy of the database confirm an image."""

    media: Id
    kept: bool
    scope: ConsentScope


@dataclass(frozen=True)
class MediaDiscarded:
    media: Id
    reason: DiscardReason


def _added_details(p: MediaAdded, names: Names) -> list[str]:
    kept = (
        _("kept, encrypted, with consent to: %s") % p.scope.label
        if p.kept
        else _("only its hashes were kept")
    )
    return [_("image %s") % p.media[:8], kept]


# media.added and media.discarded are written no more (evidence.received and
# evidence.discarded are); they stay declared so older timelines still read.
MEDIA_ADDED = declare("media.added", MediaAdded, gettext_lazy("Image added"), _added_details)
MEDIA_DISCARDED = declare(
    "media.discarded",
    MediaDiscarded,
    gettext_lazy("Image discarded"),
    lambda p, names: [_("image %s") % p.media[:8], str(_DISCARD_REASONS[p.reason])],
)

EVIDENCE_SCOPES = frozenset({ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE})
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}
MAX_PIXELS = 40_000_000
PREVIEW_EDGE = 1280
BLUR_EDGE = 48  # blurred previews are made from a tiny copy: nothing to un-blur


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


def attach_image(case: Case, data: bytes, *, acting_user: User, scope: str) -> EvidenceItem:
    """Add an image to ``case`` for the use ``scope`` the victim consented to.

    The image is hashed always. The file itself is kept (sealed) only as evidence
    (the two evidence scopes), and never on a case that may involve a minor, where
    no consent is needed to keep the hashes a mandatory report may ask for.
    """
    from haven.evidence.intake import receive_evidence

    return receive_evidence(
        case,
        [data],
        acting_user=acting_user,
        source=EvidenceSource.MODERATOR,
        scope=scope,
        kind=EvidenceKind.IMAGE,
    )


def _blob(media: EvidenceItem) -> bytes:
    if not media.blob_name:
        raise NotFound()
    if not store.get_store().exists(media.blob_name):
        raise NotFound()
    head = next(store.get_store().read(media.blob_name), b"")
    if head.startswith(stream.MAGIC):
        return b"".join(vault.read(media.case_id, media.pk, media.blob_name))
    # Sealed whole, before the streaming vault (issue 10): read the whole file.
    sealed = b"".join(store.get_store().read(media.blob_name))
    return sealing.unseal_bytes(media.case_id, f"media.{media.pk}", sealed)


def reencode(image: Image.Image, edge: int) -> bytes:
    image = image.convert("RGB")
    image.info.clear()  # ICC profiles and comments can carry device and text details
    image.thumbnail((edge, edge))
    out = io.BytesIO()
    image.save(out, format="PNG")  # no EXIF, no text chunks: only pixels leave
    return out.getvalue()


def blurred(image: Image.Image) -> bytes:
    image = image.convert("RGB")
    image.thumbnail((BLUR_EDGE, BLUR_EDGE))
    image = image.filter(ImageFilter.GaussianBlur(2))
    scale = 320 / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return reencode(image.resize(size, Image.Resampling.BILINEAR), 320)


def blurred_preview(media: EvidenceItem) -> bytes:
    """A blurred stand-in made from a tiny copy, so the browser never gets the image itself."""
    return blurred(_open_image(_blob(media)))


def reveal(media: EvidenceItem, *, acting_user: User) -> bytes:
    """The image itself, re-encoded; every reveal is in the audit stream."""
    data = reencode(_open_image(_blob(media)), PREVIEW_EDGE)
    audit.record(
        audit.MEDIA_REVEALED,
        actor=acting_user,
        case_id=media.case_id,
        payload=audit.MediaRevealed(Id(media.pk)),
    )
    return data


def discard(change: Change, media: EvidenceItem, *, reason: DiscardReason) -> None:
    """Inside a change: forget the image, keep its hashes; the file goes after commit."""
    if not media.blob_name:
        return
    name = media.blob_name
    media.blob_name, media.discarded_at = "", timezone.now()
    media.save(update_fields=["blob_name", "discarded_at"])
    change.record(
        custody.EVIDENCE_DISCARDED,
        custody.EvidenceDiscarded(Id(media.pk), EvidenceKind(media.kind), reason),
    )
    change.after_commit(lambda: store.remove([name]))


def discard_all(change: Change, *, reason: DiscardReason) -> int:
    kept = list(EvidenceItem.objects.filter(case=change.case).exclude(blob_name=""))
    for media in kept:
        discard(change, media, reason=reason)
    return len(kept)


@on_withdrawal(*EVIDENCE_SCOPES)
def _discard_on_withdrawal(change: Change, scope: ConsentScope) -> None:
    kept = EvidenceItem.objects.filter(case=change.case, kept_under=scope.value).exclude(
        blob_name=""
    )
    for media in kept:
        discard(change, media, reason=DiscardReason.CONSENT_WITHDRAWN)
