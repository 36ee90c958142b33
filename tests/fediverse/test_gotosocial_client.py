"""The GoToSocial client against the fake GoToSocial, over a real socket."""

from __future__ import annotations

import logging
import logging.config
from collections.abc import Iterator

import pytest
from django.conf import settings

from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    Capability,
    NotOnServer,
    PlannedRequest,
    RateLimited,
    ServerAnswerInvalid,
    ServerError,
    ServerUnavailable,
    Software,
    TokenRefused,
    module_for,
)
from haven.fediverse.software.gotosocial import GoToSocialClient
from haven.testing.fakes.base import Response
from haven.testing.fakes.gotosocial import (
    ADMIN_TOKEN,
    DOMAIN,
    MODERATOR_TOKEN,
    USER_TOKEN,
    FakeGoToSocial,
)


@pytest.fixture
def server() -> Iterator[FakeGoToSocial]:
    with FakeGoToSocial() as fake:
        yield fake


@pytest.fixture
def client(server: FakeGoToSocial) -> Iterator[GoToSocialClient]:
    c = GoToSocialClient(server.url, ADMIN_TOKEN, timeout=0.5)
    yield c
    c.close()


def _all_reports(
    client: GoToSocialClient, cursor: str | None, limit: int
) -> tuple[list[str], str | None]:
    seen: list[str] = []
    while True:
        page = client.reports(cursor, limit=limit)
        seen += [r.id for r in page.reports]
        if page.next_cursor is None:
            return seen, cursor
        cursor = page.next_cursor


def test_module_declares_what_gotosocial_can_do():
    module = module_for("gotosocial")
    assert module.software == Software.GOTOSOCIAL
    assert module.can(Capability.POLL_REPORTS) and not module.can(Capability.WEBHOOK_REPORTS)
    assert module.can(Capability.SUSPEND_DELETES) and not module.can(Capability.SUSPEND)
    assert module.verify_delivery is None
    assert module.offers(ActionKind.SUSPEND) and not module.offers(ActionKind.LIMIT)
    assert "cannot be undone" in module.consequences[ActionKind.SUSPEND]


def test_describe_admin_and_moderator(server: FakeGoToSocial, client: GoToSocialClient):
    info = client.describe()
    assert (info.software, info.domain, info.role, info.is_admin) == (
        Software.GOTOSOCIAL,
        DOMAIN,
        "admin",
        True,
    )
    assert info.version.startswith("0.17") and info.missing == ()
    moderator = GoToSocialClient(server.url, MODERATOR_TOKEN)
    info = moderator.describe()
    assert info.role == "moderator" and not info.is_admin
    assert any("admin" in line for line in info.missing)
    moderator.close()


def test_describe_refuses_a_server_that_is_not_gotosocial(server: FakeGoToSocial):
    server.route(
        "GET", r"/api/v1/instance", lambda r, m: Response(body={"uri": "x", "version": "4.3.0"})
    )
    server._routes.insert(0, server._routes.pop())  # the override first
    client = GoToSocialClient(server.url, ADMIN_TOKEN)
    with pytest.raises(ServerAnswerInvalid):
        client.describe()


def test_reports_oldest_first_across_pages_and_resumed_from_a_saved_cursor(
    server: FakeGoToSocial, client: GoToSocialClient
):
    target = server.add_account("perp", domain="elsewhere.example")
    first = [server.add_report(comment=f"report {n}", target=target) for n in range(5)]
    server.reports[first[1]]["action_taken"] = True  # resolved ones are included
    seen, saved = _all_reports(client, None, limit=2)
    assert seen == first
    # Every request asked for the page just after the cursor, with a Link header back.
    asks = server.requests_to("GET", r"/api/v1/admin/reports")
    assert asks[0].query["limit"] == ["2"]
    assert all("min_id" in r.query for r in asks)

    later = [server.add_report(comment=f"later {n}", target=target) for n in range(3)]
    resumed, _ = _all_reports(client, saved, limit=2)
    assert resumed == later  # new ones found, none twice

    page = client.reports(None, limit=40)
    report = page.reports[0]
    assert report.target.acct == "perp@elsewhere.example" and not report.target.local
    assert report.reporter is not None and report.reporter.local
    assert report.reporter.email_domain == "mail.example"
    assert page.reports[1].resolved and not report.resolved


def test_report_account_statuses_and_download(server: FakeGoToSocial, client: GoToSocialClient):
    perp = server.add_account("perp")
    post = server.add_status(perp, "<p>synthetic post</p>", media=b"\x89PNG synthetic")
    report_id = server.add_report(comment="synthetic", target=perp, status_ids=(post,))
    report = client.report(report_id)
    assert [s.id for s in report.statuses] == [post]
    media = report.statuses[0].media[0]
    assert media.kind == "image"
    assert b"".join(client.download(media.url, max_bytes=1000)) == b"\x89PNG synthetic"
    with pytest.raises(ServerAnswerInvalid):
        b"".join(client.download(media.url, max_bytes=4))
    # The media request carried no token.
    assert "authorization" not in server.requests_to("GET", r"/fileserver/.*")[0].headers
    account = client.account(perp)
    assert account.local and account.signup_ip == "192.0.2.10" and not account.suspended
    assert [s.content_html for s in client.statuses(perp)] == ["<p>synthetic post</p>"]
    with pytest.raises(NotOnServer):
        client.report("01J00000000000000000009999")


