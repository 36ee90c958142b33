from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from haven.accounts.models import User
from haven.cases import actions
from haven.cases.models import Case, Priority
from haven.notify import targets
from haven.notify.models import Preference
from haven.testing.personas import Personas
from tests.notify.receivers import HookReceiver, SmtpServer

# Distinctive strings put into the case: none may appear in anything sent.
MARKERS = (
    "ZQXMARKER-disclosure-9f4e",
    "zqxvictim",
    "victim-zqx.example",
    "ZQXMARKER-perp-label",
    "zqxperp",
)
DISCLOSURE = (
    f"synthetic: {MARKERS[0]} someone threatens to post my pictures unless I pay in bitcoin"
)


@pytest.fixture
def smtp(settings) -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        settings.HAVEN_SMTP_HOST = "127.0.0.1"
        settings.HAVEN_SMTP_PORT = server.port
        settings.HAVEN_SMTP_SECURITY = "none"
        settings.HAVEN_NOTIFY_FROM = "Haven <haven@haven.test>"
        yield server


@pytest.fixture
def receiver() -> Iterator[HookReceiver]:
    with HookReceiver() as server:
        yield server


@pytest.fixture
def team_emails(personas: Personas) -> Personas:
    for user in (personas.lead, personas.moderator, personas.outsider):
        user.email = f"{user.username}@haven.test"
        user.save(update_fields=["email"])
    return personas


def marked_case(personas: Personas, priority: int = Priority.NORMAL) -> Case:
    """A case holding every marker: in its disclosure, the victim's and perpetrator's handles."""
    case = actions.open_case(
        acting_user=personas.lead,
        members=[personas.moderator],
        disclosure=DISCLOSURE,
        priority=priority,
    )
    actions.add_party(case, "victim", acting_user=personas.lead, acct=f"@{MARKERS[1]}@{MARKERS[2]}")
    actions.add_party(
        case, "perpetrator", acting_user=personas.lead, acct=f"@{MARKERS[4]}@elsewhere.example"
    )
    actions.add_party(case, "witness", acting_user=personas.lead, label=MARKERS[3])
    return case


def assert_no_case_content(text: str, case: Case) -> None:
    for marker in MARKERS:
        assert marker.lower() not in text.lower(), f"{marker!r} was sent"
    assert "sextortion" not in text.lower()
    assert "bitcoin" not in text.lower()


def set_prefs(user: User, **values: object) -> Preference:
    pref, _ = Preference.objects.get_or_create(user=user)
    ntfy = values.pop("ntfy", None)
    hook = values.pop("webhook", None)
    for name, value in values.items():
        setattr(pref, name, value)
    if isinstance(ntfy, str):
        targets.set_ntfy(pref, targets.Target(ntfy))
    if isinstance(hook, str):
        targets.set_webhook(pref, targets.Target(hook))
    pref.save()
    return pref


@pytest.fixture
def opened(django_capture_on_commit_callbacks) -> Callable[..., Case]:
    """Open the marked case with its after-commit work run (so the notification is recorded)."""

    def open_it(personas: Personas, priority: int = Priority.NORMAL) -> Case:
        with django_capture_on_commit_callbacks(execute=True):
            return marked_case(personas, priority)

    return open_it
