"""Why a file could not be hashed: stable codes, messages safe to show (no content, no path)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from haven.core.errors import InvalidInput

REASONS = {
    "not_media": _("This file is not an image or a video Haven can hash."),
    "truncated": _("This file is cut short or damaged; it cannot be hashed."),
    "too_large": _("This picture is larger than Haven hashes (HAVEN_HASH_MAX_MEGAPIXELS)."),
    "unreadable": _("This file cannot be read."),
    "no_frames": _("This video has no picture Haven can hash."),
}


class HashingError(InvalidInput):
    """A file that cannot be hashed."""

    def __init__(self, code: str) -> None:
        super().__init__(str(REASONS[code]), code=code)
