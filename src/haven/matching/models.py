from __future__ import annotations

from django.db import models

from haven.cases.models import Case


class BankedHash(models.Model):
    """One of the victim's pictures or video frames, as hashes only: never the picture."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="banked_hashes")
    pdq = models.CharField(max_length=64)
    quality = models.PositiveSmallIntegerField()
    md5 = models.CharField(max_length=32, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["sha256"]), models.Index(fields=["md5"])]

    def __str__(self) -> str:
        return f"banked hash {self.pk}"  # never the hash: it stands for the victim's picture
