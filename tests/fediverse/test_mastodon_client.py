"""The Mastodon client against the fake Mastodon, over a real socket."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    Capability,
    NotOnServer,
    PlannedRequest,
    RateLimited,
    ServerAnswerInvalid,
    ServerUnavailable,
    Software,
    TokenRefused,
    module_for,
)
from haven.fediverse.software.mastodon import MastodonClient, sign, verify_delivery
from haven.testing.fakes.base import Response
from haven.testing.fakes.mastodon import (
    ADMIN_TOKEN,
    DOMAIN,
    MODERATOR_TOKEN,
    READ_ONLY_TOKEN,
    FakeMastodon,
)

NEUTRAL = "Your account was suspended for breaking this server's rules."


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def client(server: FakeMastodon) -> Iterator[MastodonClient]:
    c = MastodonClient(server.url, ADMIN_TOKEN, timeout=0.5)
    yield c
    c.close()


def _suspend(account_id: str, text: str = NEUTRAL) -> ActionRequest:
    return ActionRequest(kind=ActionKind.SUSPEND, account_id=account_id, text=text)


def _all_reports(
    client: MastodonClient, cursor: str | None, limit: int
) -> tuple[list[str], str | None]:
    seen: list[str] = []
    while True:
        page = client.reports(cursor, limit=limit)
        seen += [r.id for r in page.reports]
        if page.next_cursor is None:
            return seen, cursor
        cursor = page.next_cursor


def test_module_declares_what_mastodon_can_do():
    module = module_for("mastodon")
    assert module.software == Software.MASTODON
    assert module.can(Capability.WEBHOOK_REPORTS) and module.can(Capability.POLL_REPORTS)
    assert module.can(Capability.SUSPEND) and not module.can(Capability.SUSPEND_DELETES)
    assert not module.can(Capability.DELETE_STATUS)
    assert not module.offers(ActionKind.DELETE_STATUS)
    for kind in (ActionKind.SUSPEND, ActionKind.LIMIT, ActionKind.MARK_SENSITIVE):
        assert "Every open report about it is resolved" in module.consequences[kind]
    assert "30 days" in module.consequences[ActionKind.SUSPEND]
    assert module.verify_delivery is verify_delivery


def test_describe_reads_instance_role_and_scopes(server: FakeMastodon, client: MastodonClient):
    info = client.describe()
    assert (info.software, info.domain, info.version, info.role, info.is_admin) == (
        Software.MASTODON,
        DOMAIN,
        server.version,
        "Owner",
        True,
    )
    assert "admin:write:accounts" in info.scopes and info.missing == ()
    paths = [r.path for r in server.requests]
    assert paths == [
        "/api/v2/instance",
        "/api/v1/accounts/verify_credentials",
        "/api/v1/apps/verify_credentials",
    ]


def test_describe_says_what_a_moderator_or_narrow_token_lacks(server: FakeMastodon):
    moderator = MastodonClient(server.url, MODERATOR_TOKEN)
    info = moderator.describe()
    assert info.role == "Moderator" and not info.is_admin
    assert [line for line in info.missing if "Delete User Data" in line]
    moderator.close()
    narrow = MastodonClient(server.url, READ_ONLY_TOKEN)
    info = narrow.describe()
    lacking = " ".join(info.missing)
    assert "admin:write:accounts" in lacking and "admin:write:reports" in lacking
    assert "admin:read:reports" not in lacking  # admin:read covers it
    narrow.close()


def test_describe_an_old_server_falls_back_to_v1_and_no_scopes():
    with FakeMastodon(version="3.5.9") as old:
        client = MastodonClient(old.url, ADMIN_TOKEN)
        info = client.describe()
        assert info.domain == DOMAIN and info.version == "3.5.9"
        assert info.scopes == () and any("4.3" in line for line in info.missing)
        assert [r.path for r in old.requests][:2] == ["/api/v2/instance", "/api/v1/instance"]
        client.close()


def test_a_bad_token_is_refused(server: FakeMastodon):
    with pytest.raises(TokenRefused):
        MastodonClient(server.url, "wrong").describe()
    narrow = MastodonClient(server.url, READ_ONLY_TOKEN)
    target = server.add_account("perp")
    with pytest.raises(TokenRefused):
        narrow.api.account_action(target, {"type": "suspend"})
    assert not server.suspended(target)


def test_reports_oldest_first_open_and_resolved_across_pages_and_resumed(
    server: FakeMastodon, client: MastodonClient
):
    target = server.add_account("perp", domain="elsewhere.example")
    first = [server.add_report(comment=f"report {n}", target=target) for n in range(5)]
    server.reports[first[1]]["action_taken_at"] = "2026-01-01T00:00:00.000Z"
    seen, saved = _all_reports(client, None, limit=2)
    assert seen == first  # resolved ones included, none twice, in order
    asks = server.requests_to("GET", r"/api/v1/admin/reports")
    assert {r.query.get("resolved", ["open"])[-1] for r in asks} == {"open", "true"}
    assert asks[0].query["limit"] == ["2"]

    later = [server.add_report(comment=f"later {n}", target=target) for n in range(3)]
    resumed, _ = _all_reports(client, saved, limit=2)
    assert resumed == later

    page = client.reports(None, limit=40)
    report = page.reports[0]
    assert report.target.acct == "perp@elsewhere.example" and not report.target.local
    assert report.reporter is not None and report.reporter.acct == f"reporter@{DOMAIN}"
    assert report.url == f"{server.url}/admin/reports/{report.id}"
    assert page.reports[1].resolved and not report.resolved


def test_link_header_is_what_mastodon_sends(server: FakeMastodon):
    target = server.add_account("perp")
    ids = [server.add_report(comment="r", target=target) for _ in range(3)]
    answer = httpx.get(
        f"{server.url}/api/v1/admin/reports",
        params={"limit": "2"},
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
    )
    assert [r["id"] for r in answer.json()] == [ids[2], ids[1]]
    assert f"max_id={ids[1]}" in answer.headers["Link"] and 'rel="next"' in answer.headers["Link"]
    assert f"min_id={ids[2]}" in answer.headers["Link"] and 'rel="prev"' in answer.headers["Link"]
    assert answer.headers["X-RateLimit-Limit"] == "300"
    assert answer.headers["X-RateLimit-Remaining"] == "299"


def test_report_drops_the_reporters_email_and_addresses(
    server: FakeMastodon, client: MastodonClient
):
    reporter = server.add_account("victim", email="victim@private.example", ip="203.0.113.9")
    perp = server.add_account("perp", email="perp@burner.example", ip="198.51.100.3")
    post = server.add_status(perp, "<p>synthetic dm</p>", visibility="direct", media=b"\x89PNG s")
    report_id = server.add_report(
        comment="synthetic", target=perp, reporter=reporter, status_ids=(post,)
    )
    report = client.report(report_id)
    assert report.reporter is not None
    assert (report.reporter.signup_ip, report.reporter.email_domain) == ("", "")
    assert "private.example" not in repr(report) and "203.0.113.9" not in repr(report)
    # The target's sign-up details are kept for linking accounts: the domain only.
    assert (report.target.signup_ip, report.target.email_domain) == (
        "198.51.100.3",
        "burner.example",
    )
    assert "perp@burner.example" not in repr(report)
    [status] = report.statuses
    assert status.visibility == "direct" and status.id == post
    media = status.media[0]
    assert b"".join(client.download(media.url, max_bytes=1000)) == b"\x89PNG s"
    with pytest.raises(ServerAnswerInvalid):
        b"".join(client.download(media.url, max_bytes=3))
    assert "authorization" not in server.requests_to("GET", r"/system/media/.*")[0].headers
    with pytest.raises(NotOnServer):
        client.report("999")
    with pytest.raises(NotOnServer):
        client.report("../accounts")  # not an id: nothing is sent
    assert not server.requests_to("GET", r".*/accounts")


def test_account_and_statuses(server: FakeMastodon, client: MastodonClient):
    perp = server.add_account("perp", domain="elsewhere.example")
    server.add_status(perp, "<p>one</p>")
    server.add_status(perp, "<p>two</p>")
    account = client.account(perp)
    assert account.acct == "perp@elsewhere.example" and not account.local
    assert account.signup_ip == "" and not account.suspended
    assert [s.content_html for s in client.statuses(perp, limit=5)] == ["<p>two</p>", "<p>one</p>"]
    assert server.requests_to("GET", rf"/api/v1/accounts/{perp}/statuses")[0].query == {
        "limit": ["5"]
    }
    with pytest.raises(NotOnServer):
        client.account("12345")


def test_the_safe_suspension_sends_exactly_this(server: FakeMastodon, client: MastodonClient):
    perp = server.add_account("perp", email="perp@burner.example")
    post = server.add_status(perp, "<p>synthetic threat</p>", visibility="direct")
    report_id = server.add_report(comment="synthetic", target=perp, status_ids=(post,))
    other = server.add_report(comment="synthetic too", target=perp)
    action = _suspend(perp)
    assert client.plan(action) == (
        PlannedRequest("GET", f"/api/v1/admin/accounts/{perp}"),
        PlannedRequest(
            "POST",
            f"/api/v1/admin/accounts/{perp}/action",
            {"type": "suspend", "send_email_notification": "false", "text": NEUTRAL},
        ),
    )
    result = client.perform(action)
    assert (result.outcome, result.status_code) == (ActionOutcome.DONE, 200)

    [sent] = server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")
    assert sent.form == {
        "type": ["suspend"],
        "send_email_notification": ["false"],  # explicit: Mastodon's default is true
        "text": [NEUTRAL],
    }
    assert sent.param("report_id") is None
    assert sent.headers["authorization"] == f"Bearer {ADMIN_TOKEN}"
    # Read before acting: the account's state came first.
    kinds = [(r.method, r.path) for r in server.requests if r.path.startswith("/api/v1/admin")]
    assert kinds[0] == ("GET", f"/api/v1/admin/accounts/{perp}")
    # On the server: suspended, no e-mail, a strike with no reported posts in it,
    # and every open report about the account resolved by the action itself.
    assert server.suspended(perp)
    assert server.emails == []
    [strike] = server.strikes
    assert (strike.report_id, strike.status_ids, strike.text) == (None, [], NEUTRAL)
    assert server.open_reports(perp) == []
    assert ADMIN_TOKEN not in repr(client.plan(action))

    # The report is resolved in its own call; already resolved, nothing is sent.
    resolve = ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=report_id)
    assert client.plan(resolve) == (
        PlannedRequest("GET", f"/api/v1/admin/reports/{report_id}"),
        PlannedRequest("POST", f"/api/v1/admin/reports/{report_id}/resolve"),
    )
    assert client.perform(resolve).outcome == ActionOutcome.ALREADY_DONE
    assert server.requests_to("POST", r"/api/v1/admin/reports/.*/resolve") == []
    assert other not in server.open_reports(perp)


def test_no_text_means_none_is_sent(server: FakeMastodon, client: MastodonClient):
    perp = server.add_account("perp")
    client.perform(_suspend(perp, text=""))
    [sent] = server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")
    assert sent.param("text") is None and sent.param("send_email_notification") == "false"


def test_the_fake_shows_why_report_id_and_the_default_email_are_dangerous(
    server: FakeMastodon,
):
    """What Haven never sends: the fake does what Mastodon does with it."""
    perp = server.add_account("perp")
    post = server.add_status(perp, "<p>synthetic private message</p>", visibility="direct")
    report_id = server.add_report(comment="synthetic", target=perp, status_ids=(post,))
    answer = httpx.post(
        f"{server.url}/api/v1/admin/accounts/{perp}/action",
        data={"type": "suspend", "report_id": report_id},
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
    )
    assert answer.status_code == 200
    [strike] = server.strikes
    assert strike.status_ids == [post]
    [email] = server.emails
    assert email.status_ids == [post]


def test_a_second_suspension_is_already_done_and_sends_nothing(
    server: FakeMastodon, client: MastodonClient
):
    perp = server.add_account("perp")
    assert client.perform(_suspend(perp)).outcome == ActionOutcome.DONE
    again = client.perform(_suspend(perp))
    assert again.outcome == ActionOutcome.ALREADY_DONE
    assert len(server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")) == 1
    assert len(server.requests_to("GET", rf"/api/v1/admin/accounts/{perp}")) == 2


@pytest.mark.parametrize(
    ("kind", "sent_type", "flag"),
    [
        (ActionKind.LIMIT, "silence", "silenced"),
        (ActionKind.MARK_SENSITIVE, "sensitive", "sensitized"),
    ],
)
def test_limit_and_sensitive(server: FakeMastodon, client: MastodonClient, kind, sent_type, flag):
    perp = server.add_account("perp")
    report_id = server.add_report(comment="synthetic", target=perp)
    assert client.perform(ActionRequest(kind=kind, account_id=perp)).outcome == ActionOutcome.DONE
    [sent] = server.requests_to("POST", r"/api/v1/admin/accounts/.*/action")
    assert sent.form == {"type": [sent_type], "send_email_notification": ["false"]}
    assert server.accounts[perp][flag] and not server.suspended(perp)
    assert report_id not in server.open_reports(perp)
    assert client.perform(ActionRequest(kind=kind, account_id=perp)).outcome == (
        ActionOutcome.ALREADY_DONE
    )


def test_suspension_purges_the_posts_30_days_later(server: FakeMastodon, client: MastodonClient):
    perp = server.add_account("perp")
    post = server.add_status(perp, "<p>synthetic</p>", media=b"\x89PNG")
    report_id = server.add_report(comment="synthetic", target=perp, status_ids=(post,))
    client.perform(_suspend(perp))
    assert client.statuses(perp) == ()  # hidden at once
    assert [s.id for s in client.report(report_id).statuses] == [post]  # still kept
    server.advance(days=29)
    assert post in server.statuses
    server.advance(days=1)
    assert post not in server.statuses and server.media == {}
    assert client.report(report_id).statuses == ()
    assert client.account(perp).suspended


def test_delete_account_data_needs_a_suspension_and_the_permission(
    server: FakeMastodon, client: MastodonClient
):
    perp = server.add_account("perp")
    post = server.add_status(perp, "<p>synthetic</p>")
    delete = ActionRequest(kind=ActionKind.DELETE_ACCOUNT_DATA, account_id=perp)
    result = client.perform(delete)
    assert (result.outcome, result.reason) == (ActionOutcome.REFUSED, "account_not_suspended")
    assert server.requests_to("DELETE", r".*") == []
    client.perform(_suspend(perp))
    moderator = MastodonClient(server.url, MODERATOR_TOKEN)
    refused = moderator.perform(delete)
    assert (refused.outcome, refused.status_code) == (ActionOutcome.REFUSED, 403)
    assert post in server.statuses
    moderator.close()
    assert client.plan(delete)[-1] == PlannedRequest("DELETE", f"/api/v1/admin/accounts/{perp}")
    assert client.perform(delete).outcome == ActionOutcome.DONE
    assert post not in server.statuses  # at once


def test_resolve_a_report_on_its_own(server: FakeMastodon, client: MastodonClient):
    perp = server.add_account("perp")
    one = server.add_report(comment="a", target=perp)
    two = server.add_report(comment="b", target=perp)
    resolve = ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=one, text="unsent")
    assert client.perform(resolve).outcome == ActionOutcome.DONE
    [sent] = server.requests_to("POST", r"/api/v1/admin/reports/.*/resolve")
    assert sent.body == b""  # Mastodon takes no note: nothing is sent with it
    assert server.open_reports(perp) == [two]
    assert client.perform(resolve).outcome == ActionOutcome.ALREADY_DONE


def test_delete_status_is_refused_without_a_request(server: FakeMastodon, client: MastodonClient):
    result = client.perform(ActionRequest(kind=ActionKind.DELETE_STATUS, status_id="1"))
    assert result.outcome == ActionOutcome.REFUSED
    assert client.plan(ActionRequest(kind=ActionKind.DELETE_STATUS, status_id="1")) == ()
    assert server.requests == []


def test_a_refusal_is_a_result_without_the_servers_text(
    server: FakeMastodon, client: MastodonClient
):
    perp = server.add_account("perp")
    server.route(
        "POST",
        r"/api/v1/admin/accounts/(?P<id>[^/]+)/action",
        lambda r, m: Response(422, {"error": "synthetic free text"}),
    )
    server._routes.insert(0, server._routes.pop())
    result = client.perform(_suspend(perp))
    assert (result.outcome, result.status_code) == (ActionOutcome.REFUSED, 422)
    assert "synthetic" not in result.reason
    assert client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id="777")).outcome == (
        ActionOutcome.REFUSED
    )


def test_errors_map_to_havens_types(server: FakeMastodon, client: MastodonClient):
    server.rate_limit_next(reset_in=120)
    with pytest.raises(RateLimited) as limited:
        client.reports(None)
    assert 100 <= limited.value.retry_after_seconds <= 121
    server.fail_next(status=500)
    with pytest.raises(ServerUnavailable):
        client.report("1")
    server.slow_next(seconds=1.5)
    with pytest.raises(ServerUnavailable):
        client.account("1")
    server.route("GET", r"/api/v1/admin/reports", lambda r, m: Response(body={"synthetic-echo": 1}))
    server._routes.insert(0, server._routes.pop())
    with pytest.raises(ServerAnswerInvalid) as invalid:
        client.reports(None)
    assert "synthetic-echo" not in str(invalid.value)
    with pytest.raises(ServerUnavailable):
        MastodonClient("http://127.0.0.1:9", ADMIN_TOKEN).describe()
    perp = server.add_account("perp")
    server.fail_next(status=503)
    with pytest.raises(ServerUnavailable):
        client.perform(_suspend(perp))
    assert not server.suspended(perp)


def test_the_real_rate_limit_answers_429_with_mastodons_headers():
    with FakeMastodon(rate_limit=3) as server:
        client = MastodonClient(server.url, ADMIN_TOKEN)
        for _ in range(3):
            with pytest.raises(NotOnServer):
                client.report("1")
        with pytest.raises(RateLimited) as limited:
            client.report("1")
        assert 200 < limited.value.retry_after_seconds <= 300
        client.close()


def test_webhook_signature_is_verified_over_the_raw_body(server: FakeMastodon):
    perp = server.add_account("perp")
    report_id = server.add_report(comment="synthetic", target=perp)
    secret = b"synthetic-secret"
    body, headers = server.webhook("report.created", report_id, secret=secret)
    assert headers["X-Hub-Signature"] == sign(secret, body)
    delivery = verify_delivery(headers, body, secret)
    assert delivery is not None
    assert (delivery.event, delivery.object_id) == ("report.created", report_id)
    assert delivery.object_updated_at is not None and delivery.created_at is not None
    assert verify_delivery(headers, body + b" ", secret) is None
    assert verify_delivery(headers, body, b"other") is None
    assert verify_delivery({}, body, secret) is None
    upper = {"x-hub-signature": headers["X-Hub-Signature"].upper().replace("SHA256", "sha256")}
    assert verify_delivery(upper, body, secret) is not None
    for bad in ("sha256=", "sha1=" + "0" * 40, "sha256=zz" + "0" * 62, sign(secret, body)[7:]):
        assert verify_delivery({"X-Hub-Signature": bad}, body, secret) is None
    assert verify_delivery(headers, body, b"") is None
