"""Team management in the browser: leads add, reset, deactivate and re-role; all audited."""

from __future__ import annotations

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import administration
from haven.accounts.models import RecoveryCode, Role, User
from haven.cases.models import AuditRecord
from haven.core.errors import Conflict, NotFound
from haven.testing.personas import make_user


def _post_urls(user_id: int) -> list[str]:
    return [
        "/team/add/",
        f"/team/{user_id}/reset/",
        f"/team/{user_id}/deactivate/",
        f"/team/{user_id}/reactivate/",
        f"/team/{user_id}/role/",
    ]


def test_non_leads_get_not_found_for_every_team_page(personas, login):
    client = login(personas.moderator)
    assert client.get("/team/").status_code == 404
    for url in _post_urls(personas.outsider.pk):
        assert client.post(url, {"username": "x", "role": "lead"}).status_code == 404
    personas.outsider.refresh_from_db()
    assert personas.outsider.is_active and personas.outsider.role == Role.MODERATOR
    assert not User.objects.filter(username="x").exists()


def test_a_lead_adds_a_member_and_sees_the_setup_once_as_an_inline_qr_code(personas, login):
    client = login(personas.lead)
    page = client.get("/team/").content.decode()
    assert "mod-on-case" in page and "Add a team member" in page
    response = client.post("/team/add/", {"username": "newcomer", "role": "moderator"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    new = User.objects.get(username="newcomer")
    assert new.role == Role.MODERATOR and new.is_active
    assert '<svg width="' in page and 'class="segno"' in page
    assert "<script" not in page
    key = re.search(r'id="totp-key">([A-Z2-7]+)<', page).group(1)
    assert TOTPDevice.objects.get(user=new).bin_key.hex() == _b32_hex(key)
    password = re.search(r'id="new-password">([^<]+)<', page).group(1)
    assert new.check_password(password)
    assert RecoveryCode.objects.filter(device__user=new).count() == 10
    record = AuditRecord.objects.get(type="team.member_added")
    assert record.actor_id == personas.lead.pk
    # Shown once: the team page afterwards holds no secret.
    again = client.get("/team/").content.decode()
    assert key not in again and password not in again
    audit_page = client.get("/audit/").content.decode()
    assert "Team member added</strong>: newcomer, Safety moderator" in audit_page


def _b32_hex(key: str) -> str:
    from base64 import b32decode

    return b32decode(key).hex()


def test_a_taken_user_name_is_refused_next_to_the_field(personas, login):
    response = login(personas.lead).post("/team/add/", {"username": "lead", "role": "lead"})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert not AuditRecord.objects.filter(type="team.member_added").exists()


def test_resetting_a_second_factor_shows_the_new_one_and_audits(personas, login):
    old = TOTPDevice.objects.get(user=personas.moderator).key
    response = login(personas.lead).post(f"/team/{personas.moderator.pk}/reset/")
    assert response.status_code == 200
    assert 'class="segno"' in response.content.decode()
    assert TOTPDevice.objects.get(user=personas.moderator).key != old
    assert AuditRecord.objects.filter(type="team.factor_reset", actor=personas.lead).count() == 1


def test_deactivate_and_reactivate(personas, login):
    client = login(personas.lead)
    response = client.post(f"/team/{personas.outsider.pk}/deactivate/")
    assert response.status_code == 302
    personas.outsider.refresh_from_db()
    assert not personas.outsider.is_active
    assert "mod-elsewhere was deactivated" in client.get("/team/").content.decode()
    client.post(f"/team/{personas.outsider.pk}/reactivate/")
    personas.outsider.refresh_from_db()
    assert personas.outsider.is_active
    kinds = list(AuditRecord.objects.order_by("seq").values_list("type", flat=True))
    assert kinds[-2:] == ["team.member_deactivated", "team.member_reactivated"]


def test_changing_roles(personas, login):
    client = login(personas.lead)
    client.post(f"/team/{personas.moderator.pk}/role/", {"role": "lead"})
    personas.moderator.refresh_from_db()
    assert personas.moderator.role == Role.LEAD
    assert AuditRecord.objects.filter(type="team.role_changed").count() == 1
    assert client.post(f"/team/{personas.moderator.pk}/role/", {"role": "boss"}).status_code == 302
    personas.moderator.refresh_from_db()
    assert personas.moderator.role == Role.LEAD


def test_the_last_active_lead_cannot_deactivate_or_demote_themselves(personas, login):
    client = login(personas.lead)
    client.post(f"/team/{personas.lead.pk}/deactivate/")
    client.post(f"/team/{personas.lead.pk}/role/", {"role": "moderator"})
    personas.lead.refresh_from_db()
    assert personas.lead.is_active and personas.lead.role == Role.LEAD
    page = client.get("/team/").content.decode()
    assert "last active safety lead" in page
    assert not AuditRecord.objects.filter(type__startswith="team.").exists()


def test_with_a_second_lead_a_lead_may_step_down(personas):
    make_user("second-lead", Role.LEAD)
    administration.change_role(personas.lead, "moderator", acting_user=personas.lead)
    personas.lead.refresh_from_db()
    assert personas.lead.role == Role.MODERATOR


def test_an_inactive_lead_does_not_count_as_the_remaining_lead(personas):
    other = make_user("gone-lead", Role.LEAD)
    other.is_active = False
    other.save()
    with pytest.raises(Conflict):
        administration.deactivate(personas.lead, acting_user=personas.lead)


def test_the_domain_refuses_a_moderator(personas):
    with pytest.raises(NotFound):
        administration.deactivate(personas.outsider, acting_user=personas.moderator)
    with pytest.raises(NotFound):
        administration.add_member("sneaky", "lead", acting_user=personas.moderator)


def test_the_new_member_signs_in_with_what_the_page_showed(personas, login):
    from base64 import b32decode

    from django.test import Client
    from django_otp.oath import TOTP

    page = login(personas.lead).post("/team/add/", {"username": "fresh", "role": "moderator"})
    page = page.content.decode()
    key = re.search(r'id="totp-key">([A-Z2-7]+)<', page).group(1)
    password = re.search(r'id="new-password">([^<]+)<', page).group(1)
    client = Client(secure=True)
    response = client.post("/accounts/login/", {"username": "fresh", "password": password})
    assert response.status_code == 302
    code = f"{TOTP(b32decode(key)).token():06d}"
    response = client.post(response["Location"], {"token": code})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
