"""Linked accounts: other accounts likely run by a case's perpetrator, each with its reasons.

When a capture finishes, the reported account's traits are recorded
(``record_traits``: keyed hashes, see ``linked_traits``) and the case's links
are worked out again (``find_for``):

- accounts on other cases that showed the same payment handle, wallet
  address, phrase, sign-up IP or e-mail domain, or an avatar within PDQ's
  match distance;
- on a server whose admin API gives sign-up details, its newest local accounts
  (``LOCAL_ACCOUNTS``) with the same sign-up IP or e-mail domain, or created in
  a burst with the reported one (``BURST_MIN`` within ``BURST_WINDOW``).

A trait shared by more than ``MAX_SHARED`` accounts (a default avatar, a big
mail provider) says nothing and is skipped. ``suspend_all`` queues one
suspension per linked account through the outbox, in one confirmed step.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol, runtime_checkable

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import access, actions, sealing
from haven.cases.changes import changing
from haven.cases.models import Case, CaseParty, PartyRole
from haven.core.errors import CryptoError, InvalidInput
from haven.core.events import declare
from haven.fediverse import capture, credentials, linked_traits, outbox
from haven.fediverse.accounts import normalise_acct
from haven.fediverse.linked_traits import TraitKind, digest
from haven.fediverse.models import (
    AccountTrait,
    ActionState,
    CaptureRun,
    Connection,
    EnforcementAction,
    LinkedAccount,
)
from haven.fediverse.post_text import post_text
from haven.fediverse.servers import (
    ActionKind,
    Capability,
    RemoteAccount,
    RemoteReport,
    ServerError,
    module_for,
)

logger = logging.getLogger(__name__)

LOCAL_ACCOUNTS = 200
BURST_WINDOW = timedelta(minutes=30)
BURST_MIN = 3
BURST_FACTOR = 3
MAX_SHARED = 10


class LinkReason:
    SAME_PAYMENT = "same_payment"
    SAME_WALLET = "same_wallet"
    SAME_PHRASE = "same_phrase"
    SAME_AVATAR = "same_avatar"
    SAME_SIGNUP_IP = "same_signup_ip"
    SAME_EMAIL_DOMAIN = "same_email_domain"
    CREATED_IN_BURST = "created_in_burst"


REASON_LABELS = {
    LinkReason.SAME_PAYMENT: gettext_lazy("the same payment handle"),
    LinkReason.SAME_WALLET: gettext_lazy("the same wallet address"),
    LinkReason.SAME_PHRASE: gettext_lazy("the same phrases in its posts"),
    LinkReason.SAME_AVATAR: gettext_lazy("the same profile picture (PDQ)"),
    LinkReason.SAME_SIGNUP_IP: gettext_lazy("signed up from the same IP address"),
    LinkReason.SAME_EMAIL_DOMAIN: gettext_lazy("the same e-mail domain"),
    LinkReason.CREATED_IN_BURST: gettext_lazy("created in a burst of accounts with it"),
}
_BY_TRAIT = {
    TraitKind.PAYMENT: LinkReason.SAME_PAYMENT,
    TraitKind.WALLET: LinkReason.SAME_WALLET,
    TraitKind.PHRASE: LinkReason.SAME_PHRASE,
    TraitKind.AVATAR: LinkReason.SAME_AVATAR,
    TraitKind.SIGNUP_IP: LinkReason.SAME_SIGNUP_IP,
    TraitKind.EMAIL_DOMAIN: LinkReason.SAME_EMAIL_DOMAIN,
}


@dataclass(frozen=True)
class LinkedFound:
    accounts: int
    new: int


LINKED_FOUND = declare(
    "linked.found",
    LinkedFound,
    gettext_lazy("Linked accounts found"),
    lambda p, names: [_("%(n)d accounts, %(new)d new") % {"n": p.accounts, "new": p.new}],
)


@runtime_checkable
class ListsLocalAccounts(Protocol):
    """A client whose admin API lists local accounts with their sign-up details."""

    def local_accounts(self, *, limit: int = LOCAL_ACCOUNTS) -> tuple[RemoteAccount, ...]: ...


# --- recording ------------------------------------------------------------------


def record_traits(
    run: CaptureRun, report: RemoteReport, account: RemoteAccount, *, avatar: bytes
) -> int:
    """The reported account's traits, kept as keyed hashes on the case; returns how many."""
    own = [post_text(s.content_html) for s in report.statuses] + [post_text(account.note_html)]
    own += [post_text(value) for _name, value in account.fields]
    every = [report.comment, *own]
    found = {
        (TraitKind.PAYMENT, digest(TraitKind.PAYMENT, v))
        for v in linked_traits.payment_handles(every)
    }
    found |= {(TraitKind.WALLET, digest(TraitKind.WALLET, v)) for v in linked_traits.wallets(every)}
    found |= {(TraitKind.PHRASE, digest(TraitKind.PHRASE, v)) for v in linked_traits.phrases(own)}
    pdq = linked_traits.avatar_pdq(avatar) if avatar else ""
    if pdq:
        found.add((TraitKind.AVATAR, pdq))
    if account.local and account.signup_ip:
        found.add((TraitKind.SIGNUP_IP, digest(TraitKind.SIGNUP_IP, account.signup_ip)))
    if account.local and account.email_domain:
        domain = account.email_domain.lower()
        found.add((TraitKind.EMAIL_DOMAIN, digest(TraitKind.EMAIL_DOMAIN, domain)))
    acct = _acct(account, run.connection)
    sealed = sealing.seal(run.case_id, f"linking.{account.id}.acct", acct)
    with transaction.atomic():
        mine = AccountTrait.objects.filter(
            case_id=run.case_id, connection=run.connection, account_id=account.id
        )
        mine.delete()
        AccountTrait.objects.bulk_create(
            AccountTrait(
                case_id=run.case_id,
                connection=run.connection,
                account_id=account.id,
                acct_sealed=sealed,
                kind=kind.value,
                digest=value,
            )
            for kind, value in sorted(found)
        )
    return len(found)


