"""``haven detect``: a text, JSON lines, and corpus evaluation."""

from __future__ import annotations

import io
import json
from pathlib import Path

from haven.detection import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"


def test_a_text_prints_the_verdict_and_highlighted_signals(capsys):
    assert cli.main(["I have your nudes, pay $300 or your family sees them"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sextortion (score")
    assert "[nudes|intimate_material]" in out
    assert "audience" in out


def test_self_harm_and_minors_are_always_shown(capsys):
    cli.main(["I'm 14 and I want to die"])
    out = capsys.readouterr().out
    assert "immediate risk" in out
    assert "possible minor" in out


def test_jsonl_writes_one_line_per_input_and_skips_bad_lines(capsys):
    source = io.StringIO(
        '{"id": "a", "text": "pay or everyone sees ur nudes"}\n'
        "not json\n"
        '{"id": 2, "text": "hello"}\n'
    )
    sink = io.StringIO()
    assert cli.run_jsonl(source, sink) == 1
    rows = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [row["id"] for row in rows] == ["a", 2]
    assert rows[0]["label"] == "sextortion"
    assert set(rows[0]) == {"id", "label", "score", "lang", "signals", "terms"}
    assert set(rows[0]["signals"][0]) == {"type", "start", "end", "match"}
    assert "line 2" in capsys.readouterr().err


def test_eval_prints_metrics_per_kind_and_language_and_errors(capsys):
    assert cli.main(["--eval", str(DATA / "holdout.jsonl")]) == 0
    out = capsys.readouterr().out
    for heading in ("overall", "kind", "language", "errors:"):
        assert heading in out
    assert "precision" in out


def test_sweep(capsys):
    assert cli.main(["--eval", str(DATA / "holdout.jsonl"), "--sweep"]) == 0
    assert "threshold" in capsys.readouterr().out


def test_misuse_is_exit_two(capsys):
    assert cli.main([]) == 2
    assert cli.main(["text", "--jsonl"]) == 2


def test_eval_needs_only_id_text_and_label(tmp_path, capsys):
    corpus = tmp_path / "unlabelled.jsonl"
    rows = [
        {
            "id": "a",
            "text": "Pay $300 in bitcoin or I send your nudes to your family",
            "label": "sextortion",
        },
        {
            "id": "b",
            "text": "Here is a photo of my cat asleep on the keyboard",
            "label": "not_sextortion",
        },
        {
            "id": "c",
            "text": "Envoie 200 euros ou j'envoie tes photos nues à ta famille",
            "label": "sextortion",
        },
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert cli.main(["--eval", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "all                 3    2    0    0" in out
    # Without "lang", texts are counted under the language identified.
    language = out.split("language")[1]
    assert "\nen " in language and "\nfr " in language
    assert "identified correctly" not in out


def test_eval_rejects_an_unreadable_corpus_with_the_line_at_fault(tmp_path, capsys):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "fine", "label": "not_sextortion"}\n{"id": "b", "text": "x"}\n'
    )
    assert cli.main(["--eval", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert f"{corpus}:2:" in err and "'label' is missing" in err
    corpus.write_text('{"id": "a", "text": "x", "label": "maybe"}\n')
    assert cli.main(["--eval", str(corpus)]) == 2
    assert "'maybe'" in capsys.readouterr().err
    corpus.write_text("not json\n")
    assert cli.main(["--eval", str(corpus)]) == 2
    assert "not JSON" in capsys.readouterr().err
    assert cli.main(["--eval", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot be read" in capsys.readouterr().err
