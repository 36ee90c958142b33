from __future__ import annotations

from django.db import models

from haven.cases.models.case import Case


class ReceivedServerReport(models.Model):
    """A report from a fediverse server that reached a case: the same one is never filed twice.

    ``digest`` is a keyed hash of the connection and the server's report id, so
    the table names no server's report; it stays after the case is erased (with
    ``case`` cleared), so a late repeat of the delivery does not open a new case.
    """

    digest = models.CharField(max_length=64, unique=True)
    case = models.ForeignKey(
        Case, null=True, on_delete=models.SET_NULL, related_name="server_reports"
    )
    received_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"server report on case {self.case_id}"
