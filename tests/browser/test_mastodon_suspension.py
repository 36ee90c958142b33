"""From a report filed on the fake Mastodon to the perpetrator suspended there, in a real browser.

The report arrives by webhook (signed as Mastodon signs it) at the live server,
the worker makes it a case, and a safety lead suspends the perpetrator from the
"On the server" page after confirming the victim's wishes. The fake Mastodon
then shows exactly the requests Haven sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from haven.cases import victim_wishes
from haven.cases.models import Case
from haven.fediverse import credentials
from haven.fediverse.models import ActionState, Connection, EnforcementAction, WebhookDelivery
from haven.jobs.worker import run_worker
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon

from .conftest import unfold

pytestmark = pytest.mark.browser

SECRET = b"synthetic-browser-webhook-secret"
THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
REPORT = "synthetic: this account is threatening to send my pictures to my family"


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture(autouse=True)
def _no_periodic_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    from haven.jobs import periodic

    monkeypatch.setattr(periodic, "_REGISTRY", {})


def _run_tasks() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def test_a_report_by_webhook_becomes_a_case_and_the_perpetrator_is_suspended_safely(
    transactional_db: None,
    personas: Any,
    live_server: Any,
    mastodon: FakeMastodon,
    open_page: Any,
    sign_in: Any,
    shots: Any,
    expect: Any,
) -> None:
    connection = Connection(base_url=mastodon.url, software="mastodon", domain=DOMAIN)
    credentials.seal_token(connection, ADMIN_TOKEN)
    credentials.seal_webhook_secret(connection, SECRET)
    connection.save()
    hook = mastodon.add_webhook(f"{live_server.url}/hooks/{connection.pk}/", SECRET)

    # A member reports a DM on the fake Mastodon; Mastodon calls Haven at once.
    victim = mastodon.add_account("member", email="member@private.example", ip="203.0.113.5")
    perp = mastodon.add_account("sender", email="sender@burner.example", ip="198.51.100.9")
    dm = mastodon.add_status(perp, f"<p>{THREAT}</p>", visibility="direct")
    report_id = mastodon.add_report(
        comment=REPORT, target=perp, reporter=victim, status_ids=(dm,), category="violation"
    )
    assert hook.answers == [202]
    assert WebhookDelivery.objects.get().object_id == report_id
    assert not Case.objects.exists()  # processed in a task, not in the request
    _run_tasks()
    case = Case.objects.get()
    victim_wishes.record_wishes(
        case,
        acting_user=personas.lead,
        outcome="synthetic: wants the account gone",
        safety="synthetic: has saved the messages and is ready",
    )
    before = len(mastodon.requests)

    page = open_page()
    sign_in(page, personas.lead)
    shots.take(page, "inbox-with-the-new-case")
    page.get_by_role("link", name=f"Open case {case.pk[:8]}").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    shots.take(page, "case-from-the-webhook")
    unfold(page, "people")  # the link sits in the folded "People on the case" section
    page.get_by_role("link", name="On the server", exact=False).click()
    page.wait_for_url(f"**/cases/{case.pk}/server/")
    expect(page.locator("#act-kind option")).to_have_count(4)  # no "Delete a post" on Mastodon
    expect(page.locator(".wishes-shown")).to_contain_text("wants the account gone")
    page.get_by_label("Action").select_option("suspend")
    page.get_by_label("Why (kept with the case, never sent)").fill("synthetic: sextortion")
    shots.take(page, "ask-for-a-suspension")
    page.get_by_role("button", name="Show what will happen").click()

    page.wait_for_url(f"**/cases/{case.pk}/server/confirm/")
    expect(page.locator("p.warning").first).to_contain_text("Every open report about it")
    requests = page.locator("ol").first
    expect(requests).to_contain_text(f"GET /api/v1/admin/accounts/{perp}")
    expect(requests).to_contain_text(f"POST /api/v1/admin/accounts/{perp}/action")
    expect(requests).to_contain_text("type=suspend")
    expect(requests).to_contain_text("send_email_notification=false")
    expect(requests).not_to_contain_text("report_id")
    shots.take(page, "confirm-shows-consequences-and-requests")
    assert len(mastodon.requests) == before  # nothing asked of the server yet

    page.get_by_label("This respects the victim's wishes, shown above").check()
    page.get_by_role("button", name="Confirm and carry it out").click()
    page.wait_for_url(f"**/cases/{case.pk}/server/")
    expect(page.get_by_text("The action was asked for")).to_be_visible()
    shots.take(page, "suspension-queued")

    _run_tasks()
    action = EnforcementAction.objects.get()
    assert action.state == ActionState.DONE
    page.reload()
    actions = page.locator("table.evidence", has_text="Suspend the account permanently")
    expect(actions).to_contain_text("Done")
    shots.take(page, "suspension-done")

    sent = [(r.method, r.path, r.form) for r in mastodon.requests[before:]]
    assert sent == [
        ("GET", f"/api/v1/admin/accounts/{perp}", {}),
        (
            "POST",
            f"/api/v1/admin/accounts/{perp}/action",
            {"type": ["suspend"], "send_email_notification": ["false"]},
        ),
    ]
    assert mastodon.suspended(perp) and mastodon.emails == []
    [strike] = mastodon.strikes
    assert strike.report_id is None and strike.status_ids == []
    assert mastodon.open_reports(perp) == []  # the suspension resolved the report
