"""A server report joins the open case of the same victim, found by a keyed tag (fake Mastodon)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import connection as db

from haven.cases import actions, erasure, responding, subjects
from haven.cases.models import Case, CaseParty, PartyRole
from haven.fediverse import credentials, report_intake
from haven.fediverse.models import Connection, VictimTag
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon
from tests.cases.helpers import assert_timeline_ok, event_types

pytestmark = pytest.mark.django_db

THREAT = "synthetic: I have your pictures, pay 300 in bitcoin or everyone sees them"
VICTIM = f"victim_canary_5521@{DOMAIN}"


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def connection(server: FakeMastodon) -> Connection:
    row = Connection(base_url=server.url, software="mastodon", domain=DOMAIN)
    credentials.seal_token(row, ADMIN_TOKEN)
    row.save()
    return row


@pytest.fixture
def victims_case(personas) -> Case:
    """An open case whose victim's account a moderator recorded (People)."""
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic")
    actions.add_party(case, "victim", acting_user=personas.moderator, acct=VICTIM)
    return case


def _file(server: FakeMastodon, connection: Connection, *, reporter: str, target: str) -> Case:
    post = server.add_status(target, f"<p>{THREAT}</p>", visibility="direct")
    report_id = server.add_report(
        comment=THREAT, target=target, reporter=reporter, status_ids=(post,)
    )
    report = report_intake.fetch_report(connection, report_id)
    return report_intake.file_report(connection, report, acting_user=None)


def _perpetrators(case: Case) -> list[str]:
    parties = CaseParty.objects.filter(case=case, role=PartyRole.PERPETRATOR)
    return sorted(actions.read_party_account(p) for p in parties)


def test_a_report_filed_by_the_same_victim_joins_their_open_case(
    server: FakeMastodon, connection: Connection, victims_case: Case
):
    victim = server.add_account("victim_canary_5521")
    other_perp = server.add_account("second_perp", domain="elsewhere.example")
    case = _file(server, connection, reporter=victim, target=other_perp)
    assert case.pk == victims_case.pk and Case.objects.count() == 1
    assert _perpetrators(case) == ["second_perp@elsewhere.example"]
    assert report_intake.JOINED_BY_VICTIM.name in event_types(case)
    assert case.events.get(type=report_intake.JOINED_BY_VICTIM.name).payload == {"by": "reporter"}
    assert_timeline_ok(case)


def test_a_report_about_the_victim_joins_and_does_not_call_them_a_perpetrator(
    server: FakeMastodon, connection: Connection, victims_case: Case
):
    victim = server.add_account("victim_canary_5521")
    retaliating = server.add_account("perp", domain="elsewhere.example")
    case = _file(server, connection, reporter=retaliating, target=victim)
    assert case.pk == victims_case.pk
    assert _perpetrators(case) == []  # the victim is not made a perpetrator
    assert case.events.get(type=report_intake.JOINED_BY_VICTIM.name).payload == {"by": "target"}


def test_a_report_by_a_different_victim_opens_its_own_case(
    server: FakeMastodon, connection: Connection, victims_case: Case
):
    someone_else = server.add_account("another_person")
    perp = server.add_account("second_perp", domain="elsewhere.example")
    case = _file(server, connection, reporter=someone_else, target=perp)
    assert case.pk != victims_case.pk and Case.objects.count() == 2
    assert report_intake.JOINED_BY_VICTIM.name not in event_types(case)


def test_a_closed_case_of_the_victim_is_not_joined(
    server: FakeMastodon, connection: Connection, victims_case: Case, personas
):
    responding.close_case(
        victims_case, acting_user=personas.moderator, reason="other", note="synthetic"
    )
    victim = server.add_account("victim_canary_5521")
    perp = server.add_account("second_perp", domain="elsewhere.example")
    case = _file(server, connection, reporter=victim, target=perp)
    assert case.pk != victims_case.pk


def test_the_tag_holds_no_handle_and_differs_from_a_perpetrators_lookup(victims_case: Case):
    row = VictimTag.objects.get(case=victims_case)
    assert row.tag == subjects.victim_tag(VICTIM) and len(row.tag) == 64
    assert "victim_canary" not in row.tag
    # Keyed apart: the same handle as a perpetrator's lookup does not match it.
    assert row.tag != subjects.lookup_for(VICTIM)
    assert subjects.open_case_of_victim("@Victim_Canary_5521@" + DOMAIN.upper()) == victims_case


def test_only_victims_are_tagged(personas):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic")
    for role in ("reporter", "witness", "perpetrator"):
        actions.add_party(case, role, acting_user=personas.moderator, acct=f"{role}@x.example")
    assert not VictimTag.objects.exists()


def test_after_erasure_no_tag_remains_and_the_victim_is_not_found(
    server: FakeMastodon, connection: Connection, victims_case: Case, personas
):
    tag = VictimTag.objects.get(case=victims_case).tag
    erasure.erase_case(victims_case, acting_user=personas.lead)
    assert not VictimTag.objects.exists()
    assert subjects.open_case_of_victim(VICTIM) is None
    with db.cursor() as cursor:
        for table in db.introspection.table_names():
            cursor.execute(f"SELECT * FROM {db.ops.quote_name(table)}")  # noqa: S608 (our own table names)
            for row in cursor.fetchall():
                assert tag not in repr(row), table

    victim = server.add_account("victim_canary_5521")
    perp = server.add_account("second_perp", domain="elsewhere.example")
    case = _file(server, connection, reporter=victim, target=perp)
    assert case.pk != victims_case.pk
