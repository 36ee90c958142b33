"""``haven connect`` and ``haven connections``: the token from a prompt or standard input only."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haven import cli
from haven.cases.models import AuditRecord
from haven.fediverse import credentials
from haven.fediverse.models import Connection
from haven.testing.fakes.gotosocial import ADMIN_TOKEN, FakeGoToSocial
from haven.testing.personas import Personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def gts() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_connect_reads_the_token_from_stdin(
    gts: FakeGoToSocial, personas: Personas, monkeypatch: pytest.MonkeyPatch
):
    _stdin(monkeypatch, ADMIN_TOKEN + "\n")
    out = io.StringIO()
    call_command("haven_connect", gts.url, "--lead", personas.lead.username, stdout=out)
    connection = Connection.objects.get()
    assert credentials.token_of(connection) == ADMIN_TOKEN
    printed = out.getvalue()
    assert f"Connected {gts.url}." in printed and "GoToSocial 0.17.3" in printed
    assert "role admin" in printed and ADMIN_TOKEN not in printed
    assert AuditRecord.objects.get(type="connection.connected").actor == personas.lead


def test_the_token_is_never_an_argument(gts: FakeGoToSocial, capsys: pytest.CaptureFixture[str]):
    # A second positional is refused by the parser: nothing is connected with it.
    with pytest.raises(SystemExit) as stopped:
        cli.main(["connect", gts.url, ADMIN_TOKEN])
    assert stopped.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
    assert gts.requests == [] and not Connection.objects.exists()


def test_a_refused_connection_says_why_and_keeps_nothing(
    gts: FakeGoToSocial, monkeypatch: pytest.MonkeyPatch
):
    _stdin(monkeypatch, "wrong\n")
    with pytest.raises(CommandError, match="refused the token"):
        call_command("haven_connect", gts.url)
    with pytest.raises(CommandError, match="only over https"):
        call_command("haven_connect", "http://social.example")
    assert not Connection.objects.exists()


def test_only_a_lead_may_be_named(gts: FakeGoToSocial, personas: Personas, monkeypatch):
    _stdin(monkeypatch, ADMIN_TOKEN + "\n")
    with pytest.raises(CommandError, match="no active safety lead"):
        call_command("haven_connect", gts.url, "--lead", personas.moderator.username)
    assert gts.requests == [] and not Connection.objects.exists()


def test_connections_lists_verifies_and_disconnects(
    gts: FakeGoToSocial, personas: Personas, monkeypatch: pytest.MonkeyPatch
):
    out = io.StringIO()
    call_command("haven_connections", stdout=out)
    assert "No server is connected" in out.getvalue()
    _stdin(monkeypatch, ADMIN_TOKEN + "\n")
    call_command("haven_connect", gts.url, stdout=io.StringIO())
    connection = Connection.objects.get()
    out = io.StringIO()
    call_command("haven_connections", stdout=out)
    assert connection.pk in out.getvalue() and "GoToSocial" in out.getvalue()
    call_command("haven_connections", connection.pk, "--verify", stdout=io.StringIO())
    call_command("haven_connections", gts.url, "--dry-run", "on", stdout=io.StringIO())
    assert Connection.objects.get().dry_run
    call_command("haven_connections", connection.pk, "--disconnect", stdout=io.StringIO())
    connection.refresh_from_db()
    assert not connection.active and bytes(connection.sealed_token) == b""
    kinds = list(AuditRecord.objects.order_by("seq").values_list("type", flat=True))
    assert kinds == [
        "connection.connected",
        "connection.verified",
        "connection.dry_run_set",
        "connection.disconnected",
    ]


def test_the_webhook_secret_is_read_like_the_token(personas: Personas, monkeypatch):
    connection = Connection(base_url="https://social.example", software="mastodon")
    credentials.seal_token(connection, "synthetic-token")
    connection.save()
    _stdin(monkeypatch, "synthetic-secret\n")
    call_command(
        "haven_connect", "https://social.example/", "--webhook-secret", stdout=io.StringIO()
    )
    connection.refresh_from_db()
    assert credentials.webhook_secret_of(connection) == b"synthetic-secret"


def test_media_hosts_are_set_by_a_lead_checked_and_audited(
    gts: FakeGoToSocial, personas: Personas, monkeypatch: pytest.MonkeyPatch
):
    _stdin(monkeypatch, ADMIN_TOKEN + "\n")
    call_command("haven_connect", gts.url, "--lead", personas.lead.username, stdout=io.StringIO())
    connection = Connection.objects.get()
    lead = ["--lead", personas.lead.username]
    out = io.StringIO()
    hosts = "Files.Social.Example.,cdn.example.net"
    call_command("haven_connections", connection.pk, "--media-hosts", hosts, *lead, stdout=out)
    connection.refresh_from_db()
    assert connection.media_hosts == ["cdn.example.net", "files.social.example"]
    assert "media also fetched from: cdn.example.net, files.social.example" in out.getvalue()
    assert AuditRecord.objects.filter(type="connection.media_hosts_set").count() == 1
    for bad in ("https://cdn.example.net/x", "localhost", "a b.example"):
        with pytest.raises(CommandError, match="host name"):
            call_command("haven_connections", connection.pk, "--media-hosts", bad, *lead)
    with pytest.raises(CommandError, match="no active safety lead"):
        call_command(
            "haven_connections", connection.pk, "--media-hosts", "x.example", "--lead", "nobody"
        )
    call_command("haven_connections", connection.pk, "--media-hosts", "", *lead, stdout=out)
    connection.refresh_from_db()
    assert connection.media_hosts == []
