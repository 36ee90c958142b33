"""The Misskey client against the fake Misskey, over a real socket."""

from __future__ import annotations

import json
from collections.abc import Iterator

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
    ServerError,
    ServerUnavailable,
    Software,
    TokenRefused,
    module_for,
)
from haven.fediverse.software import misskey
from haven.fediverse.software.misskey import MisskeyClient
from haven.testing.fakes.base import FakeServer, Response
from haven.testing.fakes.misskey import (
    ADMIN_TOKEN,
    DOMAIN,
    MODERATOR_TOKEN,
    NARROW_TOKEN,
    USER_TOKEN,
    FakeMisskey,
)


@pytest.fixture
def server() -> Iterator[FakeMisskey]:
    with FakeMisskey() as fake:
        yield fake


@pytest.fixture
def client(server: FakeMisskey) -> Iterator[MisskeyClient]:
    c = MisskeyClient(server.url, MODERATOR_TOKEN)
    yield c
    c.close()


def _override(server: FakeServer, method: str, pattern: str, response: Response) -> None:
    server.route(method, pattern, lambda r, m: response, auth=False)
    server._routes.insert(0, server._routes.pop())


def _all_reports(client: MisskeyClient, cursor: str | None, limit: int) -> tuple[list[str], str]:
    seen: list[str] = []
    while True:
        page = client.reports(cursor, limit=limit)
        seen += [r.id for r in page.reports]
        if page.next_cursor is None:
            return seen, cursor or ""
        cursor = page.next_cursor


def test_module_declares_what_misskey_can_and_cannot_do():
    module = module_for("misskey")
    assert module.software == Software.MISSKEY
    for capability in (
        Capability.WEBHOOK_REPORTS,
        Capability.POLL_REPORTS,
        Capability.SUSPEND,
        Capability.DELETE_STATUS,
        Capability.RESOLVE_REPORT,
    ):
        assert module.can(capability)
    assert not module.can(Capability.SUSPEND_DELETES) and not module.can(Capability.LIMIT)
    assert module.verify_delivery is misskey.verify_delivery
    assert {k for k in ActionKind if module.offers(k)} == {
        ActionKind.SUSPEND,
        ActionKind.DELETE_STATUS,
        ActionKind.RESOLVE_REPORT,
        ActionKind.FORWARD_REPORT,
    }
    assert module.can(Capability.FORWARD_REPORT) and module.forwarding is misskey.forwarding
    assert set(misskey.NOT_OFFERED) | set(misskey.CONSEQUENCES) == set(ActionKind)
    assert "undo" in module.consequences[ActionKind.SUSPEND]
    assert "files stay" in module.consequences[ActionKind.DELETE_STATUS]
    assert "write:admin:suspend-user" in module.scopes


def test_describe_reads_meta_and_the_tokens_role(server: FakeMisskey):
    for token, role, admin in (
        (ADMIN_TOKEN, "admin", True),
        (MODERATOR_TOKEN, "moderator", False),
    ):
        c = MisskeyClient(server.url, token)
        info = c.describe()
        c.close()
        assert (info.software, info.domain, info.role, info.is_admin) == (
            Software.MISSKEY,
            DOMAIN,
            role,
            admin,
        )
        assert info.version == "2025.4.0" and info.title == "Fake Misskey" and info.missing == ()
    user = MisskeyClient(server.url, USER_TOKEN).describe()
    assert user.role == "user" and any("moderator" in line for line in user.missing)
    narrow = MisskeyClient(server.url, NARROW_TOKEN).describe()
    assert narrow.role == "moderator"
    assert [line for line in narrow.missing if "read:admin:abuse-user-reports" in line]
    assert [line for line in narrow.missing if "read:admin:show-user" in line]
    # Every call was a POST with a JSON body and the token in the header only.
    for sent in server.requests_to("POST", r"/api/.*"):
        assert "i" not in (sent.json or {})
    me = server.requests_to("POST", r"/api/i")[0]
    assert me.headers["authorization"] == f"Bearer {ADMIN_TOKEN}"


def test_describe_refuses_a_server_that_is_not_misskey_and_a_wrong_token(server: FakeMisskey):
    _override(server, "POST", r"/api/meta", Response(404, {"error": "Record not found"}))
    with pytest.raises(ServerAnswerInvalid):
        MisskeyClient(server.url, ADMIN_TOKEN).describe()
    with FakeMisskey() as other, pytest.raises(TokenRefused):
        MisskeyClient(other.url, "wrong").describe()


