"""SESSION_ENGINE: Django's database sessions, with only a keyed hash of each key stored.

The cookie carries the session key; the ``django_session`` row is found by
HMAC-SHA256 of it, keyed with a key derived from SECRET_KEY (which is never in
the database). A key read from a dump is a hash: sent as a cookie it is hashed
again, matches no row and opens nothing (THREATS.md REST-5).

Every path that reaches the table by key is overridden here, the async ones
too, so none of Django's methods can store or look up a key in clear.
"""

from __future__ import annotations

from typing import Any

from asgiref.sync import sync_to_async
from django.contrib.sessions.backends import db
from django.utils import timezone
from django.utils.crypto import salted_hmac

_SALT = "haven.accounts.sessions.stored-key"
# django_session.session_key holds 40 characters: 160 bits of the HMAC, in hex.
STORED_KEY_LENGTH = 40


def stored_key(session_key: str) -> str:
    """What the database holds for ``session_key``: never the key itself."""
    return salted_hmac(_SALT, session_key, algorithm="sha256").hexdigest()[:STORED_KEY_LENGTH]


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        key = self.session_key
        row = None
        if key is not None:
            now = timezone.now()
            rows = self.model.objects.filter(session_key=stored_key(key), expire_date__gt=now)
            row = rows.first()
        if row is None:
            self._session_key = None
        return row

    async def _aget_session_from_db(self) -> Any:
        return await sync_to_async(self._get_session_from_db)()

    def exists(self, session_key: str) -> bool:
        return bool(self.model.objects.filter(session_key=stored_key(session_key)).exists())

    async def aexists(self, session_key: str) -> bool:
        return await sync_to_async(self.exists)(session_key)

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        row = super().create_model_instance(data)
        row.session_key = stored_key(row.session_key)
        return row

    async def acreate_model_instance(self, data: dict[str, Any]) -> Any:
        return await sync_to_async(self.create_model_instance)(data)

    def delete(self, session_key: str | None = None) -> None:
        key = session_key if session_key is not None else self.session_key
        if key is not None:
            self.model.objects.filter(session_key=stored_key(key)).delete()

    async def adelete(self, session_key: str | None = None) -> None:
        await sync_to_async(self.delete)(session_key)


def end_sessions_of(user_id: object) -> int:
    """Delete every unexpired session signed in as ``user_id``; returns how many."""
    model = SessionStore.get_model_class()
    wanted, store, ended = str(user_id), SessionStore(), 0
    rows = model.objects.filter(expire_date__gt=timezone.now()).only("session_key", "session_data")
    for row in rows.iterator():
        if str(store.decode(row.session_data).get("_auth_user_id")) == wanted:
            # The row's key is already the stored hash: delete it as it is.
            ended += model.objects.filter(session_key=row.session_key).delete()[0]
    return ended
