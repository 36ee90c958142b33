"""The Servers page: safety leads only, the token never shown back, CSRF, and the audit stream."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from django.test import Client

from haven.cases.models import AuditRecord
from haven.fediverse import connecting, credentials
from haven.fediverse.models import Connection
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial
from haven.testing.personas import Personas
from tests.conftest import _verified_client

pytestmark = pytest.mark.django_db

PAGE = "/servers/"


@pytest.fixture
def gts() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


@pytest.fixture
def connected(gts: FakeGoToSocial, personas: Personas) -> Connection:
    return connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead).connection


def _urls(connection: Connection) -> list[str]:
    base = f"{PAGE}{connection.pk}/"
    return [PAGE] + [
        base + end for end in ("verify/", "dry-run/", "webhook-secret/", "disconnect/")
    ]


def test_only_leads_see_the_page_and_its_link(connected: Connection, personas: Personas, login):
    lead = login(personas.lead)
    page = lead.get(PAGE)
    assert page.status_code == 200
    text = page.content.decode()
    assert DOMAIN in text and "GoToSocial" in text and connected.base_url in text
    assert f'href="{PAGE}"' in lead.get("/").content.decode()
    for person in (personas.moderator, personas.outsider):
        client = login(person)
        assert f'href="{PAGE}"' not in client.get("/").content.decode()
        for url in _urls(connected):
            assert client.get(url).status_code == 404
            assert client.post(url, {"confirm": "on", "on": "on", "secret": "x"}).status_code == 404
    connected.refresh_from_db()
    assert connected.active and not connected.dry_run


def test_a_lead_connects_and_the_token_is_never_rendered(
    gts: FakeGoToSocial, personas: Personas, login, caplog
):
    caplog.set_level(logging.DEBUG)
    lead = login(personas.lead)
    page = lead.get(PAGE).content.decode()
    assert 'type="password"' in page and 'name="token"' in page
    response = lead.post(PAGE, {"url": gts.url, "token": ADMIN_TOKEN})
    assert response.status_code == 302
    connection = Connection.objects.get()
    assert credentials.token_of(connection) == ADMIN_TOKEN
    after = lead.get(response.url).content.decode()
    assert "connected and its token checked" in after and ADMIN_TOKEN not in after
    assert ADMIN_TOKEN not in caplog.text
    record = AuditRecord.objects.get(type="connection.connected")
    assert record.actor == personas.lead and ADMIN_TOKEN not in str(record.payload)
    audit_page = lead.get("/audit/").content.decode()
    assert "Server connected" in audit_page


def test_a_refused_token_is_not_sent_back(gts: FakeGoToSocial, personas: Personas, login):
    lead = login(personas.lead)
    wrong = "synthetic-wrong-token-5c1d"
    response = lead.post(PAGE, {"url": gts.url, "token": wrong})
    assert response.status_code == 400
    text = response.content.decode()
    assert "refused the token" in text and wrong not in text
    assert gts.url in text  # the address stays typed, the token does not
    assert not Connection.objects.exists()


def test_a_bad_address_is_refused_plainly(personas: Personas, login):
    lead = login(personas.lead)
    response = lead.post(PAGE, {"url": "http://social.example", "token": ADMIN_TOKEN})
    assert response.status_code == 400
    assert "only over https" in response.content.decode()
    assert ADMIN_TOKEN not in response.content.decode()
    assert not Connection.objects.exists()


def test_csrf_is_enforced(gts: FakeGoToSocial, connected: Connection, personas: Personas):
    strict = Client(secure=True, enforce_csrf_checks=True)
    strict.cookies = _verified_client(personas.lead).cookies
    assert strict.post(PAGE, {"url": gts.url, "token": ADMIN_TOKEN}).status_code == 403
    for url in _urls(connected)[1:]:
        assert strict.post(url, {"confirm": "on", "on": "on"}).status_code == 403
    connected.refresh_from_db()
    assert connected.active and not connected.dry_run
    assert AuditRecord.objects.filter(type="connection.connected").count() == 1


def test_verify_dry_run_and_disconnect(
    gts: FakeGoToSocial, connected: Connection, personas: Personas, login
):
    lead = login(personas.lead)
    base = f"{PAGE}{connected.pk}/"
    assert lead.post(base + "verify/").status_code == 302
    lead.post(base + "dry-run/", {"on": "on"})
    connected.refresh_from_db()
    assert connected.dry_run
    assert "dry run: actions show their requests" in lead.get(PAGE).content.decode()
    lead.post(base + "dry-run/", {})
    connected.refresh_from_db()
    assert not connected.dry_run
    # Not ticked: nothing happens.
    lead.post(base + "disconnect/", {})
    connected.refresh_from_db()
    assert connected.active
    lead.post(base + "disconnect/", {"confirm": "on"})
    connected.refresh_from_db()
    assert not connected.active and bytes(connected.sealed_token) == b""
    assert "its token destroyed" in lead.get(PAGE).content.decode()
    kinds = list(AuditRecord.objects.order_by("seq").values_list("type", flat=True))
    assert kinds == [
        "connection.connected",
        "connection.verified",
        "connection.dry_run_set",
        "connection.dry_run_set",
        "connection.disconnected",
    ]
    assert all(r.actor == personas.lead for r in AuditRecord.objects.exclude(type="audit.read")[1:])


def test_a_webhook_secret_is_kept_and_never_shown(personas: Personas, login):
    connection = Connection(base_url="https://social.example", software="mastodon", domain="x")
    credentials.seal_token(connection, "synthetic-token")
    connection.save()
    lead = login(personas.lead)
    page = lead.get(PAGE).content.decode()
    assert connecting.webhook_url(connection) in page and "report.created" in page
    assert "No webhook is set up yet" in page
    secret = "synthetic-mastodon-secret-77aa"
    lead.post(f"{PAGE}{connection.pk}/webhook-secret/", {"secret": secret})
    connection.refresh_from_db()
    assert credentials.webhook_secret_of(connection) == secret.encode()
    page = lead.get(PAGE).content.decode()
    assert secret not in page and "Its secret is kept." in page
    assert "No webhook is set up yet" not in page