def test_reports_oldest_first_across_pages_and_resumed_from_a_saved_cursor(
    server: FakeMisskey, client: MisskeyClient
):
    target = server.add_user("perp", host="elsewhere.example")
    first = [server.add_report(target=target, comment=f"report {n}") for n in range(5)]
    server.reports[first[1]]["resolved"] = True  # resolved ones are included
    seen, saved = _all_reports(client, None, limit=2)
    assert seen == first
    asks = server.requests_to("POST", r"/api/admin/abuse-user-reports")
    assert asks[0].json == {"sinceId": "0", "limit": 2}
    assert [a.json["sinceId"] for a in asks[1:]] == [first[1], first[3], first[4]]

    later = [server.add_report(target=target, comment=f"later {n}") for n in range(3)]
    resumed, _ = _all_reports(client, saved, limit=2)
    assert resumed == later  # new ones found, none twice

    page = client.reports(None, limit=40)
    assert [r.id for r in client.reports("not-a-cursor", limit=40).reports] == first + later
    report = page.reports[0]
    assert report.target.acct == "perp@elsewhere.example" and not report.target.local
    assert report.reporter is not None and report.reporter.local
    assert report.reporter.acct == "reporter"
    assert page.reports[1].resolved and not report.resolved
    assert report.category == "other" and report.created_at == report.updated_at


def test_a_report_from_another_server_names_no_reporter(server: FakeMisskey, client: MisskeyClient):
    actor = server.add_user("remote.example", host="remote.example")
    target = server.add_user("perp")
    report_id = server.add_report(target=target, reporter=actor, comment="forwarded")
    report = client.report(report_id)
    assert report.reporter is None and report.target.local


def test_report_reads_the_reported_notes_from_the_comment(
    server: FakeMisskey, client: MisskeyClient
):
    perp = server.add_user("perp")
    remote = server.add_user("far", host="far.example")
    local_note = server.add_note(perp, "synthetic post\nsecond line", file=b"\x89PNG synthetic")
    remote_note = server.add_note(remote, "synthetic remote post")
    gone = "https://" + DOMAIN + "/notes/a999999999999999"
    comment = (
        f"Note: {server.note_url(local_note)}\n-----\n"
        f"Note: https://far.example/notes/{remote_note}\n-----\nNote: {gone}\n-----\nsynthetic"
    )
    report_id = server.add_report(target=perp, comment=comment)
    other = server.add_report(target=perp, comment="no notes")
    report = client.report(report_id)
    assert report.id == report_id and client.report(other).id == other
    assert [s.id for s in report.statuses] == [local_note, remote_note]
    status = report.statuses[0]
    assert status.content_html == "<p>synthetic post<br>second line</p>"
    assert status.url == server.note_url(local_note) and status.account_id == perp
    media = status.media[0]
    assert media.kind == "image"
    assert b"".join(client.download(media.url, max_bytes=1000)) == b"\x89PNG synthetic"
    with pytest.raises(ServerAnswerInvalid):
        b"".join(client.download(media.url, max_bytes=4))
    assert "authorization" not in server.requests_to("GET", r"/files/.*")[0].headers
    # One report is read as the one just below id + "0".
    asked = server.requests_to("POST", r"/api/admin/abuse-user-reports")[0]
    assert asked.json == {"untilId": report_id + "0", "limit": 1}
    with pytest.raises(NotOnServer):
        client.report("a000000000009999")


def test_account_and_its_notes(server: FakeMisskey, client: MisskeyClient):
    perp = server.add_user("perp", ip="198.51.100.7")
    server.add_note(perp, "synthetic one")
    server.add_note(perp, "synthetic two")
    account = client.account(perp)
    assert account.acct == "perp" and account.local and not account.suspended
    assert account.signup_ip == "198.51.100.7" and account.email_domain == "mail.example"
    assert account.url.endswith("/@perp")
    assert [s.content_html for s in client.statuses(perp)] == [
        "<p>synthetic two</p>",
        "<p>synthetic one</p>",
    ]
    remote = client.account(server.add_user("far", host="far.example"))
    assert not remote.local and remote.signup_ip == "" and remote.email_domain == ""
    with pytest.raises(NotOnServer):
        client.statuses("a000000000008888")


