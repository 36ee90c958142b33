"""The readable summary of an export, as HTML and as PDF (fpdf2).

It carries only what the victim agreed to share for a law-enforcement export:
that the case exists and when it was opened, when that consent was given, and
the items kept under it, with their hashes. No note, disclosure, assessment,
wish, name or handle of anyone is in it. The case desk's consent has no finer
"what to share" choice than its scopes (decision 6), so there is none to read.
"""

from __future__ import annotations

from datetime import datetime

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from fpdf import FPDF

from haven.accounts.models import User
from haven.cases.models import Case, ConsentRecord, ConsentScope
from haven.evidence.models import EvidenceItem


def _context(case: Case, items: list[EvidenceItem], lead: User, now: datetime) -> dict[str, object]:
    consent = (
        ConsentRecord.objects.filter(case=case, scope=ConsentScope.EVIDENCE_FOR_POLICE, given=True)
        .order_by("-recorded_at")
        .first()
    )
    return {
        "case": case,
        "items": items,
        "lead": lead.get_username(),
        "now": now,
        "consent_at": consent.recorded_at if consent else None,
    }


def html(case: Case, items: list[EvidenceItem], lead: User, now: datetime) -> bytes:
    context = _context(case, items, lead, now)
    return render_to_string("web/evidence/summary.html", context).encode("utf-8")


def _latin(text: str) -> str:
    # The PDF's core fonts are Latin-1; anything else is shown as "?" rather than lost silently.
    return text.encode("latin-1", "replace").decode("latin-1")


def pdf(case: Case, items: list[EvidenceItem], lead: User, now: datetime) -> bytes:
    context = _context(case, items, lead, now)
    document = FPDF()
    document.set_creation_date(now)
    document.add_page()
    document.set_font("Helvetica", "B", 14)
    document.cell(
        text=_latin(_("Evidence export of case %s") % case.pk), new_x="LMARGIN", new_y="NEXT"
    )
    document.set_font("Helvetica", size=10)
    lines = [
        _("Case opened: %s") % f"{case.created_at:%Y-%m-%d %H:%M} UTC",
        _("Exported: %(at)s by %(lead)s")
        % {"at": f"{now:%Y-%m-%d %H:%M} UTC", "lead": lead.get_username()},
        _("The victim's consent to a law-enforcement export was recorded: %s")
        % (f"{context['consent_at']:%Y-%m-%d %H:%M} UTC" if context["consent_at"] else "-"),
        _("Items: %d, in originals/, each with its SHA-256 in the signed manifest.json.")
        % len(items),
    ]
    for line in lines:
        document.multi_cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    document.ln(4)
    for number, item in enumerate(items, start=1):
        text = f"{number}. {item.get_kind_display()} ({item.content_type}), {item.size} bytes, "
        text += f"captured {item.added_at:%Y-%m-%d %H:%M} UTC\nSHA-256 {item.sha256}"
        document.multi_cell(0, 5, _latin(text), new_x="LMARGIN", new_y="NEXT")
        document.ln(2)
    return bytes(document.output())
