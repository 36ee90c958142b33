"""Every server rule is there, in every language, as real text in that language."""

from __future__ import annotations

import re
import unicodedata

import pytest

from haven.detection import SUPPORTED_LANGUAGES
from haven.detection.language import identify
from haven.policy import rules
from haven.policy.languages import LANGUAGES
from haven.policy.texts import TEXTS, RuleId

ALL = [(rule, lang) for rule in RuleId for lang in LANGUAGES]
# Left-over template markers, editor notes, markup, or an English draft word.
PLACEHOLDER = re.compile(r"[{}<>\[\]_%$]|\bTODO\b|\bXXX\b|\bFIXME\b|\bTBD\b|\.\.\.|…|lorem", re.I)
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KANJI = re.compile(r"[\u4e00-\u9fff]")


def test_the_languages_are_the_eight_haven_supports():
    assert set(LANGUAGES) == set(SUPPORTED_LANGUAGES) == {
        "en", "de", "fr", "es", "pt", "it", "nl", "ja"
    }  # fmt: skip


def test_the_three_rules_of_the_guide_are_declared():
    assert [str(rule) for rule in RuleId] == ["strikes", "prohibition", "enforcement"]
    assert set(TEXTS) == set(RuleId)
    assert set(rules.TITLES) == set(RuleId)


@pytest.mark.parametrize("rule", list(RuleId))
def test_every_rule_is_written_in_every_language(rule):
    assert set(TEXTS[rule]) == set(LANGUAGES)


@pytest.mark.parametrize(("rule", "lang"), ALL)
def test_each_text_is_finished_and_fits_a_mastodon_rule(rule, lang):
    text = TEXTS[rule][lang]
    assert text.strip() == text and len(text) >= 40
    assert not PLACEHOLDER.search(text), PLACEHOLDER.search(text)
    assert "  " not in text and "\n" not in text
    assert len(text) <= rules.MASTODON_RULE_LIMIT
    assert text[-1] in ".。", "a rule ends as a sentence"
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize(("rule", "lang"), ALL)
def test_each_text_reads_as_its_own_language(rule, lang):
    assert identify(TEXTS[rule][lang]) == lang


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_no_language_was_left_as_the_english_text(lang):
    for rule in RuleId:
        assert TEXTS[rule][lang] != TEXTS[rule]["en"]
        assert "banned" not in TEXTS[rule][lang] and " the " not in TEXTS[rule][lang]


@pytest.mark.parametrize("rule", list(RuleId))
def test_the_japanese_text_is_written_in_japanese_script(rule):
    text = TEXTS[rule]["ja"]
    letters = [ch for ch in text if ch.isalpha()]
    japanese = [ch for ch in letters if re.match(r"[\u3041-\u30ff\u4e00-\u9fff]", ch)]
    assert len(japanese) == len(letters), "no Latin letters in the Japanese rules"
    # Kana are what set Japanese apart from Chinese: the grammar is written in hiragana.
    assert len(_HIRAGANA.findall(text)) >= len(letters) // 4
    assert _KANJI.search(text)
    assert "。" in text and "." not in text


def test_the_strike_rule_says_there_is_no_strike_and_a_ban():
    # The guide's first example: the offence bypasses any strike system; a ban follows.
    words = {
        "en": ("strike", "banned"),
        "de": ("Verwarnung", "gesperrt"),
        "fr": ("avertissement", "banni"),
        "es": ("avisos", "expulsado"),
        "pt": ("advertências", "banido"),
        "it": ("avvertimenti", "espulso"),
        "nl": ("waarschuwing", "verbannen"),
        "ja": ("警告", "凍結"),
    }
    for lang, (strike, ban) in words.items():
        assert strike in TEXTS[RuleId.STRIKES][lang] and ban in TEXTS[RuleId.STRIKES][lang]


def test_the_enforcement_rule_is_permanent_in_every_language():
    permanent = {
        "en": "for good",
        "de": "dauerhaft",
        "fr": "définitivement",
        "es": "para siempre",
        "pt": "definitivamente",
        "it": "per sempre",
        "nl": "voorgoed",
        "ja": "永久",
    }
    for lang, word in permanent.items():
        assert word in TEXTS[RuleId.ENFORCEMENT][lang]


def test_lookup_refuses_what_is_not_there():
    assert rules.language("ja") == "ja"
    assert rules.rule("strikes") is RuleId.STRIKES
    for wrong in ("", "EN", "en-GB", "xx", "en "):
        with pytest.raises(rules.UnknownLanguage):
            rules.language(wrong)
    with pytest.raises(rules.UnknownRule, match="strikes, prohibition, enforcement"):
        rules.rule("nope")


def test_texts_in_keeps_the_order_and_picks_one():
    found = rules.texts_in("de")
    assert [each.rule for each in found] == list(RuleId)
    assert all(each.language == "de" and each.text == TEXTS[each.rule]["de"] for each in found)
    (only,) = rules.texts_in("nl", RuleId.ENFORCEMENT)
    assert only.text == TEXTS[RuleId.ENFORCEMENT]["nl"]