def test_errors_map_to_havens_types_without_server_text(server: FakeMisskey, client: MisskeyClient):
    server.rate_limit_next(reset_in=120)
    with pytest.raises(RateLimited) as limited:
        client.reports(None)
    assert limited.value.retry_after_seconds == misskey.api.DEFAULT_RETRY_SECONDS
    server.fail_next(status=502)
    with pytest.raises(ServerUnavailable):
        client.reports(None)
    server.slow_next(seconds=1.5)
    slow = MisskeyClient(server.url, MODERATOR_TOKEN)
    slow.api._http.timeout = misskey.api.httpx.Timeout(0.5)
    with pytest.raises(ServerUnavailable):
        slow.reports(None)
    with pytest.raises(TokenRefused):
        MisskeyClient(server.url, "wrong").reports(None)
    with pytest.raises(TokenRefused):
        MisskeyClient(server.url, USER_TOKEN).reports(None)
    with pytest.raises(TokenRefused):
        MisskeyClient(server.url, NARROW_TOKEN).reports(None)
    with pytest.raises(NotOnServer):
        client.account("a000000000007777")  # users/show: NO_SUCH_USER
    _override(
        server, "POST", r"/api/admin/abuse-user-reports", Response(body={"synthetic": "echo"})
    )
    with pytest.raises(ServerAnswerInvalid) as invalid:
        client.reports(None)
    assert "echo" not in str(invalid.value)
    with pytest.raises(ServerUnavailable):
        MisskeyClient("http://127.0.0.1:9", ADMIN_TOKEN).describe()


def test_a_fork_rate_limit_is_waited_out_as_its_headers_say():
    with FakeMisskey(fork_rate_limit_headers=True) as server:
        server.rate_limit_next(reset_in=90)
        with pytest.raises(RateLimited) as limited:
            MisskeyClient(server.url, MODERATOR_TOKEN).reports(None)
        assert limited.value.retry_after_seconds == 90


def test_an_old_misskey_that_answers_400_for_a_missing_permission(
    server: FakeMisskey, client: MisskeyClient
):
    denied = {"error": {"code": "PERMISSION_DENIED", "id": "x", "message": "synthetic"}}
    _override(server, "POST", r"/api/admin/abuse-user-reports", Response(400, denied))
    with pytest.raises(TokenRefused):
        client.reports(None)


def test_suspend_reads_first_sends_exactly_the_user_id_and_is_reversible(
    server: FakeMisskey, client: MisskeyClient
):
    perp = server.add_user("perp", host="elsewhere.example")
    action = ActionRequest(kind=ActionKind.SUSPEND, account_id=perp, text="neutral")
    assert client.plan(action) == (
        PlannedRequest("POST", "/api/admin/show-user", json={"userId": perp}),
        PlannedRequest("POST", "/api/admin/suspend-user", json={"userId": perp}),
    )
    result = client.perform(action)
    assert (result.outcome, result.status_code) == (ActionOutcome.DONE, 204)
    [sent] = server.requests_to("POST", r"/api/admin/suspend-user")
    assert sent.json == {"userId": perp}  # no text: Misskey has no place for one
    assert sent.headers["authorization"] == f"Bearer {MODERATOR_TOKEN}"
    assert MODERATOR_TOKEN not in repr(client.plan(action))
    assert server.users[perp]["isSuspended"]
    # Done twice: the read finds it suspended and nothing more is sent.
    assert client.perform(action).outcome == ActionOutcome.ALREADY_DONE
    assert len(server.requests_to("POST", r"/api/admin/suspend-user")) == 1
    # Reversible: an unsuspension and the same action suspends again.
    client.api.call("admin/unsuspend-user", {"userId": perp})
    assert client.perform(action).outcome == ActionOutcome.DONE


def test_suspending_a_moderator_is_refused_before_asking(
    server: FakeMisskey, client: MisskeyClient
):
    result = client.perform(
        ActionRequest(kind=ActionKind.SUSPEND, account_id=server.me["moderator"])
    )
    assert (result.outcome, result.reason) == (ActionOutcome.REFUSED, "target_is_moderator")
    assert server.requests_to("POST", r"/api/admin/suspend-user") == []


def test_a_user_token_is_refused_the_suspension(server: FakeMisskey):
    perp = server.add_user("perp")
    result = MisskeyClient(server.url, USER_TOKEN).perform(
        ActionRequest(kind=ActionKind.SUSPEND, account_id=perp)
    )
    assert (result.outcome, result.status_code) == (ActionOutcome.REFUSED, 403)
    assert not server.users[perp]["isSuspended"]


def test_delete_a_note_then_again(server: FakeMisskey, client: MisskeyClient):
    perp = server.add_user("perp", host="elsewhere.example")
    note = server.add_note(perp, "synthetic", file=b"synthetic bytes")
    action = ActionRequest(kind=ActionKind.DELETE_STATUS, status_id=note)
    assert client.perform(action).outcome == ActionOutcome.DONE
    [sent] = server.requests_to("POST", r"/api/notes/delete")
    assert sent.json == {"noteId": note}
    assert note not in server.notes and server.files  # the drive file stays, as said
    assert client.perform(action).outcome == ActionOutcome.ALREADY_DONE
    assert len(server.requests_to("POST", r"/api/notes/delete")) == 1


