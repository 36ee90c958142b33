"""The matching settings, read from the environment when asked (``haven hash`` has no database)."""

from __future__ import annotations

from haven.core import env

PDQ_CONFIDENT_MATCH_THRESHOLD = 31  # ThreatExchange's threshold for PDQ
PDQ_MIN_QUALITY = 50  # PDQ's own advice: below this a hash says little about the picture


def pdq_threshold() -> int:
    return env.integer("HAVEN_PDQ_THRESHOLD", PDQ_CONFIDENT_MATCH_THRESHOLD, minimum=0, maximum=64)


def pdq_min_quality() -> int:
    return env.integer("HAVEN_PDQ_MIN_QUALITY", PDQ_MIN_QUALITY, minimum=0, maximum=100)


def max_pixels() -> int:
    # Checked from the header, before any pixel is decoded: a decompression bomb stops here.
    return env.integer("HAVEN_HASH_MAX_MEGAPIXELS", 40, minimum=1, maximum=500) * 1_000_000


def vpdq_seconds_per_hash() -> int:
    return env.integer("HAVEN_VPDQ_SECONDS_PER_HASH", 1, minimum=1, maximum=60)
