"""What is left of ``CaseMedia``: its id maker, which migration 0002 names.

Images are evidence items now (``haven.evidence.models.EvidenceItem``, moved
there by evidence migration 0002); cases migration 0009 drops the empty table.
"""

from __future__ import annotations

import secrets


def new_media_id() -> str:
    return secrets.token_urlsafe(12)
