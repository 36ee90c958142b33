"""The follow-up code at rest: argon2id with its own random salt, nothing else.

The parameters are RFC 9106's second recommended option (section 4): argon2id,
3 passes over 64 MiB, 4 lanes, a 16-byte salt and a 32-byte tag. They are
written into each stored hash, so raising them later leaves older codes
verifiable. ``verify`` always runs one argon2 verification, against a dummy
hash when there is no stored one, so the time taken does not tell whether a
code exists.
"""

from __future__ import annotations

import secrets
from functools import cache

from argon2.exceptions import VerificationError, VerifyMismatchError
from argon2.low_level import Type, hash_secret, verify_secret

TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
SALT_BYTES = 16
HASH_BYTES = 32


def hash_code(code: str) -> str:
    """The PHC string (``$argon2id$v=19$m=65536,t=3,p=4$salt$tag``) of ``code``."""
    return hash_secret(
        code.encode("utf-8"),
        secrets.token_bytes(SALT_BYTES),
        time_cost=TIME_COST,
        memory_cost=MEMORY_COST_KIB,
        parallelism=PARALLELISM,
        hash_len=HASH_BYTES,
        type=Type.ID,
    ).decode("ascii")


@cache
def _dummy() -> str:
    # A hash of a random secret nobody knows, with the same parameters.
    return hash_code(secrets.token_urlsafe(32))


def verify(stored: str | None, code: str) -> bool:
    """Whether ``code`` matches ``stored``; with nothing stored, the same work for False."""
    try:
        verify_secret((stored or _dummy()).encode("ascii"), code.encode("utf-8"), Type.ID)
    except (VerifyMismatchError, VerificationError):
        return False
    return stored is not None
