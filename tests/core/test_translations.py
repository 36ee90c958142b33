"""The eight languages: every victim-facing message translated, compiled, and shown.

The messages are found afresh in the code on every run (haven.locale.extract
over the folders in haven.locale.maintain.SOURCES), so a page or a string
added to the portal later is checked without touching this file.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.test import Client, RequestFactory
from django.utils import translation

from haven.locale import catalogue, maintain
from haven.locale.catalogue import Catalogue, Entry
from haven.locale.extract import template_messages
from haven.locale.languages import LANGUAGES, TRANSLATED

NOT_FOUND = "/accounts/login/no-such-page/"  # open to anyone, so a victim can meet it
COOKIE = settings.LANGUAGE_COOKIE_NAME
NOT_FOUND_TITLE = {
    "en": "Not found",
    "de": "Nicht gefunden",
    "fr": "Introuvable",
    "es": "No encontrado",
    "pt": "Não encontrado",
    "it": "Non trovato",
    "nl": "Niet gevonden",
    "ja": "見つかりません",
}


def _read(lang: str) -> Catalogue:
    return catalogue.read(maintain.po_path(lang))


# --- every message translated -------------------------------------------------------


def test_the_scan_finds_the_victim_side_messages() -> None:
    found = {m.msgid for m in maintain.find_messages().messages}
    # One from each kind of source: Python (lazy and plain), a template, a plural block.
    assert "Too many tries from here. Please wait %(wait)s, then try again." in found
    assert "Emotional support" in found
    assert "There is nothing here, or it is not yours to see." in found
    assert "%(counter)s entry to re-check" in found
    assert "Language" in found  # portal/_language_switch.html
    assert len(found) > 100


def test_every_victim_side_message_is_translated_in_all_seven_catalogues() -> None:
    problems = maintain.check()
    assert problems == [], "untranslated or broken messages (docs/translating.md):\n" + "\n".join(
        str(p) for p in problems
    )


def test_settings_offer_exactly_the_eight_languages_each_named_in_itself() -> None:
    assert [code for code, _ in settings.LANGUAGES] == [
        "en", "de", "fr", "es", "pt", "it", "nl", "ja",
    ]  # fmt: skip
    assert dict(settings.LANGUAGES)["de"] == "Deutsch"
    assert dict(settings.LANGUAGES)["ja"] == "日本語"
    assert settings.LANGUAGE_CODE == "en"
    middleware = settings.MIDDLEWARE
    locale = middleware.index("django.middleware.locale.LocaleMiddleware")
    assert middleware.index("django.contrib.sessions.middleware.SessionMiddleware") < locale
    assert locale < middleware.index("django.middleware.common.CommonMiddleware")


def _fake_package(tmp_path: Path) -> Path:
    """A package dir with every real source, plus a new portal file and template."""
    package = tmp_path / "haven"
    for each in maintain.SOURCES:
        source = maintain.PACKAGE_DIR / each
        target = package / each
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    (package / "portal" / "brand_new.py").write_text(
        "from django.utils.translation import gettext_lazy as tr\n"
        "LABEL = tr('A portal sentence nobody has translated')\n",
        encoding="utf-8",
    )
    pages = package / "portal" / "templates" / "portal"
    (pages / "brand_new.html").write_text(
        "{% load i18n %}<p>{% blocktranslate count counter=n %}{{ counter }} new day"
        "{% plural %}{{ counter }} new days{% endblocktranslate %}</p>",
        encoding="utf-8",
    )
    return package


def test_a_new_portal_file_with_an_untranslated_string_fails_the_check(tmp_path: Path) -> None:
    problems = maintain.check(package_dir=_fake_package(tmp_path))
    missing = {(p.lang, p.msgid) for p in problems}
    for lang in TRANSLATED:
        assert (lang, "A portal sentence nobody has translated") in missing
        assert (lang, "%(counter)s new day") in missing
    assert all("not in the catalogue" in p.what for p in problems)


def _entry_problems(entry: Entry, lang: str = "de") -> list[str]:
    found = maintain.Found()
    found.add(maintain.Message(entry.msgid, entry.msgid_plural, entry.msgctxt), "portal/x.py:1")
    cat = Catalogue(_read(lang).header, [entry])
    return [p.what for p in maintain.problems(found, lang, cat)]


def test_fuzzy_empty_and_half_translated_entries_count_as_untranslated() -> None:
    assert _entry_problems(Entry("Hello", "Hallo")) == []
    assert _entry_problems(Entry("Hello", "Hallo", flags={"fuzzy"})) == ["fuzzy (portal/x.py:1)"]
    assert _entry_problems(Entry("Hello", "")) == ["not translated (portal/x.py:1)"]
    half = Entry("%(n)s day", msgid_plural="%(n)s days", msgstr_plural={0: "%(n)s Tag", 1: ""})
    assert _entry_problems(half) == ["not translated (portal/x.py:1)"]


def test_placeholders_must_match_between_message_and_translation() -> None:
    assert _entry_problems(Entry("Wait %(wait)s.", "Warten Sie %(wait)s.")) == []
    assert _entry_problems(Entry("Wait %(wait)s.", "Warten Sie %(warte)s."))
    assert _entry_problems(Entry("Wait %(wait)s.", "Bitte warten."))
    assert _entry_problems(Entry("Hello {name}", "Hallo {name}")) == []
    assert _entry_problems(Entry("Hello {name}", "Hallo {Name}"))
    assert _entry_problems(Entry("100%% sure, %s", "100%% sicher, %s")) == []
    good = Entry("one", msgid_plural="%(n)d", msgstr_plural={0: "eins", 1: "%(n)d"})
    assert _entry_problems(good) == []
    bad = Entry("one", msgid_plural="%(n)d", msgstr_plural={0: "eins", 1: "viele"})
    assert _entry_problems(bad)
    japanese = Entry("%(n)d min", msgid_plural="%(n)d mins", msgstr_plural={0: "%(n)d分"})
    assert _entry_problems(japanese, "ja") == []
    assert _entry_problems(Entry("%(n)d min", msgid_plural="%(n)d mins", msgstr_plural={0: "x"}))


def test_template_messages_are_spelt_as_django_looks_them_up() -> None:
    source = (
        "{% load i18n %}{% translate 'Plain' %}{% translate \"In context\" context 'menu' %}"
        "{% blocktranslate with who=name trimmed %}\n  Hello\n  {{ who }}\n{% endblocktranslate %}"
        "{% blocktranslate count counter=n %}{{ counter }} try{% plural %}{{ counter }} tries"
        "{% endblocktranslate %}{{ _('Constant') }}"
    )
    messages = [m for m, _line in template_messages(source, "x.html")]
    assert [(m.msgctxt, m.msgid, m.msgid_plural) for m in messages] == [
        (None, "Plain", None),
        ("menu", "In context", None),
        (None, "Hello %(who)s", None),
        (None, "%(counter)s try", "%(counter)s tries"),
        (None, "Constant", None),
    ]


# --- compiled without GNU gettext ---------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_gives_back_every_translation(lang: str) -> None:
    cat = _read(lang)
    compiled = gettext.GNUTranslations(_as_file(catalogue.mo_bytes(cat)))
    assert compiled.info()["plural-forms"] == cat.header_field("Plural-Forms")
    for entry in cat.entries:
        if entry.msgid_plural is None:
            if entry.msgctxt is None:
                assert compiled.gettext(entry.msgid) == entry.msgstr
            else:
                assert compiled.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            for n in (1, 2, 5):
                form = compiled.ngettext(entry.msgid, entry.msgid_plural, n)
                assert form in entry.translations


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_installed_mo_files_are_compiled_from_the_current_po_files(lang: str) -> None:
    po = maintain.po_path(lang)
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: pip install -e . or python -m haven.locale compile"
    assert mo.read_bytes() == catalogue.mo_bytes(catalogue.read(po)), (
        f"{mo} is older than its .po: python -m haven.locale compile"
    )


def test_po_files_are_written_back_unchanged_so_extract_does_not_churn() -> None:
    for lang in TRANSLATED:
        text = maintain.po_path(lang).read_text(encoding="utf-8")
        assert catalogue.render(catalogue.parse(text)) == text


def test_the_parser_reads_what_gnu_tools_write() -> None:
    text = (
        "# Translator comment\n#. extracted\n#: a.py:1 b.html:2\n#, fuzzy, python-format\n"
        'msgctxt "menu"\nmsgid ""\n"two "\n"lines\\n"\nmsgstr "zwei \\"Zeilen\\"\\n"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "eins"\nmsgstr[1] "viele"\n\n'
        '#~ msgid "gone"\n#~ msgstr "weg"\n'
    )
    cat = catalogue.parse(text)
    first, second = cat.entries
    assert (first.msgctxt, first.msgid, first.msgstr) == ("menu", "two lines\n", 'zwei "Zeilen"\n')
    assert first.fuzzy and first.locations == ["a.py:1", "b.html:2"]
    assert (second.msgid_plural, second.msgstr_plural) == ("many", {0: "eins", 1: "viele"})
    with pytest.raises(catalogue.CatalogueError):
        catalogue.parse('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n')
    with pytest.raises(catalogue.CatalogueError):
        catalogue.parse('msgid "a\nmsgstr "b"\n')


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU msgfmt is not installed here")
@pytest.mark.parametrize("lang", TRANSLATED)
def test_haven_compiles_the_same_catalogue_as_gnu_msgfmt(lang: str, tmp_path: Path) -> None:
    gnu = tmp_path / "gnu.mo"
    po = maintain.po_path(lang)
    subprocess.run(["msgfmt", "--check-format", "-o", str(gnu), str(po)], check=True)
    ours = gettext.GNUTranslations(_as_file(catalogue.mo_bytes(catalogue.read(po))))
    theirs = gettext.GNUTranslations(gnu.open("rb"))
    assert ours._catalog == theirs._catalog  # type: ignore[attr-defined]


def _as_file(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


# --- chosen from the browser, or with the switch -------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("lang", [code for code, _ in LANGUAGES])
def test_the_browser_language_chooses_the_page_language(lang: str) -> None:
    response = Client(secure=True).get(NOT_FOUND, HTTP_ACCEPT_LANGUAGE=f"{lang},en;q=0.5")
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{lang}">' in page
    assert f"<h1>{NOT_FOUND_TITLE[lang]}</h1>" in page
    assert response["Content-Language"] == lang


@pytest.mark.django_db
def test_without_accept_language_or_with_an_unknown_one_pages_stay_english() -> None:
    for header in ({}, {"HTTP_ACCEPT_LANGUAGE": "sw,tlh;q=0.8"}):
        page = Client(secure=True).get(NOT_FOUND, **header).content.decode()
        assert '<html lang="en">' in page
        assert "<h1>Not found</h1>" in page


@pytest.mark.django_db
def test_a_regional_variant_finds_its_language() -> None:
    page = Client(secure=True).get(NOT_FOUND, HTTP_ACCEPT_LANGUAGE="pt-BR").content.decode()
    assert "<h1>Não encontrado</h1>" in page


def test_a_signed_in_member_without_accept_language_sees_the_desk_in_english(
    personas, login
) -> None:
    page = login(personas.lead).get("/server-rules/").content.decode()
    assert '<html lang="en">' in page
    assert "Rules for your server" in page
    assert "300 Mastodon allows in a rule." in page


def test_a_german_browser_gets_the_policy_page_in_german_plurals_included(personas, login) -> None:
    page = login(personas.lead).get("/server-rules/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<h1>Regeln für Ihren Server</h1>" in page
    assert re.search(r"\d+ Zeichen von den 300, die Mastodon für eine Regel erlaubt\.", page)
    assert "Sextortion ist verboten" in page


def _switch(path: str, lang: str = "en") -> str:
    request = RequestFactory().get(path, secure=True)
    template = engines["django"].from_string('{% include "portal/_language_switch.html" %}')
    with translation.override(lang):
        # As render() gives it, through the context processors (LANGUAGES among them).
        return template.render({}, request)


def test_the_switch_is_a_small_form_per_other_language_back_to_the_same_page() -> None:
    html = _switch("/help/?where=DE", "de")
    forms = re.findall(r'<form method="post" action="/i18n/setlang/".*?</form>', html, re.S)
    assert len(forms) == 7
    for form in forms:
        assert 'name="csrfmiddlewaretoken"' in form
        assert '<input type="hidden" name="next" value="/help/?where=DE">' in form
    offered = re.findall(r'name="language" value="(\w+)"><button type="submit" class="link" '
                         r'lang="\1" hreflang="\1">([^<]+)</button>', html)  # fmt: skip
    assert dict(offered) == {c: n for c, n in LANGUAGES if c != "de"}
    assert '<span lang="de" aria-current="true"><strong>Deutsch</strong></span>' in html
    assert 'aria-label="Sprache"' in html
    assert "<script" not in html


@pytest.mark.django_db
def test_switching_language_keeps_it_for_the_browser_session_only() -> None:
    client = Client(secure=True, enforce_csrf_checks=False)
    response = client.post(
        "/i18n/setlang/",
        {"language": "fr", "next": NOT_FOUND},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 302
    assert response.url == NOT_FOUND
    cookie = response.cookies[COOKIE]
    assert cookie.value == "fr"
    assert cookie["secure"] and cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert not cookie["max-age"] and not cookie["expires"]
    page = client.get(NOT_FOUND, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<h1>Introuvable</h1>" in page


@pytest.mark.django_db
def test_the_switch_needs_the_csrf_token_and_never_leaves_the_site() -> None:
    strict = Client(secure=True, enforce_csrf_checks=True)
    assert strict.post("/i18n/setlang/", {"language": "fr"}).status_code == 403
    loose = Client(secure=True)
    response = loose.post(
        "/i18n/setlang/", {"language": "fr", "next": "https://elsewhere.example/"}
    )
    assert response.status_code == 302
    assert response.url == "/"
    assert loose.post("/i18n/setlang/", {"language": "xx"}).cookies.get(COOKIE) is None


PORTAL_PAGES = {
    "portal:report": {
        "de": "Erzählen Sie uns, was passiert",
        "ja": "何が起きているか教えてください",
    },
    "portal_followup:code": {"de": "Zurück zu Ihrer Meldung", "ja": "報告に戻る"},
}
# followup_base.html does not include the switch yet (its own branch's template).
WITH_SWITCH = {"portal:report"}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(PORTAL_PAGES))
def test_the_victims_pages_follow_the_browser_and_the_report_page_has_the_switch(name: str) -> None:
    from django.urls import reverse

    url = reverse(name)
    for lang, heading in PORTAL_PAGES[name].items():
        page = Client(secure=True).get(url, HTTP_ACCEPT_LANGUAGE=lang).content.decode()
        assert f'<html lang="{lang}">' in page
        assert heading in page
        if name in WITH_SWITCH:
            assert 'action="/i18n/setlang/"' in page
            assert f'<input type="hidden" name="next" value="{url}">' in page
    english = Client(secure=True).get(url).content.decode()
    assert '<html lang="en">' in english
