"""AUTH-6: production hashes passwords with Argon2id, t >= 2, >= 19 MiB (OWASP's floor)."""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher
from django.utils.module_loading import import_string

import haven.settings as production


def test_auth6_production_hashes_with_argon2id_at_owasp_strength() -> None:
    first = import_string(production.PASSWORD_HASHERS[0])
    assert first is Argon2PasswordHasher
    hasher = first()
    assert hasher.time_cost >= 2
    assert hasher.memory_cost >= 19 * 1024  # KiB
    assert hasher.parallelism >= 1

    encoded = hasher.encode("correct horse battery staple 42", hasher.salt())
    assert encoded.startswith("argon2$argon2id$")
    decoded = hasher.decode(encoded)
    assert decoded["time_cost"] >= 2
    assert decoded["memory_cost"] >= 19 * 1024


def test_auth6_the_cheap_test_hasher_never_reaches_production() -> None:
    assert not any("testing" in name for name in production.PASSWORD_HASHERS)
    assert all(
        name.startswith("django.contrib.auth.hashers.") for name in production.PASSWORD_HASHERS
    )


def test_auth6_production_requires_long_passwords() -> None:
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in production.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert "CommonPasswordValidator" in validators
