"""AUTH-1: every staff URL needs the password *and* the second factor.

Walks the whole URL resolver, so a view added without protection fails here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import (
    IntConverter,
    PathConverter,
    SlugConverter,
    StringConverter,
    UUIDConverter,
)
from django.urls.resolvers import RegexPattern, RoutePattern

from haven.accounts import middleware
from tests.accounts.helpers import LOGIN, VERIFY, new_client, password_step

# Reachable without signing in. Widening this list is a security decision.
# /i18n/setlang/: Django's set_language, the language switch (tests/core/test_translations.py).
ALLOWED_OPEN = {"/accounts/login/", "/accounts/logout/", "/healthz", "/i18n/setlang/"}
# /hooks/: servers' webhook deliveries, refused (401) without a valid signature
# (tests/fediverse/test_webhook_intake.py).
# The portal: the victim's pages, for people without an account; the follow-up page
# opens a case only with its code (tests/portal/test_followup_page.py).
ALLOWED_OPEN_PREFIXES = {
    "/accounts/login/",
    "/accounts/logout/",
    "/static/",
    "/hooks/",
    "/" + settings.HAVEN_PORTAL_PATH,
}

SAMPLES: dict[type, str] = {
    IntConverter: "1",
    StringConverter: "x1",
    SlugConverter: "x-1",
    UUIDConverter: str(uuid.UUID(int=1)),
    PathConverter: "x/y",
}
_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _route(pattern: object) -> str:
    if isinstance(pattern, RoutePattern):
        route = str(pattern)

        def sample(match: re.Match[str]) -> str:
            converter = pattern.converters[match["name"]]
            assert type(converter) in SAMPLES, (
                f"add a sample value for {type(converter).__name__} to SAMPLES"
            )
            return SAMPLES[type(converter)]

        return _PARAM.sub(sample, route)
    if isinstance(pattern, RegexPattern):
        regex = str(pattern.regex.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
        assert not re.search(r"[(\[\\*+?]", regex), f"give re_path {regex!r} a sample in this test"
        return regex
    raise AssertionError(f"unknown URL pattern type {type(pattern).__name__}")


def walk(entries: Iterable[URLPattern | URLResolver], prefix: str = "/") -> Iterator[str]:
    for entry in entries:
        path = prefix + _route(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, path)
        else:
            yield path


def staff_urls() -> list[str]:
    return sorted(
        path
        for path in set(walk(get_resolver().url_patterns))
        if path not in ALLOWED_OPEN and not path.startswith(tuple(ALLOWED_OPEN_PREFIXES))
    )


def _redirect_path(response: object) -> str:
    assert response.status_code == 302, response.status_code  # type: ignore[attr-defined]
    return urlsplit(response.url).path  # type: ignore[attr-defined]


def test_auth1_the_walk_finds_the_staff_pages() -> None:
    urls = staff_urls()
    assert "/" in urls
    assert VERIFY in urls
    assert "/cases/x1/" in urls
    assert "/jobs/failed/" in urls


def test_auth1_the_middleware_opens_nothing_more_than_the_allowed_list() -> None:
    assert set(middleware.OPEN_PREFIXES) <= ALLOWED_OPEN_PREFIXES
    assert set(middleware.OPEN_PATHS) <= ALLOWED_OPEN
    assert middleware.SECOND_STEP == VERIFY


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_auth1_anonymous_is_sent_to_login_from_every_staff_url(method: str) -> None:
    client = new_client()
    for url in [*staff_urls(), "/no-such-page/", "/cases/"]:
        response = getattr(client, method)(url)
        assert _redirect_path(response) == LOGIN, url


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_auth1_password_alone_is_sent_to_the_second_step_from_every_staff_url(
    personas, method: str
) -> None:
    client = new_client()
    assert _redirect_path(password_step(client, personas.moderator.username)) == VERIFY
    for url in staff_urls():
        if url == VERIFY:
            continue
        response = getattr(client, method)(url)
        assert _redirect_path(response) == VERIFY, url
    assert client.get(VERIFY).status_code == 200


@pytest.mark.django_db
def test_auth1_the_open_pages_stay_harmless() -> None:
    client = new_client()
    assert client.get("/healthz").status_code == 200
    assert client.get(LOGIN).status_code == 200
    assert client.get("/accounts/logout/").status_code == 405  # POST only
    assert _redirect_path(client.get("/healthz/extra")) == LOGIN
