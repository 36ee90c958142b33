"""A read on the audit stream once per visit, not once per page load.

Every save on the case page redirects back to it (post, redirect, get): each
of those GETs used to write "Case opened for reading", so the stream filled up
with the same person reading the same case they were working on. A session
now records a part of a case again only once ``VISIT`` has passed since it last
recorded it; a new session (a new sign-in, another person) always records.
"""

from __future__ import annotations

from datetime import timedelta

from django.http import HttpRequest
from django.utils import timezone

from haven.accounts.models import User
from haven.cases import audit
from haven.cases.models import Case

VISIT = timedelta(minutes=30)
_SESSION_KEY = "haven.reads_recorded"


def record_read(request: HttpRequest, case: Case, *, reader: User, part: audit.Part) -> None:
    now = timezone.now()
    recorded: dict[str, float] = dict(request.session.get(_SESSION_KEY, {}))
    key = f"{case.pk}:{part}"
    last = recorded.get(key)
    if last is not None and now.timestamp() - last < VISIT.total_seconds():
        return
    audit.record_view(case, reader=reader, part=part)
    cutoff = now.timestamp() - VISIT.total_seconds()
    recorded = {k: t for k, t in recorded.items() if t >= cutoff}
    recorded[key] = now.timestamp()
    request.session[_SESSION_KEY] = recorded
