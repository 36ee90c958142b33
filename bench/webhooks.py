"""Mastodon's webhook deliveries at a steady rate: acknowledged, stored, and made into cases.

    python bench/webhooks.py [DELIVERIES] [PER_SECOND]

Serves Haven (its WSGI application, threaded, as ``runserver`` would) on
loopback over a throwaway data dir and SQLite database, files DELIVERIES
(default 1,000) synthetic reports on the fake Mastodon, and sends their
``report.created`` deliveries, signed as Mastodon signs them, at PER_SECOND
(default 100) over HTTP from 8 senders. Then:

1. the answers: how many were acknowledged (2xx), the rate achieved, the median,
   95th-percentile and worst response time (target: p95 under 50 ms);
2. durability: the deliveries and their tasks in the database, read on a fresh
   connection after the burst, against the number acknowledged;
3. processing: the worker drains the queue (reading each report back from the
   fake Mastodon, running the detector), and the time from each delivery's
   arrival to its case on the desk for the flagged ones;
4. one delivery at a time with a worker already waiting, as a moderator sees it:
   the time from sending to the case existing.

Prints figures, asserts nothing.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from wsgiref.simple_server import WSGIRequestHandler

BENCH_DIR = os.environ["HAVEN_DATA_DIR"] = tempfile.mkdtemp(prefix="haven-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ["HAVEN_PUBLIC_URL"] = "http://127.0.0.1:8000"  # plain HTTP on loopback
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.testing.settings")

import django

django.setup()

import httpx  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.servers.basehttp import ThreadedWSGIServer  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from haven.cases.models import Case  # noqa: E402
from haven.crypto.datadir import initialise  # noqa: E402
from haven.fediverse import credentials  # noqa: E402
from haven.fediverse.models import Connection, DeliveryState, WebhookDelivery  # noqa: E402
from haven.jobs import periodic  # noqa: E402
from haven.jobs.worker import run_worker  # noqa: E402
from haven.testing.fakes.mastodon import ADMIN_TOKEN, DOMAIN, FakeMastodon  # noqa: E402

TARGET_P95_MS = 50.0
SENDERS = 8
SECRET = b"bench-webhook-secret"
THREAT = "synthetic: I have your nudes, pay 500 in bitcoin or your family sees them tonight"
INNOCUOUS = "synthetic: this account keeps posting the same advert for shoes"


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


def serve_haven() -> tuple[ThreadedWSGIServer, str]:
    server = ThreadedWSGIServer(("127.0.0.1", 0), _QuietHandler, allow_reuse_address=False)
    server.daemon_threads = True
    server.set_app(WSGIHandler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def drain() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def main(count: int, rate: float) -> None:
    for path in {BENCH_DIR, str(settings.HAVEN_DATA_DIR)}:
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    initialise()
    call_command("migrate", verbosity=0)
    logging.disable(logging.INFO)
    periodic._REGISTRY.clear()  # only the deliveries' tasks are measured

    with FakeMastodon(rate_limit=10**9) as mastodon:
        hooked = Connection(base_url=mastodon.url, software="mastodon", domain=DOMAIN)
        credentials.seal_token(hooked, ADMIN_TOKEN)
        credentials.seal_webhook_secret(hooked, SECRET)
        hooked.save()
        haven, base = serve_haven()
        url = f"{base}/hooks/{hooked.pk}/"

        # One in five is flagged; each report is about its own account.
        deliveries = []
        for n in range(count):
            perp = mastodon.add_account(f"perp{n}", domain="elsewhere.example")
            text = THREAT if n % 5 == 0 else INNOCUOUS
            report = mastodon.add_report(comment=f"{text} #{n}", target=perp)
            deliveries.append(mastodon.webhook("report.created", report, secret=SECRET))
        print(f"deliveries: {count:,} at {rate:g}/s from {SENDERS} senders, over HTTP on loopback")

        local = threading.local()
        times: list[float] = [0.0] * count
        codes: list[int] = [0] * count

        def send(index: int, due: float) -> None:
            client = getattr(local, "client", None)
            if client is None:
                client = local.client = httpx.Client(timeout=10)
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            body, headers = deliveries[index]
            start = time.perf_counter()
            try:
                codes[index] = client.post(url, content=body, headers=headers).status_code
            except httpx.HTTPError:
                codes[index] = -1
            times[index] = (time.perf_counter() - start) * 1000

        # Warm up the process (imports, first queries) on a delivery Haven ignores.
        warm = (
            b'{"event":"account.created","created_at":"2026-01-01T00:00:00Z","object":{"id":"0"}}'
        )
        from haven.testing.fakes.mastodon import sign

        httpx.post(url, content=warm, headers={"X-Hub-Signature": sign(SECRET, warm)})

        t0 = time.perf_counter() + 0.2
        with ThreadPoolExecutor(max_workers=SENDERS) as pool:
            for i in range(count):
                pool.submit(send, i, t0 + i / rate)
        elapsed = time.perf_counter() - t0
        acknowledged = sum(1 for c in codes if 200 <= c < 300)
        print(
            f"acknowledged: {acknowledged:,} of {count:,} (answers: "
            + ", ".join(f"{c}: {codes.count(c)}" for c in sorted(set(codes)))
            + f") in {elapsed:.1f} s, {count / elapsed:.1f}/s"
        )
        print(
            f"response time: median {statistics.median(times):.1f} ms, "
            f"p95 {p95(times):.1f} ms (target < {TARGET_P95_MS:.0f} ms), max {max(times):.1f} ms"
        )

        connections.close_all()  # read back on a fresh connection
        stored = WebhookDelivery.objects.filter(connection=hooked).count()
        queued = DBTaskResult.objects.filter(task_path__endswith="process_delivery").count()
        print(
            f"stored: {stored:,} deliveries, {queued:,} tasks queued, "
            f"for {acknowledged:,} acknowledged"
        )

        start = time.perf_counter()
        drain()
        took = time.perf_counter() - start
        processed = WebhookDelivery.objects.filter(state=DeliveryState.PROCESSED).count()
        cases = Case.objects.count()
        print(
            f"processing: {processed:,} deliveries in {took:.1f} s by one worker "
            f"({processed / took:.1f}/s); {cases:,} cases opened (expected {(count + 4) // 5:,})"
        )
        waits = []
        for row in WebhookDelivery.objects.filter(state=DeliveryState.PROCESSED):
            if row.processed_at is not None:
                waits.append((row.processed_at - row.received_at).total_seconds())
        if waits:
            print(
                f"delivery to processed, in the burst (queue wait included): median "
                f"{statistics.median(waits):.1f} s, p95 {p95(waits):.1f} s"
            )

        # A single report with a worker already waiting for work, as in production.
        stop = threading.Event()

        def worker() -> None:
            while not stop.is_set():
                drain()
                time.sleep(0.05)
            connection.close()

        thread = threading.Thread(target=worker, daemon=True)
        thread.start()
        singles = []
        for n in range(10):
            perp = mastodon.add_account(f"single{n}", domain="elsewhere.example")
            report = mastodon.add_report(comment=f"{THREAT} single {n}", target=perp)
            body, headers = mastodon.webhook("report.created", report, secret=SECRET)
            before = Case.objects.count()
            start = time.perf_counter()
            httpx.post(url, content=body, headers=headers)
            while Case.objects.count() == before and time.perf_counter() - start < 30:
                time.sleep(0.01)
            singles.append((time.perf_counter() - start) * 1000)
        stop.set()
        thread.join(timeout=30)
        print(
            f"delivery to a case on the desk, one at a time (worker polling every 50 ms): "
            f"median {statistics.median(singles):.0f} ms, max {max(singles):.0f} ms"
        )
        haven.shutdown()


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000,
        float(sys.argv[2]) if len(sys.argv) > 2 else 100.0,
    )
