"""Case records. Sensitive text is stored sealed (see haven.cases.sealing), never in clear."""

from __future__ import annotations

import secrets
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_case_id() -> str:
    # 128 random bits, URL-safe: nothing to count or guess in an address. Never
    # starting with "-", so that a command line does not read the id as an option.
    while (case_id := secrets.token_urlsafe(16)).startswith("-"):
        continue
    return case_id


class CaseKind(models.TextChoices):
    SEXTORTION = "sextortion", _("Sextortion")
    NCII = "ncii", _("Non-consensual intimate imagery")
    CSEA = "csea", _("Child sexual exploitation or abuse")


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("In progress")
    WAITING = "waiting", _("Waiting for the victim")
    CLOSED = "closed", _("Closed")


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    CRITICAL = 4, _("Critical")


class CloseReason(models.TextChoices):
    RESPONDED = "responded", _("The victim was answered and the case is done")
    UNREACHABLE = "unreachable", _("The victim cannot be reached")
    DUPLICATE = "duplicate", _("A duplicate of another case")
    WITHDRAWN = "withdrawn", _("The victim asked us to stop")
    MISDIRECTED = "misdirected", _("Not a case for the safety team")
    OTHER = "other", _("Another reason (explained in the note)")


class PartyRole(models.TextChoices):
    VICTIM = "victim", _("Victim")
    PERPETRATOR = "perpetrator", _("Perpetrator")
    REPORTER = "reporter", _("Reporter")
    WITNESS = "witness", _("Witness")


class Case(models.Model):
    id = models.CharField(primary_key=True, max_length=32, default=new_case_id, editable=False)
    kind = models.CharField(max_length=16, choices=CaseKind.choices, default=CaseKind.SEXTORTION)
    status = models.CharField(max_length=16, choices=CaseStatus.choices, default=CaseStatus.NEW)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    close_reason = models.CharField(max_length=16, choices=CloseReason.choices, blank=True)
    first_response_due = models.DateTimeField(null=True, blank=True)
    first_responded_at = models.DateTimeField(null=True, blank=True)
    # Critical and urgent because a scan suggests self-harm or a minor, until a
    # moderator answers those questions (haven.cases.scan_urgency).
    urgent_from_scan = models.BooleanField(default=False)
    # Restricted: only the case's own team sees it, safety leads included.
    restricted = models.BooleanField(default=False)
    erased_at = models.DateTimeField(null=True, blank=True)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    members: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="CaseMember", related_name="cases"
    )
    # The head of the timeline, updated with every event: deleting the newest
    # event then shows as a gap too.
    timeline_length = models.PositiveIntegerField(default=0)
    timeline_head = models.CharField(max_length=64, default="")

    class Meta:
        indexes = [
            models.Index(fields=["status", "-priority", "created_at"]),
            models.Index(fields=["first_response_due"]),
        ]

    def __str__(self) -> str:
        return f"Case {self.id}"


class CaseMember(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_memberships"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="one_membership")]

    def __str__(self) -> str:
        return f"member {self.user_id} of case {self.case_id}"


class Subject(models.Model):
    """A fediverse account, shared across cases so a repeat perpetrator shows up.

    ``lookup`` is a keyed hash of the normalised handle; the handle, server and
    remote id are sealed under the directory key.
    """

    lookup = models.CharField(max_length=64, unique=True)
    sealed = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"subject {self.pk}"


class CaseParty(models.Model):
    """A subject, or an unnamed person described by a sealed label, in a role on a case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="parties")
    role = models.CharField(max_length=16, choices=PartyRole.choices)
    subject = models.ForeignKey(
        Subject, null=True, blank=True, on_delete=models.PROTECT, related_name="parties"
    )
    label_sealed = models.BinaryField(null=True, blank=True)
    # A victim's, reporter's or witness's account: sealed under the case key only.
    account_sealed = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(subject__isnull=False)
                | models.Q(label_sealed__isnull=False)
                | models.Q(account_sealed__isnull=False),
                name="party_is_identified",
            )
        ]

    def __str__(self) -> str:
        return f"{self.role} {self.pk} on case {self.case_id}"


class NoteKind(models.TextChoices):
    NOTE = "note", _("Internal note")
    DISCLOSURE = "disclosure", _("Disclosure")
    RESPONSE = "response", _("Response to the victim")
    CLOSING = "closing", _("Why the case was closed")
    STEP = "step", _("Note on a step")
    CONSENT = "consent", _("Note on consent")
    # What arrived from outside: a report's comment, and each post or message it points at.
    REPORT = "report", _("Report")
    REPORTED_POST = "reported_post", _("Reported post or message")


class CaseNote(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(max_length=16, choices=NoteKind.choices, default=NoteKind.NOTE)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    body_sealed = models.BinaryField()
    # The timeline event this note explains, when it is not a free-standing note.
    event = models.ForeignKey(
        "CaseEvent", null=True, blank=True, on_delete=models.PROTECT, related_name="notes"
    )

    def __str__(self) -> str:
        return f"{self.kind} {self.pk} on case {self.case_id}"


class AppendOnlyQuerySet(models.QuerySet[Any]):
    """For the hash-chained records (timeline events, audit records): insert, never change."""

    def update(self, **kwargs: Any) -> NoReturn:
        raise TypeError("Timeline events are append-only.")

    def delete(self) -> NoReturn:
        raise TypeError("Timeline events are append-only.")

    def bulk_update(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("Timeline events are append-only.")

    def bulk_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("Timeline events are written one by one by append_event.")

    def update_or_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("Timeline events are append-only.")

    def erase(self) -> int:
        """The one way records go: with the case they belong to (``haven.cases.erasure``)."""
        return self._raw_delete(self.db)


def append_only_save(self: models.Model, *args: Any, **kwargs: Any) -> None:
    """``save`` for hash-chained records: insert once, never update."""
    if not self._state.adding:
        raise TypeError("Hash-chained records are append-only.")
    kwargs["force_insert"] = True
    models.Model.save(self, *args, **kwargs)


def append_only_delete(self: models.Model, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError("Hash-chained records are append-only.")


class CaseEvent(models.Model):
    """One entry of a case's timeline, chained to the one before by SHA-256.

    Written only by ``haven.cases.timeline.append_event``.
    """

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    seq = models.PositiveIntegerField()
    type = models.CharField(max_length=64)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    payload = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["case", "seq"]
        # Django's internal paths (cascades, related updates) use the base manager:
        # make it the append-only one too.
        base_manager_name = "objects"
        constraints = [models.UniqueConstraint(fields=["case", "seq"], name="one_event_per_seq")]

    def __str__(self) -> str:
        return f"event {self.seq} of case {self.case_id}"

    save = append_only_save
    delete = append_only_delete
