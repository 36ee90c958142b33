"""Connecting a server: detection, verification, sealing, re-verification, disconnection.

Against the fake GoToSocial and a small Mastodon on loopback (below), over real
sockets: the answers are the shapes Mastodon documents for ``/.well-known/nodeinfo``,
``/api/v2/instance``, ``/api/v1/accounts/verify_credentials`` and
``/api/v1/apps/verify_credentials``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from haven.cases.models import AuditRecord
from haven.core.errors import Conflict, InvalidInput, NotFound
from haven.fediverse import connecting, credentials
from haven.fediverse.models import Connection
from haven.fediverse.servers import Software
from haven.fediverse.software import mastodon_api as api
from haven.testing.fakes.base import FakeServer, RecordedRequest, Response
from haven.testing.fakes.gotosocial import (
    ADMIN_TOKEN,
    DOMAIN,
    MODERATOR_TOKEN,
    FakeGoToSocial,
)
from haven.testing.personas import Personas

pytestmark = pytest.mark.django_db

MASTODON_TOKEN = "mastodon-admin-token-synthetic"
MASTODON_NARROW = "mastodon-narrow-token-synthetic"
ALL_SCOPES = ["admin:read", "admin:write:reports", "admin:write:accounts", "read"]


class SmallMastodon(FakeServer):
    """Mastodon 4.3's answers to what ``connect`` asks, and nothing more."""

    def __init__(self, *, nodeinfo: bool = True, software: str = "mastodon") -> None:
        super().__init__(
            {
                MASTODON_TOKEN: (ALL_SCOPES, "Owner", api.ADMINISTRATOR),
                MASTODON_NARROW: (["read:accounts"], "Moderator", api.MANAGE_REPORTS),
            }
        )
        self.software = software
        if nodeinfo:
            self.route("GET", r"/.well-known/nodeinfo", self._index, auth=False)
            self.route("GET", r"/nodeinfo/2\.0", self._nodeinfo, auth=False)
        self.route("GET", r"/api/v2/instance", self._instance, auth=False)
        self.route("GET", r"/api/v1/accounts/verify_credentials", self._me)
        self.route("GET", r"/api/v1/apps/verify_credentials", self._app)

    def _index(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        # An absolute href on the server's public name, as Mastodon writes it.
        href = "https://social.example/nodeinfo/2.0"
        rel = "http://nodeinfo.diaspora.software/ns/schema/2.0"
        return Response(body={"links": [{"rel": rel, "href": href}]})

    def _nodeinfo(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        return Response(
            body={
                "version": "2.0",
                "software": {"name": self.software, "version": "4.3.2"},
                "protocols": ["activitypub"],
                "services": {"outbound": [], "inbound": []},
                "usage": {"users": {"total": 3}, "localPosts": 9},
                "openRegistrations": False,
                "metadata": {"nodeName": "Social", "nodeDescription": ""},
            }
        )

    def _instance(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        return Response(
            body={
                "domain": "social.example",
                "title": "Social",
                "version": "4.3.2",
                "source_url": "https://github.com/mastodon/mastodon",
                "description": "",
                "usage": {"users": {"active_month": 3}},
            }
        )

    def _me(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        _scopes, role, bits = self.authorised(request)  # type: ignore[misc]
        return Response(
            body={
                "id": "1",
                "username": "admin",
                "acct": "admin",
                "display_name": "",
                "role": {"id": "3", "name": role, "permissions": str(bits), "color": ""},
            }
        )

    def _app(self, request: RecordedRequest, match: re.Match[str]) -> Response:
        scopes, _role, _bits = self.authorised(request)  # type: ignore[misc]
        return Response(body={"name": "Haven", "website": None, "scopes": scopes})


@pytest.fixture
def gts() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


@pytest.fixture
def mastodon() -> Iterator[SmallMastodon]:
    with SmallMastodon() as fake:
        yield fake


def _audit_types() -> list[str]:
    return list(AuditRecord.objects.order_by("seq").values_list("type", flat=True))


def _sent_token(server: FakeServer, token: str) -> list[str]:
    return [r.path for r in server.requests if token in r.headers.get("authorization", "")]


# --- addresses ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://Social.Example/", "https://social.example"),
        ("  https://social.example:8443 ", "https://social.example:8443"),
        ("HTTPS://social.example:443", "https://social.example"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://[::1]:3000/", "http://[::1]:3000"),
        ("http://localhost:3000", "http://localhost:3000"),
        ("https://bücher.example", "https://xn--bcher-kva.example"),
    ],
)
def test_addresses_are_normalised(raw: str, expected: str):
    assert connecting.normalise_url(raw) == expected


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("http://social.example", "only over https"),
        ("http://10.0.0.5", "only over https"),
        ("social.example", "starting with https://"),
        ("ftp://social.example", "starting with https://"),
        ("https://admin:pw@social.example", "user name or password"),
        ("https://social.example/admin", "without a path"),
        ("https://social.example/?x=1", "without a path"),
        ("https://social.example:99999", "web address Haven can use"),
        ("", "server's address"),
        ("https://so cial.example", "server's address"),
    ],
)
def test_bad_addresses_are_refused_plainly(raw: str, says: str):
    with pytest.raises(InvalidInput) as refused:
        connecting.normalise_url(raw)
    assert says in refused.value.message


# --- GoToSocial ---------------------------------------------------------------


def test_connect_gotosocial_detects_verifies_and_seals(gts: FakeGoToSocial, personas: Personas):
    done = connecting.connect(gts.url + "/", f" {ADMIN_TOKEN}\n", acting_user=personas.lead)
    connection = Connection.objects.get()
    assert done.connection.pk == connection.pk and not done.replaced
    assert (connection.base_url, connection.software, connection.domain) == (
        gts.url,
        Software.GOTOSOCIAL,
        DOMAIN,
    )
    assert connection.version.startswith("0.17") and connection.role == "admin"
    assert connection.verified_at is not None and connection.missing == []
    assert connection.active and connection.created_by == personas.lead
    # Sealed: the token is not in the row, and opens to what was given.
    assert ADMIN_TOKEN.encode() not in bytes(connection.sealed_token)
    assert credentials.token_of(connection) == ADMIN_TOKEN
    # NodeInfo was read without the token; the token went only to the module's calls.
    assert [r.path for r in gts.requests][:2] == ["/.well-known/nodeinfo", "/nodeinfo/2.0"]
    assert _sent_token(gts, ADMIN_TOKEN) == [
        "/api/v1/instance",
        "/api/v1/accounts/verify_credentials",
    ]
    # GoToSocial has no webhooks: nothing to set up, reports are polled.
    assert not connecting.takes_webhooks(connection)
    assert connecting.still_missing(connection) == []
    assert _audit_types() == ["connection.connected"]
    assert AuditRecord.objects.get().actor == personas.lead


def test_a_moderators_token_is_kept_with_what_is_missing(gts: FakeGoToSocial, personas: Personas):
    connecting.connect(gts.url, MODERATOR_TOKEN, acting_user=personas.lead)
    connection = Connection.objects.get()
    assert connection.role == "moderator"
    assert len(connection.missing) == 1 and "admin" in connection.missing[0]
    assert connecting.still_missing(connection) == connection.missing


def test_a_refused_token_stores_nothing(gts: FakeGoToSocial, personas: Personas):
    with pytest.raises(connecting.ConnectFailed) as failed:
        connecting.connect(gts.url, "not-a-token", acting_user=personas.lead)
    assert failed.value.code == connecting.Failure.TOKEN_REFUSED
    assert "refused the token" in failed.value.message and "not-a-token" not in failed.value.message
    assert not Connection.objects.exists()
    assert _audit_types() == ["connection.failed"]


def test_a_server_that_times_out_stores_nothing(gts: FakeGoToSocial, personas: Personas):
    gts.slow_next(seconds=1.5)
    with pytest.raises(connecting.ConnectFailed) as failed:
        connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead, timeout=0.3)
    assert failed.value.code == connecting.Failure.UNREACHABLE
    assert "did not answer in time" in failed.value.message
    assert not Connection.objects.exists()


