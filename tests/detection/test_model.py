"""The learned verdict: the shipped file, retraining, explanations, context and the marks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from haven.detection import Context, Label, detect
from haven.detection import train as training
from haven.detection.evaluate import Counts, wilson
from haven.detection.features import word_features
from haven.detection.marks import MarkedVerdict, figures, format_figures
from haven.detection.model import ModelError, from_json, load, shipped

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"


def test_the_shipped_model_is_plain_json_with_its_recipe():
    model = shipped()
    raw = json.loads(Path(training.__file__).with_name("model.json").read_text("utf-8"))
    assert raw["format"] == 1
    assert len(model.words) > 5000
    assert model.meta["recipe"] == list(training.SHIPPED)
    assert 0.05 < float(str(model.meta["threshold_folded_into_bias"])) < 0.95
    assert all(name[0] in "wbpc" for name in model.words)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"format": 2, "bias": 0, "words": {}, "signals": {}},
        {"format": 1, "bias": "high", "words": {}, "signals": {}},
        {"format": 1, "bias": 0, "words": {"wpay": "a lot"}, "signals": {}},
        {"format": 1, "bias": 0, "words": [], "signals": {}},
    ],
)
def test_a_model_that_is_not_one_is_refused(data):
    with pytest.raises(ModelError):
        from_json(data)


def test_an_unreadable_model_file_is_refused(tmp_path):
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError):
        load(path)
    with pytest.raises(ModelError):
        load(tmp_path / "missing.json")


def test_retraining_on_a_slice_gives_a_loadable_model_that_tells_threats_apart(tmp_path):
    rows = training.load_rows()
    slice_ = [r for r in rows if not r.real][::12] + [r for r in rows if r.real][::3]
    model = training.fit(training.prepare(slice_), epochs=4)
    path = tmp_path / "model.json"
    training.write(model, path)
    again = load(path)
    threat, calm = (
        training.prepare([training.Row(text, label, "en", "-", "t", real=True)])[0]
        for text, label in (
            ("Pay 500 dollars or I send your nudes to all your followers", True),
            ("We are meeting at the library at five, bring the notes", False),
        )
    )
    assert training.score(again, threat) == pytest.approx(training.score(model, threat))
    assert training.score(again, threat) > 0.5 > training.score(again, calm)


def test_training_is_reproducible():
    rows = training.load_rows()[::40]
    first, second = (training.fit(training.prepare(rows), epochs=2) for _ in range(2))
    assert first.words == second.words
    assert first.bias == second.bias


def test_every_verdict_lists_words_that_index_the_original_text():
    text = "<p>I h4ve your N U D E S.</p> Pay <b>$500</b> or your family sees them"
    result = detect(text)
    assert result.is_sextortion
    assert result.terms
    for term in result.terms:
        assert text[term.start : term.end] == term.match
    assert any(term.weight > 0 for term in result.terms)
    assert result.as_dict()["terms"]


def test_terms_of_a_negative_text_push_away():
    result = detect("Police warn: do not pay, these sextortion e-mails are a scam, report them")
    assert not result.is_sextortion
    assert any(term.weight < 0 for term in result.terms)


def test_unspaced_scripts_are_read_as_character_pairs():
    found = word_features("写真を送る pay now")
    assert {"c写真", "c真を", "cを送", "c送る", "wpay", "wnow", "bpay now"} <= found
    assert not any("\x00" in feature for feature in found)


def _context_rows() -> list[dict[str, str]]:
    path = DATA / "context" / "report_comments.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_a_report_comment_is_read_as_a_report():
    rows = _context_rows()
    as_report = Counts()
    as_post = Counts()
    for row in rows:
        expected = row["label"] == Label.SEXTORTION
        as_report.add(expected, detect(row["text"], context=Context.REPORT_COMMENT).is_sextortion)
        as_post.add(expected, detect(row["text"]).is_sextortion)
    assert as_report.recall >= 0.9, as_report
    # Reading a text as a report adds no false alarm of its own.
    assert as_report.fp <= as_post.fp, (as_report, as_post)
    assert as_report.recall > as_post.recall


def test_news_stays_negative_in_a_report():
    text = (
        "A member forwarded this: police warn of e-mails claiming a webcam recording and "
        "demanding bitcoin; do not pay, it is a scam, report it."
    )
    for context in Context:
        assert not detect(text, context=context).is_sextortion, context


def test_the_context_defaults_to_a_public_post():
    text = "A member says an account threatens to send her intimate photos to her family."
    assert detect(text).score == detect(text, context=Context.PUBLIC_POST).score


def test_self_harm_and_minor_signals_survive_the_model():
    result = detect("I'm 15 and he says he'll post my pics, I want to die")
    assert result.immediate_risk
    assert result.possible_minor


def test_wilson_interval():
    assert wilson(0, 0) == (0.0, 1.0)
    low, high = wilson(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-3)
    assert high == pytest.approx(0.7634, abs=1e-3)
    assert wilson(10, 10)[1] == 1.0


def test_marked_verdicts_give_precision_and_recall():
    marks = [
        MarkedVerdict(Label.SEXTORTION, right=True, lang="en"),
        MarkedVerdict(Label.SEXTORTION, right=True, lang="en"),
        MarkedVerdict(Label.SEXTORTION, right=False, lang="de"),
        MarkedVerdict(Label.NOT_SEXTORTION, right=False, lang="de"),
        MarkedVerdict(Label.NOT_SEXTORTION, right=True, text="hello there, lovely weather"),
    ]
    result = figures(marks)
    assert (result.overall.tp, result.overall.fp, result.overall.fn, result.overall.tn) == (
        2,
        1,
        1,
        1,
    )
    assert result.overall.precision == pytest.approx(2 / 3)
    assert result.overall.recall == pytest.approx(2 / 3)
    assert set(result.by_lang) == {"en", "de"}
    out = format_figures(result)
    assert "verdicts marked by moderators: 5" in out
    assert "precision [95% CI]" in out


def test_no_marks_yet():
    assert format_figures(figures([])) == "no verdicts have been marked yet\n"
