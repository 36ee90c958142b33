"""``haven detect``: classify texts from the command line.

    haven detect "some text"          the verdict and the highlighted signals
    haven detect -                    the same for a text read from stdin
    haven detect --jsonl              JSON lines {"id", "text"} in, one result line out per input
    haven detect --eval               the honest figures: cross-validation grouped by source on
                                      the real texts, and the two held-apart sets (slow: it trains)
    haven detect --eval FILE.jsonl    precision, recall and F1 on a labelled corpus, and its errors
    haven detect --eval FILE --sweep  the same at a range of thresholds
    haven detect --context report_comment TEXT   read a text as it came in (detection.Context)

Self-harm language and signs of a minor are always printed, whatever the label.
Exit status: 0 on success, 1 when a JSON line could not be read, 2 on misuse
(including a corpus file that cannot be read, with the line that is wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from haven.detection.context import Context
from haven.detection.detection import Detection
from haven.detection.evaluate import CorpusError, evaluate, format_report, load_corpus, sweep
from haven.detection.pipeline import detect

_MARK_OPEN, _MARK_CLOSE = "[", "]"
_HONEST = Path("-honest-")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="haven detect", description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="?", help='a text to classify, or "-" to read one from stdin')
    parser.add_argument("--lang", help="the text's language (ISO 639-1), when already known")
    parser.add_argument(
        "--jsonl", action="store_true", help="read JSON lines with id and text from stdin"
    )
    parser.add_argument(
        "--eval",
        metavar="FILE",
        type=Path,
        nargs="?",
        const=_HONEST,
        help="evaluate on a labelled JSON-lines corpus; without FILE, the honest figures",
    )
    parser.add_argument(
        "--context",
        choices=[context.value for context in Context],
        help="where the text comes from (a report comment is read as a report)",
    )
    parser.add_argument(
        "--sweep", action="store_true", help="with --eval: metrics at a range of thresholds"
    )
    args = parser.parse_args(argv)
    modes = sum((args.text is not None, args.jsonl, args.eval is not None))
    if modes != 1 or (args.sweep and args.eval is None):
        parser.print_usage(sys.stderr)
        sys.stderr.write("haven detect: give one of TEXT, --jsonl or --eval FILE\n")
        return 2
    if args.eval == _HONEST and not args.sweep:
        from haven.detection.train import honest_report

        sys.stdout.write(honest_report())
        return 0
    if args.eval is not None:
        return _evaluate(args.eval, sweep_thresholds=args.sweep)
    context = Context(args.context) if args.context else None
    if args.jsonl:
        return run_jsonl(sys.stdin, sys.stdout, lang=args.lang, context=context)
    text = sys.stdin.read() if args.text == "-" else args.text
    sys.stdout.write(explain(text, detect(text, lang=args.lang, context=context)))
    return 0


def explain(text: str, detection: Detection) -> str:
    """The verdict, alerts, each signal with its span, and the text with signals marked."""
    lines = [f"{detection.label.value} (score {detection.score:.2f}, language {detection.lang})"]
    if detection.immediate_risk:
        lines.append(
            "!! immediate risk: self-harm language; answer the assessment's immediate-risk question"
        )
    if detection.possible_minor:
        lines.append(
            "!! possible minor: a stated age under 18 or a school year; the minors protocol applies"
        )
    for signal in detection.signals:
        lines.append(
            f"  {signal.type.value:<20} {signal.start:>5}-{signal.end:<5} {signal.match!r}"
        )
    if not detection.signals:
        lines.append("  (no signals)")
    if detection.terms:
        lines.append("  words the model weighed most (+ towards sextortion, - away):")
    for term in detection.terms:
        lines.append(f"    {term.weight:+.2f} {term.start:>5}-{term.end:<5} {term.match!r}")
    lines += ["", highlight(text, detection)]
    return "\n".join(lines) + "\n"


def highlight(text: str, detection: Detection) -> str:
    """``text`` with each signal wrapped as [words|type]; overlapping signals are merged out."""
    parts, last = [], 0
    for signal in detection.signals:
        if signal.start < last:
            continue
        parts += [text[last : signal.start], _MARK_OPEN, text[signal.start : signal.end]]
        parts += ["|", signal.type.value, _MARK_CLOSE]
        last = signal.end
    parts.append(text[last:])
    return "".join(parts)


def run_jsonl(
    source: TextIO, sink: TextIO, *, lang: str | None = None, context: Context | None = None
) -> int:
    """One JSON result per input line; a bad line is reported on stderr and skipped."""
    status = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, identifier = row["text"], row.get("id")
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            sys.stderr.write(f"haven detect: line {number}: skipped ({exc.__class__.__name__})\n")
            status = 1
            continue
        found = detect(text, lang=row.get("lang") or lang, context=context)
        result = {"id": identifier, **found.as_dict()}
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    return status


def _evaluate(path: Path, *, sweep_thresholds: bool) -> int:
    try:
        examples = load_corpus(path)
    except CorpusError as exc:
        sys.stderr.write(f"haven detect: {exc}\n")
        return 2
    if sweep_thresholds:
        sys.stdout.write(_format_sweep(sweep(examples)))
        return 0
    sys.stdout.write(format_report(evaluate(examples)))
    return 0


def _format_sweep(rows: Iterable[tuple[float, float, float, float]]) -> str:
    lines = [f"{'threshold':>9} {'precision':>9} {'recall':>7} {'f1':>6}"]
    lines += [f"{t:>9.2f} {p:>9.3f} {r:>7.3f} {f:>6.3f}" for t, p, r, f in rows]
    return "\n".join(lines) + "\n"
