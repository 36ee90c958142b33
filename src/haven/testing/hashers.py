from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id with tiny costs: for tests only, never in haven.settings."""

    time_cost = 1
    memory_cost = 64
    parallelism = 1
