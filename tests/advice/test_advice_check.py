"""What ``check`` returns: spans of the original, reasons that quote nothing, negations, names."""

from __future__ import annotations

from haven.cases.advice.check import check
from haven.cases.advice.kinds import REASONS, AdviceKind


def test_spans_are_of_the_original_text_through_markup_and_accents() -> None:
    text = "<p>Hallo!</p><p>Überweise ihm   den Betrag, bitte.</p>"
    result = check(text, language="de")
    assert [f.kind for f in result.findings] == [AdviceKind.PAY]
    finding = result.findings[0]
    assert text[finding.start : finding.end] == "Überweise ihm"


def test_a_reason_never_quotes_the_message() -> None:
    text = (
        "Why did you send it? Just pay. We'll get it deleted everywhere. You must go to the police."
    )
    result = check(text, language="en", names=("Mika",))
    assert result.kinds == {
        AdviceKind.BLAME,
        AdviceKind.PAY,
        AdviceKind.PROMISE,
        AdviceKind.PRESSURE,
    }
    for finding in result.findings:
        assert finding.reason == str(REASONS[finding.kind])
        quoted = text[finding.start : finding.end].lower()
        assert quoted not in finding.reason.lower()


def test_findings_are_in_text_order() -> None:
    result = check("You must go to the police. Just pay.", language="en")
    assert [f.kind for f in result.findings] == [AdviceKind.PRESSURE, AdviceKind.PAY]
    assert result.findings[0].start < result.findings[1].start


def test_a_negation_in_the_sentence_before_does_not_reach_over() -> None:
    assert check("Don't pay them.", language="en").clean
    assert check("Don't. Pay them.", language="en").kinds == {AdviceKind.PAY}
    assert check("Don't worry, just pay.", language="en").kinds == {AdviceKind.PAY}


def test_a_negation_after_advice_to_pay() -> None:
    assert check("Zahl ihm bitte nichts.", language="de").clean
    assert check("Zahl ihm einfach.", language="de").kinds == {AdviceKind.PAY}


def test_doubt_before_or_after_a_promise_makes_it_none() -> None:
    assert check("We cannot promise the pictures will be removed everywhere.", language="en").clean
    assert check("すべての場所から削除されるとは約束できません。", language="ja").clean
    assert check(
        "We cannot promise anything. They will be removed everywhere.", language="en"
    ).kinds == {AdviceKind.PROMISE}


def test_language_is_identified_when_not_given() -> None:
    assert check("Tu dois aller à la police tout de suite, s'il te plaît.").language == "fr"
    assert check("お金を払ったほうが早く終わると思います。").kinds == {AdviceKind.PAY}


def test_text_in_no_supported_language_is_read_with_every_language() -> None:
    result = check("12345 !!! zahl einfach", language="xx")
    assert result.kinds == {AdviceKind.PAY}


def test_names_whole_parts_handles_and_case() -> None:
    names = ("Jordan Blake", "@mika@haven.example", "Al")
    text = "JORDAN and blake spoke to @Mika@haven.example; Alice waits. Al is here, and so is Mika."
    result = check(text, language="en", names=names)
    assert {f.kind for f in result.findings} == {AdviceKind.NAME}
    found = [text[f.start : f.end] for f in result.findings]
    # "Al" is a whole name, so it counts alone, but not inside "Alice".
    assert found == ["JORDAN", "blake", "@Mika@haven.example", "Al", "Mika"]


def test_no_names_given_finds_none() -> None:
    assert check("Mika will look after your case.", language="en").clean


def test_lower_case_labels_and_user_names_do_not_make_common_words_names() -> None:
    names = ("the member (demo)", "mod-on-case", "Jordan Blake")
    text = "In case the member writes again, the team will answer. Blake is not here."
    result = check(text, language="en", names=names)
    found = [text[f.start : f.end] for f in result.findings]
    assert found == ["Blake"]


def test_it_is_not_your_fault_passes_in_french() -> None:
    for text in (
        "Ce n'est pas de ta faute.",
        "Ce n'est pas de votre faute, et vous n'êtes pas seul.",
        "Ce n'est pas du tout votre faute.",
    ):
        assert check(text, language="fr").clean, text
    assert AdviceKind.BLAME in check("C'est un peu ta faute.", language="fr").kinds
