"""A connection's token and webhook secret, sealed at rest under ``fediverse-connections``."""

from __future__ import annotations

from haven.crypto import get_keystore, open_bytes, seal_bytes
from haven.fediverse.models import Connection

KEY_SCOPE = "fediverse-connections"


def _aad(connection_id: str, field: str) -> bytes:
    return f"haven-connection:{connection_id}:{field}".encode()


def seal_token(connection: Connection, token: str) -> None:
    """Set the connection's sealed token (the caller saves)."""
    key = get_keystore().get_or_create(KEY_SCOPE)
    connection.sealed_token = seal_bytes(key, token.encode(), _aad(connection.pk, "token"))


def token_of(connection: Connection) -> str:
    key = get_keystore().get(KEY_SCOPE)
    return open_bytes(key, bytes(connection.sealed_token), _aad(connection.pk, "token")).decode()


def seal_webhook_secret(connection: Connection, secret: bytes) -> None:
    key = get_keystore().get_or_create(KEY_SCOPE)
    connection.sealed_webhook_secret = seal_bytes(key, secret, _aad(connection.pk, "webhook"))


def webhook_secret_of(connection: Connection) -> bytes:
    """The webhook secret, or b"" when none is set."""
    if not connection.sealed_webhook_secret:
        return b""
    key = get_keystore().get(KEY_SCOPE)
    return open_bytes(key, bytes(connection.sealed_webhook_secret), _aad(connection.pk, "webhook"))
