"""Linked accounts on Mastodon: local accounts sharing the sign-up IP or mail domain."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haven.cases.models import Case
from haven.fediverse import capture_run, credentials, linked, polling
from haven.fediverse.linked import LinkReason
from haven.fediverse.models import CaptureRun, Connection, LinkedAccount
from haven.fediverse.software.mastodon import MastodonClient
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
PERP_IP = "203.0.113.5"


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


def test_local_accounts_are_listed_newest_first_with_their_signup_details(server: FakeMastodon):
    older = server.add_account("older", ip="198.51.100.1", email="o@mail.example")
    server.add_account("remote", domain="elsewhere.example")
    newer = server.add_account("newer", ip=PERP_IP, email="n@burner.example")
    client = MastodonClient(server.url, ADMIN_TOKEN, timeout=2)
    try:
        found = client.local_accounts(limit=5)
    finally:
        client.close()
    assert [a.id for a in found][:2] == [newer, older] and all(a.local for a in found)
    assert found[0].signup_ip == PERP_IP and found[0].email_domain == "burner.example"
    [sent] = server.requests_to("GET", r"/api/v2/admin/accounts")
    assert sent.query["origin"] == ["local"] and sent.query["limit"] == ["5"]


def test_a_local_perpetrators_sock_puppets_are_linked(server: FakeMastodon):
    perp = server.add_account("perp", ip=PERP_IP, email="a@burner.example")
    same_ip = server.add_account("sock1", ip=PERP_IP, email="b@mail.example")
    same_domain = server.add_account("sock2", ip="198.51.100.9", email="c@burner.example")
    server.add_account("bystander", ip="198.51.100.10", email="d@mail.example")
    status = server.add_status(perp, f"<p>{THREAT}</p>", visibility="direct")
    server.add_report(comment=THREAT, target=perp, status_ids=(status,))
    connection = Connection(base_url=server.url, software="mastodon", domain=DOMAIN)
    credentials.seal_token(connection, ADMIN_TOKEN)
    connection.save()
    polling.sync(connection)
    for run in CaptureRun.objects.filter(state="pending"):
        capture_run.run(run.pk)
    case = Case.objects.get()
    accts = {link.row_id: link.acct for link in linked.read_linked(case)}
    found = {accts[row.pk]: set(row.reasons) for row in LinkedAccount.objects.filter(case=case)}
    assert found == {
        f"sock1@{DOMAIN}": {LinkReason.SAME_SIGNUP_IP},
        f"sock2@{DOMAIN}": {LinkReason.SAME_EMAIL_DOMAIN},
    }
    rows = {row.account_id for row in LinkedAccount.objects.filter(case=case)}
    assert rows == {same_ip, same_domain}