def test_a_server_that_is_down_stores_nothing(personas: Personas):
    with FakeGoToSocial() as fake:
        url = fake.url
    with pytest.raises(connecting.ConnectFailed) as failed:
        connecting.connect(url, ADMIN_TOKEN, acting_user=personas.lead, timeout=0.5)
    assert "could not be reached" in failed.value.message
    assert not Connection.objects.exists()


def test_without_nodeinfo_gotosocial_is_told_by_its_instance(personas: Personas):
    with FakeGoToSocial() as fake:
        fake.fail_next(1, status=404)  # /.well-known/nodeinfo
        connecting.connect(fake.url, ADMIN_TOKEN, acting_user=personas.lead)
    assert Connection.objects.get().software == Software.GOTOSOCIAL


def test_reverify_records_what_the_server_says_now(gts: FakeGoToSocial, personas: Personas):
    connection = connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead).connection
    first = connection.verified_at
    info = connecting.verify(connection, acting_user=personas.lead)
    connection.refresh_from_db()
    assert info.role == "admin" and connection.verified_at > first
    # The token is revoked on the server: the check fails, says so, and keeps it said.
    gts.tokens.pop(ADMIN_TOKEN)
    with pytest.raises(connecting.ConnectFailed):
        connecting.verify(connection, acting_user=personas.lead)
    connection.refresh_from_db()
    assert "refused the token" in connection.missing[0]
    assert _audit_types() == ["connection.connected", "connection.verified", "connection.failed"]


