"""The advice check on its example sentences, one test per sentence, and per-language figures."""

from __future__ import annotations

import pytest

from tests.advice.examples import LANGUAGES, Example, examples, score

# Below these on the examples (tuned on), a change to the phrases broke something.
PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.9


def _cases() -> list[object]:
    cases: list[object] = []
    for language in LANGUAGES:
        for number, example in enumerate(examples(language)):
            marks = [pytest.mark.xfail(reason=example.xfail, strict=True)] if example.xfail else []
            cases.append(pytest.param(example, id=f"{language}-{number}", marks=marks))
    return cases


@pytest.mark.parametrize("example", _cases())
def test_sentence(example: Example) -> None:
    found = example.found()
    expected = example.expected_kind
    if expected is None:
        assert not found, f"flagged {sorted(found)}"
    else:
        assert expected in found, f"expected {expected.value}, found {sorted(found)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_hundred_examples_on_both_sides(language: str) -> None:
    batch = examples(language)
    assert len(batch) >= 100
    to_pass = [e for e in batch if e.expected_kind is None]
    assert len(to_pass) >= 30
    assert {e.expected for e in batch} == {"pass", "pay", "blame", "promise", "pressure", "name"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = score(examples(language))
    with capsys.disabled():
        print(  # noqa: T201 (the figures are this test's report)
            f"\nadvice check {language}: precision {result.precision:.1%}, "
            f"recall {result.recall:.1%} on {result.examples} examples"
        )
    assert result.precision >= PRECISION_FLOOR
    assert result.recall >= RECALL_FLOOR