def _acct(account: RemoteAccount, connection: Connection) -> str:
    acct = (
        account.acct if "@" in account.acct.lstrip("@") else f"{account.acct}@{connection.domain}"
    )
    try:
        return normalise_acct(acct)
    except InvalidInput:
        return account.acct[:100]


# --- finding --------------------------------------------------------------------

Key = tuple[str, str]  # (connection id, account id on the server)


@dataclass
class _Found:
    acct: str
    reasons: set[str]


def refresh_after_capture(case_id: str) -> None:
    """The case's links, and those of the cases it now links to (links go both ways)."""
    for other in [case_id, *sorted(_linked_cases(case_id))]:
        find_for(other)


def _linked_cases(case_id: str) -> set[str]:
    mine = AccountTrait.objects.filter(case_id=case_id).values_list("kind", "digest")
    wanted = Q()
    for kind, value in mine:
        if kind != TraitKind.AVATAR:
            wanted |= Q(kind=kind, digest=value)
    if not wanted:
        return set()
    return set(
        AccountTrait.objects.filter(wanted)
        .exclude(case_id=case_id)
        .values_list("case_id", flat=True)
    )


def find_for(case_id: str) -> int:
    """Work the case's linked accounts out again; returns how many there are."""
    case = Case.objects.get(pk=case_id)
    mine = list(AccountTrait.objects.filter(case=case))
    own: set[Key] = {(t.connection_id, t.account_id) for t in mine}
    found: dict[Key, _Found] = {}
    _from_other_cases(case, mine, own, found)
    for connection in Connection.objects.filter(pk__in={c for c, _a in own}, active=True):
        try:
            _from_local_accounts(connection, [a for c, a in own if c == connection.pk], own, found)
        except ServerError as exc:  # the links from other cases still stand
            logger.info(
                "linked: local accounts not read connection=%s (%s)",
                connection.pk,
                type(exc).__name__,
            )
    return _store(case, _without_victims_and_reporters(case, found))


def _without_victims_and_reporters(case: Case, found: dict[Key, _Found]) -> dict[Key, _Found]:
    """Never offer to suspend someone named as a victim, reporter or witness.

    A shared IP address or mail provider can be a household or a school: whoever
    reported, on this case or on the cases it links to, is left out.
    """
    parties = (
        CaseParty.objects.filter(case_id__in={case.pk, *_linked_cases(case.pk)})
        .exclude(role=PartyRole.PERPETRATOR)
        .select_related("subject")
    )
    protected = set()
    for party in parties:
        try:
            protected.add(actions.read_party_account(party))
        except CryptoError:
            continue
    return {key: link for key, link in found.items() if link.acct not in protected}