def test_connecting_again_replaces_the_token(gts: FakeGoToSocial, personas: Personas):
    first = connecting.connect(gts.url, MODERATOR_TOKEN, acting_user=personas.lead).connection
    again = connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead)
    assert again.replaced and again.connection.pk == first.pk
    assert Connection.objects.count() == 1
    assert credentials.token_of(Connection.objects.get()) == ADMIN_TOKEN
    assert Connection.objects.get().missing == []


def test_disconnect_destroys_the_token(gts: FakeGoToSocial, personas: Personas):
    connection = connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead).connection
    connecting.disconnect(connection, acting_user=personas.lead)
    row = Connection.objects.get()
    assert not row.active and bytes(row.sealed_token) == b"" and row.verified_at is None
    with pytest.raises(Conflict):
        connecting.verify(row, acting_user=personas.lead)
    assert _audit_types() == ["connection.connected", "connection.disconnected"]
    # Connecting again brings the same row back on, with the new token.
    connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead)
    assert Connection.objects.get().active


def test_only_leads_connect(gts: FakeGoToSocial, personas: Personas):
    with pytest.raises(NotFound):
        connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.moderator)
    assert gts.requests == [] and not Connection.objects.exists()
    connection = connecting.connect(gts.url, ADMIN_TOKEN, acting_user=None).connection
    for verb in (connecting.verify, connecting.disconnect):
        with pytest.raises(NotFound):
            verb(connection, acting_user=personas.moderator)
    assert Connection.objects.get().active


def test_dry_run_is_audited(gts: FakeGoToSocial, personas: Personas):
    connection = connecting.connect(gts.url, ADMIN_TOKEN, acting_user=personas.lead).connection
    connecting.set_dry_run(connection, True, acting_user=personas.lead)
    assert Connection.objects.get().dry_run
    assert _audit_types()[-1] == "connection.dry_run_set"


# --- Mastodon -----------------------------------------------------------------


def test_connect_mastodon_with_scopes_role_and_webhook(mastodon: SmallMastodon, personas: Personas):
    done = connecting.connect(mastodon.url, MASTODON_TOKEN, acting_user=personas.lead)
    connection = done.connection
    assert connection.software == Software.MASTODON and connection.version == "4.3.2"
    assert connection.domain == "social.example"
    assert connection.scopes == ALL_SCOPES and connection.role == "Owner (admin)"
    assert connection.missing == []
    # Only the path of NodeInfo's link was followed, on the address given.
    assert mastodon.requests[1].path == "/nodeinfo/2.0"
    # Mastodon can call Haven: until its secret is pasted, the page says so.
    assert connecting.takes_webhooks(connection)
    assert "No webhook" in connecting.still_missing(connection)[0]
    assert connecting.webhook_url(connection).endswith(f"/hooks/{connection.pk}/")
    with pytest.raises(Conflict):  # Mastodon makes the secret, Haven does not
        connecting.generate_webhook_secret(connection, acting_user=personas.lead)
    connecting.set_webhook_secret(connection, " mastodon-made-secret ", acting_user=personas.lead)
    connection.refresh_from_db()
    assert credentials.webhook_secret_of(connection) == b"mastodon-made-secret"
    assert connecting.still_missing(connection) == []
    assert _audit_types() == ["connection.connected", "connection.webhook_secret_set"]


def test_a_narrow_mastodon_token_says_what_it_lacks(mastodon: SmallMastodon, personas: Personas):
    connection = connecting.connect(
        mastodon.url, MASTODON_NARROW, acting_user=personas.lead
    ).connection
    missing = " ".join(connection.missing)
    assert "admin:read:reports" in missing and "admin:write:accounts" in missing
    assert "Manage Users" in missing  # the role, not only the scopes
    assert connection.role == "Moderator"


def test_mastodon_without_nodeinfo_is_told_by_its_instance(personas: Personas):
    with SmallMastodon(nodeinfo=False) as fake:
        fake.route(
            "GET", r"/api/v1/instance", lambda r, m: Response(body={"version": "4.3.2"}), auth=False
        )
        connecting.connect(fake.url, MASTODON_TOKEN, acting_user=personas.lead)
    assert Connection.objects.get().software == Software.MASTODON


def test_an_unknown_software_is_named_and_nothing_stored(personas: Personas):
    with SmallMastodon(software="pleroma") as fake:
        with pytest.raises(connecting.ConnectFailed) as failed:
            connecting.connect(fake.url, MASTODON_TOKEN, acting_user=personas.lead)
        assert _sent_token(fake, MASTODON_TOKEN) == []  # the token never left Haven
    assert "pleroma" in failed.value.message
    assert not Connection.objects.exists()


def test_not_a_fediverse_server(personas: Personas):
    with FakeServer() as fake, pytest.raises(connecting.ConnectFailed) as failed:
        connecting.connect(fake.url, MASTODON_TOKEN, acting_user=personas.lead)
    assert "which software" in failed.value.message
    assert not Connection.objects.exists()
