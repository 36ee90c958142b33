"""The victim's consent, per scope: given or withdrawn, by whom, how and when.

``has_consent(case, scope)`` is what every feature that depends on consent asks.
Withdrawing a consent runs the hooks registered for its scope in the same
transaction, so what depended on it stops (kept images are discarded, ...).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import notes
from haven.cases.changes import Change, changing
from haven.cases.models import Case, ConsentMethod, ConsentRecord, ConsentScope, NoteKind
from haven.core.choices import choice
from haven.core.events import Names, declare


@dataclass(frozen=True)
class ConsentRecorded:
    scope: ConsentScope
    given: bool
    method: ConsentMethod
    record: int


def _consent_details(p: ConsentRecorded, names: Names) -> list[str]:
    return [str(p.scope.label), _("given") if p.given else _("withdrawn"), str(p.method.label)]


CONSENT_RECORDED = declare(
    "consent.recorded", ConsentRecorded, gettext_lazy("Consent recorded"), _consent_details
)

# Run inside the change that withdrew the consent.
WithdrawalHook = Callable[[Change, ConsentScope], None]
_withdrawal_hooks: dict[ConsentScope, list[WithdrawalHook]] = defaultdict(list)


def on_withdrawal(*scopes: ConsentScope) -> Callable[[WithdrawalHook], WithdrawalHook]:
    """Register ``hook(change, scope)`` to run when consent for a scope is withdrawn."""

    def register(hook: WithdrawalHook) -> WithdrawalHook:
        for scope in scopes:
            if hook not in _withdrawal_hooks[scope]:
                _withdrawal_hooks[scope].append(hook)
        return hook

    return register


def has_consent(case: Case, scope: str) -> bool:
    latest = (
        ConsentRecord.objects.filter(case=case, scope=choice(ConsentScope, scope, "consent"))
        .order_by("-recorded_at", "-id")
        .values_list("given", flat=True)
        .first()
    )
    return bool(latest)


def current_consents(case: Case) -> dict[ConsentScope, ConsentRecord | None]:
    latest: dict[ConsentScope, ConsentRecord | None] = dict.fromkeys(ConsentScope)
    for record in ConsentRecord.objects.filter(case=case).select_related("recorded_by"):
        scope = ConsentScope(record.scope)
        if latest[scope] is None:  # ordered newest first per scope
            latest[scope] = record
    return latest


def record_consent(
    case: Case,
    scope: str,
    *,
    given: bool,
    acting_user: User | None,
    method: str,
    note: str | None = None,
) -> ConsentRecord:
    """Record a consent given or withdrawn; ``acting_user`` None is the victim themself,
    on the follow-up page (``method`` portal), who is nobody's account."""
    scope = choice(ConsentScope, scope, "consent")
    method = choice(ConsentMethod, method, "way of giving consent")
    text = notes.clean_text(note, "note", required=False)
    with changing(case, acting_user=acting_user) as change:
        was_given = has_consent(case, scope)
        record = ConsentRecord.objects.create(
            case=case, scope=scope, given=given, method=method, recorded_by=acting_user
        )
        event = change.record(CONSENT_RECORDED, ConsentRecorded(scope, given, method, record.pk))
        if text:
            notes.attach_note(change.case, event, NoteKind.CONSENT, text, acting_user)
        if was_given and not given:
            for hook in _withdrawal_hooks[scope]:
                hook(change, scope)
    return record