def _add(found: dict[Key, _Found], key: Key, acct: str, reason: str) -> None:
    found.setdefault(key, _Found(acct, set())).reasons.add(reason)


def _from_other_cases(
    case: Case, mine: list[AccountTrait], own: set[Key], found: dict[Key, _Found]
) -> None:
    exact = [(t.kind, t.digest) for t in mine if t.kind != TraitKind.AVATAR]
    avatars = [t.digest for t in mine if t.kind == TraitKind.AVATAR]
    wanted = Q()
    for kind, value in exact:
        wanted |= Q(kind=kind, digest=value)
    if avatars:
        wanted |= Q(kind=TraitKind.AVATAR)
    if not wanted:
        return
    others = [
        t
        for t in AccountTrait.objects.filter(wanted).exclude(case=case)
        if (t.connection_id, t.account_id) not in own
    ]
    matched = [t for t in others if t.kind != TraitKind.AVATAR or _near(t.digest, avatars)]
    spread = Counter(
        (t.kind, t.digest) for t in {(t.kind, t.digest, t.account_id): t for t in matched}.values()
    )
    for trait in matched:
        if spread[(trait.kind, trait.digest)] > MAX_SHARED:
            continue
        try:
            acct = sealing.unseal(
                trait.case_id, f"linking.{trait.account_id}.acct", trait.acct_sealed
            )
        except CryptoError:
            continue  # that case was erased meanwhile
        _add(found, (trait.connection_id, trait.account_id), acct, _BY_TRAIT[TraitKind(trait.kind)])


def _near(pdq: str, avatars: list[str]) -> bool:
    return any(
        linked_traits.pdq_distance(pdq, mine) <= linked_traits.PDQ_CONFIDENT_MATCH_THRESHOLD
        for mine in avatars
    )


def _from_local_accounts(
    connection: Connection, targets: list[str], own: set[Key], found: dict[Key, _Found]
) -> None:
    if not module_for(connection.software).can(Capability.SIGNUP_DETAILS):
        return
    client = module_for(connection.software).client(
        connection.base_url, credentials.token_of(connection)
    )
    try:
        if not isinstance(client, ListsLocalAccounts):
            return
        local = [a for a in client.local_accounts(limit=LOCAL_ACCOUNTS) if a.local]
        reported = [a for a in local if a.id in targets]
        reported += [client.account(t) for t in targets if t not in {a.id for a in reported}]
    finally:
        client.close()
    domains = Counter(a.email_domain.lower() for a in local if a.email_domain)
    ips = Counter(a.signup_ip for a in local if a.signup_ip)
    for target in (a for a in reported if a.local):
        others = [a for a in local if (connection.pk, a.id) not in own]
        if ips[target.signup_ip] <= MAX_SHARED:  # not a shared exit (a school, a VPN)
            for other in _same_signup(target, others, TraitKind.SIGNUP_IP, lambda a: a.signup_ip):
                _add(
                    found,
                    (connection.pk, other.id),
                    _acct(other, connection),
                    LinkReason.SAME_SIGNUP_IP,
                )
        if domains[target.email_domain.lower()] <= MAX_SHARED:
            for other in _same_signup(
                target, others, TraitKind.EMAIL_DOMAIN, lambda a: a.email_domain.lower()
            ):
                _add(
                    found,
                    (connection.pk, other.id),
                    _acct(other, connection),
                    LinkReason.SAME_EMAIL_DOMAIN,
                )
        for other in _burst(target, others):
            _add(
                found,
                (connection.pk, other.id),
                _acct(other, connection),
                LinkReason.CREATED_IN_BURST,
            )


def _same_signup(
    target: RemoteAccount,
    others: list[RemoteAccount],
    kind: TraitKind,
    value: Callable[[RemoteAccount], str],
) -> list[RemoteAccount]:
    """Compared as keyed hashes: the values themselves are never kept."""
    if not value(target):
        return []
    wanted = digest(kind, value(target))
    return [a for a in others if value(a) and digest(kind, value(a)) == wanted]


