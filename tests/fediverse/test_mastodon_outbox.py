"""The outbox carries out actions on the fake Mastodon: retried when it fails, never twice."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from haven.cases import actions
from haven.cases.models import Case
from haven.fediverse import credentials, outbox
from haven.fediverse.models import ActionState, Connection, EnforcementAction
from haven.fediverse.software import mastodon_api
from haven.jobs.worker import run_worker
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon

# The worker manages its own transactions, as in production.
pytestmark = pytest.mark.django_db(transaction=True)

NEUTRAL = "Your account was suspended for breaking this server's rules."
ACTION = r"/api/v1/admin/accounts/\d+/action"


@pytest.fixture(autouse=True)
def _no_periodic_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    from haven.jobs import periodic

    monkeypatch.setattr(periodic, "_REGISTRY", {})


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
def perp(server: FakeMastodon) -> str:
    return server.add_account("perp", email="perp@burner.example")


@pytest.fixture
def case(personas, perp: str) -> Case:
    case = actions.open_case(acting_user=personas.moderator)
    actions.add_party(
        case, "perpetrator", acting_user=personas.moderator, acct=f"perp@{DOMAIN}", remote_id=perp
    )
    return case


def _ask(
    case: Case, connection: Connection, user, kind: str = "suspend", **extra
) -> EnforcementAction:
    return outbox.request_action(
        case,
        connection,
        kind,
        acting_user=user,
        reason="synthetic: sextortion confirmed",
        confirmed_wishes=True,
        **extra,
    )


def _run_tasks() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def _state(action: EnforcementAction) -> str:
    action.refresh_from_db()
    return action.state


def test_the_safe_suspension_then_the_resolution_in_its_own_call(
    server: FakeMastodon, connection: Connection, case: Case, perp: str, personas
):
    report_id = server.add_report(comment="synthetic", target=perp)
    suspend = _ask(case, connection, personas.moderator, account_id=perp, text=NEUTRAL)
    _run_tasks()
    assert _state(suspend) == ActionState.DONE
    [sent] = server.requests_to("POST", ACTION)
    assert sent.form == {
        "type": ["suspend"],
        "send_email_notification": ["false"],
        "text": [NEUTRAL],
    }
    assert "report_id" not in sent.form and server.emails == []
    resolve = _ask(case, connection, personas.moderator, "resolve_report", report_id=report_id)
    _run_tasks()
    # The suspension resolved it on Mastodon: the read finds it done, nothing is sent.
    assert _state(resolve) == ActionState.DONE
    assert resolve.outcome_reason == "already_done"
    assert server.requests_to("POST", r"/api/v1/admin/reports/\d+/resolve") == []


def test_an_action_with_a_report_id_is_refused_before_anything_is_queued(
    connection: Connection, case: Case, perp: str, personas
):
    with pytest.raises(Exception, match="resolved on its own"):
        _ask(case, connection, personas.moderator, account_id=perp, report_id="1")
    assert not EnforcementAction.objects.exists()


@pytest.mark.parametrize("failure", ["500", "429"])
def test_a_failing_server_is_retried_and_the_action_done_once(
    server: FakeMastodon,
    connection: Connection,
    case: Case,
    perp: str,
    personas,
    settings,
    failure: str,
):
    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    if failure == "500":
        server.fail_next(2, status=500)
    else:
        server.rate_limit_next(reset_in=0)
    action = _ask(case, connection, personas.moderator, account_id=perp)
    _run_tasks()
    assert _state(action) == ActionState.DONE
    assert action.attempts >= 2
    assert len(server.requests_to("POST", ACTION)) == 1
    assert server.suspended(perp)


def test_a_timeout_after_the_server_acted_is_retried_and_not_done_twice(
    server: FakeMastodon,
    connection: Connection,
    case: Case,
    perp: str,
    personas,
    settings,
    monkeypatch: pytest.MonkeyPatch,
):
    settings.HAVEN_TASK_BACKOFF_SECONDS = 1
    monkeypatch.setattr(mastodon_api, "TIMEOUT", httpx.Timeout(0.3))
    # The server suspends, but answers only after Haven gave up waiting.
    server.delay_next("POST", ACTION, seconds=0.6)
    action = _ask(case, connection, personas.moderator, account_id=perp)
    _run_tasks()
    assert _state(action) == ActionState.QUEUED  # the retry waits its backoff
    time.sleep(1.5)
    _run_tasks()
    assert _state(action) == ActionState.DONE
    assert action.outcome_reason == "already_done"  # read first: it was done
    assert len(server.requests_to("POST", ACTION)) == 1
    assert len(server.strikes) == 1


def test_a_refusal_is_final_and_on_the_case(
    server: FakeMastodon, connection: Connection, case: Case, personas
):
    action = _ask(case, connection, personas.moderator, account_id="999999")
    _run_tasks()
    assert _state(action) == ActionState.REFUSED
    assert action.status_code == 404
    assert outbox.ACTION_FINISHED.name in set(case.events.values_list("type", flat=True))
