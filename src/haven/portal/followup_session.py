"""Who is on the follow-up page: only the id of the code they entered, in their session.

The code itself is never kept, not even in the session. Every request checks
again that the code still opens its case (not revoked, not expired, the case
not erased) and that the page was used within ``HAVEN_PORTAL_IDLE_MINUTES``;
otherwise the session forgets it and the victim is back at the code form.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from haven.cases.models import Case
from haven.portal.codes import WrongCode
from haven.portal.models import FollowUpCode

SESSION_CODE = "haven_followup_code"
SESSION_SEEN = "haven_followup_seen"


def enter(request: HttpRequest, case: Case) -> None:
    """The victim entered the right code for ``case``: remember its row, in a new session key."""
    row = FollowUpCode.objects.filter(case=case, revoked_at__isnull=True).first()
    if row is None:  # revoked since it was verified, a moment ago
        raise WrongCode()
    request.session.cycle_key()  # a session key from before the code is not the one after
    request.session[SESSION_CODE] = row.pk
    request.session[SESSION_SEEN] = time.time()
    request.session.set_expiry(settings.HAVEN_PORTAL_IDLE_SECONDS)


def leave(request: HttpRequest) -> None:
    """Forget the code; the old session key opens nothing any more."""
    had_code = request.session.pop(SESSION_CODE, None) is not None
    request.session.pop(SESSION_SEEN, None)
    if had_code:
        request.session.cycle_key()


def has_code(request: HttpRequest) -> bool:
    """Whether the session names a code at all (checked properly by ``current_case``)."""
    return request.session.get(SESSION_CODE) is not None


def current_case(request: HttpRequest) -> Case | None:
    """The case the session's code opens now, or None (and the session forgets the code)."""
    code_id = request.session.get(SESSION_CODE)
    if code_id is None:
        return None
    now = time.time()
    seen = request.session.get(SESSION_SEEN)
    if not isinstance(seen, int | float) or now - seen > settings.HAVEN_PORTAL_IDLE_SECONDS:
        leave(request)
        return None
    row = (
        FollowUpCode.objects.select_related("case")
        .filter(
            pk=code_id,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
            case__erased_at__isnull=True,
        )
        .first()
    )
    if row is None:
        leave(request)
        return None
    request.session[SESSION_SEEN] = now
    request.session.set_expiry(settings.HAVEN_PORTAL_IDLE_SECONDS)
    return row.case
