"""A connection's token and webhook secret are sealed: the row holds neither."""

from __future__ import annotations

import pytest

from haven.core.errors import CryptoError
from haven.fediverse import credentials
from haven.fediverse.models import Connection

pytestmark = pytest.mark.django_db

TOKEN = "token-marker-5f1c9e2a"
SECRET = b"secret-marker-77d0"


def test_sealed_at_rest_and_bound_to_the_row():
    connection = Connection(base_url="https://social.example", software="mastodon")
    credentials.seal_token(connection, TOKEN)
    credentials.seal_webhook_secret(connection, SECRET)
    connection.save()
    stored = Connection.objects.get(pk=connection.pk)
    assert TOKEN.encode() not in bytes(stored.sealed_token)
    assert SECRET not in bytes(stored.sealed_webhook_secret)
    assert credentials.token_of(stored) == TOKEN
    assert credentials.webhook_secret_of(stored) == SECRET

    other = Connection(base_url="https://other.example", software="mastodon")
    other.sealed_token = stored.sealed_token
    other.save()
    with pytest.raises(CryptoError):
        credentials.token_of(other)


def test_no_webhook_secret_is_empty():
    connection = Connection(base_url="https://social.example", software="gotosocial")
    assert credentials.webhook_secret_of(connection) == b""
