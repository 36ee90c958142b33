"""Who is told: the case's team (or the leads while it has none), by their own choices."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from django.utils import timezone

from haven.accounts.models import Role
from haven.cases import actions
from haven.cases.models import Priority
from haven.notify import dispatch
from haven.notify.models import Channel, Delivery, DeliveryState, Notification
from haven.testing.personas import make_user
from tests.notify.conftest import set_prefs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _desk_with_a_mail_server(settings) -> None:
    # E-mail is a channel only where the desk has a mail server; nothing is sent here.
    settings.HAVEN_SMTP_HOST = "smtp.haven.test"


def _fan_out(case) -> list[int]:
    return dispatch.fan_out(Notification.objects.get(case=case).pk)


def _told(case) -> set[str]:
    return set(
        Delivery.objects.filter(notification__case=case).values_list("user__username", flat=True)
    )


def test_only_the_team_is_told_never_an_outsider(personas, opened):
    case = opened(personas)
    _fan_out(case)
    assert _told(case) == {"lead", "mod-on-case"}
    assert not Delivery.objects.filter(user=personas.outsider).exists()


def test_a_case_with_no_team_goes_to_the_safety_leads(personas, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), actions.opening_case(acting_user=None):
        pass
    [notification] = Notification.objects.all()
    dispatch.fan_out(notification.pk)
    assert set(
        Delivery.objects.filter(notification=notification).values_list("user__username", flat=True)
    ) == {"lead"}


def test_leads_who_may_not_open_a_restricted_case_are_not_told(personas, opened):
    make_user("second-lead", Role.LEAD)
    case = opened(personas)
    actions.set_restricted(case, True, acting_user=personas.lead)
    for member in (personas.lead, personas.moderator):
        actions.remove_member(case, member, acting_user=personas.lead)
    _fan_out(case)  # no team left, and no lead may open it
    assert _told(case) == set()


def test_a_member_who_opted_out_of_an_event_is_not_told(personas, opened):
    set_prefs(personas.moderator, on_case_opened=False)
    case = opened(personas)
    _fan_out(case)
    assert _told(case) == {"lead"}


def test_channels_are_each_members_choice(personas, opened):
    set_prefs(personas.moderator, by_email=False, by_ntfy=True, ntfy="https://ntfy.example/t")
    set_prefs(personas.lead, by_email=False)
    case = opened(personas)
    _fan_out(case)
    rows = list(Delivery.objects.values_list("user__username", "channel"))
    assert rows == [("mod-on-case", Channel.NTFY)]


def test_quiet_hours_hold_a_normal_case_but_not_a_critical_one(personas, opened):
    now = timezone.now()
    start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    end = (now + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    set_prefs(personas.moderator, quiet_start=start, quiet_end=end, timezone="UTC")

    normal = opened(personas, Priority.NORMAL)
    ready = _fan_out(normal)
    held = Delivery.objects.get(notification__case=normal, user=personas.moderator)
    assert held.state == DeliveryState.HELD and held.pk not in ready
    assert held.held_until is not None and held.held_until > now

    critical = opened(personas, Priority.CRITICAL)
    ready = _fan_out(critical)
    sent_now = Delivery.objects.get(notification__case=critical, user=personas.moderator)
    assert sent_now.state == DeliveryState.PENDING and sent_now.pk in ready


def test_held_deliveries_go_when_quiet_hours_end(personas, opened):
    case = opened(personas)
    _fan_out(case)
    row = Delivery.objects.get(notification__case=case, user=personas.moderator)
    row.state, row.held_until = DeliveryState.HELD, timezone.now() + timedelta(minutes=5)
    row.save()
    queued: list[int] = []
    assert dispatch.release_held(queued.append) == []
    Delivery.objects.filter(pk=row.pk).update(held_until=timezone.now() - timedelta(seconds=1))
    assert dispatch.release_held(queued.append) == [row.pk] == queued
    assert Delivery.objects.get(pk=row.pk).state == DeliveryState.PENDING


def test_someone_removed_from_the_team_while_held_is_not_told(personas, opened):
    set_prefs(personas.moderator, quiet_start=time(0, 0), quiet_end=time(23, 59))
    case = opened(personas)
    _fan_out(case)
    row = Delivery.objects.get(notification__case=case, user=personas.moderator)
    actions.remove_member(case, personas.moderator, acting_user=personas.lead)
    Delivery.objects.filter(pk=row.pk).update(state=DeliveryState.PENDING)
    assert dispatch.deliver(row.pk) == DeliveryState.CANCELLED


def test_fanning_out_twice_makes_no_second_delivery(personas, opened):
    case = opened(personas)
    first = _fan_out(case)
    second = _fan_out(case)
    assert first == second and Delivery.objects.count() == 2


def test_an_erased_case_takes_its_notifications_with_it(personas, opened):
    from haven.cases import erasure

    case = opened(personas)
    notification_id = Notification.objects.get(case=case).pk
    [first, *_] = _fan_out(case)
    erasure.erase_case(case, acting_user=personas.lead)
    assert not Notification.objects.exists() and not Delivery.objects.exists()
    assert dispatch.fan_out(notification_id) == []
    assert dispatch.deliver(first) == DeliveryState.CANCELLED


def test_a_case_handed_to_the_leads_by_the_minors_protocol_reaches_the_leads(personas):
    from haven.accounts.models import User
    from haven.cases import assessing
    from haven.cases.models import CaseMember
    from haven.notify.recipients import team_of

    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    CaseMember.objects.filter(case=case).exclude(user=personas.moderator).delete()
    assert team_of(case) == [personas.moderator]
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"minor_involved": "yes"}
    )
    case.refresh_from_db()
    leads = list(User.objects.filter(role=Role.LEAD, is_active=True).order_by("pk"))
    assert team_of(case) == leads and leads
