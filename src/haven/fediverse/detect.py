"""Which software a server runs, asked before any token is sent.

Every server Haven speaks to publishes NodeInfo (nodeinfo.diaspora.software):
``GET /.well-known/nodeinfo`` lists links whose ``rel`` is
``http://nodeinfo.diaspora.software/ns/schema/2.x``, and the linked document
names ``software.name`` and ``software.version`` (Mastodon and GoToSocial serve
2.0, Misskey 2.0 and 2.1). Only the path of a link is used: Haven asks nothing
of any host but the one it was given. A server without NodeInfo is asked
``GET /api/v1/instance``, where GoToSocial is told apart from Mastodon by its
``account_domain``. No request here carries the token.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from haven.fediverse import transport
from haven.fediverse.servers import ServerAnswerInvalid, ServerUnavailable, Software

M = TypeVar("M", bound=BaseModel)

_SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/"

# NodeInfo's software.name for each software Haven has a module for, and the forks
# that keep its admin API.
NAMES = {
    "mastodon": Software.MASTODON,
    "hometown": Software.MASTODON,
    "glitchsoc": Software.MASTODON,
    "gotosocial": Software.GOTOSOCIAL,
    "misskey": Software.MISSKEY,
    "sharkey": Software.MISSKEY,
    "cherrypick": Software.MISSKEY,
}


@dataclass(frozen=True)
class Detected:
    software: Software | None  # None: a software Haven does not speak to
    name: str  # as the server says, for the message when it is unknown
    version: str


class _Link(BaseModel):
    rel: str
    href: str


class _Index(BaseModel):
    links: list[_Link]


class _NodeSoftware(BaseModel):
    name: str
    version: str = ""


class _NodeInfo(BaseModel):
    software: _NodeSoftware


class _Instance(BaseModel):
    version: str = ""
    account_domain: str | None = None


def detect(http: httpx.Client) -> Detected:
    """The software at ``http``'s base URL; ServerUnavailable when it does not answer."""
    found = _from_nodeinfo(http)
    if found is not None:
        return found
    instance = _get(http, "/api/v1/instance", _Instance)
    if instance is None or not instance.version:
        raise ServerAnswerInvalid("The server publishes neither NodeInfo nor instance information.")
    if instance.account_domain is not None:
        return Detected(Software.GOTOSOCIAL, "gotosocial", instance.version)
    return Detected(Software.MASTODON, "mastodon", instance.version)


def _from_nodeinfo(http: httpx.Client) -> Detected | None:
    index = _get(http, "/.well-known/nodeinfo", _Index)
    if index is None:
        return None
    links = [link for link in index.links if link.rel.startswith(_SCHEMA)]
    # The newest schema the server offers (2.1 before 2.0).
    for link in sorted(links, key=lambda link: link.rel, reverse=True):
        path = urlsplit(link.href).path
        if not path.startswith("/"):
            continue
        info = _get(http, path, _NodeInfo)
        if info is not None:
            name = info.software.name.strip().casefold()
            return Detected(NAMES.get(name), name[:40], info.software.version[:100])
    return None


def _get(http: httpx.Client, path: str, model: type[M]) -> M | None:
    response = transport.request(http, "GET", path)
    if response.status_code >= 500:
        raise ServerUnavailable(f"The server failed ({response.status_code}).")
    if response.status_code != 200:
        return None
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        return None
