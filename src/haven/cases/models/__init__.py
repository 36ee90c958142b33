"""Case records. Sensitive text is stored sealed (see haven.cases.sealing), never in clear."""

from haven.cases.models.answers import Answer
from haven.cases.models.assessment import Assessment
from haven.cases.models.audit import AuditHead, AuditRecord
from haven.cases.models.case import (
    Case,
    CaseEvent,
    CaseKind,
    CaseMember,
    CaseNote,
    CaseParty,
    CaseStatus,
    CloseReason,
    NoteKind,
    PartyRole,
    Priority,
    Subject,
    new_case_id,
)
from haven.cases.models.consent import ConsentMethod, ConsentRecord, ConsentScope
from haven.cases.models.scan import TextScan, VerdictMark
from haven.cases.models.server_report import ReceivedServerReport
from haven.cases.models.steps import CaseStep, StepKey, StepState
from haven.cases.models.wishes import CaseWishes

__all__ = [
    "Answer",
    "Assessment",
    "AuditHead",
    "AuditRecord",
    "Case",
    "CaseEvent",
    "CaseKind",
    "CaseMember",
    "CaseNote",
    "CaseParty",
    "CaseStatus",
    "CaseStep",
    "CaseWishes",
    "CloseReason",
    "ConsentMethod",
    "ConsentRecord",
    "ConsentScope",
    "NoteKind",
    "PartyRole",
    "Priority",
    "ReceivedServerReport",
    "StepKey",
    "StepState",
    "Subject",
    "TextScan",
    "VerdictMark",
    "new_case_id",
]
