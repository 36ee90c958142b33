"""A member's ntfy topic, webhook and Matrix room: checked, sealed at rest under ``notify-targets``.

Addresses must be https, or http on a loopback host (a relay on the same machine).
An address that is itself a private or link-local IP is refused here already;
a name that resolves to one is refused when sending (``channels.http``).
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from haven.core import outbound
from haven.core.errors import InvalidInput
from haven.crypto import get_keystore, open_bytes, seal_bytes
from haven.notify.channels.http import private_hosts
from haven.notify.models import Preference

KEY_SCOPE = "notify-targets"
MAX_URL = 2000


@dataclass(frozen=True)
class Target:
    url: str
    token: str = ""  # an ntfy or Matrix access token, sent as a bearer token
    room: str = ""  # a Matrix room id (!opaque:server)


def is_loopback(host: str) -> bool:
    return outbound.is_loopback_host(host)


def _is_inward_literal(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_loopback and (not address.is_global or address.is_multicast)


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if len(url) > MAX_URL or not parts.hostname or parts.username or parts.password:
        raise InvalidInput("Give a full address such as https://ntfy.sh/your-topic.", code="url")
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(parts.hostname)):
        raise InvalidInput("The address must start with https://.", code="url_not_https")
    if _is_inward_literal(parts.hostname) and parts.hostname not in private_hosts():
        raise InvalidInput(
            "That address is on a private network: Haven does not send there.",
            code="inward_address",
        )
    return url


def check_room(room: str) -> str:
    room = room.strip()
    if not room.startswith("!") or ":" in room[1:2] or ":" not in room or len(room) > 255:
        raise InvalidInput(
            "Give the room's id (Settings, Advanced in most clients), such as !abc:matrix.org.",
            code="matrix_room",
        )
    return room


def _aad(user_id: int, field: str) -> bytes:
    return f"haven-notify:{user_id}:{field}".encode()


def _seal(user_id: int, field: str, target: Target | None) -> bytes:
    if target is None:
        return b""
    key = get_keystore().get_or_create(KEY_SCOPE)
    raw = json.dumps({"url": target.url, "token": target.token, "room": target.room}).encode()
    return seal_bytes(key, raw, _aad(user_id, field))


def _open(user_id: int, field: str, sealed: bytes) -> Target | None:
    if not sealed:
        return None
    key = get_keystore().get(KEY_SCOPE)
    data = json.loads(open_bytes(key, sealed, _aad(user_id, field)))
    return Target(url=data["url"], token=data.get("token", ""), room=data.get("room", ""))


def set_ntfy(pref: Preference, target: Target | None) -> None:
    """Set the sealed ntfy topic (the caller saves)."""
    pref.ntfy_sealed = _seal(pref.user_id, "ntfy", target)


def set_webhook(pref: Preference, target: Target | None) -> None:
    pref.webhook_sealed = _seal(pref.user_id, "webhook", target)


def ntfy_of(pref: Preference) -> Target | None:
    return _open(pref.user_id, "ntfy", bytes(pref.ntfy_sealed))


def webhook_of(pref: Preference) -> Target | None:
    return _open(pref.user_id, "webhook", bytes(pref.webhook_sealed))


def set_matrix(pref: Preference, target: Target | None) -> None:
    pref.matrix_sealed = _seal(pref.user_id, "matrix", target)


def matrix_of(pref: Preference) -> Target | None:
    return _open(pref.user_id, "matrix", bytes(pref.matrix_sealed))