def test_resolve_sends_no_text_and_is_not_done_twice(server: FakeMisskey, client: MisskeyClient):
    perp = server.add_user("perp")
    report_id = server.add_report(target=perp, comment="synthetic")
    action = ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id=report_id, text="neutral")
    assert client.perform(action).outcome == ActionOutcome.DONE
    [sent] = server.requests_to("POST", r"/api/admin/resolve-abuse-user-report")
    assert sent.json == {"reportId": report_id, "resolvedAs": "accept"}
    assert server.reports[report_id]["resolved"]
    assert client.perform(action).outcome == ActionOutcome.ALREADY_DONE
    gone = client.perform(ActionRequest(kind=ActionKind.RESOLVE_REPORT, report_id="a0000009"))
    assert (gone.outcome, gone.status_code) == (ActionOutcome.REFUSED, 404)


def test_an_action_misskey_lacks_is_refused_without_a_request(
    server: FakeMisskey, client: MisskeyClient
):
    for kind in (ActionKind.LIMIT, ActionKind.MARK_SENSITIVE, ActionKind.DELETE_ACCOUNT_DATA):
        result = client.perform(ActionRequest(kind=kind, account_id="x"))
        assert (
            result.outcome == ActionOutcome.REFUSED
            and client.plan(ActionRequest(kind=kind, account_id="x")) == ()
        )
    assert server.requests == []


def test_a_refusal_is_a_result_and_a_failure_is_an_error(
    server: FakeMisskey, client: MisskeyClient
):
    perp = server.add_user("perp")
    bad = {"error": {"code": "INVALID_PARAM", "id": "x", "message": "synthetic free text"}}
    _override(server, "POST", r"/api/admin/suspend-user", Response(400, bad))
    result = client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))
    assert (result.outcome, result.status_code, result.reason) == (
        ActionOutcome.REFUSED,
        400,
        "INVALID_PARAM",
    )
    server.fail_next(status=500)
    with pytest.raises(ServerError):
        client.perform(ActionRequest(kind=ActionKind.SUSPEND, account_id=perp))


# --- the system webhook ---------------------------------------------------------


def test_the_fake_sends_the_system_webhook_as_misskey_does():
    with FakeServer() as receiver, FakeMisskey() as server:
        receiver.route("POST", r"/hooks/x/", lambda r, m: Response(202, b""), auth=False)
        hook_id = server.set_webhook(f"{receiver.url}/hooks/x/", "synthetic-secret")
        perp = server.add_user("perp")
        report_id = server.add_report(target=perp, comment="synthetic")
        [got] = receiver.requests
        assert got.headers["x-misskey-hook-secret"] == "synthetic-secret"
        assert got.headers["x-misskey-hook-id"] == hook_id
        assert got.headers["user-agent"] == "Misskey-Hooks"
        assert got.headers["content-type"] == "application/json"
        payload = json.loads(got.body)
        assert set(payload) == {"server", "hookId", "eventId", "createdAt", "type", "body"}
        assert payload["type"] == "abuseReport" and payload["body"]["id"] == report_id
        assert payload["body"]["targetUser"]["username"] == "perp"
        assert server.sent_webhooks == [(202, got.body)]


def test_verify_delivery_compares_the_secret_and_names_the_event(server: FakeMisskey):
    server.set_webhook("none", "synthetic-secret")
    report_id = server.add_report(target=server.add_user("perp"), comment="synthetic")
    headers, body = server.webhook_request("abuseReport", report_id)
    secret = b"synthetic-secret"
    delivery = misskey.verify_delivery(headers, body, secret)
    assert delivery is not None
    assert (delivery.event, delivery.object_id) == ("report.created", report_id)
    assert delivery.created_at is not None and delivery.object_updated_at is None
    lower = {k.lower(): v for k, v in headers.items()}
    assert misskey.verify_delivery(lower, body, secret) is not None
    resolved = misskey.verify_delivery(
        *server.webhook_request("abuseReportResolved", report_id), secret
    )
    assert resolved is not None and resolved.event == "report.updated"
    wrong = {**headers, "X-Misskey-Hook-Secret": "synthetic-secreT"}
    assert misskey.verify_delivery(wrong, body, secret) is None
    missing = {k: v for k, v in headers.items() if k != "X-Misskey-Hook-Secret"}
    assert misskey.verify_delivery(missing, body, secret) is None
    assert misskey.verify_delivery({**headers, "X-Misskey-Hook-Secret": ""}, body, secret) is None
    assert misskey.verify_delivery(headers, body, b"") is None
    assert misskey.verify_delivery(headers, b"not json", secret) is None
    assert misskey.verify_delivery(headers, b'{"type": "abuseReport"}', secret) is None
    other = json.dumps({"type": "userCreated", "body": {"id": "a1"}}).encode()
    user_created = misskey.verify_delivery(headers, other, secret)
    assert user_created is not None and user_created.event == "misskey.userCreated"
