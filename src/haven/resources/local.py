"""A desk's own directory entries: a safety lead adds a local organisation or edits one.

Each change is on the audit stream, in the transaction that stores it. What a
desk sees is the reviewed file with its local entries laid over it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import audit
from haven.core.errors import InvalidInput, NotFound
from haven.core.events import Id, Names, Stream, declare
from haven.resources import directory
from haven.resources.directory import CheckStatus, InvalidDirectory, Organisation
from haven.resources.models import LocalOrganisation


@dataclass(frozen=True)
class OrganisationSaved:
    organisation: Id
    added: bool  # a new entry (not an edit of one the desk already had)
    reviewed: bool  # the id is one of the reviewed file's


def _details(p: OrganisationSaved, names: Names) -> list[str]:
    what = _("added") if p.added else _("edited")
    where = _("reviewed entry") if p.reviewed else _("local entry")
    return [p.organisation, f"{what}, {where}"]


SAVED = declare(
    "directory.organisation_saved",
    OrganisationSaved,
    gettext_lazy("Support directory entry saved"),
    _details,
    stream=Stream.AUDIT,
)


def organisations() -> tuple[Organisation, ...]:
    """The desk's directory: reviewed entries, each replaced by its local edit if any."""
    local = {
        row.org_id: directory.parse_organisation(row.entry, local=True)
        for row in LocalOrganisation.objects.all()
    }
    merged = [local.pop(org.id, org) for org in directory.reviewed()]
    return (*merged, *sorted(local.values(), key=lambda org: org.name))


def find(org_id: str) -> Organisation:
    for org in organisations():
        if org.id == org_id:
            return org
    raise NotFound()


def as_entry(org: Organisation) -> dict[str, Any]:
    """The data file's shape of one organisation (what a form starts from)."""
    return {
        "id": org.id,
        "name": org.name,
        "url": org.url,
        "countries": list(org.countries),
        "serves": sorted(org.serves),
        "services": sorted(org.services),
        "languages": list(org.languages),
        "phone": org.phone,
        "text": org.text,
        "hours": org.hours,
        "address": org.address,
        "notes": org.notes,
        "checks": {
            name: {
                "source": check.source,
                "checked": check.checked.strftime("%Y-%m" if check.month_only else "%Y-%m-%d"),
                "status": str(check.status),
            }
            for name, check in org.checks.items()
        },
    }


def save(entry: dict[str, Any], *, acting_user: User) -> Organisation:
    """Store a lead's entry after the data file's own checks; one audit record."""
    if not acting_user.is_lead:
        raise NotFound()
    try:
        org = directory.parse_organisation(entry, local=True)
    except InvalidDirectory as error:
        raise InvalidInput(str(error)) from None
    reviewed_ids = {o.id for o in directory.reviewed()}
    with transaction.atomic():
        row, created = LocalOrganisation.objects.select_for_update().get_or_create(
            org_id=org.id, defaults={"entry": entry, "updated_by": acting_user}
        )
        if not created:
            row.entry, row.updated_by = entry, acting_user
            row.save(update_fields=["entry", "updated_by", "updated_at"])
        listed = org.id in reviewed_ids
        payload = OrganisationSaved(Id(org.id), added=created and not listed, reviewed=listed)
        audit.record(SAVED, actor=acting_user, payload=payload)
    return org


def checked_today(source: str, today: datetime.date) -> dict[str, str]:
    """The check a lead's form records: the page they read, today."""
    return {"source": source, "checked": today.isoformat(), "status": str(CheckStatus.CHECKED)}
