"""Forwarding a report to the reported account's own server, from Haven, on the fake Misskey.

Off for sextortion until a lead turns it on; then only a report whose comment is
empty goes (Misskey sends the comment word for word); the fake records the exact
request and the Flag Misskey would deliver.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.management import call_command

from haven.cases import actions
from haven.cases.models import Case, CaseEvent
from haven.core.errors import Conflict, InvalidInput
from haven.fediverse import connecting, credentials, outbox
from haven.fediverse.models import ActionState, Connection, EnforcementAction
from haven.fediverse.servers import ActionKind, Capability, module_for
from haven.testing.fakes.mastodon import ADMIN_TOKEN as MASTODON_TOKEN
from haven.testing.fakes.mastodon import FakeMastodon
from haven.testing.fakes.misskey import DOMAIN, MODERATOR_TOKEN, FakeMisskey
from tests.cases.helpers import assert_timeline_ok, event_types

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your pictures, pay 300 in bitcoin or everyone sees them"
FORWARD = "/api/admin/forward-abuse-user-report"


@pytest.fixture
def server() -> Iterator[FakeMisskey]:
    with FakeMisskey() as fake:
        yield fake


@pytest.fixture
def connection(server: FakeMisskey) -> Connection:
    row = Connection(
        base_url=server.url, software="misskey", domain=DOMAIN, forwarding_allowed=True
    )
    credentials.seal_token(row, MODERATOR_TOKEN)
    row.save()
    return row


@pytest.fixture
def perp(server: FakeMisskey) -> str:
    return server.add_user("perp", host="elsewhere.example")


@pytest.fixture
def case(personas, perp: str) -> Case:
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic")
    actions.add_party(
        case,
        "perpetrator",
        acting_user=personas.moderator,
        acct="perp@elsewhere.example",
        remote_id=perp,
    )
    actions.add_party(case, "victim", acting_user=personas.moderator, acct=f"victim@{DOMAIN}")
    return case


def _ask(case: Case, connection: Connection, user, report_id: str, **extra) -> EnforcementAction:
    return outbox.request_action(
        case,
        connection,
        ActionKind.FORWARD_REPORT,
        acting_user=user,
        reason="synthetic: the other server should know",
        confirmed_wishes=True,
        report_id=report_id,
        **extra,
    )


def test_each_module_declares_forwarding_once_misskey_can_and_the_others_say_why_not():
    misskey = module_for("misskey")
    assert misskey.can(Capability.FORWARD_REPORT) and misskey.offers(ActionKind.FORWARD_REPORT)
    assert "word for word" in misskey.consequences[ActionKind.FORWARD_REPORT]
    for software in ("mastodon", "gotosocial"):
        module = module_for(software)
        assert not module.can(Capability.FORWARD_REPORT)
        assert not module.offers(ActionKind.FORWARD_REPORT) and module.forwarding is None
        assert "only the person reporting" in module.not_offered[ActionKind.FORWARD_REPORT]


def test_an_empty_report_is_forwarded_with_exactly_the_report_id_and_the_flag_names_no_one(
    server: FakeMisskey, connection: Connection, case: Case, perp: str, personas
):
    report_id = server.add_report(target=perp, comment="")
    action = _ask(case, connection, personas.moderator, report_id)
    assert outbox.execute(action.pk) == ActionState.DONE

    [sent] = server.requests_to("POST", FORWARD)
    assert sent.json == {"reportId": report_id}  # nothing of Haven's: no text, no case
    assert "authorization" in {k.lower() for k in sent.headers}
    [(inbox, flag)] = server.delivered
    assert inbox == f"https://elsewhere.example/users/{perp}/inbox"
    assert flag["type"] == "Flag" and flag["content"] == ""
    assert flag["actor"].endswith(f"/users/{server.instance_actor}")  # not the reporter
    assert flag["object"] == f"https://elsewhere.example/users/{perp}"
    assert server.reports[report_id]["forwarded"] is True
    types = event_types(case)
    assert outbox.ACTION_REQUESTED.name in types and outbox.ACTION_FINISHED.name in types
    finished = CaseEvent.objects.get(case=case, type=outbox.ACTION_FINISHED.name)
    assert finished.payload["kind"] == "forward_report" and finished.payload["state"] == "done"
    assert_timeline_ok(case)

    # Asked again: Misskey says it was forwarded, so nothing is sent twice.
    again = _ask(case, connection, personas.moderator, report_id)
    assert outbox.execute(again.pk) == ActionState.DONE
    again.refresh_from_db()
    assert again.outcome_reason == "already_done"
    assert len(server.requests_to("POST", FORWARD)) == 1


def test_a_report_with_a_comment_is_refused_because_misskey_would_send_it_word_for_word(
    server: FakeMisskey, connection: Connection, case: Case, perp: str, personas
):
    note = server.add_note(perp, THREAT)
    # Even Misskey's own prefilled comment, a link to the reported message, is refused.
    for comment in (THREAT, f"Note: {server.note_url(note)}\n-----\n"):
        report_id = server.add_report(target=perp, comment=comment)
        with pytest.raises(InvalidInput, match="report's own comment") as refused:
            _ask(case, connection, personas.moderator, report_id)
        assert refused.value.code == "forward_refused"
        assert comment not in refused.value.message
    assert not EnforcementAction.objects.exists()
    assert server.requests_to("POST", FORWARD) == [] and server.delivered == []


def test_forwarding_is_off_until_a_lead_turns_it_on_and_that_is_audited(
    server: FakeMisskey, connection: Connection, case: Case, perp: str, personas
):
    from haven.cases.models import AuditRecord

    connecting.set_forwarding(connection, False, acting_user=personas.lead)
    report_id = server.add_report(target=perp, comment="")
    with pytest.raises(Conflict) as off:
        _ask(case, connection, personas.moderator, report_id)
    assert off.value.code == "forwarding_off"
    assert server.requests_to("POST", FORWARD) == []

    call_command(
        "haven_connections", connection.pk, "--forwarding", "on", "--lead", personas.lead.username
    )
    connection.refresh_from_db()
    assert connection.forwarding_allowed
    assert AuditRecord.objects.filter(type=connecting.FORWARDING_SET.name).count() == 2
    assert _ask(case, connection, personas.moderator, report_id).state == ActionState.QUEUED


def test_turning_forwarding_off_before_the_task_runs_refuses_it_then(
    server: FakeMisskey, connection: Connection, case: Case, perp: str, personas
):
    report_id = server.add_report(target=perp, comment="")
    action = _ask(case, connection, personas.moderator, report_id)
    connecting.set_forwarding(connection, False, acting_user=personas.lead)
    assert outbox.execute(action.pk) == ActionState.REFUSED
    action.refresh_from_db()
    assert action.outcome_reason == "forwarding_off"
    assert server.requests_to("POST", FORWARD) == []


def test_a_dry_run_records_the_requests_and_sends_none(
    server: FakeMisskey, connection: Connection, case: Case, perp: str, personas
):
    report_id = server.add_report(target=perp, comment="")
    action = _ask(case, connection, personas.moderator, report_id, dry_run=True)
    assert outbox.execute(action.pk) == ActionState.DRY_RUN
    plan = outbox.planned_requests(EnforcementAction.objects.get(pk=action.pk))
    assert [(p.method, p.path, dict(p.json or {})) for p in plan][-1] == (
        "POST",
        FORWARD,
        {"reportId": report_id},
    )
    assert server.requests_to("POST", FORWARD) == [] and server.delivered == []


def test_a_local_account_has_nowhere_to_be_forwarded_and_a_text_is_refused(
    server: FakeMisskey, connection: Connection, case: Case, personas
):
    local = server.add_user("localperp")
    report_id = server.add_report(target=local, comment="")
    with pytest.raises(InvalidInput, match="nowhere to forward"):
        _ask(case, connection, personas.moderator, report_id)
    with pytest.raises(InvalidInput, match="no text"):
        _ask(case, connection, personas.moderator, report_id, text="Please look at this")
    assert server.requests_to("POST", FORWARD) == []


def test_mastodon_cannot_forward_and_cannot_be_turned_on(personas):
    with FakeMastodon() as fake:
        row = Connection(base_url=fake.url, software="mastodon", domain="m.example")
        credentials.seal_token(row, MASTODON_TOKEN)
        row.save()
        case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic")
        with pytest.raises(InvalidInput) as refused:
            connecting.set_forwarding(row, True, acting_user=personas.lead)
        assert refused.value.code == "not_offered"
        with pytest.raises(InvalidInput, match="no such action"):
            _ask(case, row, personas.moderator, "1")
