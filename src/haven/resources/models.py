from __future__ import annotations

from django.conf import settings
from django.db import models


class LocalOrganisation(models.Model):
    """A safety lead's own entry: a local organisation, or their edit of a reviewed one.

    ``entry`` has the data file's shape and passes the same checks
    (``haven.resources.directory.parse_organisation``); an entry whose id is a
    reviewed one replaces it on this desk.
    """

    org_id = models.CharField(max_length=32, unique=True)
    entry = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"local organisation {self.org_id}"
