"""How fast the inbox page renders over many cases, next to /healthz and a bare SELECT 1.

    python bench/inbox.py [CASES] [REQUESTS]

Fills a throwaway data dir and SQLite database with CASES cases (default 10,000;
bulk-created with a realistic spread of statuses, priorities, kinds, deadlines,
answers and team members), signs a lead and a moderator in as the tests do
(password, then TOTP), and times GET "/" and "/?overdue=1" through Django's test
client: the whole request inside Django, without a network. Prints figures,
asserts nothing. Target: a median under 150 ms.
"""

from __future__ import annotations

import atexit
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

BENCH_DIR = os.environ["HAVEN_DATA_DIR"] = tempfile.mkdtemp(prefix="haven-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.testing.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Model  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from haven.accounts.models import Role, User  # noqa: E402
from haven.cases import inbox  # noqa: E402
from haven.cases.guide import STEPS  # noqa: E402
from haven.cases.models import Assessment, Case, CaseMember, CaseStep  # noqa: E402
from haven.crypto.datadir import initialise  # noqa: E402
from haven.testing.personas import PASSWORD, current_token, make_user  # noqa: E402

TARGET_MS = 150.0
BATCH = 2000
rng = random.Random(20261126)


def pick(weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@contextmanager
def explicit_timestamps(model: type[Model], *names: str) -> Iterator[None]:
    """Let bulk_create keep the timestamps we give (auto_now would overwrite them)."""
    fields = [model._meta.get_field(name) for name in names]
    saved = [(f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, (now, add) in zip(fields, saved, strict=True):
            f.auto_now, f.auto_now_add = now, add


def one_case(now: datetime) -> Case:
    status = pick({"new": 0.12, "open": 0.25, "waiting": 0.13, "closed": 0.50})
    priority = int(pick({"1": 0.10, "2": 0.50, "3": 0.30, "4": 0.10}))
    kind = pick({"sextortion": 0.80, "ncii": 0.15, "csea": 0.05})
    # Open cases are recent; closed ones spread over half a year.
    age = timedelta(hours=rng.uniform(0, 24 * (180 if status == "closed" else 21)))
    created = now - age
    urgent = priority == 4 and rng.random() < 0.5
    due = created + (timedelta(minutes=60) if urgent else timedelta(hours=24))
    answered = status == "closed" or rng.random() < 0.65
    responded = created + timedelta(hours=rng.uniform(0.1, 30)) if answered else None
    return Case(
        kind=kind,
        status=status,
        priority=priority,
        created_at=created,
        updated_at=max(created, responded or created),
        first_response_due=due,
        first_responded_at=min(responded, now) if responded else None,
        closed_at=now - age / 2 if status == "closed" else None,
        close_reason=pick({"responded": 0.7, "unreachable": 0.2, "duplicate": 0.1})
        if status == "closed"
        else "",
        restricted=rng.random() < 0.02,
    )


def team_for(case: Case, lead: User, moderator: User, pool: list[User]) -> set[User]:
    team = set(rng.sample(pool, rng.randint(1, 3)))
    if rng.random() < 0.08:
        team.add(moderator)
    if rng.random() < 0.05 or (case.restricted and rng.random() < 0.5):
        team.add(lead)
    return team


def fill(count: int, lead: User, moderator: User, pool: list[User]) -> None:
    now = timezone.now()
    answers = ("unknown", "yes", "no")
    with transaction.atomic(), explicit_timestamps(Case, "created_at", "updated_at"):
        for start in range(0, count, BATCH):
            cases = Case.objects.bulk_create(
                one_case(now) for _ in range(min(BATCH, count - start))
            )
            CaseMember.objects.bulk_create(
                CaseMember(case=case, user=user)
                for case in cases
                for user in team_for(case, lead, moderator, pool)
            )
            Assessment.objects.bulk_create(
                Assessment(
                    case=case,
                    immediate_risk=rng.choice(answers),
                    threat_of_exposure=rng.choice(answers),
                    demand_money=rng.choice(answers),
                    minor_involved="yes" if case.kind == "csea" else rng.choice(answers[::2]),
                )
                for case in cases
            )
        add_steps()


def add_steps() -> None:
    """The nine steps of every case, in SQL: 90,000 model instances would dominate the fill."""
    table, case_table = CaseStep._meta.db_table, Case._meta.db_table
    columns = ", ".join(
        CaseStep._meta.get_field(f).column for f in ("case", "key", "position", "state")
    )
    with connection.cursor() as cursor:
        for position, guide in enumerate(STEPS, start=1):
            cursor.execute(
                f"INSERT INTO {table} ({columns}) "  # noqa: S608  (names from the models)
                f"SELECT id, %s, %s, CASE WHEN status = 'closed' OR abs(random()) %% 10 < 3 "
                f"THEN 'done' ELSE 'pending' END FROM {case_table}",
                [guide.key.value, position],
            )


def sign_in(user: User) -> Client:
    """Password, then the TOTP code: the same two steps as tests/conftest.py."""
    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    # A broken page (it is being rebuilt) is reported as its status, not a traceback.
    client = Client(secure=True, raise_request_exception=False)
    first = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    second = client.post("/accounts/verify/", {"token": current_token(user)})
    if first.status_code != 302 or second.status_code != 302:
        sys.exit(f"sign-in failed for {user.username}: {first.status_code}, {second.status_code}")
    return client


def timed(call: Callable[[], object], runs: int) -> list[float]:
    for _ in range(3):  # warm caches, templates and the connection
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def select_one() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def page(label: str, client: Client, path: str, runs: int, baseline_ms: float) -> None:
    # Counted with an execute wrapper: the request_started signal clears the
    # connection's query log, so CaptureQueriesContext would see none.
    queries: list[str] = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)
    if response.status_code != 200:
        print(f"{label:<28} GET {path}: HTTP {response.status_code} (not timed)")
        return
    samples = timed(lambda: client.get(path), runs)
    median = statistics.median(samples)
    verdict = "under" if median < TARGET_MS else "OVER"
    print(
        f"{label:<28} median {median:7.1f} ms  p95 {p95(samples):7.1f} ms  "
        f"{len(queries):3d} queries  {len(response.content) / 1024:6.0f} KiB  "
        f"{median / baseline_ms:6.1f}x healthz  ({verdict} {TARGET_MS:.0f} ms)"
    )


def main(count: int, runs: int) -> None:
    # The test settings pick their own fresh data dir; both go when the run ends.
    for path in {BENCH_DIR, str(settings.HAVEN_DATA_DIR)}:
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    initialise()
    call_command("migrate", verbosity=0)
    setup_test_environment()  # the test client's host, as in the test suite
    logging.disable(logging.INFO)  # per-request log lines are not what is measured
    lead = make_user("bench-lead", Role.LEAD)
    moderator = make_user("bench-mod")
    pool = [make_user(f"bench-pool-{i}", second_factor=False) for i in range(20)]
    pool += [make_user(f"bench-pool-lead-{i}", Role.LEAD, second_factor=False) for i in range(2)]

    start = time.perf_counter()
    fill(count, lead, moderator, pool)
    print(f"cases: {Case.objects.count():,} created in {time.perf_counter() - start:.1f} s")
    for user in (lead, moderator):
        numbers = inbox.counts(user)
        print(f"  visible to {user.username}: " + ", ".join(f"{k} {v}" for k, v in numbers.items()))

    clients = {"lead": sign_in(lead), "moderator": sign_in(moderator)}
    bare = statistics.median(timed(select_one, runs))
    healthz = statistics.median(timed(lambda: clients["lead"].get("/healthz"), runs))
    print(f"baseline: bare SELECT 1 median {bare:.3f} ms; GET /healthz median {healthz:.2f} ms")
    print(f"requests per figure: {runs}")
    for who, client in clients.items():
        page(f"inbox ({who})", client, "/", runs, healthz)
        page(f"inbox overdue ({who})", client, "/?overdue=1", runs, healthz)
    # The domain's share of the page: the first 50 rows and the filter counts.
    for user in (lead, moderator):
        for label, filters in (
            ("", inbox.InboxFilter()),
            (" overdue", inbox.InboxFilter(overdue=True)),
        ):
            samples = timed(
                lambda f=filters, u=user: (list(inbox.inbox(u, f)[:50]), inbox.counts(u)), runs
            )
            print(
                f"{'query' + label + ' (' + user.username + ')':<28} "
                f"median {statistics.median(samples):7.1f} ms  p95 {p95(samples):7.1f} ms  "
                "(inbox()[:50] + counts(), no request)"
            )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 30,
    )
