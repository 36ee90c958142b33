"""``haven policy --lang xx [--rule ID]`` prints the texts; asked wrong, it names what it knows."""

from __future__ import annotations

import pytest

from haven.cli import main
from haven.policy.languages import LANGUAGES
from haven.policy.texts import TEXTS, RuleId


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_it_prints_every_rule_in_the_language_asked(lang, capsys):
    assert main(["policy", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert out == "\n\n".join(TEXTS[rule][lang] for rule in RuleId) + "\n"


def test_one_rule_alone(capsys):
    assert main(["policy", "--lang", "pt", "--rule", "enforcement"]) == 0
    assert capsys.readouterr().out == TEXTS[RuleId.ENFORCEMENT]["pt"] + "\n"


def test_english_when_no_language_is_given(capsys):
    assert main(["policy", "--rule", "strikes"]) == 0
    assert capsys.readouterr().out == TEXTS[RuleId.STRIKES]["en"] + "\n"


@pytest.mark.parametrize("wrong", ["xx", "EN", "en-GB", "zh", ""])
def test_an_unknown_language_is_refused_with_the_known_ones(wrong, capsys):
    assert main(["policy", "--lang", wrong]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"no server rules in language {wrong!r}" in captured.err
    for code, name in LANGUAGES.items():
        assert f"{code} ({name})" in captured.err


def test_an_unknown_rule_is_refused_with_the_known_ones(capsys):
    assert main(["policy", "--lang", "de", "--rule", "warnings"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no server rule 'warnings'; known: strikes, prohibition, enforcement" in captured.err


def test_the_command_is_listed_in_haven_help(capsys):
    assert main(["--help"]) == 0
    assert "haven policy" in capsys.readouterr().out
