"""What a notification says: its kind, the case's priority and a link. Nothing else, ever.

Built from a Notification row alone (an event kind, a priority and a case id),
so no text of the case, no handle and no name can find its way into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from haven.cases.models import Priority
from haven.notify.models import Event, Notification

_TITLES = {
    Event.CASE_OPENED: "New case",
    Event.CASE_URGENT: "A case turned urgent",
    Event.ACTION_FAILED: "An action on the server failed",
    Event.VICTIM_ANSWERED: "The victim wrote to the team",
    Event.TEST: "Test message",
}
# ntfy's priorities run from 1 (min) to 5 (max, "urgent").
_NTFY_PRIORITY = {
    Priority.LOW: 2,
    Priority.NORMAL: 3,
    Priority.HIGH: 4,
    Priority.CRITICAL: 5,
}


@dataclass(frozen=True)
class Message:
    event: Event
    priority: Priority
    link: str

    @property
    def title(self) -> str:
        return f"Haven: {_TITLES[self.event]} ({self.priority_name})"

    @property
    def priority_name(self) -> str:
        return Priority(self.priority).name.lower()

    @property
    def ntfy_priority(self) -> int:
        return _NTFY_PRIORITY[self.priority]

    @property
    def body(self) -> str:
        return f"{_TITLES[self.event]}. Priority: {self.priority_name}.\n{self.link}"

    def as_json(self) -> dict[str, str]:
        # "text" is what Slack, Mattermost and Rocket.Chat incoming webhooks show.
        return {
            "event": self.event.value,
            "priority": self.priority_name,
            "url": self.link,
            "text": f"{self.title}: {self.link}",
        }


def message_for(notification: Notification) -> Message:
    if notification.case_id:
        path = reverse("web:case", args=[notification.case_id])
    else:
        path = reverse("web:home")
    return Message(
        Event(notification.event),
        Priority(notification.priority),
        f"{settings.HAVEN_PUBLIC_URL}{path}",
    )
