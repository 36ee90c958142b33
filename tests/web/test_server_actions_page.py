"""The case's "On the server" page, against the fake Mastodon (and GoToSocial) on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.utils.html import escape

from haven.cases import actions, victim_wishes
from haven.cases.models import Case, CaseEvent
from haven.fediverse import credentials, outbox
from haven.fediverse.models import ActionState, Connection, EnforcementAction
from haven.fediverse.servers import ActionKind, module_for
from haven.testing.fakes import gotosocial, mastodon
from haven.testing.fakes.mastodon import FakeMastodon
from tests.web.helpers import post_refused

pytestmark = pytest.mark.django_db

NEUTRAL = "Your account was suspended for breaking this server's rules."
VICTIM = "victim@mastodon.example"


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


def _connect(url: str, software: str, token: str, domain: str, **extra: object) -> Connection:
    row = Connection(base_url=url, software=software, domain=domain, **extra)
    credentials.seal_token(row, token)
    row.save()
    return row


@pytest.fixture
def connection(server: FakeMastodon) -> Connection:
    return _connect(server.url, "mastodon", mastodon.ADMIN_TOKEN, mastodon.DOMAIN)


@pytest.fixture
def perp(server: FakeMastodon) -> str:
    return server.add_account("perp", domain="elsewhere.example")


@pytest.fixture
def case(personas, perp: str) -> Case:
    case = actions.open_case(acting_user=personas.moderator)
    actions.add_party(
        case,
        "perpetrator",
        acting_user=personas.moderator,
        acct="perp@elsewhere.example",
        remote_id=perp,
    )
    actions.add_party(case, "victim", acting_user=personas.moderator, acct=VICTIM)
    return case


def _form(case: Case, connection: Connection, kind: str = "suspend", **extra: str) -> dict:
    [target] = outbox.perpetrator_accounts(case)
    return {
        "connection": connection.pk,
        "kind": kind,
        "target": target.party_id,
        "reason": "synthetic: sextortion confirmed",
        "text": NEUTRAL,
        **extra,
    }


def _kinds(page: str) -> list[str]:
    select = page.split('name="kind"')[1].split("</select>")[0]
    return re.findall(r'<option value="([a-z_]+)"', select)


def test_the_page_offers_only_what_the_software_can_do(personas, login, case, connection):
    page = login(personas.moderator).get(f"/cases/{case.pk}/server/").content.decode()
    assert _kinds(page) == ["suspend", "limit", "mark_sensitive", "delete_account_data"]
    assert "delete_status" not in _kinds(page)  # Mastodon has no call for one post
    assert "perp@elsewhere.example" in page
    assert f"{mastodon.DOMAIN} (Mastodon)" in page
    assert f">{connection.pk}" not in page and f"connection {connection.pk}" not in page

    Connection.objects.filter(pk=connection.pk).update(active=False)
    with gotosocial.FakeGoToSocial() as gts:
        only = _connect(gts.url, "gotosocial", gotosocial.ADMIN_TOKEN, gotosocial.DOMAIN)
        client = login(personas.moderator)
        page = client.get(f"/cases/{case.pk}/server/").content.decode()
        assert _kinds(page) == ["suspend"]
        url = f"/cases/{case.pk}/server/confirm/"
        refused = post_refused(client, url, _form(case, only, "limit"), at="ask")
        assert "Select a valid choice" in refused.content.decode()
        # Both connected: the form offers what either can do, each server only its own.
        Connection.objects.filter(pk=connection.pk).update(active=True)
        refused = post_refused(client, url, _form(case, only, "limit"), at="ask")
        assert "This server cannot do that." in refused.content.decode()
        shown = client.post(f"/cases/{case.pk}/server/confirm/", _form(case, only))
        consequence = module_for("gotosocial").consequences[ActionKind.SUSPEND]
        assert escape(str(consequence)) in shown.content.decode()
        assert gts.requests == []


def test_confirm_says_what_it_causes_and_the_exact_requests_and_sends_nothing(
    personas, login, case, connection, server, perp
):
    answer = login(personas.moderator).post(
        f"/cases/{case.pk}/server/confirm/", _form(case, connection)
    )
    assert answer.status_code == 200
    page = answer.content.decode()
    assert escape(str(module_for("mastodon").consequences[ActionKind.SUSPEND])) in page
    assert "Every open report about it is resolved at once" in page
    assert f"<code>GET /api/v1/admin/accounts/{perp}</code>" in page
    assert f"<code>POST /api/v1/admin/accounts/{perp}/action</code>" in page
    assert "<code>type=suspend</code>" in page
    assert "<code>send_email_notification=false</code>" in page
    assert f"<code>text={escape(NEUTRAL)}</code>" in page
    assert "report_id" not in page
    assert server.requests == []  # the plan is made without asking the server
    assert not EnforcementAction.objects.exists()


def test_each_account_action_says_its_consequence(personas, login, case, connection):
    client = login(personas.moderator)
    for kind in ("limit", "mark_sensitive", "delete_account_data"):
        page = client.post(
            f"/cases/{case.pk}/server/confirm/", _form(case, connection, kind)
        ).content.decode()
        assert escape(str(module_for("mastodon").consequences[ActionKind(kind)])) in page


def test_the_victims_wishes_are_shown_and_must_be_confirmed(
    personas, login, case, connection, server
):
    client = login(personas.moderator)
    page = client.post(f"/cases/{case.pk}/server/confirm/", _form(case, connection)).content
    assert "No wishes are recorded yet" in page.decode()
    victim_wishes.record_wishes(
        case,
        acting_user=personas.moderator,
        outcome="synthetic: wants the account gone",
        safety="synthetic: after saving the messages",
    )
    page = client.post(f"/cases/{case.pk}/server/confirm/", _form(case, connection)).content
    assert "synthetic: wants the account gone" in page.decode()
    assert "synthetic: after saving the messages" in page.decode()

    url = f"/cases/{case.pk}/server/request/"
    unconfirmed = post_refused(client, url, _form(case, connection), at="ask")
    assert "confirm that this respects them" in unconfirmed.content.decode()
    assert not EnforcementAction.objects.exists()

    confirmed = client.post(
        f"/cases/{case.pk}/server/request/", _form(case, connection, respects_wishes="on")
    )
    assert confirmed.status_code == 302
    action = EnforcementAction.objects.get()
    assert (action.kind, action.state, action.requested_by) == (
        "suspend",
        ActionState.QUEUED,
        personas.moderator,
    )
    types = list(CaseEvent.objects.filter(case=case).values_list("type", flat=True))
    assert victim_wishes.WISHES_CONFIRMED.name in types
    assert outbox.ACTION_REQUESTED.name in types
    assert server.requests == []  # queued: the task sends it, not the request


def test_a_text_that_names_the_victim_is_refused_before_confirming(
    personas, login, case, connection
):
    answer = post_refused(
        login(personas.moderator),
        f"/cases/{case.pk}/server/confirm/",
        _form(case, connection, text=f"Reported by {VICTIM}, suspended."),
        at="ask",
    )
    assert "would reveal the case" in answer.content.decode()


def test_someone_outside_the_team_gets_404_everywhere(personas, login, case, connection):
    client = login(personas.outsider)
    assert client.get(f"/cases/{case.pk}/server/").status_code == 404
    form = _form(case, connection, respects_wishes="on")
    assert client.post(f"/cases/{case.pk}/server/confirm/", form).status_code == 404
    assert client.post(f"/cases/{case.pk}/server/request/", form).status_code == 404
    assert client.post(f"/cases/{case.pk}/server/xxxxxxxx/cancel/").status_code == 404
    assert not EnforcementAction.objects.exists()


def test_a_dry_run_shows_the_exact_requests_and_sends_none(personas, login, case, server, perp):
    dry = _connect(server.url, "mastodon", mastodon.ADMIN_TOKEN, mastodon.DOMAIN, dry_run=True)
    client = login(personas.moderator)
    shown = client.post(f"/cases/{case.pk}/server/confirm/", _form(case, dry)).content.decode()
    assert "dry run: nothing will be sent" in shown
    client.post(f"/cases/{case.pk}/server/request/", _form(case, dry, respects_wishes="on"))
    action = EnforcementAction.objects.get()
    assert action.dry_run
    assert outbox.execute(action.pk) == ActionState.DRY_RUN
    page = client.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Shown, not sent (dry run)" in page
    assert f"<code>POST /api/v1/admin/accounts/{perp}/action</code>" in page
    assert "<code>send_email_notification=false</code>" in page
    assert server.requests == [] and not server.suspended(perp)