def test_errors_map_to_havens_types_without_server_text(
    server: FakeGoToSocial, client: GoToSocialClient
):
    server.rate_limit_next(reset_in=120)
    with pytest.raises(RateLimited) as limited:
        client.reports(None)
    assert 100 <= limited.value.retry_after_seconds <= 121
    server.fail_next(status=502)
    with pytest.raises(ServerUnavailable):
        client.reports(None)
    server.slow_next(seconds=1.5)
    with pytest.raises(ServerUnavailable):
        client.reports(None)
    with pytest.raises(TokenRefused):
        GoToSocialClient(server.url, "wrong").reports(None)
    with pytest.raises(TokenRefused):
        GoToSocialClient(server.url, USER_TOKEN).reports(None)
    with pytest.raises(NotOnServer):
        client.account("01J00000000000000000008888")
    server.route("GET", r"/api/v1/admin/reports", lambda r, m: Response(body={"no": "list"}))
    server._routes.insert(0, server._routes.pop())
    with pytest.raises(ServerAnswerInvalid) as invalid:
        client.reports(None)
    assert "list" not in str(invalid.value)
    with pytest.raises(ServerUnavailable):
        GoToSocialClient("http://127.0.0.1:9", ADMIN_TOKEN).describe()


def test_suspend_sends_exactly_the_documented_form_and_deletes(
    server: FakeGoToSocial, client: GoToSocialClient
):
    perp = server.add_account("perp", domain="elsewhere.example")
    server.add_status(perp, "synthetic")
    action = ActionRequest(kind=ActionKind.SUSPEND, account_id=perp)
    assert client.plan(action) == (
        PlannedRequest("GET", f"/api/v1/admin/accounts/{perp}"),
        PlannedRequest("POST", f"/api/v1/admin/accounts/{perp}/action", {"type": "suspend"}),
    )
    result = client.perform(action)
    assert result.outcome == ActionOutcome.DONE and result.status_code == 200
    [sent] = server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")
    assert sent.form == {"type": ["suspend"]}
    assert sent.headers["authorization"] == f"Bearer {ADMIN_TOKEN}"
    assert ADMIN_TOKEN not in repr(client.plan(action))
    with pytest.raises(NotOnServer):
        client.statuses(perp)
    # Done twice: the read finds it gone and nothing more is sent.
    assert client.perform(action).outcome == ActionOutcome.ALREADY_DONE
    assert len(server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")) == 1


def test_suspend_of_an_already_suspended_account_sends_nothing(
    server: FakeGoToSocial, client: GoToSocialClient
):
    perp = server.add_account("perp")
    server.accounts[perp]["suspended"] = True
    result = client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))
    assert result.outcome == ActionOutcome.ALREADY_DONE
    assert server.requests_to("POST", r".*") == []


def test_moderator_token_is_refused_the_account_action(server: FakeGoToSocial):
    perp = server.add_account("perp")
    moderator = GoToSocialClient(server.url, MODERATOR_TOKEN)
    with pytest.raises(TokenRefused):
        moderator.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))
    assert perp in server.accounts


def test_resolve_sends_the_comment_only_when_given(
    server: FakeGoToSocial, client: GoToSocialClient
):
    perp = server.add_account("perp")
    silent = server.add_report(comment="a", target=perp)
    told = server.add_report(comment="b", target=perp)
    assert client.perform(
        ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=silent)
    ).outcome == (ActionOutcome.DONE)
    client.perform(
        ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=told, text="We acted on it.")
    )
    first, second = server.requests_to("POST", r"/api/v1/admin/reports/.*/resolve")
    assert first.param("action_taken_comment") is None
    assert second.param("action_taken_comment") == "We acted on it."
    again = client.perform(ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=told))
    assert again.outcome == ActionOutcome.ALREADY_DONE
    assert server.reports[told]["action_taken_comment"] == "We acted on it."


def test_an_action_gotosocial_lacks_is_refused_without_a_request(
    server: FakeGoToSocial, client: GoToSocialClient
):
    result = client.perform(ActionRequest(kind=ActionKind.LIMIT, account_id="x"))
    assert result.outcome == ActionOutcome.REFUSED and result.reason == "not_offered"
    assert server.requests == []


def test_a_refused_action_is_a_result_not_an_error(
    server: FakeGoToSocial, client: GoToSocialClient
):
    perp = server.add_account("perp")
    server.route(
        "POST",
        r"/api/v1/admin/accounts/(?P<id>[^/]+)/action",
        lambda r, m: Response(422, {"error": "synthetic free text"}),
    )
    server._routes.insert(0, server._routes.pop())
    result = client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))
    assert (result.outcome, result.status_code) == (ActionOutcome.REFUSED, 422)
    assert "synthetic" not in result.reason
    server.fail_next(status=500)
    with pytest.raises(ServerError):
        client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))


def test_requests_to_the_server_leave_no_url_in_the_logs(
    server: FakeGoToSocial, client: GoToSocialClient, caplog: pytest.LogCaptureFixture
):
    # The logging settings, not the test, decide the levels: an admin URL names an account.
    perp = server.add_account("perp")
    report_id = server.add_report(comment="synthetic", target=perp)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    logging.config.dictConfig(settings.LOGGING)
    root = logging.getLogger()
    root.addHandler(caplog.handler)  # dictConfig replaced the root's handlers
    try:
        client.report(report_id)
        client.account(perp)
    finally:
        root.removeHandler(caplog.handler)
    assert server.url not in caplog.text
    assert perp not in caplog.text and report_id not in caplog.text
