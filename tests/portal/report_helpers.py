"""Sending the report form as a browser would: fetch it (for its one-time token), then post it."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.test import Client

PORTAL = "/" + settings.HAVEN_PORTAL_PATH
URGENT = PORTAL + "urgent/"
_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
_WORD = re.compile(r'<span class="word">([a-z]+)</span>')


def token_of(client: Client, **headers: Any) -> str:
    page = client.get(PORTAL, **headers)
    assert page.status_code == 200
    found = _TOKEN.search(page.content.decode())
    assert found, "the form carries no one-time token"
    return found[1]


def send(
    client: Client, fields: dict[str, Any], *, token: str | None = None, **extra: Any
) -> HttpResponse:
    data = {"happening": "Someone threatens to post my pictures unless I pay.", **fields}
    data["form_token"] = token if token is not None else token_of(client)
    return client.post(PORTAL, data, **extra)


def code_in(response: HttpResponse) -> str:
    words = _WORD.findall(response.content.decode())
    return " ".join(words)
