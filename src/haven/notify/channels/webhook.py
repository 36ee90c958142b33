"""A generic JSON webhook: ``{"event", "priority", "url", "text"}`` POSTed to the address."""

from __future__ import annotations

from haven.notify.channels import http
from haven.notify.message import Message
from haven.notify.targets import Target


def send(target: Target, message: Message) -> None:
    http.post(target.url, headers={"User-Agent": "Haven"}, json=message.as_json())
