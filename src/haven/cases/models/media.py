from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models

from haven.cases.models.case import Case, CaseKind
from haven.core.errors import Conflict


def new_media_id() -> str:
    return secrets.token_urlsafe(12)


class CaseMediaQuerySet(models.QuerySet["CaseMedia"]):
    """Bulk paths skip ``save``: they may only forget files, never keep one."""

    def update(self, **kwargs: Any) -> int:
        if kwargs.get("blob_name"):
            raise TypeError("Images are kept only through haven.cases.media.attach_image.")
        return super().update(**kwargs)

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        objs = list(objs)
        if any(obj.blob_name for obj in objs):
            raise TypeError("Images are kept only through haven.cases.media.attach_image.")
        return super().bulk_create(objs, *args, **kwargs)


class CaseMedia(models.Model):
    """An image on a case: always its hashes; the encrypted file only where it may be kept.

    A case that may involve a minor (kind csea) never keeps an image, only hashes:
    ``save`` refuses, whatever code path calls it.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_media_id, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="media")
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    content_type = models.CharField(max_length=32)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # The random name of the sealed file in the media store; empty once discarded.
    blob_name = models.CharField(max_length=64, blank=True)
    kept_under = models.CharField(max_length=32, blank=True)  # a ConsentScope
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    discarded_at = models.DateTimeField(null=True, blank=True)

    objects = CaseMediaQuerySet.as_manager()

    class Meta:
        ordering = ["case", "added_at"]

    def __str__(self) -> str:
        return f"media {self.pk} of case {self.case_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.blob_name:
            kind = Case.objects.filter(pk=self.case_id).values_list("kind", flat=True).first()
            if kind == CaseKind.CSEA:
                raise Conflict(
                    "No image is kept on a case that may involve a minor; only its hashes.",
                    code="csea_no_images",
                )
        super().save(*args, **kwargs)

    @property
    def kept(self) -> bool:
        return bool(self.blob_name)