def _burst(target: RemoteAccount, others: list[RemoteAccount]) -> list[RemoteAccount]:
    """Accounts created close to the target, when that many is unusual for this server.

    A burst is ``BURST_MIN`` accounts (the target included) within
    ``BURST_WINDOW`` of it, and at least ``BURST_FACTOR`` times as many as the
    server's own sign-up rate (over the accounts read) would put there.
    """
    if target.created_at is None:
        return []
    mine = target.created_at
    born = [(a, a.created_at) for a in others if a.created_at is not None]
    near = [a for a, when in born if abs(when - mine) <= BURST_WINDOW]
    if len(near) + 1 < BURST_MIN:
        return []
    times = [when for _a, when in born] + [mine]
    span = (max(times) - min(times)).total_seconds()
    expected = (len(times) * 2 * BURST_WINDOW.total_seconds() / span) if span else float(len(times))
    return near if len(near) >= BURST_FACTOR * expected else []


def _store(case: Case, found: dict[Key, _Found]) -> int:
    with changing(case, acting_user=None) as change:
        rows = LinkedAccount.objects.filter(case=case)
        before = {(r.connection_id, r.account_id): r for r in rows}
        rows.exclude(pk__in=[r.pk for k, r in before.items() if k in found]).delete()
        changed = set(before) != set(found)
        for (connection_id, account_id), link in found.items():
            reasons = sorted(link.reasons)
            row = before.get((connection_id, account_id))
            if row is None:
                LinkedAccount.objects.create(
                    case=case,
                    connection_id=connection_id,
                    account_id=account_id,
                    acct_sealed=sealing.seal(case.pk, f"linked.{account_id}.acct", link.acct),
                    reasons=reasons,
                )
            elif row.reasons != reasons:
                changed = True
                row.reasons = reasons
                row.save(update_fields=["reasons", "found_at"])
        if changed:
            new = len(set(found) - set(before))
            change.record(LINKED_FOUND, LinkedFound(len(found), new))
    return len(found)


# --- reading and acting ----------------------------------------------------------


@dataclass(frozen=True)
class Linked:
    row_id: int
    connection: Connection
    account_id: str
    acct: str
    reasons: tuple[str, ...]  # sentences for the page


def read_linked(case: Case) -> list[Linked]:
    """The case's linked accounts; the case was fetched through ``haven.cases.access``."""
    rows = LinkedAccount.objects.filter(case=case).select_related("connection")
    return [
        Linked(
            row.pk,
            row.connection,
            row.account_id,
            sealing.unseal(case.pk, f"linked.{row.account_id}.acct", row.acct_sealed),
            tuple(str(REASON_LABELS[r]) for r in row.reasons if r in REASON_LABELS),
        )
        for row in rows
    ]


_ALREADY = (ActionState.WAITING, ActionState.QUEUED, ActionState.DONE)


def suspend_all(
    case: Case,
    connection: Connection,
    *,
    acting_user: User,
    reason: str,
    confirmed_wishes: bool,
) -> list[EnforcementAction]:
    """One confirmed step: a suspension through the outbox per linked account on ``connection``."""
    access.get_case_for(acting_user, case.pk)
    capture.require_finished(case)
    asked = set(
        EnforcementAction.objects.filter(
            case=case, connection=connection, kind=ActionKind.SUSPEND, state__in=_ALREADY
        ).values_list("account_id", flat=True)
    )
    targets = [
        row.account_id
        for row in LinkedAccount.objects.filter(case=case, connection=connection)
        if row.account_id not in asked
    ]
    if not targets:
        raise InvalidInput(
            "There is no linked account left to suspend on this server.", code="no_target"
        )
    with transaction.atomic():
        return [
            outbox.request_action(
                case,
                connection,
                ActionKind.SUSPEND,
                acting_user=acting_user,
                reason=reason,
                confirmed_wishes=confirmed_wishes,
                account_id=account_id,
            )
            for account_id in targets
        ]


def linked_by_connection(case: Case) -> dict[Connection, list[Linked]]:
    grouped: dict[Connection, list[Linked]] = defaultdict(list)
    for link in read_linked(case):
        grouped[link.connection].append(link)
    return dict(grouped)
