"""Whether ``detect`` gives the same results as it did at another commit.

    python bench/detection_same.py [REVISION]     (default: main)

Every text of every labelled file under ``tests/data/detection/``, and the
texts ``tests/detection/test_exact_speedup.py`` makes (disguised, every
script, empty), is read as a public post and as a report comment, once by
the code at REVISION (taken out of git into a temporary folder and run in a
fresh process) and once by the code of this work tree. Label, score (to
1e-9), language, every signal (type, span, match, weight, lexicon) and every
term must be the same (both
processes run with the same hash seed, so that terms of equal weight come in
the same order). Prints how many texts differ, shows the first few
(texts of the repository's own corpus only), and exits 1 if any does.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 1e-9
# Run in a fresh process with PYTHONPATH set to the code to compare: prints one
# JSON line per (text, context) read from the JSON list on standard input.
DUMP = """
import json, sys
from haven.detection import Context, detect
for text in json.load(sys.stdin):
    for context in (None, Context.REPORT_COMMENT):
        d = detect(text, context=context)
        print(json.dumps([d.label.value, d.score, d.lang,
            [[s.type.value, s.start, s.end, s.match, s.weight, s.lexicon] for s in d.signals],
            [[t.start, t.end, t.match, t.weight] for t in d.terms]]))
"""


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests" / "detection"))
    from test_exact_speedup import FILES, made_texts, texts

    return [text for path in FILES for text in texts(path)] + made_texts()


def results(src: Path, items: list[str]) -> list[list[object]]:
    out = subprocess.run(
        [sys.executable, "-c", DUMP],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        check=True,
        # One hash seed for both: terms of equal weight come in the order of a set.
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"},
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def same(old: list[object], new: list[object]) -> bool:
    (ol, os_, olang, osig, oterms), (nl, ns, nlang, nsig, nterms) = old, new
    if ol != nl or abs(float(os_) - float(ns)) > TOLERANCE or olang != nlang or osig != nsig:  # type: ignore[arg-type]
        return False
    assert isinstance(oterms, list) and isinstance(nterms, list)
    return len(oterms) == len(nterms) and all(
        a[:3] == b[:3] and abs(a[3] - b[3]) <= TOLERANCE
        for a, b in zip(oterms, nterms, strict=True)
    )


def main(revision: str) -> int:
    items = corpus_texts()
    with tempfile.TemporaryDirectory() as folder:
        git = shutil.which("git") or "git"
        archive = subprocess.run(
            [git, "-C", str(ROOT), "archive", revision, "src"], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        old = results(Path(folder) / "src", items)
    new = results(ROOT / "src", items)
    contexts = ("public post", "report comment")
    differ = [
        (items[i // 2], contexts[i % 2], a, b)
        for i, (a, b) in enumerate(zip(old, new, strict=True))
        if not same(a, b)
    ]
    print(f"{len(items)} texts, each as a public post and a report comment, against {revision}:")
    print(f"{len(old) - len(differ)} results the same, {len(differ)} different")
    for text, context, a, b in differ[:5]:
        print(f"- {context}: {text[:80]!r}\n  before {a}\n  after  {b}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "main"))
