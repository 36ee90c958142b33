"""Reading evidence: as text (escaped by the page), as metadata, or as a download of its own.

Every read is in the audit stream; a download is a copy leaving Haven, so it is
also on the case's timeline, and it takes a reason from anyone but a lead.
Nothing here sends the original to a browser to be shown: images go through
``images`` (blurred, re-encoded), texts are decoded and escaped by the template.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import QuerySet
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from haven.accounts.models import User
from haven.cases import audit
from haven.cases.changes import changing
from haven.cases.models import Case, CaseKind
from haven.core.choices import choice
from haven.core.errors import Conflict, NotFound
from haven.core.events import Id
from haven.evidence import custody, vault
from haven.evidence.models import EvidenceItem, EvidenceKind

TEXT_SHOWN = 256 * 1024  # a longer chat log is shown in part; the download has it all
PDF_READ_MAX = 20 * 1024 * 1024  # a larger PDF is not parsed in the web process: download it
PDF_PAGES = 50
_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "audio/mp4": "m4a",
    "audio/wav": "wav",
    "audio/ogg": "ogg",
    "audio/flac": "flac",
    "audio/mpeg": "mp3",
    "application/pdf": "pdf",
    "application/json": "json",
    "text/html": "html.txt",  # never opened as a page by whoever receives it
    "text/plain": "txt",
}


def items_in(case: Case) -> QuerySet[EvidenceItem]:
    """The evidence of a case already fetched through ``haven.cases.access``."""
    return EvidenceItem.objects.filter(case=case).select_related("added_by").order_by("added_at")


def item_in(case: Case, item_id: str) -> EvidenceItem:
    item = items_in(case).filter(pk=item_id).first()
    if item is None:
        raise NotFound()
    return item


def file_name(item: EvidenceItem) -> str:
    """A generated name: never the uploader's, which could hold a path or a person's name."""
    return f"evidence-{item.pk}.{_EXTENSIONS.get(item.content_type, 'bin')}"


def _shown(item: EvidenceItem) -> None:
    if item.case.kind == CaseKind.CSEA or not item.kept:
        raise NotFound()


def _read_logged(item: EvidenceItem, reader: User, *, revealed: bool) -> None:
    audit.record(
        custody.EVIDENCE_READ,
        actor=reader,
        case_id=item.case_id,
        payload=custody.EvidenceRead(Id(item.pk), revealed),
    )


def read_text(item: EvidenceItem, *, reader: User) -> tuple[str, bool]:
    """A chat log or post as text (at most ``TEXT_SHOWN`` bytes) and whether it was cut."""
    _shown(item)
    if item.kind not in {EvidenceKind.CHAT_LOG, EvidenceKind.POST}:
        raise NotFound()
    collected = bytearray()
    for piece in vault.read(item.case_id, item.pk, item.blob_name):
        collected += piece[: TEXT_SHOWN + 1 - len(collected)]
        if len(collected) > TEXT_SHOWN:
            break
    cut = len(collected) > TEXT_SHOWN
    text = bytes(collected[:TEXT_SHOWN]).decode("utf-8", errors="replace")
    if item.content_type == "application/json" and not cut:
        text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    _read_logged(item, reader, revealed=False)
    return text, cut


def read_pdf_text(item: EvidenceItem, *, reader: User) -> tuple[str, bool] | None:
    """The text of a PDF's first pages (at most ``TEXT_SHOWN``), or None if it cannot be read.

    pypdf parses the file in memory; the template escapes what it finds, so a
    PDF's scripts, forms and links are never more than text here.
    """
    _shown(item)
    if item.kind != EvidenceKind.PDF or item.size > PDF_READ_MAX:
        return None
    data = b"".join(vault.read(item.case_id, item.pk, item.blob_name))
    _read_logged(item, reader, revealed=False)
    texts: list[str] = []
    try:
        document = PdfReader(io.BytesIO(data))
        for page in document.pages[:PDF_PAGES]:
            texts.append(page.extract_text() or "")
            if sum(map(len, texts)) > TEXT_SHOWN:
                break
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        RecursionError,
    ):
        return None
    text = "\n\n".join(texts)
    cut = len(text) > TEXT_SHOWN or len(document.pages) > PDF_PAGES
    return text[:TEXT_SHOWN], cut


@dataclass(frozen=True)
class ImageFacts:
    width: int
    height: int
    has_exif: bool
    camera: str
    has_gps: bool


def image_facts(item: EvidenceItem, *, reader: User) -> ImageFacts:
    """What the image's metadata says, shown beside it; never sent with a preview."""
    _shown(item)
    data = b"".join(vault.read(item.case_id, item.pk, item.blob_name))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image = Image.open(io.BytesIO(data))
        exif = image.getexif()
    camera = " ".join(str(exif.get(tag, "")).strip() for tag in (0x010F, 0x0110)).strip()
    _read_logged(item, reader, revealed=False)
    return ImageFacts(image.width, image.height, bool(exif), camera[:80], 0x8825 in exif)


def download(
    item: EvidenceItem, *, acting_user: User, reason: str | None
) -> tuple[str, Iterator[bytes]]:
    """Record the download, then the original bytes as they decrypt (with a generated name)."""
    _shown(item)
    if reason:
        why = choice(custody.DownloadReason, reason, "reason")
    elif acting_user.is_lead:
        why = custody.DownloadReason.LEAD
    else:
        raise Conflict("Say why this copy is needed.", code="reason_needed")
    with changing(item.case, acting_user=acting_user) as change:
        change.record(custody.EVIDENCE_DOWNLOADED, custody.EvidenceDownloaded(Id(item.pk), why))
    return file_name(item), vault.read(item.case_id, item.pk, item.blob_name)
