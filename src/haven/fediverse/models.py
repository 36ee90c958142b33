"""Connections to the moderators' own servers. The token and webhook secret are sealed."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models

from haven.fediverse.servers import Software


def new_connection_id() -> str:
    while (value := secrets.token_urlsafe(12)).startswith("-"):
        continue
    return value


class Connection(models.Model):
    """One fediverse server Haven works with, and the admin token it works with.

    The token and the webhook secret are sealed with ``haven.fediverse.credentials``
    (the ``fediverse-connections`` key, bound to this row's id): a database dump
    holds neither. The webhook URL carries the random id, never the server's name.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_connection_id)
    base_url = models.URLField(max_length=300, unique=True)
    software = models.CharField(max_length=20, choices=Software.choices)
    version = models.CharField(max_length=100, blank=True)
    domain = models.CharField(max_length=253, blank=True)
    sealed_token = models.BinaryField()
    sealed_webhook_secret = models.BinaryField(blank=True, default=b"")
    # Every action shows its exact requests and sends none.
    dry_run = models.BooleanField(default=False)
    # Off for sextortion; a lead may turn it on, and each forward passes the leak guard.
    forwarding_allowed = models.BooleanField(default=False)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    # What the last verification found missing, in plain sentences (no secrets).
    missing = models.JSONField(default=list, blank=True)
    scopes = models.JSONField(default=list, blank=True)
    role = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["base_url"]

    def __str__(self) -> str:
        return f"{self.software} connection {self.pk}"
