"""Linked accounts: found across reports and among local accounts, each with its reasons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import connection as db

from haven.cases.models import Case
from haven.core.errors import Conflict
from haven.evidence import vault
from haven.fediverse import capture_run, linked, linked_traits, polling
from haven.fediverse.linked import LinkReason
from haven.fediverse.models import (
    AccountTrait,
    CaptureRun,
    EnforcementAction,
    HeldItem,
    LinkedAccount,
)
from haven.testing.fakes.gotosocial import FakeGoToSocial
from tests.cases.helpers import event_types, synthetic_png
from tests.fediverse.test_capture import THREAT, connect

pytestmark = pytest.mark.django_db

AVATAR = synthetic_png(seed=11, size=(256, 256))
PERP_IP = "203.0.113.5"


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


def _capture_all() -> None:
    for run in CaptureRun.objects.filter(state="pending"):
        capture_run.run(run.pk)


def _by_acct(case: Case) -> dict[str, set[str]]:
    return {link.acct: set(link.reasons) for link in linked.read_linked(case)}


def _reasons(case: Case) -> dict[str, set[str]]:
    rows = LinkedAccount.objects.filter(case=case)
    accts = {link.row_id: link.acct for link in linked.read_linked(case)}
    return {accts[row.pk]: set(row.reasons) for row in rows}


def test_accounts_on_other_reports_with_the_same_wallet_payment_handle_and_avatar(server):
    first = server.add_account("perp", domain="elsewhere.example", avatar=AVATAR)
    second = server.add_account("perp2", domain="other.example", avatar=AVATAR)
    unrelated = server.add_account("shoes", domain="other.example", avatar=synthetic_png(seed=5))
    wallet = "bc1qsynth0000000000000000000000000000000"
    for target, text in (
        (first, f"synthetic: pay to paypal.me/SynthPay99 or {wallet} tonight"),
        (second, f"synthetic: send it to {wallet}, paypal.me/synthpay99, now"),
        (unrelated, "synthetic: I have your nudes, pay me or your family sees them"),
    ):
        status = server.add_status(target, text)
        server.add_report(comment=THREAT, target=target, status_ids=(status,))
    polling.sync(connect(server))
    _capture_all()
    cases = {c.parties.get(role="perpetrator").subject_id: c for c in Case.objects.all()}
    assert len(cases) == 3
    case = Case.objects.get(captures__remote_report_id=min(server.reports))
    found = _reasons(case)
    assert found == {
        "perp2@other.example": {
            LinkReason.SAME_WALLET,
            LinkReason.SAME_PAYMENT,
            LinkReason.SAME_AVATAR,
        }
    }
    assert "linked.found" in event_types(case)
    # Both ways: the second case links back to the first.
    other = Case.objects.get(captures__remote_report_id=sorted(server.reports)[1])
    assert set(_reasons(other)) == {"perp@elsewhere.example"}


def test_no_payment_handle_wallet_or_ip_is_stored_in_clear(server):
    target = server.add_account("perp", ip=PERP_IP, email="perp@burner.example")
    status = server.add_status(
        target, "synthetic: paypal.me/SynthPay99 bc1qsynth0000000000000000000000000000000"
    )
    server.add_report(comment=THREAT, target=target, status_ids=(status,))
    polling.sync(connect(server))
    _capture_all()
    assert AccountTrait.objects.filter(kind="signup_ip").exists()
    with db.cursor() as cursor:
        cursor.execute("SELECT digest FROM fediverse_accounttrait")
        stored = " ".join(row[0] for row in cursor.fetchall())
    for value in ("synthpay99", "bc1qsynth", PERP_IP, "burner.example"):
        assert value not in stored.lower()


def test_local_accounts_with_the_same_signup_ip_email_domain_or_burst(server):
    early = "2026-01-01T00:00:00Z"
    perp = server.add_account("perp", ip=PERP_IP, email="a@burner.example", created_at=early)
    same_ip = server.add_account("sock1", ip=PERP_IP, email="b@mail.example")
    same_domain = server.add_account("sock2", ip="198.51.100.9", email="c@burner.example")
    burst = [
        server.add_account(
            f"burst{i}", ip=f"198.51.100.{20 + i}", created_at=f"2026-01-01T00:{5 * i:02d}:00Z"
        )
        for i in (1, 2)
    ]
    # The reporter shares the perpetrator's IP (a household): never offered for suspension.
    reporter = server.add_account("reporter", ip=PERP_IP, email="r@mail.example")
    status = server.add_status(perp, "synthetic: pay or they all see it")
    server.add_report(comment=THREAT, target=perp, reporter=reporter, status_ids=(status,))
    polling.sync(connect(server))
    _capture_all()
    case = Case.objects.get()
    found = _reasons(case)
    assert found["sock1@gts.example"] == {LinkReason.SAME_SIGNUP_IP}
    assert found["sock2@gts.example"] == {LinkReason.SAME_EMAIL_DOMAIN}
    for name in ("burst1", "burst2"):
        assert found[f"{name}@gts.example"] == {LinkReason.CREATED_IN_BURST}
    assert "reporter@gts.example" not in found
    assert {row.account_id for row in LinkedAccount.objects.filter(case=case)} == {
        same_ip,
        same_domain,
        *burst,
    }
    assert server.requests_to("GET", r"/api/v2/admin/accounts")[0].query["origin"] == ["local"]


def test_suspend_all_queues_one_action_for_each_linked_account(server, personas):
    perp = server.add_account("perp", ip=PERP_IP, email="a@burner.example")
    socks = [server.add_account(f"sock{i}", ip=PERP_IP) for i in (1, 2, 3)]
    status = server.add_status(perp, "synthetic: pay or they all see it")
    server.add_report(comment=THREAT, target=perp, status_ids=(status,))
    connection = connect(server)
    polling.sync(connection)
    case = Case.objects.get()
    with pytest.raises(Conflict):  # the capture first
        linked.suspend_all(
            case, connection, acting_user=personas.lead, reason="synthetic", confirmed_wishes=True
        )
    _capture_all()
    actions = linked.suspend_all(
        case,
        connection,
        acting_user=personas.lead,
        reason="synthetic: same person",
        confirmed_wishes=True,
    )
    assert sorted(a.account_id for a in actions) == sorted(socks)
    assert {a.kind for a in actions} == {"suspend"}
    assert EnforcementAction.objects.filter(case=case).count() == 3
    assert event_types(case).count("enforcement.requested") == 3
    # Asked once: a second "suspend all" has nothing left to queue.
    with pytest.raises(Exception, match="no linked account left"):
        linked.suspend_all(
            case, connection, acting_user=personas.lead, reason="synthetic", confirmed_wishes=True
        )


def test_pdq_of_the_same_avatar_matches_and_of_another_does_not():
    a = linked_traits.avatar_pdq(AVATAR)
    b = linked_traits.avatar_pdq(synthetic_png(seed=5, size=(256, 256)))
    assert a and b
    assert linked_traits.pdq_distance(a, a) == 0
    assert linked_traits.pdq_distance(a, b) > linked_traits.PDQ_CONFIDENT_MATCH_THRESHOLD


def test_the_server_page_lists_them_and_suspend_all_is_one_confirmed_step(server, personas, login):
    perp = server.add_account("perp", ip=PERP_IP, email="a@burner.example")
    socks = [server.add_account(f"sock{i}", ip=PERP_IP) for i in (1, 2)]
    status = server.add_status(perp, "synthetic: pay or they all see it")
    server.add_report(comment=THREAT, target=perp, status_ids=(status,))
    connection = connect(server)
    polling.sync(connection)
    case = Case.objects.get()
    lead = login(personas.lead)
    page = lead.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Capturing" in page and "Linked accounts" not in page
    _capture_all()
    page = lead.get(f"/cases/{case.pk}/server/").content.decode()
    assert "Captured" in page and "sock1@gts.example" in page
    assert "signed up from the same IP address" in page
    form = {"connection": connection.pk, "reason": "synthetic: same person"}
    confirm = lead.post(f"/cases/{case.pk}/server/linked/confirm/", form)
    assert confirm.status_code == 200 and "sock2@gts.example" in confirm.content.decode()
    assert not EnforcementAction.objects.exists()  # the confirmation page queues nothing
    done = lead.post(f"/cases/{case.pk}/server/linked/suspend/", {**form, "respects_wishes": "on"})
    assert done.status_code == 302
    assert sorted(EnforcementAction.objects.values_list("account_id", flat=True)) == sorted(socks)
    for person in (personas.moderator, personas.outsider):  # no team yet: leads only
        other = login(person)
        assert other.get(f"/cases/{case.pk}/server/").status_code == 404
        assert other.post(f"/cases/{case.pk}/server/linked/suspend/", form).status_code == 404


def test_a_payment_link_in_the_profile_fields_links_and_is_captured(server):
    link = '<a href="https://paypal.me/SynthTip7">paypal.me/SynthTip7</a>'
    first = server.add_account("perp", domain="elsewhere.example", fields=(("Tips", link),))
    second = server.add_account("perp2", domain="other.example", fields=(("Pay", link),))
    for target in (first, second):
        status = server.add_status(target, "synthetic: pay or they all see it")
        server.add_report(comment=THREAT, target=target, status_ids=(status,))
    polling.sync(connect(server))
    _capture_all()
    case = Case.objects.get(captures__remote_report_id=min(server.reports))
    assert _reasons(case) == {"perp2@other.example": {LinkReason.SAME_PAYMENT}}
    profile = HeldItem.objects.get(case=case, what="profile")
    held = b"".join(vault.read(case.pk, profile.pk, profile.blob_name))
    assert b"paypal.me/SynthTip7" in held
