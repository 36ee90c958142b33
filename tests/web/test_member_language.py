"""The desk in each member's own language: chosen once, on every page after sign-in.

Before sign-in, and while a member has chosen none, the browser decides (the
switch on the sign-in pages, else Accept-Language). ``SKIP`` is the page frame's
first words, translated in every catalogue, so each page says which language it
was drawn in.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.cases import actions
from haven.notify.models import Preference
from haven.testing.personas import PASSWORD, current_token

pytestmark = pytest.mark.django_db

LANGUAGE_URL = "/notifications/language/"
SKIP = "Skip to the content"


def _lang(page: str) -> str:
    found = re.search(r'<html lang="([^"]+)">', page)
    assert found, "no <html lang>"
    return found[1]


def _skip_in(lang: str) -> str:
    with translation.override(lang):
        said = translation.gettext(SKIP)
    assert lang == "en" or said != SKIP, f"the frame is not translated in {lang}"
    return said


def _drawn_in(response, lang: str) -> bool:  # type: ignore[no-untyped-def]
    page = response.content.decode()
    return _lang(page) == lang and _skip_in(lang) in page


def _password(client: Client, user) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def _code(client: Client, user) -> None:  # type: ignore[no-untyped-def]
    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    assert client.post("/accounts/verify/", {"token": current_token(user)}).status_code == 302


def test_saving_the_language_changes_the_desk_at_once(personas, login):
    client = login(personas.moderator)
    assert _drawn_in(client.get("/notifications/"), "en")
    response = client.post(LANGUAGE_URL, {"language": "de"})
    assert response.status_code == 302 and response.url == "/notifications/"
    assert Preference.objects.get(user=personas.moderator).language == "de"
    after = client.get("/notifications/")
    assert _drawn_in(after, "de")
    assert after["Content-Language"] == "de"
    assert '<option value="de" selected lang="de">Deutsch</option>' in after.content.decode()


def test_the_chosen_language_wins_over_the_browser_on_every_desk_page(personas, login):
    Preference.objects.create(user=personas.moderator, language="ja")
    case = actions.open_case(acting_user=personas.moderator)
    client = login(personas.moderator)
    for path in ("/", f"/cases/{case.pk}/", f"/cases/{case.pk}/timeline/", "/server-rules/"):
        assert _drawn_in(client.get(path, HTTP_ACCEPT_LANGUAGE="de"), "ja"), path
    assert _drawn_in(client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="de"), "ja")


def test_until_a_member_chooses_the_browser_decides(personas, login):
    client = login(personas.moderator)
    assert _drawn_in(client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9"), "fr")
    assert _drawn_in(client.get("/", HTTP_ACCEPT_LANGUAGE="it"), "it")
    assert _drawn_in(client.get("/"), "en")


def test_choosing_the_browsers_language_again_forgets_the_choice(personas, login):
    Preference.objects.create(user=personas.moderator, language="nl")
    client = login(personas.moderator)
    assert _drawn_in(client.get("/", HTTP_ACCEPT_LANGUAGE="pt"), "nl")
    response = client.post(LANGUAGE_URL, {"language": ""}, HTTP_ACCEPT_LANGUAGE="pt")
    assert response.status_code == 302
    assert Preference.objects.get(user=personas.moderator).language == ""
    assert _drawn_in(client.get("/", HTTP_ACCEPT_LANGUAGE="pt"), "pt")


def test_a_language_picked_on_the_sign_in_page_survives_sign_in(personas):
    client = Client(secure=True)
    login_page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="de")
    assert _drawn_in(login_page, "de")
    assert login_page.content.decode().count('action="/i18n/setlang/"') == 7
    switched = client.post("/i18n/setlang/", {"language": "es", "next": "/accounts/login/"})
    assert switched.status_code == 302 and switched.url == "/accounts/login/"
    assert _drawn_in(client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="de"), "es")

    _password(client, personas.moderator)
    verify = client.get("/accounts/verify/", HTTP_ACCEPT_LANGUAGE="de")
    assert _drawn_in(verify, "es")
    assert 'action="/i18n/setlang/"' in verify.content.decode()
    _code(client, personas.moderator)
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert _drawn_in(home, "es")
    assert 'action="/i18n/setlang/"' not in home.content.decode()


def test_a_saved_language_applies_only_after_the_second_factor(personas):
    Preference.objects.create(user=personas.moderator, language="ja")
    client = Client(secure=True)
    _password(client, personas.moderator)
    # A password alone tells nothing about the member, their language included.
    assert _drawn_in(client.get("/accounts/verify/", HTTP_ACCEPT_LANGUAGE="fr"), "fr")
    _code(client, personas.moderator)
    assert _drawn_in(client.get("/", HTTP_ACCEPT_LANGUAGE="fr"), "ja")
    client.post("/accounts/logout/")
    assert _drawn_in(client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="fr"), "fr")


def test_each_member_has_their_own_language(personas, login):
    Preference.objects.create(user=personas.moderator, language="de")
    assert _drawn_in(login(personas.moderator).get("/"), "de")
    assert _drawn_in(login(personas.lead).get("/"), "en")


def test_a_language_not_on_the_list_is_refused(personas, login):
    client = login(personas.moderator)
    response = client.post(LANGUAGE_URL, {"language": "tlh"})
    assert response.status_code == 400
    assert "Choose a language from the list." in response.content.decode()
    assert not Preference.objects.filter(user=personas.moderator).exclude(language="").exists()
    assert client.get(LANGUAGE_URL).status_code == 405


def test_saving_notifications_keeps_the_language(personas, login):
    Preference.objects.create(user=personas.moderator, language="it")
    client = login(personas.moderator)
    form = client.get("/notifications/").context["form"]
    data = {k: v for k, v in form.initial.items() if v not in (None, False)}
    assert client.post("/notifications/", data).status_code == 302
    assert Preference.objects.get(user=personas.moderator).language == "it"


def test_the_member_language_comes_after_what_it_overrides_and_needs():
    from django.conf import settings

    order = settings.MIDDLEWARE
    mine = order.index("haven.web.languages.MemberLanguageMiddleware")
    for before in (
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.locale.LocaleMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django_otp.middleware.OTPMiddleware",
    ):
        assert order.index(before) < mine, before
    # Error pages and messages are drawn after it, in the member's language.
    assert mine < order.index("haven.web.middleware.HavenErrorMiddleware")
