"""Reports grouped by the reported account's server: which remote servers keep sending attackers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from haven.fediverse import credentials, polling
from haven.fediverse.models import Connection, ServerReport
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, DOMAIN, FakeGoToSocial
from haven.testing.personas import Personas

pytestmark = pytest.mark.django_db

PAGE = "/server-reports/by-server/"
ADVERT = "synthetic: this account keeps posting the same advert for shoes"


def test_intake_keeps_the_reported_accounts_server_and_nothing_of_the_account():
    with FakeGoToSocial() as server:
        remote = server.add_account("perp", domain="Elsewhere.Example")
        local = server.add_account("localperp")
        server.add_report(comment=ADVERT, target=remote)
        server.add_report(comment=ADVERT, target=local)
        connection = Connection(base_url=server.url, software="gotosocial", domain=DOMAIN)
        credentials.seal_token(connection, ADMIN_TOKEN)
        connection.save()
        polling.sync(connection)
    domains = sorted(ServerReport.objects.values_list("target_domain", flat=True))
    assert domains == ["elsewhere.example", DOMAIN]


def _reports(connection: Connection, domain: str, count: int, *, days_ago: int = 0) -> None:
    for n in range(count):
        row = ServerReport.objects.create(
            connection=connection, remote_id=f"{domain}-{days_ago}-{n}", target_domain=domain
        )
        ServerReport.objects.filter(pk=row.pk).update(
            first_seen_at=timezone.now() - timedelta(days=days_ago)
        )


def test_a_server_that_keeps_sending_attackers_stands_out(personas: Personas, login):
    connection = Connection.objects.create(
        base_url="https://social.example", software="mastodon", domain="social.example"
    )
    _reports(connection, "attackers.example", 4)
    _reports(connection, "once.example", 1)
    _reports(connection, "longago.example", 5, days_ago=90)
    _reports(connection, "social.example", 1)
    ServerReport.objects.filter(target_domain="attackers.example").update(flagged=True)
    for person in (personas.moderator, personas.lead):
        page = login(person).get(PAGE)
        assert page.status_code == 200
        text = page.content.decode()
        assert text.count("<strong>keeps sending attackers</strong>") == 1
        first = text.index("attackers.example")
        assert first < text.index("once.example") and first < text.index("longago.example")
        assert "your own server" in text
    assert login(personas.moderator).post(PAGE).status_code == 405
