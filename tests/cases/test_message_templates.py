"""The templates of messages to the victim: every one in every language, filled and checked."""

from __future__ import annotations

import re

import pytest

from haven.cases import message_templates as mt
from haven.cases.advice.check import check
from haven.cases.message_templates import support
from haven.core.errors import InvalidInput, NotFound
from haven.resources import directory

KEYS = [t.key for t in mt.templates()]
FILLED = {"server_name": "social.example", "support_list": "- Help (demo): https://help.example"}
ANY_BRACES = re.compile(r"\{[^{}]*\}")


def test_the_six_templates_of_the_issue_in_the_guides_order():
    assert KEYS == [
        "believe",
        "no_pay",
        "block_and_keep",
        "secure_accounts",
        "specialist_help",
        "what_next",
    ]
    assert all(str(t.label) for t in mt.templates())
    assert mt.LANGUAGES == ("en", "de", "fr", "es", "pt", "it", "nl", "ja")


@pytest.mark.parametrize("language", mt.LANGUAGES)
@pytest.mark.parametrize("key", KEYS)
def test_every_template_renders_complete_and_passes_the_advice_check(key, language):
    rendered = mt.render(key, language, FILLED)
    assert rendered.complete and rendered.missing == ()
    assert not ANY_BRACES.search(rendered.text), "a placeholder the code does not know"
    assert len(rendered.text) > 200
    result = check(rendered.text, language=language)
    flagged = [(f.kind.value, rendered.text[f.start : f.end]) for f in result.findings]
    assert result.clean, f"{key}/{language}: {flagged}"
    assert mt.require_complete(rendered.text) == rendered.text


@pytest.mark.parametrize("language", mt.LANGUAGES)
def test_each_language_has_its_own_text_not_a_copy_of_english(language):
    texts = {key: mt.raw_text(key, language) for key in KEYS}
    assert set(mt.formatting(language)) == set(mt.FORMAT_KEYS)
    if language != "en":
        assert all(texts[key] != mt.raw_text(key, "en") for key in KEYS)
    # The help template lists the organisations; the next steps name the confidential page.
    assert "{support_list}" in texts["specialist_help"]
    assert "{server_name}" in texts["what_next"]


def test_only_known_placeholders_are_used_anywhere():
    for language in mt.LANGUAGES:
        for key in KEYS:
            used = set(re.findall(r"\{([^{}]*)\}", mt.raw_text(key, language)))
            assert used <= mt.PLACEHOLDERS, (key, language, used)


def test_a_missing_or_blank_value_leaves_its_placeholder_and_says_so():
    rendered = mt.render("specialist_help", "de", {"support_list": "   "})
    assert rendered.missing == ("support_list",)
    assert "{support_list}" in rendered.text
    rendered = mt.render("what_next", "en", {})
    assert rendered.missing == ("server_name",) and not rendered.complete


def test_a_value_is_put_in_as_given_not_read_as_a_template():
    rendered = mt.render("what_next", "en", {"server_name": "{support_list}"})
    # The value itself looks like a placeholder: it stays unfilled, and is caught.
    assert rendered.missing == ("support_list",)
    with pytest.raises(InvalidInput) as refused:
        mt.require_complete(rendered.text)
    assert refused.value.code == "unfilled_placeholder"


def test_an_unfilled_placeholder_cannot_be_sent_and_the_error_names_it():
    text = mt.render("block_and_keep", "fr", {}).text
    with pytest.raises(InvalidInput) as refused:
        mt.require_complete(text)
    assert "{server_name}" in refused.value.message
    # Braces the moderator wrote for another reason are not placeholders.
    assert mt.require_complete("Write {like this} if you want.") == "Write {like this} if you want."


def test_unknown_template_or_language_is_not_found():
    with pytest.raises(NotFound):
        mt.render("pay_them", "en", FILLED)
    with pytest.raises(NotFound):
        mt.render("believe", "xx", FILLED)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("country", "minor", "language", "expected"),
    [
        ("GB", False, "en", "Revenge Porn Helpline"),
        ("DE", False, "de", "HateAid"),
        ("FR", True, "fr", "3018"),
        ("US", True, "en", "Take It Down"),
        ("JP", False, "ja", "Internet Hotline Center"),
        (None, False, "es", "StopNCII"),
    ],
)
def test_specialist_help_is_filled_from_the_directory_and_still_passes(
    country, minor, language, expected
):
    listed = support.support_list(language, country, minor=minor)
    assert expected in listed
    rendered = mt.render(
        "specialist_help", language, {"support_list": listed, "server_name": "x.example"}
    )
    assert rendered.complete
    result = check(rendered.text, language=language)
    assert result.clean, [rendered.text[f.start : f.end] for f in result.findings]


@pytest.mark.django_db
def test_a_minor_gets_take_it_down_first_and_details_in_the_messages_language():
    listed = support.support_list("fr", "FR", minor=True).splitlines()
    assert listed[0].startswith("- Take It Down")
    e_enfance = next(line for line in listed if "3018" in line)
    assert "Téléphone: 3018" in e_enfance
    adult = support.support_list("fr", "FR", minor=False)
    assert "Take It Down" not in adult


def test_support_lines_show_phone_text_and_hours_only_when_known():
    orgs = [o for o in directory.reviewed() if o.id in {"childline_uk", "stopncii"}]
    lines = support.support_lines(orgs, "nl").splitlines()
    by_name = {line.split(":")[0]: line for line in lines}
    assert any("Telefoon: 0800 1111" in line and "Bereikbaar: 24 hours" in line for line in lines)
    assert all("Telefoon" not in line for name, line in by_name.items() if "StopNCII" in name)
