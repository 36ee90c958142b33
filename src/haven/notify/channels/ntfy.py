"""ntfy: a plain POST to the topic's address, with Title, Priority and Click headers."""

from __future__ import annotations

from haven.notify.channels import http
from haven.notify.message import Message
from haven.notify.targets import Target


def send(target: Target, message: Message) -> None:
    headers = {
        "Title": message.title,
        "Priority": str(message.ntfy_priority),
        "Click": message.link,
        "Tags": "rotating_light" if message.ntfy_priority >= 5 else "bell",
        "Content-Type": "text/plain; charset=utf-8",
    }
    if target.token:
        headers["Authorization"] = f"Bearer {target.token}"
    http.post(target.url, headers=headers, content=message.body.encode())
