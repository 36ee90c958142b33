"""What an account showed that another account run by the same person may show too.

Payment handles and wallet addresses (in the report's comment, the reported
posts, the profile and its fields), phrases of eight words or more in the account's own
posts, the avatar's PDQ hash, and for local accounts the sign-up IP and
e-mail domain. The detector (``haven.detection``) marks a money demand
(``DEMAND_MONEY``) but not the handle or wallet named in it, so those are
found here by their shapes.

Everything but the PDQ hash is kept as an HMAC under ``fediverse-linking``:
Haven compares them and never stores the value (an IP address least of all).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import re
import warnings
from collections.abc import Iterable
from enum import StrEnum

from haven.crypto.keystore import get_keystore

KEY_SCOPE = "fediverse-linking"
PHRASE_WORDS = 8
MAX_PHRASES = 200
PDQ_CONFIDENT_MATCH_THRESHOLD = 31  # ThreatExchange's threshold for PDQ
PDQ_MIN_QUALITY = 50


class TraitKind(StrEnum):
    PAYMENT = "payment"
    WALLET = "wallet"
    PHRASE = "phrase"
    AVATAR = "avatar"
    SIGNUP_IP = "signup_ip"
    EMAIL_DOMAIN = "email_domain"


_PAYMENT = (
    re.compile(r"(?i)\bpaypal\.me/([a-z0-9_.-]{2,40})"),
    re.compile(r"(?i)\bcash\.app/\$([a-z][a-z0-9_]{1,19})"),
    re.compile(r"(?<![\w$])\$([a-z][a-z0-9_]{1,19})\b", re.IGNORECASE),  # a Cash App $cashtag
    re.compile(r"(?i)\bvenmo(?:\.com/u/|\s*(?:me\s*)?[:@]?\s*@)([a-z0-9_-]{4,30})"),
    re.compile(r"(?i)\brevolut\.me/([a-z0-9_.-]{2,40})"),
)
_WALLETS = (
    re.compile(r"\b(bc1[02-9ac-hj-np-z]{25,62})\b", re.IGNORECASE),
    re.compile(r"\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b"),
    re.compile(r"\b(0x[0-9a-fA-F]{40})\b"),
    re.compile(r"\b(4[0-9AB][1-9A-HJ-NP-Za-km-z]{93})\b"),  # Monero
)
_WORD = re.compile(r"\w+", re.UNICODE)


def digest(kind: TraitKind, value: str) -> str:
    key = get_keystore().get_or_create(KEY_SCOPE)
    return hmac.new(key, f"{kind.value}:{value}".encode(), hashlib.sha256).hexdigest()


def payment_handles(texts: Iterable[str]) -> set[str]:
    return {
        m.group(1).lower() for text in texts for pattern in _PAYMENT for m in pattern.finditer(text)
    }


def wallets(texts: Iterable[str]) -> set[str]:
    found = set()
    for text in texts:
        for pattern in _WALLETS:
            for match in pattern.finditer(text):
                value = match.group(1)
                found.add(value.lower() if value[:3].lower() in ("bc1", "0x") else value)
    return found


def phrases(texts: Iterable[str]) -> set[str]:
    """Runs of ``PHRASE_WORDS`` words, lower-cased: a script copied from account to account."""
    found: set[str] = set()
    for text in texts:
        words = [w.lower() for w in _WORD.findall(text)]
        for start in range(len(words) - PHRASE_WORDS + 1):
            found.add(" ".join(words[start : start + PHRASE_WORDS]))
            if len(found) >= MAX_PHRASES:
                return found
    return found


def avatar_pdq(data: bytes) -> str:
    """The avatar's PDQ hash as 64 hex digits, or "" when it is not a clear enough picture."""
    import numpy as np
    import pdqhash  # type: ignore[import-untyped]  # ships no type information
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.draft("RGB", (512, 512))
            pixels = np.asarray(image.convert("RGB"))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Warning):
        return ""
    bits, quality = pdqhash.compute(pixels)
    if quality < PDQ_MIN_QUALITY:
        return ""
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def pdq_distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
