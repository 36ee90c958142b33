"""The desk's "Rules for your server": for the signed-in team, copyable without JavaScript."""

from __future__ import annotations

import html
import re

import pytest

from haven.policy.languages import LANGUAGES
from haven.policy.texts import TEXTS, RuleId
from tests.accounts.helpers import LOGIN, new_client

URL = "/server-rules/"
_TEXTAREA = re.compile(
    r'<textarea id="rule-(\w+)" lang="(\w+)" rows="\d+" readonly>([^<]*)</textarea>'
)


def _page(response) -> str:
    # The masked CSRF token of the sign-out form differs on every render; nothing else may.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def _rules_shown(response) -> dict[str, tuple[str, str]]:
    page = response.content.decode()
    return {rule: (lang, html.unescape(text)) for rule, lang, text in _TEXTAREA.findall(page)}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_each_language_shows_its_three_rules_ready_to_copy(lang, personas, login):
    response = login(personas.moderator).get(URL, {"lang": lang})
    assert response.status_code == 200
    assert _rules_shown(response) == {str(rule): (lang, TEXTS[rule][lang]) for rule in RuleId}
    assert b"<script" not in response.content
    assert f'aria-current="page">{LANGUAGES[lang]}<'.encode() in response.content
    assert f"haven policy --lang {lang}".encode() in response.content


def test_english_by_default_and_every_language_offered(personas, login):
    response = login(personas.lead).get(URL)
    assert response.status_code == 200
    assert {lang for lang, _ in _rules_shown(response).values()} == {"en"}
    for code in LANGUAGES:
        assert f'href="?lang={code}"'.encode() in response.content


def test_every_signed_in_member_finds_it_in_the_navigation(personas, login):
    for person in (personas.lead, personas.moderator, personas.outsider):
        page = login(person).get("/")
        assert f'href="{URL}"'.encode() in page.content


@pytest.mark.parametrize(
    "wrong", ["xx", "EN", "", "en&rule=1", "<script>alert(1)</script>", "ja\n"]
)
def test_a_parameter_that_is_not_a_language_code_is_a_plain_404(wrong, personas, login):
    client = login(personas.moderator)
    response = client.get(URL, {"lang": wrong})
    assert response.status_code == 404
    assert b"alert(1)" not in response.content
    assert _page(response) == _page(client.get("/no-such-page/"))


def test_only_reading_is_allowed(personas, login):
    assert login(personas.moderator).post(URL, {"lang": "de"}).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_is_sent_to_sign_in_as_from_every_desk_page(method):
    response = getattr(new_client(), method)(URL + "?lang=de")
    assert response.status_code == 302
    assert response.url.split("?")[0] == LOGIN
    assert "Sextortion" not in response.content.decode()
