"""What the detector found in a text that arrived, as a moderator reads it.

The same words on every scanned note (a disclosure, a report, a reported post),
on the timeline, and beside each answer the scan suggests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import questions
from haven.cases.models import NoteKind, TextScan
from haven.cases.screening import SIGNAL_NAMES, Suggestion, signal_names

# Where a suggested answer came from, by the kind of note that was scanned.
SCANNED_FROM: dict[str, Promise] = {
    NoteKind.DISCLOSURE: gettext_lazy("the disclosure"),
    NoteKind.REPORT: gettext_lazy("the report"),
    NoteKind.REPORTED_POST: gettext_lazy("a reported post or message"),
}


_NAMED = {str(kind): name for kind, name in SIGNAL_NAMES.items()}


def mark_signals(text: str, spans: Iterable[tuple[str, int, int]]) -> SafeString:
    """``text`` escaped, with each signal's span wrapped in <mark> (overlaps merged)."""
    pieces: list[str] = []
    cursor = 0
    for kind, start, end in sorted(spans, key=lambda span: (span[1], -span[2])):
        if kind not in _NAMED or start < cursor or end > len(text):
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(
            f'<mark class="signal signal-{escape(kind)}" title="{escape(_NAMED[kind])}">'
            f"{escape(text[start:end])}</mark>"
        )
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces).replace("\n", "<br>"))  # noqa: S308  (every piece escaped)


def verdict(scan: TextScan) -> str:
    return (
        _("Looks like sextortion (score %(score)d%%)")
        if scan.label == "sextortion"
        else _("Does not look like sextortion (score %(score)d%%)")
    ) % {"score": round(scan.score * 100)}


def together_verdict(payload: Mapping[str, object]) -> str:
    """The verdict on a report's posts read together, from its timeline event."""
    count = len(payload.get("notes") or [])  # type: ignore[arg-type]
    score, names = _score_and_names(payload)
    text = (
        _(
            "Read together, these %(count)d posts or messages look like sextortion "
            "(score %(score)s%%)"
        )
        if payload.get("label") == "sextortion"
        else _(
            "Read together, these %(count)d posts or messages do not look like sextortion "
            "(score %(score)s%%)"
        )
    ) % {"count": count, "score": score}
    return f"{text} — {_('signals:')} {', '.join(names)}" if names else text


def _score_and_names(payload: Mapping[str, object]) -> tuple[str, tuple[str, ...]]:
    """A scan event's score in percent and its signals in words, however old the event."""
    score, kinds = payload.get("score"), payload.get("signals")
    names = signal_names(str(k) for k in kinds) if isinstance(kinds, list) else ()
    return (str(score) if isinstance(score, int) else "?"), names


def suggestion_texts(
    suggested: Mapping[str, Suggestion], note_kinds: Mapping[int, str]
) -> dict[str, str]:
    """For each pre-filled answer, the sentence that says which text it came from."""
    return {
        question: _(
            "Suggested by the scan of %(what)s (“%(words)s”): check it with the victim, then save."
        )
        % {
            "what": SCANNED_FROM.get(note_kinds.get(s.note_id, ""), _("a scanned text")),
            "words": "”, “".join(s.matches),
        }
        for question, s in suggested.items()
    }


def urgent_alerts(suggested: Mapping[str, Suggestion]) -> list[str]:
    """Banners for the suggestions that cannot wait until the assessment is reached."""
    return [
        str(question.alert) % {"words": "”, “".join(suggested[question.name].matches)}
        for question in questions.TABLE
        if question.alert is not None and question.name in suggested
    ]
